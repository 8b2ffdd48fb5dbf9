"""Composition root: builds the store, the SMTP server and the worker, and runs them.

Nothing else in bouncesink wires parts together. Stops cleanly on SIGTERM or SIGINT: the
listener closes, sessions in flight finish (within a grace period), waiting messages are
committed, and the worker finishes its batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import socket
import ssl
import sys
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import processing
from .alerting import AlertWatch
from .config import Config
from .configured import configured_recorder, open_store, prepare_schema, token_policy
from .errors import ConfigError, SchemaError
from .intake import GroupCommitter
from .metrics import Metrics
from .pipeline import Incoming, process_all
from .processing import PoolProcessor, Processor, ThreadProcessor
from .recording import Recorder
from .smtp import BounceHandler, SessionGate, SmtpLimits, start_server
from .store import Store, database_error
from .webhooks import WebhookSender
from .worker import CLAIM_LEASE, Worker

# Loaded only when configured (the API and its page, the ESP webhooks, list managers, bounce
# mailboxes, the LMTP server, the policy service), and the parser only where it runs: a daemon
# that takes SMTP alone keeps aiohttp, cryptography and the parser's tables out of its memory
# (its parsing processes load them).
if TYPE_CHECKING:
    from aiohttp import web

    from . import esp
    from .connectors import Connector
    from .connectors.sender import ConnectorSender
    from .lmtp import LmtpServers
    from .mailbox import Access, MailboxReader
    from .policyd import SentCounter

log = logging.getLogger(__name__)

# "asyncio": the standard library's event loop even when uvloop is installed
LOOP_ENV = "BOUNCESINK_EVENT_LOOP"


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop when it is installed (``pip install bouncesink[fast]``) and
    $BOUNCESINK_EVENT_LOOP is not ``asyncio``; None: the standard library's."""
    if os.environ.get(LOOP_ENV, "").strip().lower() == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def run(config: Config) -> None:
    """Run :func:`serve` on uvloop's event loop if installed, else on asyncio's."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        runner.run(serve(config))


def loop_name() -> str:
    """The running event loop's kind, as logged: uvloop or asyncio."""
    module = type(asyncio.get_running_loop()).__module__
    return "uvloop" if module.startswith("uvloop") else "asyncio"


def tls_context(config: Config) -> ssl.SSLContext | None:
    """The server's TLS context for STARTTLS, or None when no certificate is configured."""
    smtp = config.smtp
    if not smtp.tls_cert:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(config.path(smtp.tls_cert), config.path(smtp.tls_key))
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"[smtp].tls_cert: cannot load the certificate and key: {exc}") from exc
    return context


def smtp_limits(config: Config) -> SmtpLimits:
    smtp = config.smtp
    return SmtpLimits(
        tls_context=tls_context(config),
        require_tls=smtp.require_tls,
        max_message_size=smtp.max_message_size,
        max_sessions=smtp.max_sessions,
        sessions_per_minute_per_ip=smtp.sessions_per_minute_per_ip,
        command_timeout=smtp.command_timeout,
        max_line_length=smtp.max_line_length,
    )


def make_processor(config: Config) -> Processor:
    section = config.processing
    if section.processes == 0:
        return ThreadProcessor(process_all, processing.parse, processing.classify)
    return PoolProcessor(
        process_all,
        processing.parse,  # the parser is loaded in the processes, not here
        processing.classify,
        processes=section.processes,
        budget_seconds=section.parse_budget_seconds,
    )


async def recover(store: Store) -> None:
    """After a crash, messages claimed by the dead process are processed at once.

    SQLite has one daemon per file, so every claim is a dead one. On PostgreSQL other live
    instances may hold claims: those are left to expire (CLAIM_LEASE).
    """
    if store.dialect == "sqlite":
        released = await store.release_claims()
        if released:
            log.info("recovered claimed messages=%d", released)


