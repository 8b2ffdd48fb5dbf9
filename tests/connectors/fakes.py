"""Local stand-ins for list managers that cannot be installed here (listmonk is a Go binary,
Mautic PHP, Keila Elixir): HTTP servers on 127.0.0.1 that check every request against the
documented API (path, method, credentials, content type, field names and types) and answer
as the real one does, its error bodies included. Each request that the real API would refuse
or that the documentation does not describe is noted in ``problems``: a test asserts there
are none.

Sources, per API (read in the stored copies of their repositories):
- listmonk: docs/docs/content/bounces.md ("Webhook API": POST /webhooks/bounce, fields
  subscriber_uuid, email, campaign_uuid, source, type, meta), cmd/bounce.go
  (handleBounceWebhook, validateBounceFields: 400 {"message": ...} for a missing email /
  subscriber_uuid, a subscriber_uuid that is not a UUID, a type other than hard, soft,
  complaint; 200 {"data": true} even when no subscriber has the address: the record fails
  in the log only), docs/docs/content/apis/subscribers.md (GET /api/subscribers?query=,
  GET and DELETE /api/subscribers/{id}/bounces, PATCH /api/subscribers/{id}), the default
  bounce actions of schema.sql (soft: count 2 → none; hard: count 1 → blocklist;
  complaint: count 1 → blocklist), models.EmailHeaderCampaignUUID / SubscriberUUID
  (X-Listmonk-Campaign / X-Listmonk-Subscriber); a wrong API user or token: 403
  {"message": "invalid API credentials"}.
- Mautic: mautic/developer-documentation-new docs/rest_api/contacts.rst (List Contacts:
  GET /contacts?search=, {"total", "contacts": {"ID": {...}}}; Add Do Not Contact:
  POST /contacts/ID/dnc/CHANNEL/add with reason 1 unsubscribed, 2 bounced, 3 manual,
  channelId, comments; Remove from Do Not Contact: POST /contacts/ID/dnc/CHANNEL/remove;
  the doNotContact entries {id, reason, comments, channel, channelId}); errors as Mautic's
  API renders them: {"errors": [{"message", "code", "type"}]} (401 "API authorization
  denied.", 404 "Item was not found.").
- Keila: pentacent/keila lib/keila_web/router.ex (resources "/api/v1/contacts": index,
  show, create, update = PATCH or PUT), api/controllers/api_contact_controller.ex (index
  with filter= a JSON string; update: 404 when the contact is not the project's),
  api/schemas/contact.ex (status: active | unsubscribed | unreachable; params email,
  first_name, last_name, data, status), api/plugs/api_authorization_plug.ex
  ("Authorization: Bearer KEY", else 403), api/views/api_error_view.ex and api/errors.ex
  ({"errors": [{"status": "403", "title": "Not authorized"}]}, "Not found", "Unexpected
  field", "Request error: invalid_enum" with a "pointer").
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import re
import urllib.parse
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

Handler = Callable[[web.Request, "Seen", dict[str, str]], Awaitable[web.Response]]


@dataclass
class Seen:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(self.body.decode(), keep_blank_values=True)


@dataclass
class Fake:
    """A list manager's API on 127.0.0.1: checks, answers, remembers."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)  # statuses to answer before working
    hang: bool = False  # answer nothing until released (a list manager that is down)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def routes(self) -> list[tuple[str, str, Handler]]:
        raise NotImplementedError

    def authorized(self, request: web.Request) -> bool:
        raise NotImplementedError

    def error(self, status: int, message: str) -> web.Response:
        raise NotImplementedError

    def refuse(self, status: int, message: str) -> web.Response:
        """An answer the real API gives to a request it refuses, noted as a problem."""
        self.problems.append(message)
        return self.error(status, message)

    async def handle(self, request: web.Request) -> web.Response:
        got = Seen(
            request.method,
            request.path,
            {k: request.query.getall(k) for k in request.query},
            dict(request.headers),
            await request.read(),
        )
        self.seen.append(got)
        self.arrived.set()
        if self.hang:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.release.wait(), 60)
        if not self.authorized(request):
            return self.error(*self.auth_failure())
        if self.fail_next:
            return self.error(self.fail_next.pop(0), "internal error")
        for method, pattern, handler in self.routes():
            match = re.fullmatch(pattern, request.path)
            if match and method == request.method:
                return await handler(request, got, match.groupdict())
        return self.refuse(404, f"no such route: {request.method} {request.path}")

    def auth_failure(self) -> tuple[int, str]:
        raise NotImplementedError

    def basic(self, request: web.Request, user: str, password: str) -> bool:
        expected = base64.b64encode(f"{user}:{password}".encode()).decode()
        return request.headers.get("Authorization") == f"Basic {expected}"

    def json_body(self, got: Seen) -> Any:
        """The JSON body of a request that must be JSON (None, and a problem, if not)."""
        if got.headers.get("Content-Type", "").split(";")[0] != "application/json":
            self.problems.append(f"{got.path}: Content-Type {got.headers.get('Content-Type')}")
            return None
        try:
            return got.json()
        except ValueError:
            self.problems.append(f"{got.path}: body is not JSON")
            return None


