"""The lab matrix: replies of real receivers, bounced by real MTAs, labelled by construction.

``tests/mta/lab/matrix.json`` lists the cells: one reply each (provider, language, stage,
permanent or transient), written down with the verdict it must get before any MTA ran. The
lab's "recipient MX" (``labsmtp.py reject``) answers each cell's recipient with that reply;
Postfix, Exim, OpenSMTPD and Sendmail turn it into DSNs. The DSNs of one run are kept under
``tests/data/lab/<mta>/`` as ``<probe>-<n>-<action>.eml`` (n: order of arrival for that
probe, see :func:`arrival_order`), with ``tests/data/lab/index.json``: for each file, each
recipient it must report and the cell whose reply that recipient got.

Regenerate them (as root, the lab prepared by ``tests/mta/lab/prepare.sh``)::

    .venv/bin/python -m tests.mta.matrix --write          # all four MTAs, side by side
    .venv/bin/python -m tests.mta.matrix postfix          # compare with the kept ones only

What a recipient must get (:func:`expected`):

- a permanent cell: the cell's kind and category (and reason, when the cell names one);
- a transient cell (a 4xx on every attempt until the queue lifetime ran out): the first DSN
  is the delay warning (kind and category ``delayed``); the last one the cell's verdict when
  the DSN carries the reply (Postfix keeps the last reply and its 4.x.x status; Exim its text
  under Status 5.0.0; Sendmail its text under Status 4.4.7), which is never hard; when it
  carries nothing but the expiry (OpenSMTPD: "Envelope expired"), the queue gave up and
  nothing more is known: soft, ``message-expired``.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.message
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email import policy
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
LAB = HERE / "lab"
MATRIX = LAB / "matrix.json"
FIXTURES = HERE.parent / "data" / "lab"
INDEX = FIXTURES / "index.json"
MTAS = ("postfix", "exim", "opensmtpd", "sendmail")
BOUNCE_DOMAIN = "bounces.example.test"
# Fast expiry: a transient cell gives its delay warning after DELAY_WARNING_S and its failure
# once LIFETIME_S have passed (a run of the four MTAs side by side takes about a minute).
DELAY_WARNING_S = 10
LIFETIME_S = 30
RETRY_S = 5
LOCK_WAIT_S = 120
RUN_DEADLINE_S = LOCK_WAIT_S + LIFETIME_S + 120


def _labsmtp() -> ModuleType:
    """labsmtp.py (the lab's helper, run by the system python3), for its matrix functions."""
    spec = importlib.util.spec_from_file_location("labsmtp", LAB / "labsmtp.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


labsmtp = _labsmtp()


@dataclass(frozen=True, slots=True)
class Cell:
    id: str
    provider: str
    lang: str
    stage: str  # rcpt, data (reply to DATA), eod (reply after the message)
    mode: str  # permanent, transient (4xx until the queue lifetime ran out)
    reply: tuple[str, ...]
    kind: str
    category: str
    reason: str | None
    category_sure: bool
    source: str


@dataclass(frozen=True, slots=True)
class Probe:
    name: str
    rcpts: tuple[tuple[str, str | None], ...]  # address, the cell whose reply it gets (None: ok)
    reports: tuple[tuple[str, ...], ...]  # the recipients each DSN reports, in order of arrival

    @property
    def dsns(self) -> int:
        return len(self.reports)

    def cell_of(self, address: str) -> str | None:
        return dict(self.rcpts)[address]


@dataclass(frozen=True, slots=True)
class Want:
    """What one recipient record of one DSN must say."""

    action: str
    kind: str
    category: str
    reason: str | None
    category_sure: bool
    cell: str


def load_doc() -> dict[str, Any]:
    doc: dict[str, Any] = labsmtp.load_matrix(str(MATRIX))
    return doc


def cells(doc: dict[str, Any] | None = None) -> dict[str, Cell]:
    doc = doc or load_doc()
    out = {}
    for c in doc["cells"]:
        e = c["expect"]
        out[c["id"]] = Cell(
            c["id"],
            c["provider"],
            c["lang"],
            c["stage"],
            c["mode"],
            tuple(c["reply"]),
            e["kind"],
            e["category"],
            e.get("reason"),
            c.get("category_sure", True),
            c["source"],
        )
    return out


def probes(doc: dict[str, Any] | None = None) -> dict[str, Probe]:
    doc = doc or load_doc()
    return {
        p["name"]: Probe(
            p["name"],
            tuple((a, c) for a, c in p["rcpts"]),
            tuple(tuple(r) for r in p["reports"]),
        )
        for p in labsmtp.matrix_probes(doc)
    }


# -- what a record must say ----------------------------------------------------------------

_CODES = re.compile(r"^\d{3}[ -](?:[245]\.\d{1,3}\.\d{1,3} ?)?")


def reply_marker(cell: Cell, address: str) -> str:
    """A piece of the cell's reply text that a DSN carrying the reply must contain."""
    text = _CODES.sub("", cell.reply[0].replace("{rcpt}", address)).strip()
    return _squash(text)[:24]


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


_OCTAL = re.compile(rb"\\([0-3][0-7]{2})")


def dsn_text(raw: bytes) -> str:
    """Every text of a DSN (all parts, transfer encodings undone), squashed.

    Exim writes the 8-bit octets of a reply as octal escapes (\\303\\251): undone too.
    """
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    unescaped = _OCTAL.sub(lambda m: bytes([int(m.group(1), 8)]), raw)
    texts = [raw.decode("utf-8", "replace"), unescaped.decode("utf-8", "replace")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            texts.append(payload.decode("utf-8", "replace"))
    return _squash(" ".join(texts))


def expected(
    cell: Cell, address: str, n: int, probe: Probe, raw: bytes, action: str | None = None
) -> Want:
    """What the record of `address` in DSN number `n` of `probe` must say."""
    if cell.mode == "permanent":
        return Want("failed", cell.kind, cell.category, cell.reason, cell.category_sure, cell.id)
    if any(address in report for report in probe.reports[n + 1 :]):  # the delay warning
        return Want("delayed", "delayed", "delayed", None, True, cell.id)
    # the final DSN of a transient cell; OpenSMTPD labels it "Action: delayed" (4.4.7 expired)
    final_action = action if action in ("failed", "delayed") else "failed"
    if reply_marker(cell, address) in dsn_text(raw):
        return Want(
            final_action, cell.kind, cell.category, cell.reason, cell.category_sure, cell.id
        )
    return Want(final_action, "soft", "message-expired", "expired", True, cell.id)


# -- the kept DSNs ---------------------------------------------------------------------------


def load_index() -> dict[str, dict[str, dict[str, str]]]:
    """mta -> file name -> recipient address -> the cell whose reply it got."""
    index: dict[str, dict[str, dict[str, str]]] = json.loads(INDEX.read_text(encoding="utf-8"))
    return index


def name_parts(name: str) -> tuple[str, int, str]:
    """m-gmail-quota-rcpt-t-1-failed.eml -> ("m-gmail-quota-rcpt-t", 1, "failed")."""
    probe, n, action = name.removesuffix(".eml").rsplit("-", 2)
    return probe, int(n), action


@dataclass(frozen=True, slots=True)
class Seen:
    """One recipient record of one DSN as bouncesink reads it."""

    action: str | None
    status: str | None
    reply_code: int | None
    diagnostic: str | None
    kind: str
    category: str
    reason: str
    rule: str


def read_dsn(raw: bytes) -> dict[str, Seen]:
    """Recipient (normalized) -> what bouncesink's parser and classifier make of it."""
    from bouncesink import classify, parse
    from bouncesink.store import normalize_address

    report = parse.parse(raw)
    out = {}
    for record in report.records:
        if not record.recipient:
            continue
        verdict = classify.classify(record, report)
        out[normalize_address(record.recipient)] = Seen(
            record.action.value if record.action is not None else None,
            record.status,
            record.reply_code,
            record.diagnostic,
            verdict.kind.value,
            verdict.category.value,
            verdict.reason.value,
            verdict.rule,
        )
    return out


# -- a lab run -------------------------------------------------------------------------------


@dataclass
class Run:
    mta: str
    dir: Path
    netns: str
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    seconds: float | None = None
    rc: int | None = None

    @property
    def log(self) -> Path:
        return self.dir / "run.log"

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return f"({self.log} not written)"


def lab_env(lab_dir: Path, state_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": os.environ.get("PATH", "") + ":/usr/sbin:/sbin",
        "LAB_DIR": str(lab_dir),
        "STATE_DIR": str(state_dir),
        "START_CAPTURE": "1",
        "BOUNCE_DOMAIN": BOUNCE_DOMAIN,
        "DELAY_WARNING_S": str(DELAY_WARNING_S),
        "LIFETIME_S": str(LIFETIME_S),
        "RETRY_S": str(RETRY_S),
        "LOCK_WAIT_S": str(LOCK_WAIT_S),
        "PYTHON": sys.executable,  # has aiosmtpd, which the lab's helper servers need
    }


def _netns(netns: str, *command: str) -> list[str]:
    return ["ip", "netns", "exec", netns, *command]


def start(mta: str, lab_dir: Path, base: Path) -> Run:
    run = Run(mta, base / mta, f"bouncesink-matrix-{mta}-{os.getpid()}")
    run.dir.mkdir(parents=True, exist_ok=True)
    for command in (
        ["ip", "netns", "add", run.netns],
        ["ip", "-n", run.netns, "link", "set", "lo", "up"],
    ):
        subprocess.run(command, check=True, capture_output=True)
    with run.log.open("wb") as log:
        run.proc = subprocess.Popen(
            _netns(run.netns, str(LAB / f"run-{mta}.sh"), "@matrix"),
            env=lab_env(lab_dir, run.dir),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, to stop all of it at once
        )
    run.started = time.monotonic()
    return run


def wait(runs: Sequence[Run]) -> None:
    while any(r.seconds is None for r in runs):
        for r in runs:
            if r.seconds is None and r.proc is not None and r.proc.poll() is not None:
                r.seconds, r.rc = time.monotonic() - r.started, r.proc.returncode
            elif r.seconds is None and time.monotonic() - r.started > RUN_DEADLINE_S:
                stop(r, Path(os.environ.get("LAB_DIR", "/var/tmp/bouncesink-mta-lab")))
                r.seconds, r.rc = time.monotonic() - r.started, -1
        time.sleep(0.5)


def stop(run: Run, lab_dir: Path) -> None:
    """Stop what this run started, whatever state it is in. Never raises."""
    if run.proc is not None and run.proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.proc.pid, signal.SIGTERM)  # the script's trap stops the MTA
        try:
            run.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(run.proc.pid, signal.SIGKILL)
            run.proc.wait(timeout=10)
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        subprocess.run(
            _netns(run.netns, str(LAB / f"run-{run.mta}.sh"), "--stop"),
            env=lab_env(lab_dir, run.dir),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=120,
        )
    for sig in (signal.SIGTERM, signal.SIGKILL):
        proc = subprocess.run(["ip", "netns", "pids", run.netns], capture_output=True, text=True)
        for pid in proc.stdout.split() if proc.returncode == 0 else []:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), sig)
        time.sleep(0.2)
    subprocess.run(["ip", "netns", "del", run.netns], capture_output=True, check=False)


