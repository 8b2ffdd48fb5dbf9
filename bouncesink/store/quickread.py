"""A short read without SQLAlchemy: ``bouncesink check``'s addresses and their events.

A command that asks about a few addresses spends most of its time loading the engines'
libraries, not reading. :func:`quick_reader` opens the configured database with its driver
alone (the standard library's sqlite3; asyncpg for PostgreSQL), checks the schema as
:meth:`Store.require_schema` does (the head named by the shipped migration files, the same
one-line errors) and reads what :class:`Store` reads for a look-up: :meth:`lookup` and
:meth:`events_of`, with the same values. A URL it does not take as plainly as SQLAlchemy
would (a query string, an in-memory database) gets None: the caller opens the Store instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import fields
from datetime import UTC
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast
from urllib.parse import quote, unquote

from ..pipeline import normalize_address
from . import migrate
from .failures import database_error, no_database
from .pointread import PG_ADDRESS_SQL, SqlitePointReader, pg_address, utc_time
from .views import StoredAddress, StoredEvent

T = TypeVar("T")

# SQLAlchemy's own pattern of a database URL (sqlalchemy.engine.url._parse_url)
_URL = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
        """,
    re.X,
)
_EVENT_COLUMNS = tuple(f.name for f in fields(StoredEvent))
_EVENT_TIMES = frozenset(f.name for f in fields(StoredEvent) if "datetime" in str(f.type))
_EVENTS_SQL = (
    f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events WHERE address = {{0}} "
    "ORDER BY occurred_at DESC, id DESC LIMIT {1}"
)


class QuickReader(Protocol):
    """What :func:`quick_reader` gives: a look-up's reads of a store, and where it is."""

    location: str

    async def require_schema(self) -> None: ...

    async def lookup(self, addresses: Sequence[str]) -> dict[str, StoredAddress]: ...

    async def events_of(self, address: str, limit: int = 100) -> list[StoredEvent]: ...

    async def close(self) -> None: ...


def quick_reader(url: str, base_dir: Path | None = None) -> QuickReader | None:
    """A reader of the database at `url` (relative SQLite paths from `base_dir`), or None
    for a URL this reader leaves to the Store."""
    parts = _parts(url)
    if parts is None:
        return None
    backend = parts["name"].partition("+")[0]
    if backend == "sqlite":
        database = parts["database"]
        if not database or database == ":memory:" or parts["username"] or parts["host"]:
            return None
        if base_dir and not Path(database).is_absolute():
            database = str(base_dir / database)
        return _SqliteQuick(database, str(Path(database).absolute()))
    if backend in ("postgresql", "postgres") and "+" not in parts["name"]:
        return _pg_quick(parts)
    return None


def read(reader: QuickReader, work: Callable[[QuickReader], Coroutine[Any, Any, T]]) -> T:
    """:func:`reading` run to its end from synchronous code. On SQLite nothing in it waits
    (sqlite3 answers in-process), so no event loop is started and asyncio is not even
    loaded. On PostgreSQL, asyncio.run."""
    if isinstance(reader, _SqliteQuick):
        step = reading(reader, work)
        try:
            step.send(None)
        except StopIteration as done:
            return cast(T, done.value)
        step.close()
        raise RuntimeError("a SQLite quick read waited for something")
    import asyncio

    return asyncio.run(reading(reader, work))


async def reading(reader: QuickReader, work: Callable[[QuickReader], Awaitable[T]]) -> T:
    """Check the schema, do `work` with `reader` and close it; a failure of the database is
    one :class:`StoreError` naming where it is (as :func:`operations.with_store` says it)."""
    try:
        await reader.require_schema()
        return await work(reader)
    except Exception as exc:
        error = database_error(exc, reader.location)
        if error is None or error is exc:
            raise
        raise error from exc
    finally:
        await reader.close()


def _parts(url: str) -> dict[str, Any] | None:
    match = _URL.fullmatch(url)
    if match is None or match["query"] is not None:
        return None
    parts: dict[str, Any] = match.groupdict()
    for name in ("username", "password", "database"):
        if parts[name] is not None:
            parts[name] = unquote(parts[name])
    ipv4, ipv6 = parts.pop("ipv4host"), parts.pop("ipv6host")
    parts["host"] = ipv4 or ipv6
    if parts["port"]:
        if not parts["port"].isdigit():
            return None
        parts["port"] = int(parts["port"])
    else:
        parts["port"] = None
    return parts


