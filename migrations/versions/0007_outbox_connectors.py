"""the outbox carries the decisions pushed to list managers (connectors)

A row of ``webhook_outbox`` is now either a webhook's (``connector`` NULL, sent to ``url``) or
a connector's (``connector`` names the ``[[connectors]]`` table; ``action`` is suppress or
unsuppress; ``message_id`` the stored message of the deciding event, read again when the
decision is sent). The delivery log keeps a note of what a connector found (a contact not
found: nothing to do). Rows written before are webhook rows, as they were.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("connector", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("action", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("message_id", BIG_ID, nullable=True))
        batch_op.create_index(
            "ix_webhook_outbox_connector_address", ["connector", "address", "id"], unique=False
        )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    # Connector rows mean nothing to a version without connectors: they go.
    op.execute(
        "DELETE FROM webhook_deliveries WHERE outbox_id IN "
        "(SELECT id FROM webhook_outbox WHERE connector IS NOT NULL)"
    )
    op.execute("DELETE FROM webhook_outbox WHERE connector IS NOT NULL")
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.drop_column("note")
    with op.batch_alter_table("webhook_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_webhook_outbox_connector_address")
        batch_op.drop_column("message_id")
        batch_op.drop_column("action")
        batch_op.drop_column("connector")
