"""Postfix SMTP access policy delegation: suppression enforced where mail leaves.

The outbound Postfix asks before each recipient (``check_policy_service inet:127.0.0.1:10040``
in ``smtpd_recipient_restrictions``); the answer is ``REJECT`` for a suppressed address and
``DUNNO`` (no opinion) otherwise. If the database cannot answer, the service fails open
(``DUNNO``) and logs: a database outage must not stop outbound mail.

Every recipient let through is counted as sent to its domain (:class:`SentCounter`): the
denominator of the bounce and complaint rates (bouncesink.alerting).

Protocol (Postfix SMTPD_POLICY_README): the client sends ``name=value`` lines ended by an
empty line, on a connection it may reuse; each request gets ``action=...`` and an empty line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from .errors import AddressError
from .metrics import Metrics
from .pipeline import parse_address
from .policy import state_at
from .store import SentCount, SentSource, Store, StoredAddress
from .types import AddressState

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024  # Postfix requests are well under 2 KiB
IDLE_TIMEOUT_SECONDS = 300.0  # Postfix's smtpd_policy_service_max_idle is 300 s

Lookup = Callable[[str], Awaitable[StoredAddress | None]]


def suppressed_now(row: StoredAddress | None, now: datetime) -> bool:
    """Whether an address row is suppressed at `now` (an expired suppression is not). A soft
    lapse never matters here: a soft address is not refused."""
    return state_at(row, now, soft_lapse_days=0) is AddressState.SUPPRESSED


def decide(request: dict[str, str], row: StoredAddress | None, now: datetime) -> str:
    """The action for one policy request, given the recipient's stored row."""
    if request.get("request") != "smtpd_access_policy" or not request.get("recipient"):
        return "DUNNO"
    if not suppressed_now(row, now):
        return "DUNNO"
    assert row is not None
    why = row.suppression_reason or AddressState.SUPPRESSED
    detail = f" ({row.reason})" if row.reason and row.reason != "suppressed" else ""
    return f"REJECT 5.1.1 <{row.address}>: recipient is suppressed: {why}{detail}"


class SentCounter:
    """Recipients the policy service let through, per destination domain and hour, kept in
    memory and added to the store (source ``policyd``) every `flush_seconds` and at stop:
    counting never slows an answer. Counts that cannot be written are kept for the next
    flush; a crash loses at most the last `flush_seconds` of counts."""

    def __init__(
        self, store: Store, flush_seconds: float = 5.0, metrics: Metrics | None = None
    ) -> None:
        self._store = store
        self._flush_seconds = flush_seconds
        self._metrics = metrics
        self._counts: Counter[tuple[str, datetime]] = Counter()
        self._stop = asyncio.Event()

    def add(self, domain: str, moment: datetime) -> None:
        self._counts[(domain, moment.replace(minute=0, second=0, microsecond=0))] += 1

    async def flush(self) -> int:
        """Write what was counted; returns how many recipients."""
        counts, self._counts = self._counts, Counter()
        if not counts:
            return 0
        try:
            await self._store.record_sent(
                [SentCount(domain, hour, n) for (domain, hour), n in counts.items()],
                SentSource.POLICYD,
            )
        except Exception as exc:  # kept for the next flush
            self._counts.update(counts)
            log.error("policy sent counts not written error=%r; kept for the next try", exc)
            return 0
        total = sum(counts.values())
        if self._metrics is not None:
            self._metrics.sent(SentSource.POLICYD, total)
        return total

    async def run(self) -> None:
        """Flush every `flush_seconds` until stopped, then once more."""
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self._flush_seconds)
            await self.flush()

    def stop(self) -> None:
        self._stop.set()


