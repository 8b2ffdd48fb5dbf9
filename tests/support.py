"""Helpers for tests that run the daemon: config files, an in-process daemon, SMTP, check."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

from bouncesink.config import load
from bouncesink.daemon import serve
from bouncesink.pipeline import NewEvent
from bouncesink.types import Category, Kind, Reason

from .conftest import missing


@dataclass
class Running:
    host: str
    port: int
    config_path: Path


def write_config(tmp_path: Path, db_url: str, extra: str = "", smtp_extra: str = "") -> Path:
    path = tmp_path / "bouncesink.toml"
    path.write_text(
        f'[smtp]\nlisten = "127.0.0.1:0"\ndomains = ["bounces.example.org"]\n{smtp_extra}\n'
        f'[database]\nurl = "{db_url}"\n[processing]\npoll_seconds = 0.5\n[api]\nlisten = ""\n'
        f"{extra}",
        encoding="utf-8",
    )
    return path


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`bouncesink ARGS`, as an operator runs it, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "bouncesink.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@contextlib.asynccontextmanager
async def running_daemon(config_path: Path) -> AsyncIterator[Running]:
    """The daemon in this process's loop; PostgreSQL migrated first, as operators do."""
    config = load(config_path)
    if not config.database.url.startswith("sqlite"):
        upgrade = await asyncio.to_thread(cli, "db", "upgrade", "--config", str(config_path))
        assert upgrade.returncode == 0, upgrade.stderr
    ready: asyncio.Future[tuple[str, int]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(config, on_ready=lambda h, p: ready.set_result((h, p))))
    host, port = await asyncio.wait_for(ready, 30)
    try:
        yield Running(host, port, config_path)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def send(host: str, port: int, raw: bytes, rcpt: str = "b-1@bounces.example.org") -> None:
    with smtplib.SMTP(host, port, timeout=30) as client:
        client.sendmail("", [rcpt], raw)


def check(config_path: Path, *addresses: str) -> tuple[int, list[dict[str, object]]]:
    """`bouncesink check --json`, the operator's command, run in its own process."""
    proc = cli("check", "--json", "--config", str(config_path), *addresses)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()]


async def wait_for_state(config_path: Path, address: str, state: str) -> dict[str, object]:
    """Poll `check` until the address reaches `state` (or 10 s pass): processing is async."""
    deadline = time.monotonic() + 10
    while True:
        _, (info,) = await asyncio.to_thread(check, config_path, address)
        if info["state"] == state or time.monotonic() > deadline:
            return info
        await asyncio.sleep(0.1)


@dataclass
class ServeProcess:
    proc: subprocess.Popen[bytes]
    host: str
    port: int
    log: Path


@contextlib.contextmanager
def serve_process(config: Path, startup: float = 60) -> Iterator[ServeProcess]:
    """`bouncesink serve` as an operator runs it: its own process (and process group), its
    log in a file next to the config. On exit: SIGTERM, and the group is killed if anything
    is left (as systemd does with a service's control group)."""
    log = config.parent / f"serve-{time.monotonic_ns()}.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bouncesink.cli", "serve", "--config", str(config)],
            stdout=sink,
            stderr=sink,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + startup
        while True:
            text = log.read_text(errors="replace")
            if "listening smtp=" in text:
                hostport = text.split("listening smtp=")[1].split()[0]
                host, _, port = hostport.rpartition(":")
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"bouncesink serve did not start:\n{text}")
            time.sleep(0.05)
        yield ServeProcess(proc, host, int(port), log)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def hard(address: str, index: int = 0) -> NewEvent:
    """A hard-bounce event (550 5.1.1 user unknown) about ``address``."""
    return NewEvent(
        record_index=index,
        address=address,
        kind=Kind.HARD,
        category=Category.BAD_MAILBOX,
        reason=Reason.USERUNKNOWN,
        rule="status:5.1.1",
        status="5.1.1",
        reply_code=550,
        diagnostic="550 5.1.1 user unknown",
    )


def self_signed_certificate(folder: Path, name: str, alt_names: str = "") -> tuple[Path, Path]:
    """A two-day self-signed certificate and its key (``cert.pem``, ``key.pem`` in FOLDER)
    for NAME, made by openssl; ALT_NAMES a subjectAltName value ("IP:127.0.0.1,DNS:...")."""
    if not shutil.which("openssl"):
        missing("openssl")
    cert, key = folder / "cert.pem", folder / "key.pem"
    extra = ["-addext", f"subjectAltName={alt_names}"] if alt_names else []
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
    command += ["-subj", f"/CN={name}", *extra, "-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        command,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key
