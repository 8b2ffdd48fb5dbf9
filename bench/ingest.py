"""SMTP ingestion, end to end, beside a bare aiosmtpd server measured in the same run.

Usage::

    .venv/bin/python bench/ingest.py [--sessions 1,20,100] [--messages 3000,10000,10000]
        [--per-connection 20] [--database sqlite|postgresql|both] [--repeat N] [--quick]
        [--json FILE] [--serve-module MODULE ...] [--tree DIR ...] [--profile DIR]
    .venv/bin/python bench/ingest.py --instructions 600 [--sessions 20]

For each number of concurrent client sessions:

- a **bare aiosmtpd server** (a handler whose ``handle_DATA`` answers ``250`` and does
  nothing; aiosmtpd's own RCPT handling), started in a process of its own as smtp.py starts
  ours (``loop.create_server``, a fixed host name, ``decode_data=False``);
- **bouncesink** as operators run it (``python -m bouncesink.cli serve --config FILE``, the
  shipped defaults: SQLite WAL ``synchronous=FULL`` on a fresh file in a temporary folder,
  one parsing process, log level info), and on PostgreSQL when $BOUNCESINK_TEST_PG_URL is set
  (a scratch database per run, ``bouncesink db upgrade`` first).

The client runs in separate processes (two at most; one for one session): asyncio protocols,
no pipelining, each session reusing its connection for ``--per-connection`` messages
(``EHLO`` once, then ``MAIL``/``RCPT``/``DATA`` per message, ``QUIT``). Every message is a
Postfix-shaped RFC 3464 DSN (tests/dsn.py) about a distinct recipient (70 % 5.1.1 user
unknown, 20 % 5.2.2 mailbox full, 10 % 5.7.1 blocked), prepared before the clock starts.

Figures:

- *accepted/s*: messages answered ``250`` per second of sending (first byte to last reply);
- *processed/s*: messages stored, parsed, classified, with their events and address state
  written, per second from the first byte until the pending queue is empty;
- *ratio*, the headline: bouncesink's processed/s over the bare server's accepted/s with the
  same client and sessions, measured just before it (*accepted ratio* beside it: accepted/s
  over the bare server's); with ``--repeat N`` the two alternate N times and the median ratio
  is shown with the lowest and highest (the machine's speed moves between runs);
- no loss: answered 250 == rows in ``messages`` == processed == messages with events;
- CPU seconds per 1,000 messages of the server (main process, parsing processes) and of the
  client, so that one can see the client is not what limits;
- memory of each process of the server (the main one, each parsing process): resident at
  rest (VmRSS once it listens, before the first message) and at peak (VmHWM, read just before
  it is stopped), and whether the process has SQLAlchemy loaded (its compiled modules mapped).

The bouncesink measured is the one Python imports (``pip install .`` or an editable install);
the servers run in a scratch folder, so the source tree never shadows an installed package.
The report names the folder it was imported from.

On a 2-core machine the client, the server's event loop and its parsing process share two
CPUs; figures are for the whole machine doing the whole job.

The rates move with whatever else the machine is doing. ``--instructions N`` measures what
does not: each server runs under valgrind's callgrind, and the instructions its main process
(the SMTP event loop, and bouncesink's database writer thread) executes from just before the
first message until the last is answered and processed are counted, per message. The parsing
processes run outside valgrind and are not counted: the main process is the one that bounds
the rate. Its ratio (bare / bouncesink) is the ingestion ratio with the noise taken out, with
one bias: under valgrind the server runs some fifty times slower, so what it gathers by time
(the worker waits up to 50 ms to process messages together) gathers fewer messages, and a
message costs more than at full speed; most at 1 session, where the messages come slowest.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# bench._support and tests.dsn come from the source tree; bouncesink itself from wherever it
# is installed (``pip install .`` or editable): appended, so the tree never shadows it.
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

# The bare server and the client import nothing of SQLAlchemy or bouncesink (their memory
# and start-up are their own); the measuring process imports those where it uses them.

HOST = "127.0.0.1"
DOMAIN = "bounces.example.org"
SESSIONS = (1, 20, 100)
MESSAGES = (3000, 10000, 10000)
QUICK_MESSAGES = (300, 1000, 1000)
CLIENT_PROCESSES = 2
SEND_TIMEOUT = 300.0  # seconds for one run's sending, at most
PROCESS_TIMEOUT = 300.0  # seconds for the pending queue to empty after sending, at most
START_TIMEOUT = 60.0
TICK = os.sysconf("SC_CLK_TCK")

# (status, diagnostic) of the recipient record, by message number modulo 10
VERDICTS = [("5.1.1", "550 5.1.1 <{0}>: Recipient address rejected: User unknown")] * 7 + [
    ("5.2.2", "552 5.2.2 <{0}>: Mailbox full, quota exceeded"),
    ("5.2.2", "552 5.2.2 <{0}>: Mailbox full, quota exceeded"),
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using a DNSBL"),
]


def recipient(i: int) -> str:
    return f"user{i:08d}@example{i % 97}.com"


def message(i: int) -> tuple[bytes, bytes]:
    """(RCPT address, DATA payload dot-stuffed and terminated) of message number i."""
    from tests.dsn import dsn

    status, diagnostic = VERDICTS[i % 10]
    raw = dsn([(recipient(i), status, diagnostic)], msgid=f"bench{i}")
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    body = raw.replace(b"\r\n.", b"\r\n..")
    if body.startswith(b"."):
        body = b"." + body
    return f"b-{i:x}@{DOMAIN}".encode(), body + b".\r\n"


# -- the client (its own processes) ----------------------------------------------------------


@dataclass
class Counts:
    accepted: int = 0
    rejected: int = 0
    unsent: int = 0
    errors: list[str] = field(default_factory=list)

    def error(self, text: str) -> None:
        if len(self.errors) < 5:
            self.errors.append(text)


class Conversation(asyncio.Protocol):
    """One SMTP connection sending a list of messages, one command at a time."""

    def __init__(self, messages: Sequence[tuple[bytes, bytes]], counts: Counts) -> None:
        self.messages = messages
        self.counts = counts
        self.next = 0
        self.step = "greeting"
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n")
            if end < 0:
                return
            line, self.buffer = self.buffer[:end], self.buffer[end + 2 :]
            if line[3:4] != b"-":  # the last line of a reply
                self.reply(int(line[:3]), line)

    def send(self, data: bytes, step: str) -> None:
        assert self.transport is not None
        self.step = step
        self.transport.write(data)

    def start_message(self) -> None:
        if self.next >= len(self.messages):
            self.send(b"QUIT\r\n", "quit")
        else:
            self.send(b"MAIL FROM:<>\r\n", "mail")

    def refused(self, code: int, line: bytes) -> None:
        self.counts.rejected += 1
        self.counts.error(f"{self.step}: {line.decode(errors='replace')}")
        self.next += 1
        self.send(b"RSET\r\n", "rset")

    def reply(self, code: int, line: bytes) -> None:
        step = self.step
        if step == "greeting":
            if code != 220:
                self.counts.error(f"greeting: {line.decode(errors='replace')}")
                self.finish()
                return
            self.send(b"EHLO client.example.net\r\n", "ehlo")
        elif step in ("ehlo", "rset"):
            self.start_message()
        elif step == "mail":
            if code != 250:
                self.refused(code, line)
                return
            self.send(b"RCPT TO:<" + self.messages[self.next][0] + b">\r\n", "rcpt")
        elif step == "rcpt":
            if code != 250:
                self.refused(code, line)
                return
            self.send(b"DATA\r\n", "data")
        elif step == "data":
            if code != 354:
                self.refused(code, line)
                return
            self.send(self.messages[self.next][1], "dot")
        elif step == "dot":
            self.next += 1
            if code == 250:
                self.counts.accepted += 1
            else:
                self.counts.rejected += 1
                self.counts.error(f"end of data: {line.decode(errors='replace')}")
            self.start_message()
        elif step == "quit":
            self.finish()

    def finish(self) -> None:
        if not self.done.done():
            self.counts.unsent += len(self.messages) - self.next
            self.next = len(self.messages)
            self.done.set_result(None)
        if self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.counts.error(f"connection lost at {self.step}: {exc!r}")
            self.finish()


async def client_session(
    port: int, messages: Sequence[tuple[bytes, bytes]], per_connection: int, counts: Counts
) -> None:
    loop = asyncio.get_running_loop()
    for start in range(0, len(messages), per_connection):
        chunk = messages[start : start + per_connection]
        try:
            _, conversation = await loop.create_connection(
                lambda chunk=chunk: Conversation(chunk, counts),
                HOST,
                port,  # type: ignore[misc]
            )
        except OSError as exc:
            counts.error(f"connect: {exc!r}")
            counts.unsent += len(chunk)
            continue
        await conversation.done


async def client_run(port: int, sessions: int, first: int, count: int, per_conn: int) -> None:
    """Send messages first..first+count over `sessions` sessions; JSON result on stdout."""
    numbers = range(first, first + count)
    shares = [list(numbers[s::sessions]) for s in range(sessions)]
    prepared = [[message(i) for i in share] for share in shares]
    counts = Counts()
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    cpu, start = time.process_time(), time.monotonic()
    try:
        await asyncio.wait_for(
            asyncio.gather(*(client_session(port, p, per_conn, counts) for p in prepared)),
            SEND_TIMEOUT,
        )
    except TimeoutError:
        counts.error(f"client gave up after {SEND_TIMEOUT:g} s")
        counts.unsent = count - counts.accepted - counts.rejected
    end = time.monotonic()
    result = asdict(counts) | {"start": start, "end": end, "cpu": time.process_time() - cpu}
    print(json.dumps(result), flush=True)


@dataclass
class Sent:
    accepted: int
    rejected: int
    unsent: int
    errors: list[str]
    start: float
    end: float
    cpu: float

    @property
    def rate(self) -> float:
        return self.accepted / max(self.end - self.start, 1e-9)


def send_all(port: int, sessions: int, count: int, per_connection: int) -> Sent:
    """Run the client processes against a server on `port` and add up what they report."""
    processes = min(sessions, CLIENT_PROCESSES)
    split = [sessions // processes + (p < sessions % processes) for p in range(processes)]
    procs: list[subprocess.Popen[str]] = []
    first = 0
    for p, own in enumerate(split):
        share = count // sessions * own + (count % sessions if p == 0 else 0)
        args = [sys.executable, __file__, "--client", str(port), str(own), str(first), str(share)]
        args += [str(per_connection)]
        procs.append(
            subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        )
        first += share
    try:
        for proc in procs:
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != "ready":
                raise RuntimeError("a client process failed to start")
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, _ = proc.communicate(timeout=SEND_TIMEOUT + 60)
            results.append(json.loads(out))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return Sent(
        accepted=sum(r["accepted"] for r in results),
        rejected=sum(r["rejected"] for r in results),
        unsent=sum(r["unsent"] for r in results),
        errors=[e for r in results for e in r["errors"]],
        start=min(r["start"] for r in results),
        end=max(r["end"] for r in results),
        cpu=sum(r["cpu"] for r in results),
    )


# -- the bare server (its own process) -------------------------------------------------------


class BareHandler:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 2.0.0 OK"


async def bare_server() -> None:
    from aiosmtpd.smtp import SMTP

    loop = asyncio.get_running_loop()

    def factory() -> SMTP:
        return SMTP(BareHandler(), hostname="bench.example.org", decode_data=False)

    server = await loop.create_server(factory, host=HOST, port=0)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    server.close()


# -- measuring a server process --------------------------------------------------------------


def listening_port(pid: int) -> int | None:
    """The TCP port that process `pid` listens on (read from /proc), if any yet."""
    inodes = set()
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
    if not inodes:
        return None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
            return int(fields[1].rpartition(":")[2], 16)
    return None


def wait_listening(proc: subprocess.Popen[bytes], log: Path, timeout: float = START_TIMEOUT) -> int:
    """The port the server listens on (it binds port 0: no race for a free port)."""
    deadline = time.monotonic() + timeout
    while True:
        port = listening_port(proc.pid)
        if port is not None:
            return port
        if proc.poll() is not None or time.monotonic() > deadline:
            text_ = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"server did not start:\n{text_[-3000:]}")
        time.sleep(0.05)


def descendants(pid: int) -> list[int]:
    """Child processes of `pid`, recursively (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rpartition(")")[2].split()[1])
    found: list[int] = []
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, ppid in parents.items() if ppid == parent]
        found += kids
        frontier += kids
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def status_mib(pid: int, key: str) -> float:
    """A memory line of /proc/PID/status (VmHWM, VmRSS) in MiB; 0 if the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def hwm_mib(pid: int) -> float:
    return status_mib(pid, "VmHWM")


def has_sqlalchemy(pid: int) -> bool:
    """Whether the process has imported SQLAlchemy (its compiled extensions are mapped)."""
    try:
        return "/sqlalchemy/" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


@dataclass
class Usage:
    main_cpu: float
    children_cpu: float
    main_hwm: float
    children_hwm: list[float]


@dataclass
class Resting:
    """Memory of the server's processes once it listens, before the first message."""

    main_rss: float
    children_rss: list[float]
    main_sqlalchemy: bool
    children_sqlalchemy: list[bool]


