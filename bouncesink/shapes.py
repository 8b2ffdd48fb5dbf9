"""How an address and an event look outside: JSON objects and CSV rows.

The same shapes for the HTTP API and the command line (``list``, ``export``): a state is
shown as of a given moment, so a suppression past its expiry reads as over.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from .pipeline import parse_address
from .policy import state_at
from .types import AddressState, SuppressionReason

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


# -- an address as asked about -----------------------------------------------------------------


class AddressReads(Protocol):
    """What a look-up reads: the Store, or the command line's quick reader (loads no
    SQLAlchemy: store.quick_reader)."""

    async def lookup(self, addresses: Sequence[str]) -> dict[str, StoredAddress]: ...

    async def events_of(self, address: str, limit: int = 100) -> list[StoredEvent]: ...


@dataclass(frozen=True, slots=True)
class AddressView:
    """An address as asked about: its row (None if nothing was recorded) and its state now."""

    address: str
    row: StoredAddress | None
    state: AddressState  # as of now (policy.state_at): an expired suppression is over
    note: str | None = None  # the operator's note of a manual or imported suppression

    @property
    def over(self) -> bool:
        """Whether the stored state has ended by the clock (expiry, lapse) since written."""
        return self.row is not None and self.state != self.row.state


async def look_up(
    store: AddressReads, addresses: Iterable[str], now: datetime, soft_lapse_days: int
) -> list[AddressView]:
    """Each address (parsed: AddressError for one that is not) with its row and its state
    as of `now`, in the order given."""
    wanted = [parse_address(a) for a in addresses]
    rows = await store.lookup(wanted)
    views = []
    for address in wanted:
        row = rows.get(address)
        view = AddressView(address, row, state_at(row, now, soft_lapse_days))
        if row is not None and not view.over and row.suppression_reason in _BY_HAND:
            view = replace(view, note=await _manual_note(store, address))
        views.append(view)
    return views


_BY_HAND = (SuppressionReason.MANUAL, SuppressionReason.IMPORT)


async def _manual_note(store: AddressReads, address: str) -> str | None:
    """The note of the newest suppress or import of `address` (what put it where it is)."""
    for event in await store.events_of(address, 50):
        if event.manual in ("suppress", "import"):
            return event.note
    return None
