"""The SMTP front door: aiosmtpd handler and server start-up.

RCPT is accepted for the configured bounce domains only; nothing is ever relayed. DATA is
answered ``250`` only after the raw message and its envelope are durable; when they cannot be
made durable the answer is ``451 4.3.0`` and the sender retries.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import socket
import ssl
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email._header_value_parser import get_addr_spec, get_angle_addr
from typing import Any, AnyStr, cast

from aiosmtpd.smtp import SMTP, Envelope, Session

from .envelope import OK_RCPT, Accepted, Recipients
from .metrics import Metrics
from .pipeline import Incoming
from .tokens import TokenPolicy, today_utc

log = logging.getLogger(__name__)

Submit = Callable[[Incoming], Awaitable[int]]

# Replies, as sent (those at RCPT are in envelope.py).
OK_DATA = "250 2.0.0 OK: stored as {id}"
# aiosmtpd's own size refusals (at MAIL for a SIZE= over the limit, after DATA for a message
# over it), given the enhanced status code of RFC 3463 (5.3.4: message too big for system).
SIZE_REFUSALS = {
    "552 Error: message size exceeds fixed maximum message size": (
        "552 5.3.4 Message size exceeds fixed maximum message size"
    ),
    "552 Error: Too much mail data": "552 5.3.4 Message size exceeds fixed maximum message size",
}
TOO_MANY_SESSIONS = "421 4.3.2 Too many sessions, try again later"
TOO_MANY_FROM_IP = "421 4.7.0 Too many sessions from your address, try again later"
STORE_FAILED = "451 4.3.0 Temporary failure storing the message, please try again later"
INTERNAL_ERROR = "451 4.3.0 Internal error, please try again later"


class BounceHandler:
    """aiosmtpd handler: checks recipients, stores each message durably before ``250``."""

    def __init__(
        self,
        domains: Sequence[str],
        submit: Submit,
        max_recipients: int,
        tokens: TokenPolicy | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or Metrics(process=False)
        self.recipients = Recipients(domains, max_recipients, tokens)
        self._submit = submit
        # envelope → the first valid token among its recipients (an envelope lives one DATA)
        self._signed: weakref.WeakKeyDictionary[Envelope, str] = weakref.WeakKeyDictionary()

    def refused(self, cause: str) -> None:
        """Count a refusal of the protocol's own (a message too large)."""
        self._metrics.refused(cause)

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        verdict = self.recipients.check(address, len(envelope.rcpt_tos), today_utc())
        if not isinstance(verdict, Accepted):
            if verdict.cause in ("foreign-domain", "bad-token"):
                log.info("refused rcpt=%r peer=%s cause=%s", address, _peer(session), verdict.cause)
            self._metrics.refused(verdict.cause)
            return verdict.reply
        if verdict.token is not None and envelope not in self._signed:
            self._signed[envelope] = verdict.token
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return OK_RCPT

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        assert isinstance(raw, bytes)
        item = self.recipients.incoming(
            raw,
            envelope.mail_from or "",
            envelope.rcpt_tos,
            self._signed.pop(envelope, None),
            datetime.now(UTC),
            peer=_peer(session),
            helo=session.host_name or None,
        )
        try:
            message_id = await self._submit(item)
        except Exception as exc:
            log.error("not stored peer=%s size=%d error=%r", item.peer, len(raw), exc)
            self._metrics.refused("store-failed")
            return STORE_FAILED
        log.info(
            "stored id=%d peer=%s size=%d rcpts=%d",
            message_id,
            item.peer,
            len(raw),
            len(item.rcpt_to),
        )
        self._metrics.received()
        return OK_DATA.format(id=message_id)

    async def handle_exception(self, error: Exception) -> str:
        log.error("smtp session error=%r", error)
        return INTERNAL_ERROR


def _peer(session: Session) -> str | None:
    peer = session.peer
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer) if peer else None


