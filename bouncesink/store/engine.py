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

PostgreSQL's write transactions stay on the event loop on purpose. Running them in a thread
of their own, with its own event loop and engine as the SQLite writer has, was measured side by
side with this path (bench/ingest.py, alternating rounds): processed messages per second
1.00 to 1.05 times as many at 1 session, 1.01 to 1.03 at 20. Only a transaction's Python
holds the loop (0.1 to 0.17 ms a message; its round trips to the server do not), in another
thread that Python still holds the interpreter's lock, and at 20 sessions the two cores are the
bound.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Select, create_engine, event, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ..errors import ConfigError, StoreError
from .failures import database_error as database_error  # where it was, for its callers

SQLITE_BUSY_TIMEOUT_MS = 15_000
FULL, NORMAL = "FULL", "NORMAL"  # values of SQLite's PRAGMA synchronous

T = TypeVar("T")
Work = Callable[[Connection], T]
# work on the SQLite driver's own connection, given the dialect (to convert values as it does)
RawWork = Callable[[sqlite3.Connection, Dialect], T]


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

    async def write(self, work: Work[T], *, urgent: bool = False, sync: bool = True) -> T:
        """Run `work` in one write transaction (committed when it returns) and return its
        result. `urgent` work (receiving) goes before waiting work that is not (SQLite).

        Without `sync`, the commit returns before it is on disk: a power failure may undo it
        (never a commit made with `sync` after it: SQLite's write-ahead log and PostgreSQL's
        are written in order). Only for work that is done again if it is lost: recording
        what processing a stored message gave (the message stays pending, and is processed
        again after a restart).
        """
        if self.sqlite_writer is not None:
            return await self.sqlite_writer.run(work, urgent=urgent, sync=sync)
        async with self.writer.begin() as conn:
            if not sync and self.dialect == "postgresql":
                await conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            return await conn.run_sync(work)

    async def write_raw(self, raw: RawWork[T], work: Work[T], *, urgent: bool = False) -> T:
        """Like :meth:`write`; where SQLite has its writer thread, `raw` runs there on the
        driver's own connection instead of `work` (the same statements without SQLAlchemy's
        work per execution, for the hottest transaction: a received message)."""
        if self.sqlite_writer is not None:
            return await self.sqlite_writer.run_raw(raw, urgent=urgent)
        return await self.write(work, urgent=urgent)

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
    interrupted). The thread takes the next job itself as soon as one ends and hands each
    result straight to its caller's event loop: one thread hop there and one back per job.
    The connection is opened in the thread on first use and kept (a pool checkout per
    transaction costs a fifth of a millisecond); after a failed transaction it is closed,
    and the next one opens a new one.
    """

    def __init__(self, url: str) -> None:
        self._engine = _sqlite_sync_engine(url)
        self._urgent: collections.deque[_Job[Any]] = collections.deque()
        self._other: collections.deque[_Job[Any]] = collections.deque()
        # run() may be called from several event loops (tests): each job carries its own
        self._queued = threading.Condition(threading.Lock())
        self._thread: threading.Thread | None = None
        self._closing = False
        self._conn: Connection | None = None  # used in the writer thread only
        self._synchronous = FULL  # the connection's PRAGMA synchronous (writer thread only)

    @property
    def waiting(self) -> int:
        """Jobs waiting for the connection (not counting the one running)."""
        return len(self._urgent) + len(self._other)

    @property
    def urgent_waiting(self) -> bool:
        return bool(self._urgent)

    async def run(self, work: Work[T], *, urgent: bool = False, sync: bool = True) -> T:
        """Run `work` on the writer's connection in one transaction; its result. Without
        `sync` its commit does not wait for the disk (see :meth:`Engines.write`)."""
        loop = asyncio.get_running_loop()
        job: _Job[T] = _Job(work, None, loop, loop.create_future(), sync)
        self._queue(job, urgent)
        return await job.result

    async def run_raw(self, work: RawWork[T], *, urgent: bool = False) -> T:
        """Run `work` on the driver's own connection (the standard library's sqlite3) in one
        transaction, begun (``BEGIN IMMEDIATE``) and committed around it. The driver's errors
        come out as they are (sqlite3.Error), as from the direct statements (.direct)."""
        loop = asyncio.get_running_loop()
        job: _Job[T] = _Job(None, work, loop, loop.create_future(), True)
        self._queue(job, urgent)
        return await job.result

    def _queue(self, job: _Job[Any], urgent: bool) -> None:
        with self._queued:
            if self._closing:
                raise RuntimeError("the SQLite writer is closed")
            (self._urgent if urgent else self._other).append(job)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="sqlite-writer", daemon=True
                )
                self._thread.start()
            self._queued.notify()

    def _take(self) -> _Job[Any] | None:
        """The next job, urgent ones first; None once closing and none is left."""
        with self._queued:
            while not (self._urgent or self._other):
                if self._closing:
                    return None
                self._queued.wait()
            return (self._urgent or self._other).popleft()

    def _serve(self) -> None:
        """The writer thread: jobs one after another until closed, then the connection."""
        while (job := self._take()) is not None:
            try:
                if job.work is not None:
                    value: Any = self._transaction(job.work, job.sync)
                else:
                    assert job.raw is not None
                    value = self._raw_transaction(job.raw)
            except BaseException as exc:  # handed to the caller, whatever it is
                job.answer(None, exc)
            else:
                job.answer(value, None)
            del job  # a finished job's result is not kept alive while the thread waits
        self._close()

    def _connection(self, synchronous: str) -> Connection:
        """The connection (opened if need be), its commits as durable as `synchronous`
        says: FULL (on disk when the commit returns) or NORMAL (on disk with the next FULL
        one; in WAL mode a power failure can undo it, never corrupt the database)."""
        conn = self._conn
        if conn is None:
            conn = self._conn = self._engine.connect()
            self._synchronous = FULL  # as _configure_sqlite set it
        if synchronous != self._synchronous:
            dbapi = conn.connection.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            dbapi.execute(f"PRAGMA synchronous = {synchronous}")  # outside any transaction
            self._synchronous = synchronous
        return conn

    def _transaction(self, work: Work[T], sync: bool = True) -> T:
        conn = self._connection(FULL if sync else NORMAL)
        try:
            with conn.begin():
                return work(conn)
        except BaseException:
            self._disconnect()
            raise

    def _raw_transaction(self, work: RawWork[T]) -> T:
        conn = self._connection(FULL)
        try:
            dbapi = conn.connection.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                result = work(dbapi, conn.dialect)
                dbapi.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    dbapi.rollback()
                raise
            return result
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

    async def close(self) -> None:
        """Finish what is queued, then close the connection and stop the thread."""
        with self._queued:
            self._closing = True
            thread = self._thread
            self._queued.notify()
        if thread is None:
            self._close()
        else:
            await asyncio.get_running_loop().run_in_executor(None, thread.join)


@dataclass(slots=True)
class _Job(Generic[T]):
    work: Work[T] | None
    raw: RawWork[T] | None
    loop: asyncio.AbstractEventLoop
    result: asyncio.Future[T]
    sync: bool

    def answer(self, value: T | None, error: BaseException | None) -> None:
        """From the writer thread: settle the result in its caller's loop."""
        with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits
            self.loop.call_soon_threadsafe(_settle, self.result, value, error)


def _settle(result: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if result.done():  # its caller gave up waiting
        return
    if error is None:
        result.set_result(value)
    else:
        result.set_exception(error)


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
