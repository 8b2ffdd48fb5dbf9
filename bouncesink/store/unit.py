"""One transaction of the store, with plain verbs: a unit of work.

What a record does, step by step, in ONE transaction (see :mod:`bouncesink.recording`): insert
events, lock the histories of the addresses they touch, write the states derived from them,
enqueue the changes for the webhooks. Every verb runs on the synchronous connection of
:meth:`Engines.write`; a unit knows the rows it wrote, so that a history it locks includes them
without reading them back.

Locks: address rows are created if missing and then, on PostgreSQL, locked ``FOR UPDATE`` in
one address order everywhere (no deadlock); on SQLite the single writer serialises. Concurrent
instances therefore never derive a state from a history another one is changing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ..pipeline import (
    MANUAL_VERDICTS,
    ManualAction,
    NewEvent,
    Outcome,
    normalize_address,
    split_address,
)
from ..policy import AddressStatus
from ..types import AddressState, Category, Event, Kind, MessageStatus, Reason
from . import outbox
from .models import AddressRow, EventRow, WebhookOutboxRow
from .outbox import ConnectorTarget, Previous
from .reads import chunks
from .rollups import Tally
from .statements import (
    ADD_ADDRESSES,
    HISTORY_COLUMNS,
    MARK_PROCESSED,
    PROCESSED_BEFORE,
    SET_ADDRESSES,
    STORE_EVENTS,
    insert_for,
    truncate,
)


@dataclass(frozen=True, slots=True)
class History:
    """An address as locked for re-deriving: what its row said, and its trusted events."""

    previous: Previous
    events: list[Event]


@dataclass(frozen=True, slots=True)
class Change:
    """An address whose state a transaction changed, for the webhook outbox."""

    address: str
    previous: Previous
    status: AddressStatus


class Unit:
    """The verbs of one transaction on `conn`."""

    def __init__(self, conn: Connection, dialect: str) -> None:
        self._conn = conn
        self._dialect = dialect
        self._written: list[dict[str, Any]] = []  # event rows this transaction inserted
        # the rollups' changes (see .rollups), written at the end by write_rollups
        self.tally = Tally()

    def drop_events_of(self, message_ids: Sequence[int]) -> set[str]:
        """Delete the events of these messages (reprocessing), taken off the rollups;
        returns their addresses."""
        if not message_ids:
            return set()
        ids = list(message_ids)
        result = self._conn.execute(
            select(
                EventRow.address,
                EventRow.occurred_at,
                EventRow.domain,
                EventRow.remote_mta,
                EventRow.kind,
                EventRow.manual,
            ).where(EventRow.message_id.in_(ids))
        )
        dropped = list(result.mappings())
        self.tally.add_events(dropped, -1)
        self._conn.execute(delete(EventRow).where(EventRow.message_id.in_(ids)))
        return {row["address"] for row in dropped}

    def insert_events(
        self, outcomes: Sequence[Outcome], received: Mapping[int, datetime]
    ) -> set[str]:
        """Insert the events of processed messages, each at its message's receipt time;
        returns the addresses they are about. An event recorded before (a message processed
        twice) stays as it was."""
        rows = [
            event_row(outcome.message_id, received[outcome.message_id], ev)
            for outcome in outcomes
            for ev in outcome.events
        ]
        if rows:
            inserted = {(m, i) for m, i in STORE_EVENTS.returning(self._conn, rows)}
            new = [r for r in rows if (r["message_id"], r["record_index"]) in inserted]
            self._written += new
            self.tally.add_events(new)
        return {row["address"] for row in rows}

    def insert_manual_events(self, actions: Sequence[ManualAction]) -> set[str]:
        """Insert operators' actions as events; returns the addresses they are about."""
        rows = [manual_row(action) for action in actions]
        if rows:
            self._conn.execute(insert_for(self._dialect, EventRow), rows)
            self._written += rows
        return {row["address"] for row in rows}

    def mark_processed(self, outcomes: Sequence[Outcome], now: datetime) -> None:
        """Set each message's status and type; its claim ends. Counted per hour of `now` in
        the rollups (a message processed again is moved there from its earlier hour)."""
        ids = [outcome.message_id for outcome in outcomes]
        for status, processed_at in PROCESSED_BEFORE.rows(self._conn, ids):
            if processed_at is not None and status != MessageStatus.PENDING:
                self.tally.add_message(processed_at, status, -1)
        for outcome in outcomes:
            self.tally.add_message(now, str(outcome.status))
        updates = [
            {
                "b_id": outcome.message_id,
                "status": outcome.status,
                "message_type": outcome.message_type,
                "error": truncate(outcome.error, 4000),
                "processed_at": now,
                "claimed_until": None,
            }
            for outcome in outcomes
        ]
        MARK_PROCESSED.run(self._conn, updates)  # one executemany, not a statement per message

    def lock_histories(self, addresses: Iterable[str], now: datetime) -> dict[str, History]:
        """Lock the addresses' rows (creating missing ones) and read their trusted history,
        in address order.

        An address whose row this transaction creates has no other events (every event's
        address has a row, created in the transaction that records the event, and rows are
        never deleted): its history is what this unit wrote, and is not read back.
        Concurrent instances on PostgreSQL wait on the new row's unique key until this
        transaction ends, then find it there.
        """
        ordered = sorted(addresses)  # one lock order for every instance: no deadlock
        created = self._create_rows(ordered, now)
        known = [a for a in ordered if a not in created]
        previous = self._previous_states(known)  # locks the rows on PostgreSQL
        previous.update((a, Previous(AddressState.ACTIVE, None, None)) for a in created)
        events: dict[str, list[Event]] = {a: [] for a in ordered}
        for chunk in chunks(known, 500):
            # an untrusted bounce is shown, never decides a state
            result = self._conn.execute(
                HISTORY_COLUMNS.where(
                    EventRow.address.in_(chunk), EventRow.trusted.is_(True)
                ).order_by(EventRow.occurred_at, EventRow.id)
            )
            for found in result:
                events[found[0]].append(history_event(found))
        for row in self._written:
            if row["address"] in created and row.get("trusted", True):
                events[row["address"]].append(history_event(_history_values(row)))
        return {a: History(previous[a], events[a]) for a in ordered}

    def _create_rows(self, ordered: Sequence[str], now: datetime) -> set[str]:
        blank = [
            {
                "address": a,
                "domain": split_address(a)[1],
                "state": AddressState.ACTIVE,
                "soft_score": 0,
                "event_count": 0,
                "updated_at": now,
            }
            for a in ordered
        ]
        return {address for (address,) in ADD_ADDRESSES.returning(self._conn, blank)}

    def _previous_states(self, ordered: Sequence[str]) -> dict[str, Previous]:
        """The rows' state before re-deriving; on PostgreSQL under a row lock held to commit.

        Chunks are taken in address order, so locks are still taken in one order everywhere.
        """
        found: dict[str, Previous] = {}
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
            if self._dialect == "postgresql":
                query = query.with_for_update()
            for address, state, why, reason in self._conn.execute(query):
                found[address] = Previous(state, why, reason)
        return found

    def write_states(self, states: Mapping[str, tuple[AddressStatus, int]], now: datetime) -> None:
        """Write each address's derived status and its count of events (one executemany)."""
        rows = [
            state_row(address, status, count, now) for address, (status, count) in states.items()
        ]
        SET_ADDRESSES.run(self._conn, rows)

    def count_suppressions(self, changes: Sequence[Change], now: datetime) -> None:
        """Count each address that these changes suppress (it was not suppressed before) on
        the day its suppression started, in the rollups."""
        for change in changes:
            status = change.status
            if status.state is not AddressState.SUPPRESSED:
                continue
            if change.previous.state == AddressState.SUPPRESSED:
                continue
            why = status.suppression_reason.value if status.suppression_reason else "unknown"
            self.tally.add_suppression(status.suppressed_at or now, why)

    def write_rollups(self) -> None:
        """Write the rollups' changes this unit collected (Store.transaction calls it last)."""
        self.tally.write(self._conn)

    def enqueue_changes(
        self,
        changes: Sequence[Change],
        urls: Sequence[str],
        now: datetime,
        connectors: Sequence[ConnectorTarget] = (),
    ) -> None:
        """Queue each change for each webhook URL in the outbox, and for each connector the
        changes that list managers are told (outbox.pushed), in this transaction."""
        rows = [
            row
            for change in changes
            for row in outbox.change_rows(
                change.address, change.previous, change.status, urls, now, connectors
            )
        ]
        if rows:
            self._conn.execute(insert(WebhookOutboxRow), rows)


