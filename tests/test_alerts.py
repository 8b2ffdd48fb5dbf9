"""Rates and alerts: recipients sent (the policy service, POST /v1/sent), bounce and complaint
rates, the alerts they raise and clear (webhook events through the outbox, the gauge, the
page's read), and a provider suddenly blocking against its own generated history."""

from __future__ import annotations

import asyncio
import random
import re
import time
import tomllib
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bouncesink.alerting import (
    BOUNCE_PAUSE,
    BOUNCE_REVIEW,
    COMPLAINT_PAUSE,
    COMPLAINT_REVIEW,
    PROVIDER_BLOCKING,
    AlertWatch,
    blocking_crossings,
    hour_of,
    rate_crossings,
)
from bouncesink.classify import hosts
from bouncesink.config import AlertsConfig, from_dict
from bouncesink.metrics import Metrics
from bouncesink.pipeline import Incoming, NewEvent, Outcome
from bouncesink.recording import Recorder
from bouncesink.store import Rate, SentCount, Store
from bouncesink.types import Category, Kind, MessageStatus, Reason
from bouncesink.webhooks import verify

from .dsn import dsn
from .support import running_daemon, send, write_config
from .test_daemon_api import free_port
from .test_policyd import ask
from .test_webhooks import Received, receiving

NOW = datetime(2026, 12, 3, 10, 20, tzinfo=UTC)
SECRET = "alert-secret-0123456789"
WRITE = "write-token-0123456789"
READ = "read-token-0123456789ab"


# -- the rules, on generated figures ---------------------------------------------------------


def test_rate_alerts_need_the_minimum_volume_and_cross_at_the_threshold() -> None:
    config = AlertsConfig(min_sent=100)
    rng = random.Random(1)
    for _ in range(300):
        sent = rng.randrange(0, 400)
        hard, complaint = rng.randrange(0, 60), rng.randrange(0, 5)
        rate = Rate("d.example", sent, hard, 0, 0, complaint)
        found = {
            (c.alert, c.scope) for c in rate_crossings(Rate("all", 0, 0, 0, 0, 0), [rate], config)
        }
        expected = set()
        if sent >= 100:
            for name, n, threshold in (
                (BOUNCE_REVIEW, hard, 0.05),
                (BOUNCE_PAUSE, hard, 0.10),
                (COMPLAINT_REVIEW, complaint, 0.001),
                (COMPLAINT_PAUSE, complaint, 0.005),
            ):
                if n / sent >= threshold:
                    expected.add((name, "d.example"))
        assert found == expected, (sent, hard, complaint)
    # 1 hard bounce of 2 sent is 50 %, and no alert
    assert rate_crossings(Rate("all", 2, 1, 0, 0, 0), [], config) == []


def test_blocking_alert_compares_the_last_hour_with_the_providers_own_baseline() -> None:
    config = AlertsConfig(blocking_factor=4.0, blocking_min_blocks=20, blocking_baseline_days=7)
    rng = random.Random(7)
    current = hour_of(NOW)
    hours = [current - timedelta(hours=h) for h in range(2, 2 + 7 * 24)]
    # provider → (mean blocks per baseline hour, blocks in the previous hour, in the current one)
    plan = {
        "google": (30.0, 20, 100),  # a big sender's usual refusals: 100 < 4 * 30
        "outlook": (1.0, 3, 25),  # a jump from about 1 an hour to 25
        "orange": (8.0, 45, 2),  # the burst was in the previous hour: still shown
        "yahoo": (0.0, 0, 19),  # under the minimum count
        "gmx": (8.0, 25, 25),  # 25 < 4 * 8: within its own habits
    }
    blocks: dict[str, dict[datetime, int]] = {}
    for name, (mean, previous, now_count) in plan.items():
        per_hour = {h: rng.randint(0, int(2 * mean)) for h in hours}
        per_hour[current - timedelta(days=9)] = 10_000  # older than the baseline: not read
        per_hour[current - timedelta(hours=1)] = previous
        per_hour[current] = now_count
        blocks[name] = per_hour
    found = {c.scope: c for c in blocking_crossings(blocks, NOW, config)}
    for name, per_hour in blocks.items():
        baseline = sum(per_hour.get(h, 0) for h in hours) / len(hours)
        recent = max(per_hour[current], per_hour[current - timedelta(hours=1)])
        crosses = recent >= max(4.0 * baseline, 20)
        assert (name in found) == crosses, (name, recent, baseline)
        if crosses:
            assert found[name].alert == PROVIDER_BLOCKING
            assert found[name].value == recent
            assert found[name].threshold == max(4.0 * baseline, 20)
    assert set(found) == {"outlook", "orange"}


