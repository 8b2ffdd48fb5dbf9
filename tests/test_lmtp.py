"""LMTP (RFC 2033) through the running daemon, with the standard library's LMTP client on
127.0.0.1 and on a unix socket: the SMTP server's checks at RCPT, one reply per accepted
recipient after DATA, 250 only once the message is stored, 451 for every recipient when it
cannot be."""

from __future__ import annotations

import asyncio
import smtplib
import socket
import stat
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bouncesink.config import load
from bouncesink.daemon import serve
from bouncesink.errors import ConfigError
from bouncesink.operations import open_store
from bouncesink.tokens import make_token, today_utc

from .dsn import dsn
from .support import Running, running_daemon, wait_for_state, write_config
from .test_tls import make_certificate

KEY = b"lmtp-test-key-0123456789"
TOKENS = f'[tokens]\nmode = "enforce"\nkeys = ["1:{KEY.decode()}"]\nsigning_key = 1\n'

Reply = tuple[int, bytes]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def return_path(address: str) -> str:
    """The signed return path a sender uses for `address`."""
    local = make_token(1, KEY, today_utc(datetime.now(UTC)), address=address)
    return f"{local}@bounces.example.org"


def lmtp_config(tmp_path: Path, extra: str = "", smtp_extra: str = "") -> tuple[Path, int]:
    port = free_port()
    lmtp = f'[lmtp]\nlisten = "127.0.0.1:{port}"\nsocket = "lmtp.sock"\nsocket_mode = 0o600\n'
    url = f"sqlite:///{tmp_path / 'bouncesink.db'}"
    return write_config(tmp_path, url, lmtp + extra, smtp_extra), port


@pytest.fixture
async def daemon(tmp_path: Path) -> AsyncIterator[tuple[Running, int]]:
    """The daemon with [lmtp] on a free port and on ``lmtp.sock``, tokens enforced."""
    config_path, port = lmtp_config(tmp_path, TOKENS)
    async with running_daemon(config_path) as running:
        yield running, port


def transaction(
    where: tuple[str, int], recipients: list[str], raw: bytes
) -> tuple[list[Reply], list[Reply]]:
    """One LMTP transaction: the reply to each RCPT, then every reply after DATA (one per
    accepted recipient, RFC 2033 4.2: smtplib's LMTP client reads the first one, the others
    are read one by one)."""
    host, port = where
    with smtplib.LMTP(host, port, timeout=30) as client:
        code, _ = client.ehlo()  # smtplib.LMTP says LHLO
        assert code == 250
        assert client.mail("")[0] == 250
        at_rcpt = [client.rcpt(r) for r in recipients]
        accepted = sum(1 for code, _ in at_rcpt if code == 250)
        after_data = [client.data(raw)] if accepted else []
        after_data += [client.getreply() for _ in range(accepted - 1)]
        return at_rcpt, after_data


async def test_one_reply_per_accepted_recipient_in_order(daemon: tuple[Running, int]) -> None:
    running, port = daemon
    first, second = return_path("gone@example.com"), return_path("other@example.net")
    forged = "b-aaaaaaaaaaaaaaaaaaaaaaaaaaaa@bounces.example.org"
    recipients = [first, forged, second, "postmaster@example.com"]
    at_rcpt, after_data = await asyncio.to_thread(
        transaction, ("127.0.0.1", port), recipients, dsn("gone@example.com")
    )
    assert [code for code, _ in at_rcpt] == [250, 550, 250, 550]
    assert b"not a valid return path" in at_rcpt[1][1]
    assert b"relay access denied" in at_rcpt[3][1]
    assert [code for code, _ in after_data] == [250, 250]
    assert after_data[0][1].startswith(f"2.0.0 <{first}> OK: stored as ".encode())
    assert after_data[1][1].startswith(f"2.0.0 <{second}> OK: stored as ".encode())
    message_id = int(after_data[0][1].rsplit(b" ", 1)[1])
    assert after_data[1][1].endswith(b" %d" % message_id)  # one message for both

    info = await wait_for_state(running.config_path, "gone@example.com", "suppressed")
    assert (info["state"], info["reason"]) == ("suppressed", "userunknown")
    store = open_store(load(running.config_path))
    try:
        (stored,) = await store.stored_messages(0, 10)
    finally:
        await store.close()
    assert (stored.id, stored.rcpt_to, stored.trust) == (message_id, (first, second), "signed")


