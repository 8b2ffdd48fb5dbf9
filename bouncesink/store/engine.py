"""Database URLs and engines: the driver is bouncesink's choice, not the operator's.

SQLite gets two engines over one file: a single writer connection whose transactions start
with ``BEGIN IMMEDIATE`` (no two writers of ours ever race for the lock, and a writer never
fails half-way on a stale read snapshot), and a pool of readers. WAL with ``synchronous=FULL``
makes every commit durable before it returns. PostgreSQL gets one pooled engine.

The store's own write transactions go through :meth:`Engines.write`: a function of a
synchronous connection, run as one transaction. On SQLite it runs whole in the writer's own
thread (:class:`SqliteWriter`): one thread hop per transaction instead of one per statement,
and received messages are committed before waiting processing work. On PostgreSQL it runs on a
pooled connection through the async driver (``run_sync``), with the same statements.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Select, create_engine, event, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ..errors import ConfigError, StoreError
from .failures import database_error as database_error  # where it was, for its callers

SQLITE_BUSY_TIMEOUT_MS = 15_000

T = TypeVar("T")
Work = Callable[[Connection], T]


def is_outage(exc: BaseException) -> bool:
    """Whether a failed write is the database's fault (unreachable, timed out, out of
    connections) rather than possibly the fault of what was written: a caller retries the
    rows one by one only in the second case, and answers everyone at once in the first."""
    cause = exc.__cause__ if isinstance(exc, StoreError) else exc
    return isinstance(
        cause, OperationalError | InterfaceError | SATimeoutError | OSError | TimeoutError
    )


def location(url: str, base_dir: Path | None = None) -> str:
    """Where a configured database is, for messages: the SQLite file's path, or the URL
    without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ":memory:"
        if database != ":memory:" and base_dir and not Path(database).is_absolute():
            database = str(base_dir / database)
        return database if database == ":memory:" else str(Path(database).absolute())
    return parsed.render_as_string(hide_password=True)


def claim_ids(
    conn: Connection, dialect: str, query: Select[Any], model: Any, **values: Any
) -> list[int]:
    """The ids of ``model`` rows that ``query`` selects, locked against other claimers
    (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite has one writer), and set to ``values`` in the
    same transaction."""
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = list(conn.execute(query).scalars())
    if ids:
        conn.execute(update(model).where(model.id.in_(ids)).values(**values))
    return ids


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
    sqlite_writer: SqliteWriter | None = None  # SQLite: the store's own write transactions

    async def write(self, work: Work[T], *, urgent: bool = False) -> T:
        """Run `work` in one write transaction (committed when it returns) and return its
        result. `urgent` work (receiving) goes before waiting work that is not (SQLite)."""
        if self.sqlite_writer is not None:
            return await self.sqlite_writer.run(work, urgent=urgent)
        async with self.writer.begin() as conn:
            return await conn.run_sync(work)

    async def dispose(self) -> None:
        if self.sqlite_writer is not None:
            await self.sqlite_writer.close()
        await self.writer.dispose()
        if self.reader is not self.writer:
            await self.reader.dispose()


