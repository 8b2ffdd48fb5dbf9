"""What the operator's page reads: counts over time, tops, rates and alerts, as frozen values.

Every read answers from the rollups (:mod:`.rollups`) or an indexed query, never by counting
events: the cost does not grow with the events stored. The contract the page relies on:

- **Windows** (:func:`window`): ``"24h"`` is the 24 hour buckets ending with the current one
  (``start`` = the current hour - 23 h); ``"7d"`` and ``"30d"`` are the 7 or 30 UTC day buckets
  ending with today. A bucket is named by its first instant (UTC). A window ends now.
- **Overview** (:func:`overview`): events per kind in each bucket of the window (every bucket
  present, zeros included, oldest first), their totals per kind, messages received /
  processed / unparsable per bucket and in total, and the backlog (messages stored and not
  processed yet, now). ``Overview.totals`` equals what ``bouncesink stats --since`` shows (and
  ``Store.totals(overview.window.start)``) for the same instant, as long as no event of the
  window was pruned: pruned events stay counted here.
- **Tops** (:func:`top`): destination domains or providers by the count of one kind over a
  window, most first; ``Store.domain_stats(window.start, (kind,))`` summed per domain gives the
  same domain counts.
- **Suppressions** (:func:`suppressions_per_day`): addresses that became suppressed per UTC day,
  by suppression reason, for the last N days (zeros included).
- **Rates** (:func:`rates`): per destination domain and overall over the last N hour buckets:
  recipients sent (policy service + ``POST /v1/sent``), hard, soft, block and complaint
  events; ``bounce_rate`` = hard / sent (what SES calls the bounce rate: hard bounces only),
  ``complaint_rate`` = complaint / sent; both None where nothing was sent. Domains in order of
  recipients sent (most first), then by name; paged by keyset (:class:`RateKey`).
- **Alerts** (:func:`alerts`): the alerts raised and not cleared, with since when (and, if
  asked, the cleared ones too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.ext.asyncio import AsyncConnection

from ..types import Kind
from .engine import Engines
from .models import (
    AlertRow,
    DomainHourRow,
    EventDayRow,
    EventHourRow,
    KindHourRow,
    MessageHourRow,
    RecentTotalRow,
    RollupMarkRow,
    SentHourRow,
    SuppressionDayRow,
)
from .queries import pending_count
from .rollups import MESSAGE_MEASURES, day_of, hour_of

WINDOWS: Mapping[str, tuple[str, int]] = {"24h": ("hour", 24), "7d": ("day", 7), "30d": ("day", 30)}
# The kinds a failure chart shows, in this order (others are counted in totals too).
FAILURE_KINDS = (Kind.HARD.value, Kind.SOFT.value, Kind.BLOCK.value, Kind.COMPLAINT.value)
RATE_KINDS = FAILURE_KINDS


@dataclass(frozen=True, slots=True)
class Window:
    """A span of buckets: ``"24h"`` (hours) or ``"7d"`` / ``"30d"`` (days)."""

    name: str
    bucket: str  # "hour" or "day"
    start: datetime  # the first bucket's first instant (UTC)
    buckets: tuple[datetime, ...]  # every bucket's first instant, oldest first


def window(name: str, now: datetime) -> Window:
    """The window called `name` ("24h", "7d", "30d") that ends at `now`."""
    if name not in WINDOWS:
        raise ValueError(f"window: expected one of {', '.join(WINDOWS)}, got {name!r}")
    bucket, count = WINDOWS[name]
    last, step = (
        (hour_of(now), timedelta(hours=1)) if bucket == "hour" else (day_of(now), timedelta(days=1))
    )
    starts = tuple(last - step * (count - 1 - i) for i in range(count))
    return Window(name, bucket, starts[0], starts)


@dataclass(frozen=True, slots=True)
class KindBucket:
    """Events per kind in one bucket (kinds with none are absent)."""

    start: datetime
    counts: Mapping[str, int]

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)


@dataclass(frozen=True, slots=True)
class MessageBucket:
    start: datetime
    received: int
    processed: int
    unparsable: int


@dataclass(frozen=True, slots=True)
class Overview:
    window: Window
    events: tuple[KindBucket, ...]  # one per bucket of the window, oldest first
    totals: Mapping[str, int]  # events per kind over the window (what `stats` shows)
    messages: tuple[MessageBucket, ...]  # one per bucket of the window, oldest first
    received: int
    processed: int
    unparsable: int
    backlog: int  # messages stored and not processed yet, now


async def overview(engines: Engines, name: str, now: datetime) -> Overview:
    """Events per kind and messages per bucket of the window `name`, with totals."""
    span = window(name, now)
    per_kind: dict[datetime, dict[str, int]] = {b: {} for b in span.buckets}
    per_measure: dict[datetime, dict[str, int]] = {b: {} for b in span.buckets}
    fold = day_of if span.bucket == "day" else hour_of
    async with engines.reader.connect() as conn:
        for table, key, into_map in (
            (KindHourRow, KindHourRow.kind, per_kind),
            (MessageHourRow, MessageHourRow.measure, per_measure),
        ):
            # day buckets summed by the database: 30 rows a kind, not 720
            period = table.hour if span.bucket == "hour" else _day(engines.dialect, table.hour)
            result = await conn.execute(
                select(period, key, func.sum(table.count))
                .where(table.hour >= span.start)
                .group_by(period, key)
            )
            for at, name, n in result:
                into = into_map.get(fold(_moment(at)))
                if into is not None and n:
                    into[name] = into.get(name, 0) + int(n)
    backlog = await pending_count(engines)
    totals: dict[str, int] = defaultdict(int)
    for counts in per_kind.values():
        for kind, n in counts.items():
            totals[kind] += n
    messages = tuple(
        MessageBucket(b, *(per_measure[b].get(m, 0) for m in MESSAGE_MEASURES))
        for b in span.buckets
    )
    return Overview(
        window=span,
        events=tuple(KindBucket(b, per_kind[b]) for b in span.buckets),
        totals=dict(totals),
        messages=messages,
        received=sum(m.received for m in messages),
        processed=sum(m.processed for m in messages),
        unparsable=sum(m.unparsable for m in messages),
        backlog=backlog,
    )


def _day(dialect: str, column: Any) -> Any:
    """SQL for the UTC day of a stored hour: its date as text on SQLite (where the stored
    value is UTC text), a timestamp without zone in UTC on PostgreSQL."""
    if dialect == "postgresql":
        return func.date_trunc("day", func.timezone("UTC", column))
    return func.substr(column, 1, 10)


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TopEntry:
    name: str  # a destination domain or a provider
    count: int


async def top(
    engines: Engines, by: str, kind: str, name: str, now: datetime, limit: int = 10
) -> tuple[TopEntry, ...]:
    """The `limit` destination domains (`by` "domain") or providers (`by` "provider") with the
    most events of `kind` over the window `name`, most first (ties by name).

    24 h: the hour rollup. 7 and 30 days: the span's recent totals (.rollups), read in count
    order along their index when the span's mark is the window's first day; when the mark lags
    (moved on every minute by the daemon's alert task), the days between are taken off in the
    same query; a window the totals do not cover (one that ended before the mark) sums the day
    rollup.
    """
    if by not in ("domain", "provider"):
        raise ValueError(f"by: expected domain or provider, got {by!r}")
    span = window(name, now)
    async with engines.reader.connect() as conn:
        if span.bucket == "hour":
            column = getattr(EventHourRow, by)
            total = func.sum(EventHourRow.count)
            query = (
                select(column, total)
                .where(EventHourRow.kind == kind, EventHourRow.hour >= span.start)
                .group_by(column)
            )
        else:
            mark = (
                await conn.execute(select(RollupMarkRow.start).where(RollupMarkRow.span == name))
            ).scalar()
            query = _days_top(by, kind, span.start, mark, name)
            if query is None:
                return await _recent_top(conn, by, kind, name, limit)
            total = query.selected_columns[1]
            column = query.selected_columns[0]
        query = query.having(total > 0).order_by(total.desc(), column).limit(limit)
        result = await conn.execute(query)
        return tuple(TopEntry(str(who), int(n)) for who, n in result)


def _days_top(by: str, kind: str, start: datetime, mark: datetime | None, span: str) -> Any:
    """The query of a day window's top (grouped, not yet ordered), or None when the recent
    totals answer as they are (the mark is the window's first day)."""
    if mark == start:
        return None
    column = getattr(EventDayRow, by)
    if mark is None or mark > start:  # not covered: every day of the window, summed
        total = func.sum(EventDayRow.count)
        return (
            select(column, total)
            .where(EventDayRow.kind == kind, EventDayRow.day >= start)
            .group_by(column)
        )
    recent = select(RecentTotalRow.name.label("who"), RecentTotalRow.count.label("n")).where(
        RecentTotalRow.span == span,
        RecentTotalRow.kind == kind,
        RecentTotalRow.dimension == by,
    )
    lagging = select(column.label("who"), (-EventDayRow.count).label("n")).where(
        EventDayRow.kind == kind, EventDayRow.day >= mark, EventDayRow.day < start
    )
    both = union_all(recent, lagging).subquery()
    total = func.sum(both.c.n)
    return select(both.c.who, total).group_by(both.c.who)


async def _recent_top(
    conn: AsyncConnection, by: str, kind: str, span: str, limit: int
) -> tuple[TopEntry, ...]:
    result = await conn.execute(
        select(RecentTotalRow.name, RecentTotalRow.count)
        .where(
            RecentTotalRow.span == span,
            RecentTotalRow.kind == kind,
            RecentTotalRow.dimension == by,
            RecentTotalRow.count > 0,
        )
        .order_by(RecentTotalRow.count.desc(), RecentTotalRow.name)
        .limit(limit)
    )
    return tuple(TopEntry(str(who), int(n)) for who, n in result)


@dataclass(frozen=True, slots=True)
class SuppressionDay:
    day: datetime
    total: int
    reasons: Mapping[str, int]  # suppression reason → addresses (reasons with none absent)


async def suppressions_per_day(
    engines: Engines, now: datetime, days: int = 30
) -> tuple[SuppressionDay, ...]:
    """Addresses that became suppressed on each of the last `days` UTC days (today last)."""
    last = day_of(now)
    starts = [last - timedelta(days=days - 1 - i) for i in range(days)]
    found: dict[datetime, dict[str, int]] = {d: {} for d in starts}
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(SuppressionDayRow.day, SuppressionDayRow.reason, SuppressionDayRow.count).where(
                SuppressionDayRow.day >= starts[0]
            )
        )
        for day, reason, n in result:
            if day in found and n:
                found[day][reason] = found[day].get(reason, 0) + int(n)
    return tuple(SuppressionDay(d, sum(found[d].values()), found[d]) for d in starts)


@dataclass(frozen=True, slots=True)
class Rate:
    """Recipients sent and failures of one destination domain (or all: scope "all")."""

    scope: str
    sent: int
    hard: int
    soft: int
    block: int
    complaint: int

    @property
    def bounce_rate(self) -> float | None:
        """Hard bounces per recipient sent (SES's bounce rate); None when none was sent."""
        return self.hard / self.sent if self.sent > 0 else None

    @property
    def complaint_rate(self) -> float | None:
        return self.complaint / self.sent if self.sent > 0 else None


@dataclass(frozen=True, slots=True)
class RateKey:
    """Keyset position in the rates' list: the last row of the previous page."""

    sent: int
    domain: str


@dataclass(frozen=True, slots=True)
class Rates:
    start: datetime  # the first hour bucket counted
    hours: int
    overall: Rate
    items: tuple[Rate, ...]  # one page of domains, most recipients sent first
    next: RateKey | None = field(default=None)  # None: the last page


async def sent_per_domain(engines: Engines, start: datetime) -> dict[str, int]:
    """Recipients sent per destination domain in the hour buckets from `start` on."""
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(SentHourRow.domain, func.sum(SentHourRow.sent))
            .where(SentHourRow.hour >= start)
            .group_by(SentHourRow.domain)
        )
        return {domain: int(n) for domain, n in result if n}