def captured(run: Run) -> dict[str, bytes]:
    """The DSNs one run captured, named <probe>-<n>-<action>.eml (n: order of arrival)."""
    sent: dict[str, str] = {}
    sent_file = run.dir / f"sent-{run.mta}.jsonl"
    for line in sent_file.read_text().splitlines() if sent_file.exists() else []:
        if line.strip():
            rec = json.loads(line)
            sent[rec["mail_from"].lower()] = rec["scenario"]
    arrivals: dict[str, list[tuple[float, str, bytes]]] = {}
    capture = run.dir / "capture" / run.mta
    for meta_file in sorted(capture.glob("*.json")):
        meta = json.loads(meta_file.read_text())
        raw = meta_file.with_suffix(".eml").read_bytes()
        probe = sent.get((meta["rcpt_tos"] or [""])[0].lower(), "unmatched")
        action, _status = labsmtp.dsn_fields(raw)
        if meta["mail_from"] not in ("", "<>"):
            action = "not-a-bounce"
        arrivals.setdefault(probe, []).append((meta["received_at"], action, raw))
    out = {}
    for probe, dsns in arrivals.items():
        for n, (_, action, raw) in enumerate(arrival_order(dsns)):
            out[f"{probe}-{n}-{action}.eml"] = raw
    return out


