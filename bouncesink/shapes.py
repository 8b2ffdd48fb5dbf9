"""How an address and an event look outside: JSON objects and CSV rows.

The same shapes for the HTTP API and the command line (``list``, ``export``): a state is
shown as of a given moment, so a suppression past its expiry reads as over.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .policy import state_at

if TYPE_CHECKING:  # annotations only: a command that prints rows loads no database library
    from .store import StoredAddress, StoredEvent

SUPPRESSION_FIELDS = (
    "address",
    "state",
    "suppression_reason",
    "kind",
    "category",
    "reason",
    "status",
    "diagnostic",
    "soft_score",
    "event_count",
    "suppressed_at",
    "last_event_at",
    "expires_at",
)
CSV_FIELDS = SUPPRESSION_FIELDS
EVENT_FIELDS = (
    "id",
    "message_id",
    "occurred_at",
    "kind",
    "category",
    "reason",
    "rule",
    "action",
    "status",
    "reply_code",
    "diagnostic",
    "remote_mta",
    "source",
    "manual",
    "actor",
    "note",
    "expires_at",
)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def suppression_json(row: StoredAddress, now: datetime, soft_lapse_days: int) -> dict[str, Any]:
    """An address row as the API shows it: the state as of `now` (:func:`policy.state_at`);
    a suppression that has ended shows no reason nor dates, a lapsed soft score reads 0."""
    state = state_at(row, now, soft_lapse_days)
    over = state != row.state  # ended by the clock since the row was written
    return {
        "address": row.address,
        "state": state.value,
        "suppression_reason": None if over else row.suppression_reason,
        "kind": row.kind,
        "category": row.category,
        "reason": row.reason,
        "status": row.status,
        "diagnostic": row.diagnostic,
        "soft_score": 0 if over else row.soft_score,
        "event_count": row.event_count,
        "suppressed_at": None if over else iso(row.suppressed_at),
        "last_event_at": iso(row.last_event_at),
        "expires_at": None if over else iso(row.expires_at),
    }


def event_json(row: StoredEvent) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in EVENT_FIELDS}
    for name in ("occurred_at", "expires_at"):
        values[name] = iso(values[name])
    return values


def csv_page(items: list[dict[str, Any]]) -> str:
    """CSV rows (no header) of suppression objects, in CSV_FIELDS order; None is empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for item in items:
        writer.writerow(["" if item[f] is None else item[f] for f in CSV_FIELDS])
    return out.getvalue()
