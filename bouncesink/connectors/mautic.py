"""Mautic: a suppression is a Do-Not-Contact entry on the contact's e-mail channel.

Through Mautic's REST API with HTTP Basic (a Mautic user; "Enable HTTP basic auth" in the
API settings), https://developer.mautic.org/#contacts (docs/rest_api/contacts.rst):

- the contact is found by e-mail: ``GET /api/contacts?search=email:ADDRESS``; none found:
  nothing to do (logged, counted as nothing-to-do);
- a suppression adds ``POST /api/contacts/{id}/dnc/email/add`` with ``reason`` 2 (bounced),
  or 1 (unsubscribed) for a complaint, and ``comments`` saying why;
- an operator's unsuppress removes it, ``POST /api/contacts/{id}/dnc/email/remove``, when
  the entry is a bounce's (reason 2) or bouncesink's own (its comments): a contact that
  unsubscribed by itself stays unsubscribed.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from .base import Connector, ConnectorError, Decision, Pushed, expect, json_of

UNSUBSCRIBED, BOUNCED = 1, 2  # Mautic's DoNotContact reasons
COMMENT_PREFIX = "bouncesink"  # Decision.summary() starts so: how an unsuppress knows its own


class Mautic(Connector):
    TYPE: ClassVar[str] = "mautic"

    async def push(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        response = await http.get(
            "/api/contacts", params={"search": f"email:{decision.address}", "limit": "100"}
        )
        expect(response, 200, what="contact look-up")
        contacts = _contacts(json_of(response, "contact look-up"), decision.address)
        if not contacts:
            return Pushed(response.status_code, "no contact with this address", True)
        notes, status = [], response.status_code
        for contact in contacts:
            note, status = await (
                self._add(http, contact, decision)
                if decision.suppress
                else self._remove(http, contact)
            )
            notes.append(f"contact {contact['id']}: {note}")
        return Pushed(status, "; ".join(notes), all("left" in n for n in notes))

    async def _add(
        self, http: httpx.AsyncClient, contact: dict[str, Any], decision: Decision
    ) -> tuple[str, int]:
        reason = UNSUBSCRIBED if decision.complaint else BOUNCED
        response = await http.post(
            f"/api/contacts/{contact['id']}/dnc/email/add",
            data={"reason": str(reason), "comments": decision.summary()[:255]},
        )
        expect(response, 200, what="adding Do Not Contact")
        return f"do-not-contact reason {reason}", response.status_code

    async def _remove(self, http: httpx.AsyncClient, contact: dict[str, Any]) -> tuple[str, int]:
        entries = [
            e
            for e in contact.get("doNotContact") or []
            if isinstance(e, dict) and e.get("channel", "email") == "email"
        ]
        if not entries:
            return "left (no do-not-contact entry)", 200
        ours = [
            e
            for e in entries
            if _int(e.get("reason")) == BOUNCED
            or str(e.get("comments") or "").startswith(COMMENT_PREFIX)
        ]
        if not ours:
            return "left (unsubscribed by other means than a bounce)", 200
        response = await http.post(f"/api/contacts/{contact['id']}/dnc/email/remove")
        expect(response, 200, what="removing Do Not Contact")
        return "do-not-contact removed", response.status_code


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _contacts(data: object, address: str) -> list[dict[str, Any]]:
    """The contacts of a list answer whose e-mail is `address` (a search may match more).

    Mautic answers ``"contacts": {"47": {...}}``, or ``"contacts": []`` when none matched.
    """
    if not isinstance(data, dict) or "contacts" not in data:
        raise ConnectorError("contact look-up: not Mautic's answer (no contacts)")
    found = data["contacts"]
    values = found.values() if isinstance(found, dict) else found
    contacts = [c for c in values if isinstance(c, dict) and isinstance(c.get("id"), int)]
    return [c for c in contacts if _email(c).lower() == address.lower()]


def _email(contact: dict[str, Any]) -> str:
    fields = contact.get("fields")
    every = fields.get("all") if isinstance(fields, dict) else None
    value = every.get("email") if isinstance(every, dict) else None
    return value if isinstance(value, str) else ""
