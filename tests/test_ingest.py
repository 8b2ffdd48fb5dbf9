"""Receiving hands messages to processing: claimed in the commit that stores them, passed on in
memory; and the SQLite writer commits received messages before waiting processing work."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select

from bouncesink import classify, parse
from bouncesink.errors import StoreError
from bouncesink.intake import GroupCommitter
from bouncesink.pipeline import Incoming, Pending
from bouncesink.recording import Recorder
from bouncesink.store import Store, is_outage
from bouncesink.store.engine import SqliteWriter, async_url
from bouncesink.store.models import StoredMessage
from bouncesink.types import MessageStatus
from bouncesink.worker import Worker
from tests.dsn import dsn

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def incoming(raw: bytes) -> Incoming:
    return Incoming(raw=raw, mail_from="", rcpt_to=("b-1@bounces.example.org",), received_at=T0)


class Taker:
    """A consumer with room for `room` messages; records what it is given."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.handed: list[Pending] = []
        self.woken = 0

    def accepts(self, sizes: Sequence[int]) -> int:
        return min(self.room, len(sizes))

    def hand_over(self, messages: Sequence[Pending]) -> None:
        self.handed.extend(messages)

    def wake(self) -> None:
        self.woken += 1


async def submit_one(store: Store, taker: Taker) -> int:
    """Store one message through a group committer that hands what it claims to ``taker``."""
    committer = GroupCommitter(store, taker, lease=LEASE, clock=lambda: T0)
    committer.start()
    try:
        return await committer.submit(incoming(b"a bounce"))
    finally:
        await committer.stop()


async def test_received_message_is_claimed_and_handed_over(store: Store) -> None:
    taker = Taker(room=10)
    message_id = await submit_one(store, taker)
    (pending,) = taker.handed
    assert (pending.id, pending.raw, pending.received_at) == (message_id, b"a bounce", T0)
    assert taker.woken == 0
    # claimed in the store for the lease: nobody else claims it meanwhile
    assert await store.claim_pending(10, T0, LEASE) == []
    assert [m.id for m in await store.claim_pending(10, T0 + LEASE * 2, LEASE)] == [message_id]


async def test_without_room_the_message_is_left_to_be_claimed(store: Store) -> None:
    taker = Taker(room=0)
    message_id = await submit_one(store, taker)
    assert taker.handed == []
    assert taker.woken == 1
    assert [m.id for m in await store.claim_pending(10, T0, LEASE)] == [message_id]


async def test_a_message_stored_before_is_not_claimed_again(store: Store) -> None:
    (first,) = await store.receive([incoming(b"same")])
    stored = await store.receive_claimed([incoming(b"same"), incoming(b"new")], 2, T0 + LEASE)
    assert stored[0] == (first, False)
    assert stored[1][1] is True
    assert [m.id for m in await store.claim_pending(10, T0, LEASE)] == [first]


async def test_worker_processes_what_is_handed_over_and_releases_the_rest_on_stop(
    store: Store,
) -> None:
    worker = Worker(Recorder(store), parse.parse, classify.classify, clock=lambda: T0)
    committer = GroupCommitter(store, worker, lease=LEASE, clock=lambda: T0)
    committer.start()
    message_id = await committer.submit(incoming(dsn("gone@example.com")))
    await committer.stop()
    assert await store.claim_pending(10, T0, LEASE) == []  # claimed: only the worker has it
    assert await worker.drain() == 1
    assert (await store.lookup(["gone@example.com"]))["gone@example.com"].state == "suppressed"

    other = await store.receive_claimed([incoming(dsn("later@example.com"))], 1, T0 + LEASE)
    (pending,) = await store.claim_pending(1, T0 + LEASE * 2, LEASE)  # to hand it over again
    worker.hand_over([pending])
    worker.stop()
    await worker.run()  # stops at once, and gives back what it had not processed
    assert [m.id for m in await store.claim_pending(10, T0, LEASE)] == [other[0][0]]
    counts = await store.message_counts()
    assert counts == {MessageStatus.PROCESSED: 1, MessageStatus.PENDING: 1}
    assert message_id != other[0][0]


