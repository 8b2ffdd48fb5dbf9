"""Database URLs and engines: the driver is bouncesink's choice, not the operator's.

SQLite gets two engines over one file: a single writer connection whose transactions start
with ``BEGIN IMMEDIATE`` (no two writers of ours ever race for the lock, and a writer never
fails half-way on a stale read snapshot), and a pool of readers. WAL with ``synchronous=FULL``
makes every commit durable before it returns. PostgreSQL gets one pooled engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ..errors import ConfigError

SQLITE_BUSY_TIMEOUT_MS = 15_000


def async_url(url: str, base_dir: Path | None = None) -> str:
    """Map an operator's URL (sqlite:///x.db, postgresql://...) to our async driver's."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and base_dir and not Path(database).is_absolute():
            database = str(base_dir / database)
        return str(parsed.set(drivername="sqlite+aiosqlite", database=database))
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)
    raise ConfigError(f"[database].url: unsupported database {backend!r}")


@dataclass(frozen=True, slots=True)
class Engines:
    """The engine that writes and the one that reads (the same object on PostgreSQL)."""

    writer: AsyncEngine
    reader: AsyncEngine
    dialect: str
    sqlite_path: str | None = None  # the database file, for in-process point reads

    async def dispose(self) -> None:
        await self.writer.dispose()
        if self.reader is not self.writer:
            await self.reader.dispose()


def _sqlite_engine(url: str, *, immediate: bool, pool_size: int) -> AsyncEngine:
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=0, pool_timeout=60)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so that BEGIN is ours to write.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    if immediate:

        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    # Readers issue no BEGIN: each statement reads a consistent snapshot on its own, and a
    # point lookup costs one thread hop instead of three.

    return engine


def make_engines(url: str, base_dir: Path | None = None, pool_size: int = 5) -> Engines:
    """Build the engines for a configured database URL."""
    driver_url = async_url(url, base_dir)
    if driver_url.startswith("sqlite"):
        writer = _sqlite_engine(driver_url, immediate=True, pool_size=1)
        reader = _sqlite_engine(driver_url, immediate=False, pool_size=pool_size)
        database = make_url(driver_url).database or ""
        path = database if database and database != ":memory:" else None
        return Engines(writer=writer, reader=reader, dialect="sqlite", sqlite_path=path)
    engine = create_async_engine(driver_url, pool_size=pool_size, max_overflow=pool_size)
    return Engines(writer=engine, reader=engine, dialect="postgresql")
