"""Storage, behind this one door: the rest of bouncesink imports from here and nowhere deeper.

:class:`Store` is every database operation; the rows and values it hands out are named here
beside it, as frozen values (:mod:`.views`): no mapped class, session or lazy attribute
leaves the store. Models, Alembic glue, engines and statements stay inside.
"""

from __future__ import annotations

from ..pipeline import normalize_address
from .admin import DomainCount, MessageInfo, PruneResult
from .engine import database_error, is_outage
from .outbox import (
    Attempt,
    Claimed,
    ConnectorTarget,
    Outbox,
    Previous,
    PushAction,
    Target,
)
from .queries import AddressFilter, AddressKey, Checked, EventKey
from .repository import Store
from .unit import Change, History, Unit
from .views import StoredAddress, StoredEvent

__all__ = [
    "AddressFilter",
    "AddressKey",
    "Attempt",
    "Change",
    "Checked",
    "Claimed",
    "ConnectorTarget",
    "DomainCount",
    "EventKey",
    "History",
    "MessageInfo",
    "Outbox",
    "Previous",
    "PruneResult",
    "PushAction",
    "Store",
    "StoredAddress",
    "StoredEvent",
    "Target",
    "Unit",
    "database_error",
    "is_outage",
    "normalize_address",
]
