"""The page's rollups equal a full recount from what they count, after a generated mix of
received messages, processing, reprocessing, operators' actions and pruning, on a real SQLite
file and a real PostgreSQL database; an upgraded database's history is backfilled."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bouncesink.classify import hosts
from bouncesink.pipeline import Incoming, NewEvent, Outcome
from bouncesink.recording import Recorder
from bouncesink.store import Store
from bouncesink.store import window as dashboard_window
from bouncesink.store.models import (
    DomainHourRow,
    EventDayRow,
    EventHourRow,
    EventRow,
    KindHourRow,
    MessageHourRow,
    RecentTotalRow,
    RollupMarkRow,
    StoredMessage,
    SuppressionDayRow,
    WebhookOutboxRow,
)
from bouncesink.types import Category, Kind, MessageStatus, Reason

NOW = datetime(2026, 12, 3, 10, 20, tzinfo=UTC)
URL = "http://127.0.0.1:9/hook"  # every change goes to the outbox (nothing is sent here)

# (domain, remote MTA): the provider comes from the MTA's name, the domain's, or is the domain
DESTINATIONS = (
    ("gmail.com", "gmail-smtp-in.l.google.com"),
    ("corp.example", "aspmx.l.google.com"),  # a Google Workspace domain
    ("hotmail.com", None),
    ("example.org", "mx.example.org"),
    ("small.example", None),
)
VERDICTS = (
    (Kind.HARD, Category.BAD_MAILBOX, Reason.USERUNKNOWN),
    (Kind.SOFT, Category.QUOTA_ISSUES, Reason.MAILBOXFULL),
    (Kind.BLOCK, Category.SPAM_RELATED, Reason.BLOCKED),
    (Kind.COMPLAINT, Category.COMPLAINT, Reason.FEEDBACK),
    (Kind.AUTOREPLY, Category.AUTO_REPLY, Reason.VACATION),
    (Kind.DELIVERED, Category.DELIVERED, Reason.DELIVERED),
)


def hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def event(rng: random.Random, index: int) -> NewEvent:
    domain, mta = rng.choice(DESTINATIONS)
    kind, category, reason = rng.choice(VERDICTS)
    who = f"user{rng.randrange(40)}@{domain}"
    return NewEvent(
        index, who, kind, category, reason, "test", "failed", "5.0.0", 550, "x", mta, "rfc3464"
    )


def outcome(rng: random.Random, message_id: int) -> Outcome:
    if rng.random() < 0.1:
        return Outcome(message_id, MessageStatus.UNPARSABLE, None, "broken")
    events = tuple(event(rng, i) for i in range(rng.randrange(0, 4)))
    return Outcome(message_id, MessageStatus.PROCESSED, "dsn", None, events)


async def rows(store: Store, model: Any) -> list[Any]:
    async with store.engines.reader.connect() as conn:
        return list((await conn.execute(select(model))).mappings())


def provider(domain: str, mta: str | None) -> str:
    return hosts.provider(mta, None, "", None, f"x@{domain}") or domain


async def recount_events(store: Store) -> Counter[tuple[Any, ...]]:
    """Events of received bounces per (kind, hour, domain, provider), counted from events."""
    found: Counter[tuple[Any, ...]] = Counter()
    for row in await rows(store, EventRow):
        if row["manual"] is None:
            key = (row["kind"], hour(row["occurred_at"]), row["domain"])
            found[(*key, provider(row["domain"], row["remote_mta"]))] += 1
    return found


async def rollup(store: Store, model: Any, *keys: str) -> Counter[tuple[Any, ...]]:
    return Counter(
        {tuple(r[k] for k in keys): r["count"] for r in await rows(store, model) if r["count"]}
    )


async def assert_event_rollups(store: Store, expected: Counter[tuple[Any, ...]]) -> None:
    expected = +expected
    assert await rollup(store, EventHourRow, "kind", "hour", "domain", "provider") == expected
    days: Counter[tuple[Any, ...]] = Counter()
    kinds: Counter[tuple[Any, ...]] = Counter()
    domains: Counter[tuple[Any, ...]] = Counter()
    for (kind, at, domain, name), n in expected.items():
        days[(kind, at.replace(hour=0), domain, name)] += n
        kinds[(at, kind)] += n
        domains[(domain, at, kind)] += n
    assert await rollup(store, DomainHourRow, "domain", "hour", "kind") == domains
    assert await rollup(store, EventDayRow, "kind", "day", "domain", "provider") == days
    assert await rollup(store, KindHourRow, "hour", "kind") == kinds


async def recount_messages(store: Store) -> Counter[tuple[Any, ...]]:
    found: Counter[tuple[Any, ...]] = Counter()
    for row in await rows(store, StoredMessage):
        found[(hour(row["received_at"]), "received")] += 1
        if row["status"] != MessageStatus.PENDING:
            found[(hour(row["processed_at"]), row["status"])] += 1
    return found


async def recount_suppressions(store: Store) -> Counter[tuple[Any, ...]]:
    """Addresses that became suppressed, from the changes the outbox announced."""
    found: Counter[tuple[Any, ...]] = Counter()
    for row in await rows(store, WebhookOutboxRow):
        if row["new_state"] == "suppressed" and row["previous_state"] != "suppressed":
            day = row["event_at"].replace(hour=0, minute=0, second=0, microsecond=0)
            found[(day, row["suppression_reason"])] += 1
    return found


async def receive(store: Store, rng: random.Random, count: int, start: int) -> list[int]:
    items = [
        Incoming(
            raw=f"message {start + i}".encode(),
            mail_from="",
            rcpt_to=("b@bounces.example.org",),
            received_at=NOW - timedelta(minutes=rng.randrange(0, 40 * 24 * 60)),
        )
        for i in range(count)
    ]
    return await store.receive(items)


async def received_at(store: Store) -> dict[int, datetime]:
    return {r["id"]: r["received_at"] for r in await rows(store, StoredMessage)}


async def test_rollups_equal_a_recount_after_new_events_reprocess_and_prune(store: Store) -> None:
    rng = random.Random(16)
    recorder = Recorder(store, webhook_urls=(URL,))
    ids = await receive(store, rng, 160, 0)
    ids += await receive(store, rng, 3, 0)  # the same bytes again: not received twice
    when = await received_at(store)
    for start in range(0, 150, 25):  # ten left pending
        batch = [outcome(rng, i) for i in ids[start : start + 25]]
        processed_at = NOW - timedelta(hours=rng.randrange(0, 48))
        await recorder.record(batch, when, processed_at)
    await recorder.record([outcome(rng, ids[0])], when, NOW)  # processed twice: counted once
    await recorder.add_manual_event("user1@gmail.com", "suppress", NOW)  # never counted
    await recorder.add_manual_event("user2@gmail.com", "unsuppress", NOW)
    await assert_event_rollups(store, await recount_events(store))
    assert await rollup(store, MessageHourRow, "hour", "measure") == await recount_messages(store)

    # reprocess: a message's events dropped and recorded again, with other verdicts
    again = [outcome(rng, i) for i in ids[10:60]]
    await recorder.record(again, when, NOW + timedelta(hours=1), replace=True)
    await assert_event_rollups(store, await recount_events(store))
    assert await rollup(store, MessageHourRow, "hour", "measure") == await recount_messages(store)
    suppressions = await recount_suppressions(store)
    assert sum(suppressions.values()) > 10
    assert await rollup(store, SuppressionDayRow, "day", "reason") == suppressions

    # prune: the events go, their counts stay (history)
    before = await recount_events(store)
    messages_before = await recount_messages(store)
    result = await store.prune(NOW, raw_days=10, events_days=45 - 1)
    assert result.events_deleted == 0  # nothing that old yet: prune at a later time
    result = await store.prune(NOW + timedelta(days=30), raw_days=10, events_days=44)
    assert result.events_deleted > 20 and result.messages_deleted > 0
    pruned = before - await recount_events(store)
    await assert_event_rollups(store, before)
    assert await rollup(store, MessageHourRow, "hour", "measure") == messages_before

    # and counting goes on over what is left
    ids2 = await receive(store, rng, 30, 1000)
    when = await received_at(store)
    await recorder.record([outcome(rng, i) for i in ids2], when, NOW + timedelta(hours=2))
    kept = [i for i in ids[100:150] if i in when]
    assert kept
    await recorder.record(
        [outcome(rng, i) for i in kept], when, NOW + timedelta(hours=3), replace=True
    )
    await assert_event_rollups(store, await recount_events(store) + pruned)


async def recent_totals(store: Store) -> Counter[tuple[Any, ...]]:
    return await rollup(store, RecentTotalRow, "span", "kind", "dimension", "name")


async def recount_recent(store: Store) -> Counter[tuple[Any, ...]]:
    """The 7- and 30-day totals, from the events on or after each span's mark."""
    marks = {r["span"]: r["start"] for r in await rows(store, RollupMarkRow)}
    assert set(marks) == {"7d", "30d"}
    found: Counter[tuple[Any, ...]] = Counter()
    for (kind, at, domain, name), n in (await recount_events(store)).items():
        for span, start in marks.items():
            if at >= start:
                found[(span, kind, "domain", domain)] += n
                found[(span, kind, "provider", name)] += n
    return +found


