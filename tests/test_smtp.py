"""The whole path through a real server on 127.0.0.1: SMTP in, durable, processed, queried."""

from __future__ import annotations

import asyncio
import smtplib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bouncesink.config import load
from bouncesink.operations import open_store

from .dsn import dsn
from .support import (
    Running,
    check,
    running_daemon,
    send,
    serve_process,
    wait_for_state,
    write_config,
)


@pytest.fixture
async def daemon(tmp_path: Path, db_url: str) -> AsyncIterator[Running]:
    """bouncesink's daemon in this process, on a free port, on SQLite and PostgreSQL."""
    async with running_daemon(write_config(tmp_path, db_url)) as running:
        yield running


async def test_dsn_over_smtp_suppresses_the_address(daemon: Running) -> None:
    await asyncio.to_thread(send, daemon.host, daemon.port, dsn("someone@example.com"))
    info = await wait_for_state(daemon.config_path, "someone@example.com", "suppressed")
    assert info["state"] == "suppressed"
    assert info["category"] == "bad-mailbox"
    assert info["kind"] == "hard"
    assert info["reason"] == "userunknown"
    assert info["status"] == "5.1.1"


async def test_multi_recipient_dsn_records_each_outcome(daemon: Running) -> None:
    raw = dsn(
        [
            ("gone@example.com", "5.1.1", "550 5.1.1 <{0}>: User unknown"),
            ("full@example.net", "4.2.2", "452 4.2.2 <{0}>: Mailbox full"),
        ],
        msgid="2",
    )
    await asyncio.to_thread(send, daemon.host, daemon.port, raw)
    gone = await wait_for_state(daemon.config_path, "gone@example.com", "suppressed")
    assert gone["state"] == "suppressed"
    full = await wait_for_state(daemon.config_path, "full@example.net", "soft")
    assert (full["state"], full["kind"], full["category"]) == ("soft", "soft", "quota-issues")


async def test_foreign_domain_is_refused_at_rcpt(daemon: Running) -> None:
    def attempt() -> tuple[int, bytes]:
        with smtplib.SMTP(daemon.host, daemon.port, timeout=30) as client:
            client.ehlo()
            client.mail("")
            return client.rcpt("victim@example.com")

    code, message = await asyncio.to_thread(attempt)
    assert code == 550
    assert b"relay access denied" in message


async def test_unknown_address_check_exits_1(daemon: Running) -> None:
    code, (info,) = await asyncio.to_thread(check, daemon.config_path, "never@example.com")
    assert code == 1
    assert info == info | {"found": False, "state": "active"}


async def test_store_failure_answers_451_and_keeps_nothing_half_done(daemon: Running) -> None:
    store = open_store(load(daemon.config_path))
    try:
        async with store.engines.writer.begin() as conn:
            await conn.execute(text("ALTER TABLE messages RENAME TO messages_away"))
        with pytest.raises(smtplib.SMTPDataError) as info:
            await asyncio.to_thread(send, daemon.host, daemon.port, dsn("x@example.com"))
        assert info.value.smtp_code == 451
        assert b"4.3.0" in info.value.smtp_error
        async with store.engines.writer.begin() as conn:
            await conn.execute(text("ALTER TABLE messages_away RENAME TO messages"))
        # the sender retries, and now it lands
        await asyncio.to_thread(send, daemon.host, daemon.port, dsn("x@example.com"))
    finally:
        await store.close()
    info2 = await wait_for_state(daemon.config_path, "x@example.com", "suppressed")
    assert info2["state"] == "suppressed"


def test_serve_process_end_to_end(tmp_path: Path) -> None:
    """As a new user: `serve` creates its SQLite file on first start, `check` sees the bounce,
    SIGTERM stops it cleanly."""
    (tmp_path / "state").mkdir()
    config_path = write_config(tmp_path, "sqlite:///state/bouncesink.db")
    with serve_process(config_path) as served:
        send(served.host, served.port, dsn("Someone@Example.com"))
        deadline = time.monotonic() + 10
        while True:
            _, (info,) = check(config_path, "Someone@example.com")
            if info["state"] == "suppressed" or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        served.proc.terminate()
        assert served.proc.wait(timeout=30) == 0, served.log.read_text()
    assert (info["state"], info["category"]) == ("suppressed", "bad-mailbox")
