"""Connectors: bouncesink's decisions pushed to list managers (listmonk, Mailman, Mautic, Keila).

What is pushed
    A suppression (the address becomes suppressed, or stays suppressed for another cause:
    hard bounce, soft threshold, complaint, manual, import) and an operator's unsuppress.
    Never a block, never a single soft failure, never the end of a suppression by its expiry
    (``bouncesink.store.outbox.pushed`` is the rule, and the only one).

How it travels
    Each decision is written to the outbox, one row per connector, in the transaction that
    changes the address (``Recorder.connectors``). One :class:`~.sender.ConnectorSender` per
    connector claims that connector's rows only (a list manager that is down delays no other
    connector and no webhook), with a lease, and pushes them: at least once, retried with
    exponential backoff and jitter up to ``max_attempts``, each attempt in the delivery log
    and in ``bouncesink_connector_attempts_total{connector,outcome}``. The rows of one address
    go to one connector in the order they were written.

The contract of a connector (what a new list manager needs: a module here and one entry in
:data:`~.registry.REGISTRY`; its credentials kind in ``config.CONNECTOR_CREDENTIALS``)::

    class Mailman(Connector):                    # bouncesink.connectors.base.Connector
        TYPE = "mailman"                         # the [[connectors]] type
        READS_RETURNED = False                   # True: decision.returned has the headers
                                                 # of the message that bounced
        async def push(self, decision: Decision, http: httpx.AsyncClient) -> Pushed: ...

- ``self.config`` is the :class:`~bouncesink.config.ConnectorConfig` (``label`` is its name).
- ``http`` has the connector's ``url`` as base URL (request paths such as ``"/3.1/members"``),
  its credentials (HTTP Basic ``username``/``password``, or ``Authorization: Bearer token``),
  ``timeout_seconds`` per request, no redirects followed, ``Accept: application/json``.
  The whole push must finish within ``timeout_seconds`` too.
- :class:`~.base.Decision`: ``action`` (``PushAction.SUPPRESS`` / ``UNSUPPRESS``;
  ``decision.suppress``), ``address``, ``cause`` (a ``SuppressionReason``, None on unsuppress;
  ``decision.complaint``), the deciding event's ``kind``, ``category``, ``reason``,
  ``status``, ``diagnostic``, ``event_at``, ``event_id`` (the same on every attempt),
  ``attempt``, ``message_id`` (the stored bounce), ``returned``; ``summary()`` is one line
  for a comment field, ``evidence()`` a flat document.
- Return :class:`~.base.Pushed` (``status_code``, ``note``) once the list manager took it,
  ``Pushed(nothing_to_do=True, note=...)`` when there was nothing to act on (no such
  contact or member): settled, logged, counted apart. Raise :class:`~.base.ConnectorError`
  (``status_code``, ``permanent``) for a failed attempt; ``expect(response, 200, ...)`` and
  ``refused(response)`` build it from an answer (a 400/405/410/413/415/422 is permanent: no
  retry can mend it). Any other exception (an httpx error, a timeout) is a failed attempt,
  retried. Pushes are repeated after a failure or a crash: a second push must do no harm.
- Never log the credentials; the sender logs the connector's name, the action, the
  address and the error.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import ConnectorConfig
from ..errors import ConfigError
from .base import Connector, ConnectorError, Decision, Pushed, Returned
from .registry import REGISTRY

__all__ = [
    "REGISTRY",
    "Connector",
    "ConnectorError",
    "Decision",
    "Pushed",
    "Returned",
    "build",
]


def build(configs: Sequence[ConnectorConfig]) -> list[Connector]:
    """A connector for each [[connectors]] table, in order."""
    built: list[Connector] = []
    for index, config in enumerate(configs):
        cls = REGISTRY.get(config.type)
        if cls is None:
            available = ", ".join(sorted(REGISTRY)) or "none"
            raise ConfigError(
                f"[connectors][{index}].type: {config.type!r} is not available in this "
                f"version of bouncesink (available: {available})"
            )
        built.append(cls(config))
    return built
