"""Real MTAs bounce real probes into a real `bouncesink serve`, and we check what it recorded.

Postfix 3.7, Exim 4.96 and OpenSMTPD 6.8 (Debian 12, one chroot each, built by
``tests/mta/lab/prepare.sh`` under ``$BOUNCESINK_MTA_LAB``) get one probe per scenario of
``tests/mta/lab/lib.sh``. Their DSNs go to ``bouncesink serve`` on 127.0.0.1:2525 with its own
SQLite file. Each MTA runs in a network namespace of its own that has nothing but a loopback
interface: its own 127.0.0.1:2525, its own lab DNS and "recipient MX", so the three MTAs run
side by side and nothing reaches or clashes with the host. The lab script returns when the
MTA's queue is empty, which means every DSN was accepted by the sink.

Then, per scenario: the DSNs the sink stored (by the probe's VERP return path), the kind,
category and reason recorded for each recipient, and the address state given by
``bouncesink check --json``; for a delay warning, also the state seen when only the warning
had arrived. Every stored DSN is copied to ``<tmp>/<mta>/dsn/`` (and to
``$BOUNCESINK_MTA_OBSERVED`` when set) to be read or kept as a fixture.

Decisions asserted here:

- A null MX (RFC 7505) is ``notaccept`` (hard, bad-domain): the domain exists and declares
  that it accepts no mail (RFC 7505 section 4.1 says 556 5.1.10 "Recipient address has null
  MX"); ``hostunknown`` is for a domain or host that does not exist (X.1.2, NXDOMAIN).
- A message dropped when its queue lifetime ran out is read by the cause its DSN names, and
  is ``expired`` (soft, message-expired) only when the DSN says nothing more than that the
  queue gave up: Exim's "retry timeout exceeded" (5.0.0), OpenSMTPD's "Envelope expired"
  (4.4.7), greylisting. Postfix's "failed" DSN carries the last transient error: a refused
  connection or a DNS failure is ``networkerror``, a 451 at DATA ``systemerror``. Whatever
  the reason, a final failure whose own Status is 4.x.x is never hard: a temporary condition
  that lasted is no proof that the address is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bouncesink.store import Store

from ..conftest import missing
from .expectations import expected, judge, scenarios_of

pytestmark = [pytest.mark.mta, pytest.mark.slow]

LAB_ENV = "BOUNCESINK_MTA_LAB"  # the lab's cache: the chroots built by prepare.sh
OBSERVED_ENV = "BOUNCESINK_MTA_OBSERVED"  # optional: a folder to copy every DSN received to
LAB_SCRIPTS = Path(__file__).resolve().parent / "lab"
MTAS = ("postfix", "exim", "opensmtpd")
SINK_ADDR = "127.0.0.1:2525"
BOUNCE_DOMAIN = "bounces.example.test"
# How fast deferred mail gives a delay warning, and then expires (seconds). The lab's
# defaults are 20/60/10; these keep a run of all three MTAs around a minute.
DELAY_WARNING_S = 10
LIFETIME_S = 40
RETRY_S = 5
# Another run of the same MTA (another session on this machine) holds its chroot's lock:
# wait that long for it. The lab script gives up LIFETIME_S + 60 s after its probes; the
# deadline below is the last resort after both.
LOCK_WAIT_S = 120
RUN_DEADLINE_S = LOCK_WAIT_S + LIFETIME_S + 90


# -- the lab run ---------------------------------------------------------------------------


@dataclass
class Dsn:
    """One message the sink stored, with the events recorded for it."""

    id: int
    raw: bytes
    mail_from: str
    rcpt_to: tuple[str, ...]
    received_at: float
    events: list[dict[str, Any]] = field(default_factory=list)
    file: Path | None = None


@dataclass
class LabRun:
    """One MTA's lab run against its own `bouncesink serve`, and what came of it."""

    mta: str
    scenarios: tuple[str, ...]
    dir: Path
    netns: str
    serve: subprocess.Popen[bytes] | None = None
    lab: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    seconds: float | None = None
    lab_rc: int | None = None
    error: str | None = None
    dsns: list[Dsn] = field(default_factory=list)
    message_counts: dict[str, int] = field(default_factory=dict)
    by_scenario: dict[str, list[Dsn]] = field(default_factory=dict)
    # scenario -> (wall time, `check --json` of its address) when only its warning was in
    at_warning: dict[str, tuple[float, dict[str, Any]]] = field(default_factory=dict)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def config_path(self) -> Path:
        return self.dir / "bouncesink.toml"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.dir / 'bouncesink.db'}"

    @property
    def state_dir(self) -> Path:
        return self.dir / "lab"

    @property
    def serve_log(self) -> Path:
        return self.dir / "serve.log"

    @property
    def lab_log(self) -> Path:
        return self.dir / "lab.log"

    def lab_env(self, lab_dir: Path) -> dict[str, str]:
        return {
            **os.environ,
            "PATH": os.environ.get("PATH", "") + ":/usr/sbin:/sbin",
            "LAB_DIR": str(lab_dir),
            "STATE_DIR": str(self.state_dir),
            "START_CAPTURE": "0",
            "SINK_ADDR": SINK_ADDR,
            "BOUNCE_DOMAIN": BOUNCE_DOMAIN,
            "DELAY_WARNING_S": str(DELAY_WARNING_S),
            "LIFETIME_S": str(LIFETIME_S),
            "RETRY_S": str(RETRY_S),
            "PYTHON": sys.executable,  # has aiosmtpd, which the lab's helper servers need
            "LOCK_WAIT_S": str(LOCK_WAIT_S),
        }

    def tail(self, path: Path, lines: int = 30) -> str:
        try:
            text = path.read_text(errors="replace").splitlines()
        except OSError:
            return f"({path} not written)"
        return "\n".join(text[-lines:])

    def scenario_of(self, dsn: Dsn, probes: dict[str, str]) -> str:
        return probes.get((dsn.rcpt_to or ("",))[0].lower(), "unmatched")


