"""The listmonk connector against a stand-in of listmonk's API (tests/connectors/fakes.py,
which cites the documentation it follows: https://listmonk.app/docs/bounces/ "Webhook API",
https://listmonk.app/docs/apis/subscribers/), with listmonk's default bounce actions: the
address is blocklisted exactly when bouncesink suppresses it, and not before."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

from bouncesink import policy
from bouncesink.metrics import Metrics

from . import fakes
from .pushing import (
    NOW,
    bounce,
    complaint,
    connector_config,
    drain,
    hard,
    recording,
    returned,
    soft,
)

CAMPAIGN = "9f86b50d-5711-41c8-ab03-bc91c43d711b"
DAY = timedelta(days=1)


def _basic() -> str:
    token = base64.b64encode(f"{fakes.LISTMONK_USER}:{fakes.LISTMONK_TOKEN}".encode()).decode()
    return f"Basic {token}"


async def test_a_hard_bounce_is_the_documented_webhook_and_blocklists_at_once(
    sqlite_url: str,
) -> None:
    async with fakes.serving(fakes.Listmonk()) as listmonk:
        sub = listmonk.add_subscriber("Gone@Example.com")
        config = connector_config("listmonk", listmonk.url)
        raw = returned(
            "Gone@example.com",
            f"X-Listmonk-Campaign: {CAMPAIGN}\r\nX-Listmonk-Subscriber: {sub['uuid']}\r\n",
        )
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("Gone@example.com"), raw=raw)
            await drain(rec.store, config)
            (row,) = await rec.store.outbox.rows()
        (got,) = listmonk.seen
        assert (got.method, got.path) == ("POST", "/webhooks/bounce")
        assert got.headers["Authorization"] == _basic()
        assert got.headers["Content-Type"] == "application/json"
        body = got.json()
        assert set(body) == {"email", "campaign_uuid", "subscriber_uuid", "source", "type", "meta"}
        assert body["email"] == "gone@example.com"  # the address as bouncesink keeps it
        assert (body["campaign_uuid"], body["subscriber_uuid"]) == (CAMPAIGN, sub["uuid"])
        assert (body["source"], body["type"]) == ("bouncesink", "hard")
        meta = json.loads(body["meta"])  # a JSON string, as the documentation says
        assert {k: meta[k] for k in ("kind", "category", "reason", "status")} == {
            "kind": "hard",
            "category": "bad-mailbox",
            "reason": "userunknown",
            "status": "5.1.1",
        }
        assert meta["diagnostic"] == "550 5.1.1 user unknown"
        assert meta["message_id"].startswith("<orig-")  # the returned message's Message-ID
        assert meta["cause"] == "hard-bounce"
        assert sub["status"] == "blocklisted"  # listmonk's default: hard, count 1
        assert row.state == "delivered"
        assert listmonk.problems == []


async def test_every_cause_acts_at_once_and_a_lone_soft_failure_sends_nothing(
    sqlite_url: str,
) -> None:
    """The soft threshold and an operator's suppression go as hard (a soft bounce would wait
    for a second one, then do nothing); a complaint as a complaint; one soft failure: nothing."""
    async with fakes.serving(fakes.Listmonk()) as listmonk:
        subs = {a: listmonk.add_subscriber(a) for a in ("t@x.org", "c@x.org", "m@x.org", "s@x.org")}
        config = connector_config("listmonk", listmonk.url)
        rules = policy.PolicyConfig(soft_threshold=2)
        async with recording(sqlite_url, [config], rules) as rec:
            await bounce(rec, soft("t@x.org"), NOW - 2 * DAY)
            await bounce(rec, soft("s@x.org"), NOW - 2 * DAY)
            await drain(rec.store, config)
            assert listmonk.seen == []  # a soft failure is not a suppression
            await bounce(rec, soft("t@x.org"), NOW - DAY)  # the threshold
            await bounce(rec, complaint("c@x.org"))
            await rec.add_manual_event("m@x.org", "suppress", NOW, actor="ops")
            await drain(rec.store, config)
        types = {s.json()["email"]: s.json()["type"] for s in listmonk.seen}
        assert types == {"t@x.org": "hard", "c@x.org": "complaint", "m@x.org": "hard"}
        assert {a: s["status"] for a, s in subs.items()} == {
            "t@x.org": "blocklisted",
            "c@x.org": "blocklisted",
            "m@x.org": "blocklisted",
            "s@x.org": "enabled",
        }
        assert all("campaign_uuid" not in s.json() for s in listmonk.seen)  # none returned
        assert listmonk.problems == []


async def test_an_unsuppress_deletes_bouncesinks_bounces_and_enables_the_subscriber(
    sqlite_url: str,
) -> None:
    async with fakes.serving(fakes.Listmonk()) as listmonk:
        ours = listmonk.add_subscriber("ours@x.org")
        config = connector_config("listmonk", listmonk.url)
        metrics = Metrics(process=False)
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("ours@x.org"), NOW - DAY)
            await drain(rec.store, config)
            assert ours["status"] == "blocklisted"
            listmonk.seen.clear()
            await rec.add_manual_event("ours@x.org", "unsuppress", NOW, actor="ops")
            await drain(rec.store, config, metrics=metrics)
            assert [(s.method, s.path) for s in listmonk.seen] == [
                ("GET", "/api/subscribers"),
                ("GET", f"/api/subscribers/{ours['id']}/bounces"),
                ("DELETE", f"/api/subscribers/{ours['id']}/bounces"),
                ("PATCH", f"/api/subscribers/{ours['id']}"),
            ]
            assert listmonk.seen[0].query["query"] == ["LOWER(subscribers.email) = 'ours@x.org'"]
            assert listmonk.seen[-1].json() == {"status": "enabled"}
            assert all(s.headers["Authorization"] == _basic() for s in listmonk.seen)
            assert ours["status"] == "enabled"
            assert [b for b in listmonk.bounces if b["subscriber_id"] == ours["id"]] == []
            # an address that is no subscriber there: nothing to do, counted so
            listmonk.seen.clear()
            await rec.add_manual_event("nobody@x.org", "suppress", NOW - DAY)
            await rec.add_manual_event("nobody@x.org", "unsuppress", NOW)
            await drain(rec.store, config, metrics=metrics)
            rows = [r for r in await rec.store.outbox.rows("nobody@x.org")]
            (last,) = await rec.store.outbox.deliveries(rows[-1].id)
        assert last.note is not None and "no subscriber with this address" in last.note
        sample = metrics.registry.get_sample_value
        labels = {"connector": "listmonk"}
        assert (
            sample("bouncesink_connector_attempts_total", labels | {"outcome": "nothing-to-do"})
            == 1
        )
        assert listmonk.problems == []


async def test_a_subscriber_blocklisted_by_someone_else_stays_blocklisted(sqlite_url: str) -> None:
    async with fakes.serving(fakes.Listmonk()) as listmonk:
        sub = listmonk.add_subscriber("optout@x.org", status="blocklisted")
        config = connector_config("listmonk", listmonk.url)
        async with recording(sqlite_url, [config]) as rec:
            await rec.add_manual_event("optout@x.org", "import", NOW - DAY)
            await drain(rec.store, config)
            listmonk.bounces.clear()  # an operator there cleared the bounce records
            await rec.add_manual_event("optout@x.org", "unsuppress", NOW)
            await drain(rec.store, config)
            rows = await rec.store.outbox.rows()
            (log,) = await rec.store.outbox.deliveries(rows[-1].id)
        assert sub["status"] == "blocklisted"
        assert not any(s.method in ("DELETE", "PATCH") for s in listmonk.seen)
        assert log.note is not None and "left blocklisted" in log.note
        assert listmonk.problems == []


async def test_wrong_credentials_are_retried_with_listmonks_answer_logged(sqlite_url: str) -> None:
    async with fakes.serving(fakes.Listmonk()) as listmonk:
        config = connector_config("listmonk", listmonk.url, password="wrong-token", max_attempts=2)
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("a@x.org"))
            await drain(rec.store, config)
            (row,) = await rec.store.outbox.rows()
        assert (row.state, row.attempts) == ("failed", 2)
        assert row.last_error == 'bounce webhook: HTTP 403 {"message": "invalid API credentials"}'