# -- on a real store: generated history, raised, kept across a restart, cleared ---------------


MTA = "hotmail-com.olc.protection.outlook.com"
PROVIDER = hosts.provider(MTA, None, "")  # the provider that MTA's name says


def block(address: str, index: int) -> NewEvent:
    return NewEvent(
        index, address, Kind.BLOCK, Category.SPAM_RELATED, Reason.BLOCKED, "test", "failed",
        "5.7.1", 550, "550 5.7.1 blocked", MTA, "rfc3464",
    )  # fmt: skip


async def record_blocks(store: Store, per_hour: dict[datetime, int]) -> None:
    items, when = [], []
    for at, n in sorted(per_hour.items()):
        for k in range(n):
            items.append(Incoming(f"{at}-{k}".encode(), "", ("b@bounces.example.org",), at))
            when.append(at)
    ids = await store.receive(items)
    outcomes = [
        Outcome(i, MessageStatus.PROCESSED, "dsn", None, (block(f"u{i % 50}@hotmail.com", 0),))
        for i in ids
    ]
    received = dict(zip(ids, when, strict=True))
    for start in range(0, len(outcomes), 200):
        await Recorder(store).record(outcomes[start : start + 200], received, NOW)


async def test_a_provider_blocking_raises_once_and_clears(store: Store) -> None:
    rng = random.Random(11)
    current = hour_of(NOW)
    history = {current - timedelta(hours=h): rng.randint(0, 2) for h in range(2, 7 * 24 + 2)}
    history[current] = 30
    await record_blocks(store, history)
    url = "http://127.0.0.1:9/alerts"
    metrics = Metrics(process=False)
    config = AlertsConfig(blocking_min_blocks=20)
    clock = [NOW]

    def watch() -> AlertWatch:
        return AlertWatch(
            store, config, webhook_urls=[url], metrics=metrics, clock=lambda: clock[0]
        )

    settled = await watch().evaluate()
    assert [(a.alert, a.scope, a.value) for a in settled.raised] == [
        (PROVIDER_BLOCKING, PROVIDER, 30.0)
    ]
    (shown,) = await store.alerts()
    assert (shown.alert, shown.scope, shown.since, shown.volume) == (
        PROVIDER_BLOCKING,
        PROVIDER,
        NOW,
        30,
    )
    gauge = f'bouncesink_alert_active{{alert="provider-blocking",scope="{PROVIDER}"}} 1.0'
    assert gauge in metrics.render().decode()
    # a restarted daemon finds it raised: nothing announced twice
    clock[0] = NOW + timedelta(minutes=5)
    again = await watch().evaluate()
    assert again.raised == () and again.cleared == ()
    assert [a.since for a in again.active] == [NOW]
    # two hours later the burst is over
    clock[0] = NOW + timedelta(hours=2)
    cleared = await watch().evaluate()
    assert [(a.alert, a.scope) for a in cleared.cleared] == [(PROVIDER_BLOCKING, PROVIDER)]
    assert await store.alerts() == ()
    assert gauge.replace(" 1.0", " 0.0") in metrics.render().decode()
    rows = [r for r in await store.outbox.rows() if r.url == url]
    assert [r.action for r in rows] == ["alert.raised", "alert.cleared"]


