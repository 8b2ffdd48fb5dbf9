"""Webhooks: address state changes POSTed as signed JSON, from the outbox, with retries.

The store queues a change in ``webhook_outbox`` (one row per configured URL: the address, its
state before and after, and the event id) in the very transaction that makes it
(:mod:`bouncesink.recording`); :func:`document` renders what is sent. :class:`WebhookSender`,
a task of the daemon, claims due rows, POSTs them and settles each attempt in
``webhook_deliveries``.
Several daemons may share one PostgreSQL: a row is claimed by one sender at a time (``FOR
UPDATE SKIP LOCKED`` and a lease), so none is sent twice at once.

What a receiver gets::

    POST <url>
    Content-Type: application/json
    X-Bouncesink-Event-Id: 5a0c…   (the body's "id"; the same on every retry and every URL)
    X-Bouncesink-Signature: t=1795747200,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>

    {"id": …, "type": "address.state_changed", "created_at": …, "address": …, "state": …,
     "previous_state": …, "suppression_reason": …, "kind": …, "category": …, "reason": …,
     "status": …, "diagnostic": …, "event_at": …}

An alert raised or cleared (:mod:`bouncesink.alerting`) goes through the same outbox, with the
same headers and signature; its document's ``type`` is ``alert.raised`` or ``alert.cleared``
(:func:`alert_document`).

The signature is Stripe's scheme: ``t`` is the time of the attempt in Unix seconds, and the
MAC covers ``t``, a dot, and the body bytes exactly as received. A receiver recomputes it with
the shared secret, compares in constant time (:func:`verify` does both), and refuses a ``t``
too far from its own clock (a replayed request). Timestamps in the body are ISO 8601 UTC;
``event_at`` is when the deciding event happened (null when a score lapsed or a suppression
expired), ``created_at`` when the change was recorded.

Delivery is at least once, in no guaranteed order: a sender that dies after the POST but
before recording it sends again after its lease, and retries overtake. Receivers drop an
event id they have seen, and order by ``created_at``. Any 2xx answer is a delivery; anything
else (another status, a redirect, a timeout, a refused connection) is retried with
exponential backoff and jitter, up to ``max_attempts``, then the row is marked failed.

:class:`OutboxSender` is the loop itself (claim, attempt, settle), shared with the
connectors that push decisions to list managers (:mod:`bouncesink.connectors`): each sender
takes the rows of its own target only, so a receiver that is down delays no other.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.exc import SQLAlchemyError

from . import __version__
from .config import WebhooksConfig
from .metrics import Metrics
from .store import AlertEvent, Attempt, Claimed, Outbox, Target

# The HTTP client is loaded when a sender has somewhere to send: a daemon with no webhook URL
# and no list manager keeps httpx out of its memory.
if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

SIGNATURE_HEADER = "X-Bouncesink-Signature"
EVENT_ID_HEADER = "X-Bouncesink-Event-Id"
EVENT_TYPE = "address.state_changed"
# A claimed row is left alone this much longer than an attempt may take; past that, the
# sender is taken for dead and another one (or this one, restarted) tries again.
LEASE_MARGIN = timedelta(seconds=60)
# Shortest wait after a look that claimed nothing, so that a row being claimed elsewhere
# (locked, not yet committed) is not polled for in a busy loop.
RECHECK_SECONDS = 0.05


def utc_now() -> datetime:
    return datetime.now(UTC)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The X-Bouncesink-Signature value of `body` sent at `timestamp` (Unix seconds)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, now: int, tolerance: int = 300) -> bool:
    """A receiver's check: the signature is ours, and was made within `tolerance` seconds."""
    fields: dict[str, list[str]] = {}
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        fields.setdefault(key, []).append(value)
    try:
        (timestamp,) = (int(t) for t in fields.get("t", []))
    except ValueError:
        return False
    if abs(now - timestamp) > tolerance:
        return False
    expected = sign(secret, timestamp, body).rpartition("v1=")[2]
    return any(hmac.compare_digest(expected, v) for v in fields.get("v1", []))


def backoff(attempt: int, base: float, cap: float, rand: Callable[[], float]) -> float:
    """Seconds to wait after failed attempt number `attempt` (1 for the first).

    base, 2·base, 4·base… capped at `cap`, each shortened by a random part of up to half
    ("equal jitter"): senders that failed together do not retry together, and a wait never
    drops to nothing.
    """
    delay = min(cap, base * 2.0 ** min(attempt - 1, 62))
    return delay / 2 + delay / 2 * rand()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def document(change: Claimed) -> dict[str, object]:
    """The JSON document POSTed for one change; its id is the X-Bouncesink-Event-Id."""
    if change.action in ALERT_TYPES:
        return alert_document(change)
    return {
        "id": change.event_id,
        "type": EVENT_TYPE,
        "created_at": _iso(change.created_at),
        "address": change.address,
        "state": change.new_state,
        "previous_state": change.previous_state,
        "suppression_reason": change.suppression_reason,
        "kind": change.kind,
        "category": change.category,
        "reason": change.reason,
        "status": change.status,
        "diagnostic": change.diagnostic,
        "event_at": _iso(change.event_at),
    }


