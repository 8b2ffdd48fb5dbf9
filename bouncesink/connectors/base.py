"""What every connector is: the decision it is given, what it answers, the class it extends.

A connector turns one :class:`Decision` (suppress or unsuppress an address, with why) into
the requests of one list manager's API, on an HTTP client that the sender made for it (base
URL, credentials, timeout: see :mod:`bouncesink.connectors`). It returns :class:`Pushed`
when the list manager acted (or had nothing to act on), and raises :class:`ConnectorError`
when it did not; the sender logs, counts and retries.
"""

from __future__ import annotations

import abc
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

import httpx

from ..config import ConnectorConfig
from ..store import PushAction
from ..types import SuppressionReason

# Statuses that no retry of the same request can change: the request itself is refused.
# (401/403 are retried: an operator may mend the credentials; 404 is the connector's to read.)
REFUSED_FOR_GOOD = frozenset({400, 405, 410, 413, 415, 422})
# How much of an error body goes into the delivery log.
ERROR_BODY_CHARS = 300


@dataclass(frozen=True, slots=True)
class Returned:
    """Headers of the message that bounced (returned inside the bounce), when known.

    Read from the stored bounce when the decision is sent, for connectors that ask for them
    (:attr:`Connector.READS_RETURNED`); names are lowercased, values decoded.
    """

    headers: Mapping[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        value = self.headers.get(name.lower(), "").strip()
        return value or None

    @property
    def message_id(self) -> str | None:
        return self.get("message-id")


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of bouncesink about one address, to be pushed to one list manager."""

    event_id: str  # the same on every attempt: an idempotency key where an API takes one
    action: PushAction  # SUPPRESS or UNSUPPRESS
    address: str  # normalized (domain lowercased, local part as sent)
    cause: SuppressionReason | None  # why suppressed; None on UNSUPPRESS
    kind: str | None  # of the deciding event (types.Kind values)
    category: str | None
    reason: str | None
    status: str | None  # RFC 3463 status, e.g. 5.1.1
    diagnostic: str | None
    event_at: datetime | None  # when the deciding event happened
    created_at: datetime  # when the change was recorded
    message_id: int | None  # bouncesink's stored message of the deciding event
    attempt: int  # 1 for the first
    returned: Returned = field(default_factory=Returned)

    @property
    def suppress(self) -> bool:
        return self.action is PushAction.SUPPRESS

    @property
    def complaint(self) -> bool:
        """A suppression because the recipient complained (spam report)."""
        return self.cause is SuppressionReason.COMPLAINT

    def evidence(self) -> dict[str, object]:
        """What bouncesink knows of it, as one flat document (for a note or a meta field)."""
        return {
            "action": self.action.value,
            "cause": self.cause.value if self.cause else None,
            "kind": self.kind,
            "category": self.category,
            "reason": self.reason,
            "status": self.status,
            "diagnostic": self.diagnostic,
            "message_id": self.returned.message_id,
            "bouncesink_message": self.message_id,
            "event_id": self.event_id,
            "event_at": self.event_at.isoformat() if self.event_at else None,
        }

    def summary(self) -> str:
        """One line for a list manager's comment field."""
        if not self.suppress:
            return "bouncesink: unsuppressed by an operator"
        parts = [f"bouncesink: {self.cause.value if self.cause else 'suppressed'}"]
        parts += [p for p in (self.reason, self.status) if p]
        line = " ".join(parts)
        return f"{line}: {self.diagnostic}" if self.diagnostic else line


@dataclass(frozen=True, slots=True)
class Pushed:
    """The list manager took the decision (or had nothing to take it on: `nothing_to_do`)."""

    status_code: int | None = None  # of the request that settled it
    note: str | None = None  # logged with the attempt: what was done or found
    nothing_to_do: bool = False  # e.g. no contact with this address: settled, counted apart


class ConnectorError(Exception):
    """A failed attempt: logged with the row, retried with backoff unless `permanent`."""

    def __init__(
        self, message: str, *, status_code: int | None = None, permanent: bool = False
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.permanent = permanent


def refused(response: httpx.Response, what: str = "") -> ConnectorError:
    """The ConnectorError of an unexpected answer: its status and the start of its body."""
    body = " ".join(response.text.split())[:ERROR_BODY_CHARS]
    doing = f"{what}: " if what else ""
    return ConnectorError(
        f"{doing}HTTP {response.status_code}" + (f" {body}" if body else ""),
        status_code=response.status_code,
        permanent=response.status_code in REFUSED_FOR_GOOD,
    )


def expect(response: httpx.Response, *statuses: int, what: str = "") -> None:
    """Raise the ConnectorError of `response` unless its status is one of `statuses` (any
    2xx when none is given)."""
    ok = response.status_code in statuses if statuses else response.is_success
    if not ok:
        raise refused(response, what)


def json_of(response: httpx.Response, what: str = "") -> object:
    """The JSON body of a successful answer; a body that is not JSON is a failed attempt."""
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise ConnectorError(
            f"{what + ': ' if what else ''}HTTP {response.status_code} answer is not JSON",
            status_code=response.status_code,
        ) from exc


class Connector(abc.ABC):
    """One list manager. Subclasses set TYPE (the ``type`` of its [[connectors]] table) and
    implement :meth:`push`; the registry (:mod:`bouncesink.connectors.registry`) maps TYPE to
    the class."""

    TYPE: ClassVar[str]
    # True: decisions carry the headers of the returned message (Decision.returned), read
    # from the stored bounce when the decision is sent. Costs one read of the raw bytes.
    READS_RETURNED: ClassVar[bool] = False

    def __init__(self, config: ConnectorConfig) -> None:
        self.config = config

    @property
    def name(self) -> str:
        return self.config.label

    @abc.abstractmethod
    async def push(self, decision: Decision, http: httpx.AsyncClient) -> Pushed:
        """Make the list manager act on `decision`, with `http` (its base URL is the
        connector's url, its credentials and timeout are set: pass paths such as
        "/api/contacts"). Return Pushed once it took the decision or nothing was to be
        done; raise ConnectorError when it did not. An httpx error is a failed attempt too.
        Called again with the same decision after a failure or a crash (at least once): a
        second call must do no harm."""
