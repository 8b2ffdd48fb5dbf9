"""HTTP API lookup speed over a database of N addresses, server and client in two processes.

Usage::

    .venv/bin/python bench/api_lookup.py [--addresses 1000000] [--lookups 2000]
        [--concurrency 16] [--checks 20] [--pages 50] [--database sqlite|postgresql|both]

The addresses are inserted straight into the ``addresses`` table (SQLAlchemy Core,
executemany in large transactions): 10 % suppressed, 5 % soft, the rest active. The API
(bouncesink.api, as the daemon serves it) runs in a child process; this process is the
client (aiohttp), so client and server have their own loops, CPUs and connection pools.

Figures, per database:

- single lookups, one at a time: ``GET /v1/suppressions/{address}`` (90 % stored, 10 % not:
  404), latency p50/p99 and requests/s;
- the same with ``--concurrency`` requests in flight;
- bulk checks, one at a time: ``POST /v1/suppressions/check`` of 10,000 addresses (half
  stored), latency p50/p99, requests/s and addresses/s;
- ``GET /v1/suppressions`` pages of 100 (state=suppressed, then any), following the cursor.

PostgreSQL is measured when BOUNCESINK_TEST_PG_URL is set (a database is created for the run
and dropped after it). On a 2-core machine client and server share the CPUs: the figures are
for the whole round trip, not for the server alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench._support import (  # noqa: E402
    address,
    address_row,
    admin_sql,
    drop_database,
    insert_rows,
)
from bouncesink import api  # noqa: E402
from bouncesink.config import ApiConfig  # noqa: E402
from bouncesink.metrics import Metrics  # noqa: E402
from bouncesink.recording import Recorder  # noqa: E402
from bouncesink.store import Store  # noqa: E402
from bouncesink.store.models import AddressRow  # noqa: E402

TOKEN = "bench-read-token-0123456789"
CHECK_SIZE = 10_000


async def populate(url: str, count: int) -> float:
    """Create the schema and insert `count` addresses; returns the seconds it took."""
    store = Store.open(url)
    try:
        await store.upgrade()
        start = time.perf_counter()
        await insert_rows(
            store,
            AddressRow,
            address_row,
            count,
            lambda done: print(f"  inserted {done:,}/{count:,}", end="\r", file=sys.stderr),
        )
        print(file=sys.stderr)
        if store.dialect == "postgresql":
            async with store.engines.writer.connect() as conn:
                await conn.exec_driver_sql("ANALYZE addresses")
        return time.perf_counter() - start
    finally:
        await store.close()


# -- the server process ---------------------------------------------------------------------


async def serve(url: str) -> None:
    store = Store.open(url)
    app = api.build_app(Recorder(store), ApiConfig(read_tokens=[TOKEN]), Metrics())
    runner, port = await api.start_api(app, "127.0.0.1", 0)
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # until the client closes our stdin
    await runner.cleanup()
    await store.close()


# -- the client -----------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def timed(
    jobs: Sequence[Callable[[], Awaitable[None]]], concurrency: int
) -> tuple[list[float], float]:
    """Run the jobs with `concurrency` in flight; (latency of each, wall time)."""
    latencies: list[float] = []
    queue = list(reversed(jobs))

    async def worker() -> None:
        while queue:
            job = queue.pop()
            start = time.perf_counter()
            await job()
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - start


async def client(port: int, count: int, args: argparse.Namespace) -> list[tuple[str, ...]]:
    rng = random.Random(1)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    results: list[tuple[str, ...]] = []
    connector = aiohttp.TCPConnector(limit=max(args.concurrency, 1))
    async with aiohttp.ClientSession(base, headers=headers, connector=connector) as session:

        def lookup(i: int) -> Callable[[], Awaitable[None]]:
            async def run() -> None:
                async with session.get(f"/v1/suppressions/{address(i)}") as response:
                    await response.read()
                    assert response.status == (200 if i < count else 404), response.status

            return run

        def check(wanted: list[str]) -> Callable[[], Awaitable[None]]:
            async def run() -> None:
                async with session.post(
                    "/v1/suppressions/check", json={"addresses": wanted}
                ) as response:
                    body = await response.json()
                    assert response.status == 200 and len(body["results"]) == len(wanted)

            return run

        def pick() -> int:  # 90 % stored addresses, 10 % never seen
            return rng.randrange(count) if rng.random() < 0.9 else count + rng.randrange(count)

        await timed([lookup(i) for i in range(50)], 1)  # warm the pools
        for label, concurrency in (("lookup, 1 in flight", 1), ("lookup", args.concurrency)):
            jobs = [lookup(pick()) for _ in range(args.lookups)]
            lat, wall = await timed(jobs, concurrency)
            if concurrency > 1:
                label = f"lookup, {concurrency} in flight"
            results.append(_line(label, lat, wall, 1))
        checks = []
        for _ in range(args.checks):
            stored = [address(rng.randrange(count)) for _ in range(CHECK_SIZE // 2)]
            absent = [
                address(count + rng.randrange(10 * CHECK_SIZE)) for _ in range(CHECK_SIZE // 2)
            ]
            checks.append(check(stored + absent))
        lat, wall = await timed(checks, 1)
        results.append(_line(f"check of {CHECK_SIZE:,}, 1 in flight", lat, wall, CHECK_SIZE))
        for state in ("suppressed", "any"):
            lat, wall = await list_pages(session, state, args.pages)
            results.append(_line(f"list state={state}, page of 100", lat, wall, 100))
    return results


async def list_pages(
    session: aiohttp.ClientSession, state: str, pages: int
) -> tuple[list[float], float]:
    """Follow next_cursor through `pages` pages of GET /v1/suppressions."""
    latencies: list[float] = []
    params = {"state": state, "limit": "100"}
    begin = time.perf_counter()
    for _ in range(pages):
        start = time.perf_counter()
        async with session.get("/v1/suppressions", params=params) as response:
            body = await response.json()
        latencies.append(time.perf_counter() - start)
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    return latencies, time.perf_counter() - begin


def _line(label: str, latencies: list[float], wall: float, per: int) -> tuple[str, ...]:
    rate = len(latencies) / wall
    return (
        label,
        f"{len(latencies):,}",
        f"{percentile(latencies, 0.5) * 1000:.2f}",
        f"{percentile(latencies, 0.99) * 1000:.2f}",
        f"{rate:,.0f}",
        f"{rate * per:,.0f}",
    )


async def measure(url: str, count: int, args: argparse.Namespace) -> list[tuple[str, ...]]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--serve",
        url,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stdin is not None
    try:
        port = int(await proc.stdout.readline())
        return await client(port, count, args)
    finally:
        proc.stdin.close()
        await asyncio.wait_for(proc.wait(), 60)


# -- databases --------------------------------------------------------------------------------


async def run_database(name: str, url: str, args: argparse.Namespace) -> list[tuple[str, ...]]:
    print(f"{name}: inserting {args.addresses:,} addresses", file=sys.stderr)
    seconds = await populate(url, args.addresses)
    print(f"{name}: {args.addresses / seconds:,.0f} rows/s inserted", file=sys.stderr)
    return [(name, *line) for line in await measure(url, args.addresses, args)]


async def main_async(args: argparse.Namespace) -> list[tuple[str, ...]]:
    lines: list[tuple[str, ...]] = []
    if args.database in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            lines += await run_database("sqlite", f"sqlite:///{tmp}/bench.db", args)
    base = os.environ.get("BOUNCESINK_TEST_PG_URL")
    if args.database in ("postgresql", "both") and base:
        db = f"bouncesink_bench_{uuid.uuid4().hex[:8]}"
        await admin_sql(base, f'CREATE DATABASE "{db}"')
        try:
            url = make_url(base).set(database=db).render_as_string(hide_password=False)
            lines += await run_database("postgresql", url, args)
        finally:
            # waits out an autovacuum worker, which a forced drop cannot end (asyncio.run of
            # its own: in a thread)
            await asyncio.to_thread(drop_database, base, db)
    elif args.database in ("postgresql", "both"):
        print("postgresql: skipped (BOUNCESINK_TEST_PG_URL not set)", file=sys.stderr)
    print_table(args, lines)
    return lines


HEADER = ("database", "requests", "count", "p50 ms", "p99 ms", "req/s", "addresses/s")


def print_table(args: argparse.Namespace, lines: list[tuple[str, ...]]) -> None:
    header = HEADER
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines, strict=True)]
    print(f"API lookups over {args.addresses:,} stored addresses ({os.cpu_count()} CPUs)")
    for line in (header, *lines):
        cells = [
            str(c).ljust(w) if i < 2 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--addresses", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--checks", type=int, default=20)
    parser.add_argument("--pages", type=int, default=50, help="list pages followed")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--serve", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.serve))
    else:
        lines = asyncio.run(main_async(args))
        if args.json:
            figures = [dict(zip(HEADER, line, strict=True)) for line in lines]
            Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
