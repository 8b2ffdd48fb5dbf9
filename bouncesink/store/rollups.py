"""Rollups: the counts the operator's page reads, kept in the transaction that records what
they count.

What is counted, and when (each table in :mod:`.models`):

- ``event_hours`` / ``event_days`` / ``kind_hours`` / ``domain_hours``: every event of a
  received bounce (not an operator's action), by the hour (day) of its ``occurred_at``, its
  kind, destination domain and provider. Counted when the event is inserted; an event that
  was recorded before (a message processed twice) is not counted again. Reprocessing drops a
  message's events and records them again: the dropped ones are subtracted, the new ones
  added, in the same transaction. Pruning leaves the counts as they are: they are history
  (the page still shows last year's bounces after their events are gone).
- ``message_hours``: ``received`` per hour of receipt, counted when a message is first stored;
  ``processed`` / ``unparsable`` per hour in which its processing ended (``processed_at``).
  Processing a message again moves it from its old (hour, status) to the new one.
- ``suppression_days``: an address that becomes suppressed (it was not) counts once, on the
  day its suppression started, under its suppression reason.

- ``recent_totals``: events per kind and domain (and per kind and provider) over the last 7
  and 30 days, for the tops of the 7- and 30-day windows: a sliding sum of ``event_days``
  from each span's mark (``rollup_marks``) on. An event counts there if its day is on or after
  the mark; :func:`advance` moves a mark to the span's first day of today and takes the days
  it leaves out of the totals (the alert task calls it every minute; until then a read
  corrects for the days the mark lags, see bouncesink.store.dashboard.top).

A unit of work collects the changes as a :class:`Tally` and writes them at its end, in one
order of keys everywhere (sorted, table by table), so that two instances that share a
PostgreSQL never deadlock on a count, and a count row is held for as short a time as possible.

Provider (:func:`provider_of`): the mailbox provider that the event's remote MTA names
(``aspmx.l.google.com`` → ``google``) or its domain names (``hotmail.com`` → ``outlook``), as
:mod:`bouncesink.classify.hosts` knows them; else the destination domain itself.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select, update

from ..types import MessageStatus
from .direct import Direct
from .models import (
    DomainHourRow,
    EventDayRow,
    EventHourRow,
    KindHourRow,
    MessageHourRow,
    RecentTotalRow,
    RollupMarkRow,
    SuppressionDayRow,
)
from .statements import insert_for

RECEIVED = "received"
SPANS = {"7d": 7, "30d": 30}  # the sliding spans of recent_totals, in days
MESSAGE_MEASURES = (RECEIVED, MessageStatus.PROCESSED.value, MessageStatus.UNPARSABLE.value)


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def day_of(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


# Kept for the domains seen lately: an entry costs some 300 bytes, so 65,536 of them (a daemon
# that hears from that many domains) held 18 MiB; 4,096 hold about 1.2 MiB.
@functools.lru_cache(maxsize=4096)
def provider_of(domain: str, remote_mta: str | None = None) -> str:
    """The provider an event's counts go under: the one its remote MTA or its domain names,
    else the domain."""
    from ..classify import hosts  # the tables load only where events are recorded

    host = remote_mta.split()[0] if remote_mta and remote_mta.split() else None
    return hosts.provider(host, None, "", None, "x@" + domain) or domain


def _adding(model: Any, keys: tuple[str, ...]) -> Direct:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET count = count + the new count."""

    def build(dialect: str) -> Any:
        stmt = insert_for(dialect, model)
        return stmt.on_conflict_do_update(
            index_elements=list(keys), set_={"count": model.count + stmt.excluded.count}
        )

    return Direct(build, (*keys, "count"))


ADD_EVENT_HOURS = _adding(EventHourRow, ("kind", "hour", "domain", "provider"))
ADD_EVENT_DAYS = _adding(EventDayRow, ("kind", "day", "domain", "provider"))
ADD_KIND_HOURS = _adding(KindHourRow, ("hour", "kind"))
ADD_DOMAIN_HOURS = _adding(DomainHourRow, ("domain", "hour", "kind"))
ADD_MESSAGE_HOURS = _adding(MessageHourRow, ("hour", "measure"))
ADD_SUPPRESSION_DAYS = _adding(SuppressionDayRow, ("day", "reason"))
ADD_RECENT = _adding(RecentTotalRow, ("span", "kind", "dimension", "name"))


def marks(conn: Connection, *, lock: str | None = None) -> dict[str, datetime]:
    """Each span's mark; on PostgreSQL under a lock (`lock` "share": a writer of events, which
    must not count against a mark that moves; "update": the one that moves it)."""
    query = select(RollupMarkRow.span, RollupMarkRow.start).order_by(RollupMarkRow.span)
    if lock is not None and conn.dialect.name == "postgresql":
        query = query.with_for_update(read=lock == "share")
    return {span: start for span, start in conn.execute(query)}


