"""The store's operations. Knows nothing of SMTP or HTTP, nor of the policy.

Received messages are written first and alone (:meth:`Store.receive`), claimed in the same
transaction when the caller will process them at once (:meth:`Store.receive_claimed`);
processing claims the others (:meth:`Store.claim_pending`). What processing gives is
recorded through :meth:`Store.transaction`, one unit of work (:class:`~.unit.Unit`) per
batch, whose verbs :mod:`bouncesink.recording` strings together. Every write is a function of
a synchronous connection run as one transaction by :meth:`Engines.write`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, select, update
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..pipeline import Incoming, Pending
from ..types import AddressState, MessageStatus
from . import admin, alerts, migrate, rollups, sent
from .engine import Engines, asyncpg_connector, claim_ids, location, make_engines
from .models import AddressRow, StoredMessage
from .pgreceive import PgReceiver
from .reads import PENDING_COLUMNS, Reads, pending_row
from .rollups import ADD_MESSAGE_HOURS, RECEIVED, hour_of
from .sent import SentCount
from .statements import STORE_RECEIVED, truncate
from .unit import Unit

log = logging.getLogger(__name__)

T = TypeVar("T")


class Store(Reads):
    """All database work of bouncesink: what :class:`Reads` offers, and the writes."""

    def __init__(self, engines: Engines, location: str = "the database") -> None:
        super().__init__(engines, location)
        self._receiver = (
            PgReceiver(
                asyncpg_connector(engines.writer),
                engines.writer.dialect,
                STORE_RECEIVED,
                ADD_MESSAGE_HOURS,
            )
            if engines.dialect == "postgresql"
            else None
        )

    async def close(self) -> None:
        if self._receiver is not None:
            await self._receiver.close()
        await super().close()

    @classmethod
    def open(
        cls,
        url: str,
        *,
        base_dir: Path | None = None,
        pool_size: int = 5,
    ) -> Store:
        return cls(make_engines(url, base_dir, pool_size), location(url, base_dir))

    # -- schema -------------------------------------------------------------------------------

    async def upgrade(self, revision: str = "head") -> None:
        path = self.engines.sqlite_path
        if path is not None and not os.path.isdir(os.path.dirname(path) or "."):  # noqa: ASYNC240
            # said before any connection: a driver thread that fails to open the file can
            # outlive the command's event loop and print a traceback of its own
            raise StoreError(
                f"cannot use the database at {self.location}: its folder does not exist "
                "(check [database].url and that its folder exists and is writable)"
            )
        await migrate.upgrade(self.engines.writer, revision)

    async def downgrade(self, revision: str) -> None:
        await migrate.downgrade(self.engines.writer, revision)

    async def prune(self, now: datetime, raw_days: int, events_days: int) -> admin.PruneResult:
        return await admin.prune(self.engines, now, raw_days, events_days)

    # -- receiving ----------------------------------------------------------------------------

    async def receive(self, items: Sequence[Incoming]) -> list[int]:
        """Store messages durably in one transaction; returns each one's id.

        A message whose exact bytes were stored before (an MTA retrying after a lost reply)
        is not stored twice: its earlier id is returned.
        """
        return [message_id for message_id, _ in await self.receive_claimed(items, 0, None)]

    async def receive_claimed(
        self, items: Sequence[Incoming], claim: int, until: datetime | None
    ) -> list[tuple[int, bool]]:
        """Like :meth:`receive`, and the first `claim` new messages are claimed until
        `until` in the same transaction (the caller processes them without a claim of its
        own). Returns (id, claimed) per message; a message stored before is never claimed."""
        rows: list[dict[str, Any]] = [
            {
                "digest": item.digest,
                "received_at": item.received_at,
                "mail_from": item.mail_from,
                "rcpt_to": list(item.rcpt_to),
                "peer": item.peer,
                "helo": truncate(item.helo, 255),
                "size": len(item.raw),
                "raw": item.raw,
                "trust": item.trust,
                "token": item.token,
                "status": MessageStatus.PENDING,
                "attempts": 1 if index < claim else 0,
                "claimed_until": until if index < claim else None,
            }
            for index, item in enumerate(items)
        ]

        Received = tuple[dict[str, int], dict[str, int]]  # digest → id: new, stored before

        def hours(new: dict[str, int]) -> list[dict[str, Any]]:
            """The count rows of the messages stored now (the first row of each new digest)."""
            counts: Counter[datetime] = Counter()
            for digest, row in {row["digest"]: row for row in reversed(rows)}.items():
                if digest in new:
                    counts[hour_of(row["received_at"])] += 1
            return [
                {"hour": hour, "measure": RECEIVED, "count": n}
                for hour, n in sorted(counts.items())
            ]

        def work(conn: Connection) -> Received:
            new: dict[str, int] = {d: i for d, i in STORE_RECEIVED.returning(conn, rows)}
            known = {row["digest"] for row in rows} - new.keys()  # stored before: earlier ids
            before: dict[str, int] = {}
            if known:
                result = conn.execute(
                    select(StoredMessage.digest, StoredMessage.id).where(
                        StoredMessage.digest.in_(known)
                    )
                )
                before.update({d: i for d, i in result})
            # last: the count row of this hour is held until the commit
            ADD_MESSAGE_HOURS.run(conn, hours(new))
            return new, before

        def raw(dbapi: sqlite3.Connection, dialect: Dialect) -> Received:
            # work's statements and values on SQLite's own connection (engine.write_raw)
            sql, values = STORE_RECEIVED.driver_values(dialect, rows)
            new: dict[str, int] = {}
            for one in values:
                new.update(dbapi.execute(sql, one).fetchall())
            before: dict[str, int] = {}
            known = [d for d in {row["digest"] for row in rows} if d not in new]
            if known:
                marks = ", ".join("?" * len(known))
                query = f"SELECT digest, id FROM messages WHERE digest IN ({marks})"
                before.update(dbapi.execute(query, known).fetchall())
            counted = hours(new)
            if counted:  # last: the count row of this hour is held until the commit
                sql, values = ADD_MESSAGE_HOURS.driver_values(dialect, counted)
                dbapi.executemany(sql, values)
            return new, before

        try:
            if self._receiver is not None:  # PostgreSQL: work's statements on asyncpg's own
                new, before = await self._receiver.receive(rows, hours)
            else:
                new, before = await self.engines.write_raw(raw, work, urgent=True)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store received messages: {exc}") from exc
        ids = before | new
        found: list[tuple[int, bool]] = []
        for row in rows:  # the same bytes twice in one batch: the first one is claimed
            inserted = new.pop(row["digest"], None) is not None
            found.append((ids[row["digest"]], inserted and row["attempts"] == 1))
        return found

    # -- alerts and the rollups' sliding spans ------------------------------------------------

    async def advance_rollups(self, now: datetime) -> None:
        """Move the 7- and 30-day recent totals on to the days that end at `now`, in one
        transaction (see .rollups.advance); the alert task calls it every minute."""
        await self.engines.write(lambda conn: rollups.advance(conn, now))

    async def block_hours(self, since: datetime) -> dict[str, dict[datetime, int]]:
        """Block events per provider and hour bucket from `since` on (the blocking alert)."""
        return await alerts.block_hours(self.engines, since)

    async def settle_alerts(
        self, crossing: Sequence[alerts.Crossing], now: datetime, urls: Sequence[str]
    ) -> alerts.Settled:
        """Raise, keep or clear the stored alerts as `crossing` says, announcing each raise and
        clear to the webhook `urls`, in one transaction (see .alerts)."""
        return await alerts.settle(self.engines, crossing, now, urls)

    # -- recipients sent (the rates' denominator) ------------------------------------------

    async def record_sent(
        self, counts: Sequence[SentCount], source: str, *, replace: bool = False
    ) -> int:
        """Add recipients sent per domain and hour under `source`; with `replace`, a report
        replaces the earlier one of the same source, domain and hour (see .sent)."""
        return await sent.record_sent(self.engines, counts, source, replace=replace)

    # -- processing ---------------------------------------------------------------------------

    async def release_claims(self, ids: Sequence[int] | None = None) -> int:
        """Make every claimed, unprocessed message claimable now (after a crash or restart),
        or only those of `ids` (a worker stopping with messages it had not processed yet).

        Safe even if another process is still working on one: processing the same message
        twice records nothing twice (events are unique per message and record).
        """

        def work(conn: Connection) -> int:
            stmt = (
                update(StoredMessage)
                .where(StoredMessage.status == MessageStatus.PENDING)
                .where(StoredMessage.claimed_until.is_not(None))
                .values(claimed_until=None)
            )
            if ids is not None:
                stmt = stmt.where(StoredMessage.id.in_(list(ids)))
            result = conn.execute(stmt)
            return result.rowcount or 0

        return await self.engines.write(work)

    async def claim_pending(self, limit: int, now: datetime, lease: timedelta) -> list[Pending]:
        """Take up to `limit` unprocessed messages for `lease`; others skip them meanwhile."""
        dialect = self.dialect

        def work(conn: Connection) -> list[Pending]:
            query: Select[Any] = (
                select(StoredMessage.id)
                .where(StoredMessage.status == MessageStatus.PENDING)
                .where(
                    (StoredMessage.claimed_until.is_(None)) | (StoredMessage.claimed_until < now)
                )
                .order_by(StoredMessage.id)
                .limit(limit)
            )
            ids = claim_ids(
                conn,
                dialect,
                query,
                StoredMessage,
                claimed_until=now + lease,
                attempts=StoredMessage.attempts + 1,
            )
            if not ids:
                return []
            result = conn.execute(
                PENDING_COLUMNS.where(StoredMessage.id.in_(ids)).order_by(StoredMessage.id)
            )
            return [pending_row(row) for row in result]

        return await self.engines.write(work)

    async def transaction(self, work: Callable[[Unit], T], *, sync: bool = True) -> T:
        """Run `work` on a unit of work: one transaction, committed when it returns (without
        `sync`, durable only with the next commit made with it: see Engines.write)."""
        dialect = self.dialect

        def unit_of_work(conn: Connection) -> T:
            unit = Unit(conn, dialect)
            result = work(unit)
            unit.write_rollups()  # last: a count row is held until the commit that follows
            return result

        return await self.engines.write(unit_of_work, sync=sync)

    async def due_by_the_clock(self, now: datetime, soft_lapse_days: int, limit: int) -> set[str]:
        """Addresses whose state ends by the clock alone: a suppression past its expires_at,
        a soft score quiet for `soft_lapse_days` (0: never). Up to `limit` of each."""
        lapse = timedelta(days=soft_lapse_days)
        async with self.engines.reader.connect() as conn:
            expired = await conn.execute(
                select(AddressRow.address)
                .where(AddressRow.expires_at <= now, AddressRow.state == AddressState.SUPPRESSED)
                .limit(limit)
            )
            due = {address for (address,) in expired}
            if soft_lapse_days > 0:
                quiet = await conn.execute(
                    select(AddressRow.address)
                    .where(
                        AddressRow.state == AddressState.SOFT,
                        AddressRow.last_event_at <= now - lapse,
                    )
                    .limit(limit)
                )
                due |= {address for (address,) in quiet}
        return due