def write_config(run: LabRun) -> None:
    run.config_path.write_text(
        f'[smtp]\nlisten = "{SINK_ADDR}"\ndomains = ["{BOUNCE_DOMAIN}"]\n'
        'hostname = "sink.example.test"\n'
        f'[database]\nurl = "{run.db_url}"\n'
        "[processing]\npoll_seconds = 0.5\n"
        '[api]\nlisten = ""\n',
        encoding="utf-8",
    )


def in_netns(netns: str, *command: str) -> list[str]:
    return ["ip", "netns", "exec", netns, *command]


def check(config_path: Path, addresses: Sequence[str]) -> dict[str, dict[str, Any]]:
    """`bouncesink check --json`, the operator's command, in its own process."""
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "bouncesink.cli", "check", "--json"),
            *("--config", str(config_path), *addresses),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    infos = {}
    if proc.returncode in (0, 1):  # 1: some address has no record
        infos = {i["address"]: i for i in map(json.loads, proc.stdout.splitlines())}
    if len(infos) != len(set(addresses)):
        raise AssertionError(f"bouncesink check failed (exit {proc.returncode}):\n{proc.stderr}")
    return infos


def start_serve(run: LabRun) -> None:
    with run.serve_log.open("wb") as log:
        run.serve = subprocess.Popen(
            in_netns(
                run.netns,
                sys.executable,
                "-m",
                "bouncesink.cli",
                "serve",
                "--config",
                str(run.config_path),
            ),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 30
    while "listening smtp=" not in run.serve_log.read_text(errors="replace"):
        if run.serve.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"bouncesink serve did not start:\n{run.tail(run.serve_log)}")
        time.sleep(0.1)


def start_lab(run: LabRun, lab_dir: Path) -> None:
    with run.lab_log.open("wb") as log:
        run.lab = subprocess.Popen(
            in_netns(run.netns, str(LAB_SCRIPTS / f"run-{run.mta}.sh"), *run.scenarios),
            env=run.lab_env(lab_dir),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, to stop all of it at once
        )
    run.started = time.monotonic()


