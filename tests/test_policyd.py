"""The Postfix policy service over its real protocol, on a real store."""

from __future__ import annotations

import asyncio
import contextlib
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


# -- the reader: one request read whole, whatever the writes that carry it -------------------


async def closed_without_answer(reader: asyncio.StreamReader) -> bool:
    """Whether the service closed the connection without writing anything more (a write of
    ours after it closed may have failed first: that is a close too)."""
    try:
        return await asyncio.wait_for(reader.read(), 10) == b""
    except ConnectionError:
        return True


@pytest.fixture
async def quick_policy(store: Store) -> AsyncIterator[tuple[str, int]]:
    """The service with a short idle timeout (a request must arrive whole within it)."""
    server = await PolicyService(store, idle_timeout=0.5).start("127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    try:
        yield host, port
    finally:
        server.close()
        await server.wait_closed()


async def test_a_request_split_across_many_small_writes(
    store: Store, policy: tuple[str, int]
) -> None:
    await Recorder(store).add_manual_event("gone@example.com", "suppress", datetime.now(UTC))
    reader, writer = await asyncio.open_connection(*policy)
    try:
        data = REQUEST.format(rcpt="gone@example.com").encode()
        for start in range(0, len(data), 3):  # the empty line itself arrives in two pieces
            writer.write(data[start : start + 3])
            await writer.drain()
            await asyncio.sleep(0.001)
        assert (await reader.readline()).startswith(b"action=REJECT 5.1.1 <gone@example.com>")
        assert await reader.readline() == b"\n"
    finally:
        writer.close()


async def test_pipelined_requests_get_their_answers_in_order(
    store: Store, policy: tuple[str, int]
) -> None:
    await Recorder(store).add_manual_event("gone@example.com", "suppress", datetime.now(UTC))
    recipients = ["fine@example.com", "gone@example.com", "other@example.com"] * 20
    reader, writer = await asyncio.open_connection(*policy)
    try:
        writer.write("".join(REQUEST.format(rcpt=r) for r in recipients).encode())
        await writer.drain()
        for rcpt in recipients:
            line = await asyncio.wait_for(reader.readline(), 10)
            assert line.startswith(b"action=REJECT") == (rcpt == "gone@example.com"), rcpt
            assert line == b"action=DUNNO\n" or rcpt == "gone@example.com"
            assert await reader.readline() == b"\n"
    finally:
        writer.close()


async def test_an_oversize_request_closes_the_connection(policy: tuple[str, int]) -> None:
    from bouncesink.policyd import MAX_REQUEST_BYTES

    reader, writer = await asyncio.open_connection(*policy)
    try:
        filler = b"ccert_subject=" + b"x" * 1000 + b"\n"
        writer.write(b"request=smtpd_access_policy\nrecipient=a@example.com\n")
        writer.write(filler * (MAX_REQUEST_BYTES // len(filler) + 1) + b"\n")
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        assert await closed_without_answer(reader)
    finally:
        writer.close()


async def test_a_request_just_under_the_cap_is_answered(policy: tuple[str, int]) -> None:
    from bouncesink.policyd import MAX_REQUEST_BYTES

    head = b"request=smtpd_access_policy\nrecipient=a@example.com\nfiller="
    reader, writer = await asyncio.open_connection(*policy)
    try:
        writer.write(head + b"x" * (MAX_REQUEST_BYTES - len(head) - 2) + b"\n\n")
        await writer.drain()
        assert await asyncio.wait_for(reader.readline(), 10) == b"action=DUNNO\n"
    finally:
        writer.close()


async def test_a_request_that_stops_half_way_times_out(quick_policy: tuple[str, int]) -> None:
    reader, writer = await asyncio.open_connection(*quick_policy)
    try:
        writer.write(b"request=smtpd_access_policy\nrecipient=a@exa")
        await writer.drain()
        started = asyncio.get_running_loop().time()
        assert await closed_without_answer(reader)
        assert asyncio.get_running_loop().time() - started < 5
    finally:
        writer.close()


async def test_the_timeout_counts_a_whole_request_not_each_line(
    quick_policy: tuple[str, int],
) -> None:
    """A client trickling one line every 0.2 s never finishes a request within 0.5 s."""
    reader, writer = await asyncio.open_connection(*quick_policy)
    try:
        with contextlib.suppress(ConnectionError):  # the service closes while it trickles
            for line in REQUEST.format(rcpt="a@example.com").splitlines()[:6]:
                writer.write(line.encode() + b"\n")
                await writer.drain()
                await asyncio.sleep(0.2)
        assert await closed_without_answer(reader)
    finally:
        writer.close()


async def test_malformed_lines_and_a_close_mid_request(policy: tuple[str, int]) -> None:
    reader, writer = await asyncio.open_connection(*policy)
    writer.write(b"no equals sign\r\nrecipient=a@example.com\r\nrequest=smtpd_access_policy\r\n\n")
    writer.write(b"request=smtpd_access_policy\nrecipient=b@exa")  # and then the client goes
    await writer.drain()
    assert await asyncio.wait_for(reader.readline(), 10) == b"action=DUNNO\n"
    assert await reader.readline() == b"\n"
    writer.write_eof()
    assert await asyncio.wait_for(reader.read(), 10) == b""
    writer.close()


async def test_requests_typed_with_cr_lf_are_answered(
    store: Store, policy: tuple[str, int]
) -> None:
    """A request ended by CR LF lines and an empty CR LF line (a person at `nc -C` or telnet)
    is answered as promptly as Postfix's LF requests, and so is the next one."""
    await Recorder(store).add_manual_event("gone@example.com", "suppress", datetime.now(UTC))
    reader, writer = await asyncio.open_connection(*policy)
    try:
        for rcpt, action in (("gone@example.com", b"action=REJECT"), ("a@example.com", b"")):
            writer.write(REQUEST.format(rcpt=rcpt).replace("\n", "\r\n").encode())
            await writer.drain()
            line = await asyncio.wait_for(reader.readline(), 10)
            assert line.startswith(action or b"action=DUNNO"), line
            assert await reader.readline() == b"\n"
    finally:
        writer.close()