class ServerProcess:
    """A server in a process (and process group) of its own; CPU and memory read from /proc."""

    def __init__(
        self,
        args: list[str],
        log: Path,
        start_timeout: float = START_TIMEOUT,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.log = log
        with log.open("wb") as sink:
            self.proc = subprocess.Popen(
                args,
                stdout=sink,
                stderr=sink,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                cwd=cwd or log.parent,  # `python -m` looks in its folder first: not the tree
                env=env,
            )
        self.port = wait_listening(self.proc, log, start_timeout)
        self._cpu0 = self._cpu()
        kids = descendants(self.proc.pid)
        self.resting = Resting(
            main_rss=status_mib(self.proc.pid, "VmRSS"),
            children_rss=[status_mib(k, "VmRSS") for k in kids],
            main_sqlalchemy=has_sqlalchemy(self.proc.pid),
            children_sqlalchemy=[has_sqlalchemy(k) for k in kids],
        )

    def _cpu(self) -> tuple[float, float]:
        kids = descendants(self.proc.pid)
        return cpu_seconds(self.proc.pid), sum(cpu_seconds(k) for k in kids)

    def usage(self) -> Usage:
        main, kids = self._cpu()
        children = descendants(self.proc.pid)
        return Usage(
            main_cpu=main - self._cpu0[0],
            children_cpu=kids - self._cpu0[1],
            main_hwm=hwm_mib(self.proc.pid),
            children_hwm=[hwm_mib(k) for k in children],
        )

    def reset_cpu(self) -> None:
        self._cpu0 = self._cpu()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)


