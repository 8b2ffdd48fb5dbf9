"""One POP3 connection to a bounce mailbox, on the standard library's poplib (blocking: the
reader runs each call in a thread).

POP3 has one folder and no flags, so nothing can be moved aside: a stored message is deleted
(``DELE``, which the server carries out at ``QUIT`` only: a connection lost before it deletes
nothing), and a message that is not a bounce is left on the server untouched. Its ``UIDL``
(RFC 1939 unique id) is remembered by the reader so that it is not downloaded again.
"""

from __future__ import annotations

import contextlib
import poplib
import socket

from .server import LoginRefused, Server

Pop3Error = poplib.error_proto

MAX_LINE = 1_000_000  # poplib's own limit (2,048 bytes) is shorter than lines real bounces quote


class _LongLines:
    """poplib's line reader with a longer limit."""

    def _getline(self) -> tuple[bytes, int]:
        line: bytes = self.file.readline(MAX_LINE + 1)  # type: ignore[attr-defined]
        if len(line) > MAX_LINE:
            raise Pop3Error("line too long")
        if not line:
            raise Pop3Error("-ERR EOF")
        octets = len(line)
        if line[-2:] == b"\r\n":
            return line[:-2], octets
        if line[:1] == b"\r":
            return line[1:-1], octets
        return line[:-1], octets


class _Pop3(_LongLines, poplib.POP3):
    pass


class _Pop3Ssl(_LongLines, poplib.POP3_SSL):
    pass


class Pop3Session:
    """A logged-in POP3 connection (the server locks the maildrop until QUIT)."""

    def __init__(self, target: Server, username: str, password: str) -> None:
        pop: poplib.POP3
        if target.implicit_tls:
            pop = _Pop3Ssl(target.host, target.port, timeout=target.timeout, context=target.context)
        else:
            pop = _Pop3(target.host, target.port, timeout=target.timeout)
        self._pop = pop
        try:
            if target.upgrade:  # STLS
                pop.stls(target.context)
            try:
                pop.user(username)
                pop.pass_(password)
            except Pop3Error as exc:
                raise LoginRefused(_text(exc)) from None
        except BaseException:
            self.abort()
            raise

    def messages(self) -> list[tuple[int, str, int]]:
        """(number, unique id, size in bytes) of each message; the id is "" when the server
        has no UIDL (such a message left on the server is then downloaded each round)."""
        _, listed, _ = self._pop.list()
        sizes = dict(_pairs(listed))
        try:
            _, lines, _ = self._pop.uidl()
        except Pop3Error:
            return [(number, "", int(size)) for number, size in sizes.items()]
        return [
            (number, uid, int(sizes.get(number, "0")))
            for number, uid in _pairs(lines)
            if number in sizes
        ]

    def fetch(self, number: int) -> bytes:
        _, lines, _ = self._pop.retr(number)
        return b"\r\n".join(lines) + b"\r\n"

    def delete(self, number: int) -> None:
        """Mark for deletion; the server deletes at QUIT (:meth:`commit`)."""
        self._pop.dele(number)

    def commit(self) -> None:
        """QUIT: the server deletes what was marked, and the connection closes."""
        try:
            self._pop.quit()
        finally:
            self.abort()

    def abort(self) -> None:
        """Close the connection now, without QUIT (nothing marked is deleted)."""
        sock = getattr(self, "_pop", None) and self._pop.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()


def _pairs(lines: list[bytes]) -> list[tuple[int, str]]:
    """ "N VALUE" lines of LIST and UIDL (RFC 1939) → (N, VALUE)."""
    found = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit():
            found.append((int(parts[0]), parts[1].decode(errors="replace")))
    return found


def _text(exc: BaseException) -> str:
    arg = exc.args[0] if exc.args else exc
    return arg.decode(errors="replace") if isinstance(arg, bytes) else str(arg)
