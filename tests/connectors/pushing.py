"""Helpers of the connector tests: a store whose recorder queues decisions for connectors,
events recorded with the bounce they came in, and a connector's sender run until done."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import UTC, datetime

from bouncesink import policy
from bouncesink.config import ConnectorConfig
from bouncesink.connectors import REGISTRY
from bouncesink.connectors.sender import ConnectorSender
from bouncesink.metrics import Metrics
from bouncesink.pipeline import Incoming, NewEvent, Outcome
from bouncesink.recording import Recorder
from bouncesink.store import ConnectorTarget, Store
from bouncesink.types import Category, Kind, MessageStatus, Reason

from ..dsn import dsn
from . import fakes

NOW = datetime.now(UTC).replace(microsecond=0)
CREDENTIALS: dict[str, dict[str, str]] = {
    "listmonk": {"username": fakes.LISTMONK_USER, "password": fakes.LISTMONK_TOKEN},
    "mautic": {"username": fakes.MAUTIC_USER, "password": fakes.MAUTIC_PASSWORD},
    "keila": {"token": fakes.KEILA_TOKEN},
}


def connector_config(kind: str, url: str, **overrides: object) -> ConnectorConfig:
    """A connector of `kind` at `url` with the fake's credentials, retrying fast."""
    values: dict[str, object] = {
        "type": kind,
        "url": url,
        "timeout_seconds": 5.0,
        "max_attempts": 3,
        "backoff_seconds": 0.01,
        "max_backoff_seconds": 0.05,
        **CREDENTIALS[kind],
    }
    values.update(overrides)
    return ConnectorConfig(**values)  # type: ignore[arg-type]


def hard(address: str) -> NewEvent:
    return NewEvent(
        0,
        address,
        Kind.HARD,
        Category.BAD_MAILBOX,
        Reason.USERUNKNOWN,
        "status:5.1.1",
        status="5.1.1",
        reply_code=550,
        diagnostic="550 5.1.1 user unknown",
    )


def soft(address: str) -> NewEvent:
    return NewEvent(
        0, address, Kind.SOFT, Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "soft", status="4.2.2"
    )


def block(address: str) -> NewEvent:
    return NewEvent(
        0, address, Kind.BLOCK, Category.SPAM_RELATED, Reason.BLOCKED, "block", status="5.7.1"
    )


def complaint(address: str) -> NewEvent:
    return NewEvent(0, address, Kind.COMPLAINT, Category.COMPLAINT, Reason.FEEDBACK, "arf")


_counter = itertools.count()


def returned(address: str, headers: str = "") -> bytes:
    """A DSN about `address` whose copy of the returned message carries `headers`."""
    raw = dsn(address, msgid=f"m{next(_counter)}")
    return raw.replace(b"Subject: News\r\n", b"Subject: News\r\n" + headers.encode())


async def bounce(rec: Recorder, event: NewEvent, at: datetime = NOW, raw: bytes = b"") -> int:
    """One new stored message carrying one event, recorded; returns the message id."""
    raw = raw or f"message {next(_counter)}".encode()
    (mid,) = await rec.store.receive([Incoming(raw, "", ("b@bounces.example.org",), at)])
    await rec.record([Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (event,))], {mid: at}, at)
    return mid


@contextlib.asynccontextmanager
async def recording(
    db_url: str,
    configs: Sequence[ConnectorConfig],
    policy_config: policy.PolicyConfig | None = None,
    webhook_urls: Sequence[str] = (),
) -> AsyncIterator[Recorder]:
    """A migrated store whose recorder queues decisions for `configs`."""
    store = Store.open(db_url)
    await store.upgrade()
    targets = tuple(ConnectorTarget(c.label, c.public_url) for c in configs)
    try:
        yield Recorder(store, policy_config or policy.PolicyConfig(), tuple(webhook_urls), targets)
    finally:
        await store.close()


def sender_for(
    store: Store, config: ConnectorConfig, metrics: Metrics | None = None
) -> ConnectorSender:
    return ConnectorSender(
        store.outbox,
        REGISTRY[config.type](config),
        raw_message=store.raw_message,
        metrics=metrics,
        poll_seconds=0.02,
    )


async def run_until(
    senders: Sequence[ConnectorSender], done: Callable[[], Awaitable[bool]], limit: float = 20
) -> None:
    """Run the senders until `done()` holds (or fail after `limit` seconds), then stop them."""
    tasks = [asyncio.create_task(s.run()) for s in senders]
    try:
        async with asyncio.timeout(limit):
            while not await done():
                for task in tasks:
                    assert not task.done(), task
                await asyncio.sleep(0.02)
    finally:
        for sender in senders:
            sender.stop()
        await asyncio.wait_for(asyncio.gather(*tasks), 10)


def settled(store: Store, connector: str | None = None) -> Callable[[], Awaitable[bool]]:
    """Every outbox row (of one connector) is delivered or failed, and there is one."""

    async def check() -> bool:
        rows = [r for r in await store.outbox.rows() if connector in (None, r.connector)]
        return bool(rows) and all(r.state != "pending" for r in rows)

    return check


async def drain(store: Store, *configs: ConnectorConfig, metrics: Metrics | None = None) -> None:
    """Push everything queued for `configs` until each row is settled."""
    senders = [sender_for(store, c, metrics) for c in configs]

    async def done() -> bool:
        rows = [r for r in await store.outbox.rows() if r.connector is not None]
        return all(r.state != "pending" for r in rows)

    await run_until(senders, done)
