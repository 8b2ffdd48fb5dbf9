"""The store's intention-revealing operations. Knows nothing of SMTP or HTTP.

Received messages are written first and alone (:meth:`Store.receive`), claimed in the same
transaction when the caller will process them at once (:meth:`Store.receive_claimed`);
processing claims the others (:meth:`Store.claim_pending`), and records events and re-derived
address state in one transaction per batch (:meth:`Store.record`). Every write is a function
of a synchronous connection run as one transaction by :meth:`Engines.write`. Address state
is always derived from the whole event history of the address by
:func:`bouncesink.policy.derive`, under a row lock on PostgreSQL and the single writer on
SQLite, so concurrent instances never lose an update.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from .. import policy
from ..errors import StoreError
from ..pipeline import (
    MANUAL_VERDICTS,
    Incoming,
    ManualAction,
    NewEvent,
    Outcome,
    Pending,
    normalize_address,
    split_address,
)
from ..types import Category, Event, Kind, MessageStatus, Reason
from . import admin, migrate, outbox
from .direct import Direct
from .engine import Engines, claim_ids, make_engines
from .models import AddressRow, EventRow, StoredMessage, WebhookOutboxRow
from .reads import PENDING_COLUMNS, Reads, chunks, pending_row

log = logging.getLogger(__name__)


# The columns written for a processed message's event (_event_row) and for a received message
# (receive_claimed): all but those left to the database or written later.
EVENT_KEYS = tuple(
    c.key
    for c in EventRow.__table__.columns
    if c.key not in {"id", "manual", "actor", "note", "expires_at"}
)
RECEIVED_KEYS = tuple(
    c.key
    for c in StoredMessage.__table__.columns
    if c.key not in {"id", "message_type", "error", "processed_at"}
)


def _event_row(message_id: int, occurred_at: datetime, ev: NewEvent) -> dict[str, Any]:
    address = normalize_address(ev.address)
    return {
        "message_id": message_id,
        "record_index": ev.record_index,
        "address": address,
        "domain": split_address(address)[1],
        "occurred_at": occurred_at,
        "kind": ev.kind.value,
        "category": ev.category.value,
        "reason": ev.reason.value,
        "rule": _truncate(ev.rule, 128) or "",
        "action": ev.action,
        "status": _truncate(ev.status, 16),
        "reply_code": ev.reply_code,
        "diagnostic": _truncate(ev.diagnostic, 4000),
        "remote_mta": _truncate(ev.remote_mta, 255),
        "source": _truncate(ev.source, 32),
        "trusted": ev.trusted,
    }


def _insert(dialect: str, table: Any) -> Any:
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _truncate(text: str | None, size: int) -> str | None:
    return text if text is None or len(text) <= size else text[: size - 1] + "…"


# The columns of an event that its address's state is derived from (see _history_event).
HISTORY_COLUMNS = select(
    EventRow.address,
    EventRow.occurred_at,
    EventRow.kind,
    EventRow.category,
    EventRow.reason,
    EventRow.rule,
    EventRow.status,
    EventRow.diagnostic,
    EventRow.manual,
    EventRow.expires_at,
    EventRow.message_id,
    EventRow.actor,
    EventRow.note,
)


_HISTORY_KEYS = tuple(str(column.key) for column in HISTORY_COLUMNS.selected_columns)


def _history_values(row: dict[str, Any]) -> tuple[Any, ...]:
    """An event row as written (a dict of its columns) as a row of HISTORY_COLUMNS."""
    return tuple(row.get(key) for key in _HISTORY_KEYS)


def _history_event(row: Any) -> Event:
    """An event as the policy reads it, from a row of HISTORY_COLUMNS (no ORM object: this
    runs for every event of every address re-derived)."""
    (address, occurred_at, kind, category, reason, rule, status, diagnostic, manual) = row[:9]
    expires_at, message_id, actor, note = row[9:]
    extra = {k: v for k, v in (("actor", actor), ("note", note)) if v}
    return Event(
        address=address,
        occurred_at=occurred_at,
        kind=Kind(kind),
        category=Category(category),
        reason=Reason(reason),
        rule=rule,
        status=status,
        diagnostic=diagnostic,
        manual=manual,
        expires_at=expires_at,
        message_id=message_id,
        extra=extra,
    )


# The statements run for every message received and processed (see direct.py).
_STORE_RECEIVED = Direct(
    lambda dialect: (
        _insert(dialect, StoredMessage)
        .on_conflict_do_nothing(index_elements=["digest"])
        .returning(StoredMessage.digest, StoredMessage.id)
    ),
    RECEIVED_KEYS,
)
_STORE_EVENTS = Direct(
    lambda dialect: (
        _insert(dialect, EventRow)
        .on_conflict_do_nothing(index_elements=["message_id", "record_index"])
        .returning(EventRow.message_id, EventRow.record_index)
    ),
    EVENT_KEYS,
)
_MARK_PROCESSED = Direct(
    lambda dialect: update(StoredMessage).where(StoredMessage.id == bindparam("b_id")),
    ("b_id", "status", "message_type", "error", "processed_at", "claimed_until"),
)
_ADD_ADDRESSES = Direct(
    lambda dialect: (
        _insert(dialect, AddressRow)
        .on_conflict_do_nothing(index_elements=["address"])
        .returning(AddressRow.address)
    ),
    ("address", "domain", "state", "soft_score", "event_count", "updated_at"),
)
_SET_ADDRESSES = Direct(
    lambda dialect: update(AddressRow).where(AddressRow.address == bindparam("b_address")),
    (
        "b_address",
        "state",
        "suppression_reason",
        "soft_score",
        "kind",
        "category",
        "reason",
        "status",
        "diagnostic",
        "suppressed_at",
        "expires_at",
        "last_event_at",
        "event_count",
        "updated_at",
    ),
)


class Store(Reads):
    """All database work of bouncesink: what :class:`Reads` offers, and the writes."""

    def __init__(
        self,
        engines: Engines,
        policy_config: policy.PolicyConfig,
        *,
        webhook_urls: Sequence[str] = (),
    ) -> None:
        super().__init__(engines)
        self.policy = policy_config
        # Each state change is queued for each of these URLs in the webhook outbox, in the
        # transaction that makes it; none: no outbox rows are written.
        self.webhook_urls = tuple(webhook_urls)

    @classmethod
    def open(
        cls,
        url: str,
        *,
        base_dir: Path | None = None,
        pool_size: int = 5,
        policy_config: policy.PolicyConfig | None = None,
        webhook_urls: Sequence[str] = (),
    ) -> Store:
        engines = make_engines(url, base_dir, pool_size)
        return cls(engines, policy_config or policy.PolicyConfig(), webhook_urls=webhook_urls)

    # -- schema -------------------------------------------------------------------------------

    async def upgrade(self, revision: str = "head") -> None:
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
                "helo": _truncate(item.helo, 255),
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

        def work(conn: Connection) -> list[tuple[int, bool]]:
            new: dict[str, int] = {d: i for d, i in _STORE_RECEIVED.returning(conn, rows)}
            ids = dict(new)
            known = {row["digest"] for row in rows} - new.keys()  # stored before: earlier ids
            if known:
                result = conn.execute(
                    select(StoredMessage.digest, StoredMessage.id).where(
                        StoredMessage.digest.in_(known)
                    )
                )
                ids.update({d: i for d, i in result})
            found: list[tuple[int, bool]] = []
            for row in rows:  # the same bytes twice in one batch: the first one is claimed
                inserted = new.pop(row["digest"], None) is not None
                found.append((ids[row["digest"]], inserted and row["attempts"] == 1))
            return found

        try:
            return await self.engines.write(work, urgent=True)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store received messages: {exc}") from exc

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

    async def record(
        self,
        outcomes: Sequence[Outcome],
        received: dict[int, datetime],
        now: datetime,
        *,
        replace: bool = False,
    ) -> set[str]:
        """Store the events of processed messages and re-derive the addresses they touch.

        `received` gives each message's receipt time, which is the events' time. With
        `replace`, the messages' earlier events are removed first (reprocessing with newer
        rules): nothing is counted twice. Returns the addresses whose state was re-derived.
        """
        event_rows: list[dict[str, Any]] = [
            _event_row(outcome.message_id, received[outcome.message_id], ev)
            for outcome in outcomes
            for ev in outcome.events
        ]
        updates = [
            {
                "b_id": outcome.message_id,
                "status": outcome.status,
                "message_type": outcome.message_type,
                "error": _truncate(outcome.error, 4000),
                "processed_at": now,
                "claimed_until": None,
            }
            for outcome in outcomes
        ]

        def work(conn: Connection) -> set[str]:
            addresses: set[str] = {row["address"] for row in event_rows}
            if replace and outcomes:
                ids = [outcome.message_id for outcome in outcomes]
                result = conn.execute(select(EventRow.address).where(EventRow.message_id.in_(ids)))
                addresses.update(address for (address,) in result)
                conn.execute(delete(EventRow).where(EventRow.message_id.in_(ids)))
            written: list[dict[str, Any]] = []
            if event_rows:  # an event recorded before (a message processed twice) stays
                inserted = {(m, i) for m, i in _STORE_EVENTS.returning(conn, event_rows)}
                written = [
                    row
                    for row in event_rows
                    if (row["message_id"], row["record_index"]) in inserted
                ]
            _MARK_PROCESSED.run(conn, updates)  # one executemany, not a statement per message
            if addresses:
                self._rederive(conn, addresses, now, written)
            return addresses

        return await self.engines.write(work)

    async def add_manual_event(
        self,
        address: str,
        action: str,
        now: datetime,
        *,
        actor: str | None = None,
        note: str | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        """Record an operator's suppress / unsuppress / import and re-derive the address."""
        await self.add_manual_events(
            [ManualAction(address, action, now, actor, note, expires_at)], now
        )

    async def add_manual_events(self, actions: Sequence[ManualAction], now: datetime) -> int:
        """Record many operator actions in one transaction (imports); returns how many."""
        rows: list[dict[str, Any]] = []
        for act in actions:
            kind, category, reason = MANUAL_VERDICTS[act.action]
            address = normalize_address(act.address)
            rows.append(
                {
                    "address": address,
                    "domain": split_address(address)[1],
                    "occurred_at": act.occurred_at,
                    "kind": kind.value,
                    "category": category.value,
                    "reason": reason.value,
                    "rule": f"manual:{act.action}",
                    "manual": act.action,
                    "actor": _truncate(act.actor, 128),
                    "note": act.note,
                    "expires_at": act.expires_at,
                }
            )
        if not rows:
            return 0

        def work(conn: Connection) -> None:
            conn.execute(_insert(self.dialect, EventRow), rows)
            self._rederive(conn, {row["address"] for row in rows}, now, rows)

        await self.engines.write(work)
        return len(rows)

    def _rederive(
        self,
        conn: Connection,
        addresses: Iterable[str],
        now: datetime,
        written: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Derive the addresses' state again from their whole event history.

        `written` are the event rows this transaction inserted. An address whose row this
        transaction creates has no other events (every event's address has a row, created in
        the transaction that records the event, and rows are never deleted): its history is
        what was written, and is not read back. Concurrent instances on PostgreSQL wait on the
        new row's unique key until this transaction ends, then find it there.
        """
        ordered = sorted(addresses)  # one lock order for every instance: no deadlock
        blank = [
            {
                "address": a,
                "domain": split_address(a)[1],
                "state": "active",
                "soft_score": 0,
                "event_count": 0,
                "updated_at": now,
            }
            for a in ordered
        ]
        created = {address for (address,) in _ADD_ADDRESSES.returning(conn, blank)}
        known = [a for a in ordered if a not in created]
        previous = self._previous_states(conn, known)  # locks the rows on PostgreSQL
        previous.update((a, outbox.Previous("active", None, None)) for a in created)
        history: dict[str, list[Event]] = {a: [] for a in ordered}
        for chunk in chunks(known, 500):
            # an untrusted bounce is shown, never decides a state
            result = conn.execute(
                HISTORY_COLUMNS.where(
                    EventRow.address.in_(chunk), EventRow.trusted.is_(True)
                ).order_by(EventRow.occurred_at, EventRow.id)
            )
            for found in result:
                history[found[0]].append(_history_event(found))
        for row in written:
            if row["address"] in created and row.get("trusted", True):
                history[row["address"]].append(_history_event(_history_values(row)))
        changes: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        for address in ordered:
            status = policy.derive(history[address], now, self.policy)
            changes += outbox.change_rows(
                address, previous[address], status, self.webhook_urls, now
            )
            rows.append(
                {
                    "b_address": address,
                    "state": status.state.value,
                    "suppression_reason": (
                        status.suppression_reason.value if status.suppression_reason else None
                    ),
                    "soft_score": status.soft_score,
                    "kind": status.kind.value if status.kind else None,
                    "category": status.category.value if status.category else None,
                    "reason": status.reason.value if status.reason else None,
                    "status": status.status,
                    "diagnostic": _truncate(status.diagnostic, 4000),
                    "suppressed_at": status.suppressed_at,
                    "expires_at": status.expires_at,
                    "last_event_at": status.last_event_at,
                    "event_count": len(history[address]),
                    "updated_at": now,
                }
            )
        _SET_ADDRESSES.run(conn, rows)  # one executemany for every address re-derived
        if changes:
            conn.execute(insert(WebhookOutboxRow), changes)

    def _previous_states(
        self, conn: Connection, ordered: Sequence[str]
    ) -> dict[str, outbox.Previous]:
        """The rows' state before re-deriving; on PostgreSQL under a row lock held to commit.

        Chunks are taken in address order, so locks are still taken in one order everywhere.
        """
        found: dict[str, outbox.Previous] = {}
        for chunk in chunks(ordered, 500):
            query = (
                select(
                    AddressRow.address,
                    AddressRow.state,
                    AddressRow.suppression_reason,
                    AddressRow.reason,
                )
                .where(AddressRow.address.in_(chunk))
                .order_by(AddressRow.address)
            )
            if self.dialect == "postgresql":
                query = query.with_for_update()
            for address, state, why, reason in conn.execute(query):
                found[address] = outbox.Previous(state, why, reason)
        return found

    # -- reading ------------------------------------------------------------------------------

    async def rederive_due(self, now: datetime, limit: int = 500) -> int:
        """Re-derive addresses whose state ends by the clock alone: a suppression past its
        expires_at, a soft score past its quiet days. Their readers already see the effective
        state; this makes the stored row (and the webhooks) follow. Returns how many."""
        lapse = timedelta(days=self.policy.soft_lapse_days)
        async with self.engines.reader.connect() as conn:
            expired = await conn.execute(
                select(AddressRow.address)
                .where(AddressRow.expires_at <= now, AddressRow.state == "suppressed")
                .limit(limit)
            )
            due = {address for (address,) in expired}
            if self.policy.soft_lapse_days > 0:
                quiet = await conn.execute(
                    select(AddressRow.address)
                    .where(AddressRow.state == "soft", AddressRow.last_event_at <= now - lapse)
                    .limit(limit)
                )
                due |= {address for (address,) in quiet}
        if due:
            await self.engines.write(lambda conn: self._rederive(conn, due, now))
        return len(due)
