"""The SMTP front door: signed return paths, session limits, long lines, null sender."""

from __future__ import annotations

import asyncio
import smtplib
import socket
from datetime import date
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncesink.smtp import BounceSMTP, SessionGate
from bouncesink.tokens import make_token

from .dsn import dsn
from .support import check, running_daemon, send, wait_for_state, write_config

KEY = "secret-key-0123456789"
TOKENS = '[tokens]\nmode = "{mode}"\nkeys = ["3:' + KEY + '"]\nsigning_key = 3\n'


def token_for(address: str) -> str:
    return make_token(3, KEY.encode(), date.today(), address=address) + "@bounces.example.org"


def rcpt(host: str, port: int, address: str) -> tuple[int, bytes]:
    with smtplib.SMTP(host, port, timeout=30) as client:
        client.ehlo()
        client.mail("")
        return client.rcpt(address)


async def test_enforce_refuses_forged_return_paths(tmp_path: Path) -> None:
    config = write_config(
        tmp_path, f"sqlite:///{tmp_path}/db.sqlite", TOKENS.format(mode="enforce")
    )
    async with running_daemon(config) as d:
        code, text = await asyncio.to_thread(rcpt, d.host, d.port, "b-1@bounces.example.org")
        assert (code, b"5.7.1" in text) == (550, True)
        good = token_for("ann@example.com")
        forged = good[:20] + ("a" if good[20] != "a" else "b") + good[21:]
        code, _ = await asyncio.to_thread(rcpt, d.host, d.port, forged)
        assert code == 550
        code, _ = await asyncio.to_thread(rcpt, d.host, d.port, token_for("ann@example.com"))
        assert code == 250


async def test_signed_bounce_suppresses_the_token_recipient_not_the_claimed_one(
    tmp_path: Path,
) -> None:
    """A DSN from a forwarding address names another recipient: the token's one is ours."""
    config = write_config(
        tmp_path, f"sqlite:///{tmp_path}/db.sqlite", TOKENS.format(mode="enforce")
    )
    async with running_daemon(config) as d:
        raw = dsn("ann.forwarded@elsewhere.example")
        await asyncio.to_thread(send, d.host, d.port, raw, token_for("ann@example.com"))
        info = await wait_for_state(config, "ann@example.com", "suppressed")
        assert (info["state"], info["reason"]) == ("suppressed", "userunknown")
        code, (other,) = await asyncio.to_thread(check, config, "ann.forwarded@elsewhere.example")
        assert code == 1 and other["state"] == "active"


