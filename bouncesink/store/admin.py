"""Operators' store work: retention (prune) and per-destination statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, exists, func, not_, or_, select, update

from ..types import AddressState, MessageStatus
from .engine import Engines
from .models import AddressRow, EventRow, StoredMessage
from .outbox import Outbox


@dataclass(frozen=True, slots=True)
class PruneResult:
    raw_dropped: int
    events_deleted: int
    messages_deleted: int
    webhooks_deleted: int = 0


async def prune(engines: Engines, now: datetime, raw_days: int, events_days: int) -> PruneResult:
    """Drop raw bytes after `raw_days` and events after `events_days` (0: keep forever).

    Never dropped: raw bytes of messages not yet processed or unparsable (kept for review),
    operators' actions, and the hard or complaint events that keep a suppressed address
    suppressed, so that pruning never changes an address's state.
    """
    raw_dropped = events_deleted = messages_deleted = 0
    async with engines.writer.begin() as conn:
        if raw_days > 0:
            result = await conn.execute(
                update(StoredMessage)
                .where(StoredMessage.received_at < now - timedelta(days=raw_days))
                .where(StoredMessage.status == MessageStatus.PROCESSED)
                .where(StoredMessage.raw.is_not(None))
                .values(raw=None)
            )
            raw_dropped = result.rowcount or 0
        if events_days > 0:
            cutoff = now - timedelta(days=events_days)
            keeps_suppression = and_(
                EventRow.kind.in_(("hard", "complaint")),
                EventRow.address.in_(
                    select(AddressRow.address).where(AddressRow.state == AddressState.SUPPRESSED)
                ),
            )
            result = await conn.execute(
                delete(EventRow)
                .where(EventRow.occurred_at < cutoff)
                .where(EventRow.manual.is_(None))
                .where(not_(keeps_suppression))
            )
            events_deleted = result.rowcount or 0
            referenced = exists().where(EventRow.message_id == StoredMessage.id)
            result = await conn.execute(
                delete(StoredMessage)
                .where(StoredMessage.received_at < cutoff)
                .where(
                    or_(
                        StoredMessage.status == MessageStatus.PROCESSED, StoredMessage.raw.is_(None)
                    )
                )
                .where(not_(referenced))
            )
            messages_deleted = result.rowcount or 0
    webhooks_deleted = 0
    if events_days > 0:  # delivered and failed webhooks, with their delivery log
        webhooks_deleted = await Outbox(engines).prune(now - timedelta(days=events_days))
    return PruneResult(raw_dropped, events_deleted, messages_deleted, webhooks_deleted)


@dataclass(frozen=True, slots=True)
class DomainCount:
    domain: str
    kind: str
    reason: str
    count: int
    last_at: datetime


async def domain_stats(
    engines: Engines, since: datetime, kinds: tuple[str, ...] = ("block",), limit: int = 50
) -> list[DomainCount]:
    """Events per destination domain and reason since a time, most first.

    With the default kinds this answers "gmail.com refused 120 messages as spam in the last
    hour": refusals because of the sender, which never touch an address.
    """
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(
                EventRow.domain,
                EventRow.kind,
                EventRow.reason,
                func.count(),
                func.max(EventRow.occurred_at),
            )
            .where(EventRow.occurred_at >= since)
            .where(EventRow.kind.in_(kinds))
            .where(EventRow.manual.is_(None))  # operators' actions and imports are no refusals
            .group_by(EventRow.domain, EventRow.kind, EventRow.reason)
            .order_by(func.count().desc(), EventRow.domain)
            .limit(limit)
        )
        return [DomainCount(d, k, r, int(n), last) for d, k, r, n, last in result]


async def totals(engines: Engines, since: datetime) -> dict[str, int]:
    """Events of received bounces per kind since a time (operators' actions not counted)."""
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(EventRow.kind, func.count())
            .where(EventRow.occurred_at >= since)
            .where(EventRow.manual.is_(None))
            .group_by(EventRow.kind)
        )
        return {kind: int(n) for kind, n in result}


@dataclass(frozen=True, slots=True)
class MessageInfo:
    id: int
    received_at: datetime
    status: str
    message_type: str | None
    size: int
    peer: str | None
    error: str | None


async def messages(
    engines: Engines, status: str | None, limit: int, before: int | None = None
) -> list[MessageInfo]:
    """Stored messages, newest first, optionally of one status (e.g. the unparsable ones);
    `before`: only those of a smaller id (the next page after a page that ended there)."""
    query = select(
        StoredMessage.id,
        StoredMessage.received_at,
        StoredMessage.status,
        StoredMessage.message_type,
        StoredMessage.size,
        StoredMessage.peer,
        StoredMessage.error,
    )
    if status is not None:
        query = query.where(StoredMessage.status == status)
    if before is not None:
        query = query.where(StoredMessage.id < before)
    async with engines.reader.connect() as conn:
        result = await conn.execute(query.order_by(StoredMessage.id.desc()).limit(limit))
        return [MessageInfo(*row) for row in result]
