"""Keila: a suppression sets the contact's status, through Keila's REST API with a project's
API key as bearer token (https://app.keila.io/api, Keila's OpenAPI document; source:
pentacent/keila lib/keila_web/api/controllers/api_contact_controller.ex).

- the contact is found by e-mail: ``GET /api/v1/contacts?filter={"email": ADDRESS}``; none
  found: nothing to do (logged, counted as nothing-to-do);
- a suppression sets ``unreachable``, a complaint ``unsubscribed``:
  ``PATCH /api/v1/contacts/{id}`` with ``{"data": {"status": ...}}``;
- an operator's unsuppress sets ``active`` again on a contact that is ``unreachable``.
  An ``unsubscribed`` contact stays so: Keila cannot tell a complaint's from the person's
  own unsubscribe.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

import httpx

from .base import Connector, ConnectorError, Decision, Pushed, expect, json_of

UNREACHABLE, UNSUBSCRIBED, ACTIVE = "unreachable", "unsubscribed", "active"


def wanted_status(decision: Decision) -> str:
    if not decision.suppress:
        return ACTIVE
    return UNSUBSCRIBED if decision.complaint else UNREACHABLE


class Keila(Connector):
    TYPE: ClassVar[str] = "keila"

    async def push(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        response = await http.get(
            "/api/v1/contacts", params={"filter": json.dumps({"email": decision.address})}
        )
        expect(response, 200, what="contact look-up")
        contacts = _contacts(json_of(response, "contact look-up"))
        if not contacts:
            return Pushed(response.status_code, "no contact with this address", True)
        status, notes = wanted_status(decision), []
        code = response.status_code
        for contact in contacts:
            now = contact.get("status")
            if now == status:
                notes.append(f"contact {contact['id']}: left (already {status})")
                continue
            if status == ACTIVE and now != UNREACHABLE:
                notes.append(f"contact {contact['id']}: left {now}")
                continue
            response = await http.patch(
                f"/api/v1/contacts/{contact['id']}", json={"data": {"status": status}}
            )
            expect(response, 200, what="setting the contact's status")
            code = response.status_code
            notes.append(f"contact {contact['id']}: {now} → {status}")
        return Pushed(code, "; ".join(notes), all("left" in n for n in notes))


def _contacts(data: object) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise ConnectorError("contact look-up: not Keila's answer (no data list)")
    return [c for c in data["data"] if isinstance(c, dict) and isinstance(c.get("id"), str)]