def arrival_order(
    dsns: list[tuple[float, str, bytes]], together_s: float = 2.0
) -> list[tuple[float, str, bytes]]:
    """The DSNs of one probe in order of arrival, a failure first among those that came
    together (within `together_s` of each other): OpenSMTPD sends the failure of one
    recipient and the delay warning of another at the same moment, in either order."""
    ordered = sorted(dsns, key=lambda d: d[0])
    batches: list[list[tuple[float, str, bytes]]] = []
    for dsn in ordered:
        if batches and dsn[0] - batches[-1][-1][0] <= together_s:
            batches[-1].append(dsn)
        else:
            batches.append([dsn])
    return [d for batch in batches for d in sorted(batch, key=lambda d: (d[1] != "failed", d[0]))]


def index_of(files: dict[str, bytes], all_probes: dict[str, Probe]) -> dict[str, dict[str, str]]:
    """File name -> recipient -> cell, for the recipients each DSN must report."""
    index: dict[str, dict[str, str]] = {}
    for name in sorted(files):
        probe_name, n, _ = name_parts(name)
        probe = all_probes.get(probe_name)
        if probe is None or n >= probe.dsns:
            continue
        index[name] = {}
        for address in probe.reports[n]:
            cell = probe.cell_of(address)
            assert cell is not None
            index[name][address] = cell
    return index