@contextlib.asynccontextmanager
async def serving(fake: Fake) -> AsyncIterator[Fake]:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", fake.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    fake.url = f"http://{host}:{port}"
    try:
        yield fake
    finally:
        fake.release.set()
        await runner.cleanup()


@dataclass
class Hook(Fake):
    """A webhook receiver that takes every POST (the webhooks' own tests check the rest)."""

    def authorized(self, request: web.Request) -> bool:
        return True

    def error(self, status: int, message: str) -> web.Response:
        return web.Response(status=status, text=message)

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [("POST", r"/.*", self.take)]

    async def take(self, _: web.Request, __: Seen, ___: dict[str, str]) -> web.Response:
        return web.Response(text="ok")


# -- listmonk ---------------------------------------------------------------------------------

LISTMONK_USER, LISTMONK_TOKEN = "bouncesink", "Zr3yV6mQ9xT2pL8sK4wN"
# listmonk's default Settings → Bounces actions (schema.sql): (count, action) per type.
LISTMONK_ACTIONS = {"soft": (2, "none"), "hard": (1, "blocklist"), "complaint": (1, "blocklist")}
BOUNCE_FIELDS = {
    "email": str,
    "subscriber_uuid": str,
    "campaign_uuid": str,
    "source": str,
    "type": str,
    "meta": str,
}


@dataclass
class Listmonk(Fake):
    subscribers: dict[int, dict[str, Any]] = field(default_factory=dict)
    bounces: list[dict[str, Any]] = field(default_factory=list)
    campaigns: dict[str, int] = field(default_factory=dict)  # uuid → id
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    def add_subscriber(self, email: str, status: str = "enabled") -> dict[str, Any]:
        sub_id = next(self._ids)
        sub = {
            "id": sub_id,
            "uuid": str(uuid.uuid4()),
            "email": email.lower(),
            "name": email,
            "attribs": {},
            "status": status,
            "lists": [],
        }
        self.subscribers[sub_id] = sub
        return sub

    def by_email(self, email: str) -> dict[str, Any] | None:
        return next((s for s in self.subscribers.values() if s["email"] == email.lower()), None)

    def authorized(self, request: web.Request) -> bool:
        return self.basic(request, LISTMONK_USER, LISTMONK_TOKEN)

    def auth_failure(self) -> tuple[int, str]:
        return 403, "invalid API credentials"

    def error(self, status: int, message: str) -> web.Response:
        return web.json_response({"message": message}, status=status)

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("POST", r"/webhooks/bounce", self.bounce_webhook),
            ("GET", r"/api/subscribers", self.query_subscribers),
            ("GET", r"/api/subscribers/(?P<id>\d+)/bounces", self.subscriber_bounces),
            ("DELETE", r"/api/subscribers/(?P<id>\d+)/bounces", self.delete_bounces),
            ("PATCH", r"/api/subscribers/(?P<id>\d+)", self.patch_subscriber),
        ]

    async def bounce_webhook(self, _: web.Request, got: Seen, __: dict[str, str]) -> web.Response:
        body = self.json_body(got)
        if not isinstance(body, dict):
            return self.refuse(400, "Invalid data")
        for key, value in body.items():
            if key not in BOUNCE_FIELDS or not isinstance(value, BOUNCE_FIELDS[key]):
                return self.refuse(400, f"Invalid data: field {key}={value!r}")
        if not body.get("email") and not body.get("subscriber_uuid"):
            return self.refuse(400, "Invalid email / subscriber_uuid")
        for key in ("subscriber_uuid", "campaign_uuid"):
            if key in body and not UUID_RE.fullmatch(body[key]):
                return self.refuse(400, f"Invalid {key}")
        if body.get("type") not in LISTMONK_ACTIONS:
            return self.refuse(400, "Invalid type")
        if not body.get("source"):
            return self.refuse(400, "Invalid source")
        if "meta" in body:
            try:
                json.loads(body["meta"])
            except ValueError:
                return self.refuse(400, "Invalid data: meta is not a JSON string")
        sub = None
        if body.get("subscriber_uuid"):
            sub = next(
                (s for s in self.subscribers.values() if s["uuid"] == body["subscriber_uuid"]),
                None,
            )
        if sub is None and body.get("email"):
            sub = self.by_email(body["email"])
        if sub is None:  # listmonk logs "error recording bounce" and answers 200 all the same
            return web.json_response({"data": True})
        self.bounces.append(
            {
                "id": len(self.bounces) + 1,
                "type": body["type"],
                "source": body["source"],
                "meta": json.loads(body.get("meta", "{}")),
                "email": sub["email"],
                "subscriber_uuid": sub["uuid"],
                "subscriber_id": sub["id"],
                "campaign_uuid": body.get("campaign_uuid"),
            }
        )
        count, action = LISTMONK_ACTIONS[body["type"]]
        seen = [b for b in self.bounces if b["subscriber_id"] == sub["id"]]
        if sum(b["type"] == body["type"] for b in seen) >= count and action == "blocklist":
            sub["status"] = "blocklisted"
        return web.json_response({"data": True})

    async def query_subscribers(
        self, _: web.Request, got: Seen, __: dict[str, str]
    ) -> web.Response:
        (query,) = got.query.get("query", [""])
        match = re.fullmatch(r"LOWER\(subscribers\.email\) = '((?:[^']|'')*)'", query)
        if match is None:
            return self.refuse(400, f"Error querying subscribers: {query!r}")
        email = match.group(1).replace("''", "'")
        results = [s for s in self.subscribers.values() if s["email"] == email]
        return web.json_response(
            {
                "data": {
                    "results": results,
                    "query": query,
                    "total": len(results),
                    "per_page": len(results),
                    "page": 1,
                }
            }
        )

    async def subscriber_bounces(
        self, _: web.Request, __: Seen, params: dict[str, str]
    ) -> web.Response:
        sub_id = int(params["id"])
        return web.json_response(
            {"data": [b for b in self.bounces if b["subscriber_id"] == sub_id]}
        )

    async def delete_bounces(
        self, _: web.Request, __: Seen, params: dict[str, str]
    ) -> web.Response:
        sub_id = int(params["id"])
        self.bounces = [b for b in self.bounces if b["subscriber_id"] != sub_id]
        return web.json_response({"data": True})

    async def patch_subscriber(
        self, _: web.Request, got: Seen, params: dict[str, str]
    ) -> web.Response:
        sub = self.subscribers.get(int(params["id"]))
        if sub is None:
            return self.refuse(400, "Subscriber not found")
        body = self.json_body(got)
        allowed = {"email", "name", "status", "lists", "attribs", "preconfirm_subscriptions"}
        if not isinstance(body, dict) or set(body) - allowed:
            return self.refuse(400, "Invalid data")
        if body.get("status", "enabled") not in ("enabled", "disabled", "blocklisted"):
            return self.refuse(400, "Invalid status")
        sub.update(body)
        return web.json_response({"data": sub})


