"""Prometheus metrics of one daemon, in a registry of its own (never the global default).

The SMTP handler, the worker, the webhook sender and the HTTP API call the small methods of
:class:`Metrics`; ``GET /metrics`` renders :meth:`Metrics.render`. Gauges that describe the
database (the pending queue) are set just before a scrape by the code that serves it.

Names (all prefixed ``bouncesink_``):

- ``messages_received_total`` messages answered 250 (stored durably)
- ``messages_refused_total{cause}`` recipients or messages refused; causes in REFUSE_CAUSES
- ``records_total{kind,category}`` classified recipient records recorded as events
- ``parse_failures_total`` messages kept as unparsable
- ``processing_seconds`` histogram: parse and classify one message (CPU time, in the worker)
- ``processing_delay_seconds`` histogram: received → events recorded (what a list manager
  waits before the API shows a bounce)
- ``pending_messages`` gauge: stored messages not processed yet (read at scrape)
- ``webhook_failures_total`` webhook deliveries that failed (each attempt)
- ``connector_attempts_total{connector,outcome}`` attempts to push a decision to a list
  manager, by connector name; outcome ``delivered``, ``nothing-to-do`` (e.g. no such contact)
  or ``failed``
- ``connector_gave_up_total{connector}`` decisions a connector stopped retrying
- ``alert_active{alert,scope}`` gauge: 1 while an alert is raised, 0 once it is cleared
  (bouncesink.alerting; scope "all", a destination domain or a provider)
- ``sent_recipients_total{source}`` recipients counted as sent (the policy service's, and
  those reported through POST /v1/sent)
- ``http_requests_total{route,method,status}``, ``http_request_seconds{route}`` the API itself
"""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

# Causes of refusal known in advance: they are exported at 0 before the first one happens.
REFUSE_CAUSES = (
    "foreign-domain",  # 550 at RCPT: a domain that is not ours (relay attempt)
    "bad-address",  # 553 at RCPT: not an address
    "too-many-recipients",  # 452 at RCPT
    "bad-token",  # 550 at RCPT: return-path token missing or invalid ([tokens] enforce)
    "too-many-sessions",  # 421 at connect: the server is full
    "rate-limited",  # 421 at connect: too many sessions from one IP
    "store-failed",  # 451 after DATA: the message could not be made durable
    "too-large",  # 552 5.3.4 at MAIL (SIZE=) or after DATA: over [smtp].max_message_size
)

# Processing is sub-millisecond for a typical bounce and seconds for a huge one.
PROCESSING_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10)
DELAY_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800)
HTTP_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10)


