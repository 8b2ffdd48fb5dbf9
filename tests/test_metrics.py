"""Metrics: one registry per daemon, and the text a Prometheus scrape reads."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from bouncesink.metrics import REFUSE_CAUSES, Metrics


def samples(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = metrics.render().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_two_daemons_count_apart() -> None:
    first, second = Metrics(), Metrics()
    first.received()
    first.received(3)
    assert samples(first)[("bouncesink_messages_received_total", ())] == 4
    assert samples(second)[("bouncesink_messages_received_total", ())] == 0


def test_every_method_shows_in_the_text() -> None:
    metrics = Metrics(process=False)
    metrics.refused("foreign-domain")
    metrics.recorded("soft", "quota-issues", 2)
    metrics.parse_failed()
    metrics.processing_seconds(0.003)
    metrics.processing_delay(0.2)
    metrics.webhook_failed()
    metrics.set_pending(7)
    metrics.http_request("/healthz", "GET", 200, 0.001)
    got = samples(metrics)
    assert got[("bouncesink_messages_refused_total", (("cause", "foreign-domain"),))] == 1
    assert got[("bouncesink_records_total", (("category", "quota-issues"), ("kind", "soft")))] == 2
    assert got[("bouncesink_parse_failures_total", ())] == 1
    assert got[("bouncesink_processing_seconds_count", ())] == 1
    assert got[("bouncesink_processing_seconds_bucket", (("le", "0.005"),))] == 1
    assert got[("bouncesink_processing_delay_seconds_count", ())] == 1
    assert got[("bouncesink_webhook_failures_total", ())] == 1
    assert got[("bouncesink_pending_messages", ())] == 7
    assert got[("bouncesink_http_request_seconds_count", (("route", "/healthz"),))] == 1


def test_known_refusal_causes_start_at_zero() -> None:
    got = samples(Metrics(process=False))
    for cause in REFUSE_CAUSES:
        assert got[("bouncesink_messages_refused_total", (("cause", cause),))] == 0


def test_process_metrics_are_included_by_default() -> None:
    assert "process_resident_memory_bytes" in Metrics().render().decode()


def test_metrics_not_exported_count_nothing_and_render_nothing() -> None:
    """What a daemon without an API keeps (nothing can scrape it): every method may be
    called, none keeps anything."""
    metrics = Metrics(exported=False)
    metrics.received(3)
    metrics.refused("foreign-domain")
    metrics.recorded("soft", "quota-issues", 2)
    metrics.parse_failed()
    metrics.processing_seconds(0.003)
    metrics.processing_delay(0.2)
    metrics.webhook_failed()
    metrics.connector_started("lists")
    metrics.connector_attempt("lists", "failed", gave_up=True)
    metrics.alert_active("bounce-rate-review", "all", True)
    metrics.sent("policyd", 4)
    metrics.http_request("/healthz", "GET", 200, 0.001)
    metrics.set_pending(7)
    assert metrics.render() == b""
