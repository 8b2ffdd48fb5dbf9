"""Speed of parse (+ classify) on one core, beside flufl.bounce, and the cost of huge messages.

Usage::

    PYTHONPATH=. .venv/bin/python bench/parse_speed.py [CORPUS_DIR] [--rounds N] [--scale 1,10]

Runs every corpus message (maildir/*, mailbox/* split) through:

- ``parse`` alone, and ``parse`` + ``classify`` on every record (when bouncesink.classify has it);
- ``email.message_from_bytes(raw, policy=compat32)`` + ``flufl.bounce.scan_message``;

then, as a user runs them, each whole command over the same messages written as files:
``bouncesink parse DIR`` (the installed command) beside Sisimai (Debian's ``libsisimai-perl``,
installed when missing and run as root), and the ratio. Python's bytecode is cached for the
command (in a temporary PYTHONPYCACHEPREFIX, written by one untimed run first), as a package
installed by pip has it: without it (PYTHONDONTWRITEBYTECODE=1 and no __pycache__) every run
would compile the package's source again, about 0.1 s. With ``--scale 1,10`` the commands run
again over the corpus written ten times over, where each command's start-up (Python's or
Perl's, the imports, the first use of the tables) weighs a tenth as much. Then times ``parse``
on a 20 MB non-bounce (a text part and a 20 MB base64 attachment), a 20 MB plain-text body,
and a DSN with 10,000 recipients, against a typical bounce. The process is pinned to one CPU
where the platform allows it.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import importlib
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from email import message_from_bytes
from email.policy import compat32
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncesink.parse import parse, split_mbox  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai"


def load_corpus(corpus: Path) -> list[bytes]:
    out: list[bytes] = []
    for sub in sorted((corpus / "maildir").iterdir()):
        if sub.is_dir():
            out.extend(f.read_bytes() for f in sorted(sub.iterdir()) if f.is_file())
    mbox = corpus / "mailbox"
    if mbox.is_dir():
        for f in sorted(mbox.iterdir()):
            out.extend(split_mbox(f.read_bytes()))
    return out


def _nothing() -> None:
    pass


def rates(
    pipelines: list[tuple[str, Callable[[bytes], Any]]],
    messages: list[bytes],
    rounds: int,
    fresh: Callable[[], None] = _nothing,
) -> list[tuple[str, float]]:
    """Best messages/second of each pipeline over ``rounds`` passes; the pipelines take turns
    within each round, so that a busy neighbour slows them alike (CPU time is measured).
    ``fresh`` is called before each pass: each pass is one run, as a command's over the
    messages (the classifier keeps the verdicts of the replies it has read within a run)."""
    best = dict.fromkeys((name for name, _ in pipelines), 0.0)
    for _ in range(rounds):
        for name, fn in pipelines:
            fresh()
            t0 = time.process_time()
            for raw in messages:
                fn(raw)
            elapsed = time.process_time() - t0
            best[name] = max(best[name], len(messages) / elapsed)
    return list(best.items())


SISIMAI_SCRIPT = r"""
use strict; use warnings; use Sisimai; use Time::HiRes qw(time);
my ($folder) = @ARGV;
opendir(my $dh, $folder) or die "$folder: $!";
my @files = sort grep { -f "$folder/$_" } readdir($dh);
my ($count, $spent) = (0, 0);
for my $name (@files) {
    my $t0 = time;
    my $found = Sisimai->make("$folder/$name", delivered => 1);
    $spent += time - $t0;
    $count += $found ? scalar(@$found) : 0;
}
printf "%d %d %.6f\n", scalar(@files), $count, $spent;
"""


def ensure_sisimai() -> bool:
    """Sisimai from Debian's packages: installed when missing (as root); False if it cannot be."""
    probe = ["perl", "-MSisimai", "-e", "1"]
    if subprocess.run(probe, capture_output=True).returncode == 0:
        return True
    if os.geteuid() == 0:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "libsisimai-perl"], capture_output=True, env=env
        )
    return subprocess.run(probe, capture_output=True).returncode == 0


