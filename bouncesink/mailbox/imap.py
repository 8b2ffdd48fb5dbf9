"""One IMAP connection to a bounce mailbox, on the standard library's imaplib (blocking: the
reader runs each call in a thread).

Messages are named by UID and fetched with ``BODY.PEEK[]`` (no \\Seen flag: a message left on
the server looks untouched). A message is moved with ``UID MOVE`` (RFC 6851) when the server
offers it, else copied, flagged \\Deleted and expunged: with ``UID EXPUNGE`` (RFC 4315 UIDPLUS)
when offered, so that only that message goes.

imaplib before Python 3.14 has no IDLE: :meth:`ImapSession.idle` implements RFC 2177 on it. The
wait is a ``select`` on the socket in short ticks (after a non-blocking look at what imaplib has
buffered already), so that a stop request or the end of the wait ends it within a tick, with a
``DONE`` and the command's tagged reply read, never a half-read line.
"""

from __future__ import annotations

import contextlib
import imaplib
import itertools
import logging
import re
import select
import socket
import ssl
import threading
import time
from collections.abc import Sequence

from .server import LoginRefused, Server

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5  # how often a wait in IDLE looks whether it should end

ImapError = imaplib.IMAP4.error  # a NO or BAD answer, or a protocol error (abort is one)


def quoted(text: str) -> str:
    """An IMAP quoted string (RFC 3501 section 4.3)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapSession:
    """A logged-in connection with one folder selected."""

    _tags = itertools.count(1)

    def __init__(self, target: Server, username: str, password: str, folder: str) -> None:
        self._target = target
        self._timeout = target.timeout
        imap: imaplib.IMAP4
        if target.implicit_tls:
            imap = imaplib.IMAP4_SSL(
                target.host, target.port, ssl_context=target.context, timeout=target.timeout
            )
        else:
            imap = imaplib.IMAP4(target.host, target.port, timeout=target.timeout)
        self._imap = imap
        try:
            if target.upgrade:  # STARTTLS
                imap.starttls(target.context)
            try:
                imap.login(quoted(username), password)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                raise LoginRefused(_text(exc)) from None
            self.capabilities = _capabilities(imap)
            self.folder = folder
            _ok(imap.select(quoted(folder)), f"SELECT {folder}")
        except BaseException:
            self.abort()
            raise

    @property
    def can_idle(self) -> bool:
        return "IDLE" in self.capabilities

    def create(self, folder: str) -> None:
        """Create a folder if it is not there (an existing one is not an error)."""
        typ, data = self._imap.create(quoted(folder))
        if typ != "OK" and b"ALREADYEXISTS" not in b" ".join(_bytes(d) for d in data).upper():
            typ, data = self._imap.list('""', quoted(folder))
            if typ != "OK" or not [d for d in data if d]:
                raise ImapError(f"cannot create folder {folder!r}: {_joined(data)}")

    def uids(self) -> list[str]:
        """The UIDs of the messages in the folder (not those already flagged \\Deleted)."""
        self._imap.untagged_responses.pop("EXISTS", None)  # news before now: in this listing
        data = _ok(self._imap.uid("SEARCH", "UNDELETED"), "UID SEARCH")
        return [uid.decode() for line in data if line for uid in _bytes(line).split()]

    def size(self, uid: str) -> int | None:
        """The message's size in bytes (RFC822.SIZE), or None when it is no longer there."""
        data = _ok(self._imap.uid("FETCH", uid, "(RFC822.SIZE)"), f"UID FETCH {uid}")
        for part in data:
            found = re.search(rb"RFC822\.SIZE (\d+)", _bytes(part))
            if found:
                return int(found.group(1))
        return None

    def fetch(self, uid: str) -> bytes | None:
        """The raw message, or None when it is no longer there."""
        data = _ok(self._imap.uid("FETCH", uid, "(BODY.PEEK[])"), f"UID FETCH {uid}")
        for part in data:
            if isinstance(part, tuple) and len(part) == 2:
                return bytes(part[1])
        return None

    def move(self, uid: str, folder: str) -> None:
        """Move one message to another folder of the same mailbox."""
        imap = self._imap
        if "MOVE" in self.capabilities:
            _ok(imap.uid("MOVE", uid, quoted(folder)), f"UID MOVE {uid} {folder}")
            return
        _ok(imap.uid("COPY", uid, quoted(folder)), f"UID COPY {uid} {folder}")
        _ok(imap.uid("STORE", uid, "+FLAGS.SILENT", r"(\Deleted)"), f"UID STORE {uid}")
        if "UIDPLUS" in self.capabilities:
            _ok(imap.uid("EXPUNGE", uid), f"UID EXPUNGE {uid}")
        else:
            _ok(imap.expunge(), "EXPUNGE")

    def noop(self) -> None:
        _ok(self._imap.noop(), "NOOP")

    def idle(self, seconds: float, stop: threading.Event) -> bool:
        """Wait in IDLE (RFC 2177) until the server reports a new message (True), `seconds`
        pass or `stop` is set (False). Ends with DONE and the tagged reply read.

        A message that arrived after the last :meth:`uids` was announced ("* N EXISTS") in the
        reply to some command since, which imaplib kept: then there is nothing to wait for."""
        imap = self._imap
        if imap.untagged_responses.pop("EXISTS", None):
            return True  # a message came after the last listing, told in another reply
        tag = b"BSIDLE%d" % next(self._tags)
        imap.send(tag + b" IDLE\r\n")
        arrived = False
        while True:  # the continuation "+ idling" (untagged news may come before it)
            line = self._line()
            if line.startswith(b"+"):
                break
            if line.startswith(tag + b" "):
                raise ImapError(f"IDLE refused: {line.decode(errors='replace')}")
            arrived = arrived or _news(line)
        deadline = time.monotonic() + seconds
        while not arrived and not stop.is_set() and time.monotonic() < deadline:
            if self._readable(min(TICK_SECONDS, max(0.0, deadline - time.monotonic()))):
                arrived = _news(self._line())
        imap.send(b"DONE\r\n")
        while True:
            line = self._line()
            if line.startswith(tag + b" "):
                if not line[len(tag) + 1 :].upper().startswith(b"OK"):
                    raise ImapError(f"IDLE ended badly: {line.decode(errors='replace')}")
                return arrived
            arrived = arrived or _news(line)

    def logout(self) -> None:
        """Close the folder's session politely (LOGOUT), then the connection."""
        with contextlib.suppress(OSError, ImapError):
            self._imap.logout()
        self.abort()

    def abort(self) -> None:
        """Close the connection now; a call blocked on it in another thread fails at once."""
        sock = getattr(self._imap, "sock", None) if hasattr(self, "_imap") else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    # -- reading during IDLE --------------------------------------------------------------------

    def _line(self) -> bytes:
        line = self._imap.readline()
        if not line:
            raise imaplib.IMAP4.abort("the server closed the connection")
        if line.startswith(b"* BYE"):
            raise imaplib.IMAP4.abort(f"the server said {line.decode(errors='replace').strip()}")
        return line

    def _readable(self, seconds: float) -> bool:
        """Whether a line can be read now, waiting at most `seconds`."""
        sock = self._imap.sock
        file = self._imap.file
        sock.setblocking(False)
        try:
            buffered = file.peek(1)  # type: ignore[union-attr]  # a BufferedReader
        except (BlockingIOError, ssl.SSLWantReadError):
            buffered = b""
        finally:
            sock.settimeout(self._timeout)
        if buffered:
            return True
        readable, _, _ = select.select([sock], [], [], seconds)
        return bool(readable)


