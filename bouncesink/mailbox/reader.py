"""Reading one bounce mailbox: fetch, store durably, and only then move or delete.

Per message, in this order:

1. fetch it (IMAP ``BODY.PEEK[]``, POP3 ``RETR``), unless its size is over
   ``[smtp].max_message_size`` (then it is set aside as in 4, without being downloaded);
2. ask the parser whether it is a report at all (:func:`.message.is_bounce`);
3. a bounce is handed to the store (the same :class:`~bouncesink.intake.GroupCommitter` as the
   SMTP front) and, once committed, moved to ``processed_folder`` (IMAP) or deleted (POP3
   ``DELE``, carried out at ``QUIT``);
4. anything else is moved to ``not_bounce_folder`` (IMAP) or left on the server (POP3, its
   UIDL remembered so that it is not downloaded again while the daemon runs): never deleted.

A message that cannot be fetched or stored stays where it is for the next round: a store
failure ends the round and the connection, and the reader tries again after a pause. The same
bytes stored twice (committed, then the move lost with the connection) are one message: the
store keeps messages by digest.

New mail is noticed with IMAP IDLE (RFC 2177) when the server offers it and ``idle`` is on,
renewed every :data:`IDLE_SECONDS` (under the RFC's 29 minutes); otherwise every
``poll_seconds``. A server that cannot be reached or refuses the login is one log line naming
the mailbox, its URL and user (never the password), and a retry with backoff (1 s doubling to
5 min); the daemon goes on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import logging
import ssl
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from ..config import MailboxConfig
from ..metrics import Metrics
from ..pipeline import Incoming
from ..tokens import TokenPolicy
from . import imap, pop3
from .message import incoming, is_bounce
from .server import LoginRefused, Server

log = logging.getLogger(__name__)

Submit = Callable[[Incoming], Awaitable[int]]
T = TypeVar("T")

IDLE_SECONDS = 25 * 60.0  # one IDLE command at most this long (RFC 2177: under 29 minutes)
NETWORK_TIMEOUT = 60.0  # a server silent this long in a command is gone
BACKOFF_FIRST = 1.0
BACKOFF_MAX = 300.0
STOP_GRACE = 10.0  # on stop, the message in hand may finish this long; then the socket closes


class StoreFailed(Exception):
    """The store did not commit a message (it stays on the server)."""


Session = imap.ImapSession | pop3.Pop3Session


@dataclass(frozen=True, slots=True)
class Access:
    """What it takes to log in to one mailbox: its table, the password (read from
    password_file if need be) and the TLS context (None in clear)."""

    config: MailboxConfig
    password: str = field(repr=False)
    context: ssl.SSLContext | None


class MailboxReader:
    """Reads one ``[[mailboxes]]`` entry until :meth:`close`."""

    def __init__(
        self,
        access: Access,
        submit: Submit,
        tokens: TokenPolicy,
        metrics: Metrics | None = None,
        *,
        max_size: int = 10 * 1024 * 1024,
        idle_seconds: float = IDLE_SECONDS,
        timeout: float = NETWORK_TIMEOUT,
    ) -> None:
        config = self.config = access.config
        self._password = access.password
        self._context = access.context
        self._submit = submit
        self._tokens = tokens
        self._metrics = metrics
        self._max_size = max_size  # larger messages are set aside, as SMTP refuses them
        self._idle_seconds = idle_seconds
        self._timeout = timeout
        self._stop = threading.Event()  # seen by the blocking calls in threads (IDLE)
        self._stopping = asyncio.Event()
        self._session: Session | None = None
        self._kept: set[str] = set()  # POP3: UIDLs of the messages left on the server
        self._delay = BACKOFF_FIRST
        self._task: asyncio.Task[None] | None = None
        where = f"/{config.folder}" if config.protocol == "imap" else ""
        self._source = f"{config.url.rstrip('/')}{where}"[:128]
        # A thread of its own for the blocking calls: an IDLE holds it for minutes, and must
        # not hold one of the loop's shared threads.
        self._thread = concurrent.futures.ThreadPoolExecutor(1, f"mailbox-{config.label}")

    @property
    def label(self) -> str:
        return self.config.label

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name=f"mailbox {self.label}")

    async def close(self, grace: float = STOP_GRACE) -> None:
        """Stop: the message in hand is finished (stored and moved) within `grace` seconds,
        then the connection is closed (LOGOUT, or cut if the server does not answer)."""
        self._stop.set()
        self._stopping.set()
        task = self._task
        if task is None:
            return
        done, _ = await asyncio.wait({task}, timeout=grace)
        if not done:
            log.warning(
                "mailbox=%s did not stop within %.0f s: closing its connection", self.label, grace
            )
            session = self._session
            if session is not None:
                session.abort()  # the blocked call fails at once, and the reader ends
            done, _ = await asyncio.wait({task}, timeout=2)
            if not done:  # still connecting: the connection is not ours to close yet
                task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        self._thread.shutdown(wait=False)

    async def run(self) -> None:
        """Connect, read, wait for mail; after a failure, wait and connect again."""
        while not self._stop.is_set():
            try:
                if self.config.protocol == "imap":
                    await self._imap()
                else:
                    await self._pop3()
            except LoginRefused as exc:
                self._failed(f"login refused ({self._scrub(exc)}): check username and password")
            except StoreFailed as exc:
                self._failed(f"message not stored, left on the server: {self._scrub(exc)}")
            except ssl.SSLCertVerificationError as exc:
                self._failed(
                    f"server certificate not trusted ({exc.verify_message}): "
                    "set tls_ca_file to its CA"
                )
            except (OSError, EOFError, imap.ImapError, pop3.Pop3Error) as exc:
                self._failed(
                    f"server unreachable or failing: {self._scrub(exc) or type(exc).__name__}"
                )
            except Exception as exc:  # a bug: said with its trace, and the daemon goes on
                log.exception("mailbox=%s failed error=%r", self.label, exc)
                self._failed("unexpected error (above)")
            else:
                continue
            await self._sleep(self._delay)
            self._delay = min(self._delay * 2, BACKOFF_MAX)

    def _failed(self, why: str) -> None:
        config = self.config
        if self._stop.is_set():  # the connection closed by close() itself, say
            log.info("mailbox=%s stopped: %s", self.label, why)
            return
        log.error(
            "mailbox=%s url=%s user=%s: %s; retrying in %.0f s",
            self.label,
            config.url,
            config.username,
            why,
            self._delay,
        )

    def _connected(self, session: Session) -> None:
        self._session = session
        self._delay = BACKOFF_FIRST
        log.info("mailbox=%s connected url=%s", self.label, self._source)

    def _server(self) -> Server:
        config = self.config
        return Server(
            host=config.host,
            port=config.port,
            implicit_tls=config.implicit_tls,
            upgrade=not config.implicit_tls and not config.allow_plaintext,
            context=self._context,
            timeout=self._timeout,
        )

    # -- IMAP ---------------------------------------------------------------------------------

    async def _imap(self) -> None:
        config = self.config
        target = self._server()
        session = await self._call(
            imap.ImapSession, target, config.username, self._password, config.folder
        )
        self._connected(session)
        try:
            for folder in (config.processed_folder, config.not_bounce_folder):
                await self._call(session.create, folder)
            use_idle = config.idle and session.can_idle
            if config.idle and not use_idle:
                log.info("mailbox=%s the server offers no IDLE: polling", self.label)
            while not self._stop.is_set():
                await self._imap_round(session)
                if self._stop.is_set():
                    break
                if use_idle:
                    await self._call(session.idle, self._idle_seconds, self._stop)
                else:
                    await self._sleep(config.poll_seconds)
                    await self._call(session.noop)
        except BaseException:
            session.abort()  # a connection that failed is closed, not logged out of
            raise
        else:
            await self._call(session.logout)
        finally:
            self._session = None

    async def _imap_round(self, session: imap.ImapSession) -> None:
        config = self.config
        for uid in await self._call(session.uids):
            if self._stop.is_set():
                return
            size = await self._call(session.size, uid)
            if size is None:
                continue  # gone meanwhile (another client)
            raw = await self._call(session.fetch, uid) if size <= self._max_size else b""
            if raw is None:
                continue
            why = await self._not_stored(size, raw)
            if why:
                await self._call(session.move, uid, config.not_bounce_folder)
                log.info(
                    "mailbox=%s uid=%s %s: moved to %s",
                    self.label,
                    uid,
                    why,
                    config.not_bounce_folder,
                )
                continue
            message_id = await self._store(raw)
            await self._call(session.move, uid, config.processed_folder)
            log.info(
                "mailbox=%s uid=%s stored id=%d size=%d: moved to %s",
                self.label,
                uid,
                message_id,
                len(raw),
                config.processed_folder,
            )

    # -- POP3 ---------------------------------------------------------------------------------

    async def _pop3(self) -> None:
        config = self.config
        target = self._server()
        while not self._stop.is_set():
            session = await self._call(pop3.Pop3Session, target, config.username, self._password)
            self._connected(session)
            try:
                failure = await self._pop3_round(session)
                await self._call(session.commit)  # QUIT: the marked ones are deleted
            finally:
                self._session = None
                session.abort()
            if failure is not None:
                raise failure
            await self._sleep(config.poll_seconds)

    async def _pop3_round(self, session: pop3.Pop3Session) -> StoreFailed | None:
        """Store and mark for deletion what is new; the store's failure ends the round
        (returned, so that what was stored before it is still deleted at QUIT)."""
        messages = await self._call(session.messages)
        self._kept &= {uid for _, uid, _ in messages}  # forget what is gone from the server
        for number, uid, size in messages:
            if self._stop.is_set():
                break
            if uid and uid in self._kept:
                continue
            raw = await self._call(session.fetch, number) if size <= self._max_size else b""
            why = await self._not_stored(size, raw)
            if why:
                if uid:
                    self._kept.add(uid)
                log.info(
                    "mailbox=%s message=%s %s: left on the server", self.label, uid or number, why
                )
                continue
            try:
                message_id = await self._store(raw)
            except StoreFailed as exc:
                return exc
            await self._call(session.delete, number)
            log.info(
                "mailbox=%s message=%s stored id=%d size=%d: deleted from the server",
                self.label,
                uid or number,
                message_id,
                len(raw),
            )
        return None

    # -- shared -------------------------------------------------------------------------------

    async def _not_stored(self, size: int, raw: bytes) -> str | None:
        """Why a message is set aside rather than stored (None: it is a bounce to store)."""
        if size > self._max_size:
            return f"larger than [smtp].max_message_size ({size} > {self._max_size} bytes)"
        if not await self._call(is_bounce, raw):
            return "not a bounce"
        return None

    async def _store(self, raw: bytes) -> int:
        """Commit the message durably (as the SMTP front does before 250)."""
        item = incoming(raw, self._tokens, datetime.now(UTC), source=self._source)
        try:
            message_id = await self._submit(item)
        except Exception as exc:
            raise StoreFailed(repr(exc)) from exc
        if self._metrics is not None:
            self._metrics.received()
        return message_id

    async def _call(self, fn: Callable[..., T], *args: object) -> T:
        """Run a blocking call (of imaplib, poplib or the parser) in the reader's thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, functools.partial(fn, *args))

    async def _sleep(self, seconds: float) -> None:
        """Wait, or less if the reader is stopped meanwhile."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    def _scrub(self, exc: BaseException) -> str:
        """An error as text, the password (should a server echo it) hidden."""
        text = str(exc)
        return text.replace(self._password, "***") if self._password else text
