"""What the page shows, read from the store: one function per view, frozen values out.

The page asks only these functions; each says which reads of the store it uses, so that the
views stay the same when a figure comes from another read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..store import Store
from ..types import Kind, MessageStatus

# The kinds that are failures, in the order of the charts' stacks and the tables' columns.
FAILURE_KINDS: tuple[str, ...] = (
    Kind.HARD,
    Kind.SOFT,
    Kind.BLOCK,
    Kind.COMPLAINT,
    Kind.UNKNOWN,
)
# Which kinds rank destinations: those that cost a sender its reputation.
RANKING_KINDS: tuple[str, ...] = (Kind.HARD, Kind.BLOCK, Kind.COMPLAINT)


@dataclass(frozen=True, slots=True)
class Span:
    """A period shown: its name, its length, and the width of one bucket."""

    name: str
    length: timedelta
    bucket: timedelta

    @property
    def unit(self) -> str:
        return "hour" if self.bucket == timedelta(hours=1) else "day"


SPANS = {
    "24h": Span("24h", timedelta(hours=24), timedelta(hours=1)),
    "7d": Span("7d", timedelta(days=7), timedelta(days=1)),
    "30d": Span("30d", timedelta(days=30), timedelta(days=1)),
}


@dataclass(frozen=True, slots=True)
class Bucket:
    start: datetime
    counts: dict[str, int]  # events per kind

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Ranked:
    name: str  # a destination domain or a provider
    counts: dict[str, int]  # events per kind of RANKING_KINDS


@dataclass(frozen=True, slots=True)
class Overview:
    span: Span
    messages: dict[str, int]  # stored messages per status, and "received": all of them
    buckets: list[Bucket]
    totals: dict[str, int]  # events per kind over the span
    domains: list[Ranked]
    states: dict[str, int]  # addresses per state now
    backlog: int  # messages stored and not processed yet


def bucket_starts(span: Span, now: datetime) -> list[datetime]:
    """The starts of the span's buckets, oldest first; the last one holds `now`."""
    now = now.astimezone(UTC)
    if span.unit == "hour":
        last = now.replace(minute=0, second=0, microsecond=0)
    else:
        last = now.replace(hour=0, minute=0, second=0, microsecond=0)
    count = int(span.length / span.bucket)
    return [last - span.bucket * i for i in range(count - 1, -1, -1)]


async def _buckets(store: Store, starts: list[datetime]) -> list[Bucket]:
    """Events per kind in each bucket, from the totals since each bucket's start."""
    since = [await store.totals(start) for start in starts]
    buckets = []
    for i, start in enumerate(starts):
        later = since[i + 1] if i + 1 < len(starts) else {}
        counts = {k: since[i].get(k, 0) - later.get(k, 0) for k in FAILURE_KINDS}
        buckets.append(Bucket(start, counts))
    return buckets


async def _domains(store: Store, since: datetime, limit: int) -> list[Ranked]:
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for kind in RANKING_KINDS:
        for row in await store.domain_stats(since, (kind,), limit=50 * limit):
            per_kind = counts[row.domain]
            per_kind[row.kind] = per_kind.get(row.kind, 0) + row.count
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    return [Ranked(name, per_kind) for name, per_kind in ranked[:limit]]


async def overview(store: Store, span: Span, now: datetime, soft_lapse_days: int) -> Overview:
    messages = await store.message_counts()
    messages = {
        "received": sum(messages.values()),
        **{status.value: messages.get(status, 0) for status in MessageStatus},
    }
    starts = bucket_starts(span, now)
    buckets = await _buckets(store, starts)
    totals = {k: sum(b.counts[k] for b in buckets) for k in FAILURE_KINDS}
    return Overview(
        span=span,
        messages=messages,
        buckets=buckets,
        totals=totals,
        domains=await _domains(store, starts[0], 10),
        states=await store.state_counts(now, soft_lapse_days),
        backlog=messages[MessageStatus.PENDING],
    )
