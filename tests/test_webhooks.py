"""Webhooks: state changes queued with the change, POSTed signed to a real HTTP receiver on
127.0.0.1, retried with backoff, logged; on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from bouncesink import policy
from bouncesink.config import WebhooksConfig, from_dict
from bouncesink.errors import ConfigError
from bouncesink.metrics import Metrics
from bouncesink.pipeline import Incoming, NewEvent, Outcome
from bouncesink.recording import Recorder
from bouncesink.store import Claimed, Outbox, Store
from bouncesink.types import Category, Kind, MessageStatus, Reason
from bouncesink.webhooks import WebhookSender, verify

from .dsn import dsn
from .support import hard, running_daemon, send, wait_for_state, write_config

SECRET = "s3cret-for-webhook-tests"
NOW = datetime.now(UTC).replace(microsecond=0)


# -- a real HTTP receiver -------------------------------------------------------------------


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict[str, object]:
        data = json.loads(self.body)
        assert isinstance(data, dict)
        return data


@dataclass
class Receiver:
    """Answers each POST with the next of `answers`, then `default`; keeps what it got."""

    url: str = ""
    answers: list[int] = field(default_factory=list)
    default: int = 200
    hang_seconds: float = 0.0
    got: list[Received] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)  # set by each request

    async def handle(self, request: web.Request) -> web.Response:
        self.got.append(Received(dict(request.headers), await request.read()))
        self.arrived.set()
        if self.hang_seconds:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.release.wait(), self.hang_seconds)
        status = self.answers.pop(0) if self.answers else self.default
        return web.Response(status=status, text="ok" if status < 300 else "no")


@contextlib.asynccontextmanager
async def receiving(
    answers: list[int] | None = None, default: int = 200, hang_seconds: float = 0.0
) -> AsyncIterator[Receiver]:
    receiver = Receiver(answers=list(answers or []), default=default, hang_seconds=hang_seconds)
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = web.AppRunner(app, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    receiver.url = f"http://{host}:{port}/hook"
    try:
        yield receiver
    finally:
        receiver.release.set()
        await runner.cleanup()


# -- the store side -------------------------------------------------------------------------


def soft(address: str) -> NewEvent:
    return NewEvent(0, address, Kind.SOFT, Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "soft")


def block(address: str) -> NewEvent:
    return NewEvent(0, address, Kind.BLOCK, Category.SPAM_RELATED, Reason.BLOCKED, "block")


_counter = iter(range(10**9))


async def bounce(rec: Recorder, event: NewEvent, at: datetime = NOW) -> None:
    """One new message carrying one event, recorded (a new message each time)."""
    (mid,) = await rec.store.receive(
        [Incoming(f"msg {next(_counter)}".encode(), "", ("b@bounces.example.org",), at)]
    )
    await rec.record([Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (event,))], {mid: at}, at)


@contextlib.asynccontextmanager
async def opened(
    db_url: str, urls: list[str], policy_config: policy.PolicyConfig | None = None
) -> AsyncIterator[Recorder]:
    """A store with the webhook URLs (and policy) its recorder queues changes for."""
    store = Store.open(db_url)
    await store.upgrade()
    try:
        yield Recorder(store, policy_config or policy.PolicyConfig(), tuple(urls))
    finally:
        await store.close()


def settings(urls: list[str], **overrides: object) -> WebhooksConfig:
    values: dict[str, object] = {
        "urls": urls,
        "secret": SECRET,
        "timeout_seconds": 5.0,
        "max_attempts": 3,
        "backoff_seconds": 0.01,
        "max_backoff_seconds": 0.05,
    }
    values.update(overrides)
    return WebhooksConfig(**values)  # type: ignore[arg-type]


async def sending(sender: WebhookSender, done: Callable[[], Awaitable[bool]]) -> None:
    """Run the sender until `done()` holds (or fail after 20 seconds), then stop it."""
    task = asyncio.create_task(sender.run())
    try:
        async with asyncio.timeout(20):
            while not await done():
                assert not task.done(), task
                await asyncio.sleep(0.02)
    finally:
        sender.stop()
        await asyncio.wait_for(task, 10)


def all_settled(outbox: Outbox) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        rows = await outbox.rows()
        return bool(rows) and all(row.state != "pending" for row in rows)

    return check


def sender_for(
    store: Store,
    config: WebhooksConfig,
    metrics: Metrics | None = None,
    clock: Callable[[], datetime] | None = None,
) -> WebhookSender:
    return WebhookSender(
        store.outbox,
        config,
        metrics=metrics,
        clock=clock or (lambda: datetime.now(UTC)),
        poll_seconds=0.02,
    )


# -- tests ----------------------------------------------------------------------------------


async def test_hard_bounce_is_posted_once_signed(db_url: str) -> None:
    async with receiving() as receiver, opened(db_url, [receiver.url]) as rec:
        await bounce(rec, hard("Someone@Example.com"))
        outbox = rec.store.outbox
        metrics = Metrics(process=False)
        await sending(
            sender_for(rec.store, settings([receiver.url]), metrics=metrics), all_settled(outbox)
        )
        (got,) = receiver.got
        header = got.headers["X-Bouncesink-Signature"]
        t_part, v1_part = header.split(",")
        timestamp = int(t_part.removeprefix("t="))
        mac = hmac.new(SECRET.encode(), f"{timestamp}.".encode() + got.body, hashlib.sha256)
        assert v1_part == f"v1={mac.hexdigest()}"
        assert abs(timestamp - time.time()) < 60
        assert verify(SECRET, header, got.body, int(time.time()))
        assert not verify("another-secret-entirely", header, got.body, int(time.time()))
        assert not verify(SECRET, header, got.body + b" ", int(time.time()))
        assert got.headers["Content-Type"] == "application/json"
        body = got.json
        assert got.headers["X-Bouncesink-Event-Id"] == body["id"]
        address = (await rec.store.lookup(["Someone@Example.com"])).popitem()[0]
        assert body == {
            "id": body["id"],
            "type": "address.state_changed",
            "created_at": NOW.isoformat(),
            "address": address,
            "state": "suppressed",
            "previous_state": "active",
            "suppression_reason": "hard-bounce",
            "kind": "hard",
            "category": "bad-mailbox",
            "reason": "userunknown",
            "status": "5.1.1",
            "diagnostic": "550 5.1.1 user unknown",
            "event_at": NOW.isoformat(),
        }
        (row,) = await outbox.rows()
        assert (row.state, row.attempts, row.last_error) == ("delivered", 1, None)
        assert row.delivered_at is not None
        (log,) = await outbox.deliveries(row.id)
        assert (log.attempt, log.status_code, log.error) == (1, 200, None)
        assert metrics.registry.get_sample_value("bouncesink_webhook_failures_total") == 0


async def test_failing_twice_then_delivered_on_the_third_attempt(db_url: str) -> None:
    async with receiving(answers=[500, 503]) as receiver, opened(db_url, [receiver.url]) as rec:
        await bounce(rec, hard("a@example.com"))
        outbox = rec.store.outbox
        metrics = Metrics(process=False)
        await sending(
            sender_for(rec.store, settings([receiver.url]), metrics=metrics), all_settled(outbox)
        )
        assert len(receiver.got) == 3
        ids = {r.headers["X-Bouncesink-Event-Id"] for r in receiver.got}
        assert len(ids) == 1  # the same event each time: the receiver can drop repeats
        (row,) = await outbox.rows()
        assert (row.state, row.attempts) == ("delivered", 3)
        log = await outbox.deliveries(row.id)
        assert [(d.attempt, d.status_code, d.error) for d in log] == [
            (1, 500, "HTTP 500"),
            (2, 503, "HTTP 503"),
            (3, 200, None),
        ]
        assert log[0].attempted_at <= log[1].attempted_at <= log[2].attempted_at
        assert metrics.registry.get_sample_value("bouncesink_webhook_failures_total") == 2


async def test_always_failing_is_marked_failed_after_max_attempts(db_url: str) -> None:
    async with receiving(default=500) as receiver, opened(db_url, [receiver.url]) as rec:
        await bounce(rec, hard("a@example.com"))
        outbox = rec.store.outbox
        metrics = Metrics(process=False)
        await sending(
            sender_for(rec.store, settings([receiver.url], max_attempts=4), metrics=metrics),
            all_settled(outbox),
        )
        (row,) = await outbox.rows()
        assert (row.state, row.attempts, row.last_error) == ("failed", 4, "HTTP 500")
        assert row.delivered_at is None
        assert [d.status_code for d in await outbox.deliveries(row.id)] == [500] * 4
        assert len(receiver.got) == 4
        assert metrics.registry.get_sample_value("bouncesink_webhook_failures_total") == 4


async def test_a_receiver_that_does_not_answer_times_out(db_url: str) -> None:
    async with receiving(hang_seconds=30) as receiver, opened(db_url, [receiver.url]) as rec:
        await bounce(rec, hard("a@example.com"))
        outbox = rec.store.outbox
        config = settings([receiver.url], timeout_seconds=0.3, max_attempts=1)
        await sending(sender_for(rec.store, config), all_settled(outbox))
        (row,) = await outbox.rows()
        assert row.state == "failed"
        (log,) = await outbox.deliveries(row.id)
        assert log.status_code is None
        assert log.error is not None and "no answer within 0.3 s" in log.error
        assert log.duration_ms < 5000


async def test_each_url_is_delivered_on_its_own(db_url: str) -> None:
    async with (
        receiving() as good,
        receiving(default=500) as bad,
        opened(db_url, [good.url, bad.url]) as rec,
    ):
        await bounce(rec, hard("a@example.com"))
        outbox = rec.store.outbox
        await sending(sender_for(rec.store, settings([good.url, bad.url])), all_settled(outbox))
        rows = {row.url: row for row in await outbox.rows()}
        assert (rows[good.url].state, rows[good.url].attempts) == ("delivered", 1)
        assert (rows[bad.url].state, rows[bad.url].attempts) == ("failed", 3)
        assert len(good.got) == 1  # a failing neighbour never makes it send again
        assert good.got[0].json == bad.got[0].json


async def test_outbox_survives_a_restart(db_url: str) -> None:
    async with receiving() as receiver:
        urls = [receiver.url]
        async with opened(db_url, urls) as before:
            await bounce(before, hard("left@example.com"))
            await bounce(before, hard("claimed@example.com"))
            # a sender that claimed one row and died before sending it
            outbox = before.store.outbox
            lease = timedelta(minutes=1)
            (claimed,) = await outbox.claim(urls, 1, NOW, lease)
            assert claimed.attempt == 1
            assert await outbox.claim(urls, 10, NOW, lease) != []  # the other one is still due
        assert receiver.got == []
        async with opened(db_url, urls) as after:
            outbox = after.store.outbox
            # the lease of the dead sender is over by the time the new one looks
            later = NOW + timedelta(minutes=2)
            sender = sender_for(after.store, settings(urls), clock=lambda: later)
            await sending(sender, all_settled(outbox))
            rows = {row.address: row for row in await outbox.rows()}
        assert {r.json["address"] for r in receiver.got} == {
            "left@example.com",
            "claimed@example.com",
        }
        assert len(receiver.got) == 2
        assert all(row.state == "delivered" for row in rows.values())
        assert rows["claimed@example.com"].attempts == 2  # the dead sender's claim counts


async def test_no_webhook_when_the_state_does_not_change(db_url: str) -> None:
    async with opened(db_url, ["http://127.0.0.1:9/hook"]) as rec:
        outbox = rec.store.outbox
        await bounce(rec, hard("a@example.com"))
        await bounce(rec, hard("a@example.com"))  # a second identical bounce
        await bounce(rec, block("a@example.com"))  # a block never touches the address
        await bounce(rec, block("b@example.com"))  # nor a new one
        rows = await outbox.rows()
        changes = [(r.address, r.previous_state, r.new_state) for r in rows]
        assert changes == [("a@example.com", "active", "suppressed")]
        assert (await rec.store.lookup(["b@example.com"]))["b@example.com"].state == "active"


async def test_each_transition_is_queued_once(db_url: str) -> None:
    config = policy.PolicyConfig(soft_threshold=2)
    async with opened(db_url, ["http://127.0.0.1:9/hook"], policy_config=config) as rec:
        outbox = rec.store.outbox
        day = timedelta(days=1)
        start = NOW - 5 * day
        await bounce(rec, soft("a@example.com"), start)  # active → soft
        await bounce(rec, soft("a@example.com"), start + timedelta(hours=1))  # same day: same
        await bounce(rec, soft("a@example.com"), start + day)  # score 2 → suppressed
        await rec.add_manual_event("a@example.com", "unsuppress", start + 2 * day)
        await rec.add_manual_event(
            "a@example.com", "suppress", start + 3 * day, expires_at=start + 4 * day
        )
        await bounce(rec, block("a@example.com"), NOW)  # re-derived after the expiry
        rows = await outbox.rows("a@example.com")
        changes = [(r.previous_state, r.new_state, r.suppression_reason) for r in rows]
        assert changes == [
            ("active", "soft", None),
            ("soft", "suppressed", "soft-threshold"),
            ("suppressed", "active", None),
            ("active", "suppressed", "manual"),
            ("suppressed", "active", None),
        ]
        assert len({r.event_id for r in rows}) == len(rows)


async def test_no_outbox_rows_when_webhooks_are_off(db_url: str) -> None:
    async with opened(db_url, []) as rec:
        await bounce(rec, hard("a@example.com"))
        assert await rec.store.outbox.rows() == []
        assert (await rec.store.lookup(["a@example.com"]))["a@example.com"].state == "suppressed"


class CountingOutbox(Outbox):
    """An outbox that counts what its sender claimed."""

    claimed = 0

    async def claim(
        self, urls: Sequence[str], limit: int, now: datetime, lease: timedelta
    ) -> list[Claimed]:
        got = await super().claim(urls, limit, now, lease)
        self.claimed += len(got)
        return got


async def test_two_senders_on_one_postgresql_deliver_each_change_once(pg_url: str) -> None:
    async with receiving(hang_seconds=0.02) as receiver:
        urls = [receiver.url]
        async with opened(pg_url, urls) as rec:
            for i in range(60):
                await bounce(rec, hard(f"user{i}@example.com"))
        one, two = Store.open(pg_url), Store.open(pg_url)  # two daemons, one database
        try:
            outbox = Outbox(one.engines)
            outboxes = [CountingOutbox(s.engines) for s in (one, two)]
            senders = [
                WebhookSender(o, settings(urls), poll_seconds=0.01, concurrency=4) for o in outboxes
            ]
            tasks = [asyncio.create_task(s.run()) for s in senders]
            try:
                settled = all_settled(outbox)
                async with asyncio.timeout(30):
                    while True:
                        if await settled():
                            break
                        await asyncio.sleep(0.02)
            finally:
                for sender in senders:
                    sender.stop()
                await asyncio.gather(*tasks)
            ids = [r.headers["X-Bouncesink-Event-Id"] for r in receiver.got]
            assert len(ids) == 60 and len(set(ids)) == 60
            rows = await outbox.rows()
            assert len(rows) == 60 and all(r.state == "delivered" for r in rows)
            assert all(r.attempts == 1 for r in rows)
            assert all(o.claimed > 0 for o in outboxes)  # both took part
            assert sum(o.claimed for o in outboxes) == 60
        finally:
            await one.close()
            await two.close()


# -- configuration --------------------------------------------------------------------------


def _config(webhooks: dict[str, object]) -> None:
    from_dict({"webhooks": webhooks}, base_dir=Path("."))


@pytest.mark.parametrize(
    ("webhooks", "message"),
    [
        ({"urls": ["ftp://x.example/hook"], "secret": SECRET}, "[webhooks].urls: expected http"),
        ({"urls": ["https:///nohost"], "secret": SECRET}, "[webhooks].urls: expected http"),
        ({"urls": ["https://x.example/hook"]}, "[webhooks].secret: required"),
        ({"secret": "short"}, "[webhooks].secret: expected at least 16 characters"),
        ({"timeout_seconds": 0}, "[webhooks].timeout_seconds: expected a number greater than 0"),
        ({"max_attempts": 0}, "[webhooks].max_attempts: expected a number greater than 0"),
        (
            {"backoff_seconds": 60, "max_backoff_seconds": 10},
            "[webhooks].max_backoff_seconds: expected at least",
        ),
    ],
)
def test_config_errors_name_the_key(webhooks: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _config(webhooks)
    assert str(caught.value).startswith(message), caught.value


def test_config_accepts_http_and_https() -> None:
    urls = ["https://lists.example.org/bounces", "http://10.0.0.2:8080/hook"]
    config = from_dict({"webhooks": {"urls": urls, "secret": SECRET}}, base_dir=Path("."))
    assert config.webhooks.enabled and config.webhooks.urls == urls
    assert not from_dict({}).webhooks.enabled


# -- the daemon -----------------------------------------------------------------------------


async def test_daemon_posts_a_bounce_received_over_smtp(tmp_path: Path, db_url: str) -> None:
    async with receiving() as receiver:
        extra = f'[webhooks]\nurls = ["{receiver.url}"]\nsecret = "{SECRET}"\n'
        config = write_config(tmp_path, db_url, extra)
        async with running_daemon(config) as d:
            await asyncio.to_thread(send, d.host, d.port, dsn("hook@example.com"))
            await wait_for_state(config, "hook@example.com", "suppressed")
            await asyncio.wait_for(receiver.arrived.wait(), 20)
        (got,) = receiver.got
        assert verify(SECRET, got.headers["X-Bouncesink-Signature"], got.body, int(time.time()))
        body = got.json
        assert (body["address"], body["previous_state"], body["state"]) == (
            "hook@example.com",
            "active",
            "suppressed",
        )
        assert (body["kind"], body["reason"]) == ("hard", "userunknown")