async def _prepare_schema(config: Config, store: Store) -> None:
    """What :func:`configured.prepare_schema` does, without Alembic in the daemon's memory.

    A SQLite database at this version's schema is only checked (which loads no Alembic); one
    that must be created or migrated is migrated by a process of its own, so that Alembic and
    its templates (some 8 MiB) never stay in the daemon. PostgreSQL is only checked.
    """
    path = store.engines.sqlite_path
    if store.dialect != "sqlite" or path is None:  # PostgreSQL; SQLite in memory: here
        await prepare_schema(store)
        return
    if os.path.exists(path):  # noqa: ASYNC240  (one stat, at start)
        with contextlib.suppress(SchemaError):
            await store.require_schema()
            return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(
            pool, _upgrade_sqlite, config.database.url, config.base_dir, config.log.level
        )


def _upgrade_sqlite(url: str, base_dir: Path | None, level: str) -> None:
    """In a process of its own: create or migrate a SQLite database to this version's head.
    A failure of the database comes back as one StoreError naming it."""
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    # each revision applied is news; Alembic's plugins being set up, a dozen lines, are not
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)

    async def upgrade() -> None:
        store = Store.open(url, base_dir=base_dir, pool_size=1)
        try:
            await prepare_schema(store)
        except Exception as exc:
            raise (database_error(exc, store.location) or exc) from None
        finally:
            await store.close()

    asyncio.run(upgrade())


