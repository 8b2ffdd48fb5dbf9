"""index addresses by domain, then the list's order

The operator's page lists a domain's addresses in the order of every address list
(last_event_at, address), a page at a time: along this index a page costs the same for a
domain of a million addresses as for one of ten (without it, the whole domain is sorted).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 13:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_addresses_domain_last_event", ["domain", "last_event_at", "address"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.drop_index("ix_addresses_domain_last_event")
