"""The sender of one connector: claims its outbox rows, pushes each decision, settles it.

One :class:`ConnectorSender` runs per [[connectors]] table, on its own rows only (see
:class:`bouncesink.store.Target`): a list manager that is down or slow holds up no other
connector and no webhook. The loop, lease, backoff and delivery log are the webhooks' own
(:class:`bouncesink.webhooks.OutboxSender`).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Generator

import httpx

from .. import __version__, parse
from ..metrics import Metrics
from ..store import Attempt, Claimed, Outbox, PushAction, Target
from ..types import SuppressionReason
from ..webhooks import Clock, OutboxSender, utc_now
from .base import Connector, ConnectorError, Decision, Returned

# How the stored bounce is read back: (was the message there, its raw bytes or None if pruned).
RawReader = Callable[[int], Awaitable[tuple[bool, bytes | None]]]
NOTHING_TO_DO = "nothing to do: "  # how the delivery log notes a decision with nothing to act on


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token>`` on every request."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


def auth_of(connector: Connector) -> httpx.Auth:
    config = connector.config
    if config.credentials == "bearer":
        return BearerAuth(config.token)
    return httpx.BasicAuth(config.username, config.password)


class ConnectorSender(OutboxSender):
    """Pushes the decisions queued for one connector until stopped."""

    what = "connector"

    def __init__(
        self,
        outbox: Outbox,
        connector: Connector,
        *,
        raw_message: RawReader | None = None,
        metrics: Metrics | None = None,
        clock: Clock = utc_now,
        rand: Callable[[], float] = random.random,
        poll_seconds: float = 1.0,
        concurrency: int = 4,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            outbox,
            Target(connector=connector.name),
            connector.config,
            clock=clock,
            rand=rand,
            poll_seconds=poll_seconds,
            concurrency=concurrency,
        )
        self.connector = connector
        self._raw_message = raw_message
        self._metrics = metrics
        self._transport = transport
        if metrics is not None:
            metrics.connector_started(connector.name)

    def _client(self) -> httpx.AsyncClient:
        config = self.connector.config
        return httpx.AsyncClient(
            base_url=config.url,
            auth=auth_of(self.connector),
            timeout=httpx.Timeout(config.timeout_seconds),
            follow_redirects=False,
            headers={"User-Agent": f"bouncesink/{__version__}", "Accept": "application/json"},
            transport=self._transport,
        )

    def _about(self, claimed: Claimed) -> str:
        return f"connector={self.connector.name} action={claimed.action} address={claimed.address}"

    def _count(self, attempt: Attempt, gave_up: bool) -> None:
        if self._metrics is None:
            return
        if not attempt.delivered:
            outcome = "failed"
        elif (attempt.note or "").startswith(NOTHING_TO_DO):
            outcome = "nothing-to-do"
        else:
            outcome = "delivered"
        self._metrics.connector_attempt(self.connector.name, outcome, gave_up)

    async def _attempt(self, client: httpx.AsyncClient, claimed: Claimed) -> Attempt:
        started_at = self._clock()
        start = time.monotonic()
        status: int | None = None
        error: str | None = None
        note: str | None = None
        retryable = True
        try:
            async with asyncio.timeout(self.connector.config.timeout_seconds):
                decision = await self.decision(claimed)
                pushed = await self.connector.push(decision, client)
            status = pushed.status_code
            note = (NOTHING_TO_DO if pushed.nothing_to_do else "") + (pushed.note or "")
        except ConnectorError as exc:
            status, error, retryable = exc.status_code, str(exc), not exc.permanent
        except (TimeoutError, httpx.TimeoutException) as exc:
            error = self._timeout_error(exc)
        except Exception as exc:  # any failure of an attempt is a failed attempt, never a crash
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return Attempt(
            claimed,
            attempted_at=started_at,
            duration_ms=round((time.monotonic() - start) * 1000),
            status_code=status,
            error=error,
            note=note or None,
            retryable=retryable,
        )

    async def decision(self, claimed: Claimed) -> Decision:
        """The decision a claimed row carries, with the returned message's headers when the
        connector reads them (from the stored bounce; none once pruned)."""
        action = PushAction(claimed.action or PushAction.SUPPRESS)
        cause = claimed.suppression_reason if action is PushAction.SUPPRESS else None
        returned = Returned()
        if self.connector.READS_RETURNED and claimed.message_id is not None:
            returned = await self._returned(claimed.message_id)
        return Decision(
            event_id=claimed.event_id,
            action=action,
            address=claimed.address,
            cause=SuppressionReason(cause) if cause else None,
            kind=claimed.kind,
            category=claimed.category,
            reason=claimed.reason,
            status=claimed.status,
            diagnostic=claimed.diagnostic,
            event_at=claimed.event_at,
            created_at=claimed.created_at,
            message_id=claimed.message_id,
            attempt=claimed.attempt,
            returned=returned,
        )

    async def _returned(self, message_id: int) -> Returned:
        if self._raw_message is None:
            return Returned()
        _, raw = await self._raw_message(message_id)
        if not raw:
            return Returned()
        return Returned(await asyncio.to_thread(parse.returned_headers, raw))