def sd_notify(message: str) -> None:
    """Tell systemd about our state (Type=notify); does nothing outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.connect(address)
        sock.sendall(message.encode())


@dataclass
class Parts:
    """What the daemon runs, in the order it starts them (and the reverse it stops them)."""

    processor: Processor
    worker: Worker
    committer: GroupCommitter
    server: asyncio.Server
    gate: SessionGate
    sender: WebhookSender
    connector_senders: list[ConnectorSender] = field(default_factory=list)  # one a connector
    policy_server: asyncio.Server | None = None
    api_runner: web.AppRunner | None = None
    lmtp: LmtpServers | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    mailboxes: list[MailboxReader] = field(default_factory=list)  # one a [[mailboxes]] table
    # the alert task and the policy service's count of recipients sent, with their tasks
    alerts: AlertWatch | None = None
    sent_counter: SentCounter | None = None
    counting: list[asyncio.Task[None]] = field(default_factory=list)


async def serve(
    config: Config,
    on_ready: Callable[[str, int], None] | None = None,
    *,
    https_get: esp.HttpsGet | None = None,
) -> None:
    """Run the daemon until SIGTERM/SIGINT (or until the task is cancelled).

    `https_get`: how the SES webhook fetches SNS signing certificates and confirms
    subscriptions (default: verified HTTPS to the SNS host the message names, after its host
    check; tests pass one that reaches a local server, see :func:`bouncesink.esp.routes`)."""
    store = open_store(config)
    try:
        try:
            await _prepare_schema(config, store)
            await recover(store)
        except Exception as exc:  # a database that cannot be reached: one line, not a trace
            raise (database_error(exc, store.location) or exc) from exc
        # metrics are read only through the API (GET /metrics): without it they are not kept
        metrics = Metrics(exported=config.api.enabled)
        parts = await _start(config, store, metrics, https_get=https_get)
        host, port = parts.server.sockets[0].getsockname()[:2]
        log.info("listening smtp=%s:%d database=%s loop=%s", host, port, store.dialect, loop_name())
        if on_ready is not None:
            on_ready(host, port)
        sd_notify("READY=1\nSTATUS=accepting bounces")
        watchdog = asyncio.create_task(_watchdog(), name="watchdog")
        try:
            await _wait_for_stop_signal()
        finally:
            sd_notify("STOPPING=1")
            watchdog.cancel()
            await _stop(config, parts)
    finally:
        await store.close()


async def _start(
    config: Config, store: Store, metrics: Metrics, *, https_get: esp.HttpsGet | None = None
) -> Parts:
    """Start the processing, then the intake and the SMTP server, then the other services."""
    list_managers = _list_managers(config)  # an unknown type stops us here
    inboxes = _inboxes(config)  # a password or CA file that cannot be read stops us here
    processor = make_processor(config)
    await processor.start()
    recorder = configured_recorder(config, store)
    worker = Worker(
        recorder,
        processing.parse,
        processing.classify,
        batch_size=config.processing.batch_size,
        poll_seconds=config.processing.poll_seconds,
        processor=processor,
        metrics=metrics,
    )
    committer = GroupCommitter(store, worker, lease=CLAIM_LEASE)
    committer.start()
    listeners = _Listeners()
    try:
        intake = _intake_routes(config, committer.submit, https_get)
        smtp, gate = await _listen(
            config, store, metrics, recorder, committer, listeners, intake=intake
        )
    except BaseException:  # a port in use, say: stop what started, then tell why
        await listeners.close()
        await committer.stop()
        await processor.close()
        raise
    sender = WebhookSender(store.outbox, config.webhooks, metrics=metrics)
    parts = Parts(processor, worker, committer, smtp, gate, sender)
    parts.policy_server, parts.api_runner = listeners.policy, listeners.api
    parts.lmtp = listeners.lmtp
    parts.tasks = [
        asyncio.create_task(worker.run(), name="worker"),
        asyncio.create_task(sender.run(), name="webhooks"),
    ]
    for connector in list_managers:
        from .connectors.sender import ConnectorSender

        pusher = ConnectorSender(
            store.outbox, connector, raw_message=store.raw_message, metrics=metrics
        )
        parts.connector_senders.append(pusher)
        parts.tasks.append(asyncio.create_task(pusher.run(), name=f"connector {connector.name}"))
    parts.alerts = AlertWatch(
        store,
        config.alerts,
        webhook_urls=config.webhooks.urls,
        metrics=metrics,
        on_announce=sender.wake,
    )
    parts.counting.append(asyncio.create_task(parts.alerts.run(), name="alerts"))
    parts.sent_counter = listeners.sent_counter
    if parts.sent_counter is not None:
        parts.counting.append(asyncio.create_task(parts.sent_counter.run(), name="sent counts"))
    for login in inboxes:  # bounce mailboxes: read, stored through the same committer
        from .mailbox import MailboxReader

        reader = MailboxReader(
            login,
            committer.submit,
            token_policy(config),
            metrics,
            max_size=config.smtp.max_message_size,
        )
        reader.start()
        parts.mailboxes.append(reader)
    return parts


def _list_managers(config: Config) -> list[Connector]:
    if not config.connectors:
        return []
    from . import connectors

    return connectors.build(config.connectors)


def _inboxes(config: Config) -> list[Access]:
    if not config.mailboxes:
        return []
    from . import mailbox

    return mailbox.access(config)


def _intake_routes(
    config: Config, submit: Callable[[Incoming], Awaitable[int]], https_get: esp.HttpsGet | None
) -> list[esp.Route]:
    section = config.intake
    if not any((section.ses, section.mailgun, section.sendgrid, section.postmark)):
        return []
    from . import esp

    return esp.routes(section, submit, https_get=https_get)


@dataclass
class _Listeners:
    """The listeners started so far (to close if a later one cannot start)."""

    smtp: asyncio.Server | None = None
    gate: SessionGate | None = None
    policy: asyncio.Server | None = None
    api: web.AppRunner | None = None
    lmtp: LmtpServers | None = None
    sent_counter: SentCounter | None = None  # the policy service's count of recipients sent

    async def close(self) -> None:
        for server in (self.smtp, self.policy):
            if server is not None:
                server.close()
        if self.lmtp is not None:
            self.lmtp.close()
        if self.api is not None:
            await self.api.cleanup()


@contextlib.contextmanager
def _listening(section: str, host: str, port: int) -> Iterator[None]:
    """An address that cannot be listened on is a configuration error naming its key."""
    try:
        yield
    except OSError as exc:
        raise ConfigError(
            f"[{section}].listen: cannot listen on {host}:{port}: {_why(exc)} "
            "(stop what uses it, or set another address)"
        ) from exc


async def _listen(
    config: Config,
    store: Store,
    metrics: Metrics,
    recorder: Recorder,
    committer: GroupCommitter,
    listeners: _Listeners,
    *,
    intake: list[esp.Route] | None = None,
) -> tuple[asyncio.Server, SessionGate]:
    """Start the SMTP server, then the LMTP server, the policy service and the API if
    configured."""
    handler = BounceHandler(
        config.smtp.domains,
        committer.submit,
        config.smtp.max_recipients,
        token_policy(config),
        metrics,
    )
    with _listening("smtp", config.smtp.host, config.smtp.port):
        listeners.smtp, listeners.gate = await start_server(
            handler,
            config.smtp.host,
            config.smtp.port,
            hostname=config.smtp.hostname,
            limits=smtp_limits(config),
            metrics=metrics,
        )
    if config.lmtp.enabled:
        from .lmtp import start_lmtp

        listeners.lmtp = await start_lmtp(
            handler,
            listen=(config.lmtp.host, config.lmtp.port) if config.lmtp.listen else None,
            socket_path=config.path(config.lmtp.socket) if config.lmtp.socket else None,
            socket_mode=config.lmtp.socket_mode,
            hostname=config.smtp.hostname,
            limits=smtp_limits(config),
            metrics=metrics,
        )
        log.info("listening lmtp=%s", ",".join(listeners.lmtp.addresses()))
    if config.policyd.enabled:
        from .policyd import PolicyService, SentCounter

        listeners.sent_counter = SentCounter(store, metrics=metrics)
        with _listening("policyd", config.policyd.host, config.policyd.port):
            listeners.policy = await PolicyService(store, counter=listeners.sent_counter).start(
                config.policyd.host, config.policyd.port
            )
    if config.api.enabled:
        from .api import build_app, start_api
        from .ui import build_ui

        with _listening("api", config.api.host, config.api.port):
            listeners.api, _ = await start_api(
                build_app(
                    recorder,
                    config.api,
                    metrics,
                    intake=intake or (),
                    ui=build_ui(recorder, config.api, alerts=config.alerts),
                ),
                config.api.host,
                config.api.port,
            )
    return listeners.smtp, listeners.gate


async def _stop(config: Config, parts: Parts) -> None:
    """No new sessions; the ones in flight finish (within the grace period) and everything
    answered 250 is committed; then the worker and the webhook sender finish what they do."""
    log.info("stopping sessions=%d", parts.gate.active)
    parts.server.close()  # no new sessions; the ones in flight may finish their message
    # each mailbox finishes the message in hand (stored, then moved) and logs out
    mailboxes = [asyncio.create_task(reader.close()) for reader in parts.mailboxes]
    sessions = [parts.gate.wait_idle()]
    if parts.lmtp is not None:
        parts.lmtp.close()
        sessions.append(parts.lmtp.gate.wait_idle())
    if parts.api_runner is not None:
        await parts.api_runner.cleanup()
    if parts.policy_server is not None:
        parts.policy_server.close()
    try:
        await asyncio.wait_for(asyncio.gather(*sessions), config.smtp.stop_grace_seconds)
    except TimeoutError:
        log.warning("stopping with sessions=%d still open", parts.gate.active)
    await asyncio.gather(*mailboxes)
    await parts.committer.stop()  # everything answered 250 is committed by now
    worker_task, sender_task, *connector_tasks = parts.tasks
    parts.worker.stop()
    await worker_task
    parts.sender.stop()  # attempts in flight finish (within [webhooks].timeout_seconds)
    for pusher in parts.connector_senders:
        pusher.stop()  # the same, within each connector's timeout_seconds
    if parts.alerts is not None:
        parts.alerts.stop()
    if parts.sent_counter is not None:
        parts.sent_counter.stop()  # the last counts are written
    await asyncio.gather(*parts.counting)
    await sender_task
    await asyncio.gather(*connector_tasks)
    await parts.processor.close()
    log.info("stopped")


async def _watchdog() -> None:
    """Ping systemd's watchdog from the event loop: a blocked loop stops the pings."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    if not usec.isdigit() or int(usec) <= 0:
        return
    interval = int(usec) / 2_000_000
    while True:
        sd_notify("WATCHDOG=1")
        await asyncio.sleep(interval)


async def _wait_for_stop_signal() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


def _why(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else str(exc)