def span_start(span: str, now: datetime) -> datetime:
    """The first day of the span (a key of SPANS) that ends today."""
    return day_of(now) - timedelta(days=SPANS[span] - 1)


def advance(conn: Connection, now: datetime) -> None:
    """Move each span's mark to its first day as of `now`, taking the days it leaves out of
    the recent totals (nothing when the mark is there, or later)."""
    for span, start in marks(conn, lock="update").items():
        wanted = span_start(span, now)
        if start >= wanted:
            continue
        leaving: Counter[tuple[str, str, str, str]] = Counter()
        for dimension in ("domain", "provider"):
            column = getattr(EventDayRow, dimension)
            result = conn.execute(
                select(EventDayRow.kind, column, func.sum(EventDayRow.count))
                .where(EventDayRow.day >= start, EventDayRow.day < wanted)
                .group_by(EventDayRow.kind, column)
            )
            for kind, name, n in result:
                leaving[(span, kind, dimension, name)] -= int(n)
        ADD_RECENT.run(
            conn,
            [
                {"span": s, "kind": k, "dimension": d, "name": name, "count": n}
                for (s, k, d, name), n in sorted(leaving.items())
                if n
            ],
        )
        conn.execute(update(RollupMarkRow).where(RollupMarkRow.span == span).values(start=wanted))


class Tally:
    """The count changes of one transaction, written at its end by :meth:`write`."""

    def __init__(self) -> None:
        self.events: Counter[tuple[str, datetime, str, str]] = Counter()
        self.messages: Counter[tuple[datetime, str]] = Counter()
        self.suppressions: Counter[tuple[datetime, str]] = Counter()

    def add_events(self, rows: Iterable[Mapping[Any, Any]], sign: int = 1) -> None:
        """Count event rows (dicts or result rows with occurred_at, domain, remote_mta, kind,
        manual); `sign` -1 takes them away. Operators' actions are not counted."""
        for row in rows:
            if row.get("manual") is not None:
                continue
            provider = provider_of(row["domain"], row["remote_mta"])
            key = (row["kind"], hour_of(row["occurred_at"]), row["domain"], provider)
            self.events[key] += sign

    def add_message(self, moment: datetime, measure: str, sign: int = 1) -> None:
        self.messages[(hour_of(moment), measure)] += sign

    def add_suppression(self, moment: datetime, reason: str) -> None:
        self.suppressions[(day_of(moment), reason)] += 1

    def write(self, conn: Connection) -> None:
        """Apply every change (nothing for a change that nets to zero), keys in order."""
        events = sorted((k, n) for k, n in self.events.items() if n)
        hours = [
            {"kind": kind, "hour": hour, "domain": domain, "provider": provider, "count": n}
            for (kind, hour, domain, provider), n in events
        ]
        ADD_EVENT_HOURS.run(conn, hours)
        days: Counter[tuple[str, datetime, str, str]] = Counter()
        kinds: Counter[tuple[datetime, str]] = Counter()
        domains: Counter[tuple[str, datetime, str]] = Counter()
        for (kind, hour, domain, provider), n in events:
            days[(kind, day_of(hour), domain, provider)] += n
            kinds[(hour, kind)] += n
            domains[(domain, hour, kind)] += n
        ADD_EVENT_DAYS.run(
            conn,
            [
                {"kind": kind, "day": day, "domain": domain, "provider": provider, "count": n}
                for (kind, day, domain, provider), n in sorted(days.items())
                if n
            ],
        )
        ADD_KIND_HOURS.run(
            conn,
            [
                {"hour": hour, "kind": kind, "count": n}
                for (hour, kind), n in sorted(kinds.items())
                if n
            ],
        )
        ADD_DOMAIN_HOURS.run(
            conn,
            [
                {"domain": domain, "hour": hour, "kind": kind, "count": n}
                for (domain, hour, kind), n in sorted(domains.items())
                if n
            ],
        )
        if events:
            recent: Counter[tuple[str, str, str, str]] = Counter()
            for span, start in marks(conn, lock="share").items():
                for (kind, day, domain, provider), n in days.items():
                    if day >= start:
                        recent[(span, kind, "domain", domain)] += n
                        recent[(span, kind, "provider", provider)] += n
            ADD_RECENT.run(
                conn,
                [
                    {"span": s, "kind": k, "dimension": d, "name": name, "count": n}
                    for (s, k, d, name), n in sorted(recent.items())
                    if n
                ],
            )
        ADD_MESSAGE_HOURS.run(
            conn,
            [
                {"hour": hour, "measure": measure, "count": n}
                for (hour, measure), n in sorted(self.messages.items())
                if n
            ],
        )
        ADD_SUPPRESSION_DAYS.run(
            conn,
            [
                {"day": day, "reason": reason, "count": n}
                for (day, reason), n in sorted(self.suppressions.items())
                if n
            ],
        )
        self.events.clear()
        self.messages.clear()
        self.suppressions.clear()