def child_cpu(command: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """CPU seconds (user + system) that `command` spent, start-up included, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode not in (0, 1):  # 1: `bouncesink parse` found a file it could not read
        raise SystemExit(f"{command[0]} failed: {done.stderr.strip()[-500:]}")
    out = done.stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def commands_side_by_side(messages: list[bytes], rounds: int) -> dict[str, float] | None:
    """`bouncesink parse DIR` beside Sisimai over the same files, alternating, CPU time: the
    messages per second of each command and of Sisimai's library calls alone."""
    cli = Path(sys.executable).parent / "bouncesink"
    if not cli.exists():
        print("\nno installed bouncesink command beside this Python: commands not compared")
        return None
    if not ensure_sisimai():
        print("\nSisimai (libsisimai-perl) is not installed and could not be: not compared")
        return None
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as pycache:
        for i, raw in enumerate(messages):
            Path(folder, f"{i:05d}.eml").write_bytes(raw)
        script = Path(folder).parent / f"sisimai-bench-{os.getpid()}.pl"
        script.write_text(SISIMAI_SCRIPT)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        child_cpu([str(cli), "parse", folder], env)  # writes the bytecode
        try:
            ours, theirs, theirs_library = [], [], []
            for _ in range(rounds):
                seconds, _ = child_cpu([str(cli), "parse", folder], env)
                ours.append(seconds)
                seconds, out = child_cpu(["perl", str(script), folder])
                theirs.append(seconds)
                theirs_library.append(float(out.split()[2]))
        finally:
            script.unlink()
    n = len(messages)
    ours_rate, theirs_rate = n / statistics.median(ours), n / statistics.median(theirs)
    print(f"\nwhole commands over {n} files, CPU time, median of {rounds} alternating rounds")
    print(f"{'command':<42} {'msg/s':>9}")
    print(f"{'bouncesink parse DIR (bytecode cached)':<42} {ours_rate:>9,.0f}")
    print(f"{'Sisimai->make per file (perl)':<42} {theirs_rate:>9,.0f}")
    library_rate = n / statistics.median(theirs_library)
    print(f"{'  its library calls alone (wall)':<42} {library_rate:>9,.0f}")
    # the library calls are timed in wall-clock time: on a busy machine they read slower
    # than the command's CPU time
    print(f"ratio bouncesink / Sisimai (commands): {ours_rate / theirs_rate:.2f}x")
    return {"files": n, "bouncesink": ours_rate, "sisimai": theirs_rate, "library": library_rate}


def per_call(fn: Callable[[], Any], repeat: int) -> float:
    """Median seconds of one call."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def big_attachment(size: int) -> bytes:
    blob = base64.encodebytes(os.urandom(size * 3 // 4))
    return (
        b"From: Alice <alice@example.com>\nTo: bob@example.org\nSubject: the report\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        b"Content-Type: text/plain\n\nHere it is.\n--XX\nContent-Type: application/pdf\n"
        b'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="r.pdf"'
        b"\n\n" + blob + b"\n--XX--\n"
    )


def big_text(size: int) -> bytes:
    line = b"All work and no play makes Jack a dull boy, says user@example.com. 550\n"
    body = line * (size // len(line))
    return b"From: jack@example.com\nTo: wendy@example.org\nSubject: novel\n\n" + body


def wide_dsn(recipients: int) -> bytes:
    blocks = b"".join(
        b"Final-Recipient: rfc822; user%d@example.net\nAction: failed\nStatus: 5.1.1\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 no such user\n\n" % i
        for i in range(recipients)
    )
    return (
        b"From: MAILER-DAEMON@mx.example.org\nTo: b@bounces.example.org\nSubject: failure\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
        b"boundary=B\n\n--B\nContent-Type: text/plain\n\nDelivery failed.\n--B\n"
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        + blocks
        + b"--B--\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--scale",
        default="1",
        help="comma-separated: the commands also run over the corpus written N times over "
        "(N x 602 files), where a command's start-up weighs less; e.g. 1,10",
    )
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)  # it logs detector crashes
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    messages = load_corpus(Path(args.corpus))
    classify = None
    forget: Callable[[], None] = _nothing
    try:
        classify = getattr(importlib.import_module("bouncesink.classify"), "classify", None)
        engine = importlib.import_module("bouncesink.classify.engine")
        forget = getattr(engine, "forget", forget)
    except Exception:
        classify = None

    def parse_classify(raw: bytes) -> None:
        report = parse(raw)
        if classify is not None:
            for rec in report.records:
                classify(rec, report)

    def flufl(raw: bytes) -> None:
        from flufl.bounce import scan_message

        with contextlib.suppress(Exception):  # it raises on some messages (no From)
            scan_message(message_from_bytes(raw, policy=compat32))

    def compat32_only(raw: bytes) -> None:
        message_from_bytes(raw, policy=compat32)

    pipelines: list[tuple[str, Callable[[bytes], Any]]] = [
        ("email.message_from_bytes (compat32) only", compat32_only),
        ("bouncesink parse", parse),
    ]
    if classify is not None:
        pipelines.append(("bouncesink parse + classify", parse_classify))
    pipelines.append(("compat32 + flufl.bounce scan_message", flufl))
    rows = rates(pipelines, messages, args.rounds, forget)

    print(f"corpus: {args.corpus}  messages: {len(messages)}  rounds: {args.rounds}  (one core)")
    print(f"{'pipeline':<42} {'msg/s':>9} {'us/msg':>9} {'x compat32':>10}")
    stdlib = rows[0][1]  # the standard library's parse alone, the peer of the goal
    for name, value in rows:
        print(f"{name:<42} {value:>9,.0f} {1e6 / value:>9,.0f} {value / stdlib:>10.2f}")

    commands = {}
    for scale in (int(n) for n in args.scale.split(",") if n):
        found = commands_side_by_side(messages * scale, args.rounds)
        if found is not None:
            commands[str(scale)] = found

    typical = sorted(messages, key=len)[len(messages) // 2]
    cases = [
        (f"typical bounce ({len(typical):,} bytes)", typical),
        ("20 MB non-bounce, base64 attachment", big_attachment(20 * 1024 * 1024)),
        ("20 MB non-bounce, plain-text body", big_text(20 * 1024 * 1024)),
        ("DSN with 10,000 recipients", wide_dsn(10_000)),
    ]
    base = per_call(lambda: parse(typical), 200)
    print(f"\n{'message':<42} {'parse ms':>9} {'x typical':>9} {'records':>8}")
    for name, raw in cases:
        seconds = per_call(lambda raw=raw: parse(raw), 5 if len(raw) > 100_000 else 200)  # type: ignore[misc]
        records = len(parse(raw).records)
        print(f"{name:<42} {seconds * 1e3:>9.2f} {seconds / base:>9.1f} {records:>8}")
    if args.json:
        figures = {"messages": len(messages), "library": dict(rows), "commands": commands}
        Path(args.json).write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
