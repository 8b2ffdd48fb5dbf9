"""Postfix policy service latency on one connection, beside a bare asyncio policy server.

Usage::

    .venv/bin/python bench/policy.py [--addresses 100000] [--requests 2000] [--rounds 5]
        [--database sqlite|postgresql|both]

Each server runs in a child process of its own; this process is the client, and asks one
request at a time on one connection, as one Postfix smtpd process does:

- ``bouncesink``: bouncesink.policyd.PolicyService over a store of `--addresses` addresses
  (10 % suppressed), with its count of recipients sent, as the daemon runs it; 90 % of the
  recipients asked about are stored, 10 % never seen;
- ``bare``: an asyncio server that reads each request with one ``readuntil`` and answers
  ``action=DUNNO`` without looking anything up: the floor of asyncio itself.

The rounds alternate between the two servers (bare, bouncesink, bare, ...), so both see the
same load of the machine; the percentiles are over all rounds' requests. The machine's load
average is printed beside the figures. Figures are never asserted anywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._support import (  # noqa: E402
    address,
    address_row,
    databases,
    insert_rows,
    percentile,
    pg_base_url,
    scratch_pg_database,
    table,
)

REQUEST = (
    "request=smtpd_access_policy\nprotocol_state=RCPT\nprotocol_name=ESMTP\n"
    "client_address=127.0.0.1\nclient_name=localhost\nhelo_name=list.example.org\n"
    "sender=list@example.org\nrecipient={rcpt}\nrecipient_count=0\nqueue_id=\n"
    "instance=1234.5678.9.0\nsize=0\netrn_domain=\nstress=\nsasl_method=\nsasl_username=\n"
    "sasl_sender=\nccert_subject=\nccert_issuer=\nccert_fingerprint=\nencryption_protocol=\n"
    "encryption_cipher=\nencryption_keysize=0\n\n"
)


# -- the servers (child processes) ------------------------------------------------------------


async def serve_bouncesink(url: str) -> None:
    from bouncesink.policyd import PolicyService, SentCounter
    from bouncesink.store import Store

    store = Store.open(url)
    counter = SentCounter(store)
    flushing = asyncio.create_task(counter.run())
    server = await PolicyService(store, counter=counter).start("127.0.0.1", 0)
    await _until_stdin_closes(server)
    counter.stop()
    await flushing
    await store.close()


async def serve_bare() -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                async with asyncio.timeout(300):
                    await reader.readuntil(b"\n\n")
                writer.write(b"action=DUNNO\n\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=64 * 1024)
    await _until_stdin_closes(server)


async def _until_stdin_closes(server: asyncio.Server) -> None:
    print(server.sockets[0].getsockname()[1], flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    server.close()


# -- the client -------------------------------------------------------------------------------


class Server:
    """A server in a child process, and this client's one connection to it."""

    def __init__(self, name: str, argv: Sequence[str]) -> None:
        self.name = name
        self.argv = argv
        self.latencies: list[float] = []
        self.answers: dict[str, int] = {}

    async def __aenter__(self) -> Server:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert self.proc.stdout is not None
        port = int(await self.proc.stdout.readline())
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.writer.close()
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        await asyncio.wait_for(self.proc.wait(), 60)

    async def ask(self, requests: Sequence[bytes], record: bool = True) -> None:
        for request in requests:
            start = time.perf_counter()
            self.writer.write(request)
            answer = await self.reader.readuntil(b"\n\n")
            elapsed = time.perf_counter() - start
            if record:
                self.latencies.append(elapsed)
                action = answer.split(b"\n", 1)[0].split(b" ", 1)[0].decode()[7:]
                self.answers[action] = self.answers.get(action, 0) + 1


async def measure(
    database: str, url: str, args: argparse.Namespace, rng: random.Random
) -> list[list[object]]:
    def pick() -> int:  # 90 % stored addresses, 10 % never seen
        n = args.addresses
        return rng.randrange(n) if rng.random() < 0.9 else n + rng.randrange(n)

    async with (
        Server("bare asyncio", ["--serve-bare"]) as bare,
        Server(f"bouncesink ({database})", ["--serve", url]) as ours,
    ):
        warm = [REQUEST.format(rcpt=address(pick())).encode() for _ in range(200)]
        for server in (bare, ours):
            await server.ask(warm, record=False)
        for _ in range(args.rounds):
            requests = [REQUEST.format(rcpt=address(pick())).encode() for _ in range(args.requests)]
            for server in (bare, ours):
                await server.ask(requests)
    rows: list[list[object]] = []
    for server in (bare, ours):
        lat = server.latencies
        rows.append(
            [
                server.name,
                f"{len(lat):,}",
                f"{percentile(lat, 0.5) * 1000:.3f}",
                f"{percentile(lat, 0.99) * 1000:.3f}",
                f"{percentile(lat, 0.999) * 1000:.3f}",
                f"{max(lat) * 1000:.3f}",
                f"{len(lat) / sum(lat):,.0f}",
                " ".join(f"{k}={v}" for k, v in sorted(server.answers.items())),
            ]
        )
    p99 = percentile(ours.latencies, 0.99) / percentile(bare.latencies, 0.99)
    p50 = percentile(ours.latencies, 0.5) / percentile(bare.latencies, 0.5)
    rows.append([f"  ratio bouncesink/bare ({database})", "", f"{p50:.2f}", f"{p99:.2f}"])
    rows[-1] += [""] * 4
    return rows


async def populate(url: str, count: int) -> None:
    from bouncesink.store import Store
    from bouncesink.store.models import AddressRow

    store = Store.open(url)
    try:
        await store.upgrade()
        await insert_rows(store, AddressRow, address_row, count)
        if store.dialect == "postgresql":
            async with store.engines.writer.connect() as conn:
                await conn.exec_driver_sql("ANALYZE addresses")
    finally:
        await store.close()


def run_database(database: str, url: str, args: argparse.Namespace) -> list[list[object]]:
    print(f"{database}: inserting {args.addresses:,} addresses", file=sys.stderr)
    asyncio.run(populate(url, args.addresses))
    return asyncio.run(measure(database, url, args, random.Random(1)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--addresses", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2_000, help="per round and server")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--serve", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--serve-bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve_bouncesink(args.serve))
        return
    if args.serve_bare:
        asyncio.run(serve_bare())
        return
    rows: list[list[object]] = []
    for database in databases(args.database):
        if database == "sqlite":
            with tempfile.TemporaryDirectory() as tmp:
                rows += run_database(database, f"sqlite:///{tmp}/bench.db", args)
        else:
            base = pg_base_url()
            assert base is not None
            with scratch_pg_database(base, "bouncesink_bench_policy") as url:
                rows += run_database(database, url, args)
    one, five, _ = os.getloadavg()
    print(
        f"Policy service, one connection, {args.rounds} alternating rounds of "
        f"{args.requests:,} requests, {args.addresses:,} stored addresses "
        f"({os.cpu_count()} CPUs, load average {one:.2f} / {five:.2f})"
    )
    headers = ["server", "requests", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "req/s", "answers"]
    print(table(headers, rows))
    if args.json:
        figures = [dict(zip(headers, row, strict=False)) for row in rows]
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