class PolicyService:
    """One asyncio server speaking the policy protocol over a store.

    With a `counter`, every recipient it lets through (asked about at RCPT, the stage Postfix
    asks at for each recipient; not refused by us) is counted as sent to its domain.
    """

    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime] | None = None,
        counter: SentCounter | None = None,
        idle_timeout: float = IDLE_TIMEOUT_SECONDS,
    ) -> None:
        self._store = store
        self._idle_timeout = idle_timeout  # seconds for a whole request, from the last answer
        self._clock = clock or (lambda: datetime.now(UTC))
        self._counter = counter

    async def _lookup(self, address: str) -> tuple[str, StoredAddress | None]:
        """`address` as parsed, and its stored row (None for one never seen); AddressError for
        one that is not an address at all (Postfix judges such recipients itself)."""
        normalized = parse_address(address)
        return normalized, (await self._store.lookup([normalized])).get(normalized)

    async def answer(self, request: dict[str, str]) -> str:
        recipient = request.get("recipient", "")
        if request.get("request") != "smtpd_access_policy" or not recipient:
            return "DUNNO"
        try:
            address, row = await self._lookup(recipient)
        except AddressError:
            log.info("policy recipient=%r is not an address; answering DUNNO", recipient)
            return "DUNNO"
        except Exception as exc:  # fail open: never block outbound mail on our outage
            log.error("policy lookup failed recipient=%s error=%r; answering DUNNO", recipient, exc)
            return "DUNNO"
        now = self._clock()
        action = decide(request, row, now)
        if action != "DUNNO":
            log.info("policy reject recipient=%s sender=%s", recipient, request.get("sender", ""))
        elif self._counter is not None and request.get("protocol_state", "RCPT") == "RCPT":
            self._counter.add(address.rpartition("@")[2].lower(), now)
        return action

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        requests = _Requests(reader, self._idle_timeout)
        try:
            while True:
                request = await requests.next()
                if request is None:
                    break
                action = await self.answer(request)
                writer.write(f"action={action}\n\n".encode())
                await writer.drain()
        except (ConnectionError, TimeoutError, ValueError) as exc:
            log.info("policy client dropped error=%r", exc)
        finally:
            writer.close()

    async def start(self, host: str, port: int) -> asyncio.Server:
        server = await asyncio.start_server(self.handle, host, port)
        bound = server.sockets[0].getsockname()
        log.info("listening policy=%s:%d", bound[0], bound[1])
        return server


# The end of a request: its empty line, after a line ended by LF (as Postfix writes) or CR LF
# (as a person types into telnet or nc -C).
_REQUEST_END = re.compile(rb"\n\r?\n")


class _Requests:
    """The requests of one connection, each read whole up to its empty line under one timeout
    (no task per line), from blocks as they arrive: one ``read`` per request when the client
    writes it at once, as Postfix does. What follows a request (a pipelined one) is kept for
    the next. A request over MAX_REQUEST_BYTES is refused."""

    def __init__(self, reader: asyncio.StreamReader, seconds: float) -> None:
        self._reader = reader
        self._seconds = seconds
        self._buffer = bytearray()

    async def next(self) -> dict[str, str] | None:
        """The next request's attributes; None at a clean end of the connection. A line
        without ``=`` is ignored, a carriage return before a newline dropped, and bytes that
        are not UTF-8 replaced."""
        buffer = self._buffer
        searched = 0
        async with asyncio.timeout(self._seconds):
            while (end := _REQUEST_END.search(buffer, searched)) is None:
                if len(buffer) > MAX_REQUEST_BYTES:
                    raise ValueError("policy request too large")
                searched = max(0, len(buffer) - 2)
                block = await self._reader.read(MAX_REQUEST_BYTES)
                if not block:
                    if buffer.strip():
                        raise ValueError("connection closed in the middle of a request")
                    return None
                buffer += block
        if end.start() > MAX_REQUEST_BYTES:
            raise ValueError("policy request too large")
        request = bytes(buffer[: end.start()])
        del buffer[: end.end()]
        attributes: dict[str, str] = {}
        for line in request.decode("utf-8", "replace").split("\n"):
            name, sep, value = line.rstrip("\r").partition("=")
            if sep:
                attributes[name.strip()] = value
        return attributes
