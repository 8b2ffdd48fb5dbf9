"""return-path tokens: message trust, event trusted

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 02:41:10.507651
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("trusted", sa.Boolean(), server_default=sa.true(), nullable=False)
        )

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("trust", sa.String(length=16), server_default="unchecked", nullable=False)
        )
        batch_op.add_column(sa.Column("token", sa.String(length=64), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("token")
        batch_op.drop_column("trust")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("trusted")