def stop_everything(run: LabRun, lab_dir: Path) -> None:
    """Stop what this run started, whatever state it is in. Never raises."""
    if run.lab is not None and run.lab.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.lab.pid, signal.SIGTERM)  # the script's trap stops the MTA
        try:
            run.lab.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(run.lab.pid, signal.SIGKILL)
            run.lab.wait(timeout=10)
    # whatever an interrupted run left: the MTA, the helper servers
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        subprocess.run(
            in_netns(run.netns, str(LAB_SCRIPTS / f"run-{run.mta}.sh"), "--stop"),
            env=run.lab_env(lab_dir),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=120,
        )
    if run.serve is not None and run.serve.poll() is None:
        run.serve.terminate()
        try:
            run.serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            run.serve.kill()
            run.serve.wait(timeout=10)
    # anything still in the namespace was started by this run
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = _netns_pids(run.netns)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + 5
        while pids and _netns_pids(run.netns) and time.monotonic() < deadline:
            time.sleep(0.1)
    subprocess.run(["ip", "netns", "del", run.netns], capture_output=True, check=False)


def make_netns(netns: str) -> None:
    """A network namespace with nothing but a loopback interface, up."""
    for command in (["ip", "netns", "add", netns], ["ip", "-n", netns, "link", "set", "lo", "up"]):
        proc = subprocess.run(command, capture_output=True, text=True)
        if proc.returncode != 0:
            missing(f"real-MTA lab (network namespace: {' '.join(command)}: {proc.stderr.strip()})")


def _netns_pids(netns: str) -> list[int]:
    proc = subprocess.run(["ip", "netns", "pids", netns], capture_output=True, text=True)
    return [int(p) for p in proc.stdout.split()] if proc.returncode == 0 else []


def read_probes(run: LabRun) -> dict[str, str]:
    """VERP return path (lowercased) -> scenario, from the probes the lab sent."""
    probes: dict[str, str] = {}
    sent = run.state_dir / f"sent-{run.mta}.jsonl"
    if sent.exists():
        for line in sent.read_text().splitlines():
            if line.strip():
                rec = json.loads(line)
                probes[rec["mail_from"].lower()] = rec["scenario"]
    return probes


async def stored_dsns(store: Store) -> list[Dsn]:
    found: list[Dsn] = []
    after = 0
    while batch := await store.stored_messages(after, 500):
        found += [
            Dsn(m.id, m.raw, m.mail_from, m.rcpt_to, m.received_at.timestamp()) for m in batch
        ]
        after = batch[-1].id
    return found


async def watch(runs: Sequence[LabRun]) -> None:
    """Wait for the lab runs; meanwhile take the state of each address whose warning is in."""
    stores = {run.mta: Store.open(run.db_url) for run in runs}
    try:
        while True:
            for run in runs:
                if run.lab is not None and run.seconds is None and run.lab.poll() is not None:
                    run.seconds = time.monotonic() - run.started
                    run.lab_rc = run.lab.returncode
                await _look_at_warnings(run, stores[run.mta])
            if all(run.seconds is not None or run.lab is None for run in runs):
                break
            if all(time.monotonic() - run.started > RUN_DEADLINE_S for run in runs if run.lab):
                for run in runs:
                    if run.seconds is None:
                        run.error = f"the lab run took more than {RUN_DEADLINE_S} s"
                break
            await asyncio.sleep(0.5)
        for run in runs:
            if run.lab is not None:
                await _settle(run, stores[run.mta])
    finally:
        for store in stores.values():
            await store.close()


