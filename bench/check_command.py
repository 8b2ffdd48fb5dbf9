"""`bouncesink check ADDRESS` as a user runs it, beside the database's own command line reading
the same row, in the same run.

Usage::

    export BOUNCESINK_TEST_PG_URL=$(scripts/pg-test-server url)   # optional: PostgreSQL too
    .venv/bin/python bench/check_command.py [--rounds 9] [--addresses 100000] [--json FILE]

For each database: a scratch database made by ``bouncesink db upgrade``, ADDRESSES addresses
inserted and one suppressed by ``bouncesink suppress``; then, in alternating rounds, the
installed ``bouncesink check`` (its bytecode cached, as a pip install leaves it) and the peer
(``sqlite3 FILE 'SELECT …'`` or ``psql URL -c 'SELECT …'``), each a new process, timed from
start to exit (wall) and by its CPU (user + system). Medians, and the slowest round.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after the installed package: bench/ only, never shadowing it

from bench._support import (  # noqa: E402
    address_row,
    databases,
    insert_rows,
    pg_base_url,
    scratch_pg_database,
    table,
)

ADDRESS = "gone@example.com"
SELECT = "SELECT address, state FROM addresses WHERE address = 'gone@example.com'"


def bouncesink() -> str:
    return str(Path(sys.executable).parent / "bouncesink")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from start to exit and CPU seconds of one run; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or "gone@example.com" not in done.stdout:
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def prepare(url: str, count: int, env: dict[str, str], folder: Path) -> Path:
    """The configuration of a database holding COUNT addresses and one suppressed."""
    config = folder / "bouncesink.toml"
    config.write_text(
        '[smtp]\nlisten = "127.0.0.1:0"\ndomains = ["bounces.example.org"]\n'
        f'[database]\nurl = "{url}"\n'
    )
    for command in (["db", "upgrade"], ["suppress", ADDRESS]):
        done = subprocess.run(
            [bouncesink(), "--config", str(config), *command], capture_output=True, env=env
        )
        if done.returncode != 0:
            raise SystemExit(f"bouncesink {' '.join(command)} failed: {done.stderr.decode()}")
    if count:
        import asyncio

        from bouncesink.store import Store
        from bouncesink.store.models import AddressRow

        async def fill() -> None:
            store = Store.open(url)
            try:
                await insert_rows(store, AddressRow, address_row, count)
            finally:
                await store.close()

        asyncio.run(fill())
    return config


def measure(
    name: str, url: str, peer: list[str], args: argparse.Namespace
) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        config = prepare(url, args.addresses, env, Path(tmp))
        ours = [bouncesink(), "--config", str(config), "check", ADDRESS]
        timed(ours, env)  # writes the bytecode, warms the file cache
        timed(peer, env)
        runs: dict[str, list[tuple[float, float]]] = {"bouncesink check": [], peer[0]: []}
        for _ in range(args.rounds):
            runs["bouncesink check"].append(timed(ours, env))
            runs[peer[0]].append(timed(peer, env))
    figures = []
    for command, times in runs.items():
        walls, cpus = [t[0] for t in times], [t[1] for t in times]
        figures.append(
            {
                "database": name,
                "command": command,
                "wall_ms": statistics.median(walls) * 1000,
                "wall_max_ms": max(walls) * 1000,
                "cpu_ms": statistics.median(cpus) * 1000,
            }
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--addresses", type=int, default=100_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    figures: list[dict[str, object]] = []
    for database in databases(args.database):
        if database == "sqlite":
            with tempfile.TemporaryDirectory() as tmp:
                path = f"{tmp}/bench.db"
                figures += measure(database, f"sqlite:///{path}", ["sqlite3", path, SELECT], args)
        else:
            base = pg_base_url()
            assert base is not None
            with scratch_pg_database(base, "bouncesink_bench_check") as url:
                plain = url.replace("postgresql+asyncpg://", "postgresql://", 1)
                figures += measure(database, url, ["psql", plain, "-Atc", SELECT], args)
    one, five, _ = os.getloadavg()
    print(
        f"`bouncesink check ADDRESS` beside the database's own client, {args.rounds} alternating "
        f"rounds, {args.addresses:,} addresses ({os.cpu_count()} CPUs, load average "
        f"{one:.2f} / {five:.2f})"
    )
    rows = [
        [
            f["database"],
            f["command"],
            f"{f['wall_ms']:.0f}",
            f"{f['wall_max_ms']:.0f}",
            f"{f['cpu_ms']:.0f}",
        ]
        for f in figures
    ]
    print(table(["database", "command", "wall ms", "slowest ms", "CPU ms"], rows))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
