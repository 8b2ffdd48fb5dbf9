"""Two `bouncesink serve` processes sharing one PostgreSQL (two MX hosts), receiving bounces for
the same addresses at the same time: no lost update, no duplicate event."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bouncesink.store import Store

from .dsn import dsn
from .support import cli, send, serve_process, write_config

ADDRESSES = 6
PER_ADDRESS = 16


def bounce(i: int, j: int) -> bytes:
    """Message j about address i: soft failures, and one hard failure for odd addresses."""
    address = f"user{i}@example.com"
    if i % 2 and j == PER_ADDRESS - 1:
        return dsn(address, msgid=f"{i}-{j}")
    diagnostic = "452 4.2.2 <{0}>: Mailbox full"
    return dsn([(address, "4.2.2", diagnostic)], msgid=f"{i}-{j}")


async def test_two_instances_on_one_postgresql(tmp_path: Path, pg_url: str) -> None:
    config = write_config(tmp_path, pg_url)
    upgrade = await asyncio.to_thread(cli, "db", "upgrade", "--config", str(config))
    assert upgrade.returncode == 0, upgrade.stderr
    jobs = [(i, j) for j in range(PER_ADDRESS) for i in range(ADDRESSES)]
    duplicate = dsn("dup@example.com", msgid="dup")
    with serve_process(config) as sa, serve_process(config) as sb:
        a, b = (sa.host, sa.port), (sb.host, sb.port)

        def deliver(index: int) -> None:
            i, j = jobs[index]
            host, port = (a, b)[index % 2]
            send(host, port, bounce(i, j))

        def deliver_all() -> None:
            with ThreadPoolExecutor(8) as pool:
                list(pool.map(deliver, range(len(jobs))))
                # the very same message to both hosts at once (an MTA retrying elsewhere)
                list(pool.map(lambda hp: send(hp[0], hp[1], duplicate), [a, b]))

        await asyncio.to_thread(deliver_all)
        store = Store.open(pg_url)
        try:
            deadline = time.monotonic() + 60
            while True:
                counts = await store.message_counts()
                if counts.get("pending", 0) == 0 or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.2)
            assert counts == {"processed": len(jobs) + 1}  # the duplicate stored once
            addresses = [f"user{i}@example.com" for i in range(ADDRESSES)]
            rows = await store.lookup([*addresses, "dup@example.com"])
            for i, address in enumerate(addresses):
                row = rows[address]
                assert row.event_count == PER_ADDRESS, address
                assert len(await store.events_of(address)) == PER_ADDRESS, address
                expected = ("suppressed", "hard-bounce") if i % 2 else ("soft", None)
                assert (row.state, row.suppression_reason) == expected, address
            assert rows["dup@example.com"].event_count == 1
            assert len(await store.events_of("dup@example.com")) == 1
        finally:
            await store.close()