async def _look_at_warnings(run: LabRun, store: Store) -> None:
    waiting = [s for s in run.scenarios if expected(run.mta, s).warning_first]
    waiting = [s for s in waiting if s not in run.at_warning]
    if not waiting:
        return
    probes = read_probes(run)
    arrived: dict[str, int] = {}
    for dsn in await stored_dsns(store):
        name = run.scenario_of(dsn, probes)
        arrived[name] = arrived.get(name, 0) + 1
    ready = [s for s in waiting if arrived.get(s) == 1]
    if ready:
        addresses = [expected(run.mta, s).dsns[0][0].address for s in ready]
        infos = await asyncio.to_thread(check, run.config_path, addresses)
        now = time.time()
        for name, address in zip(ready, addresses, strict=True):
            run.at_warning[name] = (now, infos[address])


async def _settle(run: LabRun, store: Store) -> None:
    """Wait until the worker processed every stored message, then read everything back."""
    deadline = time.monotonic() + 30
    while True:
        run.message_counts = await store.message_counts()
        if not run.message_counts.get("pending") or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.2)
    run.dsns = await stored_dsns(store)
    events = await store.events_of_messages([d.id for d in run.dsns])
    for dsn in run.dsns:
        dsn.events = [
            {
                "address": e.address,
                "action": e.action,
                "status": e.status,
                "kind": e.kind,
                "category": e.category,
                "reason": e.reason,
                "rule": e.rule,
                "diagnostic": e.diagnostic,
            }
            for e in events[dsn.id]
        ]
    probes = read_probes(run)
    for dsn in run.dsns:
        run.by_scenario.setdefault(run.scenario_of(dsn, probes), []).append(dsn)
    addresses = sorted({a for s in run.scenarios for a in expected(run.mta, s).states})
    run.states = await asyncio.to_thread(check, run.config_path, addresses)
    keep_dsns(run)


def keep_dsns(run: LabRun) -> None:
    """Write each DSN as <mta>-<scenario>-<n>-<action>.eml, to read or to keep as fixture."""
    out = run.dir / "dsn"
    out.mkdir(exist_ok=True)
    extra = os.environ.get(OBSERVED_ENV)
    for name, dsns in run.by_scenario.items():
        for n, dsn in enumerate(dsns):
            action = dsn.events[0]["action"] if dsn.events else "none"
            dsn.file = out / f"{run.mta}-{name}-{n}-{action}.eml"
            dsn.file.write_bytes(dsn.raw)
            if extra:
                Path(extra).mkdir(parents=True, exist_ok=True)
                shutil.copy(dsn.file, Path(extra) / dsn.file.name)


def lab_dir_or_missing(mtas: Sequence[str]) -> Path:
    if os.geteuid() != 0:
        missing("real-MTA lab (runs as root: chroots, network namespaces)")
    value = os.environ.get(LAB_ENV)
    if not value:
        missing(f"real-MTA lab ({LAB_ENV}: run tests/mta/lab/prepare.sh, then export it)")
    assert value is not None
    lab_dir = Path(value)
    absent = [m for m in mtas if not (lab_dir / "roots" / m / ".lab-complete").exists()]
    if absent:
        missing(f"real-MTA lab ({', '.join(absent)} chroot not built under {lab_dir})")
    for tool in ("ip", "flock", "chroot"):
        if shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin") is None:
            missing(f"real-MTA lab ({tool} not installed)")
    return lab_dir


def _print(request: pytest.FixtureRequest, text: str) -> None:
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(text, flush=True)


def _mta_of(item: pytest.Item, request: pytest.FixtureRequest) -> str | None:
    """The MTA a selected test of this module is about."""
    if getattr(item, "module", None) is not request.module:
        return None
    params: dict[str, Any] = getattr(getattr(item, "callspec", None), "params", {})
    mta = params.get("mta")
    return mta if isinstance(mta, str) else None


