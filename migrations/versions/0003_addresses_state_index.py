"""index for lists of addresses by state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:18:00.056479
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_addresses_state_last_event", ["state", "last_event_at", "address"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.drop_index("ix_addresses_state_last_event")