# -- Mautic -----------------------------------------------------------------------------------

MAUTIC_USER, MAUTIC_PASSWORD = "api-bouncesink", "Qm7!vT3xR9pL2sK8"


@dataclass
class Mautic(Fake):
    contacts: dict[int, dict[str, Any]] = field(default_factory=dict)
    _ids: Any = field(default_factory=lambda: itertools.count(47))
    _dnc_ids: Any = field(default_factory=lambda: itertools.count(1))

    def add_contact(self, email: str, dnc: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        contact_id = next(self._ids)
        contact = {
            "id": contact_id,
            "isPublished": True,
            "points": 0,
            "fields": {
                "core": {"email": {"alias": "email", "value": email}},
                "all": {"id": contact_id, "email": email},
            },
            "doNotContact": list(dnc or []),
        }
        self.contacts[contact_id] = contact
        return contact

    def email_dnc(self, contact_id: int) -> list[dict[str, Any]]:
        return [e for e in self.contacts[contact_id]["doNotContact"] if e["channel"] == "email"]

    def authorized(self, request: web.Request) -> bool:
        return self.basic(request, MAUTIC_USER, MAUTIC_PASSWORD)

    def auth_failure(self) -> tuple[int, str]:
        return 401, "API authorization denied."

    def error(self, status: int, message: str) -> web.Response:
        kind = "access_denied" if status == 401 else None
        return web.json_response(
            {"errors": [{"message": message, "code": status, "type": kind}]}, status=status
        )

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", r"/api/contacts", self.list_contacts),
            ("POST", r"/api/contacts/(?P<id>\d+)/dnc/(?P<channel>\w+)/add", self.add_dnc),
            ("POST", r"/api/contacts/(?P<id>\d+)/dnc/(?P<channel>\w+)/remove", self.remove_dnc),
        ]

    async def list_contacts(self, _: web.Request, got: Seen, __: dict[str, str]) -> web.Response:
        (search,) = got.query.get("search", [""])
        if not search.startswith("email:"):
            return self.refuse(400, f"expected a search command email:ADDRESS, got {search!r}")
        email = search.removeprefix("email:").lower()
        found = {
            str(c["id"]): c
            for c in self.contacts.values()
            if c["fields"]["all"]["email"].lower() == email
        }
        # PHP renders an empty array as [], a keyed one as an object
        return web.json_response({"total": str(len(found)), "contacts": found or []})

    def _contact_and_channel(self, params: dict[str, str]) -> dict[str, Any] | None:
        if params["channel"] != "email":
            self.problems.append(f"channel {params['channel']}")
        return self.contacts.get(int(params["id"]))

    async def add_dnc(self, _: web.Request, got: Seen, params: dict[str, str]) -> web.Response:
        contact = self._contact_and_channel(params)
        if contact is None:
            return self.refuse(404, "Item was not found.")
        if got.headers.get("Content-Type") != "application/x-www-form-urlencoded":
            self.problems.append(f"dnc add: Content-Type {got.headers.get('Content-Type')}")
        form = got.form()
        if set(form) - {"reason", "comments", "channelId"}:
            return self.refuse(400, f"unexpected parameters {sorted(form)}")
        (reason,) = form.get("reason", ["3"])
        if reason not in ("1", "2", "3"):
            return self.refuse(400, f"reason {reason!r}")
        (comments,) = form.get("comments", [""])
        entries = [e for e in contact["doNotContact"] if e["channel"] != "email"]
        entries.append(
            {
                "id": next(self._dnc_ids),
                "reason": int(reason),
                "comments": comments,
                "channel": "email",
                "channelId": None,
            }
        )
        contact["doNotContact"] = entries
        return web.json_response({"contact": contact})

    async def remove_dnc(self, _: web.Request, got: Seen, params: dict[str, str]) -> web.Response:
        contact = self._contact_and_channel(params)
        if contact is None:
            return self.refuse(404, "Item was not found.")
        before = len(contact["doNotContact"])
        contact["doNotContact"] = [e for e in contact["doNotContact"] if e["channel"] != "email"]
        found = len(contact["doNotContact"]) < before
        return web.json_response({"recordFound": found, "contact": contact})