async def test_sent_reports_replace_per_source_and_add_without_one(store: Store) -> None:
    hour = hour_of(NOW)
    await store.record_sent([SentCount("gmail.com", hour, 100)], "mailer", replace=True)
    await store.record_sent(
        [SentCount("gmail.com", hour + timedelta(minutes=9), 300)], "mailer", replace=True
    )
    await store.record_sent([SentCount("gmail.com", hour, 50)], "api")
    await store.record_sent([SentCount("gmail.com", hour, 50)], "api")
    await store.record_sent([SentCount("GMAIL.com", hour, 7)], "policyd")
    rates = await store.rates(NOW, 24)
    assert [(r.scope, r.sent) for r in rates.items] == [("gmail.com", 300 + 100 + 7)]
    assert rates.overall.sent == 407
    assert rates.items[0].bounce_rate == 0.0


# -- the daemon: a policy-service conversation, POST /v1/sent, bounces over SMTP ----------------


def arf(address: str, n: int) -> bytes:
    text = (Path(__file__).parent / "data" / "arf_01.eml").read_text()
    text = re.sub("complainer@isp.example", address, text, flags=re.IGNORECASE)
    return text.replace("arf001", f"arf{n:03d}").encode()


async def wait_for(condition, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not await condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


def documents(got: list[Received]) -> list[dict[str, object]]:
    """The alert documents received, each with a valid signature."""
    found = []
    for item in got:
        headers = {k.lower(): v for k, v in item.headers.items()}
        assert verify(SECRET, headers["x-bouncesink-signature"], item.body, int(time.time()))
        body = item.json
        assert headers["x-bouncesink-event-id"] == body["id"]
        if str(body["type"]).startswith("alert."):
            found.append(body)
    return found


async def test_rates_from_the_policy_service_and_v1_sent_raise_and_clear_alerts(
    tmp_path: Path,
) -> None:
    api, policyd = free_port(), free_port()
    async with receiving() as receiver:
        config = write_config(
            tmp_path,
            f"sqlite:///{tmp_path}/db.sqlite",
            extra=(
                f'[policyd]\nlisten = "127.0.0.1:{policyd}"\n'
                f'[webhooks]\nurls = ["{receiver.url}"]\nsecret = "{SECRET}"\n'
                "backoff_seconds = 0.2\n"
                "[alerts]\ninterval_seconds = 0.3\nmin_sent = 10\n"
            ),
        )
        config.write_text(
            config.read_text().replace(
                '[api]\nlisten = ""\n',
                f'[api]\nlisten = "127.0.0.1:{api}"\nread_tokens = ["{READ}"]\n'
                f'write_tokens = ["{WRITE}"]\n',
            )
        )
        async with (
            running_daemon(config) as d,
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{api}", timeout=30) as client,
        ):
            # 20 recipients at example.net asked about, over the policy protocol
            answers = await ask("127.0.0.1", policyd, *(f"user{i}@example.net" for i in range(20)))
            assert set(answers) == {"action=DUNNO"}

            async def counted() -> bool:  # the policy service writes its counts every 5 s
                text = (await client.get("/metrics")).text
                return 'bouncesink_sent_recipients_total{source="policyd"} 20.0' in text

            await wait_for(counted)
            # a sender's own counts: 100 to gmail.com this hour
            this_hour = hour_of(datetime.now(UTC)).isoformat()
            report = {
                "source": "mailer",
                "counts": [{"domain": "gmail.com", "hour": this_hour, "sent": 100}],
            }
            auth = {"Authorization": f"Bearer {WRITE}"}
            refused = await client.post(
                "/v1/sent", json=report, headers={"Authorization": f"Bearer {READ}"}
            )
            assert refused.status_code == 403
            bad = await client.post(
                "/v1/sent",
                json={"counts": [{"domain": "gmail.com", "hour": this_hour, "sent": -1}]},
                headers=auth,
            )
            assert bad.status_code == 400 and "counts[0].sent" in bad.json()["detail"]
            posted = await client.post("/v1/sent", json=report, headers=auth)
            assert posted.status_code == 200, posted.text
            assert posted.json() == {
                "source": "mailer",
                "rows": 1,
                "recipients": 100,
                "replaced": True,
            }
            # bounces over SMTP: 11 hard at gmail.com (11 %), 1 complaint at example.net (5 %)
            for i in range(11):
                await asyncio.to_thread(
                    send, d.host, d.port, dsn(f"gone{i}@gmail.com", msgid=str(i))
                )
            await asyncio.to_thread(send, d.host, d.port, arf("user3@example.net", 1))

            expected = {
                (BOUNCE_REVIEW, "gmail.com"),
                (BOUNCE_PAUSE, "gmail.com"),
                (COMPLAINT_REVIEW, "example.net"),
                (COMPLAINT_PAUSE, "example.net"),
                (BOUNCE_REVIEW, "all"),  # 11 of 120: 9.2 %
                (COMPLAINT_REVIEW, "all"),  # 1 of 120
                (COMPLAINT_PAUSE, "all"),
            }

            async def raised() -> bool:
                got = {
                    (b["alert"], b["scope"])
                    for b in documents(receiver.got)
                    if b["type"] == "alert.raised"
                }
                return got == expected

            await wait_for(raised)
            metrics = (await client.get("/metrics")).text
            assert (
                'bouncesink_alert_active{alert="bounce-rate-pause",scope="gmail.com"} 1.0'
                in metrics
            )
            pause = next(
                b
                for b in documents(receiver.got)
                if (b["alert"], b["scope"]) == (BOUNCE_PAUSE, "gmail.com")
            )
            assert pause["value"] == 11 / 100 and pause["volume"] == 100
            assert pause["threshold"] == 0.10 and pause["cleared_at"] is None

            # the sender's corrected report replaces its first: 1,000 sent, 1.1 %
            report["counts"][0]["sent"] = 1000  # type: ignore[index]
            assert (await client.post("/v1/sent", json=report, headers=auth)).status_code == 200

            # gmail.com: 11 of 1,000; all: 11 and 1 of 1,020 (under 5 % and 0.1 %)
            ended = {
                (BOUNCE_REVIEW, "gmail.com"),
                (BOUNCE_PAUSE, "gmail.com"),
                (BOUNCE_REVIEW, "all"),
                (COMPLAINT_REVIEW, "all"),
                (COMPLAINT_PAUSE, "all"),
            }

            async def cleared() -> bool:
                got = {
                    (b["alert"], b["scope"])
                    for b in documents(receiver.got)
                    if b["type"] == "alert.cleared"
                }
                return got == ended

            await wait_for(cleared)
            metrics = (await client.get("/metrics")).text
            assert (
                'bouncesink_alert_active{alert="bounce-rate-pause",scope="gmail.com"} 0.0'
                in metrics
            )
            assert (
                'bouncesink_alert_active{alert="complaint-rate-pause",scope="example.net"} 1.0'
                in metrics
            )
        store = Store.open(f"sqlite:///{tmp_path}/db.sqlite")
        try:
            rates = await store.rates(datetime.now(UTC), 24)
            sent = {r.scope: (r.sent, r.hard, r.complaint) for r in rates.items}
            assert sent == {"gmail.com": (1000, 11, 0), "example.net": (20, 0, 1)}
            active = Counter((a.alert, a.scope) for a in await store.alerts())
            assert set(active) == expected - ended  # example.net: 1 complaint of 20 sent
        finally:
            await store.close()


def test_the_readme_and_the_example_configure_alerts() -> None:
    """README's [alerts] example and config.example.toml's commented table, uncommented, load
    and say the defaults."""
    repo = Path(__file__).resolve().parent.parent
    readme = (repo / "README.md").read_text().split("### Rates and alerts", 1)[1]
    block = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    assert from_dict(tomllib.loads(block)).alerts == AlertsConfig()
    example = (repo / "config.example.toml").read_text()
    table = example.split("# [alerts]\n", 1)[1].split("\n\n", 1)[0]
    lines = [line.removeprefix("# ") for line in table.splitlines()]
    text = "[alerts]\n" + "\n".join(line for line in lines if not line.startswith("#"))
    assert from_dict(tomllib.loads(text)).alerts == AlertsConfig()
