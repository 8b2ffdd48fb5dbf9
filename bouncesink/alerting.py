"""Alerts: when the bounce or complaint rate, or a provider's refusals, call for the operator.

A task of the daemon (:class:`AlertWatch`) evaluates every ``[alerts].interval_seconds``
(default a minute) what crosses now (:func:`rate_crossings`, :func:`blocking_crossings`, pure
functions of the store's figures) and settles it in the store: a crossing that was not raised
is raised, one that no longer crosses is cleared, each announced as a webhook event
(``alert.raised`` / ``alert.cleared``, through the outbox, signed as every webhook) and shown
in the gauge ``bouncesink_alert_active{alert,scope}``. The alert state is stored: a restart
raises nothing twice, and clears what ended while it was down.

The alerts, precisely:

- ``bounce-rate-review`` / ``bounce-rate-pause``: hard bounces / recipients sent over the last
  ``window_hours`` hour buckets (the current one included) is at or above ``bounce_review``
  (default 5 %) / ``bounce_pause`` (10 %). SES's bounce rate counts hard bounces only, and so
  does this one; soft bounces and blocks are shown on the page but do not count.
- ``complaint-rate-review`` / ``complaint-rate-pause``: complaints / recipients sent, at or
  above ``complaint_review`` (0.1 %) / ``complaint_pause`` (0.5 %).
  Both for scope ``all`` (every destination) and for each destination domain, wherever at
  least ``min_sent`` recipients were sent in the window (1 bounce of 2 sent is no alert).
  A pause alert comes with its review alert (both cross).
- ``provider-blocking``: a provider (bouncesink.store.rollups.provider_of) refusing us
  suddenly. With H the current hour bucket: ``recent`` = the larger of the blocks in H and in
  H - 1 h (a burst shows while the hour fills, and for the whole next hour); ``baseline`` =
  the provider's blocks per hour over the ``blocking_baseline_days`` days of hour buckets
  before H - 1 h (their sum / their number of hours). It crosses when ``recent`` >=
  max(``blocking_factor`` * baseline, ``blocking_min_blocks``). It needs no sent counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

from .config import AlertsConfig
from .metrics import Metrics
from .store import Crossing, Rate, Settled, Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

BOUNCE_REVIEW = "bounce-rate-review"
BOUNCE_PAUSE = "bounce-rate-pause"
COMPLAINT_REVIEW = "complaint-rate-review"
COMPLAINT_PAUSE = "complaint-rate-pause"
PROVIDER_BLOCKING = "provider-blocking"
ALL = "all"


def rate_crossings(overall: Rate, domains: Sequence[Rate], config: AlertsConfig) -> list[Crossing]:
    """The rate alerts that cross, for all destinations and each domain given, where at least
    ``min_sent`` recipients were sent."""
    found: list[Crossing] = []
    for rate in (overall, *domains):
        if rate.sent < config.min_sent:
            continue
        scope = ALL if rate is overall else rate.scope
        for name, failures, threshold in (
            (BOUNCE_REVIEW, rate.hard, config.bounce_review),
            (BOUNCE_PAUSE, rate.hard, config.bounce_pause),
            (COMPLAINT_REVIEW, rate.complaint, config.complaint_review),
            (COMPLAINT_PAUSE, rate.complaint, config.complaint_pause),
        ):
            value = failures / rate.sent
            if value >= threshold:
                found.append(Crossing(name, scope, value, threshold, rate.sent))
    return found


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def baseline_start(now: datetime, config: AlertsConfig) -> datetime:
    """The first hour bucket that :func:`blocking_crossings` reads."""
    return hour_of(now) - timedelta(hours=1, days=config.blocking_baseline_days)


def blocking_crossings(
    blocks: Mapping[str, Mapping[datetime, int]], now: datetime, config: AlertsConfig
) -> list[Crossing]:
    """Providers whose blocks in the last hour jump above their own baseline (module doc)."""
    current = hour_of(now)
    previous = current - timedelta(hours=1)
    start = baseline_start(now, config)
    hours = config.blocking_baseline_days * 24
    found: list[Crossing] = []
    for provider, per_hour in sorted(blocks.items()):
        recent = max(per_hour.get(current, 0), per_hour.get(previous, 0))
        if recent < config.blocking_min_blocks:
            continue
        before = sum(n for at, n in per_hour.items() if start <= at < previous)
        baseline = before / hours
        threshold = max(config.blocking_factor * baseline, float(config.blocking_min_blocks))
        if recent >= threshold:
            found.append(Crossing(PROVIDER_BLOCKING, provider, float(recent), threshold, recent))
    return found


def utc_now() -> datetime:
    return datetime.now(UTC)


class AlertWatch:
    """Evaluates the alerts every interval until stopped; each evaluation settles them in the
    store (raises, clears, webhook events), sets the gauge and wakes the webhook sender."""

    def __init__(
        self,
        store: Store,
        config: AlertsConfig,
        *,
        webhook_urls: Sequence[str] = (),
        metrics: Metrics | None = None,
        clock: Clock = utc_now,
        on_announce: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._config = config
        self._urls = tuple(webhook_urls)
        self._metrics = metrics
        self._clock = clock
        self._on_announce = on_announce
        self._stop = asyncio.Event()

    async def evaluate(self) -> Settled:
        """One evaluation: what crosses now, settled in the store."""
        now = self._clock()
        config = self._config
        await self._store.advance_rollups(now)  # the page's 7- and 30-day tops
        rates = await self._store.rates(
            now, config.window_hours, min_sent=config.min_sent, limit=None
        )
        crossing = rate_crossings(rates.overall, rates.items, config)
        blocks = await self._store.block_hours(baseline_start(now, config))
        crossing += blocking_crossings(blocks, now, config)
        settled = await self._store.settle_alerts(crossing, now, self._urls)
        for alert in settled.raised:
            log.warning(
                "alert raised alert=%s scope=%s value=%.4g threshold=%.4g volume=%d",
                alert.alert,
                alert.scope,
                alert.value,
                alert.threshold,
                alert.volume,
            )
        for alert in settled.cleared:
            log.info("alert cleared alert=%s scope=%s", alert.alert, alert.scope)
        if self._metrics is not None:
            for alert in settled.active:
                self._metrics.alert_active(alert.alert, alert.scope, True)
            for alert in settled.cleared:
                self._metrics.alert_active(alert.alert, alert.scope, False)
        if (settled.raised or settled.cleared) and self._urls and self._on_announce:
            self._on_announce()
        return settled

    async def run(self) -> None:
        """Evaluate every interval until stopped; with [alerts].enabled false, only keep the
        page's 7- and 30-day totals moving."""
        enabled = self._config.enabled
        log.info("alerts started interval=%gs enabled=%s", self._config.interval_seconds, enabled)
        while not self._stop.is_set():
            try:
                if enabled:
                    await self.evaluate()
                else:
                    await self._store.advance_rollups(self._clock())
            except Exception as exc:  # a database outage: try again at the next interval
                log.error("alert evaluation failed error=%r", exc)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self._config.interval_seconds)
        log.info("alerts stopped")

    def stop(self) -> None:
        self._stop.set()
