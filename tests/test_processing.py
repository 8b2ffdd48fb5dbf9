"""Parsing off the event loop, within a time budget: a pathological message is isolated."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from bouncesink import classify, parse
from bouncesink.pipeline import Pending, process_all
from bouncesink.processing import PoolProcessor, ThreadProcessor
from bouncesink.types import MessageStatus, Report

from .dsn import dsn

HANG = b"X-Test-Hang: yes"


def hanging_parse(raw: bytes) -> Report:
    """The real parser, except that it never returns on a marked message."""
    if HANG in raw:
        while True:
            time.sleep(1)
    return parse.parse(raw)


def pending(i: int, raw: bytes) -> Pending:
    return Pending(i, raw, datetime.now(UTC), "", ("b@bounces.example.org",))


async def test_a_message_over_budget_is_kept_as_unparsable_and_the_rest_goes_on() -> None:
    batch = [
        pending(1, dsn("a@example.com")),
        pending(2, HANG + b"\r\n" + dsn("b@example.com")),
        pending(3, dsn("c@example.com")),
    ]
    pool = PoolProcessor(
        process_all, hanging_parse, classify.classify, processes=1, budget_seconds=2.0
    )
    try:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.05)
                ticks += 1

        tick_task = asyncio.create_task(ticker())
        outcomes = await pool.process(batch)
        tick_task.cancel()
        # and the pool works again afterwards
        again = await pool.process([pending(4, dsn("d@example.com"))])
    finally:
        await pool.close()
    by_id = {o.message_id: o for o in outcomes}
    assert by_id[1].status == by_id[3].status == MessageStatus.PROCESSED
    assert by_id[2].status == MessageStatus.UNPARSABLE
    assert "longer than 2 s" in (by_id[2].error or "")
    assert [e.address for e in by_id[3].events] == ["c@example.com"]
    assert again[0].events[0].address == "d@example.com"
    assert ticks > 10  # the event loop went on while the message hung


async def test_thread_and_pool_give_the_same_outcomes() -> None:
    batch = [pending(i, dsn(f"u{i}@example.com", msgid=str(i))) for i in range(40)]
    pool = PoolProcessor(
        process_all, parse.parse, classify.classify, processes=2, budget_seconds=30
    )
    try:
        from_pool = await pool.process(batch)
    finally:
        await pool.close()
    from_thread = await ThreadProcessor(process_all, parse.parse, classify.classify).process(batch)
    assert from_pool == from_thread


async def test_a_pool_whose_process_died_recovers() -> None:
    """A worker process killed between batches (OOM killer, operator) costs nothing: the
    next batch gets a fresh pool and every message is processed."""
    import os
    import signal

    pool = PoolProcessor(
        process_all, parse.parse, classify.classify, processes=1, budget_seconds=30
    )
    try:
        await pool.process([pending(1, dsn("a@example.com"))])
        executor = pool._pool
        assert executor is not None
        for proc in list(executor._processes.values()):  # type: ignore[attr-defined]
            os.kill(proc.pid, signal.SIGKILL)
        await asyncio.sleep(0.5)
        outcomes = await pool.process([pending(2, dsn("b@example.com", msgid="2"))])
    finally:
        await pool.close()
    assert [o.status for o in outcomes] == [MessageStatus.PROCESSED]
    assert outcomes[0].events[0].address == "b@example.com"