def state_row(address: str, status: AddressStatus, count: int, now: datetime) -> dict[str, Any]:
    return {
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
        "diagnostic": truncate(status.diagnostic, 4000),
        "suppressed_at": status.suppressed_at,
        "expires_at": status.expires_at,
        "last_event_at": status.last_event_at,
        "event_count": count,
        "updated_at": now,
    }


def manual_row(act: ManualAction) -> dict[str, Any]:
    kind, category, reason = act.verdict or MANUAL_VERDICTS[act.action]
    address = normalize_address(act.address)
    return {
        "address": address,
        "domain": split_address(address)[1],
        "occurred_at": act.occurred_at,
        "kind": kind.value,
        "category": category.value,
        "reason": reason.value,
        "rule": f"manual:{act.action}",
        "manual": act.action,
        "actor": truncate(act.actor, 128),
        "note": act.note,
        "expires_at": act.expires_at,
    }


def event_row(message_id: int, occurred_at: datetime, ev: NewEvent) -> dict[str, Any]:
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
        "rule": truncate(ev.rule, 128) or "",
        "action": ev.action,
        "status": truncate(ev.status, 16),
        "reply_code": ev.reply_code,
        "diagnostic": truncate(ev.diagnostic, 4000),
        "remote_mta": truncate(ev.remote_mta, 255),
        "source": truncate(ev.source, 32),
        "trusted": ev.trusted,
    }


_HISTORY_KEYS = tuple(str(column.key) for column in HISTORY_COLUMNS.selected_columns)


def _history_values(row: dict[str, Any]) -> tuple[Any, ...]:
    """An event row as written (a dict of its columns) as a row of HISTORY_COLUMNS."""
    return tuple(row.get(key) for key in _HISTORY_KEYS)


def history_event(row: Any) -> Event:
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
