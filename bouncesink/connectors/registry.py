"""The connector types: the ``type`` of a [[connectors]] table → its class.

A new list manager is a module of this package with a :class:`~.base.Connector` subclass,
and one entry here. (``config.CONNECTOR_CREDENTIALS`` says what credentials each type's
table takes.)
"""

from __future__ import annotations

from .base import Connector
from .keila import Keila
from .listmonk import Listmonk
from .mailman import Mailman
from .mautic import Mautic

REGISTRY: dict[str, type[Connector]] = {
    connector.TYPE: connector for connector in (Listmonk, Mailman, Mautic, Keila)
}