async def test_a_store_failure_is_451_for_every_recipient(daemon: tuple[Running, int]) -> None:
    running, port = daemon
    recipients = [return_path("a@example.com"), return_path("b@example.com")]
    store = open_store(load(running.config_path))
    try:
        async with store.engines.writer.begin() as conn:
            await conn.execute(text("ALTER TABLE messages RENAME TO messages_away"))
        _, after_data = await asyncio.to_thread(
            transaction, ("127.0.0.1", port), recipients, dsn("a@example.com")
        )
        assert [code for code, _ in after_data] == [451, 451]
        for reply, recipient in zip(after_data, recipients, strict=True):
            assert reply[1].startswith(f"4.3.0 <{recipient}> ".encode())
        async with store.engines.writer.begin() as conn:
            await conn.execute(text("ALTER TABLE messages_away RENAME TO messages"))
        assert await store.stored_messages(0, 10) == []
        # the MTA tries again, and now it lands
        _, after_data = await asyncio.to_thread(
            transaction, ("127.0.0.1", port), recipients, dsn("a@example.com")
        )
        assert [code for code, _ in after_data] == [250, 250]
    finally:
        await store.close()
    info = await wait_for_state(running.config_path, "a@example.com", "suppressed")
    assert info["state"] == "suppressed"


async def test_unix_socket_lhlo_and_what_lmtp_refuses(daemon: tuple[Running, int]) -> None:
    running, _ = daemon
    path = running.config_path.parent / "lmtp.sock"
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # [lmtp].socket_mode

    def talk() -> tuple[Reply, Reply, list[Reply]]:
        with smtplib.LMTP(str(path), timeout=30) as client:  # a path: AF_UNIX
            helo = client.helo("mta.example.net")  # HELO and EHLO are not LMTP
            code, lhlo = client.ehlo("mta.example.net")
            assert code == 250
            assert client.has_extn("pipelining") and client.has_extn("enhancedstatuscodes")
            client.mail("")
            client.rcpt(return_path("c@example.com"))
            client.rcpt(return_path("d@example.com"))
            replies = [client.data(dsn("c@example.com")), client.getreply()]
            return helo, (code, lhlo), replies

    helo, _, replies = await asyncio.to_thread(talk)
    assert helo[0] == 500
    assert [code for code, _ in replies] == [250, 250]
    await wait_for_state(running.config_path, "c@example.com", "suppressed")


async def test_too_large_is_552_for_every_recipient(tmp_path: Path) -> None:
    config_path, port = lmtp_config(tmp_path, smtp_extra="max_message_size = 20000")
    recipients = ["x@bounces.example.org", "y@bounces.example.org"]
    raw = dsn("big@example.com") + b"x" * 30000 + b"\r\n"
    async with running_daemon(config_path):
        _, after_data = await asyncio.to_thread(transaction, ("127.0.0.1", port), recipients, raw)
    assert [code for code, _ in after_data] == [552, 552]
    assert all(b"5.3.4" in message for _, message in after_data)


async def test_the_socket_is_removed_on_stop_and_a_taken_port_is_named(tmp_path: Path) -> None:
    config_path, port = lmtp_config(tmp_path)
    async with running_daemon(config_path):
        assert (tmp_path / "lmtp.sock").exists()
    assert not (tmp_path / "lmtp.sock").exists()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with pytest.raises(ConfigError, match=rf"\[lmtp\]\.listen: .*127\.0\.0\.1:{port}"):
            await asyncio.wait_for(serve(load(config_path)), 30)
    assert not (tmp_path / "lmtp.sock").exists()


async def test_smtp_require_tls_does_not_apply_to_lmtp(tmp_path: Path) -> None:
    """[smtp].require_tls guards the public MX; the MTA's LMTP hand-over needs no STARTTLS."""
    make_certificate(tmp_path)
    tls = 'tls_cert = "cert.pem"\ntls_key = "key.pem"\nrequire_tls = true'
    config_path, port = lmtp_config(tmp_path, smtp_extra=tls)
    async with running_daemon(config_path) as running:
        _, after_data = await asyncio.to_thread(
            transaction, ("127.0.0.1", port), ["x@bounces.example.org"], dsn("t@example.com")
        )
        assert [code for code, _ in after_data] == [250]
        await wait_for_state(running.config_path, "t@example.com", "suppressed")
