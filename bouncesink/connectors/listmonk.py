"""listmonk: every suppression is a bounce that makes listmonk blocklist the subscriber at once.

Decisions go to listmonk's bounce webhook (``POST /webhooks/bounce``, HTTP Basic with an API
user and its token; https://listmonk.app/docs/bounces/ "Webhook API"). With listmonk's default
bounce settings (Settings → Bounces: hard count 1 → blocklist, complaint count 1 → blocklist,
soft count 2 → none) an address stops receiving mail exactly when bouncesink suppresses it:

- a complaint is sent as ``type: complaint``;
- every other suppression (hard bounce, soft threshold, manual, import) as ``type: hard``,
  the one type that acts at the first bounce (a ``soft`` would wait for a second one, and
  then do nothing);
- nothing before that: a soft failure or a block never reaches listmonk.

``campaign_uuid`` and ``subscriber_uuid`` come from the ``X-Listmonk-Campaign`` and
``X-Listmonk-Subscriber`` headers that listmonk puts on campaign mail, read in the bounce's
copy of the returned message; ``meta`` is a JSON string with bouncesink's evidence.

An operator's unsuppress has no webhook in listmonk; it goes through the subscribers API
(https://listmonk.app/docs/apis/subscribers/): the subscriber is found by e-mail, and if
bouncesink's bounces are among its bounce records, they are deleted
(``DELETE /api/subscribers/{id}/bounces``) and a blocklisted subscriber is enabled again
(``PATCH /api/subscribers/{id}`` with ``{"status": "enabled"}``). A subscriber blocklisted
by something else than bouncesink (the person, an operator) is left as it is. List
subscriptions that the blocklisting ended are not restored: listmonk keeps no record of
them.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

import httpx

from .base import Connector, ConnectorError, Decision, Pushed, expect, json_of

SOURCE = "bouncesink"  # the bounce records' "source": how an unsuppress knows its own
CAMPAIGN_HEADER = "X-Listmonk-Campaign"
SUBSCRIBER_HEADER = "X-Listmonk-Subscriber"
# listmonk refuses a subscriber_uuid that is not a UUID (400), and looks a campaign up by it.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _uuid(value: str | None) -> str | None:
    value = (value or "").strip().strip("<>").strip()
    return value if _UUID.fullmatch(value) else None


def bounce_type(decision: Decision) -> str:
    """The listmonk bounce type that makes listmonk act on this suppression at once."""
    return "complaint" if decision.complaint else "hard"


def bounce_body(decision: Decision) -> dict[str, object]:
    """The JSON body of ``POST /webhooks/bounce`` for one suppression."""
    body: dict[str, object] = {
        "email": decision.address,
        "source": SOURCE,
        "type": bounce_type(decision),
        "meta": json.dumps(decision.evidence(), separators=(",", ":"), ensure_ascii=False),
    }
    campaign = _uuid(decision.returned.get(CAMPAIGN_HEADER))
    subscriber = _uuid(decision.returned.get(SUBSCRIBER_HEADER))
    if campaign:
        body["campaign_uuid"] = campaign
    if subscriber:
        body["subscriber_uuid"] = subscriber
    return body


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class Listmonk(Connector):
    TYPE: ClassVar[str] = "listmonk"
    READS_RETURNED: ClassVar[bool] = True

    async def push(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        if decision.suppress:
            return await self._bounce(decision, http)
        return await self._unsuppress(decision, http)

    async def _bounce(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        body = bounce_body(decision)
        response = await http.post("/webhooks/bounce", json=body)
        expect(response, 200, what="bounce webhook")
        campaign = body.get("campaign_uuid")
        return Pushed(
            response.status_code,
            f"type={body['type']}" + (f" campaign={campaign}" if campaign else ""),
        )

    async def _unsuppress(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        address = decision.address.lower()  # listmonk keeps e-mails lowercased
        response = await http.get(
            "/api/subscribers",
            params={
                "query": f"LOWER(subscribers.email) = {_sql_string(address)}",
                "per_page": "all",
            },
        )
        expect(response, 200, what="subscriber look-up")
        subscribers = _results(json_of(response, "subscriber look-up"))
        if not subscribers:
            return Pushed(response.status_code, "no subscriber with this address", True)
        notes: list[str] = []
        status = response.status_code
        for subscriber in subscribers:
            sub_id = subscriber.get("id")
            if not isinstance(sub_id, int):
                raise ConnectorError("subscriber look-up: a result without a numeric id")
            note, status = await self._release(http, sub_id, str(subscriber.get("status")))
            notes.append(f"subscriber {sub_id}: {note}")
        return Pushed(status, "; ".join(notes), all("left" in n for n in notes))

    async def _release(self, http: httpx.AsyncClient, sub_id: int, status: str) -> tuple[str, int]:
        """Undo bouncesink's part for one subscriber: its bounces, and its blocklisting if
        they caused it."""
        response = await http.get(f"/api/subscribers/{sub_id}/bounces")
        expect(response, 200, what="bounce records")
        data = json_of(response, "bounce records")
        records = data.get("data") if isinstance(data, dict) else None
        ours = [r for r in records or [] if isinstance(r, dict) and r.get("source") == SOURCE]
        if not ours:
            return f"left {status} (no bounce from {SOURCE})", response.status_code
        response = await http.delete(f"/api/subscribers/{sub_id}/bounces")
        expect(response, 200, what="deleting bounce records")
        if status != "blocklisted":
            return f"bounces deleted, status {status}", response.status_code
        response = await http.patch(f"/api/subscribers/{sub_id}", json={"status": "enabled"})
        expect(response, 200, what="enabling the subscriber")
        return "bounces deleted, enabled", response.status_code


def _results(data: object) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get("data"), dict):
        raise ConnectorError("subscriber look-up: not listmonk's answer (no data object)")
    results = data["data"].get("results") or []
    return [r for r in results if isinstance(r, dict)]