@contextlib.contextmanager
def running(
    args: list[str],
    log: Path,
    start_timeout: float = START_TIMEOUT,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[ServerProcess]:
    server = ServerProcess(args, log, start_timeout, cwd, env)
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def profiled(pid: int, folder: Path | None, name: str) -> Iterator[None]:
    """Sample the process and its children with py-spy (collapsed stacks in `folder`)."""
    if folder is None:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    spy = Path(sys.executable).parent / "py-spy"
    out = folder / f"{name}.txt"
    args = [str(spy), "record", "--pid", str(pid), "--subprocesses", "--format", "raw"]
    args += ["--rate", "250", "--gil", "--nonblocking", "--output", str(out)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)  # let it attach
    try:
        yield
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)


# -- one run ---------------------------------------------------------------------------------


@dataclass
class Run:
    server: str
    sessions: int
    round: int
    messages: int
    accepted: int
    accepted_rate: float
    processed_rate: float | None = None
    stored: int | None = None
    processed: int | None = None
    with_events: int | None = None
    events: int | None = None
    addresses: int | None = None
    lag: float | None = None  # seconds from the last 250 until the queue was empty
    server_cpu_ms: float = 0.0  # per message, the server's main process
    workers_cpu_ms: float = 0.0  # per message, its child processes
    client_cpu_ms: float = 0.0  # per message
    hwm_main: float = 0.0
    hwm_children: list[float] = field(default_factory=list)
    rss_main: float = 0.0  # at rest: listening, before the first message
    rss_children: list[float] = field(default_factory=list)
    sqlalchemy_main: bool = False
    sqlalchemy_children: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ratio: float | None = None  # processed/s over the bare server's accepted/s, same round
    accepted_ratio: float | None = None  # accepted/s over the bare server's

    @property
    def lossless(self) -> bool | None:
        if self.stored is None:
            return None
        return self.accepted == self.stored == self.processed == self.with_events == self.messages


