"""Point lookups on SQLite without leaving the event loop's thread.

Through aiosqlite, one lookup costs five hops to its thread and back (about 3 ms here); the
indexed read itself costs some tens of microseconds. For a handful of addresses (the policy
service, the API's single lookup, ``check``), reading in-process is cheaper than the hop and
blocks the loop for less time than one hop takes. Large reads keep going through aiosqlite.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from .models import AddressRow, UTCDateTime
from .views import StoredAddress

MAX_ADDRESSES = 64  # above this, the read is not "a point" any more: use the async engine
_COLUMNS = [column.name for column in AddressRow.__table__.columns]
_DATETIMES = {c.name for c in AddressRow.__table__.columns if isinstance(c.type, UTCDateTime)}


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class SqlitePointReader:
    """A query-only sqlite3 connection to the store's file, used from the loop's thread."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA busy_timeout = 1000")
            self._conn = conn
        return self._conn

    def rows(self, addresses: Sequence[str]) -> list[StoredAddress]:
        """The stored rows of `addresses` (normalized, at most MAX_ADDRESSES)."""
        marks = ",".join("?" * len(addresses))
        sql = f"SELECT {', '.join(_COLUMNS)} FROM addresses WHERE address IN ({marks})"
        found = []
        for values in self._connection().execute(sql, list(addresses)):
            data = dict(zip(_COLUMNS, values, strict=True))
            for name in _DATETIMES:
                data[name] = _utc(data[name])
            found.append(StoredAddress.of(data))
        return found

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
