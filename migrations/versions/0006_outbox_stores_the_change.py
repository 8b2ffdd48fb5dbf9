"""webhook outbox stores the change, not the document

The outbox row keeps the address's state before and after (and the event id receivers
deduplicate by); the sender renders the JSON document when it sends. Rows written before are
converted from their stored document, and back on downgrade.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 10:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENT_TYPE = "address.state_changed"

# (column, type) of the change, in the order of the document's fields
CHANGE_COLUMNS: tuple[tuple[str, sa.types.TypeEngine[Any]], ...] = (
    ("event_id", sa.String(length=36)),
    ("previous_state", sa.String(length=16)),
    ("new_state", sa.String(length=16)),
    ("suppression_reason", sa.String(length=16)),
    ("kind", sa.String(length=16)),
    ("category", sa.String(length=32)),
    ("reason", sa.String(length=32)),
    ("status", sa.String(length=16)),
    ("diagnostic", sa.Text()),
    ("event_at", sa.DateTime(timezone=True)),
)
REQUIRED = ("event_id", "previous_state", "new_state")
# document field → column, where the names differ
RENAMED = {"id": "event_id", "state": "new_state"}


def _outbox(*columns: sa.Column[Any]) -> sa.TableClause:
    return sa.table("webhook_outbox", sa.column("id", sa.Integer()), *columns)


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def upgrade() -> None:
    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        for name, type_ in CHANGE_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))

    conn = op.get_bind()
    source = _outbox(sa.column("payload", sa.JSON()))
    target = _outbox(*(sa.column(name, type_) for name, type_ in CHANGE_COLUMNS))
    for row_id, document in conn.execute(sa.select(source.c.id, source.c.payload)).all():
        values: dict[str, Any] = {}
        for name, _ in CHANGE_COLUMNS:
            field = next((f for f, c in RENAMED.items() if c == name), name)
            values[name] = document.get(field)
        values["event_at"] = _moment(values["event_at"])
        conn.execute(sa.update(target).where(target.c.id == row_id).values(**values))

    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        for name, type_ in CHANGE_COLUMNS:
            if name in REQUIRED:
                batch_op.alter_column(name, existing_type=type_, nullable=False)
        batch_op.drop_column("payload")


def downgrade() -> None:
    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payload", sa.JSON(), nullable=True))

    conn = op.get_bind()
    columns = [sa.column(name, type_) for name, type_ in CHANGE_COLUMNS]
    source = _outbox(
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("address", sa.String()),
        *columns,
    )
    target = _outbox(sa.column("payload", sa.JSON()))
    for row in conn.execute(sa.select(source)).mappings().all():
        document = {
            "id": row["event_id"],
            "type": EVENT_TYPE,
            "created_at": _iso(row["created_at"]),
            "address": row["address"],
            "state": row["new_state"],
            "previous_state": row["previous_state"],
            "suppression_reason": row["suppression_reason"],
            "kind": row["kind"],
            "category": row["category"],
            "reason": row["reason"],
            "status": row["status"],
            "diagnostic": row["diagnostic"],
            "event_at": _iso(row["event_at"]),
        }
        conn.execute(sa.update(target).where(target.c.id == row["id"]).values(payload=document))

    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        batch_op.alter_column("payload", existing_type=sa.JSON(), nullable=False)
        for name, _ in reversed(CHANGE_COLUMNS):
            batch_op.drop_column(name)