ALERT_TYPES = tuple(event.value for event in AlertEvent)


def alert_document(change: Claimed) -> dict[str, object]:
    """The document of an alert raised or cleared (bouncesink.alerting)::

        {"id": …, "type": "alert.raised" | "alert.cleared", "created_at": …,
         "alert": "bounce-rate-review", "scope": "all" | a domain | a provider,
         "value": 0.071, "threshold": 0.05, "volume": 1200,
         "since": …, "cleared_at": null | …}

    ``value`` is the rate (a fraction) or, for ``provider-blocking``, the blocks in the last
    hour; ``volume`` the recipients sent behind a rate (the blocks, for provider-blocking).
    """
    detail = json.loads(change.diagnostic or "{}")
    return {
        "id": change.event_id,
        "type": change.action,
        "created_at": _iso(change.created_at),
        "alert": detail.get("alert"),
        "scope": detail.get("scope"),
        "value": detail.get("value"),
        "threshold": detail.get("threshold"),
        "volume": detail.get("volume"),
        "since": detail.get("since"),
        "cleared_at": detail.get("cleared_at"),
    }


def body_of(payload: dict[str, object]) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


class RetrySettings(Protocol):
    """How a sender waits and retries: [webhooks] and each [[connectors]] table say."""

    @property
    def timeout_seconds(self) -> float: ...

    @property
    def max_attempts(self) -> int: ...

    @property
    def backoff_seconds(self) -> float: ...

    @property
    def max_backoff_seconds(self) -> float: ...


