"""What the store hands out of addresses and events: frozen values, not database rows.

The faces (command line, API, policy service) read these and decide with
:func:`bouncesink.policy.state_at`; none of them sees a mapped class, a session or a lazy
attribute. The fields are the columns, with the same names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Self


class _FromMapping:
    """Built from a result row's mapping: its columns by name, nothing else."""

    @classmethod
    def of(cls, mapping: Mapping[Any, Any]) -> Self:
        return cls(**{f.name: mapping[f.name] for f in fields(cls)})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class StoredAddress(_FromMapping):
    """An address's stored state, as derived when its last event was recorded."""

    address: str
    domain: str
    state: str
    suppression_reason: str | None
    soft_score: int
    kind: str | None
    category: str | None
    reason: str | None
    status: str | None
    diagnostic: str | None
    suppressed_at: datetime | None
    expires_at: datetime | None
    last_event_at: datetime | None
    event_count: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class StoredEvent(_FromMapping):
    """One stored event: a classified recipient record, or an operator's action."""

    id: int
    message_id: int | None
    record_index: int | None
    address: str
    domain: str
    occurred_at: datetime
    kind: str
    category: str
    reason: str
    rule: str
    action: str | None
    status: str | None
    reply_code: int | None
    diagnostic: str | None
    remote_mta: str | None
    source: str | None
    manual: str | None
    actor: str | None
    note: str | None
    expires_at: datetime | None
    trusted: bool
