"""Every benchmark of bouncesink, one after the other, and one report.

Usage::

    export BOUNCESINK_TEST_PG_URL=$(scripts/pg-test-server url)   # optional: PostgreSQL too
    .venv/bin/python bench/run.py [--quick] [--only ingest,store,parse] [--json DIR]

- ``ingest``: bench/ingest.py (SMTP end to end beside a bare aiosmtpd, three alternating
  rounds, no loss, peak memory; ``bench/ingest.py --instructions 600`` adds the noise-free
  instruction counts, under valgrind);
- ``store``: bench/store.py (1,000,000 addresses: lookup, bulk check, recording);
- ``parse``: bench/parse_speed.py (parse + classify beside flufl.bounce), run as it is and
  its output included.

Each runs in its own process, one at a time. The machine's load average is printed with each
part: other work on the machine slows everything down, and the bare server's rate measured in
the same run is the yardstick for the ingestion figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("ingest", "store", "parse")


def machine() -> str:
    cpus = os.cpu_count()
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.python_implementation()} {platform.python_version()}, {cpus} CPUs {model}"


def revision() -> str:
    """The commit measured, and whether bouncesink/ has uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "bouncesink"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "commit unknown"
    return f"commit {head or 'unknown'}{' with local changes in bouncesink/' if dirty else ''}"


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min) {five:.2f} (5 min)"


def command(part: str, args: argparse.Namespace) -> list[str]:
    python = sys.executable
    if part == "parse":
        return [
            python,
            str(ROOT / "bench" / "parse_speed.py"),
            "--rounds",
            "1" if args.quick else "3",
        ]
    cmd = [python, str(ROOT / "bench" / f"{part}.py")]
    if args.quick:
        cmd.append("--quick")
    elif part == "ingest":  # rounds alternating with the bare server: the median ratio
        cmd += ["--repeat", "3"]
    if args.json:
        cmd += ["--json", str(Path(args.json) / f"{part}.json")]
    return cmd


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="small counts, a few minutes")
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts")
    parser.add_argument("--json", metavar="DIR", help="also write each part's figures there")
    args = parser.parse_args(argv)
    parts = [p for p in args.only.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})")
    if args.json:
        Path(args.json).mkdir(parents=True, exist_ok=True)
    pg = "yes" if os.environ.get("BOUNCESINK_TEST_PG_URL") else "no (BOUNCESINK_TEST_PG_URL unset)"
    print(f"bouncesink benchmarks — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{machine()}; {revision()}")
    print(f"PostgreSQL: {pg}; {'quick' if args.quick else 'full'} counts")
    failed = []
    for part in parts:
        cmd = command(part, args)
        print(f"\n=== {part}: {' '.join(Path(c).name if c == sys.executable else c for c in cmd)}")
        print(f"({load()} before)", flush=True)
        start = time.monotonic()
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        print(proc.stdout.rstrip())
        print(f"({time.monotonic() - start:.0f} s; {load()} after)", flush=True)
        if proc.returncode != 0:
            failed.append(f"{part} (exit {proc.returncode})")
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