@pytest.fixture(scope="module")
def lab_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, LabRun]]:
    """Every MTA the selected tests ask for, run once and side by side."""
    wanted = sorted(
        {mta for item in request.session.items if (mta := _mta_of(item, request))}, key=MTAS.index
    )
    lab_dir = lab_dir_or_missing(wanted)
    base = tmp_path_factory.mktemp("mta")
    runs = [
        LabRun(mta, scenarios_of(mta), base / mta, f"bouncesink-{mta}-{os.getpid()}")
        for mta in wanted
    ]
    try:
        for run in runs:
            run.state_dir.mkdir(parents=True)
            write_config(run)
            make_netns(run.netns)
            try:
                start_serve(run)
                start_lab(run, lab_dir)
            except (RuntimeError, OSError) as exc:
                run.error = str(exc)
        asyncio.run(watch(runs))
        for run in runs:
            took = f"{run.seconds:.1f} s" if run.seconds is not None else "did not finish"
            _print(
                request,
                f"\n[mta] {run.mta}: lab run {took}, {len(run.dsns)} DSNs stored, "
                f"rc={run.lab_rc}, files in {run.dir / 'dsn'}",
            )
        yield {run.mta: run for run in runs}
    finally:
        for run in runs:
            stop_everything(run, lab_dir)


@pytest.fixture
def run(lab_runs: dict[str, LabRun], mta: str) -> LabRun:
    lab = lab_runs[mta]
    assert lab.error is None, f"{lab.error}\nlab log:\n{lab.tail(lab.lab_log)}"
    return lab


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("mta", MTAS)
def test_queue_empties_and_every_dsn_is_kept(run: LabRun) -> None:
    """The MTA handed every DSN to the sink (its queue emptied), and the sink kept them all."""
    assert run.lab_rc == 0, f"the MTA's queue did not empty:\n{run.tail(run.lab_log)}"
    want = {s: len(expected(run.mta, s).dsns) for s in run.scenarios}
    got = {s: len(run.by_scenario.get(s, [])) for s in run.scenarios}
    assert got == want
    assert "unmatched" not in run.by_scenario, [d.rcpt_to for d in run.by_scenario["unmatched"]]
    assert all(d.mail_from in ("", "<>") for d in run.dsns), "a DSN has a non-null sender"
    assert all(d.raw for d in run.dsns)
    assert run.message_counts == {"processed": sum(want.values())}


@pytest.mark.parametrize("mta", MTAS)
def test_nothing_refused(run: LabRun) -> None:
    log = run.serve_log.read_text(errors="replace")
    # refusals are logged "refused rcpt=..." / "refused session ..."; failures at ERROR
    bad = [
        line
        for line in log.splitlines()
        if any(w in line for w in ("refused", " ERROR ", " CRITICAL ", "Traceback"))
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("mta", "scenario"),
    [(mta, s) for mta in MTAS for s in scenarios_of(mta)],
    ids=[f"{mta}-{s}" for mta in MTAS for s in scenarios_of(mta)],
)
def test_scenario(run: LabRun, scenario: str) -> None:
    want = expected(run.mta, scenario)
    dsns = run.by_scenario.get(scenario, [])
    files = [str(d.file) for d in dsns]
    assert len(dsns) == len(want.dsns), f"DSNs stored: {files}"
    known: list[str] = []
    for n, (dsn, records) in enumerate(zip(dsns, want.dsns, strict=True)):
        by_address = {e["address"]: e for e in dsn.events}
        assert sorted(by_address) == sorted(r.address for r in records), dsn.file
        for record in records:
            event = by_address[record.address]
            assert event["action"] == record.action, (dsn.file, event)
            seen = (event["kind"], event["category"], event["reason"])
            where = f"{dsn.file} (rule {event['rule']}, status {event['status']})"
            note = judge(run.mta, scenario, n, record, seen, where)
            if note:
                known.append(note)
    if known:
        pytest.xfail("; ".join(known))
    if want.warning_first:
        taken_at, info = run.at_warning.get(scenario, (None, None))
        assert info is not None, "the state after the delay warning alone was never seen"
        assert taken_at is not None and taken_at < dsns[1].received_at
        assert (info["state"], info["soft_score"], info["suppression_reason"]) == (
            "active",
            0,
            None,
        )
    for address, state in want.states.items():
        info = run.states[address]
        assert info["state"] == state, info
        if state == "suppressed":
            assert info["suppression_reason"] == "hard-bounce", info
