"""The SMTP front door: aiosmtpd handler and server start-up.

RCPT is accepted for the configured bounce domains only; nothing is ever relayed. DATA is
answered ``250`` only after the raw message and its envelope are durable; when they cannot be
made durable the answer is ``451 4.3.0`` and the sender retries.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from .store import Incoming

log = logging.getLogger(__name__)

Submit = Callable[[Incoming], Awaitable[int]]

# Replies, as sent.
OK_RCPT = "250 2.1.5 OK"
OK_DATA = "250 2.0.0 OK: stored as {id}"
REFUSED_DOMAIN = (
    "550 5.7.1 <{address}>: relay access denied; this host accepts only bounces for {domains}"
)
BAD_ADDRESS = "553 5.1.3 <{address}>: not a valid address"
TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients"
STORE_FAILED = "451 4.3.0 Temporary failure storing the message, please try again later"
INTERNAL_ERROR = "451 4.3.0 Internal error, please try again later"


class BounceHandler:
    """aiosmtpd handler: checks recipients, stores each message durably before ``250``."""

    def __init__(self, domains: Sequence[str], submit: Submit, max_recipients: int) -> None:
        self._domains = frozenset(d.lower().rstrip(".") for d in domains)
        self._domain_list = ", ".join(sorted(self._domains))
        self._submit = submit
        self._max_recipients = max_recipients

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        local, at, domain = address.rpartition("@")
        if not at or not local:
            return BAD_ADDRESS.format(address=address)
        if domain.lower().rstrip(".") not in self._domains:
            log.info("refused rcpt=%s peer=%s cause=foreign-domain", address, _peer(session))
            return REFUSED_DOMAIN.format(address=address, domains=self._domain_list)
        if len(envelope.rcpt_tos) >= self._max_recipients:
            return TOO_MANY_RECIPIENTS
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return OK_RCPT

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        assert isinstance(raw, bytes)
        item = Incoming(
            raw=raw,
            mail_from=envelope.mail_from or "",
            rcpt_to=tuple(envelope.rcpt_tos),
            received_at=datetime.now(UTC),
            peer=_peer(session),
            helo=session.host_name,
        )
        try:
            message_id = await self._submit(item)
        except Exception as exc:
            log.error("not stored peer=%s size=%d error=%r", item.peer, len(raw), exc)
            return STORE_FAILED
        log.info(
            "stored id=%d peer=%s size=%d rcpts=%d",
            message_id,
            item.peer,
            len(raw),
            len(item.rcpt_to),
        )
        return OK_DATA.format(id=message_id)

    async def handle_exception(self, error: Exception) -> str:
        log.error("smtp session error=%r", error)
        return INTERNAL_ERROR


def _peer(session: Session) -> str | None:
    peer = session.peer
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer) if peer else None


def server_factory(
    handler: BounceHandler, *, hostname: str, data_size_limit: int
) -> Callable[[], SMTP]:
    """The protocol factory for ``loop.create_server``."""
    name = hostname or socket.gethostname()  # no DNS lookup at start or per session

    def make() -> SMTP:
        return SMTP(
            handler,
            hostname=name,
            ident="bouncesink",
            data_size_limit=data_size_limit,
            decode_data=False,
            enable_SMTPUTF8=True,
        )

    return make


async def start_server(
    handler: BounceHandler, host: str, port: int, *, hostname: str, data_size_limit: int
) -> asyncio.Server:
    loop = asyncio.get_running_loop()
    factory: Any = server_factory(handler, hostname=hostname, data_size_limit=data_size_limit)
    return await loop.create_server(factory, host=host, port=port, reuse_address=True)