class OutboxSender:
    """Delivers the rows of one outbox target until stopped: claims the due ones (at most
    `concurrency` in flight), makes an attempt of each (:meth:`_attempt`, a subclass's), and
    settles it: delivered, retried after a backoff with jitter, or failed after
    ``max_attempts`` (or at once, for an attempt that says no retry can mend it)."""

    what = "outbox"  # how its log lines name it

    def __init__(
        self,
        outbox: Outbox,
        target: Target,
        settings: RetrySettings,
        *,
        clock: Clock = utc_now,
        rand: Callable[[], float] = random.random,
        poll_seconds: float = 1.0,
        concurrency: int = 16,
    ) -> None:
        self._outbox = outbox
        self._target = target
        self._settings = settings
        self._clock = clock
        self._rand = rand
        self._poll = poll_seconds
        self._concurrency = concurrency
        self._lease = timedelta(seconds=settings.timeout_seconds) + LEASE_MARGIN
        self._stopping = False
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Look for due rows now (e.g. right after a change was recorded)."""
        self._wake.set()

    def stop(self) -> None:
        """Claim nothing more; :meth:`run` returns once the attempts in flight are settled."""
        self._stopping = True
        self._wake.set()

    def _client(self) -> httpx.AsyncClient:
        """The HTTP client the attempts of one run share."""
        raise NotImplementedError

    async def _attempt(self, client: httpx.AsyncClient, claimed: Claimed) -> Attempt:
        """One attempt at delivering `claimed`; never raises."""
        raise NotImplementedError

    def _about(self, claimed: Claimed) -> str:
        """Where a row goes, for the log lines."""
        return f"url={claimed.url}"

    def _count(self, attempt: Attempt, gave_up: bool) -> None:
        """Count a settled attempt in the metrics."""

    async def run(self) -> None:
        if self._target.empty:
            return
        log.info("%s sender started %s", self.what, self._started())
        inflight: set[asyncio.Task[None]] = set()
        async with self._client() as client:
            try:
                while not self._stopping:
                    claimed = await self._claim_due(self._concurrency - len(inflight))
                    for item in claimed:
                        task = asyncio.create_task(self._deliver(client, item))
                        inflight.add(task)
                        task.add_done_callback(inflight.discard)
                    wait = await self._idle_seconds(inflight)
                    if not claimed:  # due rows another sender is claiming right now
                        wait = max(wait, min(self._poll, RECHECK_SECONDS))
                    await self._pause(inflight, wait)
            finally:
                if inflight:
                    await asyncio.gather(*inflight, return_exceptions=True)
        log.info("%s sender stopped %s", self.what, self._started())

    def _started(self) -> str:
        if self._target.connector is not None:
            return f"connector={self._target.connector}"
        return f"urls={len(self._target.urls)}"

    async def _claim_due(self, limit: int) -> list[Claimed]:
        """Claim up to `limit` due rows; a cheap read first, so an idle poll writes nothing."""
        if limit <= 0:
            return []
        try:
            due = await self._outbox.next_due(self._target)
            now = self._clock()
            if due is None or due > now:
                return []
            return await self._outbox.claim(self._target, limit, now, self._lease)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("%s claim failed error=%s", self.what, exc)
            return []

    async def _idle_seconds(self, inflight: set[asyncio.Task[None]]) -> float:
        """How long to wait before looking again: until the next row is due, at most a poll.

        Zero when a row is due and there is room for it; a delivery that ends, a wake() or
        stop() end any wait sooner.
        """
        if len(inflight) >= self._concurrency:
            return self._poll
        try:
            due = await self._outbox.next_due(self._target)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("%s poll failed error=%s", self.what, exc)
            return self._poll
        if due is None:
            return self._poll
        return max(0.0, min(self._poll, (due - self._clock()).total_seconds()))

    async def _pause(self, inflight: set[asyncio.Task[None]], seconds: float) -> None:
        if seconds <= 0 or self._stopping:
            return
        woken = asyncio.create_task(self._wake.wait())
        try:
            await asyncio.wait({woken, *inflight}, timeout=seconds, return_when="FIRST_COMPLETED")
        finally:
            woken.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await woken
        if not self._stopping:
            self._wake.clear()

    async def _deliver(self, client: httpx.AsyncClient, claimed: Claimed) -> None:
        await self._settle(await self._attempt(client, claimed))

    def _timeout_error(self, exc: BaseException) -> str:
        seconds = f"no answer within {self._settings.timeout_seconds:g} s"
        return seconds if isinstance(exc, TimeoutError) else f"{seconds} ({type(exc).__name__})"

    async def _settle(self, attempt: Attempt) -> None:
        claimed, now = attempt.claimed, self._clock()
        retry_at: datetime | None = None
        if attempt.delivered:
            log.info(
                "%s delivered id=%d %s attempt=%d%s",
                self.what,
                claimed.id,
                self._about(claimed),
                claimed.attempt,
                f" note={attempt.note!r}" if attempt.note else "",
            )
        else:
            settings = self._settings
            if attempt.retryable and claimed.attempt < settings.max_attempts:
                wait = backoff(
                    claimed.attempt,
                    settings.backoff_seconds,
                    settings.max_backoff_seconds,
                    self._rand,
                )
                retry_at = now + timedelta(seconds=wait)
            log.warning(
                "%s attempt failed id=%d %s attempt=%d error=%r %s",
                self.what,
                claimed.id,
                self._about(claimed),
                claimed.attempt,
                attempt.error,
                f"retry_at={retry_at.isoformat()}" if retry_at else "gave_up=true",
            )
        self._count(attempt, gave_up=not attempt.delivered and retry_at is None)
        try:
            await self._outbox.settle(attempt, now, retry_at=retry_at)
        except (SQLAlchemyError, OSError) as exc:
            # The row stays claimed until its lease ends, then it is sent again.
            log.error("%s outcome not recorded id=%d error=%s", self.what, claimed.id, exc)


class WebhookSender(OutboxSender):
    """Delivers the outbox to the configured URLs until stopped."""

    what = "webhook"

    def __init__(
        self,
        outbox: Outbox,
        config: WebhooksConfig,
        *,
        metrics: Metrics | None = None,
        clock: Clock = utc_now,
        rand: Callable[[], float] = random.random,
        poll_seconds: float = 1.0,
        concurrency: int = 16,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            outbox,
            Target(urls=tuple(config.urls)),
            config,
            clock=clock,
            rand=rand,
            poll_seconds=poll_seconds,
            concurrency=concurrency,
        )
        self._config = config
        self._metrics = metrics
        self._transport = transport

    def _client(self) -> httpx.AsyncClient:
        import httpx

        return httpx.AsyncClient(
            timeout=httpx.Timeout(self._config.timeout_seconds),
            follow_redirects=False,
            headers={"User-Agent": f"bouncesink/{__version__}"},
            transport=self._transport,
        )

    def _count(self, attempt: Attempt, gave_up: bool) -> None:
        if not attempt.delivered and self._metrics is not None:
            self._metrics.webhook_failed()

    async def _attempt(self, client: httpx.AsyncClient, claimed: Claimed) -> Attempt:
        import httpx  # loaded by _client() already

        body = body_of(document(claimed))
        started_at = self._clock()
        headers = {
            "Content-Type": "application/json",
            EVENT_ID_HEADER: claimed.event_id,
            SIGNATURE_HEADER: sign(self._config.secret, int(started_at.timestamp()), body),
        }
        status: int | None = None
        error: str | None = None
        start = time.monotonic()
        try:
            async with (
                asyncio.timeout(self._config.timeout_seconds),
                client.stream("POST", claimed.url, content=body, headers=headers) as response,
            ):
                status = response.status_code
            if not 200 <= status < 300:
                error = f"HTTP {status}"
        except (TimeoutError, httpx.TimeoutException) as exc:
            error = self._timeout_error(exc)
        except Exception as exc:  # any failure of the request is a failed attempt, never a crash
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return Attempt(
            claimed,
            attempted_at=started_at,
            duration_ms=round((time.monotonic() - start) * 1000),
            status_code=status,
            error=error,
        )
