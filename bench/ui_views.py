"""The operator's page at scale: every read it makes, over 1,000,000 addresses and 5,000,000
events, on SQLite and PostgreSQL.

Usage::

    .venv/bin/python bench/ui_views.py [--addresses 1000000] [--events 5000000]
        [--rounds 50] [--database sqlite|postgresql|both] [--quick] [--json FILE]

For each database (a fresh SQLite file with the shipped settings, and a scratch PostgreSQL
database when $BOUNCESINK_TEST_PG_URL is set): the schema is made at revision 0007 (before the
rollups), N addresses, M events spread over the last 30 days (hard, soft, block, complaint,
auto-replies and delivered; 5,000 destination domains, a few big providers first, Zipf-like),
and one stored message for every five events are bulk inserted (the rows bench/store.py's way,
through the driver's own executemany or COPY, which keeps 5,000,000 events to minutes);
then ``db upgrade`` to head fills the rollups from them (migration 0008's backfill, timed),
and recipients sent per domain and hour are inserted for the 500 biggest domains. Each read
of the page is then
run ``--rounds`` times (after a warm-up) and its p50 / p99 printed; the goal is under 100 ms
each.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import functools
import hashlib
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import asyncpg  # type: ignore[import-untyped]  # no stubs
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._support import (  # noqa: E402
    databases,
    percentile,
    pg_base_url,
    scratch_pg_database,
    table,
)
from bouncesink.store import AddressFilter, EventKey, Store  # noqa: E402

NOW = datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
SPAN = timedelta(days=30)
DOMAINS = 5_000
BIG = (
    ("gmail.com", "gmail-smtp-in.l.google.com"),
    ("hotmail.com", "hotmail-com.olc.protection.outlook.com"),
    ("yahoo.com", "mta5.am0.yahoodns.net"),
    ("outlook.com", "outlook-com.olc.protection.outlook.com"),
    ("orange.fr", "smtp-in.orange.fr"),
    ("icloud.com", "mx01.mail.icloud.com"),
    ("gmx.de", "mx00.emig.gmx.net"),
    ("web.de", "mx-ha02.web.de"),
)
# kind, category, reason, share of events
KINDS = (
    ("hard", "bad-mailbox", "userunknown", 0.30),
    ("soft", "quota-issues", "mailboxfull", 0.25),
    ("block", "spam-related", "blocked", 0.20),
    ("complaint", "complaint", "feedback", 0.05),
    ("autoreply", "auto-reply", "vacation", 0.12),
    ("delivered", "delivered", "delivered", 0.08),
)
EVENTS_PER_MESSAGE = 5


def domain_of(d: int) -> tuple[str, str]:
    if d < len(BIG):
        return BIG[d]
    return f"d{d}.example", f"mx.d{d}.example"


# Zipf-like: domain d has weight 1 / (d + 1); a cumulative table picks one from a uniform draw.
_WEIGHTS = [1 / (d + 1) for d in range(DOMAINS)]
_TOTAL = sum(_WEIGHTS)
_CUMULATIVE: list[float] = []
_acc = 0.0
for _w in _WEIGHTS:
    _acc += _w / _TOTAL
    _CUMULATIVE.append(_acc)
DOMAIN_NAMES = [domain_of(d)[0] for d in range(DOMAINS)]
DOMAIN_MTAS = [domain_of(d)[1] for d in range(DOMAINS)]


def pick_domain(u: float) -> int:
    return min(bisect.bisect_left(_CUMULATIVE, u), DOMAINS - 1)


def _unit(i: int, salt: int) -> float:
    """A fixed pseudo-random number in [0, 1) for row i (the same in every run)."""
    return ((i * 2654435761 + salt * 40503) % 2**32) / 2**32


def address_domain(i: int) -> int:
    return pick_domain(_unit(i, 1))


def address(i: int) -> str:
    return f"user{i:08d}@{domain_of(address_domain(i))[0]}"


MINUTES = int(SPAN.total_seconds() // 60)


class Synthetic:
    """The synthetic rows, as tuples of (COLUMNS[table]) values ready for the driver: times
    to the minute, each minute's value made once (text for SQLite, as the store writes it; a
    datetime for PostgreSQL)."""

    COLUMNS: ClassVar[dict[str, tuple[str, ...]]] = {
        "addresses": (
            "address", "domain", "state", "suppression_reason", "soft_score", "kind",
            "category", "reason", "status", "diagnostic", "suppressed_at", "expires_at",
            "last_event_at", "event_count", "updated_at",
        ),
        "messages": (
            "id", "digest", "received_at", "mail_from", "rcpt_to", "peer", "helo", "size",
            "raw", "trust", "status", "attempts", "processed_at",
        ),
        "events": (
            "id", "message_id", "record_index", "address", "domain", "occurred_at", "kind",
            "category", "reason", "rule", "action", "status", "reply_code", "diagnostic",
            "remote_mta", "source", "trusted",
        ),
    }  # fmt: skip

    def __init__(self, addresses: int, events: int, sqlite: bool) -> None:
        self.addresses = addresses
        self.events = events
        self.messages = max(1, events // EVENTS_PER_MESSAGE)
        self.sqlite = sqlite
        moments = [NOW - timedelta(minutes=k) for k in range(MINUTES + 2)]
        self.minute: list[object] = (
            [m.strftime("%Y-%m-%d %H:%M:%S.%f") for m in moments] if sqlite else list(moments)
        )
        self.domain = [address_domain(i) for i in range(addresses)]
        self.yes: object = 1 if sqlite else True

    def _when(self, i: int, salt: int) -> int:
        return int(_unit(i, salt) * MINUTES)

    def address(self, i: int) -> str:
        return f"user{i:08d}@{DOMAIN_NAMES[self.domain[i]]}"

    def address_row(self, i: int) -> tuple[object, ...]:
        at = self.minute[self._when(i, 2)]
        hard = i % 10 == 0
        state = "suppressed" if hard else "soft" if i % 20 == 1 else "active"
        return (
            self.address(i), DOMAIN_NAMES[self.domain[i]], state,
            "hard-bounce" if hard else None, 2 if state == "soft" else 0,
            "hard" if hard else "soft", "bad-mailbox" if hard else "quota-issues",
            "userunknown" if hard else "mailboxfull", "5.1.1" if hard else "4.2.2",
            "550 5.1.1 user unknown" if hard else "452 4.2.2 mailbox full",
            at if hard else None, None, at, 1, at,
        )  # fmt: skip

    def message_row(self, i: int) -> tuple[object, ...]:
        k = self._when(i, 3)
        status = "pending" if i % 5000 == 0 else "unparsable" if i % 97 == 0 else "processed"
        raw = f"bounce {i}".encode()
        return (
            i + 1, hashlib.sha256(raw).hexdigest(), self.minute[k], "",
            json.dumps([f"b-{i:x}@bounces.example.org"]), "192.0.2.1", "mta.example.net",
            len(raw), raw, "unchecked", status, 1,
            None if status == "pending" else self.minute[max(0, k - 1)],
        )  # fmt: skip

    def event_row(self, i: int) -> tuple[object, ...]:
        who = int(_unit(i, 4) * self.addresses)
        message = i // EVENTS_PER_MESSAGE
        kind, category, reason = _kind(_unit(i, 5))
        d = self.domain[who]
        return (
            i + 1, 1 + message % self.messages, i, self.address(who), DOMAIN_NAMES[d],
            self.minute[self._when(message, 3)], kind, category, reason, "status:5.1.1",
            "failed", "5.1.1", 550, "550 5.1.1 no such user", DOMAIN_MTAS[d], "rfc3464",
            self.yes,
        )  # fmt: skip


def _kind(u: float) -> tuple[str, str, str]:
    acc = 0.0
    for kind, category, reason, share in KINDS:
        acc += share
        if u < acc:
            return kind, category, reason
    return KINDS[-1][:3]


def sent_rows(events: int) -> list[dict[str, object]]:
    """Recipients sent per hour to the 500 biggest domains over the 30 days: about 20 times
    the failures, so that rates are a few per cent."""
    rows = []
    hours = int(SPAN.total_seconds() // 3600) + 1
    start = NOW.replace(minute=0, second=0, microsecond=0) - timedelta(hours=hours - 1)
    per_hour = 20 * events / hours
    for d in range(500):
        share = _WEIGHTS[d] / _TOTAL
        for h in range(hours):
            rows.append(
                {
                    "hour": start + timedelta(hours=h),
                    "domain": domain_of(d)[0],
                    "source": "policyd",
                    "sent": max(1, int(per_hour * share)),
                }
            )
    return rows


@dataclass
class Figures:
    database: str
    addresses: int
    events: int
    seed_seconds: float
    backfill_seconds: float
    reads: dict[str, tuple[float, float]]  # name → (p50 ms, p99 ms)


async def bulk_insert(
    store: Store,
    table: str,
    columns: Sequence[str],
    make: Callable[[int], tuple[object, ...]],
    count: int,
) -> None:
    """Rows make(0..count-1) into `table` through the driver itself: sqlite3's executemany
    (values as the store writes them) or PostgreSQL's COPY: the rows bench/store.py's
    insert_rows writes through SQLAlchemy, several times faster at 5,000,000."""
    chunk = 50_000
    if store.dialect == "sqlite":
        path = store.engines.sqlite_path
        assert path is not None
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -262144")  # 256 MiB
            # the table's own indexes are dropped and made again after: one sort each,
            # instead of millions of random inserts (the same schema in the end)
            indexes = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (table,),
            ).fetchall()
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            for first in range(0, count, chunk):
                conn.executemany(sql, [make(i) for i in range(first, min(first + chunk, count))])
                conn.commit()
                progress(f"{table} {min(first + chunk, count):,}/{count:,}")
            for name, create in indexes:
                progress(f"{table}: index {name}")
                conn.execute(create)
            conn.commit()
        finally:
            conn.close()
        return
    url = make_url(store_url(store))
    pg = await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password,
        database=url.database,
    )  # fmt: skip
    try:
        for first in range(0, count, chunk):
            rows = [make(i) for i in range(first, min(first + chunk, count))]
            await pg.copy_records_to_table(table, records=rows, columns=list(columns))
            progress(f"{table} {min(first + chunk, count):,}/{count:,}")
        if "id" in columns:  # identity columns continue after the rows given
            await pg.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
    finally:
        await pg.close()


def store_url(store: Store) -> str:
    return str(store.engines.writer.url.render_as_string(hide_password=False))


async def seed(store: Store, args: argparse.Namespace) -> tuple[float, float]:
    start = time.perf_counter()
    await store.upgrade("0007")
    rows = Synthetic(args.addresses, args.events, sqlite=store.dialect == "sqlite")
    columns = Synthetic.COLUMNS
    await bulk_insert(store, "addresses", columns["addresses"], rows.address_row, rows.addresses)
    await bulk_insert(store, "messages", columns["messages"], rows.message_row, rows.messages)
    await bulk_insert(store, "events", columns["events"], rows.event_row, rows.events)
    seeded = time.perf_counter() - start
    start = time.perf_counter()
    progress("upgrade to head: the rollups' backfill")
    await store.upgrade()
    backfill = time.perf_counter() - start
    sent = sent_rows(args.events)  # sent_hours comes with the upgrade
    sent_columns = ("hour", "domain", "source", "sent")
    text = store.dialect == "sqlite"
    await bulk_insert(
        store,
        "sent_hours",
        sent_columns,
        lambda i: tuple(
            v.strftime("%Y-%m-%d %H:%M:%S.%f") if text and isinstance(v, datetime) else v
            for v in sent[i].values()
        ),
        len(sent),
    )
    async with store.engines.writer.connect() as conn:
        await conn.exec_driver_sql("ANALYZE")
        await conn.commit()
    return seeded, backfill


def reads(store: Store, args: argparse.Namespace) -> dict[str, Callable[[], Awaitable[Any]]]:
    """Every read of the page, by name."""
    rng = random.Random(7)
    found: dict[str, Callable[[], Awaitable[Any]]] = {}
    for name in ("24h", "7d", "30d"):
        found[f"overview {name}"] = functools.partial(store.overview, name, NOW)
        for by in ("domain", "provider"):
            for kind in ("hard", "block", "complaint"):
                found[f"top {by} {kind} {name}"] = functools.partial(store.top, by, kind, name, NOW)
    found["suppressions per day 30d"] = lambda: store.suppressions_per_day(NOW, 30)
    found["backlog"] = store.pending_count
    found["rates 24h, first page"] = lambda: store.rates(NOW, 24, min_sent=100, limit=50)
    found["rates 24h, a later page"] = lambda: _second_rates_page(store)
    found["alerts"] = store.alerts
    found["address lookup"] = lambda: store.lookup([address(rng.randrange(args.addresses))])
    found["address events page"] = lambda: store.events_page(
        address(rng.randrange(args.addresses)), 50, None
    )
    found["address events, next page"] = lambda: store.events_page(
        address(rng.randrange(args.addresses)), 50, EventKey(NOW - timedelta(days=3), 10**12)
    )
    found["suppressed list page"] = lambda: store.list_addresses(AddressFilter(), NOW, 50, None)
    found["recent messages page"] = lambda: store.messages(None, 50)
    found["unparsable messages page"] = lambda: store.messages("unparsable", 50)
    return found


async def _second_rates_page(store: Store) -> Any:
    first = await store.rates(NOW, 24, min_sent=100, limit=50)
    return await store.rates(NOW, 24, min_sent=100, limit=50, after=first.next)


async def measure(url: str, label: str, args: argparse.Namespace) -> Figures:
    store = Store.open(url)
    try:
        seeded, backfill = await seed(store, args)
        figures: dict[str, tuple[float, float]] = {}
        for name, read in reads(store, args).items():
            progress(f"{label}: {name}")
            for _ in range(3):
                await read()
            times = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                await read()
                times.append(time.perf_counter() - t)
            figures[name] = (1000 * percentile(times, 0.5), 1000 * percentile(times, 0.99))
    finally:
        await store.close()
    return Figures(label, args.addresses, args.events, seeded, backfill, figures)


def progress(text: str) -> None:
    print(f"  ui_views: {text}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> list[Figures]:
    figures = []
    for database in databases(args.database):
        if database == "sqlite":
            with tempfile.TemporaryDirectory(prefix="bench-ui-") as tmp:
                url = f"sqlite:///{Path(tmp) / 'ui.db'}"
                figures.append(asyncio.run(measure(url, "SQLite", args)))
        else:
            base = pg_base_url()
            assert base is not None
            with scratch_pg_database(base, "bench_ui") as url:
                figures.append(asyncio.run(measure(url, "PostgreSQL", args)))
    return figures


def report(figures: Sequence[Figures]) -> str:
    if not figures:
        return "ui_views: no database measured"
    f0 = figures[0]
    names = list(f0.reads)
    headers = ["read"] + [f"{f.database} {q}" for f in figures for q in ("p50 ms", "p99 ms")]
    rows = [[name] + [f"{f.reads[name][i]:.1f}" for f in figures for i in (0, 1)] for name in names]
    lines = [
        f"The operator's page over {f0.addresses:,} addresses and {f0.events:,} events "
        "(goal: every read under 100 ms)",
        table(headers, rows),
    ]
    for f in figures:
        slowest = max(f.reads.values(), key=lambda v: v[1])
        lines.append(
            f"{f.database}: seeded in {f.seed_seconds:.0f} s, rollups backfilled by the "
            f"upgrade in {f.backfill_seconds:.0f} s; slowest p99 {slowest[1]:.1f} ms"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--addresses", type=int, default=None, help="default 1,000,000")
    parser.add_argument("--events", type=int, default=None, help="default 5,000,000")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--quick", action="store_true", help="50,000 addresses, 250,000 events")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.addresses is None:
        args.addresses = 50_000 if args.quick else 1_000_000
    if args.events is None:
        args.events = 250_000 if args.quick else 5_000_000
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
