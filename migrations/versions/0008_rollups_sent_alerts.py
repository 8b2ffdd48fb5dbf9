"""rollups for the operator's page, recipients sent, alert state

Counts kept in the transaction that records what they count (bouncesink.store.rollups):
events per hour / day by kind by destination domain by provider, events per hour by kind,
messages received / processed / unparsable per hour, suppressions per day and reason; the
recipients sent per hour by domain by source (the policy service, POST /v1/sent); and the
alerts raised, so that a restart does not raise them again.

The upgrade fills the rollups from what the database holds, so that an upgraded database
shows its history: every stored event (operators' actions are not counted), every stored
message, and, as suppressions, the addresses suppressed now (by the day their suppression
started; suppressions that ended before the upgrade are not known any more).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:50:00.000000
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
CHUNK = 10_000
SPANS = {"7d": 7, "30d": 30}  # the sliding spans of recent_totals, in days


def _counted(name: str, *keys: sa.Column[Any]) -> None:
    op.create_table(
        name,
        *keys,
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(*(k.name for k in keys), name=op.f(f"pk_{name}")),
        sqlite_with_rowid=False,  # the key is the table (SQLite): one B-tree, read in order
    )


def upgrade() -> None:
    for name, period in (("event_hours", "hour"), ("event_days", "day")):
        _counted(
            name,
            sa.Column("kind", sa.String(length=16), nullable=False),
            sa.Column(period, MOMENT, nullable=False),
            sa.Column("domain", sa.String(length=255), nullable=False),
            sa.Column("provider", sa.String(length=255), nullable=False),
        )
    _counted(
        "kind_hours",
        sa.Column("hour", MOMENT, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
    )
    _counted(
        "message_hours",
        sa.Column("hour", MOMENT, nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
    )
    _counted(
        "suppression_days",
        sa.Column("day", MOMENT, nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
    )
    op.create_table(
        "sent_hours",
        sa.Column("hour", MOMENT, nullable=False),
        sa.Column("domain", sa.String(length=255), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("sent", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hour", "domain", "source", name=op.f("pk_sent_hours")),
        sqlite_with_rowid=False,
    )
    _counted(
        "domain_hours",
        sa.Column("domain", sa.String(length=255), nullable=False),
        sa.Column("hour", MOMENT, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
    )
    op.create_table(
        "alerts",
        sa.Column("alert", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("since", MOMENT, nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("threshold", sa.Float(), nullable=False),
        sa.Column("volume", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("cleared_at", MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("alert", "scope", name=op.f("pk_alerts")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_active", ["active"], unique=False)
    op.create_table(
        "recent_totals",
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("dimension", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("span", "kind", "dimension", "name", name=op.f("pk_recent_totals")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("recent_totals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_recent_totals_top", ["span", "kind", "dimension", "count"], unique=False
        )
    op.create_table(
        "rollup_marks",
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("start", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("span", name=op.f("pk_rollup_marks")),
    )
    _backfill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("recent_totals", schema=None) as batch_op:
        batch_op.drop_index("ix_recent_totals_top")
    op.drop_table("rollup_marks")
    op.drop_table("recent_totals")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_active")
    for name in (
        "alerts",
        "sent_hours",
        "suppression_days",
        "message_hours",
        "kind_hours",
        "domain_hours",
        "event_days",
        "event_hours",
    ):
        op.drop_table(name)


# -- the backfill -------------------------------------------------------------------------------

_events = sa.table(
    "events",
    sa.column("occurred_at", MOMENT),
    sa.column("domain", sa.String()),
    sa.column("remote_mta", sa.String()),
    sa.column("kind", sa.String()),
    sa.column("manual", sa.String()),
)
_messages = sa.table(
    "messages",
    sa.column("received_at", MOMENT),
    sa.column("processed_at", MOMENT),
    sa.column("status", sa.String()),
)
_addresses = sa.table(
    "addresses",
    sa.column("state", sa.String()),
    sa.column("suppression_reason", sa.String()),
    sa.column("suppressed_at", MOMENT),
    sa.column("updated_at", MOMENT),
)


def _truncated(conn: sa.Connection, column: Any, unit: str) -> Any:
    """SQL for the UTC hour (unit "hour") or day of a timestamp column, as text or a naive
    UTC timestamp (see _moment)."""
    if conn.dialect.name == "postgresql":
        return sa.func.date_trunc(unit, sa.func.timezone("UTC", column))
    return sa.func.substr(column, 1, 13 if unit == "hour" else 10)  # "YYYY-MM-DD HH"


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    text = str(value)
    return datetime.strptime(text, "%Y-%m-%d %H" if len(text) > 10 else "%Y-%m-%d").replace(
        tzinfo=UTC
    )


def _stored(conn: sa.Connection, moment: datetime) -> datetime:
    """A UTC moment as the store writes it (bouncesink.store.models.UTCDateTime)."""
    return moment.replace(tzinfo=None) if conn.dialect.name == "sqlite" else moment


def _insert(conn: sa.Connection, name: str, rows: Iterable[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    table: sa.TableClause | None = None
    for row in rows:
        if table is None:
            table = sa.table(name, *(sa.column(k) for k in row))
        batch.append(row)
        if len(batch) >= CHUNK:
            conn.execute(sa.insert(table), batch)
            batch = []
    if batch and table is not None:
        conn.execute(sa.insert(table), batch)


def _backfill(conn: sa.Connection) -> None:
    from bouncesink.classify import hosts

    def provider(domain: str, remote_mta: str | None) -> str:
        host = remote_mta.split()[0] if remote_mta and remote_mta.split() else None
        return hosts.provider(host, None, "", None, "x@" + domain) or domain

    hour = _truncated(conn, _events.c.occurred_at, "hour")
    grouped = conn.execute(
        sa.select(hour, _events.c.kind, _events.c.domain, _events.c.remote_mta, sa.func.count())
        .where(_events.c.manual.is_(None))
        .group_by(hour, _events.c.kind, _events.c.domain, _events.c.remote_mta)
    )
    hours: Counter[tuple[str, datetime, str, str]] = Counter()
    names: dict[tuple[str, str | None], str] = {}
    for at, kind, domain, remote_mta, n in grouped:
        key = (domain, remote_mta)
        if key not in names:
            names[key] = provider(domain, remote_mta)
        hours[(kind, _moment(at), domain, names[key])] += int(n)
    days: Counter[tuple[str, datetime, str, str]] = Counter()
    kinds: Counter[tuple[datetime, str]] = Counter()
    domains: Counter[tuple[str, datetime, str]] = Counter()
    for (kind, at, domain, name), n in hours.items():
        days[(kind, at.replace(hour=0), domain, name)] += n
        kinds[(at, kind)] += n
        domains[(domain, at, kind)] += n
    _insert(
        conn,
        "domain_hours",
        (
            {"domain": d, "hour": _stored(conn, h), "kind": k, "count": n}
            for (d, h, k), n in domains.items()
        ),
    )
    _insert(
        conn,
        "event_hours",
        (
            {"kind": k, "hour": _stored(conn, h), "domain": d, "provider": p, "count": n}
            for (k, h, d, p), n in hours.items()
        ),
    )
    _insert(
        conn,
        "event_days",
        (
            {"kind": k, "day": _stored(conn, h), "domain": d, "provider": p, "count": n}
            for (k, h, d, p), n in days.items()
        ),
    )
    _insert(
        conn,
        "kind_hours",
        ({"hour": _stored(conn, h), "kind": k, "count": n} for (h, k), n in kinds.items()),
    )
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    recent: Counter[tuple[str, str, str, str]] = Counter()
    for span, length in SPANS.items():
        mark = today - timedelta(days=length - 1)
        _insert(conn, "rollup_marks", [{"span": span, "start": _stored(conn, mark)}])
        for (kind, day, domain, name), n in days.items():
            if day >= mark:
                recent[(span, kind, "domain", domain)] += n
                recent[(span, kind, "provider", name)] += n
    _insert(
        conn,
        "recent_totals",
        (
            {"span": s, "kind": k, "dimension": d, "name": name, "count": n}
            for (s, k, d, name), n in recent.items()
        ),
    )

    messages: Counter[tuple[datetime, str]] = Counter()
    received = _truncated(conn, _messages.c.received_at, "hour")
    for at, n in conn.execute(sa.select(received, sa.func.count()).group_by(received)):
        messages[(_moment(at), "received")] += int(n)
    processed = _truncated(conn, _messages.c.processed_at, "hour")
    for at, status, n in conn.execute(
        sa.select(processed, _messages.c.status, sa.func.count())
        .where(_messages.c.processed_at.is_not(None), _messages.c.status != "pending")
        .group_by(processed, _messages.c.status)
    ):
        messages[(_moment(at), status)] += int(n)
    _insert(
        conn,
        "message_hours",
        ({"hour": _stored(conn, h), "measure": m, "count": n} for (h, m), n in messages.items()),
    )

    since = sa.func.coalesce(_addresses.c.suppressed_at, _addresses.c.updated_at)
    day = _truncated(conn, since, "day")
    reason = sa.func.coalesce(_addresses.c.suppression_reason, "unknown")
    suppressions: Counter[tuple[datetime, str]] = Counter()
    for at, why, n in conn.execute(
        sa.select(day, reason, sa.func.count())
        .where(_addresses.c.state == "suppressed")
        .group_by(day, reason)
    ):
        suppressions[(_moment(at), why)] += int(n)
    _insert(
        conn,
        "suppression_days",
        ({"day": _stored(conn, d), "reason": r, "count": n} for (d, r), n in suppressions.items()),
    )