def _per_message_ms(seconds: float, count: int) -> float:
    return 1000 * seconds / max(count, 1)


def run_bare(sessions: int, count: int, per_connection: int, tmp: Path, round_: int) -> Run:
    args = [sys.executable, __file__, "--bare"]
    with running(args, tmp / f"bare-{sessions}-{round_}.log") as server:
        server.reset_cpu()
        sent = send_all(server.port, sessions, count, per_connection)
        usage = server.usage()
    return Run(
        server="bare aiosmtpd",
        sessions=sessions,
        round=round_,
        messages=count,
        accepted=sent.accepted,
        accepted_rate=sent.rate,
        server_cpu_ms=_per_message_ms(usage.main_cpu, sent.accepted),
        client_cpu_ms=_per_message_ms(sent.cpu, sent.accepted),
        hwm_main=usage.main_hwm,
        rss_main=server.resting.main_rss,
        errors=sent.errors,
    )


def write_config(folder: Path, url: str, log_level: str) -> Path:
    path = folder / "bouncesink.toml"
    path.write_text(
        f'[smtp]\nlisten = "{HOST}:0"\ndomains = ["{DOMAIN}"]\n'
        'hostname = "bench.example.org"\n'
        "sessions_per_minute_per_ip = 0\nmax_sessions = 1000\n"
        f'[database]\nurl = "{url}"\n[api]\nlisten = ""\n[log]\nlevel = "{log_level}"\n',
        encoding="utf-8",
    )
    return path


