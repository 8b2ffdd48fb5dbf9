"""Received messages on PostgreSQL: one kept asyncpg connection, the receipt's statements
prepared on it.

Storing a received message is the one write on the path of every ``250``. Through
SQLAlchemy's async engine it cost some 3.7 ms per commit on a test machine (a pool checkout,
greenlet switches, and its work per execution), on a kept connection with prepared
statements 1.3 ms. The statements are those SQLAlchemy compiles for asyncpg, and each value
is converted by its column type's own bind processor (:meth:`.direct.Direct.driver_values`):
the same rows (tests/test_store_direct.py compares both paths). Errors come out as
SQLAlchemy's would (OperationalError for a connection lost, IntegrityError...), so that a
caller tells an outage from a bad message as before.

The connection belongs to the event loop it was opened on; from another loop (tests run one
per test) it is opened again. A connection whose transaction fails is closed, and the next
receipt opens a new one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.exc import (
    DatabaseError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
)

from .direct import Direct

# the count rows (message_hours) of the messages first stored (digest → id)
Counts = Callable[[dict[str, int]], list[dict[str, Any]]]
KNOWN_SQL = "SELECT digest, id FROM messages WHERE digest = ANY($1::VARCHAR[])"
# SQLSTATE classes that are the database's condition, not the rows': connection exception,
# insufficient resources, operator intervention, transaction rollback (serialization)
OUTAGE_CLASSES = {"08", "53", "57", "40"}


class PgReceiver:
    """Stores received messages' rows (as ``Store.receive_claimed`` makes them) and counts
    them per hour, in one transaction per call; the calls take turns on the connection."""

    def __init__(
        self,
        connect: Callable[[], Awaitable[Any]],
        dialect: Dialect,
        insert: Direct,
        count: Direct,
    ) -> None:
        self._connect = connect
        self._dialect = dialect
        self._insert = insert
        self._count = count
        self._conn: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._turn: asyncio.Lock | None = None

    async def receive(
        self, rows: Sequence[dict[str, Any]], hours: Counts
    ) -> tuple[dict[str, int], dict[str, int]]:
        """Insert `rows` (a digest stored before is skipped), look up the ids of those stored
        before, and add the counts `hours` gives for the new ones (digest → id), in one
        transaction. Returns (new, known): digest → id of each."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._turn is None:
            self._forget()
            self._loop, self._turn = loop, asyncio.Lock()
        async with self._turn:
            try:
                if self._conn is None:
                    self._conn = await self._connect()
                return await self._transaction(self._conn, rows, hours)
            except BaseException as exc:
                self._forget()
                error = as_sqlalchemy(exc)
                if error is exc:
                    raise
                raise error from exc

    async def _transaction(
        self,
        conn: Any,
        rows: Sequence[dict[str, Any]],
        hours: Counts,
    ) -> tuple[dict[str, int], dict[str, int]]:
        sql, values = self._insert.driver_values(self._dialect, rows)
        async with conn.transaction():
            new: dict[str, int] = {}
            for one in values:  # prepared once on the connection (asyncpg's statement cache)
                new.update((digest, id_) for digest, id_ in await conn.fetch(sql, *one))
            known: dict[str, int] = {}
            others = sorted({row["digest"] for row in rows} - new.keys())
            if others:
                known.update((d, i) for d, i in await conn.fetch(KNOWN_SQL, others))
            counted = hours(new)
            if counted:  # last: the count row of this hour is held until the commit
                sql, values = self._count.driver_values(self._dialect, counted)
                await conn.executemany(sql, values)
        return new, known

    def _forget(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.terminate()

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._loop is asyncio.get_running_loop():
            try:
                await asyncio.wait_for(conn.close(), 5)
                return
            except Exception:  # a connection already broken, or a server gone quiet
                pass
        conn.terminate()


def as_sqlalchemy(exc: BaseException) -> BaseException:
    """An asyncpg error as SQLAlchemy's asyncpg dialect raises it (OperationalError when the
    database is unreachable or refuses for its own condition); anything else unchanged."""
    import asyncpg  # type: ignore[import-untyped]  # no stubs

    kind: type[DBAPIError]
    if isinstance(exc, asyncpg.PostgresError):
        state = str(getattr(exc, "sqlstate", "") or "")
        if state.startswith("23"):
            kind = IntegrityError
        elif state[:2] in OUTAGE_CLASSES:
            kind = OperationalError
        elif state.startswith("42"):
            kind = ProgrammingError
        else:
            kind = DatabaseError
    elif isinstance(exc, asyncpg.InterfaceError | OSError | TimeoutError):
        kind = OperationalError  # connection refused, closed, or timed out
    else:
        return exc
    return kind("storing received messages", None, exc)
