"""Mailman 3: a suppressed address stops receiving list mail; an unsuppress starts it again.

Through the REST API of Mailman 3 core (the admin user and password of its ``[webservice]``,
HTTP Basic), on every list the address is a member of:

- suppress: each membership whose delivery is ``enabled`` gets ``delivery_status =
  by_bounces``, the status Mailman's own bounce processing sets, so list owners and Postorius
  show it as "disabled by bounces";
- unsuppress: each membership at ``by_bounces`` gets ``enabled`` again. A delivery that the
  member (``by_user``) or a moderator (``by_moderator``) turned off is left as it is, both
  ways: bouncesink never overrides, and so never undoes, a choice that is not its own.

An address that is a member of no list is settled (nothing to do). A second push of the same
decision finds every membership in the wanted state already and changes nothing.

The requests, as Mailman's REST documentation gives them (``mailman/rest/docs/`` in the
package; https://docs.mailman3.org/projects/mailman/en/latest/src/mailman/rest/docs/):

- ``GET /3.1/members/find?subscriber=ADDRESS&role=member`` (membership.rst, "You can find a
  specific member based on several different criteria"): ``{"total_size": N, "entries":
  [{"member_id", "email", "list_id", "role", ...}]}``, with no ``entries`` when N is 0. A
  ``*`` in ``subscriber`` is a wildcard there, so entries are kept only where ``email`` is
  the address itself.
- ``GET /3.1/members/ID/all/preferences`` (preferences.rst, "Combined member preferences"):
  the preferences in force for the membership (member, else address, else user, else
  system), ``delivery_status`` among them.
- ``PATCH /3.1/members/ID/preferences`` with ``delivery_status`` (preferences.rst; values
  ``enabled``, ``by_user``, ``by_bounces``, ``by_moderator``, ``unknown``): 204.

The ``url`` is the REST root, as Postorius's ``MAILMAN_REST_API_URL`` (``http://localhost:8001``);
one ending in the API version (``.../3.1``) is taken as it is.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

import httpx

from ..config import ConnectorConfig
from .base import Connector, ConnectorError, Decision, Pushed, expect, json_of, refused

ENABLED = "enabled"
BY_BOUNCES = "by_bounces"
API_VERSIONS = ("3.0", "3.1")


@dataclass(frozen=True, slots=True)
class Membership:
    member_id: str
    list_id: str


class Mailman(Connector):
    """Mailman 3 core: the address's memberships are set to by_bounces, or enabled again."""

    TYPE = "mailman"

    def __init__(self, config: ConnectorConfig) -> None:
        super().__init__(config)
        path = urllib.parse.urlsplit(config.url).path.rstrip("/")
        self._api = "" if path.rsplit("/", 1)[-1] in API_VERSIONS else "/3.1"

    async def push(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        wanted, changes_from = (BY_BOUNCES, ENABLED) if decision.suppress else (ENABLED, BY_BOUNCES)
        memberships = await self._memberships(http, decision.address)
        if not memberships:
            return Pushed(200, f"{decision.address} is a member of no list", nothing_to_do=True)
        changed: list[str] = []
        already: list[str] = []
        left: list[str] = []
        status_code = 200
        for member in memberships:
            status = await self._delivery_status(http, member)
            if status is None:  # unsubscribed since it was found: nothing to stop or start
                continue
            if status == changes_from:
                answered = await self._set(http, member, wanted)
                if answered is None:
                    continue
                status_code = answered
                changed.append(member.list_id)
            elif status == wanted:
                already.append(member.list_id)
            else:
                left.append(f"{member.list_id} ({status})")
        note = "; ".join(
            f"{what} {', '.join(ids)}"
            for what, ids in (
                (f"{wanted} on", changed),
                (f"already {wanted} on", already),
                ("left as it was on", left),
            )
            if ids
        )
        return Pushed(status_code, note or "no membership left", nothing_to_do=not changed)

    async def _memberships(self, http: httpx.AsyncClient, address: str) -> list[Membership]:
        what = "finding the memberships"
        answer = await http.get(
            f"{self._api}/members/find", params={"subscriber": address, "role": "member"}
        )
        if answer.status_code == 404:
            raise ConnectorError(
                f"{what}: HTTP 404: no Mailman REST API at {self.config.url} "
                "(expected its root, e.g. http://localhost:8001)",
                status_code=404,
            )
        expect(answer, 200, what=what)
        body = json_of(answer, what)
        entries = body.get("entries", []) if isinstance(body, dict) else None
        if not isinstance(entries, list):
            raise ConnectorError(f"{what}: HTTP 200 answer is not a member collection")
        found = []
        for entry in entries:
            if not isinstance(entry, dict) or "member_id" not in entry:
                raise ConnectorError(f"{what}: HTTP 200 answer has an entry without member_id")
            email = str(entry.get("email", ""))
            if email.lower() == address.lower() and entry.get("role", "member") == "member":
                found.append(Membership(str(entry["member_id"]), str(entry.get("list_id", "?"))))
        return found

    async def _delivery_status(self, http: httpx.AsyncClient, member: Membership) -> str | None:
        """The delivery status in force for a membership; None when it is gone."""
        what = f"reading the preferences of {member.list_id}"
        answer = await http.get(f"{self._api}/members/{member.member_id}/all/preferences")
        if answer.status_code == 404:
            return None
        expect(answer, 200, what=what)
        body = json_of(answer, what)
        status = body.get("delivery_status") if isinstance(body, dict) else None
        if not isinstance(status, str):
            raise ConnectorError(f"{what}: HTTP 200 answer has no delivery_status")
        return status

    async def _set(self, http: httpx.AsyncClient, member: Membership, status: str) -> int | None:
        """The status of Mailman's answer; None when the membership is gone."""
        answer = await http.patch(
            f"{self._api}/members/{member.member_id}/preferences",
            data={"delivery_status": status},
        )
        if answer.status_code == 404:
            return None
        if answer.status_code not in (200, 204):
            raise refused(answer, f"setting {member.list_id} to {status}")
        return answer.status_code
