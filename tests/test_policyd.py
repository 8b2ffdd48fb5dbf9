"""The Postfix policy service over its real protocol, on a real store."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from bouncesink.policyd import PolicyService
from bouncesink.recording import Recorder
from bouncesink.store import Store

REQUEST = (
    "request=smtpd_access_policy\nprotocol_state=RCPT\nprotocol_name=ESMTP\n"
    "client_address=127.0.0.1\nhelo_name=list.example.org\nsender=list@example.org\n"
    "recipient={rcpt}\nrecipient_count=0\nqueue_id=\nsize=0\n\n"
)


@pytest.fixture
async def policy(store: Store) -> AsyncIterator[tuple[str, int]]:
    server = await PolicyService(store).start("127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    try:
        yield host, port
    finally:
        server.close()
        await server.wait_closed()


async def ask(host: str, port: int, *recipients: str) -> list[str]:
    """Send requests on one connection, as Postfix does, and read each answer."""
    reader, writer = await asyncio.open_connection(host, port)
    answers = []
    try:
        for rcpt in recipients:
            writer.write(REQUEST.format(rcpt=rcpt).encode())
            await writer.drain()
            line = (await reader.readline()).decode().rstrip("\n")
            assert await reader.readline() == b"\n"
            answers.append(line)
    finally:
        writer.close()
    return answers


async def test_reject_suppressed_dunno_otherwise(store: Store, policy: tuple[str, int]) -> None:
    now = datetime.now(UTC)
    await Recorder(store).add_manual_event("Gone@example.com", "suppress", now, note="test")
    await Recorder(store).add_manual_event(
        "lapsed@example.com",
        "suppress",
        now - timedelta(days=2),
        expires_at=now - timedelta(days=1),
    )
    answers = await ask(*policy, "Gone@EXAMPLE.com", "fine@example.com", "lapsed@example.com")
    assert answers[0].startswith("action=REJECT 5.1.1 <gone@example.com>: recipient is suppressed")
    assert answers[1:] == ["action=DUNNO", "action=DUNNO"]


async def test_other_requests_and_garbage_get_dunno(policy: tuple[str, int]) -> None:
    reader, writer = await asyncio.open_connection(*policy)
    try:
        writer.write(b"request=something_else\nrecipient=a@example.com\n\n")
        writer.write(b"\xff\xfe binary junk without equals\n\n")
        await writer.drain()
        assert await reader.readline() == b"action=DUNNO\n"
        assert await reader.readline() == b"\n"
        assert await reader.readline() == b"action=DUNNO\n"
    finally:
        writer.close()


async def test_fails_open_when_the_database_cannot_answer(
    store: Store, policy: tuple[str, int]
) -> None:
    await Recorder(store).add_manual_event("gone@example.com", "suppress", datetime.now(UTC))
    async with store.engines.writer.begin() as conn:
        await conn.execute(text("ALTER TABLE addresses RENAME TO addresses_away"))
    try:
        assert await ask(*policy, "gone@example.com") == ["action=DUNNO"]
    finally:
        async with store.engines.writer.begin() as conn:
            await conn.execute(text("ALTER TABLE addresses_away RENAME TO addresses"))
    assert (await ask(*policy, "gone@example.com"))[0].startswith("action=REJECT")
