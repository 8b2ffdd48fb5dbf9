"""The webhook outbox: state changes written with the change, claimed and settled by senders.

:func:`change_rows` builds the outbox rows of one address whose state changed (its state
before and after, with one event id for every URL); a unit of work inserts them in the
transaction that re-derives the address (``Unit.enqueue_changes``, see
:mod:`bouncesink.recording`), so a change is announced if and only if it was committed. The
document a receiver gets is rendered when it is sent (:func:`bouncesink.webhooks.document`).
:class:`Outbox` is what a sender uses: it claims due rows (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, the single writer on SQLite) for a lease, and settles each attempt with a row in
the delivery log. Knows nothing of HTTP.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select, update

from ..policy import AddressStatus
from .engine import Engines, claim_ids
from .models import OutboxState, WebhookDeliveryRow, WebhookOutboxRow


@dataclass(frozen=True, slots=True)
class Previous:
    """What an address row said before it was re-derived."""

    state: str
    suppression_reason: str | None
    reason: str | None


def change_rows(
    address: str,
    previous: Previous,
    status: AddressStatus,
    urls: Sequence[str],
    now: datetime,
) -> list[dict[str, Any]]:
    """Outbox rows for one address whose state changed: one per URL, one event id for all."""
    if not urls:
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
    }
    return [
        change | {"url": url, "state": OutboxState.PENDING, "attempts": 0, "next_attempt_at": now}
        for url in urls
    ]


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
)


@dataclass(frozen=True, slots=True)
class Attempt:
    """What one delivery attempt gave."""

    claimed: Claimed
    attempted_at: datetime
    duration_ms: int
    status_code: int | None = None
    error: str | None = None  # None: delivered

    @property
    def delivered(self) -> bool:
        return self.error is None


class Outbox:
    """The sender's side of the outbox."""

    def __init__(self, engines: Engines) -> None:
        self.engines = engines

    async def claim(
        self, urls: Sequence[str], limit: int, now: datetime, lease: timedelta
    ) -> list[Claimed]:
        """Take up to `limit` due rows for the given URLs; others skip them for `lease`.

        A claim counts as an attempt: a sender that dies mid-delivery has used one.
        """
        if not urls or limit <= 0:
            return []
        dialect = self.engines.dialect

        def work(conn: Connection) -> list[Claimed]:
            query: Select[Any] = (
                select(WebhookOutboxRow.id)
                .where(WebhookOutboxRow.state == OutboxState.PENDING)
                .where(WebhookOutboxRow.next_attempt_at <= now)
                .where(WebhookOutboxRow.url.in_(list(urls)))
                .order_by(WebhookOutboxRow.next_attempt_at, WebhookOutboxRow.id)
                .limit(limit)
            )
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

    async def next_due(self, urls: Sequence[str]) -> datetime | None:
        """When the earliest pending row for these URLs is due; None if there is none."""
        if not urls:
            return None
        async with self.engines.reader.connect() as conn:
            result = await conn.execute(
                select(func.min(WebhookOutboxRow.next_attempt_at))
                .where(WebhookOutboxRow.state == OutboxState.PENDING)
                .where(WebhookOutboxRow.url.in_(list(urls)))
            )
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
