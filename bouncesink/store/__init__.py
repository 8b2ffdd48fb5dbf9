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

import importlib as _importlib
import typing as _typing

# The door opens lazily (PEP 562): a name is imported from its module when first asked for,
# so that a command reading through the point readers (.quickread: ``bouncesink check``)
# loads no SQLAlchemy. What each name is, for type checkers and readers, is imported below.
_WHERE = {
    "AddressFilter": ".queries",
    "AddressKey": ".queries",
    "Alert": ".dashboard",
    "AlertEvent": ".alerts",
    "Attempt": ".outbox",
    "Change": ".unit",
    "Checked": ".queries",
    "Claimed": ".outbox",
    "ConnectorTarget": ".outbox",
    "Crossing": ".alerts",
    "DomainCount": ".admin",
    "EventKey": ".queries",
    "History": ".unit",
    "KindBucket": ".dashboard",
    "MessageBucket": ".dashboard",
    "MessageInfo": ".admin",
    "Outbox": ".outbox",
    "Overview": ".dashboard",
    "Previous": ".outbox",
    "PruneResult": ".admin",
    "PushAction": ".outbox",
    "QuickReader": ".quickread",
    "Rate": ".dashboard",
    "RateKey": ".dashboard",
    "Rates": ".dashboard",
    "SentCount": ".sent",
    "SentSource": ".sent",
    "Settled": ".alerts",
    "Store": ".repository",
    "StoredAddress": ".views",
    "StoredEvent": ".views",
    "SuppressionDay": ".dashboard",
    "Target": ".outbox",
    "TopEntry": ".dashboard",
    "Unit": ".unit",
    "Window": ".dashboard",
    "database_error": ".failures",
    "is_outage": ".engine",
    "normalize_address": "..pipeline",
    "quick_reader": ".quickread",
    "read": ".quickread",
    "reading": ".quickread",
    "window": ".dashboard",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


if _typing.TYPE_CHECKING:
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
    from .engine import is_outage
    from .failures import database_error
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
    from .quickread import QuickReader, quick_reader, read, reading
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
    "QuickReader",
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
    "quick_reader",
    "read",
    "reading",
    "window",
]
