"""The statements the store runs most: received messages, events, address rows.

Each is a :class:`~bouncesink.store.direct.Direct` (the driver's executemany, without the
ORM) or a shared select; :mod:`~bouncesink.store.repository` and
:mod:`~bouncesink.store.unit` run them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select, update

from .direct import Direct, DirectSelect
from .models import AddressRow, EventRow, StoredMessage

# The columns written for a processed message's event (unit.event_row) and for a received message
# (receive_claimed): all but those left to the database or written later.
EVENT_KEYS = tuple(
    c.key
    for c in EventRow.__table__.columns
    if c.key not in {"id", "manual", "actor", "note", "expires_at"}
)
RECEIVED_KEYS = tuple(
    c.key
    for c in StoredMessage.__table__.columns
    if c.key not in {"id", "message_type", "error", "processed_at"}
)


def insert_for(dialect: str, table: Any) -> Any:
    """INSERT for `dialect`; each dialect's module is loaded only where it is used (the
    PostgreSQL one costs a SQLite daemon some 2 MiB)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def truncate(text: str | None, size: int) -> str | None:
    return text if text is None or len(text) <= size else text[: size - 1] + "…"


# The columns of an event that its address's state is derived from (see unit.history_event).
HISTORY_COLUMNS = select(
    EventRow.address,
    EventRow.occurred_at,
    EventRow.kind,
    EventRow.category,
    EventRow.reason,
    EventRow.rule,
    EventRow.status,
    EventRow.diagnostic,
    EventRow.manual,
    EventRow.expires_at,
    EventRow.message_id,
    EventRow.actor,
    EventRow.note,
)


# The statements run for every message received and processed (see direct.py).
STORE_RECEIVED = Direct(
    lambda dialect: (
        insert_for(dialect, StoredMessage)
        .on_conflict_do_nothing(index_elements=["digest"])
        .returning(StoredMessage.digest, StoredMessage.id)
    ),
    RECEIVED_KEYS,
)
STORE_EVENTS = Direct(
    lambda dialect: (
        insert_for(dialect, EventRow)
        .on_conflict_do_nothing(index_elements=["message_id", "record_index"])
        .returning(EventRow.message_id, EventRow.record_index)
    ),
    EVENT_KEYS,
)
MARK_PROCESSED = Direct(
    lambda dialect: update(StoredMessage).where(StoredMessage.id == bindparam("b_id")),
    ("b_id", "status", "message_type", "error", "processed_at", "claimed_until"),
)
ADD_ADDRESSES = Direct(
    lambda dialect: (
        insert_for(dialect, AddressRow)
        .on_conflict_do_nothing(index_elements=["address"])
        .returning(AddressRow.address)
    ),
    ("address", "domain", "state", "soft_score", "event_count", "updated_at"),
)
SET_ADDRESSES = Direct(
    lambda dialect: update(AddressRow).where(AddressRow.address == bindparam("b_address")),
    (
        "b_address",
        "state",
        "suppression_reason",
        "soft_score",
        "kind",
        "category",
        "reason",
        "status",
        "diagnostic",
        "suppressed_at",
        "expires_at",
        "last_event_at",
        "event_count",
        "updated_at",
    ),
)


def _processed_before(dialect: str) -> Any:
    query = (
        select(StoredMessage.status, StoredMessage.processed_at)
        .where(
            StoredMessage.id.in_(bindparam("values", expanding=True)),
            StoredMessage.processed_at.is_not(None),
        )
        .order_by(StoredMessage.id)
    )
    # on PostgreSQL another instance finishing the same message waits
    return query.with_for_update() if dialect == "postgresql" else query


# Of the messages being marked processed, the status and time of those processed before.
PROCESSED_BEFORE = DirectSelect(_processed_before)
