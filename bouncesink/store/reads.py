"""What the store reads: address state, events, stored messages, counts and statistics.

:class:`Reads` is the reading half of :class:`~bouncesink.store.repository.Store`; every
method runs on the reader engine (or, for a point lookup on SQLite, the in-process reader).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from ..pipeline import Pending, normalize_address
from ..types import MessageStatus
from . import admin, dashboard, migrate, queries
from .engine import Engines, asyncpg_connector
from .failures import no_database
from .models import AddressRow, EventRow, StoredMessage
from .outbox import Outbox
from .pointread import MAX_ADDRESSES, PgPointReader, SqlitePointReader
from .views import StoredAddress, StoredEvent

log = logging.getLogger(__name__)


class Reads:
    """The store's reading operations."""

    def __init__(self, engines: Engines, location: str = "the database") -> None:
        self.engines = engines
        self.location = location  # where the database is, for messages (no password)
        self._point = SqlitePointReader(engines.sqlite_path) if engines.sqlite_path else None
        self._pg_point = (
            PgPointReader(asyncpg_connector(engines.reader))
            if engines.dialect == "postgresql"
            else None
        )

    @property
    def dialect(self) -> str:
        return self.engines.dialect

    @property
    def outbox(self) -> Outbox:
        """The webhook outbox, as its senders use it."""
        return Outbox(self.engines)

    async def close(self) -> None:
        if self._point is not None:
            self._point.close()
        if self._pg_point is not None:
            await self._pg_point.close()
        await self.engines.dispose()

    # -- schema -------------------------------------------------------------------------------

    async def schema_revision(self) -> str | None:
        return await migrate.current_revision(self.engines.reader)

    @staticmethod
    def head_revision() -> str | None:
        """The newest schema revision this version of bouncesink knows."""
        return migrate.head_revision()

    async def require_schema(self) -> None:
        """Refuse a missing database, a missing schema or an old one (SchemaError naming
        where it is), creating nothing: a SQLite file that does not exist is not opened."""
        where = self.location
        path = self.engines.sqlite_path
        # one stat, once per command: not worth a thread
        if path is not None and not os.path.isfile(path):  # noqa: ASYNC240
            raise no_database(where)
        await migrate.require_current(self.engines.reader, f"the database at {where}")

    # -- messages -----------------------------------------------------------------------------

    async def stored_messages(self, after_id: int, limit: int) -> list[Pending]:
        """Stored messages whose raw bytes are kept, in id order after `after_id`."""
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                PENDING_COLUMNS.where(StoredMessage.id > after_id)
                .where(StoredMessage.raw.is_not(None))
                .where(StoredMessage.status != MessageStatus.PENDING)
                .order_by(StoredMessage.id)
                .limit(limit)
            )
            return [pending_row(row) for row in result]

    async def events_of_messages(self, message_ids: Sequence[int]) -> dict[int, list[StoredEvent]]:
        found: dict[int, list[StoredEvent]] = {i: [] for i in message_ids}
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                select(EventRow)
                .where(EventRow.message_id.in_(list(message_ids)))
                .order_by(EventRow.message_id, EventRow.record_index)
            )
            for mapping in result.mappings():
                row = _row_from_mapping(mapping)
                assert row.message_id is not None
                found[row.message_id].append(row)
        return found

    # -- addresses and events ------------------------------------------------------------------

    async def lookup(self, addresses: Sequence[str]) -> dict[str, StoredAddress]:
        """Current rows of the given addresses (normalized); absent ones are not in the map."""
        wanted = sorted({normalize_address(a) for a in addresses})
        if self._point is not None and len(wanted) <= MAX_ADDRESSES:
            try:
                return {row.address: row for row in self._point.rows(wanted)}
            except sqlite3.Error as exc:  # a locked or damaged file: the general path says so
                log.warning("point lookup failed error=%r; reading through the pool", exc)
        if self._pg_point is not None and len(wanted) <= MAX_ADDRESSES:
            try:
                return {row.address: row for row in await self._pg_point.rows(wanted)}
            except Exception as exc:  # the server's fault or the schema's: the pool says so
                log.warning("point lookup failed error=%r; reading through the pool", exc)
        found: dict[str, StoredAddress] = {}
        async with self.engines.reader.connect() as conn:
            for chunk in chunks(wanted, 500):
                result = await conn.execute(select(AddressRow).where(AddressRow.address.in_(chunk)))
                for mapping in result.mappings():
                    row = StoredAddress.of(mapping)
                    found[row.address] = row
        return found

    async def events_of(self, address: str, limit: int = 100) -> list[StoredEvent]:
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                select(EventRow)
                .where(EventRow.address == normalize_address(address))
                .order_by(EventRow.occurred_at.desc(), EventRow.id.desc())
                .limit(limit)
            )
            return [_row_from_mapping(m) for m in result.mappings()]

    async def message_counts(self) -> dict[str, int]:
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                select(StoredMessage.status, func.count()).group_by(StoredMessage.status)
            )
            return {status: int(count) for status, count in result}

    async def pruned_count(self) -> int:
        """Stored messages whose raw bytes were dropped ([retention].raw_days): they cannot be
        parsed again."""
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                select(func.count()).select_from(StoredMessage).where(StoredMessage.raw.is_(None))
            )
            return int(result.scalar_one())

    async def list_addresses(
        self,
        where: queries.AddressFilter,
        now: datetime,
        limit: int,
        after: queries.AddressKey | None,
    ) -> list[StoredAddress]:
        return await queries.list_addresses(self.engines, where, now, limit, after)

    async def events_page(
        self, address: str, limit: int, before: queries.EventKey | None
    ) -> list[StoredEvent]:
        return await queries.events_page(self.engines, address, limit, before)

    async def check_addresses(self, addresses: Sequence[str]) -> dict[str, queries.Checked]:
        return await queries.check_addresses(self.engines, addresses)

    async def state_counts(self, now: datetime, soft_lapse_days: int) -> dict[str, int]:
        return await queries.state_counts(self.engines, now, soft_lapse_days)

    async def raw_message(self, message_id: int) -> tuple[bool, bytes | None]:
        return await queries.raw_message(self.engines, message_id)

    async def pending_count(self) -> int:
        return await queries.pending_count(self.engines)

    async def ping(self) -> None:
        await queries.ping(self.engines)

    async def domain_stats(
        self, since: datetime, kinds: tuple[str, ...] = ("block",), limit: int = 50
    ) -> list[admin.DomainCount]:
        return await admin.domain_stats(self.engines, since, kinds, limit)

    async def totals(self, since: datetime) -> dict[str, int]:
        return await admin.totals(self.engines, since)

    async def messages(
        self, status: str | None, limit: int, before: int | None = None
    ) -> list[admin.MessageInfo]:
        return await admin.messages(self.engines, status, limit, before)

    # -- the operator's page: rollups, rates, alerts (the contract is in .dashboard) ----------

    async def overview(self, window: str, now: datetime) -> dashboard.Overview:
        """Events per kind and messages per bucket of `window` ("24h", "7d", "30d")."""
        return await dashboard.overview(self.engines, window, now)

    async def top(
        self, by: str, kind: str, window: str, now: datetime, limit: int = 10
    ) -> tuple[dashboard.TopEntry, ...]:
        """Domains (`by` "domain") or providers (`by` "provider") with the most `kind`."""
        return await dashboard.top(self.engines, by, kind, window, now, limit)

    async def suppressions_per_day(
        self, now: datetime, days: int = 30
    ) -> tuple[dashboard.SuppressionDay, ...]:
        """Addresses that became suppressed on each of the last `days` UTC days."""
        return await dashboard.suppressions_per_day(self.engines, now, days)

    async def rates(
        self,
        now: datetime,
        hours: int = 24,
        *,
        min_sent: int = 0,
        limit: int | None = 50,
        after: dashboard.RateKey | None = None,
    ) -> dashboard.Rates:
        """Bounce and complaint rates over the last `hours`, overall and per domain."""
        return await dashboard.rates(
            self.engines, now, hours, min_sent=min_sent, limit=limit, after=after
        )

    async def alerts(self, *, active_only: bool = True) -> tuple[dashboard.Alert, ...]:
        """The alerts raised and not cleared, with since when."""
        return await dashboard.alerts(self.engines, active_only=active_only)


# What processing reads of a stored message (see pending_row); a select is immutable, so shared.
PENDING_COLUMNS = select(
    StoredMessage.id,
    StoredMessage.raw,
    StoredMessage.received_at,
    StoredMessage.mail_from,
    StoredMessage.rcpt_to,
    StoredMessage.trust,
    StoredMessage.token,
)


def pending_row(row: Any) -> Pending:
    message_id, raw, received_at, mail_from, rcpt_to, trust, token = row
    return Pending(
        id=message_id,
        raw=raw or b"",
        received_at=received_at,
        mail_from=mail_from,
        rcpt_to=tuple(rcpt_to),
        trust=trust,
        token=token,
    )


def _row_from_mapping(mapping: Any) -> StoredEvent:
    return StoredEvent.of(mapping)


def chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