# -- Keila ------------------------------------------------------------------------------------

KEILA_TOKEN = "keila_api_key_7c1e2f9a4b6d8e0f"
KEILA_PARAMS = {"email": str, "first_name": str, "last_name": str, "data": dict, "status": str}
KEILA_STATUSES = ("active", "unsubscribed", "unreachable")


@dataclass
class Keila(Fake):
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add_contact(self, email: str, status: str = "active") -> dict[str, Any]:
        contact_id = f"c_{uuid.uuid4().hex[:8]}"
        contact = {
            "id": contact_id,
            "email": email,
            "first_name": None,
            "last_name": None,
            "external_id": None,
            "data": {},
            "status": status,
            "inserted_at": "2026-11-01T10:00:00Z",
            "updated_at": "2026-11-01T10:00:00Z",
        }
        self.contacts[contact_id] = contact
        return contact

    def authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {KEILA_TOKEN}"

    def auth_failure(self) -> tuple[int, str]:
        return 403, "Not authorized"

    def error(self, status: int, message: str, pointer: str | None = None) -> web.Response:
        entry: dict[str, str] = {"title": message, "status": str(status)}
        if pointer:
            entry["pointer"] = pointer
        return web.json_response({"errors": [entry]}, status=status)

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", r"/api/v1/contacts", self.index),
            ("PATCH", r"/api/v1/contacts/(?P<id>c_\w+)", self.update),
            ("PUT", r"/api/v1/contacts/(?P<id>c_\w+)", self.update),
        ]

    async def index(self, _: web.Request, got: Seen, __: dict[str, str]) -> web.Response:
        (text,) = got.query.get("filter", ["{}"])
        try:
            wanted = json.loads(text)
        except ValueError:
            return self.refuse(400, "Invalid JSON")
        if not isinstance(wanted, dict) or set(wanted) - {"email", "status", "id"}:
            return self.refuse(400, f"Request error: invalid filter {text!r}")
        found = [c for c in self.contacts.values() if all(c.get(k) == v for k, v in wanted.items())]
        return web.json_response(
            {"meta": {"page": 0, "page_count": 1, "count": len(found)}, "data": found}
        )

    async def update(self, _: web.Request, got: Seen, params: dict[str, str]) -> web.Response:
        body = self.json_body(got)
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            return self.refuse(400, "Missing field", "/data")
        for key, value in body["data"].items():
            if key not in KEILA_PARAMS:
                return self.refuse(400, "Unexpected field", f"/data/{key}")
            if not isinstance(value, KEILA_PARAMS[key]):
                return self.refuse(400, "Request error: invalid_type", f"/data/{key}")
        if body["data"].get("status", "active") not in KEILA_STATUSES:
            return self.refuse(400, "Request error: invalid_enum", "/data/status")
        contact = self.contacts.get(params["id"])
        if contact is None:
            return self.error(404, "Not found")
        contact.update(body["data"])
        return web.json_response({"data": contact})
