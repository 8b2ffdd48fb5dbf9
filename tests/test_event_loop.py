"""The daemon runs on uvloop's event loop when it is installed (``pip install
bouncesink[fast]``) and on the standard library's otherwise, or when
$BOUNCESINK_EVENT_LOOP=asyncio asks for it: the same answers, the same durable store, the same
processing, either way."""

from __future__ import annotations

import asyncio
import importlib.util
import smtplib
import socket
import time
from pathlib import Path

import pytest

from bouncesink.daemon import LOOP_ENV, loop_factory
from bouncesink.store import Store

from .conftest import missing
from .dsn import dsn
from .support import cli, serve_process, write_config


def _uvloop_or_missing() -> None:
    if importlib.util.find_spec("uvloop") is None:
        missing("uvloop (pip install 'bouncesink[fast]')")


def test_uvloop_is_the_loop_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    _uvloop_or_missing()
    monkeypatch.delenv(LOOP_ENV, raising=False)
    factory = loop_factory()
    assert factory is not None
    loop = factory()
    try:
        assert type(loop).__module__.startswith("uvloop")
    finally:
        loop.close()


def test_the_standard_loop_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOOP_ENV, "asyncio")
    assert loop_factory() is None


@pytest.mark.parametrize("loop", ["uvloop", "asyncio"])
async def test_serve_on_each_loop_stores_processes_and_suppresses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loop: str
) -> None:
    """`bouncesink serve` answers 250 for a bounce, which is stored, processed into its event
    and the address suppressed, refuses a session over its limit with 421 (written and closed
    as the connection is made), and stops cleanly on SIGTERM, on each event loop."""
    if loop == "uvloop":
        _uvloop_or_missing()
        monkeypatch.delenv(LOOP_ENV, raising=False)
    else:
        monkeypatch.setenv(LOOP_ENV, "asyncio")
    url = f"sqlite:///{tmp_path}/db.sqlite"
    limits = "max_sessions = 1\nsessions_per_minute_per_ip = 0\n"
    config = write_config(tmp_path, url, smtp_extra=limits)
    addresses = [f"gone{i}@example.com" for i in range(3)]
    with serve_process(config) as served:
        log = served.log.read_text()
        assert f"loop={loop}" in log
        # a new database: each revision applied is logged, Alembic's plugin set-up is not
        assert "Running upgrade" in log and "setup plugin" not in log
        with smtplib.SMTP(served.host, served.port, timeout=30) as client:
            client.ehlo("mta.example.net")
            for address in addresses:
                assert client.mail("")[0] == 250
                assert client.rcpt("b@bounces.example.org")[0] == 250
                code, reply = client.data(dsn(address, msgid=address))
                assert code == 250, reply
                assert reply.startswith(b"2.0.0 OK: stored as ")
            with socket.create_connection((served.host, served.port), timeout=30) as second:
                assert second.recv(200).startswith(b"421 4.3.2 "), "the second session"
        store = Store.open(url)
        try:
            deadline = time.monotonic() + 60
            while (await store.message_counts()).get("processed", 0) < len(addresses):
                assert time.monotonic() < deadline, await store.message_counts()
                await asyncio.sleep(0.1)
        finally:
            await store.close()
        served.proc.terminate()
        assert served.proc.wait(timeout=60) == 0
    checked = cli("check", "--config", str(config), *addresses)
    assert checked.returncode == 0, checked.stderr
    lines = [line for line in checked.stdout.splitlines() if not line.startswith(" ")]
    assert [line.partition(" (")[0] for line in lines] == [f"{a}: suppressed" for a in addresses]