async def test_tag_mode_records_unsigned_bounces_without_suppressing(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite", TOKENS.format(mode="tag"))
    async with running_daemon(config) as d:
        await asyncio.to_thread(send, d.host, d.port, dsn("victim@example.com", msgid="f"))
        await asyncio.to_thread(
            send, d.host, d.port, dsn("real@example.com", msgid="r"), token_for("real@example.com")
        )
        real = await wait_for_state(config, "real@example.com", "suppressed")
        assert real["state"] == "suppressed"
        # processed in the same order: the unsigned one was recorded first, and changed nothing
        _, (victim,) = await asyncio.to_thread(check, config, "victim@example.com")
        assert victim["state"] == "active"
        assert victim["found"] is True  # recorded and visible, for the operator


async def test_sessions_beyond_the_limit_get_421(tmp_path: Path) -> None:
    config = write_config(
        tmp_path, f"sqlite:///{tmp_path}/db.sqlite", smtp_extra="max_sessions = 1"
    )
    async with running_daemon(config) as d:
        first = await asyncio.to_thread(smtplib.SMTP, d.host, d.port, timeout=30)
        try:
            with pytest.raises(smtplib.SMTPConnectError) as info:
                await asyncio.to_thread(smtplib.SMTP, d.host, d.port, timeout=30)
            assert info.value.smtp_code == 421
        finally:
            await asyncio.to_thread(first.quit)
        # the slot is free again once the first session ended
        await asyncio.sleep(0.1)
        second = await asyncio.to_thread(smtplib.SMTP, d.host, d.port, timeout=30)
        await asyncio.to_thread(second.quit)


def test_session_gate_limits_each_client_per_minute() -> None:
    now = [0.0]
    gate = SessionGate(max_sessions=100, per_ip_per_minute=2, clock=lambda: now[0])
    assert gate.admit("192.0.2.1") is None
    assert gate.admit("192.0.2.1") is None
    refusal = gate.admit("192.0.2.1")
    assert refusal is not None and refusal.startswith("421 4.7.0")
    assert gate.admit("192.0.2.2") is None  # another client is not affected
    now[0] = 60.5
    assert gate.admit("192.0.2.1") is None
    assert gate.active == 4


async def test_long_lines_and_null_sender_are_accepted(tmp_path: Path) -> None:
    """RFC 5321 says 1000 octets, but real bounces quote longer lines: refusing them loses
    the bounce, so they are accepted up to [smtp].max_line_length."""
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    raw = dsn("long@example.com").replace(b"This is a MIME", b"x" * 5000 + b" This is a MIME")
    async with running_daemon(config) as d:
        await asyncio.to_thread(send, d.host, d.port, raw)
        info = await wait_for_state(config, "long@example.com", "suppressed")
        assert info["state"] == "suppressed"


async def test_oversized_message_is_refused_with_552(tmp_path: Path) -> None:
    config = write_config(
        tmp_path, f"sqlite:///{tmp_path}/db.sqlite", smtp_extra="max_message_size = 2000"
    )
    async with running_daemon(config) as d:
        with pytest.raises(smtplib.SMTPException) as info:
            await asyncio.to_thread(send, d.host, d.port, dsn("big@example.com") + b"y" * 5000)
        assert "552" in str(info.value)


async def test_garbage_commands_do_not_hurt_the_server(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    async with running_daemon(config) as d:

        def junk() -> bytes:
            with socket.create_connection((d.host, d.port), timeout=10) as sock:
                sock.recv(1024)
                sock.sendall(
                    b"\x00\xff\xfe garbage\r\nDATA\r\nRCPT TO:<>\r\n" + b"A" * 70000 + b"\r\n"
                )
                sock.sendall(b"QUIT\r\n")
                return sock.recv(65536)

        await asyncio.to_thread(junk)
        await asyncio.to_thread(send, d.host, d.port, dsn("after@example.com"))
        info = await wait_for_state(config, "after@example.com", "suppressed")
        assert info["state"] == "suppressed"


async def test_a_client_stalling_in_data_is_cut_off(tmp_path: Path) -> None:
    """command_timeout bounds a whole DATA transfer too: a slow drip cannot hold a session."""
    config = write_config(
        tmp_path, f"sqlite:///{tmp_path}/db.sqlite", smtp_extra="command_timeout = 1.0"
    )
    async with running_daemon(config) as d:

        def stall() -> bytes:
            with socket.create_connection((d.host, d.port), timeout=30) as sock:
                sock.recv(1024)
                for line in (
                    b"EHLO x",
                    b"MAIL FROM:<>",
                    b"RCPT TO:<b@bounces.example.org>",
                    b"DATA",
                ):
                    sock.sendall(line + b"\r\n")
                    sock.recv(1024)
                sock.sendall(b"Subject: drip\r\n")
                rest = b""
                while chunk := sock.recv(1024):  # until the server closes it
                    rest += chunk
                return rest

        # returns once the server closed the connection (else the 30 s socket timeout raises)
        rest = await asyncio.to_thread(stall)
        assert b"stored" not in rest
        await asyncio.to_thread(send, d.host, d.port, dsn("after-stall@example.com"))
        info = await wait_for_state(config, "after-stall@example.com", "suppressed")
        assert info["state"] == "suppressed"


ADDRESS_ARGUMENTS = [
    "",
    "<>",
    "<user@bounces.example.org>",
    "<user@bounces.example.org> SIZE=1000 BODY=8BITMIME",
    "user@bounces.example.org",
    " <user@bounces.example.org>",
    '<"quoted local"@bounces.example.org>',
    "<@relay.example:user@bounces.example.org>",
    "<user@[192.0.2.1]>",
    "<user@bounces.example.org",
    "<user>",
    "<@>",
    "<a@b@c>",
    "<用户@例子.广告>",
    "<" + "x" * 70 + "@bounces.example.org>",
    "<b-\udcff@bounces.example.org>",
    "<(comment)user@bounces.example.org>",
    "<user.@bounces.example.org>",
    "garbage <user@bounces.example.org>",
    "0@",
    "0@[",
    "<user@>",
]


@settings(max_examples=300, deadline=None)
@given(
    argument=st.one_of(
        st.sampled_from(ADDRESS_ARGUMENTS),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
        st.builds(lambda a, b: f"<{a}@{b}>", st.text(max_size=20), st.text(max_size=20)),
    ),
    limit=st.sampled_from([0, 64]),
)
def test_address_arguments_read_as_aiosmtpd_reads_them(argument: str, limit: int) -> None:
    """BounceSMTP reads MAIL/RCPT arguments with its own copy of aiosmtpd's `_getaddr`
    (without a class built per call): the answers must stay aiosmtpd's, except that an
    argument the standard library's parser fails on is unparsable rather than an error."""
    ours = BounceSMTP.__new__(BounceSMTP)
    theirs = SMTP.__new__(SMTP)
    ours.local_part_limit = theirs.local_part_limit = limit
    try:
        expected = theirs._getaddr(argument)
    except Exception:  # the standard library's parser failing: unparsable for us
        expected = (None, None)
    assert ours._getaddr(argument) == expected


async def test_an_address_the_parser_fails_on_is_refused_as_malformed(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    async with running_daemon(config) as d:

        def mail_from(host: str, port: int) -> tuple[int, bytes]:
            with smtplib.SMTP(host, port, timeout=30) as client:
                client.ehlo()
                return client.docmd("MAIL FROM:0@")

        code, _ = await asyncio.to_thread(mail_from, d.host, d.port)
        assert code == 553
