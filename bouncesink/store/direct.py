"""Inserts and updates of many rows on SQLite's own cursor, for the writer's hot statements.

On SQLite, the statements run for every message (store a received message, its events, its
processed status, its address rows) are compiled by SQLAlchemy once, and their rows run on
the DBAPI cursor of the same connection and transaction, each value converted by its column
type's own bind processor: the same SQL and the same stored values (tests/test_store_direct.py
compares them), without SQLAlchemy's per-execution work, which cost more than SQLite's own for
these small rows. On PostgreSQL the same statements run through SQLAlchemy; the store's tests
run on both.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Select
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.sql.dml import UpdateBase

# SQL, the row's values in the order of its parameters, (index, bind processor) of those
# whose type converts them
Compiled = tuple[
    str, Callable[[dict[str, Any]], Sequence[Any]], tuple[tuple[int, Callable[[Any], Any]], ...]
]


class Direct:
    """One insert or update (`build` makes it for a dialect's name), for rows of `keys`."""

    def __init__(self, build: Callable[[str], UpdateBase], keys: Sequence[str]) -> None:
        self._build = build
        self._keys = tuple(keys)
        self._statements: dict[str, UpdateBase] = {}
        self._compiled_for: dict[str, Compiled] = {}  # by dialect name (sqlite, asyncpg)
        self._lock = threading.Lock()

    def statement(self, dialect: str) -> UpdateBase:
        with self._lock:
            if dialect not in self._statements:
                self._statements[dialect] = self._build(dialect)
            return self._statements[dialect]

    def run(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        """Run the statement once per row (executemany)."""
        if not rows:
            return
        if conn.dialect.name != "sqlite":
            conn.execute(self.statement(conn.dialect.name), rows)
            return
        sql, values = self.driver_values(conn.dialect, rows)
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(sql, values)
        finally:
            cursor.close()

    def returning(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Run the statement once per row; what its RETURNING gives, in the rows' order (a
        row that ON CONFLICT DO NOTHING skips gives nothing)."""
        if not rows:
            return []
        if conn.dialect.name != "sqlite":
            result = conn.execute(self.statement(conn.dialect.name), rows)
            return [tuple(row) for row in result]
        sql, values = self.driver_values(conn.dialect, rows)
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        found: list[tuple[Any, ...]] = []
        try:
            for one in values:
                found += cursor.execute(sql, one).fetchall()
        finally:
            cursor.close()
        return found

    def driver_values(
        self, dialect: Dialect, rows: Sequence[dict[str, Any]]
    ) -> tuple[str, list[Sequence[Any]]]:
        """The statement's SQL for `dialect` (SQLite's, or asyncpg's) and each row's
        parameters in its order, converted as its columns' types convert them: what
        SQLAlchemy would execute, for a caller on the driver's own connection."""
        sql, take, converters = self._compiled(dialect)
        if not converters:
            return sql, [take(row) for row in rows]
        values: list[Sequence[Any]] = []
        for row in rows:
            one = list(take(row))
            for index, convert in converters:
                one[index] = convert(one[index])
            values.append(one)
        return sql, values

    def _compiled(self, dialect: Dialect) -> Compiled:
        compiled_for = self._compiled_for.get(dialect.driver)
        if compiled_for is not None:  # compiled once, then only read
            return compiled_for
        statement = self.statement(dialect.name)
        with self._lock:
            if dialect.driver not in self._compiled_for:
                compiled = statement.compile(dialect=dialect, column_keys=list(self._keys))
                names = list(compiled.positiontup or [])
                missing = set(names) - set(self._keys)
                if missing:  # SQLAlchemy would fill these from defaults: rows must give them
                    raise ValueError(f"rows lack {', '.join(sorted(missing))} for: {compiled}")
                processors = [
                    compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                    for name in names
                ]
                take = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
                converters = tuple((i, p) for i, p in enumerate(processors) if p is not None)
                self._compiled_for[dialect.driver] = (str(compiled), take, converters)
            return self._compiled_for[dialect.driver]


class DirectSelect:
    """A select whose rows have one column among a list of values (`build` makes it for a
    dialect's name, with an expanding bind parameter named ``values``), run on SQLite's own
    cursor: the SQL SQLAlchemy compiles, each result column converted by its type's own
    result processor, as SQLAlchemy converts it (tests/test_store_direct.py compares them).
    On PostgreSQL the same statement runs through SQLAlchemy."""

    MARKER = "__[POSTCOMPILE_values]"

    def __init__(self, build: Callable[[str], Select[Any]]) -> None:
        self._build = build
        self._statements: dict[str, Select[Any]] = {}
        self._sqlite: tuple[str, list[Callable[[Any], Any] | None]] | None = None
        self._lock = threading.Lock()

    def statement(self, dialect: str) -> Select[Any]:
        with self._lock:
            if dialect not in self._statements:
                self._statements[dialect] = self._build(dialect)
            return self._statements[dialect]

    def rows(self, conn: Connection, values: Sequence[Any]) -> list[tuple[Any, ...]]:
        """The rows whose column is among `values`, in the statement's order if it orders by
        that column (on SQLite, 500 values at a time, in their order)."""
        if not values:
            return []
        if conn.dialect.name != "sqlite":
            result = conn.execute(self.statement(conn.dialect.name), {"values": list(values)})
            return [tuple(row) for row in result]
        sql, processors = self._compiled(conn.dialect)
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        found: list[tuple[Any, ...]] = []
        ordered = sorted(set(values))  # in chunks in order: the rows in the statement's
        try:
            for start in range(0, len(ordered), 500):
                part = ordered[start : start + 500]
                query = sql.replace(self.MARKER, ", ".join("?" * len(part)))
                for row in cursor.execute(query, part).fetchall():
                    pairs = zip(row, processors, strict=True)
                    found.append(tuple(v if p is None else p(v) for v, p in pairs))
        finally:
            cursor.close()
        return found

    def _compiled(self, dialect: Dialect) -> tuple[str, list[Callable[[Any], Any] | None]]:
        if self._sqlite is not None:
            return self._sqlite
        statement = self.statement("sqlite")
        with self._lock:
            if self._sqlite is None:
                sql = str(statement.compile(dialect=dialect))
                if sql.count(self.MARKER) != 1:
                    raise ValueError(f"one expanding parameter 'values' expected in: {sql}")
                processors: list[Callable[[Any], Any] | None] = [
                    column.type.dialect_impl(dialect).result_processor(dialect, None)
                    for column in statement.selected_columns
                ]
                self._sqlite = (sql, processors)
            return self._sqlite
