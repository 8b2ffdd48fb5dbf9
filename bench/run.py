"""Every benchmark of bouncesink, one after the other, and one table of every figure beside
its peer measured in the same run.

Usage::

    export BOUNCESINK_TEST_PG_URL=$(scripts/pg-test-server url)   # optional: PostgreSQL too
    .venv/bin/python bench/run.py [--quick] [--only ingest,policy,api,check,parse,store,accuracy]
        [--json DIR]

- ``ingest``: bench/ingest.py, SMTP end to end (250 after durable, processed, with its event)
  beside a bare aiosmtpd server that only answers 250, at 1 and 20 sessions, five rounds
  alternating with it; memory of each process;
- ``policy``: bench/policy.py, the Postfix policy service on one connection beside a bare
  asyncio policy server;
- ``api``: bench/api_lookup.py, the HTTP API's single look-up at 1,000,000 addresses;
- ``check``: bench/check_command.py, the ``bouncesink check`` command beside ``sqlite3`` and
  ``psql`` reading the same row;
- ``parse``: bench/parse_speed.py, parse + classify beside the standard library's parse alone
  and flufl.bounce, and the ``bouncesink parse`` command beside Sisimai's;
- ``store``: bench/store.py, the store at 1,000,000 addresses (printed, not in the table);
- ``accuracy``: bench/accuracy.py, the agreement on the shared corpus (that speed changed
  nothing of the verdicts).

Each runs in its own process, one at a time, with the machine's load average before and after:
other work on the machine slows everything, and each peer measured in the same run is the
yardstick. Figures are printed, never asserted: the last table puts each beside its goal.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("ingest", "policy", "api", "check", "parse", "store", "accuracy")
PG = bool(os.environ.get("BOUNCESINK_TEST_PG_URL"))
BOTH = "both" if PG else "sqlite"

Row = tuple[str, str, str, str, str]  # what, bouncesink, peer in the same run, ratio, goal


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


def command(part: str, quick: bool, figures: Path) -> list[str]:
    """The command line of one part, writing its figures as JSON to FIGURES."""
    out = ["--json", str(figures)]
    if part == "ingest":
        if quick:
            return ["ingest.py", "--sessions", "1,20", "--quick", "--database", BOTH, *out]
        return ["ingest.py", "--sessions", "1,20", "--repeat", "5", "--database", BOTH, *out]
    if part == "policy":
        size = ["--addresses", "20000", "--requests", "500", "--rounds", "2"] if quick else []
        return ["policy.py", "--database", BOTH, *size, *out]
    if part == "api":
        size = ["--addresses", "50000", "--lookups", "300", "--checks", "2", "--pages", "5"]
        return ["api_lookup.py", "--database", BOTH, *(size if quick else []), *out]
    if part == "check":
        size = ["--rounds", "3", "--addresses", "20000"] if quick else []
        return ["check_command.py", "--database", BOTH, *size, *out]
    if part == "parse":
        rounds = (
            ["--rounds", "1", "--scale", "1"] if quick else ["--rounds", "5", "--scale", "1,10"]
        )
        return ["parse_speed.py", *rounds, *out]
    if part == "store":
        return ["store.py", "--database", BOTH, *(["--quick"] if quick else []), *out]
    assert part == "accuracy", part
    return ["accuracy.py"]


# -- the table --------------------------------------------------------------------------------


def _ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"


def ingest_rows(runs: list[dict[str, Any]]) -> list[Row]:
    rows: list[Row] = []
    ours = sorted({(r["server"], r["sessions"]) for r in runs if r["server"] != "bare aiosmtpd"})
    for server, sessions in ours:
        mine = [r for r in runs if r["server"] == server and r["sessions"] == sessions]
        bare = [r for r in runs if r["server"] == "bare aiosmtpd" and r["sessions"] == sessions]
        ratios = [r["ratio"] for r in mine if r.get("ratio") is not None]
        lossless = all(
            r["accepted"] == r["stored"] == r["processed"] == r["with_events"] == r["messages"]
            for r in mine
        )
        database = server.split(", ", 1)[-1]
        goal = "≥ 0.6x" if "postgres" in database.lower() else "≥ 0.7x"
        processed = statistics.median(r["processed_rate"] or 0 for r in mine)
        rows.append(
            (
                f"SMTP end to end, {database}, {sessions} session{'s' if sessions > 1 else ''}",
                f"{processed:,.0f} msg/s processed"
                + ("" if lossless else " — MESSAGES LOST")
                + f" ({len(mine)} rounds)",
                f"bare aiosmtpd {statistics.median(r['accepted_rate'] for r in bare):,.0f} msg/s",
                f"{statistics.median(ratios):.2f}x" if ratios else "—",
                goal,
            )
        )
    mine = [r for r in runs if r["server"] != "bare aiosmtpd"]
    bare = [r for r in runs if r["server"] == "bare aiosmtpd"]
    if mine and bare:
        rest = max(r["rss_main"] for r in mine)
        peak = max(r["hwm_main"] for r in mine)
        children = max((sum(r["hwm_children"]) for r in mine), default=0.0)
        loaded = any(any(r.get("sqlalchemy_children") or ()) for r in mine)
        rows.append(
            (
                "memory, main process (at rest / peak)",
                f"{rest:.0f} / {peak:.0f} MiB; child processes {children:.0f} MiB"
                + (", SQLAlchemy in a child" if loaded else ", no SQLAlchemy in them"),
                f"bare aiosmtpd {max(r['hwm_main'] for r in bare):.0f} MiB",
                "",
                "main ≤ 60 MiB",
            )
        )
    return rows


def policy_rows(figures: list[dict[str, str]]) -> list[Row]:
    rows: list[Row] = []
    bare: dict[str, str] | None = None  # each database's rounds: the bare server, then ours
    for f in figures:
        if f["server"] == "bare asyncio":
            bare = f
        if not f["server"].startswith("bouncesink"):
            continue
        database = f["server"].split("(")[-1].rstrip(")")
        peer = "-"
        if bare is not None:
            peer = f"bare server p50 {bare['p50 ms']} / p99 {bare['p99 ms']} ms"
        rows.append(
            (
                f"policy service, one connection, {database}",
                f"p50 {f['p50 ms']} / p99 {f['p99 ms']} ms",
                peer,
                "",
                "p99 < 1 ms",
            )
        )
    return rows


def api_rows(figures: list[dict[str, str]]) -> list[Row]:
    return [
        (
            f"API single look-up, {f['database']}",
            f"p50 {f['p50 ms']} / p99 {f['p99 ms']} ms",
            "—",
            "",
            "p99 < 5 ms",
        )
        for f in figures
        if f["requests"] == "lookup, 1 in flight"
    ]


def check_rows(figures: list[dict[str, Any]]) -> list[Row]:
    rows: list[Row] = []
    for f in figures:
        if f["command"] != "bouncesink check":
            continue
        peer = next(p for p in figures if p["database"] == f["database"] and p is not f)
        rows.append(
            (
                f"`bouncesink check ADDRESS`, {f['database']}",
                f"{_ms(f['wall_ms'])} wall ({_ms(f['cpu_ms'])} CPU)",
                f"{peer['command']} {_ms(peer['wall_ms'])}",
                "",
                "< 250 ms",
            )
        )
    return rows


def parse_rows(figures: dict[str, Any]) -> list[Row]:
    library = figures["library"]
    stdlib = library.get("email.message_from_bytes (compat32) only")
    ours = library.get("bouncesink parse + classify")
    flufl = library.get("compat32 + flufl.bounce scan_message")
    rows: list[Row] = []
    if ours and stdlib:
        rows.append(
            (
                "parse + classify, library, one core",
                f"{ours:,.0f} msg/s",
                f"compat32 parse alone {stdlib:,.0f}; + flufl.bounce {flufl:,.0f}",
                f"{ours / stdlib:.2f}x compat32",
                "faster than compat32 alone",
            )
        )
    for commands in figures["commands"].values():
        rows.append(
            (
                f"`bouncesink parse DIR`, {commands['files']:,} files",
                f"{commands['bouncesink']:,.0f} msg/s",
                f"Sisimai {commands['sisimai']:,.0f} msg/s",
                f"{commands['bouncesink'] / commands['sisimai']:.2f}x",
                "≥ 3x",
            )
        )
    return rows


ACCURACY = re.compile(r"kind agreement: (\d+)/(\d+)")
ACCURACY_UNDISPUTED = re.compile(r"category (\d+)/(\d+) \(([\d.]+)%\)\s+kind (\d+)/(\d+)")


def accuracy_rows(output: str) -> list[Row]:
    kind, undisputed = ACCURACY.search(output), ACCURACY_UNDISPUTED.search(output)
    if kind is None or undisputed is None:
        return [("accuracy on the shared corpus", "not read", "", "", "unchanged")]
    return [
        (
            "accuracy on the shared corpus (kind)",
            f"{kind[1]}/{kind[2]}; without disputed rows {undisputed[4]}/{undisputed[5]}",
            "the reference labels",
            "",
            "unchanged",
        )
    ]


READERS: dict[str, Callable[[Any], list[Row]]] = {
    "ingest": ingest_rows,
    "policy": policy_rows,
    "api": api_rows,
    "check": check_rows,
    "parse": parse_rows,
}


def summary(rows: Sequence[Row]) -> str:
    header: Row = ("what", "bouncesink", "peer in the same run", "ratio", "goal")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    rule = "  ".join("-" * w for w in widths)
    head = "  ".join(c.ljust(w) for c, w in zip(header, widths, strict=True)).rstrip()
    return "\n".join((head, rule, *lines))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="small counts, a few minutes")
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts")
    parser.add_argument("--json", metavar="DIR", help="keep each part's figures there")
    args = parser.parse_args(argv)
    parts = [p for p in args.only.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})")
    keep = Path(args.json) if args.json else Path(tempfile.mkdtemp(prefix="bouncesink-bench-"))
    keep.mkdir(parents=True, exist_ok=True)
    pg = "yes" if PG else "no (BOUNCESINK_TEST_PG_URL unset)"
    print(f"bouncesink benchmarks — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{machine()}; {revision()}")
    print(f"PostgreSQL: {pg}; {'quick' if args.quick else 'full'} counts")
    failed: list[str] = []
    rows: list[Row] = []
    for part in parts:
        figures = keep / f"{part}.json"
        script, *rest = command(part, args.quick, figures)
        cmd = [sys.executable, str(ROOT / "bench" / script), *rest]
        print(f"\n=== {part}: {script} {' '.join(rest)}")
        print(f"({load()} before)", flush=True)
        start = time.monotonic()
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        print(proc.stdout.rstrip())
        print(f"({time.monotonic() - start:.0f} s; {load()} after)", flush=True)
        if proc.returncode != 0:
            failed.append(f"{part} (exit {proc.returncode})")
            continue
        if part == "accuracy":
            rows += accuracy_rows(proc.stdout)
        elif part in READERS and figures.exists():
            rows += READERS[part](json.loads(figures.read_text()))
    if rows:
        print(f"\n=== every figure beside its peer ({load()})")
        print(summary(rows))
    print(f"\n(figures as JSON: {keep})")
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
