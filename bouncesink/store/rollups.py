"""Rollups: the counts the operator's page reads, kept in the transaction that records what
they count.

What is counted, and when (each table in :mod:`.models`):

- ``event_hours`` / ``event_days`` / ``kind_hours``: every event of a received bounce (not an
  operator's action), by the hour (day) of its ``occurred_at``, its kind, destination domain
  and provider. Counted when the event is inserted; an event that was recorded before (a
  message processed twice) is not counted again. Reprocessing drops a message's events and
  records them again: the dropped ones are subtracted, the new ones added, in the same
  transaction. Pruning leaves the counts as they are: they are history (the page still shows
  last year's bounces after their events are gone).
- ``message_hours``: ``received`` per hour of receipt, counted when a message is first stored;
  ``processed`` / ``unparsable`` per hour in which its processing ended (``processed_at``).
  Processing a message again moves it from its old (hour, status) to the new one.
- ``suppression_days``: an address that becomes suppressed (it was not) counts once, on the
  day its suppression started, under its suppression reason.

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
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from ..types import MessageStatus
from .direct import Direct
from .models import (
    EventDayRow,
    EventHourRow,
    KindHourRow,
    MessageHourRow,
    SuppressionDayRow,
)
from .statements import insert_for

RECEIVED = "received"
MESSAGE_MEASURES = (RECEIVED, MessageStatus.PROCESSED.value, MessageStatus.UNPARSABLE.value)


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def day_of(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


@functools.lru_cache(maxsize=65536)
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
ADD_MESSAGE_HOURS = _adding(MessageHourRow, ("hour", "measure"))
ADD_SUPPRESSION_DAYS = _adding(SuppressionDayRow, ("day", "reason"))


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
        for (kind, hour, domain, provider), n in events:
            days[(kind, day_of(hour), domain, provider)] += n
            kinds[(hour, kind)] += n
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
