"""The LMTP front door (RFC 2033), for an MTA that receives the bounces itself and hands them
over: on TCP (``[lmtp].listen``) and/or a unix socket (``[lmtp].socket``, Postfix's
``lmtp:unix:``).

It is the SMTP server's handler and commit path (see :mod:`bouncesink.smtp`): the same
recipient and token checks at RCPT, the same limits, the message durable before ``250``.
What LMTP changes is the answer after DATA: one reply per accepted recipient, in the order
they were accepted, each naming its recipient. The message is stored once for all of them,
so they share its fate: all ``250`` once it is committed, all ``451 4.3.0`` when it could not
be (the MTA keeps it queued and tries again).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import re
import socket
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, AnyStr

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import syntax

from .envelope import echo
from .errors import ConfigError
from .metrics import Metrics
from .smtp import BounceHandler, BounceSMTP, SessionGate, SmtpLimits, server_factory

log = logging.getLogger(__name__)

# RFC 2033 4.1: an LMTP server supports PIPELINING and ENHANCEDSTATUSCODES (aiosmtpd
# answers pipelined commands in order and our replies carry enhanced codes; it names
# neither in its LHLO reply).
LHLO_EXTENSIONS = ("250-PIPELINING", "250-ENHANCEDSTATUSCODES")
_ENHANCED = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")


def per_recipient(status: str, recipient: str) -> str:
    """The reply to DATA for one recipient: "250 2.0.0 <a@b> OK: stored as 7"."""
    code, _, rest = status.partition(" ")
    first, _, tail = rest.partition(" ")
    if _ENHANCED.fullmatch(first):
        return f"{code} {first} <{echo(recipient)}> {tail}".rstrip()
    return f"{code} <{echo(recipient)}> {rest}".rstrip()


class BounceLMTP(BounceSMTP, LMTP):
    """aiosmtpd's LMTP with our session admission, size replies, and one reply per
    recipient after DATA (RFC 2033 4.2)."""

    _in_lhlo = False
    _after_data = False
    _recipients: tuple[str, ...] = ()

    @syntax("LHLO hostname")
    async def smtp_LHLO(self, arg: str) -> None:
        self._in_lhlo = True
        try:
            await super().smtp_LHLO(arg)
        finally:
            self._in_lhlo = False

    async def smtp_DATA(self, arg: str) -> None:
        self._after_data = False  # set once the message is being read (354)
        self._recipients = tuple(self.envelope.rcpt_tos) if self.envelope else ()
        await super().smtp_DATA(arg)

    async def push(self, status: AnyStr) -> None:
        if not isinstance(status, str):
            await super().push(status)
        elif self._after_data:
            # The message is in (or was refused as too large, or failed): every accepted
            # recipient gets its reply, the same verdict for all.
            self._after_data = False
            status = self.reply(status)
            for recipient in self._recipients:
                await super().push(per_recipient(status, recipient))
        else:
            if self._in_lhlo and status == "250 HELP":
                for line in LHLO_EXTENSIONS:
                    await super().push(line)
            await super().push(status)
            if status.startswith("354"):
                self._after_data = True


@dataclass
class LmtpServers:
    """The LMTP listeners started (TCP, unix socket) and their session gate."""

    gate: SessionGate
    servers: list[asyncio.Server] = field(default_factory=list)
    socket_path: Path | None = None

    def close(self) -> None:
        """No new sessions; the unix socket's file is removed."""
        for server in self.servers:
            server.close()
        if self.socket_path is not None:
            with contextlib.suppress(OSError):
                if stat.S_ISSOCK(self.socket_path.lstat().st_mode):
                    self.socket_path.unlink()
            self.socket_path = None

    def addresses(self) -> list[str]:
        """Where it listens, for the log: host:port and socket paths."""
        found = []
        for server in self.servers:
            for sock in server.sockets:
                name = sock.getsockname()
                found.append(f"{name[0]}:{name[1]}" if isinstance(name, tuple) else str(name))
        return found


async def start_lmtp(
    handler: BounceHandler,
    *,
    listen: tuple[str, int] | None,
    socket_path: Path | None,
    socket_mode: int,
    hostname: str,
    limits: SmtpLimits,
    metrics: Metrics | None = None,
) -> LmtpServers:
    """Listen on TCP and/or a unix socket; a place that cannot be listened on is a
    :class:`ConfigError` naming its key (what had started is closed)."""
    # The client is the operator's own MTA, on loopback or a unix socket: sessions at once
    # are limited, not per address, and [smtp]'s STARTTLS is neither offered nor required.
    gate = SessionGate(limits.max_sessions, 0, metrics=metrics)
    limits = replace(limits, tls_context=None, require_tls=False)
    factory: Any = server_factory(
        handler, hostname=hostname, limits=limits, gate=gate, protocol_class=BounceLMTP
    )
    started = LmtpServers(gate)
    loop = asyncio.get_running_loop()
    try:
        if listen is not None:
            host, port = listen
            try:
                server = await loop.create_server(factory, host=host, port=port, reuse_address=True)
            except OSError as exc:
                raise ConfigError(
                    f"[lmtp].listen: cannot listen on {host}:{port}: {_why(exc)} "
                    "(stop what uses it, or set another address)"
                ) from exc
            started.servers.append(server)
        if socket_path is not None:
            try:
                _remove_stale_socket(socket_path)
                server = await loop.create_unix_server(factory, path=str(socket_path))
                started.socket_path = socket_path
                os.chmod(socket_path, socket_mode)
            except OSError as exc:
                raise ConfigError(
                    f"[lmtp].socket: cannot listen on {socket_path}: {_why(exc)} "
                    "(check that its folder exists and is writable, and that no other "
                    "process listens there)"
                ) from exc
            started.servers.append(server)
    except BaseException:
        started.close()
        raise
    return started


def _remove_stale_socket(path: Path) -> None:
    """A socket file left by a process that is gone is removed; one that a live process
    answers on is in use (EADDRINUSE); any other file is left alone (EEXIST)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(mode):
        raise FileExistsError(errno.EEXIST, "a file that is not a socket is there")
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except (ConnectionRefusedError, FileNotFoundError):
        path.unlink(missing_ok=True)
        return
    finally:
        probe.close()
    raise OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE))


def _why(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)
