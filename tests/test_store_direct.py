"""The SQLite writer's direct statements store exactly what SQLAlchemy's own path stores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text

from bouncesink.pipeline import Incoming
from bouncesink.store import Store, rollups, sent
from bouncesink.store import statements as stmts
from bouncesink.store.direct import Direct
from bouncesink.store.engine import Engines
from bouncesink.store.models import Base

T0 = datetime(2026, 11, 27, 8, 7, 9, 833096, tzinfo=UTC)
LATER = datetime(2026, 11, 28, 1, 2, 3, tzinfo=UTC) + timedelta(microseconds=7)


def received(i: int) -> dict[str, Any]:
    return {
        "digest": f"{i:064x}",
        "received_at": T0 + timedelta(seconds=i),
        "mail_from": "" if i % 2 else "mailer-daemon@example.com",
        "rcpt_to": [f"b-{i}@bounces.example.org", "ünï@bounces.example.org"][: 1 + i % 2],
        "peer": "192.0.2.7",
        "helo": None if i % 3 else "mx.example.com",
        "size": 3,
        "raw": b"\x00\xffraw" * (i + 1),
        "trust": "unchecked",
        "token": None,
        "status": "pending",
        "attempts": i % 2,
        "claimed_until": None if i % 2 else LATER,
    }


def event(i: int) -> dict[str, Any]:
    return {
        "message_id": 1 + i // 2,
        "record_index": i % 2,
        "address": f"user{i}@example.com",
        "domain": "example.com",
        "occurred_at": T0,
        "kind": "hard",
        "category": "bad-mailbox",
        "reason": "userunknown",
        "rule": "status:5.1.1",
        "action": "failed" if i % 2 else None,
        "status": "5.1.1",
        "reply_code": 550 if i % 2 else None,
        "diagnostic": "550 5.1.1 <user@example.com>: Recipient address rejected \u2018x\u2019",
        "remote_mta": None,
        "source": "rfc3464",
        "trusted": bool(i % 3),
    }


def processed(i: int) -> dict[str, Any]:
    return {
        "b_id": 1 + i,
        "status": "processed",
        "message_type": "dsn",
        "error": None if i % 2 else "x" * 10,
        "processed_at": LATER,
        "claimed_until": None,
    }


def blank(i: int) -> dict[str, Any]:
    return {
        "address": f"user{i}@example.com",
        "domain": "example.com",
        "state": "active",
        "soft_score": 0,
        "event_count": 0,
        "updated_at": T0,
    }


def derived(i: int) -> dict[str, Any]:
    return {
        "b_address": f"user{i}@example.com",
        "state": "suppressed",
        "suppression_reason": "hard-bounce",
        "soft_score": i,
        "kind": "hard",
        "category": "bad-mailbox",
        "reason": "userunknown",
        "status": "5.1.1",
        "diagnostic": "550 5.1.1 user unknown",
        "suppressed_at": T0,
        "expires_at": None if i % 2 else LATER,
        "last_event_at": LATER,
        "event_count": 1,
        "updated_at": LATER,
    }


def counted(i: int, keys: tuple[str, ...]) -> dict[str, Any]:
    """A rollup row; rows i and i + 3 have the same key."""
    values = {
        "kind": ("hard", "soft", "block")[i % 3],
        "hour": T0.replace(minute=0, second=0, microsecond=0) + timedelta(hours=i % 3),
        "domain": f"d{i % 3}.example",
        "provider": "google" if i % 3 else "d0.example",
        "measure": ("received", "processed", "unparsable")[i % 3],
    }
    return {**{k: values[k] for k in keys}, "count": (-1 if i == 5 else 1) * (i + 1)}


def sent_row(i: int) -> dict[str, Any]:
    hour = LATER.replace(minute=0, second=0, microsecond=0)
    return {"hour": hour, "domain": f"d{i % 3}.example", "source": "mailer", "sent": 10 * i}


# statement, its rows, the tables filled before, the table compared, whether it returns rows
CASES: dict[str, tuple[Direct, list[dict[str, Any]], list[str], str, bool]] = {
    "store received": (stmts.STORE_RECEIVED, [received(i) for i in range(5)], [], "messages", True),
    "store events": (
        stmts.STORE_EVENTS,
        [event(i) for i in range(6)],
        ["messages"],
        "events",
        True,
    ),
    "mark processed": (
        stmts.MARK_PROCESSED,
        [processed(i) for i in range(4)],
        ["messages"],
        "messages",
        False,
    ),
    "add addresses": (stmts.ADD_ADDRESSES, [blank(i) for i in range(4)], [], "addresses", True),
    "set addresses": (
        stmts.SET_ADDRESSES,
        [derived(i) for i in range(4)],
        ["addresses"],
        "addresses",
        False,
    ),
    # the rollups' upserts: a key given twice adds up (or, for a sender's report, replaces)
    "add event hours": (
        rollups.ADD_EVENT_HOURS,
        [counted(i, ("kind", "hour", "domain", "provider")) for i in range(6)],
        [],
        "event_hours",
        False,
    ),
    "add domain hours": (
        rollups.ADD_DOMAIN_HOURS,
        [counted(i, ("domain", "hour", "kind")) for i in range(6)],
        [],
        "domain_hours",
        False,
    ),
    "add message hours": (
        rollups.ADD_MESSAGE_HOURS,
        [counted(i, ("hour", "measure")) for i in range(6)],
        [],
        "message_hours",
        False,
    ),
    "add sent": (sent.ADD_SENT, [sent_row(i) for i in range(6)], [], "sent_hours", False),
    "set sent": (sent.SET_SENT, [sent_row(i) for i in range(6)], [], "sent_hours", False),
}


def seed(conn: Connection, tables: list[str]) -> None:
    if "messages" in tables:
        conn.execute(stmts.STORE_RECEIVED.statement("sqlite"), [received(i) for i in range(5)])
    if "addresses" in tables:
        conn.execute(stmts.ADD_ADDRESSES.statement("sqlite"), [blank(i) for i in range(4)])


def stored(path: Path, table: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        try:
            return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        except sqlite3.OperationalError:  # a rollup: WITHOUT ROWID, in its key's order
            return conn.execute(f"SELECT * FROM {table}").fetchall()


@pytest.mark.parametrize("case", CASES)
def test_direct_path_stores_what_sqlalchemy_stores(tmp_path: Path, case: str) -> None:
    direct, rows, before, table, returns = CASES[case]
    results = []
    for way in ("sqlalchemy", "direct"):
        path = tmp_path / f"{way}.db"
        engine = create_engine(f"sqlite:///{path}")
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            seed(conn, before)
            returned: list[tuple[Any, ...]] | None = None
            if way == "direct" and returns:
                returned = direct.returning(conn, rows)
            elif way == "direct":
                direct.run(conn, rows)
            else:
                result = conn.execute(direct.statement("sqlite"), rows)
                returned = [tuple(r) for r in result] if returns else None
        results.append((returned, stored(path, table)))
        engine.dispose()
    assert results[0] == results[1]
    assert results[0][1]  # something was written to compare


def test_a_column_sqlalchemy_would_default_must_be_given(tmp_path: Path) -> None:
    """Rows without `trusted` (SQLAlchemy would fill in its default): refused, not stored
    without it."""
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    Base.metadata.create_all(engine)
    short = Direct(stmts.STORE_EVENTS.statement, [k for k in stmts.EVENT_KEYS if k != "trusted"])
    with engine.begin() as conn, pytest.raises(ValueError, match="trusted"):
        short.run(conn, [event(0)])


def arriving(i: int) -> Incoming:
    """Message i as received: some bytes twice (an MTA retrying), receipt times over hours."""
    return Incoming(
        raw=b"\xffbounce %d\r\n" % (i % 7),
        mail_from="" if i % 2 else "mailer-daemon@example.com",
        rcpt_to=(f"b-{i}@bounces.example.org", "ünï@bounces.example.org")[: 1 + i % 2],
        received_at=T0 + timedelta(minutes=37 * i),
        peer=None if i % 5 == 0 else "192.0.2.7",
        helo="h" * (250 + i) if i % 3 == 0 else None,
        trust=("unchecked", "signed", "unsigned")[i % 3],
        token="t0k3n" if i % 3 == 1 else None,
    )


async def table_rows(store: Store, table: str, order: str) -> list[tuple[Any, ...]]:
    async with store.engines.reader.connect() as conn:
        result = await conn.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))
        return [tuple(row) for row in result]


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
async def test_receiving_on_the_drivers_own_connection_stores_what_sqlalchemy_stores(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """Store.receive_claimed runs on the driver's own connection (SQLite's writer thread,
    asyncpg's kept connection); through SQLAlchemy's connection (Engines.write) it stores the
    same rows, counts and answers: duplicates inside a batch and of earlier batches, partial
    claims, receipt times over several hours."""
    batches = [[0], [1, 2, 3], [7, 4, 14], [5, 6, 8, 9, 10], [21, 11, 12, 13, 28]]
    results = []
    for way in ("driver", "sqlalchemy"):
        if database == "sqlite":
            url = f"sqlite:///{tmp_path / f'{way}.db'}"
        else:
            url = request.getfixturevalue("pg_url")
        store = Store.open(url)
        await store.upgrade()
        if way == "sqlalchemy":

            async def write_raw(self: Engines, raw: Any, work: Any, *, urgent: bool) -> Any:
                return await self.write(work, urgent=urgent)

            monkeypatch.setattr(Engines, "write_raw", write_raw)
            store._receiver = None
            if database == "postgresql":  # the same database again, from scratch
                async with store.engines.writer.begin() as conn:
                    await conn.execute(
                        text("TRUNCATE messages, message_hours RESTART IDENTITY CASCADE")
                    )
        try:
            answers = []
            for n, batch in enumerate(batches):
                until = LATER + timedelta(minutes=n)
                items = [arriving(i) for i in batch]
                answers.append(await store.receive_claimed(items, n, until))
            messages = await table_rows(store, "messages", "id")
            hours = await table_rows(store, "message_hours", "hour, measure")
        finally:
            await store.close()
        results.append((answers, messages, hours))
    assert results[0] == results[1]
    answers, messages, hours = results[0]
    assert len(messages) == 7 and sum(row[-1] for row in hours) == 7 and len(hours) == 4
    assert [claimed for batch in answers for _, claimed in batch].count(True) == 4


def test_direct_select_reads_what_sqlalchemy_reads(tmp_path: Path) -> None:
    """Messages processed before (status, processed_at): the same rows, values and types
    from SQLite's own cursor as through SQLAlchemy, over more values than one query takes."""
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    Base.metadata.create_all(engine)
    rows = [received(i) for i in range(1200)]
    with engine.begin() as conn:
        conn.execute(stmts.STORE_RECEIVED.statement("sqlite"), rows)
        marks = [
            {
                "b_id": i,
                "status": ("processed", "unparsable", "pending")[i % 3],
                "message_type": "dsn",
                "error": None,
                "processed_at": None if i % 5 == 0 else LATER + timedelta(seconds=i),
                "claimed_until": None,
            }
            for i in range(1, 1201)
        ]
        conn.execute(stmts.MARK_PROCESSED.statement("sqlite"), marks)
    ids = list(range(1, 1201, 2)) + list(range(1200, 0, -7)) + [5000]
    with engine.connect() as conn:
        direct = stmts.PROCESSED_BEFORE.rows(conn, ids)
        result = conn.execute(stmts.PROCESSED_BEFORE.statement("sqlite"), {"values": ids})
        through = [tuple(row) for row in result]
    engine.dispose()
    assert direct == through
    assert len(direct) > 500 and {type(at) for _, at in direct} == {datetime}
    assert all(at.tzinfo is UTC for _, at in direct)