async def test_the_7_and_30_day_totals_slide_with_their_marks(store: Store) -> None:
    """Whatever its mark (moved on, lagging, after the window asked), a week's and a month's
    top equal the per-domain counts of `stats` (Store.domain_stats) from the window's start."""
    rng = random.Random(30)
    recorder = Recorder(store)
    ids = await receive(store, rng, 200, 0)
    when = await received_at(store)
    await recorder.record([outcome(rng, i) for i in ids], when, NOW)
    await store.advance_rollups(NOW - timedelta(days=20))  # before the marks: nothing moves
    assert await recent_totals(store) == await recount_recent(store)
    moments = (NOW, NOW + timedelta(days=3), NOW + timedelta(days=4), NOW + timedelta(days=40))
    for step, moment in enumerate(moments):
        for later in (False, True):  # the mark lagging a few days, then moved on
            if later:
                await store.advance_rollups(moment)
            assert await recent_totals(store) == await recount_recent(store)
            for name in ("7d", "30d"):
                start = dashboard_window(name, moment).start
                for by, kind in (
                    ("domain", "hard"),
                    ("provider", "block"),
                    ("domain", "complaint"),
                ):
                    expected: Counter[str] = Counter()
                    for row in await store.domain_stats(start, (kind,), limit=10_000):
                        expected[row.domain] += row.count
                    top = await store.top(by, kind, name, moment, limit=100)
                    if by == "domain":
                        assert {t.name: t.count for t in top} == dict(expected), (moment, name)
                    else:
                        assert sum(t.count for t in top) == sum(expected.values())
                    counts = [t.count for t in top]
                    assert counts == sorted(counts, reverse=True)
        # events recorded while a mark lags count from the mark on
        more = await receive(store, rng, 20, 5000 + 100 * step)
        when = await received_at(store)
        await recorder.record([outcome(rng, i) for i in more], when, moment)
        assert await recent_totals(store) == await recount_recent(store)
    # a window that ended before the marks (the past): summed from the day rollup
    past = NOW - timedelta(days=2)
    expected_past: Counter[str] = Counter()
    start = dashboard_window("7d", past).start
    for row in await store.domain_stats(start, ("hard",), limit=10_000):
        expected_past[row.domain] += row.count
    top = await store.top("domain", "hard", "7d", past, limit=100)
    assert {t.name: t.count for t in top} == dict(expected_past)


async def test_page_figures_equal_stats_for_the_same_window(store: Store) -> None:
    """Overview totals are `bouncesink stats`'s totals (Store.totals) from the window's start;
    a top's domain counts are its per-domain counts (Store.domain_stats)."""
    rng = random.Random(3)
    recorder = Recorder(store)
    ids = await receive(store, rng, 120, 0)
    when = await received_at(store)
    await recorder.record([outcome(rng, i) for i in ids], when, NOW)
    for name in ("24h", "7d", "30d"):
        overview = await store.overview(name, NOW)
        assert overview.totals == await store.totals(overview.window.start)
        assert sum(b.count("hard") for b in overview.events) == overview.totals.get("hard", 0)
        assert overview.received == sum(1 for at in when.values() if at >= overview.window.start)
        for kind in ("hard", "block", "complaint"):
            per_domain: Counter[str] = Counter()
            for row in await store.domain_stats(overview.window.start, (kind,)):
                per_domain[row.domain] += row.count
            top = await store.top("domain", kind, name, NOW, limit=50)
            assert {t.name: t.count for t in top} == dict(per_domain)
    assert (await store.overview("30d", NOW)).backlog == 0
