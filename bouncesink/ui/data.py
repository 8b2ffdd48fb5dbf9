"""What the page shows, read from the store: one function per view, frozen values out.

The page asks only these functions. The overview, the tops, the suppressions per day, the
rates and the alerts come from the store's rollups (see ``bouncesink/store/dashboard.py``:
each read answers from counts kept in the transaction that records the events, so it costs
the same at five million events as at five). Nothing here counts addresses: a count by
state reads the whole table (``bouncesink stats`` does it, the page does not).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..config import AlertsConfig
from ..store import Alert, KindBucket, RateKey, Rates, Store, SuppressionDay
from ..types import Kind

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
SPANS = {"24h": "hour", "7d": "day", "30d": "day"}  # the store's windows and their buckets
TOP = 10
SUPPRESSION_DAYS = 30


@dataclass(frozen=True, slots=True)
class Span:
    name: str  # "24h", "7d", "30d"

    @property
    def unit(self) -> str:
        return SPANS[self.name]


@dataclass(frozen=True, slots=True)
class Ranked:
    name: str  # a destination domain or a provider
    count: int


@dataclass(frozen=True, slots=True)
class Overview:
    span: Span
    messages: dict[str, int]  # received, processed, unparsable over the span
    buckets: tuple[KindBucket, ...]  # events per kind, one per bucket, oldest first
    totals: dict[str, int]  # events per kind over the span
    domains: dict[str, list[Ranked]]  # per kind of RANKING_KINDS: the top domains
    providers: dict[str, list[Ranked]]  # per kind of RANKING_KINDS: the top providers
    suppressions: tuple[SuppressionDay, ...]  # the last SUPPRESSION_DAYS days
    backlog: int  # messages stored and not processed yet
    alerts: int  # alerts raised and not cleared


async def overview(store: Store, span: Span, now: datetime) -> Overview:
    view = await store.overview(span.name, now)

    async def ranked(by: str) -> dict[str, list[Ranked]]:
        return {
            kind: [Ranked(e.name, e.count) for e in await store.top(by, kind, span.name, now, TOP)]
            for kind in RANKING_KINDS
        }

    return Overview(
        span=span,
        messages={
            "received": view.received,
            "processed": view.processed,
            "unparsable": view.unparsable,
        },
        buckets=view.events,
        totals={k: view.totals.get(k, 0) for k in FAILURE_KINDS},
        domains=await ranked("domain"),
        providers=await ranked("provider"),
        suppressions=await store.suppressions_per_day(now, SUPPRESSION_DAYS),
        backlog=view.backlog,
        alerts=len(await store.alerts()),
    )


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a rate calls for the operator ([alerts]; the defaults are Amazon SES's review and
    pause levels), and the recipients a domain needs in the window to be judged."""

    bounce_review: float = 0.05
    bounce_pause: float = 0.10
    complaint_review: float = 0.001
    complaint_pause: float = 0.005
    window_hours: int = 24
    min_sent: int = 500

    @classmethod
    def of(cls, alerts: AlertsConfig) -> Thresholds:
        return cls(
            alerts.bounce_review,
            alerts.bounce_pause,
            alerts.complaint_review,
            alerts.complaint_pause,
            alerts.window_hours,
            alerts.min_sent,
        )


@dataclass(frozen=True, slots=True)
class RatesView:
    rates: Rates
    alerts: tuple[Alert, ...]  # raised and not cleared
    history: tuple[Alert, ...]  # every alert known, the newest raised first
    thresholds: Thresholds


async def rates(
    store: Store, now: datetime, thresholds: Thresholds, limit: int, after: RateKey | None
) -> RatesView:
    found = await store.rates(now, thresholds.window_hours, limit=limit, after=after)
    known = await store.alerts(active_only=False)
    return RatesView(
        found,
        tuple(a for a in known if a.active),
        tuple(sorted(known, key=lambda a: a.since, reverse=True)[:50]),
        thresholds,
    )
