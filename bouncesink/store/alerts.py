"""Alert state: what the alert task evaluated, kept so that a restart raises nothing twice.

:func:`settle` takes the alerts that cross now and, in ONE transaction, raises the new ones,
keeps the still-crossing ones (their value updated), clears the ones that no longer cross, and
queues each raise and clear in the webhook outbox for every URL (a row whose ``action`` is
``alert.raised`` or ``alert.cleared``; its details, as JSON, in ``diagnostic``; the document is
rendered when it is sent: bouncesink.webhooks.document). An alert is announced if and only if
its new state is committed.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from .dashboard import Alert
from .engine import Engines
from .models import AlertRow, EventHourRow, OutboxState, WebhookOutboxRow
from .statements import insert_for


class AlertEvent(enum.StrEnum):
    """The webhook events of alerts (the outbox row's ``action``, the document's ``type``)."""

    RAISED = "alert.raised"
    CLEARED = "alert.cleared"


RAISED, CLEARED = AlertEvent.RAISED.value, AlertEvent.CLEARED.value
# PostgreSQL advisory lock of the settling transaction: two daemons evaluating at once
# announce a new alert once (the second finds it raised)
SETTLE_LOCK = 0x626F756E6365  # "bounce"


@dataclass(frozen=True, slots=True)
class Crossing:
    """An alert of one scope that crosses its threshold now."""

    alert: str
    scope: str
    value: float
    threshold: float
    volume: int


@dataclass(frozen=True, slots=True)
class Settled:
    raised: tuple[Alert, ...]
    cleared: tuple[Alert, ...]
    active: tuple[Alert, ...]  # every alert in force after this evaluation


async def block_hours(engines: Engines, since: datetime) -> dict[str, dict[datetime, int]]:
    """Block events per provider and hour bucket, from `since` on."""
    found: dict[str, dict[datetime, int]] = defaultdict(dict)
    async with engines.reader.connect() as conn:
        result = await conn.execute(
            select(EventHourRow.provider, EventHourRow.hour, func.sum(EventHourRow.count))
            .where(EventHourRow.kind == "block", EventHourRow.hour >= since)
            .group_by(EventHourRow.provider, EventHourRow.hour)
        )
        for provider, hour, n in result:
            if n:
                found[provider][hour] = int(n)
    return dict(found)


def _alert(row: Any) -> Alert:
    return Alert(
        row["alert"],
        row["scope"],
        bool(row["active"]),
        row["since"],
        float(row["value"]),
        float(row["threshold"]),
        int(row["volume"]),
        row["updated_at"],
        row["cleared_at"],
    )


def details(alert: Alert) -> str:
    """What an outbox row of an alert keeps (in ``diagnostic``) for its document."""
    return json.dumps(
        {
            "alert": alert.alert,
            "scope": alert.scope,
            "value": alert.value,
            "threshold": alert.threshold,
            "volume": alert.volume,
            "since": alert.since.isoformat(),
            "cleared_at": alert.cleared_at.isoformat() if alert.cleared_at else None,
        }
    )


def _outbox_rows(
    alert: Alert, action: str, urls: Sequence[str], now: datetime
) -> list[dict[str, Any]]:
    raised = action == RAISED
    change = {
        "event_id": str(uuid.uuid4()),
        "created_at": now,
        "address": alert.scope,
        "previous_state": "cleared" if raised else "raised",
        "new_state": "raised" if raised else "cleared",
        "reason": alert.alert,
        "diagnostic": details(alert),
        "event_at": alert.since if raised else alert.cleared_at,
        "action": action,
        "connector": None,
        "message_id": None,
        "state": OutboxState.PENDING,
        "attempts": 0,
        "next_attempt_at": now,
    }
    return [change | {"url": url} for url in urls]


async def settle(
    engines: Engines, crossing: Sequence[Crossing], now: datetime, urls: Sequence[str]
) -> Settled:
    """Make the stored alerts what `crossing` says, announcing each raise and clear to `urls`."""
    dialect = engines.dialect
    wanted = {(c.alert, c.scope): c for c in crossing}

    def work(conn: Connection) -> Settled:
        if dialect == "postgresql":  # daemons sharing the database settle one at a time
            conn.execute(select(func.pg_advisory_xact_lock(SETTLE_LOCK)))
        query = select(AlertRow).where(AlertRow.active.is_(True))
        active = {(r["alert"], r["scope"]): _alert(r) for r in conn.execute(query).mappings()}
        raised: list[Alert] = []
        cleared: list[Alert] = []
        kept: list[Alert] = []
        outbox: list[dict[str, Any]] = []
        for key, c in sorted(wanted.items()):
            if key in active:
                conn.execute(
                    update(AlertRow)
                    .where(AlertRow.alert == c.alert, AlertRow.scope == c.scope)
                    .values(value=c.value, threshold=c.threshold, volume=c.volume, updated_at=now)
                )
                before = active[key]
                kept.append(
                    Alert(
                        c.alert,
                        c.scope,
                        True,
                        before.since,
                        c.value,
                        c.threshold,
                        c.volume,
                        now,
                        None,
                    )
                )
                continue
            alert = Alert(c.alert, c.scope, True, now, c.value, c.threshold, c.volume, now, None)
            values = {
                "alert": c.alert,
                "scope": c.scope,
                "active": True,
                "since": now,
                "value": c.value,
                "threshold": c.threshold,
                "volume": c.volume,
                "updated_at": now,
                "cleared_at": None,
            }
            stmt = insert_for(dialect, AlertRow).values(**values)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["alert", "scope"],
                    set_={k: v for k, v in values.items() if k not in ("alert", "scope")},
                )
            )
            raised.append(alert)
            outbox += _outbox_rows(alert, RAISED, urls, now)
        for key, before in sorted(active.items()):
            if key in wanted:
                continue
            conn.execute(
                update(AlertRow)
                .where(AlertRow.alert == before.alert, AlertRow.scope == before.scope)
                .values(active=False, cleared_at=now, updated_at=now)
            )
            alert = Alert(
                before.alert,
                before.scope,
                False,
                before.since,
                before.value,
                before.threshold,
                before.volume,
                now,
                now,
            )
            cleared.append(alert)
            outbox += _outbox_rows(alert, CLEARED, urls, now)
        if outbox:
            conn.execute(insert(WebhookOutboxRow), outbox)
        return Settled(tuple(raised), tuple(cleared), tuple(sorted(kept + raised, key=_order)))

    return await engines.write(work)


def _order(alert: Alert) -> tuple[datetime, str, str]:
    return (alert.since, alert.alert, alert.scope)
