"""The outbox: state changes written with the change, claimed and settled by senders.

:func:`change_rows` builds the outbox rows of one address whose state changed (its state
before and after, with one event id for every URL and connector); a unit of work inserts them in the
transaction that re-derives the address (``Unit.enqueue_changes``, see
:mod:`bouncesink.recording`), so a change is announced if and only if it was committed. The
document a receiver gets is rendered when it is sent (:func:`bouncesink.webhooks.document`).
:class:`Outbox` is what a sender uses: it claims due rows (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, the single writer on SQLite) for a lease, and settles each attempt with a row in
the delivery log. Knows nothing of HTTP.

Two kinds of rows share the table: a webhook's (``connector`` None: every change, POSTed to
its URL) and a connector's (a list manager: only the changes :func:`pushed` names, a
suppression or an operator's unsuppress). Each sender claims its own rows only
(:class:`Target`), so a receiver that is down delays no other.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import aliased

from ..policy import AddressStatus
from ..types import AddressState, Kind, SuppressionReason
from .engine import Engines, claim_ids
from .models import OutboxState, WebhookDeliveryRow, WebhookOutboxRow


@dataclass(frozen=True, slots=True)
class Previous:
    """What an address row said before it was re-derived."""

    state: str
    suppression_reason: str | None
    reason: str | None


class PushAction(enum.StrEnum):
    """What a connector is asked to do (the outbox row's ``action``)."""

    SUPPRESS = "suppress"
    UNSUPPRESS = "unsuppress"


def pushed(previous: Previous, status: AddressStatus) -> PushAction | None:
    """What a change of state tells the list managers: suppress, unsuppress or nothing.

    - SUPPRESS when the address becomes suppressed, or stays suppressed for another cause
      (a complaint about an address suppressed by a hard bounce): hard bounce, soft
      threshold, complaint, manual, import.
    - UNSUPPRESS when an operator's unsuppress makes a suppressed address active again.
    - Nothing else. Never a block: a block never decides an address's state. Never a single
      soft failure: only the soft threshold suppresses. Both are refused here by name, so
      that no policy change can make them reach a list manager. Not a suppression that ends
      by its expiry either: the list manager keeps it until an operator unsuppresses.
    """
    if status.kind is Kind.BLOCK:
        return None
    if status.state is AddressState.SUPPRESSED:
        why = status.suppression_reason
        if why is None:
            return None
        if status.kind is Kind.SOFT and why is not SuppressionReason.SOFT_THRESHOLD:
            return None
        if previous.state == AddressState.SUPPRESSED and previous.suppression_reason == why.value:
            return None
        return PushAction.SUPPRESS
    if previous.state == AddressState.SUPPRESSED and status.manual == PushAction.UNSUPPRESS:
        return PushAction.UNSUPPRESS
    return None


@dataclass(frozen=True, slots=True)
class ConnectorTarget:
    """A list manager the decisions are queued for: its [[connectors]] name and URL."""

    name: str
    url: str


def change_rows(
    address: str,
    previous: Previous,
    status: AddressStatus,
    urls: Sequence[str],
    now: datetime,
    connectors: Sequence[ConnectorTarget] = (),
) -> list[dict[str, Any]]:
    """Outbox rows for one address whose state changed: one per URL, and one per connector
    when the change is one that list managers are told (:func:`pushed`); one event id for
    all."""
    action = pushed(previous, status) if connectors else None
    if not urls and action is None:
        return []
    change = {
        "event_id": str(uuid.uuid4()),
        "created_at": now,
        "address": address,
        "previous_state": previous.state,
        "new_state": status.state.value,
        "suppression_reason": (
            status.suppression_reason.value if status.suppression_reason else None
        ),
        "kind": status.kind.value if status.kind else None,
        "category": status.category.value if status.category else None,
        "reason": status.reason.value if status.reason else None,
        "status": status.status,
        "diagnostic": status.diagnostic,
        "event_at": status.decided_at,
        "state": OutboxState.PENDING,
        "attempts": 0,
        "next_attempt_at": now,
    }
    webhook = {"connector": None, "action": None, "message_id": None}
    rows = [change | webhook | {"url": url} for url in urls]
    if action is not None:
        decision = {"action": action.value, "message_id": status.message_id}
        rows += [
            change | decision | {"url": target.url, "connector": target.name}
            for target in connectors
        ]
    return rows


@dataclass(frozen=True, slots=True)
class Claimed:
    """An outbox row taken by a sender for one attempt: the change, and where it goes."""

    id: int
    url: str
    attempt: int  # 1 for the first; fences the result against a later claim
    event_id: str  # the same for every URL and every attempt of one change
    created_at: datetime  # when the change was recorded
    address: str
    previous_state: str
    new_state: str
    suppression_reason: str | None
    kind: str | None
    category: str | None
    reason: str | None
    status: str | None
    diagnostic: str | None
    event_at: datetime | None  # when the deciding event happened
    connector: str | None = None  # a connector's row: its name; None for a webhook's
    action: str | None = None  # a connector's row: a PushAction value
    message_id: int | None = None  # the stored message of the deciding event


# What a sender reads of a claimed row, in the order of Claimed's fields.
CLAIMED_COLUMNS = (
    WebhookOutboxRow.id,
    WebhookOutboxRow.url,
    WebhookOutboxRow.attempts,
    WebhookOutboxRow.event_id,
    WebhookOutboxRow.created_at,
    WebhookOutboxRow.address,
    WebhookOutboxRow.previous_state,
    WebhookOutboxRow.new_state,
    WebhookOutboxRow.suppression_reason,
    WebhookOutboxRow.kind,
    WebhookOutboxRow.category,
    WebhookOutboxRow.reason,
    WebhookOutboxRow.status,
    WebhookOutboxRow.diagnostic,
    WebhookOutboxRow.event_at,
    WebhookOutboxRow.connector,
    WebhookOutboxRow.action,
    WebhookOutboxRow.message_id,
)


@dataclass(frozen=True, slots=True)
class Attempt:
    """What one delivery attempt gave."""

    claimed: Claimed
    attempted_at: datetime
    duration_ms: int
    status_code: int | None = None
    error: str | None = None  # None: delivered
    note: str | None = None  # what the receiver said beyond the status (a connector's word)
    retryable: bool = True  # False: a failure that no retry can mend (the row fails now)

    @property
    def delivered(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Target:
    """The rows one sender takes: the webhook rows of these URLs, or one connector's rows."""

    urls: tuple[str, ...] = ()
    connector: str | None = None

    @classmethod
    def of(cls, target: Target | Sequence[str]) -> Target:
        """A Target, or the webhook URLs given as a plain sequence."""
        return target if isinstance(target, Target) else cls(urls=tuple(target))

    @property
    def empty(self) -> bool:
        return not self.urls and self.connector is None

    def where(self) -> ColumnElement[bool]:
        if self.connector is not None:
            return WebhookOutboxRow.connector == self.connector
        return WebhookOutboxRow.connector.is_(None) & WebhookOutboxRow.url.in_(list(self.urls))


def _first_of_its_address() -> ColumnElement[bool]:
    """A connector's row is due only when no older row of the same address waits for the same
    connector: a list manager gets an address's suppress and unsuppress in the order they
    happened, however the retries fall. (Webhook receivers order by created_at themselves.)"""
    older = aliased(WebhookOutboxRow)
    return ~exists().where(
        older.connector == WebhookOutboxRow.connector,
        older.address == WebhookOutboxRow.address,
        older.state == OutboxState.PENDING,
        older.id < WebhookOutboxRow.id,
    )


class Outbox:
    """The sender's side of the outbox."""

    def __init__(self, engines: Engines) -> None:
        self.engines = engines

    async def claim(
        self, target: Target | Sequence[str], limit: int, now: datetime, lease: timedelta
    ) -> list[Claimed]:
        """Take up to `limit` due rows of `target` (a Target, or webhook URLs); others skip
        them for `lease`.

        A claim counts as an attempt: a sender that dies mid-delivery has used one.
        """
        target = Target.of(target)
        if target.empty or limit <= 0:
            return []
        dialect = self.engines.dialect

        def work(conn: Connection) -> list[Claimed]:
            query: Select[Any] = (
                select(WebhookOutboxRow.id)
                .where(WebhookOutboxRow.state == OutboxState.PENDING)
                .where(WebhookOutboxRow.next_attempt_at <= now)
                .where(target.where())
                .order_by(WebhookOutboxRow.next_attempt_at, WebhookOutboxRow.id)
                .limit(limit)
            )
            if target.connector is not None:
                query = query.where(_first_of_its_address())
            ids = claim_ids(
                conn,
                dialect,
                query,
                WebhookOutboxRow,
                next_attempt_at=now + lease,
                attempts=WebhookOutboxRow.attempts + 1,
            )
            if not ids:
                return []
            result = conn.execute(
                select(*CLAIMED_COLUMNS)
                .where(WebhookOutboxRow.id.in_(ids))
                .order_by(WebhookOutboxRow.id)
            )
            rows: list[tuple[Any, ...]] = [tuple(row) for row in result]
            return [Claimed(*row) for row in rows]

        return await self.engines.write(work)

    async def settle(self, attempt: Attempt, now: datetime, *, retry_at: datetime | None) -> None:
        """Log an attempt and move its row on: delivered, retried at `retry_at`, or failed.

        The row is only moved if it is still this attempt's (a sender whose lease ran out
        does not overwrite the next claim's outcome); the attempt is logged either way.
        """
        claimed = attempt.claimed
        if attempt.delivered:
            values: dict[str, Any] = {
                "state": OutboxState.DELIVERED,
                "delivered_at": now,
                "last_error": None,
            }
        elif retry_at is not None:
            values = {"next_attempt_at": retry_at, "last_error": attempt.error}
        else:
            values = {"state": OutboxState.FAILED, "last_error": attempt.error}

        def work(conn: Connection) -> None:
            conn.execute(
                insert(WebhookDeliveryRow).values(
                    outbox_id=claimed.id,
                    attempt=claimed.attempt,
                    attempted_at=attempt.attempted_at,
                    status_code=attempt.status_code,
                    error=attempt.error,
                    duration_ms=attempt.duration_ms,
                    note=attempt.note,
                )
            )
            conn.execute(
                update(WebhookOutboxRow)
                .where(WebhookOutboxRow.id == claimed.id)
                .where(WebhookOutboxRow.state == OutboxState.PENDING)
                .where(WebhookOutboxRow.attempts == claimed.attempt)
                .values(**values)
            )

        await self.engines.write(work)

    async def next_due(self, target: Target | Sequence[str]) -> datetime | None:
        """When the earliest pending row of `target` is due; None if there is none.

        A connector's row that waits behind an older one of its address is not counted: it
        is due when that one is settled.
        """
        target = Target.of(target)
        if target.empty:
            return None
        query = (
            select(func.min(WebhookOutboxRow.next_attempt_at))
            .where(WebhookOutboxRow.state == OutboxState.PENDING)
            .where(target.where())
        )
        if target.connector is not None:
            query = query.where(_first_of_its_address())
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(query)
            found: datetime | None = result.scalar()  # min() keeps the column's type
        return found

    async def rows(self, address: str | None = None) -> list[WebhookOutboxRow]:
        """Outbox rows in id order (of one address, if given): for operators and tests."""
        query = select(WebhookOutboxRow).order_by(WebhookOutboxRow.id)
        if address is not None:
            query = query.where(WebhookOutboxRow.address == address)
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(query)
            return [WebhookOutboxRow(**dict(m)) for m in result.mappings()]

    async def deliveries(self, outbox_id: int) -> list[WebhookDeliveryRow]:
        """The delivery log of one outbox row, oldest attempt first."""
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                select(WebhookDeliveryRow)
                .where(WebhookDeliveryRow.outbox_id == outbox_id)
                .order_by(WebhookDeliveryRow.id)
            )
            return [WebhookDeliveryRow(**dict(m)) for m in result.mappings()]

    async def prune(self, before: datetime) -> int:
        """Delete delivered and failed rows created before `before` (their log goes too)."""
        done = select(WebhookOutboxRow.id).where(
            WebhookOutboxRow.state.in_([OutboxState.DELIVERED, OutboxState.FAILED]),
            WebhookOutboxRow.created_at < before,
        )

        def work(conn: Connection) -> int:
            conn.execute(delete(WebhookDeliveryRow).where(WebhookDeliveryRow.outbox_id.in_(done)))
            result = conn.execute(delete(WebhookOutboxRow).where(WebhookOutboxRow.id.in_(done)))
            return result.rowcount or 0

        return await self.engines.write(work)
