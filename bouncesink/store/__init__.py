"""Storage, behind this one door: the rest of bouncesink imports from here and nowhere deeper.

:class:`Store` is every database operation; the rows and values it hands out are named here
beside it, as frozen values (:mod:`.views`): no mapped class, session or lazy attribute
leaves the store. Models, Alembic glue, engines and statements stay inside.

The operator's page reads through :class:`Store` too: ``overview``, ``top``,
``suppressions_per_day``, ``rates``, ``alerts`` and ``pending_count`` (the backlog), which
answer from rollups kept in the transactions that record events (:mod:`.rollups`); the values
they return (:class:`Overview`, :class:`TopEntry`, :class:`SuppressionDay`, :class:`Rates`,
:class:`Alert`...) and what each figure means are in :mod:`.dashboard`.
"""

from __future__ import annotations

from ..pipeline import normalize_address
from .admin import DomainCount, MessageInfo, PruneResult
from .alerts import AlertEvent, Crossing, Settled
from .dashboard import (
    Alert,
    KindBucket,
    MessageBucket,
    Overview,
    Rate,
    RateKey,
    Rates,
    SuppressionDay,
    TopEntry,
    Window,
    window,
)
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
from .sent import SentCount, SentSource
from .unit import Change, History, Unit
from .views import StoredAddress, StoredEvent

__all__ = [
    "AddressFilter",
    "AddressKey",
    "Alert",
    "AlertEvent",
    "Attempt",
    "Change",
    "Checked",
    "Claimed",
    "ConnectorTarget",
    "Crossing",
    "DomainCount",
    "EventKey",
    "History",
    "KindBucket",
    "MessageBucket",
    "MessageInfo",
    "Outbox",
    "Overview",
    "Previous",
    "PruneResult",
    "PushAction",
    "Rate",
    "RateKey",
    "Rates",
    "SentCount",
    "SentSource",
    "Settled",
    "Store",
    "StoredAddress",
    "StoredEvent",
    "SuppressionDay",
    "Target",
    "TopEntry",
    "Unit",
    "Window",
    "database_error",
    "is_outage",
    "normalize_address",
    "window",
]
