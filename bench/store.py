"""The store at scale: lookups, bulk checks and event recording over N addresses.

Usage::

    .venv/bin/python bench/store.py [--addresses 1000000] [--lookups 10000] [--checks 5]
        [--check-size 100000] [--events 20000] [--batch 200]
        [--database sqlite|postgresql|both] [--quick] [--json FILE]

For each database (a fresh SQLite file with the shipped settings — WAL, ``synchronous=FULL`` —
and, when $BOUNCESINK_TEST_PG_URL is set, a scratch PostgreSQL database), in this process:

- **populate**: N rows straight into ``addresses`` (SQLAlchemy Core executemany in large
  transactions; 10 % suppressed, 5 % soft, the rest active), then pending ``messages`` rows
  for the recording step; rows/s is printed too;
- **lookup**: ``Store.lookup([address])`` one at a time (90 % stored addresses, 10 % never
  seen), latency p50/p99 — target p99 under 5 ms;
- **bulk check**: ``Store.check_addresses`` (the query behind ``POST
  /v1/suppressions/check``) of ``--check-size`` addresses, half stored and half not — target
  under 2 s;
- **record**: ``Recorder.record`` of batches of ``--batch`` processed messages, one event each
  about a distinct stored address, as the worker makes them (events inserted, the messages
  marked processed, the addresses re-derived): events/s and the latency of one batch.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from bench._support import (  # noqa: E402
    address,
    address_row,
    databases,
    insert_rows,
    percentile,
    pg_base_url,
    scratch_pg_database,
    table,
)
from bouncesink.pipeline import NewEvent, Outcome  # noqa: E402
from bouncesink.recording import Recorder  # noqa: E402
from bouncesink.store import Store  # noqa: E402
from bouncesink.store.models import AddressRow, StoredMessage  # noqa: E402
from bouncesink.types import Category, Kind, MessageStatus, Reason  # noqa: E402

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def message_row(i: int) -> dict[str, object]:
    raw = f"bounce {i}".encode()
    return {
        "digest": hashlib.sha256(raw).hexdigest(),
        "received_at": NOW - timedelta(seconds=i),
        "mail_from": "",
        "rcpt_to": [f"b-{i:x}@bounces.example.org"],
        "peer": "127.0.0.1",
        "helo": "mta.example.net",
        "size": len(raw),
        "raw": raw,
        "trust": "unchecked",
        "status": MessageStatus.PENDING,
        "attempts": 1,
    }


@dataclass
class Figures:
    database: str
    addresses: int
    insert_rate: float
    lookups: int
    lookup_p50_ms: float
    lookup_p99_ms: float
    lookup_rate: float
    check_size: int
    checks: int
    check_median_s: float
    check_max_s: float
    found_per_check: int
    events: int
    batch: int
    record_rate: float
    record_p50_ms: float
    record_p99_ms: float


async def measure(url: str, label: str, args: argparse.Namespace) -> Figures:
    rng = random.Random(4)
    n = args.addresses
    store = Store.open(url)
    try:
        await store.upgrade()
        insert_rate = await insert_rows(
            store, AddressRow, address_row, n, lambda done: progress(f"addresses {done:,}/{n:,}")
        )
        await insert_rows(
            store,
            StoredMessage,
            message_row,
            args.events,
            lambda done: progress(f"messages {done:,}/{args.events:,}"),
        )
        async with store.engines.writer.connect() as conn:
            await conn.exec_driver_sql("ANALYZE")
            await conn.commit()

        def pick() -> str:  # 90 % stored addresses, 10 % never seen
            return address(rng.randrange(n) if rng.random() < 0.9 else n + rng.randrange(n))

        progress(f"{label}: lookups")
        for _ in range(200):  # warm the pool and the statement cache
            await store.lookup([pick()])
        latencies: list[float] = []
        start = time.perf_counter()
        for _ in range(args.lookups):
            wanted = pick()
            t = time.perf_counter()
            await store.lookup([wanted])
            latencies.append(time.perf_counter() - t)
        lookup_wall = time.perf_counter() - start

        progress(f"{label}: bulk checks")
        half = args.check_size // 2
        check_times: list[float] = []
        found = 0
        for _ in range(args.checks):
            stored = [address(i) for i in rng.sample(range(n), min(half, n))]
            absent = [address(n + i) for i in rng.sample(range(10 * half), half)]
            wanted = stored + absent
            rng.shuffle(wanted)
            t = time.perf_counter()
            result = await store.check_addresses(wanted)
            check_times.append(time.perf_counter() - t)
            found = len(result)

        progress(f"{label}: record")
        ids = await message_ids(store, args.events)
        targets = rng.sample(range(n), min(len(ids), n))
        batches = [ids[i : i + args.batch] for i in range(0, len(ids), args.batch)]
        batch_times: list[float] = []
        events = 0
        start = time.perf_counter()
        for number, batch in enumerate(batches):
            base = number * args.batch
            outcomes = [
                Outcome(
                    message_id,
                    MessageStatus.PROCESSED,
                    "dsn",
                    None,
                    (event(address(targets[(base + k) % len(targets)]), k),),
                )
                for k, message_id in enumerate(batch)
            ]
            received = {message_id: NOW - timedelta(minutes=1) for message_id in batch}
            t = time.perf_counter()
            await Recorder(store).record(outcomes, received, NOW)
            batch_times.append(time.perf_counter() - t)
            events += len(outcomes)
        record_wall = time.perf_counter() - start
    finally:
        await store.close()
    return Figures(
        database=label,
        addresses=n,
        insert_rate=insert_rate,
        lookups=args.lookups,
        lookup_p50_ms=1000 * percentile(latencies, 0.50),
        lookup_p99_ms=1000 * percentile(latencies, 0.99),
        lookup_rate=args.lookups / lookup_wall,
        check_size=args.check_size,
        checks=args.checks,
        check_median_s=percentile(check_times, 0.5),
        check_max_s=max(check_times),
        found_per_check=found,
        events=events,
        batch=args.batch,
        record_rate=events / record_wall,
        record_p50_ms=1000 * percentile(batch_times, 0.5),
        record_p99_ms=1000 * percentile(batch_times, 0.99),
    )


def event(addr: str, k: int) -> NewEvent:
    """A hard bounce, a soft one or a block, as the classifier would say them."""
    if k % 10 < 7:
        return NewEvent(
            0, addr, Kind.HARD, Category.BAD_MAILBOX, Reason.USERUNKNOWN, "status 5.1.1",
            "failed", "5.1.1", 550, f"550 5.1.1 <{addr}>: User unknown", "mx.example.net",
            "rfc3464",
        )  # fmt: skip
    if k % 10 < 9:
        return NewEvent(
            0, addr, Kind.SOFT, Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "status 5.2.2",
            "failed", "5.2.2", 552, f"552 5.2.2 <{addr}>: Mailbox full", "mx.example.net",
            "rfc3464",
        )  # fmt: skip
    return NewEvent(
        0, addr, Kind.BLOCK, Category.SPAM_RELATED, Reason.BLOCKED, "text blocked", "failed",
        "5.7.1", 554, "554 5.7.1 Client host blocked using a DNSBL", "mx.example.net", "rfc3464",
    )  # fmt: skip


async def message_ids(store: Store, count: int) -> list[int]:
    from sqlalchemy import select

    async with store.engines.reader.connect() as conn:
        result = await conn.execute(
            select(StoredMessage.id)
            .where(StoredMessage.status == MessageStatus.PENDING)
            .order_by(StoredMessage.id)
            .limit(count)
        )
        return list(result.scalars())


def progress(text: str) -> None:
    print(f"  store: {text}", end="\r" if text[-1].isdigit() else "\n", file=sys.stderr)


def run(args: argparse.Namespace) -> list[Figures]:
    pg = pg_base_url()
    figures = []
    for database in databases(args.database):
        if database == "sqlite":
            with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
                url = f"sqlite:///{Path(tmp) / 'store.db'}"
                figures.append(asyncio.run(measure(url, "SQLite", args)))
        else:
            assert pg is not None
            with scratch_pg_database(pg, "bench_store") as url:
                figures.append(asyncio.run(measure(url, "PostgreSQL", args)))
    return figures


def report(figures: Sequence[Figures]) -> str:
    if not figures:
        return "store: no database measured"
    f0 = figures[0]
    return "\n".join(
        [
            f"Store over {f0.addresses:,} addresses (targets: lookup p99 < 5 ms, "
            f"bulk check of {f0.check_size:,} < 2 s)",
            table(
                (
                    "database",
                    "insert rows/s",
                    "lookup p50 ms",
                    "lookup p99 ms",
                    "lookups/s",
                    f"check {f0.check_size // 1000}k median s",
                    "check max s",
                    "found",
                    "record events/s",
                    f"batch of {f0.batch} p50 ms",
                    "p99 ms",
                ),
                [
                    (
                        f.database,
                        f"{f.insert_rate:,.0f}",
                        f"{f.lookup_p50_ms:.2f}",
                        f"{f.lookup_p99_ms:.2f}",
                        f"{f.lookup_rate:,.0f}",
                        f"{f.check_median_s:.2f}",
                        f"{f.check_max_s:.2f}",
                        f"{f.found_per_check:,}",
                        f"{f.record_rate:,.0f}",
                        f"{f.record_p50_ms:.0f}",
                        f"{f.record_p99_ms:.0f}",
                    )
                    for f in figures
                ],
            ),
            f"({f0.lookups:,} lookups one at a time; {f0.checks} checks; "
            f"{f0.events:,} events recorded, one per message)",
        ]
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--addresses", type=int, default=None, help="default 1,000,000")
    parser.add_argument("--lookups", type=int, default=None, help="default 10,000")
    parser.add_argument("--checks", type=int, default=None, help="default 5")
    parser.add_argument("--check-size", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=None, help="default 10,000")
    parser.add_argument("--batch", type=int, default=200, help="messages per Recorder.record")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--quick", action="store_true", help="small counts")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    quick = args.quick
    for name, full, small in (
        ("addresses", 1_000_000, 50_000),
        ("lookups", 10_000, 2_000),
        ("checks", 5, 2),
        ("events", 10_000, 4_000),
    ):
        if getattr(args, name) is None:
            setattr(args, name, small if quick else full)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    figures = run(args)
    print(report(figures))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(f) for f in figures], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
