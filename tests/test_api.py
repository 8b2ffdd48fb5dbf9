"""The HTTP API served on 127.0.0.1 over a real store (SQLite file and PostgreSQL), via httpx.

Every response the tests receive is checked against the OpenAPI document: its status and
content type must be documented for the route, and a JSON body must match the schema.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jsonschema
import pytest

from bouncesink import api, openapi
from bouncesink.config import ApiConfig
from bouncesink.metrics import Metrics
from bouncesink.pipeline import Incoming, NewEvent, Outcome
from bouncesink.recording import Recorder
from bouncesink.shapes import CSV_FIELDS
from bouncesink.store import Store
from bouncesink.types import Category, Kind, MessageStatus, Reason

READ = "read-token-0123456789abcdef"
WRITE = "write-token-0123456789abcdef"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=10)
DOC = openapi.document()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Served:
    client: httpx.AsyncClient
    store: Store
    metrics: Metrics
    clock: Clock
    app: Any


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# -- the OpenAPI document as a test oracle ------------------------------------------------------


def _template(path: str) -> str | None:
    """The documented path template a concrete path matches (fixed paths win)."""
    candidates = sorted(DOC["paths"], key=lambda p: p.count("{"))
    for template in candidates:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            return template
    return None


def check_documented(response: httpx.Response) -> None:
    template = _template(response.request.url.path)
    if template is None:
        return  # not an API route: aiohttp's 404, turned into a problem
    method = response.request.method.lower()
    operation = DOC["paths"][template].get(method)
    if operation is None:
        assert response.status_code == 405
        return
    status = str(response.status_code)
    assert status in operation["responses"], f"{method} {template}: {status} not documented"
    content = operation["responses"][status]["content"]
    ctype = response.headers["content-type"].split(";")[0]
    assert ctype in content, f"{method} {template} {status}: {ctype} not documented"
    if ctype in ("application/json", "application/problem+json"):
        schema = {**content[ctype]["schema"], "components": DOC["components"]}
        jsonschema.validate(
            response.json(), schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )


async def _check_hook(response: httpx.Response) -> None:
    await response.aread()
    check_documented(response)


@pytest.fixture
async def served(store: Store) -> AsyncIterator[Served]:
    metrics = Metrics()
    clock = Clock(NOW)
    config = ApiConfig(listen="127.0.0.1:0", read_tokens=[READ], write_tokens=[WRITE])
    app = api.build_app(Recorder(store), config, metrics, clock=clock)
    runner, port = await api.start_api(app, "127.0.0.1", 0)
    try:
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}",
            timeout=60,
            event_hooks={"response": [_check_hook]},
        ) as client:
            yield Served(client, store, metrics, clock, app)
    finally:
        await runner.cleanup()


# -- populating the store through its public methods ---------------------------------------------


def event(address: str, index: int, kind: Kind = Kind.HARD) -> NewEvent:
    if kind is Kind.SOFT:
        category, reason, status = Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "4.2.2"
    else:
        category, reason, status = Category.BAD_MAILBOX, Reason.USERUNKNOWN, "5.1.1"
    return NewEvent(
        record_index=index,
        address=address,
        kind=kind,
        category=category,
        reason=reason,
        rule=f"status:{status}",
        status=status,
        reply_code=int(status[0]) * 100 + 50,
        diagnostic=f"{status} <{address}>: no",
    )


async def bounce(
    store: Store, addresses: Sequence[str], at: datetime = T0, kind: Kind = Kind.HARD
) -> int:
    """One stored DSN naming `addresses`, processed: returns its message id."""
    raw = f"Subject: bounce at {at.isoformat()} for {len(addresses)} {addresses[:1]}\r\n\r\nx\r\n"
    (mid,) = await store.receive(
        [
            Incoming(
                raw=raw.encode(), mail_from="", rcpt_to=("b@bounces.example.org",), received_at=at
            )
        ]
    )
    events = tuple(event(a, i, kind) for i, a in enumerate(addresses))
    await Recorder(store).record(
        [Outcome(mid, MessageStatus.PROCESSED, "dsn", None, events)], {mid: at}, at
    )
    return mid


# -- the document ------------------------------------------------------------------------------


async def test_openapi_document_matches_the_routes(served: Served) -> None:
    response = await served.client.get("/v1/openapi.json")
    assert response.status_code == 200
    doc = response.json()
    assert doc["openapi"].startswith("3.1")
    served_routes = {
        (route.resource.canonical, route.method.lower())
        for route in served.app.router.routes()
        if route.resource is not None
    }
    documented = {
        (path, method)
        for path, item in doc["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert served_routes == documented
    scopes = {(path, method.lower()): scope for method, path, _, scope in api.ROUTES}
    for path, method in documented:
        operation = doc["paths"][path][method]
        assert operation["x-scope"] == scopes[(path, method)]
        assert (operation.get("security") == []) == (operation["x-scope"] is None)
        for status, response_doc in operation["responses"].items():
            assert response_doc["content"], f"{method} {path} {status}: no content documented"
            if operation["x-scope"] is not None:
                assert "401" in operation["responses"]
    for ref in re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(doc)):
        assert ref in doc["components"]["schemas"]


SAMPLE_PATH = {"address": "someone%40example.com", "id": "1"}


def _concrete(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: SAMPLE_PATH[m.group(1)], path)


async def test_every_scoped_route_wants_a_valid_token(served: Served) -> None:
    for method, path, _, scope in api.ROUTES:
        if scope is None:
            continue
        url = _concrete(path)
        for headers in ({}, bearer("not-a-configured-token-at-all"), {"Authorization": "Basic x"}):
            response = await served.client.request(method, url, headers=headers)
            assert response.status_code == 401, (method, path, headers)
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert response.headers["content-type"].startswith("application/problem+json")
            assert response.json()["status"] == 401
        if scope == "write":
            response = await served.client.request(method, url, headers=bearer(READ))
            assert response.status_code == 403
            assert 'error="insufficient_scope"' in response.headers["www-authenticate"]


async def test_write_token_may_read(served: Served) -> None:
    await bounce(served.store, ["gone@example.com"])
    response = await served.client.get("/v1/suppressions/gone@example.com", headers=bearer(WRITE))
    assert response.status_code == 200


# -- one address -------------------------------------------------------------------------------


async def test_hard_bounced_address_is_suppressed_with_its_evidence(served: Served) -> None:
    await bounce(served.store, ["Gone@Example.COM"])
    response = await served.client.get("/v1/suppressions/Gone%40example.com", headers=bearer(READ))
    assert response.status_code == 200
    body = response.json()
    assert body == body | {
        "address": "gone@example.com",
        "state": "suppressed",
        "suppression_reason": "hard-bounce",
        "kind": "hard",
        "category": "bad-mailbox",
        "reason": "userunknown",
        "status": "5.1.1",
        "soft_score": 0,
        "last_event_at": T0.isoformat(),
        "expires_at": None,
    }
    assert "<Gone@Example.COM>" in body["diagnostic"]


async def test_plus_and_percent_encoded_addresses_work(served: Served) -> None:
    await bounce(served.store, ["first.last+tag@example.com"])
    for path in (
        "/v1/suppressions/first.last+tag@example.com",
        "/v1/suppressions/first.last+tag%40EXAMPLE.com",
        "/v1/suppressions/first.last%2Btag%40example.com",
    ):
        response = await served.client.get(path, headers=bearer(READ))
        assert response.status_code == 200, path
        assert response.json()["address"] == "first.last+tag@example.com"


async def test_unknown_address_is_404_problem(served: Served) -> None:
    response = await served.client.get("/v1/suppressions/never@example.com", headers=bearer(READ))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["type"] == "urn:bouncesink:problem:not-found"
    assert "never@example.com" in problem["detail"]


@pytest.mark.parametrize(
    "given", ["not-an-address", "no-domain@", "@example.com", "a@nodot", "a b@example.com"]
)
async def test_invalid_address_is_400_naming_it(served: Served, given: str) -> None:
    response = await served.client.get(f"/v1/suppressions/{given}", headers=bearer(READ))
    assert response.status_code == 400
    problem = response.json()
    assert problem["type"] == "urn:bouncesink:problem:invalid-address"
    assert repr(given) in problem["detail"]
    assert "is not an e-mail address" in problem["detail"]


async def test_unknown_query_parameter_is_400(served: Served) -> None:
    response = await served.client.get("/v1/suppressions?stat=soft", headers=bearer(READ))
    assert response.status_code == 400
    assert response.json()["detail"].startswith("stat: unknown query parameter")


# -- manual suppress / unsuppress ----------------------------------------------------------------


async def test_put_suppresses_and_delete_unsuppresses(served: Served) -> None:
    c, path = served.client, "/v1/suppressions/ops%40example.com"
    created = await c.put(path, json={"note": "asked by the list owner"}, headers=bearer(WRITE))
    assert created.status_code == 201
    assert created.headers["location"] == "/v1/suppressions/ops@example.com"
    assert (created.json()["state"], created.json()["suppression_reason"]) == (
        "suppressed",
        "manual",
    )
    served.clock.now += timedelta(minutes=1)
    again = await c.put(path, headers=bearer(WRITE))  # no body at all is fine
    assert again.status_code == 200
    served.clock.now += timedelta(minutes=1)
    deleted = await c.delete(path + "?note=mistake", headers=bearer(WRITE))
    assert deleted.status_code == 200
    assert deleted.json()["state"] == "active"
    events = (await c.get("/v1/addresses/ops@example.com/events", headers=bearer(READ))).json()
    assert [e["manual"] for e in events["items"]] == ["unsuppress", "suppress", "suppress"]
    assert events["items"][0]["note"] == "mistake"
    assert events["items"][2]["note"] == "asked by the list owner"
    actor = events["items"][0]["actor"]
    assert actor.startswith("token:") and WRITE not in actor


async def test_delete_of_unknown_address_is_404(served: Served) -> None:
    response = await served.client.delete("/v1/suppressions/x%40example.com", headers=bearer(WRITE))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("{", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"reason": "x"}', "reason: unknown field"),
        ('{"note": 5}', "note: expected text"),
        ('{"expires_at": "tomorrow"}', "expires_at: expected an ISO 8601 timestamp"),
        ('{"expires_at": "2027-01-01T00:00:00"}', "with a time zone"),
        ('{"expires_at": "2020-01-01T00:00:00Z"}', "in the future"),
    ],
)
async def test_put_rejects_bad_bodies(served: Served, body: str, detail: str) -> None:
    response = await served.client.put(
        "/v1/suppressions/a%40example.com", content=body, headers=bearer(WRITE)
    )
    assert response.status_code == 400
    assert detail in response.json()["detail"]
    assert await served.store.lookup(["a@example.com"]) == {}


async def test_expiring_suppression_ends_on_time(served: Served) -> None:
    c, path = served.client, "/v1/suppressions/later%40example.com"
    until = NOW + timedelta(hours=1)
    response = await c.put(path, json={"expires_at": until.isoformat()}, headers=bearer(WRITE))
    assert response.json()["expires_at"] == until.isoformat()
    served.clock.now = NOW + timedelta(hours=2)
    body = (await c.get(path, headers=bearer(READ))).json()
    assert (body["state"], body["expires_at"]) == ("active", None)
    listed = (await c.get("/v1/suppressions", headers=bearer(READ))).json()
    assert listed["items"] == []
    checked = await c.post(
        "/v1/suppressions/check", json={"addresses": ["later@example.com"]}, headers=bearer(READ)
    )
    assert checked.json()["results"][0]["state"] == "active"


# -- lists -------------------------------------------------------------------------------------


async def test_pagination_walks_every_row_once(served: Served) -> None:
    # three messages, so many rows share a last_event_at: the address breaks the ties
    expected = []
    for n, at in enumerate((T0, T0 + timedelta(hours=1), T0 + timedelta(days=1))):
        batch = [f"user{n}-{i:03d}@example.com" for i in range(40)]
        await bounce(served.store, batch, at)
        expected += batch
    await bounce(served.store, ["soft@example.org"], T0, kind=Kind.SOFT)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": "7"} | ({"cursor": cursor} if cursor else {})
        response = await served.client.get("/v1/suppressions", params=params, headers=bearer(READ))
        page = response.json()
        assert len(page["items"]) <= 7
        seen += [item["address"] for item in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == expected  # (last_event_at, address) order, nothing twice, nothing missed
    assert pages == -(-len(expected) // 7)


async def test_rows_without_an_event_time_come_first(served: Served) -> None:
    # an event dated after the time of processing is not part of the state yet
    future = NOW + timedelta(days=30)
    mid = await served.store.receive(
        [Incoming(raw=b"early", mail_from="", rcpt_to=("b@x.org",), received_at=future)]
    )
    events = tuple(
        event(a, i) for i, a in enumerate(["b-undated@example.com", "a-undated@example.com"])
    )
    await Recorder(served.store).record(
        [Outcome(mid[0], MessageStatus.PROCESSED, "dsn", None, events)], {mid[0]: future}, NOW
    )
    await bounce(served.store, ["dated@example.com"])
    seen, cursor = [], None
    while True:
        params = {"limit": "1", "state": "any"} | ({"cursor": cursor} if cursor else {})
        page = (
            await served.client.get("/v1/suppressions", params=params, headers=bearer(READ))
        ).json()
        seen += [(item["address"], item["last_event_at"]) for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [
        ("a-undated@example.com", None),
        ("b-undated@example.com", None),
        ("dated@example.com", T0.isoformat()),
    ]


async def test_list_filters(served: Served) -> None:
    await bounce(served.store, ["hard@example.com"], T0)
    await bounce(served.store, ["soft@example.com"], T0 + timedelta(hours=1), kind=Kind.SOFT)
    await bounce(served.store, ["later@example.com"], T0 + timedelta(days=2))

    async def listed(**params: str) -> list[str]:
        response = await served.client.get("/v1/suppressions", params=params, headers=bearer(READ))
        assert response.status_code == 200, response.text
        return [item["address"] for item in response.json()["items"]]

    assert await listed() == ["hard@example.com", "later@example.com"]
    assert await listed(state="soft") == ["soft@example.com"]
    assert await listed(state="any", kind="soft") == ["soft@example.com"]
    assert await listed(category="bad-mailbox", since=(T0 + timedelta(days=1)).isoformat()) == [
        "later@example.com"
    ]
    assert await listed(state="active") == []
    for params, detail in (
        ({"state": "gone"}, "state: expected one of"),
        ({"kind": "meh"}, "kind: unknown kind"),
        ({"category": "meh"}, "category: unknown category"),
        ({"since": "yesterday"}, "since: expected an ISO 8601"),
        ({"limit": "0"}, "limit: expected 1 to 1000"),
        ({"limit": "1001"}, "limit: expected 1 to 1000"),
        ({"cursor": "garbage"}, "cursor: not a cursor"),
    ):
        response = await served.client.get("/v1/suppressions", params=params, headers=bearer(READ))
        assert response.status_code == 400
        assert detail in response.json()["detail"]


async def test_events_newest_first_in_pages(served: Served) -> None:
    address = "flappy@example.com"
    for day in range(5):
        await bounce(served.store, [address], T0 + timedelta(days=day), kind=Kind.SOFT)
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": "2"} | ({"cursor": cursor} if cursor else {})
        response = await served.client.get(
            f"/v1/addresses/{address}/events", params=params, headers=bearer(READ)
        )
        page = response.json()
        seen += [item["occurred_at"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [(T0 + timedelta(days=d)).isoformat() for d in (4, 3, 2, 1, 0)]
    empty = await served.client.get("/v1/addresses/x%40example.com/events", headers=bearer(READ))
    assert empty.json() == {"address": "x@example.com", "items": [], "next_cursor": None}


# -- bulk check --------------------------------------------------------------------------------


async def test_bulk_check_of_10000_addresses(served: Served) -> None:
    suppressed = [f"bounced{i:05d}@example.com" for i in range(0, 10_000, 25)]  # 400 of them
    await bounce(served.store, suppressed)
    given = [f"Bounced{i:05d}@EXAMPLE.com".replace("Bounced", "bounced") for i in range(10_000)]
    response = await served.client.post(
        "/v1/suppressions/check", json={"addresses": given}, headers=bearer(READ)
    )
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["address"] for r in results] == [a.replace("EXAMPLE", "example") for a in given]
    assert sum(r["found"] for r in results) == len(suppressed)
    for i, result in enumerate(results):
        expected = "suppressed" if i % 25 == 0 else "active"
        assert result["state"] == expected
        assert result["found"] == (i % 25 == 0)
    assert results[0]["suppression_reason"] == "hard-bounce"


async def test_bulk_check_limits_and_validation(served: Served) -> None:
    c = served.client
    too_many = {"addresses": [f"a{i}@example.com" for i in range(10_001)]}
    response = await c.post("/v1/suppressions/check", json=too_many, headers=bearer(READ))
    assert response.status_code == 400
    assert "at most 10000" in response.json()["detail"]
    bad = {"addresses": ["ok@example.com", "not-an-address", "a@@b.com", 7]}
    response = await c.post("/v1/suppressions/check", json=bad, headers=bearer(READ))
    assert response.status_code == 200  # one bad entry never fails the batch
    ok, *errors = response.json()["results"]
    assert (ok["address"], ok["state"]) == ("ok@example.com", "active")
    assert [e["address"] for e in errors] == ["not-an-address", "a@@b.com", 7]
    assert errors[0]["error"].startswith("addresses[1]: 'not-an-address' is not an e-mail")
    assert all("is not an e-mail address" in e["error"] for e in errors)
    response = await c.post("/v1/suppressions/check", json={}, headers=bearer(READ))
    assert response.json()["detail"] == "addresses: required"


# -- raw message, export -------------------------------------------------------------------------


async def test_raw_message_is_served_as_received(served: Served) -> None:
    mid = await bounce(served.store, ["raw@example.com"])
    events = await served.store.events_of("raw@example.com")
    assert events[0].message_id == mid
    response = await served.client.get(f"/v1/messages/{mid}/raw", headers=bearer(READ))
    assert response.status_code == 200
    assert response.headers["content-type"] == "message/rfc822"
    assert response.content.startswith(b"Subject: bounce at ")
    missing = await served.client.get(f"/v1/messages/{mid + 1000}/raw", headers=bearer(READ))
    assert missing.status_code == 404
    bad = await served.client.get("/v1/messages/abc/raw", headers=bearer(READ))
    assert bad.status_code == 400


async def test_export_streams_every_row_as_csv_and_json(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "EXPORT_PAGE", 3)  # several pages even for a few rows
    addresses = [f'odd"name,{i}@example.com' for i in range(8)]
    await bounce(served.store, addresses)
    await bounce(served.store, ["soft@example.com"], kind=Kind.SOFT)
    response = await served.client.get("/v1/suppressions/export", headers=bearer(READ))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == CSV_FIELDS
    assert [row[0] for row in rows[1:]] == sorted(addresses)
    assert {row[1] for row in rows[1:]} == {"suppressed"}
    response = await served.client.get(
        "/v1/suppressions/export", params={"format": "json", "state": "any"}, headers=bearer(READ)
    )
    items = response.json()
    assert sorted(item["address"] for item in items) == sorted([*addresses, "soft@example.com"])
    empty = await served.client.get(
        "/v1/suppressions/export",
        params={"format": "json", "state": "active"},
        headers=bearer(READ),
    )
    assert empty.json() == []
    bad = await served.client.get("/v1/suppressions/export?format=xml", headers=bearer(READ))
    assert bad.status_code == 400


# -- health and metrics -------------------------------------------------------------------------


async def test_healthz_needs_no_token(served: Served) -> None:
    response = await served.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": served.store.dialect}


async def test_unknown_route_is_a_problem(served: Served) -> None:
    response = await served.client.get("/v2/nothing")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"] == "about:blank"


async def test_wrong_method_is_405_problem(served: Served) -> None:
    response = await served.client.post("/v1/suppressions", headers=bearer(READ))
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["detail"] == "POST is not allowed here (allowed: GET)"


async def test_too_large_body_is_413_problem(served: Served) -> None:
    body = b'{"addresses": ["' + b"x" * (api.MAX_BODY + 1) + b'"]}'
    response = await served.client.post(
        "/v1/suppressions/check", content=body, headers=bearer(READ)
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_location_of_a_new_suppression_is_encoded(served: Served) -> None:
    response = await served.client.put(
        "/v1/suppressions/odd%23name%3Fx%40example.com", headers=bearer(WRITE)
    )
    assert response.status_code == 201
    assert response.json()["address"] == "odd#name?x@example.com"
    location = response.headers["location"]
    assert location == "/v1/suppressions/odd%23name%3Fx@example.com"
    again = await served.client.get(location, headers=bearer(READ))
    assert again.json()["address"] == "odd#name?x@example.com"


async def test_metrics_text(served: Served) -> None:
    await served.store.receive(
        [
            Incoming(raw=b"one", mail_from="", rcpt_to=("b@bounces.example.org",), received_at=T0),
            Incoming(raw=b"two", mail_from="", rcpt_to=("b@bounces.example.org",), received_at=T0),
        ]
    )
    served.metrics.received(2)
    served.metrics.refused("foreign-domain")
    served.metrics.recorded("hard", "bad-mailbox")
    await served.client.get("/healthz")
    response = await served.client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = response.text
    assert "bouncesink_pending_messages 2.0" in text
    assert "bouncesink_messages_received_total 2.0" in text
    assert 'bouncesink_messages_refused_total{cause="foreign-domain"} 1.0' in text
    assert 'bouncesink_records_total{category="bad-mailbox",kind="hard"} 1.0' in text
    assert 'bouncesink_http_requests_total{method="GET",route="/healthz",status="200"} 1.0' in text


async def test_database_down_answers_503(tmp_path: Any) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/missing/dir/bouncesink.db")
    app = api.build_app(Recorder(store), ApiConfig(read_tokens=[READ]), Metrics(process=False))
    runner, port = await api.start_api(app, "127.0.0.1", 0)
    try:
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", event_hooks={"response": [_check_hook]}
        ) as client:
            health = await client.get("/healthz")
            assert health.status_code == 503
            assert health.json()["type"] == "urn:bouncesink:problem:database-unavailable"
            lookup = await client.get("/v1/suppressions/a%40example.com", headers=bearer(READ))
            assert lookup.status_code == 503
            metrics = await client.get("/metrics")  # still served, without the queue depth
            assert metrics.status_code == 200
    finally:
        await runner.cleanup()
        await store.close()