def _capabilities(imap: imaplib.IMAP4) -> frozenset[str]:
    """What the server offers once logged in (MOVE, UIDPLUS, IDLE...): asked again, since
    servers announce more after LOGIN than in their greeting."""
    data = _ok(imap.capability(), "CAPABILITY")
    words = b" ".join(_bytes(d) for d in data).decode(errors="replace").upper().split()
    return frozenset(words) | frozenset(c.upper() for c in imap.capabilities)


def _news(line: bytes) -> bool:
    """An untagged "* N EXISTS": the folder has a message more."""
    parts = line.split()
    return len(parts) >= 3 and parts[0] == b"*" and parts[2].upper() == b"EXISTS"


def _ok(result: tuple[str, Sequence[object]], what: str) -> Sequence[object]:
    typ, data = result
    if typ != "OK":
        raise ImapError(f"{what}: {typ} {_joined(data)}")
    return data


def _bytes(value: object) -> bytes:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, tuple):
        return b" ".join(_bytes(v) for v in value)
    return str(value).encode()


def _joined(data: Sequence[object]) -> str:
    return b" ".join(_bytes(d) for d in data if d is not None).decode(errors="replace")


def _text(exc: BaseException) -> str:
    """What the server said, as text (imaplib hands its words over as bytes)."""
    arg = exc.args[0] if exc.args else exc
    return arg.decode(errors="replace") if isinstance(arg, bytes) else str(arg)