@dataclass
class DbCounts:
    stored: int
    processed: int
    with_events: int
    events: int
    addresses: int


async def wait_processed(url: str, expected: int, deadline: float) -> tuple[float, DbCounts]:
    """Poll until every stored message is processed; (the instant it was, the counts)."""
    from sqlalchemy import text

    from bouncesink.store import Store

    store = Store.open(url)
    try:
        while True:
            pending = await store.pending_count()
            now = time.monotonic()
            if pending == 0 or now > deadline:
                break
            await asyncio.sleep(0.05)
        async with store.engines.reader.connect() as conn:

            async def one(sql: str) -> int:
                return int((await conn.execute(text(sql))).scalar_one())

            counts = DbCounts(
                stored=await one("SELECT count(*) FROM messages"),
                processed=await one("SELECT count(*) FROM messages WHERE status = 'processed'"),
                with_events=await one("SELECT count(DISTINCT message_id) FROM events"),
                events=await one("SELECT count(*) FROM events"),
                addresses=await one("SELECT count(*) FROM addresses"),
            )
        return now, counts
    finally:
        await store.close()


def run_bouncesink(
    label: str,
    url: str,
    sessions: int,
    count: int,
    per_connection: int,
    tmp: Path,
    level: str,
    round_: int,
    profile: Path | None = None,
    serve_module: str = "bouncesink.cli",
    tree: Path | None = None,
) -> Run:
    folder = Path(tempfile.mkdtemp(prefix=f"run-{sessions}-", dir=tmp))
    config = write_config(folder, url, level)
    cli = [sys.executable, "-m", serve_module]
    env = None if tree is None else os.environ | {"PYTHONPATH": str(tree)}
    if not url.startswith("sqlite"):
        subprocess.run(
            [*cli, "db", "upgrade", "--config", str(config)],
            check=True,
            cwd=folder,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    args = [*cli, "serve", "--config", str(config)]
    with running(args, folder / "serve.log", cwd=folder, env=env) as server:
        server.reset_cpu()
        with profiled(server.proc.pid, profile, f"{label.lower()}-{sessions}"):
            sent = send_all(server.port, sessions, count, per_connection)
            done, db = asyncio.run(wait_processed(url, sent.accepted, sent.end + PROCESS_TIMEOUT))
        usage = server.usage()
    run = Run(
        server=f"bouncesink, {label}",
        sessions=sessions,
        round=round_,
        messages=count,
        accepted=sent.accepted,
        accepted_rate=sent.rate,
        processed_rate=db.processed / max(done - sent.start, 1e-9),
        stored=db.stored,
        processed=db.processed,
        with_events=db.with_events,
        events=db.events,
        addresses=db.addresses,
        lag=max(done - sent.end, 0.0),
        server_cpu_ms=_per_message_ms(usage.main_cpu, sent.accepted),
        workers_cpu_ms=_per_message_ms(usage.children_cpu, sent.accepted),
        client_cpu_ms=_per_message_ms(sent.cpu, sent.accepted),
        hwm_main=usage.main_hwm,
        hwm_children=usage.children_hwm,
        rss_main=server.resting.main_rss,
        rss_children=server.resting.children_rss,
        sqlalchemy_main=server.resting.main_sqlalchemy,
        sqlalchemy_children=server.resting.children_sqlalchemy,
        errors=sent.errors,
    )
    if not run.lossless:  # keep the daemon's log to find out why
        kept = Path(tempfile.gettempdir()) / f"bench-ingest-{label}-{sessions}-{os.getpid()}.log"
        shutil.copyfile(folder / "serve.log", kept)
        run.errors.append(f"messages not all processed; the daemon's log is kept in {kept}")
    return run


# -- instructions per message (callgrind) ----------------------------------------------------

VALGRIND_START_TIMEOUT = 900.0  # imports and migrations run some fifty times slower


@dataclass
class Instructions:
    server: str
    sessions: int
    messages: int
    per_message: float  # instructions of the server's main process, thousands


def count_instructions(
    label: str, serve: list[str], sessions: int, count: int, per_connection: int, tmp: Path
) -> Instructions:
    """Run `serve` under callgrind; count its main process's instructions from just before
    the first message until the last is answered (and, for bouncesink, processed)."""
    folder = Path(tempfile.mkdtemp(prefix="instructions-", dir=tmp))
    out = folder / "callgrind.out"
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no"]
    url = None
    if serve == ["bouncesink"]:
        url = f"sqlite:///{folder / 'ingest.db'}"
        config = write_config(folder, url, "info")
        serve = [sys.executable, "-m", "bouncesink.cli", "serve", "--config", str(config)]
    with running(valgrind + serve, folder / "serve.log", VALGRIND_START_TIMEOUT) as server:
        pid = str(server.proc.pid)
        subprocess.run(["callgrind_control", "--zero", pid], check=True, capture_output=True)
        sent = send_all(server.port, sessions, count, per_connection)
        if url is not None:
            asyncio.run(wait_processed(url, sent.accepted, time.monotonic() + PROCESS_TIMEOUT))
        subprocess.run(["callgrind_control", "--dump", pid], check=True, capture_output=True)
    total = 0
    for dump in folder.glob("callgrind.out.*"):
        for line in dump.read_text(errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                total = max(total, int(line.split()[1]))
    if sent.accepted != count or total == 0:
        raise RuntimeError(f"{label}: {sent.accepted} of {count} accepted, {total} instructions")
    return Instructions(label, sessions, count, total / count / 1000)


def measure_instructions(args: argparse.Namespace) -> str:
    from bench._support import table

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as name:
        tmp = Path(name)
        for sessions in args.sessions:
            progress(f"instructions: bare aiosmtpd, {sessions} sessions")
            bare = count_instructions(
                "bare aiosmtpd",
                [sys.executable, __file__, "--bare"],
                sessions,
                args.instructions,
                args.per_connection,
                tmp,
            )
            progress(f"instructions: bouncesink SQLite, {sessions} sessions")
            ours = count_instructions(
                "bouncesink, SQLite",
                ["bouncesink"],
                sessions,
                args.instructions,
                args.per_connection,
                tmp,
            )
            rows += [
                (bare.server, sessions, bare.messages, f"{bare.per_message:,.0f}", "-"),
                (
                    ours.server,
                    sessions,
                    ours.messages,
                    f"{ours.per_message:,.0f}",
                    f"{bare.per_message / ours.per_message:.2f}",
                ),
            ]
    return "\n".join(
        [
            "Instructions per message of the server's main process (callgrind; the same on "
            "a busy machine or an idle one)",
            table(
                ("server", "sessions", "messages", "thousand instructions", "bare / ours"),
                rows,
            ),
        ]
    )


# -- the whole benchmark ---------------------------------------------------------------------


def measure(args: argparse.Namespace) -> list[Run]:
    """Each round measures the bare server, then bouncesink on each database (and with each
    serve module); rounds alternate, so that a slow spell of the machine falls on both."""
    from bench._support import databases as measurable
    from bench._support import pg_base_url

    databases = measurable(args.database)
    pg = pg_base_url()
    builds: list[tuple[str, str, Path | None]] = [  # (label, module, source tree)
        (module, module, None) for module in args.serve_module or ["installed"]
    ]
    builds = [(n, "bouncesink.cli" if m == "installed" else m, t) for n, m, t in builds]
    builds += [(tree.name, "bouncesink.cli", tree) for tree in args.tree or ()]
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as name:
        tmp = Path(name)
        for sessions, count in zip(args.sessions, args.messages, strict=True):
            for round_ in range(1, args.repeat + 1):
                of = f", round {round_} of {args.repeat}" if args.repeat > 1 else ""
                progress(f"bare aiosmtpd, {sessions} sessions, {count} messages{of}")
                bare = run_bare(sessions, count, args.per_connection, tmp, round_)
                runs.append(bare)
                for database in databases:
                    for name, module, tree in builds:
                        shown = "" if len(builds) == 1 else f" [{name}]"
                        progress(f"bouncesink {database}{shown}, {sessions} sessions{of}")
                        with database_url(database, tmp, sessions, pg) as (label, url):
                            run = run_bouncesink(
                                label + shown,
                                url,
                                sessions,
                                count,
                                args.per_connection,
                                tmp,
                                args.log_level,
                                round_,
                                args.profile,
                                module,
                                tree,
                            )
                        bare_rate = max(bare.accepted_rate, 1e-9)
                        run.ratio = (run.processed_rate or 0.0) / bare_rate
                        run.accepted_ratio = run.accepted_rate / bare_rate
                        runs.append(run)
    return runs


@contextlib.contextmanager
def database_url(
    database: str, tmp: Path, sessions: int, pg: str | None
) -> Iterator[tuple[str, str]]:
    """(label, URL) of a fresh database for one run."""
    from bench._support import scratch_pg_database

    if database == "sqlite":  # a new file each run: the same messages again would be known
        folder = Path(tempfile.mkdtemp(prefix=f"sqlite-{sessions}-", dir=tmp))
        yield "SQLite", f"sqlite:///{folder / 'ingest.db'}"
        return
    assert pg is not None
    with scratch_pg_database(pg, "bench_ingest") as url:
        yield "PostgreSQL", url


def progress(text_: str) -> None:
    print(f"  ingest: {text_}", file=sys.stderr, flush=True)


def report(runs: Sequence[Run], per_connection: int) -> str:
    from bench._support import table

    rounds = max(r.round for r in runs)
    throughput = []
    for r in runs:
        throughput.append(
            (
                r.server,
                r.sessions,
                *((r.round,) if rounds > 1 else ()),
                f"{r.messages:,}",
                "-" if r.processed_rate is None else f"{r.processed_rate:,.0f}",
                f"{r.accepted_rate:,.0f}",
                "-" if r.ratio is None else f"{r.ratio:.2f}",
                "-" if r.accepted_ratio is None else f"{r.accepted_ratio:.2f}",
                "-" if r.lag is None else f"{r.lag:.2f}",
                f"{r.server_cpu_ms:.2f}",
                "-" if r.server.startswith("bare") else f"{r.workers_cpu_ms:.2f}",
                f"{r.client_cpu_ms:.2f}",
            )
        )
    parts = [
        f"bouncesink {_measured()}",
        "SMTP ingestion, end to end (DSN of ~1.6 kB, distinct recipients; "
        f"{per_connection} messages per connection, no pipelining); ratio to bare: "
        "processed/s over the bare server's accepted/s",
        table(
            (
                "server",
                "sessions",
                *(("round",) if rounds > 1 else ()),
                "messages",
                "processed/s",
                "accepted/s",
                "ratio to bare",
                "accepted ratio",
                "lag s",
                "server ms/msg",
                "workers ms/msg",
                "client ms/msg",
            ),
            throughput,
        ),
        *(summary(runs) if rounds > 1 else ()),
        "",
        "No message lost (answered 250 == stored == processed == with events)",
        table(
            (
                "server",
                "sessions",
                "sent",
                "250",
                "stored",
                "processed",
                "with events",
                "events",
                "addresses",
                "lossless",
            ),
            [
                (
                    r.server,
                    r.sessions,
                    r.messages,
                    r.accepted,
                    r.stored,
                    r.processed,
                    r.with_events,
                    r.events,
                    r.addresses,
                    "yes" if r.lossless else "NO",
                )
                for r in runs
                if r.stored is not None
            ],
        ),
        "",
        "Memory, MiB: at rest (VmRSS once listening) and peak (VmHWM), per process",
        table(
            (
                "server",
                "sessions",
                *(("round",) if rounds > 1 else ()),
                "main at rest",
                "main peak",
                "children at rest",
                "children peak",
                "total peak",
                "SQLAlchemy in main / children",
            ),
            [
                (
                    r.server,
                    r.sessions,
                    *((r.round,) if rounds > 1 else ()),
                    f"{r.rss_main:.1f}",
                    f"{r.hwm_main:.1f}",
                    " + ".join(f"{h:.1f}" for h in r.rss_children) or "-",
                    " + ".join(f"{h:.1f}" for h in r.hwm_children) or "-",
                    f"{r.hwm_main + sum(r.hwm_children):.1f}",
                    "-"
                    if r.server.startswith("bare")
                    else " / ".join(
                        [_yes(r.sqlalchemy_main), ",".join(map(_yes, r.sqlalchemy_children))]
                    ),
                )
                for r in runs
            ],
        ),
    ]
    errors = [f"  {r.server}, {r.sessions} sessions: {e}" for r in runs for e in r.errors]
    if errors:
        parts += ["", "Client errors (first ones):", *errors]
    return "\n".join(parts)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _measured() -> str:
    """Which bouncesink is measured: the folder Python imports it from."""
    import importlib.util

    spec = importlib.util.find_spec("bouncesink")
    where = Path(spec.origin).parent if spec and spec.origin else "?"
    return f"imported from {where}"


def summary(runs: Sequence[Run]) -> list[str]:
    """The ratios to the bare server over the rounds: median, lowest, highest."""
    from bench._support import table

    ratios: dict[tuple[str, int], tuple[list[float], list[float]]] = {}
    for r in runs:
        if r.ratio is not None and r.accepted_ratio is not None:
            processed, accepted = ratios.setdefault((r.server, r.sessions), ([], []))
            processed.append(r.ratio)
            accepted.append(r.accepted_ratio)
    return [
        "",
        "Ratio to the bare server, over the rounds (processed/s, and accepted/s beside it)",
        table(
            ("server", "sessions", "rounds", "median", "lowest", "highest", "accepted median"),
            [
                (
                    server,
                    sessions,
                    len(p),
                    *(f"{x:.2f}" for x in (median(p), min(p), max(p), median(a))),
                )
                for (server, sessions), (p, a) in ratios.items()
            ],
        ),
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sessions", default=",".join(map(str, SESSIONS)))
    parser.add_argument("--messages", default=None, help="messages per run, one per sessions")
    parser.add_argument("--per-connection", type=int, default=20)
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgresql", "both"),
        default="both",
        help="postgresql needs BOUNCESINK_TEST_PG_URL",
    )
    parser.add_argument("--log-level", default="info", help="the daemon's [log].level")
    parser.add_argument("--quick", action="store_true", help="small counts")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of bare server then bouncesink, alternating; the ratio's median is shown",
    )
    parser.add_argument(
        "--serve-module",
        action="append",
        help="run `python -m MODULE serve`, default bouncesink.cli; give it more than once to "
        "compare builds in the same rounds",
    )
    parser.add_argument(
        "--tree",
        action="append",
        type=Path,
        metavar="DIR",
        help="also measure the bouncesink installed in DIR (PYTHONPATH=DIR) in the same rounds, "
        "e.g. a revision before a change: git archive REV | tar -x -C SRC; "
        "pip install --no-deps --target DIR SRC",
    )
    parser.add_argument(
        "--profile", metavar="DIR", type=Path, help="record py-spy samples of the daemon there"
    )
    parser.add_argument(
        "--instructions",
        metavar="N",
        type=int,
        help="instead: count the instructions per message of N messages under callgrind "
        "(valgrind), bare server and bouncesink on SQLite, for each --sessions",
    )
    args = parser.parse_args(argv)
    args.sessions = [int(s) for s in args.sessions.split(",")]
    default = QUICK_MESSAGES if args.quick else MESSAGES
    if args.messages:
        args.messages = [int(m) for m in args.messages.split(",")]
    else:
        args.messages = [
            default[SESSIONS.index(s)] if s in SESSIONS else 1000 for s in args.sessions
        ]
    if len(args.messages) != len(args.sessions):
        parser.error("--messages needs one count per --sessions entry")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--client"]:
        port, sessions, first, count, per_conn = map(int, argv[1:6])
        asyncio.run(client_run(port, sessions, first, count, per_conn))
        return 0
    if argv[:1] == ["--bare"]:
        asyncio.run(bare_server())
        return 0
    args = parse_args(argv)
    if args.instructions:
        print(measure_instructions(args))
        return 0
    runs = measure(args)
    print(report(runs, args.per_connection))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in runs], indent=1))
    return 0 if all(r.lossless is not False for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