class SqliteWriter:
    """One SQLite connection in one thread of its own; each job is a whole transaction.

    Jobs run one at a time, urgent ones first: a message waiting for its ``250`` never
    queues behind processing work that arrived before it (but a job that has started is not
    interrupted). The connection is opened in the thread on first use and kept (a pool
    checkout per transaction costs a fifth of a millisecond); after a failed transaction it
    is closed, and the next one opens a new one.
    """

    def __init__(self, url: str) -> None:
        self._engine = _sqlite_sync_engine(url)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        self._urgent: collections.deque[_Job[Any]] = collections.deque()
        self._other: collections.deque[_Job[Any]] = collections.deque()
        self._running = False
        self._conn: Connection | None = None  # used in the writer thread only
        self._lock = threading.Lock()  # run() may be called from several event loops (tests)

    @property
    def waiting(self) -> int:
        """Jobs waiting for the connection (not counting the one running)."""
        return len(self._urgent) + len(self._other)

    @property
    def urgent_waiting(self) -> bool:
        return bool(self._urgent)

    async def run(self, work: Work[T], *, urgent: bool = False) -> T:
        loop = asyncio.get_running_loop()
        job: _Job[T] = _Job(work, loop, loop.create_future())
        with self._lock:
            (self._urgent if urgent else self._other).append(job)
        self._next()
        return await job.result

    def _next(self) -> None:
        with self._lock:
            if self._running or not (self._urgent or self._other):
                return
            job = (self._urgent or self._other).popleft()
            self._running = True
        try:
            submitted = self._thread.submit(self._transaction, job.work)
        except RuntimeError as exc:  # closed
            with self._lock:
                self._running = False
            job.result.set_exception(exc)
            return
        submitted.add_done_callback(
            lambda done: job.loop.call_soon_threadsafe(self._finished, job, done)
        )

    def _transaction(self, work: Work[T]) -> T:
        conn = self._conn
        if conn is None:
            conn = self._conn = self._engine.connect()
        try:
            with conn.begin():
                return work(conn)
        except BaseException:
            self._disconnect()
            raise

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # a broken connection is dropped all the same
                conn.close()

    def _close(self) -> None:
        self._disconnect()
        self._engine.dispose()

    def _finished(self, job: _Job[T], done: Future[T]) -> None:
        with self._lock:
            self._running = False
        if not job.result.done():  # its caller may have given up waiting
            error = done.exception()
            if error is None:
                job.result.set_result(done.result())
            else:
                job.result.set_exception(error)
        self._next()

    async def close(self) -> None:
        """Finish what is queued, then close the connection and stop the thread."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._thread, self._close)
        self._thread.shutdown(wait=False)


@dataclass(slots=True)
class _Job(Generic[T]):
    work: Work[T]
    loop: asyncio.AbstractEventLoop
    result: asyncio.Future[T]


def _sqlite_engine(url: str, *, immediate: bool, pool_size: int) -> AsyncEngine:
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=0, pool_timeout=60)
    _configure_sqlite(engine.sync_engine, immediate=immediate)
    # Readers issue no BEGIN: each statement reads a consistent snapshot on its own, and a
    # point lookup costs one thread hop instead of three.
    return engine


def _sqlite_sync_engine(async_driver_url: str) -> Engine:
    """The writer thread's engine: the standard library's sqlite3, one connection."""
    url = make_url(async_driver_url).set(drivername="sqlite+pysqlite")
    engine = create_engine(url, pool_size=1, max_overflow=0, pool_timeout=60)
    _configure_sqlite(engine, immediate=True)
    return engine


def _configure_sqlite(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
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

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def asyncpg_connector(engine: AsyncEngine) -> Callable[[], Any]:
    """A function that opens an asyncpg connection as `engine`'s pool does: the same
    server, role, database and URL options (for :class:`.pointread.PgPointReader`)."""
    import asyncpg  # type: ignore[import-untyped]  # no stubs

    args, options = engine.dialect.create_connect_args(engine.url)
    for name in ("async_creator_fn", "prepared_statement_cache_size"):
        options.pop(name, None)  # options of SQLAlchemy's adapter, not of asyncpg
    options.pop("prepared_statement_name_func", None)
    return lambda: asyncpg.connect(*args, **options)


def make_engines(url: str, base_dir: Path | None = None, pool_size: int = 5) -> Engines:
    """Build the engines for a configured database URL."""
    driver_url = async_url(url, base_dir)
    if driver_url.startswith("sqlite"):
        writer = _sqlite_engine(driver_url, immediate=True, pool_size=1)
        reader = _sqlite_engine(driver_url, immediate=False, pool_size=pool_size)
        database = make_url(driver_url).database or ""
        path = database if database and database != ":memory:" else None
        # An in-memory database is one per connection: only the async writer may hold it.
        own = SqliteWriter(driver_url) if path is not None else None
        return Engines(
            writer=writer, reader=reader, dialect="sqlite", sqlite_path=path, sqlite_writer=own
        )
    engine = create_async_engine(driver_url, pool_size=pool_size, max_overflow=pool_size)
    return Engines(writer=engine, reader=engine, dialect="postgresql")