async def test_sqlite_writer_commits_urgent_work_first(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'order.db'}")
    await store.upgrade()
    writer = SqliteWriter(async_url(f"sqlite:///{tmp_path / 'order.db'}"))
    order: list[str] = []
    gate, started = threading.Event(), threading.Event()

    def job(name: str) -> object:
        def work(conn: Connection) -> None:
            if name == "running":
                started.set()
                gate.wait(30)
            conn.execute(select(StoredMessage.id)).all()
            order.append(name)

        return work

    try:
        running = asyncio.ensure_future(writer.run(job("running")))
        assert await asyncio.to_thread(started.wait, 30)
        later = asyncio.ensure_future(writer.run(job("processing")))
        receive = asyncio.ensure_future(writer.run(job("receive"), urgent=True))
        await asyncio.sleep(0)
        assert writer.waiting == 2
        gate.set()
        await asyncio.gather(running, later, receive)
    finally:
        gate.set()
        await writer.close()
        await store.close()
    assert order == ["running", "receive", "processing"]


async def test_sqlite_writer_commits_received_messages_on_disk_and_records_lazily(
    tmp_path: Path,
) -> None:
    """A received message's commit is on disk when it returns (synchronous FULL); a record
    transaction asked without sync is not waited for (NORMAL), and the next one is FULL
    again."""
    store = Store.open(f"sqlite:///{tmp_path / 'sync.db'}")
    await store.upgrade()
    writer = SqliteWriter(async_url(f"sqlite:///{tmp_path / 'sync.db'}"))

    def synchronous(conn: Connection) -> int:
        return int(conn.exec_driver_sql("PRAGMA synchronous").scalar_one())

    def raw(dbapi: Any, dialect: Any) -> int:
        return int(dbapi.execute("PRAGMA synchronous").fetchone()[0])

    try:
        seen = [
            await writer.run(synchronous),
            await writer.run(synchronous, sync=False),
            await writer.run_raw(raw, urgent=True),
            await writer.run(synchronous, sync=False),
            await writer.run(synchronous),
        ]
    finally:
        await writer.close()
        await store.close()
    assert seen == [2, 1, 2, 1, 2]  # FULL = 2, NORMAL = 1


async def test_worker_records_without_waiting_for_the_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's record transactions are asked without sync (a record that a power failure
    undoes leaves its message pending, processed again); what they record is all there."""
    syncs: list[bool] = []
    transaction = Store.transaction

    async def counted(self: Store, work: Any, *, sync: bool = True) -> Any:
        syncs.append(sync)
        return await transaction(self, work, sync=sync)

    monkeypatch.setattr(Store, "transaction", counted)
    worker = Worker(Recorder(store), parse.parse, classify.classify, clock=lambda: T0)
    count = 7
    await store.receive([incoming(dsn(f"u{i}@example.com")) for i in range(count)])
    assert await worker.drain() == count
    assert syncs == [False]
    counts = await store.message_counts()
    assert counts == {MessageStatus.PROCESSED: count}
    found = await store.lookup([f"u{i}@example.com" for i in range(count)])
    assert [info.state for info in found.values()] == ["suppressed"] * count


async def test_postgresql_unreachable_is_an_outage_when_receiving() -> None:
    """A received message that cannot be stored because PostgreSQL is unreachable fails as an
    outage (every waiting sender answered 451 at once), not as a fault of the message."""
    store = Store.open("postgresql://bouncesink:x@127.0.0.1:1/bouncesink")
    try:
        with pytest.raises(StoreError) as failed:
            await store.receive([incoming(b"a bounce")])
        assert is_outage(failed.value)
    finally:
        await store.close()
