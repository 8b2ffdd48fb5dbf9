"""Point lookups: a handful of addresses read without the general engine's costs.

SQLite: through aiosqlite, one lookup costs five hops to its thread and back (about 3 ms
here); the indexed read itself costs some tens of microseconds. For a handful of addresses
(the policy service, the API's single lookup, ``check``), reading in-process is cheaper than
the hop and blocks the loop for less time than one hop takes.

PostgreSQL: through the pooled engine, one lookup is a checkout, a BEGIN, the statement and a
ROLLBACK, three round trips and SQLAlchemy's own work around each. :class:`PgPointReader`
keeps a few connections of its own, each with the lookup prepared once: one round trip.

Large reads keep going through the engines. This module loads no SQLAlchemy (and asyncpg only
for PostgreSQL): the ``check`` command reads through it alone (:mod:`.quickread`).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .views import StoredAddress

if TYPE_CHECKING:  # asyncio too: a SQLite read loads none (bouncesink check)
    import asyncio

    import asyncpg  # type: ignore[import-untyped]  # no stubs

MAX_ADDRESSES = 64  # above this, the read is not "a point" any more: use the async engine
# The columns of the addresses table are StoredAddress's fields, by name (a test checks them
# against the model, and which of them are times).
COLUMNS = tuple(f.name for f in fields(StoredAddress))
DATETIMES = frozenset(f.name for f in fields(StoredAddress) if "datetime" in str(f.type))
ADDRESS_SQL = f"SELECT {', '.join(COLUMNS)} FROM addresses WHERE address IN "
PG_ADDRESS_SQL = f"SELECT {', '.join(COLUMNS)} FROM addresses WHERE address = ANY($1::text[])"


def utc_time(value: object) -> datetime | None:
    """A time as SQLite keeps it (ISO text, UTC when naive) as an aware UTC datetime."""
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


_TIME_AT = tuple(i for i, name in enumerate(COLUMNS) if name in DATETIMES)


def sqlite_address(values: Sequence[Any]) -> StoredAddress:
    """A row of the addresses table as sqlite3 gives it (times are text) as a value (its
    columns in COLUMNS' order: the fields' own)."""
    row = list(values)
    for i in _TIME_AT:
        row[i] = utc_time(row[i])
    return StoredAddress(*row)


def pg_address(record: Sequence[Any]) -> StoredAddress:
    """A row of the addresses table as asyncpg gives it (times are aware) as a value (its
    columns in COLUMNS' order)."""
    row = list(record)
    for i in _TIME_AT:
        if row[i] is not None:
            row[i] = row[i].astimezone(UTC)
    return StoredAddress(*row)


@functools.cache
def _sqlite_sql(count: int) -> str:
    return ADDRESS_SQL + f"({','.join('?' * count)})"


class SqlitePointReader:
    """A query-only sqlite3 connection to the store's file, used from the loop's thread."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None

    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA busy_timeout = 1000")
            self._conn = conn
        return self._conn

    def rows(self, addresses: Sequence[str]) -> list[StoredAddress]:
        """The stored rows of `addresses` (normalized, at most MAX_ADDRESSES)."""
        sql = _sqlite_sql(len(addresses))
        return [sqlite_address(v) for v in self.connection().execute(sql, addresses)]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class PgPointReader:
    """Point lookups on PostgreSQL: up to `size` kept connections, each with the lookup
    prepared on it. A connection whose statement fails is closed (a broken connection, or a
    plan the schema changed under) and the next lookup opens a new one.

    `connect` opens an asyncpg connection. The connections belong to the event loop they
    were opened on; used from another loop (tests run one per test), the reader starts over.
    """

    def __init__(self, connect: Callable[[], Any], size: int = 4) -> None:
        self._connect = connect
        self._size = size
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._idle: list[tuple[asyncpg.Connection, asyncpg.prepared_stmt.PreparedStatement]] = []

    async def rows(self, addresses: Sequence[str]) -> list[StoredAddress]:
        """The stored rows of `addresses` (normalized)."""
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._slots is None:
            self._forget()
            self._loop, self._slots = loop, asyncio.Semaphore(self._size)
        async with self._slots:
            if self._idle:
                conn, statement = self._idle.pop()
            else:
                conn = await self._connect()
                try:
                    statement = await conn.prepare(PG_ADDRESS_SQL)
                except BaseException:
                    conn.terminate()
                    raise
            try:
                records = await statement.fetch(list(addresses))
            except BaseException:
                conn.terminate()
                raise
            self._idle.append((conn, statement))
        return [pg_address(r) for r in records]

    def _forget(self) -> None:
        idle, self._idle = self._idle, []
        for conn, _ in idle:
            conn.terminate()

    async def close(self) -> None:
        import asyncio

        idle, self._idle = self._idle, []
        for conn, _ in idle:
            if self._loop is asyncio.get_running_loop():
                try:
                    await asyncio.wait_for(conn.close(), 5)
                except Exception:  # a connection already broken, or a server gone quiet
                    conn.terminate()
            else:
                conn.terminate()