def _pg_quick(parts: Mapping[str, Any]) -> QuickReader | None:
    # where it is, as SQLAlchemy's URL renders it without the password
    shown = parts["name"] + "://"
    if parts["username"] is not None:
        shown += quote(parts["username"], safe=" +")
        if parts["password"] is not None:
            shown += ":***"
        shown += "@"
    host = parts["host"]
    if host is not None:
        shown += f"[{host}]" if ":" in host else host
    if parts["port"] is not None:
        shown += f":{parts['port']}"
    if parts["database"] is not None:
        shown += "/" + quote(parts["database"], safe=" +/")
    # what SQLAlchemy's asyncpg dialect passes to asyncpg.connect
    names = {"host": "host", "port": "port", "username": "user", "password": "password"}
    options = {to: parts[key] for key, to in names.items() if parts[key] is not None}
    if parts["database"]:  # SQLAlchemy passes no empty name either
        options["database"] = parts["database"]
    return _PgQuick(options, shown)


class _SqliteQuick:
    def __init__(self, path: str, location: str) -> None:
        self.location = location
        self._path = path
        self._reader = SqlitePointReader(path)

    async def require_schema(self) -> None:
        if not os.path.isfile(self._path):  # noqa: ASYNC240  # one stat: not worth a thread
            raise no_database(self.location)
        conn = self._reader.connection()
        tables = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchall()
        current = None
        if tables:
            current = migrate.stamped([r[0] for r in conn.execute(migrate.VERSION_SQL)])
        migrate.check_revision(current, f"the database at {self.location}")

    async def lookup(self, addresses: Sequence[str]) -> dict[str, StoredAddress]:
        wanted = sorted({normalize_address(a) for a in addresses})
        return {row.address: row for row in self._reader.rows(wanted)}

    async def events_of(self, address: str, limit: int = 100) -> list[StoredEvent]:
        sql = _EVENTS_SQL.format("?", "?")
        rows = self._reader.connection().execute(sql, (normalize_address(address), limit))
        found = []
        for values in rows:
            data = dict(zip(_EVENT_COLUMNS, values, strict=True))
            for name in _EVENT_TIMES:
                if data[name] is not None:
                    data[name] = utc_time(data[name])
            data["trusted"] = bool(data["trusted"])
            found.append(StoredEvent.of(data))
        return found

    async def close(self) -> None:
        self._reader.close()


class _PgQuick:
    def __init__(self, options: dict[str, Any], location: str) -> None:
        self.location = location
        self._options = options
        self._conn: Any = None

    async def _connection(self) -> Any:
        if self._conn is None:
            import asyncpg  # type: ignore[import-untyped]  # no stubs

            self._conn = await asyncpg.connect(**self._options)
        return self._conn

    async def require_schema(self) -> None:
        conn = await self._connection()
        current = None
        if await conn.fetchval("SELECT to_regclass('alembic_version') IS NOT NULL"):
            current = migrate.stamped([r[0] for r in await conn.fetch(migrate.VERSION_SQL)])
        migrate.check_revision(current, f"the database at {self.location}")

    async def lookup(self, addresses: Sequence[str]) -> dict[str, StoredAddress]:
        wanted = sorted({normalize_address(a) for a in addresses})
        records = await (await self._connection()).fetch(PG_ADDRESS_SQL, wanted)
        return {row.address: row for row in map(pg_address, records)}

    async def events_of(self, address: str, limit: int = 100) -> list[StoredEvent]:
        conn = await self._connection()
        records = await conn.fetch(
            _EVENTS_SQL.format("$1", "$2"), normalize_address(address), limit
        )
        found = []
        for record in records:
            data = dict(record)
            for name in _EVENT_TIMES:
                if data[name] is not None:
                    data[name] = data[name].astimezone(UTC)
            found.append(StoredEvent.of(data))
        return found

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close(timeout=5)