async def failures_of(
    engines: Engines, start: datetime, domains: Sequence[str] | None
) -> dict[str, dict[str, int]]:
    """Events of the rate kinds per domain and kind in the hour buckets from `start` on: of
    `domains` (read along their own index), or of all domains together (key "all")."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    async with engines.reader.connect() as conn:
        if domains is None:
            totals = await conn.execute(
                select(KindHourRow.kind, func.sum(KindHourRow.count))
                .where(KindHourRow.hour >= start, KindHourRow.kind.in_(RATE_KINDS))
                .group_by(KindHourRow.kind)
            )
            found["all"] = {kind: int(n) for kind, n in totals if n}
            return dict(found)
        for first in range(0, len(domains), 500):
            chunk = list(domains[first : first + 500])
            result = await conn.execute(
                select(DomainHourRow.domain, DomainHourRow.kind, func.sum(DomainHourRow.count))
                .where(
                    DomainHourRow.domain.in_(chunk),
                    DomainHourRow.hour >= start,
                    DomainHourRow.kind.in_(RATE_KINDS),
                )
                .group_by(DomainHourRow.domain, DomainHourRow.kind)
            )
            for domain, kind, n in result:
                if n:
                    found[domain][kind] = int(n)
    return dict(found)


def _rate(scope: str, sent: int, failed: Mapping[str, int]) -> Rate:
    return Rate(
        scope,
        sent,
        failed.get("hard", 0),
        failed.get("soft", 0),
        failed.get("block", 0),
        failed.get("complaint", 0),
    )


def rate_start(now: datetime, hours: int) -> datetime:
    """The first hour bucket of the last `hours` (the current one included)."""
    return hour_of(now) - timedelta(hours=hours - 1)


async def rates(
    engines: Engines,
    now: datetime,
    hours: int = 24,
    *,
    min_sent: int = 0,
    limit: int | None = 50,
    after: RateKey | None = None,
) -> Rates:
    """Rates over the last `hours` hour buckets (the current one included): overall (every
    domain), and one page of the domains with at least `min_sent` recipients sent (and at
    least one), most sent first (`limit` None: all of them)."""
    start = rate_start(now, hours)
    sent = await sent_per_domain(engines, start)
    ranked = sorted(
        ((n, d) for d, n in sent.items() if n >= max(1, min_sent)), key=lambda x: (-x[0], x[1])
    )
    if after is not None:
        ranked = [(n, d) for n, d in ranked if (-n, d) > (-after.sent, after.domain)]
    page = ranked if limit is None else ranked[:limit]
    more = limit is not None and len(ranked) > limit
    failed = await failures_of(engines, start, [d for _, d in page])
    overall = await failures_of(engines, start, None)
    return Rates(
        start,
        hours,
        _rate("all", sum(sent.values()), overall.get("all", {})),
        tuple(_rate(d, n, failed.get(d, {})) for n, d in page),
        RateKey(*page[-1]) if more and page else None,
    )


@dataclass(frozen=True, slots=True)
class Alert:
    """An alert of one scope: "all", a destination domain, or a provider."""

    alert: str  # bounce-rate-review, bounce-rate-pause, complaint-rate-review, ...
    scope: str
    active: bool
    since: datetime  # when it was raised
    value: float  # the rate (or blocks per hour) at the last evaluation that saw it crossing
    threshold: float
    volume: int  # recipients sent (rates) or blocks (provider-blocking) behind the value
    updated_at: datetime
    cleared_at: datetime | None


async def alerts(engines: Engines, *, active_only: bool = True) -> tuple[Alert, ...]:
    """The alerts raised and not cleared (all known ones if not `active_only`), the oldest
    raised first."""
    query = select(AlertRow).order_by(AlertRow.since, AlertRow.alert, AlertRow.scope)
    if active_only:
        query = query.where(AlertRow.active.is_(True))
    async with engines.reader.connect() as conn:
        result = await conn.execute(query)
        return tuple(
            Alert(
                m["alert"],
                m["scope"],
                bool(m["active"]),
                m["since"],
                float(m["value"]),
                float(m["threshold"]),
                int(m["volume"]),
                m["updated_at"],
                m["cleared_at"],
            )
            for m in result.mappings()
        )
