"""Read queries of the HTTP API and the operators: address lists, event pages, bulk checks.

Functions over the store's engines, on the reader; the Store offers each as a method. Lists are
paged by keyset (the position of the last row seen, never an offset), so a page costs the
same at the millionth row as at the first, and rows that change between two pages are not
skipped: addresses are listed in ascending ``(last_event_at, address)`` order, so an address
whose state moves while a client pages goes to the end of the list rather than behind it.

A suppression that carries ``expires_at`` ends at that instant, and a soft score lapses after
its quiet days; until the address's state is derived again the stored row still says so.
Every filter here reads the state as of ``now``, as :func:`bouncesink.policy.state_at` does,
so clients never see a state that has ended.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    any_,
    bindparam,
    false,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlalchemy.types import String

from ..types import AddressState, MessageStatus
from .engine import Engines
from .models import AddressRow, EventRow, StoredMessage
from .views import StoredAddress, StoredEvent

# Largest number of addresses read in one query by check_addresses (one bound parameter).
CHECK_CHUNK = 10_000


@dataclass(frozen=True, slots=True)
class AddressFilter:
    """What GET /v1/suppressions and the export select; None means any."""

    state: str | None = AddressState.SUPPRESSED
    kind: str | None = None
    category: str | None = None
    since: datetime | None = None  # last_event_at at or after this instant
    domain: str | None = None  # addresses of this domain only (lowercase)
    soft_lapse_days: int = 0  # [policy].soft_lapse_days: when a soft state is over (0: never)


@dataclass(frozen=True, slots=True)
class AddressKey:
    """Keyset position in the address list: the last row of the previous page."""

    last_event_at: datetime | None
    address: str


@dataclass(frozen=True, slots=True)
class EventKey:
    """Keyset position in an address's events (newest first): the last row seen."""

    occurred_at: datetime
    id: int


@dataclass(frozen=True, slots=True)
class Checked:
    """One address's state for a bulk check; absent addresses are not returned."""

    state: str
    suppression_reason: str | None
    expires_at: datetime | None
    last_event_at: datetime | None


def _state_is(state: str, now: datetime, soft_lapse_days: int) -> ColumnElement[bool]:
    """SQL for "the state at `now` is `state`": :func:`bouncesink.policy.state_at` in SQL (a
    suppression ends at its expiry; a soft score lapses `soft_lapse_days` after the last
    event, 0: never). tests/test_effective_state.py checks the two agree."""
    expired = and_(
        AddressRow.state == AddressState.SUPPRESSED,
        AddressRow.expires_at.is_not(None),
        AddressRow.expires_at <= now,
    )
    lapsed: ColumnElement[bool] = false()
    if soft_lapse_days > 0:
        lapsed = and_(
            AddressRow.state == AddressState.SOFT,
            AddressRow.last_event_at.is_not(None),
            AddressRow.last_event_at <= now - timedelta(days=soft_lapse_days),
        )
    if state == AddressState.ACTIVE:
        return or_(AddressRow.state == AddressState.ACTIVE, expired, lapsed)
    return and_(AddressRow.state == state, not_(expired), not_(lapsed))


def _filtered(where: AddressFilter, now: datetime) -> Select[AddressRow]:
    query = select(AddressRow)
    if where.state is not None:
        query = query.where(_state_is(where.state, now, where.soft_lapse_days))
    if where.kind is not None:
        query = query.where(AddressRow.kind == where.kind)
    if where.category is not None:
        query = query.where(AddressRow.category == where.category)
    if where.since is not None:
        query = query.where(AddressRow.last_event_at >= where.since)
    if where.domain is not None:
        query = query.where(AddressRow.domain == where.domain)
    return query


