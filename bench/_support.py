"""Helpers shared by the benchmarks: which databases to measure, scratch PostgreSQL databases,
bulk inserts of synthetic rows, percentiles and plain-text tables."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg  # type: ignore[import-untyped]  # no stubs
from sqlalchemy import insert
from sqlalchemy.engine import make_url

from bouncesink.store import Store

PG_ENV = "BOUNCESINK_TEST_PG_URL"


INSERT_BATCH = 20_000  # rows per executemany
INSERT_TRANSACTION = 200_000  # rows per transaction


def pg_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def databases(choice: str) -> list[str]:
    """The databases a ``--database sqlite|postgresql|both`` asks for that can be measured
    here (PostgreSQL only when $BOUNCESINK_TEST_PG_URL names a server)."""
    chosen = ["sqlite", "postgresql"] if choice == "both" else [choice]
    if "postgresql" in chosen and pg_base_url() is None:
        print(f"PostgreSQL skipped: {PG_ENV} is not set", file=sys.stderr)
        chosen.remove("postgresql")
    return chosen


async def insert_rows(
    store: Store,
    model: type,
    make: Callable[[int], dict[str, Any]],
    count: int,
    progress: Callable[[int], None] = lambda done: None,
) -> float:
    """Insert make(0..count-1) into the model's table in large batches; rows per second."""
    start = time.perf_counter()
    for first in range(0, count, INSERT_TRANSACTION):
        last = min(first + INSERT_TRANSACTION, count)
        async with store.engines.writer.begin() as conn:
            for lo in range(first, last, INSERT_BATCH):
                rows = [make(i) for i in range(lo, min(lo + INSERT_BATCH, last))]
                await conn.execute(insert(model), rows)
        progress(last)
    return count / (time.perf_counter() - start)


async def admin_sql(url: str, sql: str) -> None:
    u = make_url(url)
    conn = await asyncpg.connect(
        host=u.host, port=u.port or 5432, user=u.username, password=u.password, database=u.database
    )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextlib.contextmanager
def scratch_pg_database(base: str, prefix: str) -> Iterator[str]:
    """A fresh PostgreSQL database (its URL), dropped on exit. Call outside a running loop."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    asyncio.run(admin_sql(base, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(base, name)


def drop_database(base: str, name: str) -> None:
    """Drop a scratch database; an autovacuum worker on it (which only a superuser may
    terminate) is waited for, and a database that cannot be dropped is only reported."""
    for _ in range(30):
        try:
            asyncio.run(admin_sql(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except asyncpg.InsufficientPrivilegeError:
            time.sleep(1)
    print(f"warning: could not drop scratch database {name}", file=sys.stderr)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(r: Sequence[str]) -> str:
        parts = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


# -- synthetic address rows, shared by the store and API benchmarks -----------------------------

ROWS_T0 = datetime(2026, 1, 1, tzinfo=UTC)


def address(i: int) -> str:
    return f"user{i:08d}@example{i % 97}.com"


def address_row(i: int) -> dict[str, object]:
    """Row i of the addresses table: 10 % suppressed, 5 % soft, the rest active."""
    at = ROWS_T0 + timedelta(seconds=i * 7 % 20_000_000)
    state = "suppressed" if i % 10 == 0 else "soft" if i % 20 == 1 else "active"
    hard = state == "suppressed"
    return {
        "address": address(i),
        "domain": f"example{i % 97}.com",
        "state": state,
        "suppression_reason": "hard-bounce" if hard else None,
        "soft_score": 2 if state == "soft" else 0,
        "kind": "hard" if hard else "soft",
        "category": "bad-mailbox" if hard else "quota-issues",
        "reason": "userunknown" if hard else "mailboxfull",
        "status": "5.1.1" if hard else "4.2.2",
        "diagnostic": "550 5.1.1 user unknown" if hard else "452 4.2.2 mailbox full",
        "suppressed_at": at if hard else None,
        "expires_at": None,
        "last_event_at": at,
        "event_count": 1,
        "updated_at": at,
    }