class SessionGate:
    """Admission of new SMTP sessions: at most `max_sessions` at once, and at most
    `per_ip_per_minute` new sessions from one client address in any 60 seconds."""

    def __init__(
        self,
        max_sessions: int,
        per_ip_per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or Metrics(process=False)
        self.max_sessions = max_sessions
        self.per_ip_per_minute = per_ip_per_minute
        self.active = 0
        self._idle = asyncio.Event()
        self._clock = clock
        self._recent: dict[str, collections.deque[float]] = {}

    def admit(self, ip: str | None) -> str | None:
        """None to admit the session (and count it), else the reply that refuses it."""
        if self.active >= self.max_sessions:
            self._metrics.refused("too-many-sessions")
            return TOO_MANY_SESSIONS
        if ip is not None and self.per_ip_per_minute > 0:
            now = self._clock()
            seen = self._recent.setdefault(ip, collections.deque())
            while seen and seen[0] <= now - 60.0:
                seen.popleft()
            if len(seen) >= self.per_ip_per_minute:
                self._metrics.refused("rate-limited")
                return TOO_MANY_FROM_IP
            seen.append(now)
            if len(self._recent) > 10_000:  # forget idle clients, bounded memory
                self._forget_idle(now)
        self.active += 1
        return None

    def release(self) -> None:
        self.active -= 1
        if self.active == 0:
            self._idle.set()

    async def wait_idle(self) -> None:
        """Return once no session is open (callers bound the wait)."""
        while self.active:
            self._idle.clear()
            await self._idle.wait()

    def _forget_idle(self, now: float) -> None:
        for ip in [ip for ip, seen in self._recent.items() if not seen or seen[-1] <= now - 60]:
            del self._recent[ip]


class BounceSMTP(SMTP):
    """aiosmtpd's protocol with our session admission in front of it."""

    gate: SessionGate
    _admitted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._original_transport is None:  # a new connection, not the STARTTLS switch
            peer = transport.get_extra_info("peername")
            ip = str(peer[0]) if isinstance(peer, tuple) and peer else None
            refusal = self.gate.admit(ip)
            if refusal is not None:
                log.info("refused session peer=%s reply=%r", ip, refusal)
                # a stream transport (uvloop's do not subclass asyncio.WriteTransport)
                writer = cast(asyncio.WriteTransport, transport)
                writer.write(refusal.encode("ascii") + b"\r\n")
                transport.close()
                return
            self._admitted = True
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if not self._admitted:
            return  # refused at connect: aiosmtpd never saw it
        self._admitted = False  # count each session once, TLS or not
        self.gate.release()
        super().connection_lost(error)

    async def push(self, status: AnyStr) -> None:
        """A reply to the client; aiosmtpd's size refusals get an enhanced status code and
        are counted (``messages_refused_total{cause="too-large"}``)."""
        if isinstance(status, str):
            await super().push(self.reply(status))
            return
        await super().push(status)

    def reply(self, status: str) -> str:
        """`status` as answered: aiosmtpd's size refusals with their enhanced status code,
        counted."""
        if status not in SIZE_REFUSALS:
            return status
        handler = self.event_handler
        if isinstance(handler, BounceHandler):
            handler.refused("too-large")
        return SIZE_REFUSALS[status]

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """The address of a MAIL or RCPT argument and the rest (None, None if unparsable).

        aiosmtpd's own, without the typing-only class it defines on each call: building a
        class per MAIL and per RCPT was a tenth of the server's time per message. One
        difference: where the standard library's parser itself fails (IndexError on "x@",
        AttributeError on "x@["), the address is unparsable (553) instead of an internal error
        (451, which asks the client to retry it). tests/test_front_door.py checks that the
        answers are otherwise the same.
        """
        if not arg:
            return "", ""
        address: Any
        try:
            if arg.lstrip().startswith("<"):
                address, rest = get_angle_addr(arg)
            else:
                address, rest = get_addr_spec(arg)
            addr: str = address.addr_spec
        except Exception:  # HeaderParseError, or the parser's own faults ("x@", "x@[")
            return None, None
        local_part = addr.rpartition("@")[0]
        if self.local_part_limit and len(local_part) > self.local_part_limit:
            return None, None
        return addr, rest


@dataclass(frozen=True, slots=True)
class SmtpLimits:
    max_message_size: int = 10 * 1024 * 1024
    max_sessions: int = 200
    sessions_per_minute_per_ip: int = 120
    command_timeout: float = 300.0
    max_line_length: int = 65536
    tls_context: ssl.SSLContext | None = None  # offers STARTTLS when set
    require_tls: bool = False


def server_factory(
    handler: BounceHandler,
    *,
    hostname: str,
    limits: SmtpLimits,
    gate: SessionGate,
    protocol_class: type[BounceSMTP] = BounceSMTP,
) -> Callable[[], SMTP]:
    """The protocol factory for ``loop.create_server`` (SMTP, or LMTP with
    ``protocol_class=BounceLMTP``)."""
    name = hostname or socket.gethostname()  # no DNS lookup at start or per session
    # aiosmtpd sizes its line buffer from a class attribute: one subclass per server.
    protocol = type(
        protocol_class.__name__,
        (protocol_class,),
        {"line_length_limit": limits.max_line_length, "gate": gate},
    )

    def make() -> SMTP:
        smtp: SMTP = protocol(
            handler,
            hostname=name,
            ident="bouncesink",
            data_size_limit=limits.max_message_size,
            decode_data=False,
            enable_SMTPUTF8=True,
            timeout=limits.command_timeout,
            tls_context=limits.tls_context,
            require_starttls=limits.require_tls,
        )
        return smtp

    return make


async def start_server(
    handler: BounceHandler,
    host: str,
    port: int,
    *,
    hostname: str,
    limits: SmtpLimits,
    metrics: Metrics | None = None,
) -> tuple[asyncio.Server, SessionGate]:
    loop = asyncio.get_running_loop()
    gate = SessionGate(limits.max_sessions, limits.sessions_per_minute_per_ip, metrics=metrics)
    factory: Any = server_factory(handler, hostname=hostname, limits=limits, gate=gate)
    server = await loop.create_server(factory, host=host, port=port, reuse_address=True)
    return server, gate