async def list_addresses(
    engines: Engines, where: AddressFilter, now: datetime, limit: int, after: AddressKey | None
) -> list[StoredAddress]:
    """One page of addresses matching `where`, in (last_event_at NULLS FIRST, address) order.

    Two ranges, each read along an index: the rare rows without any event time yet (an
    event dated in the future), by address; then the others by (last_event_at, address),
    starting with a plain range on last_event_at so that its index is used.
    """
    query = _filtered(where, now)
    rows: list[StoredAddress] = []
    async with engines.reader.connect() as conn:
        if where.since is None and (after is None or after.last_event_at is None):
            undated = query.where(AddressRow.last_event_at.is_(None))
            if after is not None:
                undated = undated.where(AddressRow.address > after.address)
            result = await conn.execute(undated.order_by(AddressRow.address).limit(limit))
            rows = [StoredAddress.of(mapping) for mapping in result.mappings()]
            after = None
        if len(rows) == limit:
            return rows
        dated = query.where(AddressRow.last_event_at.is_not(None))
        if after is not None and after.last_event_at is not None:
            at = after.last_event_at
            dated = dated.where(
                AddressRow.last_event_at >= at,
                or_(
                    AddressRow.last_event_at > at,
                    and_(AddressRow.last_event_at == at, AddressRow.address > after.address),
                ),
            )
        dated = dated.order_by(AddressRow.last_event_at, AddressRow.address)
        result = await conn.execute(dated.limit(limit - len(rows)))
        rows += [StoredAddress.of(mapping) for mapping in result.mappings()]
    return rows


async def events_page(
    engines: Engines, address: str, limit: int, before: EventKey | None
) -> list[StoredEvent]:
    """One page of an address's events, newest first (ties broken by id)."""
    query = select(EventRow).where(EventRow.address == address)
    if before is not None:
        query = query.where(
            or_(
                EventRow.occurred_at < before.occurred_at,
                and_(EventRow.occurred_at == before.occurred_at, EventRow.id < before.id),
            )
        )
    query = query.order_by(EventRow.occurred_at.desc(), EventRow.id.desc()).limit(limit)
    async with engines.reader.connect() as conn:
        result = await conn.execute(query)
        return [StoredEvent.of(mapping) for mapping in result.mappings()]


def _in_list(engines: Engines, addresses: Sequence[str]) -> ColumnElement[bool]:
    """`address` is one of `addresses`, as one bound parameter (not one per address)."""
    if engines.dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY  # not loaded on SQLite

        wanted = bindparam("wanted", list(addresses), type_=ARRAY(String()))
        return AddressRow.address == any_(wanted)
    values = func.json_each(literal(json.dumps(list(addresses)))).table_valued("value")
    return AddressRow.address.in_(select(values.c.value))


async def check_addresses(engines: Engines, addresses: Sequence[str]) -> dict[str, Checked]:
    """The stored state of each of `addresses` (already normalized): one query per chunk."""
    wanted = sorted(set(addresses))
    found: dict[str, Checked] = {}
    columns = (
        AddressRow.address,
        AddressRow.state,
        AddressRow.suppression_reason,
        AddressRow.expires_at,
        AddressRow.last_event_at,
    )
    async with engines.reader.connect() as conn:
        for start in range(0, len(wanted), CHECK_CHUNK):
            chunk = wanted[start : start + CHECK_CHUNK]
            result = await conn.execute(select(*columns).where(_in_list(engines, chunk)))
            for address, state, suppression_reason, expires_at, last_event_at in result:
                found[address] = Checked(state, suppression_reason, expires_at, last_event_at)
    return found


async def state_counts(engines: Engines, now: datetime, soft_lapse_days: int) -> dict[str, int]:
    """How many addresses are in each state at `now`, by the filters of :func:`_state_is`
    (the state :func:`bouncesink.policy.state_at` gives each one): one query."""
    states = [AddressState.SUPPRESSED, AddressState.SOFT, AddressState.ACTIVE]
    columns = [
        func.count().filter(_state_is(state, now, soft_lapse_days)).label(state.value)
        for state in states
    ]
    async with engines.reader.connect() as conn:
        row = (await conn.execute(select(*columns).select_from(AddressRow))).one()
    return {state.value: int(n or 0) for state, n in zip(states, row, strict=True)}


async def raw_message(engines: Engines, message_id: int) -> tuple[bool, bytes | None]:
    """(whether the message exists, its raw bytes or None once pruned)."""
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(StoredMessage.id, StoredMessage.raw).where(StoredMessage.id == message_id)
        )
        row = result.first()
    if row is None:
        return False, None
    return True, row.raw


async def pending_count(engines: Engines) -> int:
    """Messages stored and not yet processed (the worker's queue depth)."""
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(func.count())
            .select_from(StoredMessage)
            .where(StoredMessage.status == MessageStatus.PENDING)
        )
        return int(result.scalar_one())


async def ping(engines: Engines) -> None:
    """Raise unless the database answers a trivial query."""
    async with engines.reader.connect() as conn:
        await conn.execute(select(literal(1)))