class _Unexported:
    """A metric that nothing reads: each call does nothing."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def labels(self, *values: str) -> _Unexported:
        return self

    def inc(self, amount: float = 1) -> None:
        pass

    def observe(self, value: float) -> None:
        pass

    def set(self, value: float) -> None:
        pass


# What stands for the Prometheus client's classes in metrics that are not exported.
_UNEXPORTED = SimpleNamespace(
    CollectorRegistry=_Unexported,
    Counter=_Unexported,
    Gauge=_Unexported,
    Histogram=_Unexported,
    ProcessCollector=_Unexported,
)


def _prometheus() -> ModuleType:
    import prometheus_client

    return prometheus_client


class Metrics:
    """Every metric of one daemon; safe to create several (each has its own registry).

    ``exported=False``: metrics that nothing can read (a daemon with no HTTP API serves no
    ``/metrics``): every method does nothing, and the Prometheus client (with the standard
    library's HTTP server and client it loads, some 2 MiB) stays out of the daemon's memory.
    """

    # The text format every Prometheus version reads.
    content_type = "text/plain; version=0.0.4; charset=utf-8"

    def __init__(self, *, process: bool = True, exported: bool = True) -> None:
        self.exported = exported
        kinds: Any = _prometheus() if exported else _UNEXPORTED
        self.registry: CollectorRegistry = kinds.CollectorRegistry()
        reg = self.registry
        self._received = kinds.Counter(
            "bouncesink_messages_received", "Messages stored durably (answered 250).", registry=reg
        )
        self._refused = kinds.Counter(
            "bouncesink_messages_refused",
            "Recipients or messages refused, by cause.",
            ["cause"],
            registry=reg,
        )
        for cause in REFUSE_CAUSES:
            self._refused.labels(cause)
        self._records = kinds.Counter(
            "bouncesink_records",
            "Classified recipient records recorded as events, by kind and category.",
            ["kind", "category"],
            registry=reg,
        )
        self._parse_failures = kinds.Counter(
            "bouncesink_parse_failures", "Messages kept as unparsable.", registry=reg
        )
        self._processing = kinds.Histogram(
            "bouncesink_processing_seconds",
            "Time to parse and classify one stored message.",
            buckets=PROCESSING_BUCKETS,
            registry=reg,
        )
        self._delay = kinds.Histogram(
            "bouncesink_processing_delay_seconds",
            "Time from receipt (250) to the message's events being recorded.",
            buckets=DELAY_BUCKETS,
            registry=reg,
        )
        self._pending = kinds.Gauge(
            "bouncesink_pending_messages",
            "Stored messages not processed yet (read from the database at scrape).",
            registry=reg,
        )
        self._webhook_failures = kinds.Counter(
            "bouncesink_webhook_failures", "Failed webhook delivery attempts.", registry=reg
        )
        self._connector_attempts = kinds.Counter(
            "bouncesink_connector_attempts",
            "Attempts to push a decision to a list manager, by connector and outcome.",
            ["connector", "outcome"],
            registry=reg,
        )
        self._connector_gave_up = kinds.Counter(
            "bouncesink_connector_gave_up",
            "Decisions a connector stopped retrying (every attempt failed).",
            ["connector"],
            registry=reg,
        )
        self._http_requests = kinds.Counter(
            "bouncesink_http_requests",
            "HTTP API requests, by route template, method and status.",
            ["route", "method", "status"],
            registry=reg,
        )
        self._http_seconds = kinds.Histogram(
            "bouncesink_http_request_seconds",
            "HTTP API request latency, by route template.",
            ["route"],
            buckets=HTTP_BUCKETS,
            registry=reg,
        )
        self._alert_active = kinds.Gauge(
            "bouncesink_alert_active",
            "1 while an alert is raised, 0 once cleared, by alert and scope.",
            ["alert", "scope"],
            registry=reg,
        )
        self._sent = kinds.Counter(
            "bouncesink_sent_recipients",
            "Recipients counted as sent, by source (policyd, a sender's report).",
            ["source"],
            registry=reg,
        )
        if process:
            kinds.ProcessCollector(registry=reg)

    # -- SMTP handler -----------------------------------------------------------------------

    def received(self, count: int = 1) -> None:
        self._received.inc(count)

    def refused(self, cause: str) -> None:
        self._refused.labels(cause).inc()

    # -- worker -----------------------------------------------------------------------------

    def recorded(self, kind: str, category: str, count: int = 1) -> None:
        self._records.labels(kind, category).inc(count)

    def parse_failed(self, count: int = 1) -> None:
        self._parse_failures.inc(count)

    def processing_seconds(self, seconds: float) -> None:
        self._processing.observe(seconds)

    def processing_delay(self, seconds: float) -> None:
        self._delay.observe(seconds)

    # -- webhooks ---------------------------------------------------------------------------

    def webhook_failed(self) -> None:
        self._webhook_failures.inc()

    # -- connectors -------------------------------------------------------------------------

    CONNECTOR_OUTCOMES = ("delivered", "nothing-to-do", "failed")

    def connector_started(self, connector: str) -> None:
        """Export a connector's counters at 0 before its first attempt."""
        for outcome in self.CONNECTOR_OUTCOMES:
            self._connector_attempts.labels(connector, outcome)
        self._connector_gave_up.labels(connector)

    def connector_attempt(self, connector: str, outcome: str, gave_up: bool = False) -> None:
        self._connector_attempts.labels(connector, outcome).inc()
        if gave_up:
            self._connector_gave_up.labels(connector).inc()

    # -- alerts and recipients sent -------------------------------------------------------

    def alert_active(self, alert: str, scope: str, active: bool) -> None:
        self._alert_active.labels(alert, scope).set(1 if active else 0)

    def sent(self, source: str, count: int) -> None:
        self._sent.labels(source).inc(count)

    # -- API and scrape ---------------------------------------------------------------------

    def http_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self._http_requests.labels(route, method, str(status)).inc()
        self._http_seconds.labels(route).observe(seconds)

    def set_pending(self, count: int) -> None:
        self._pending.set(count)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric, as served to a scrape (empty for
        metrics that are not exported)."""
        if not self.exported:
            return b""
        return bytes(_prometheus().generate_latest(self.registry))