def write(mta: str, files: dict[str, bytes]) -> None:
    """Replace the kept DSNs of one MTA, and its part of the index."""
    out = FIXTURES / mta
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, raw in files.items():
        (out / name).write_bytes(raw)
    index = json.loads(INDEX.read_text(encoding="utf-8")) if INDEX.exists() else {}
    index[mta] = index_of(files, probes())
    INDEX.write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def regenerate(mtas: Iterable[str], lab_dir: Path, base: Path) -> list[Run]:
    """Run the matrix through each MTA, side by side, each in its own network namespace."""
    runs: list[Run] = []
    try:
        for mta in mtas:
            runs.append(start(mta, lab_dir, base))
        wait(runs)
    finally:
        for run in runs:
            stop(run, lab_dir)
    return runs


FINAL_FIELDS = ("action", "status", "reply_code", "kind", "category", "reason")
TRANSIENT_KINDS = ("delayed", "soft")


def readings(files: dict[str, bytes]) -> dict[tuple[str, str], dict[str, list[Seen]]]:
    """(probe, recipient) -> the DSN action -> what bouncesink read in each such DSN."""
    out: dict[tuple[str, str], dict[str, list[Seen]]] = {}
    for name in sorted(files):
        probe, _, action = name_parts(name)
        for rcpt, seen in read_dsn(files[name]).items():
            out.setdefault((probe, rcpt), {}).setdefault(action, []).append(seen)
    return out


def differences(mta: str, new: dict[str, bytes]) -> list[str]:
    """How a new run differs from the kept DSNs, in what bouncesink reads of them.

    What a real MTA decides is compared exactly: every recipient's failure, read as before
    (action, status, reply code, kind, category, reason), and no failure more or less. What
    depends on the queue's timing is not: how many delay warnings came, in which order and
    with which recipients together (a loaded machine retries later, and a warning then quotes
    a later attempt's reply). A warning must still read as transient.
    """
    problems = []
    kept_dir = FIXTURES / mta
    kept = {p.name: p.read_bytes() for p in kept_dir.glob("*.eml")} if kept_dir.exists() else {}
    before, now = readings(kept), readings(new)
    for key in sorted(set(before) | set(now)):
        probe, rcpt = key
        old_failed = before.get(key, {}).get("failed", [])
        new_failed = now.get(key, {}).get("failed", [])
        if len(old_failed) != len(new_failed):
            problems.append(
                f"{mta}/{probe} {rcpt}: {len(old_failed)} failure DSN(s) kept, "
                f"{len(new_failed)} now"
            )
            continue
        for old, fresh in zip(old_failed, new_failed, strict=True):
            for f in FINAL_FIELDS:
                if getattr(old, f) != getattr(fresh, f):
                    problems.append(
                        f"{mta}/{probe} {rcpt}: failure {f} {getattr(old, f)!r} kept, "
                        f"{getattr(fresh, f)!r} now"
                    )
        for seen in now.get(key, {}).get("delayed", []):
            if seen.kind not in TRANSIENT_KINDS:
                problems.append(f"{mta}/{probe} {rcpt}: a delay warning read as {seen.kind}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("mtas", nargs="*", metavar="MTA", help=f"some of {', '.join(MTAS)} (all)")
    p.add_argument("--write", action="store_true", help="replace the kept DSNs")
    p.add_argument("--lab-dir", default=os.environ.get("LAB_DIR", "/var/tmp/bouncesink-mta-lab"))
    args = p.parse_args(argv)
    mtas = args.mtas or list(MTAS)
    if set(mtas) - set(MTAS):
        p.error(f"unknown MTA: {sorted(set(mtas) - set(MTAS))}")
    with tempfile.TemporaryDirectory(prefix="bouncesink-matrix-") as tmp:
        runs = regenerate(mtas, Path(args.lab_dir), Path(tmp))
        rc = 0
        for run in runs:
            print(f"{run.mta}: {run.seconds:.1f} s, rc={run.rc}", file=sys.stderr)
            if run.rc != 0:
                print(run.tail(), file=sys.stderr)
                rc = 1
                continue
            files = captured(run)
            if args.write:
                write(run.mta, files)
                print(f"{run.mta}: {len(files)} DSNs written to {FIXTURES / run.mta}")
            else:
                for line in differences(run.mta, files):
                    print(line)
                    rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
