"""A bounce mailbox read over IMAP from a real Dovecot by a real daemon: each bounce stored,
then moved to the processed folder; a non-bounce moved aside; IDLE; a store or server failure
leaves the message on the server; a wrong password is one log line and a retry."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from bouncesink.config import load
from bouncesink.mailbox.imap import ImapSession
from bouncesink.mailbox.server import Server
from bouncesink.operations import open_store
from bouncesink.tokens import make_token

from ..conftest import DATA
from ..support import check, running_daemon, write_config
from .conftest import NOT_BOUNCES, PROCESSED, Dovecot, free_ports

# Real bounces from the lab (tests/data/lab: Postfix and Exim, each about one recipient whose
# server said the user does not exist) and a person's reply that quotes a "550 5.1.1".
POSTFIX = DATA / "lab/postfix/m-aol-notfound-rcpt-0-failed.eml"
POSTFIX_RCPT = "m-aol-notfound-rcpt@c31.reject.example.test"
EXIM = DATA / "lab/exim/m-barracuda-nouser-rcpt-0-failed.eml"
EXIM_RCPT = "m-barracuda-nouser-rcpt@c127.reject.example.test"
OPENSMTPD = DATA / "lab/opensmtpd/m-free-unknown-rcpt-0-failed.eml"
OPENSMTPD_RCPT = "m-free-unknown-rcpt@c41.reject.example.test"
NOT_BOUNCE = DATA / "not_bounce_01.eml"  # mentions peter@people.example and a 550 5.1.1
KEY = "mailbox-token-key-0123456789"
TOKEN = "mailbox-read-token-0123"


def mailbox_config(
    tmp_path: Path, server: Dovecot, url: str, *, extra: str = "", top: str = "", smtp: str = ""
) -> Path:
    (tmp_path / "mailbox.pass").write_text(server.password + "\n")
    path = write_config(
        tmp_path,
        f"sqlite:///{tmp_path}/db.sqlite",
        extra=(
            f"{top}\n[[mailboxes]]\n"
            f'url = "{url}"\nusername = "{server.user}"\npassword_file = "mailbox.pass"\n'
            f'tls_ca_file = "{server.cert}"\n{extra}\n'
        ),
        smtp_extra=smtp,
    )
    # parsing in a thread of the daemon: no worker process to start for a few messages; the
    # API on, to ask for an address's state (the check command's start-up is slow to repeat)
    (port,) = free_ports(1)
    text = path.read_text().replace("[processing]\n", "[processing]\nprocesses = 0\n")
    api = f'[api]\nlisten = "127.0.0.1:{port}"\nread_tokens = ["{TOKEN}"]\n'
    path.write_text(text.replace('[api]\nlisten = ""\n', api))
    return path


async def state_of(config: Path, address: str) -> str | None:
    """The address's state through the daemon's API (None: no record of it)."""
    api = load(config).api
    async with httpx.AsyncClient(base_url=f"http://{api.host}:{api.port}", timeout=10) as client:
        got = await client.get(
            f"/v1/suppressions/{address}", headers={"Authorization": f"Bearer {TOKEN}"}
        )
    if got.status_code == 404:
        return None
    assert got.status_code == 200, got.text
    state = got.json()["state"]
    assert isinstance(state, str)
    return state


async def until_state(config: Path, address: str, state: str, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while await state_of(config, address) != state:
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


async def until(condition: Callable[[], bool], seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while not await asyncio.to_thread(condition):
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


def with_header(path: Path, header: str) -> bytes:
    """The file's message with one header line more on top (as the delivering server adds)."""
    return header.encode() + b"\r\n" + path.read_bytes()


async def test_bounces_are_stored_then_moved_and_a_non_bounce_is_moved_aside(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    """imaps:// with the server's certificate verified (tls_ca_file), tokens in tag mode: the
    bounce whose Delivered-To carries a valid token (as a subaddress) suppresses its address;
    the one without a token is recorded but suppresses nothing; the person's reply is moved
    to the not-bounce folder and recorded nowhere."""
    token = make_token(1, KEY.encode(), date.today(), address=POSTFIX_RCPT)
    dovecot.append(with_header(POSTFIX, f"Delivered-To: bounces+{token}@example.org"))
    dovecot.append(with_header(EXIM, "Delivered-To: bounces@example.org"))
    dovecot.append(NOT_BOUNCE.read_bytes())
    config = mailbox_config(
        tmp_path,
        dovecot,
        dovecot.url("imaps"),
        top=f'[tokens]\nmode = "tag"\nkeys = ["1:{KEY}"]\nsigning_key = 1\n',
    )
    async with running_daemon(config):
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 2), dovecot.log
        assert len(dovecot.messages(NOT_BOUNCES)) == 1
        assert dovecot.messages("INBOX") == []
        assert await until_state(config, POSTFIX_RCPT, "suppressed")
        assert await until_state(config, EXIM_RCPT, "active")  # recorded, not trusted
    # as an operator asks: the check command
    _, (signed, unsigned, quoted) = await asyncio.to_thread(
        check, config, POSTFIX_RCPT, EXIM_RCPT, "peter@people.example"
    )
    assert (signed["state"], signed["reason"]) == ("suppressed", "userunknown")
    assert unsigned["state"] == "active" and unsigned["found"] is True
    assert quoted["found"] is False  # the person's reply recorded nothing
    (aside,) = dovecot.messages(NOT_BOUNCES)
    assert aside.replace(b"\r\n", b"\n") == NOT_BOUNCE.read_bytes().replace(b"\r\n", b"\n")


async def test_idle_picks_up_a_message_appended_while_connected(
    tmp_path: Path, dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    """With polling every 10 minutes, only IDLE can bring a new message in within seconds."""
    caplog.set_level(logging.INFO, logger="bouncesink.mailbox")
    config = mailbox_config(tmp_path, dovecot, dovecot.url("imaps"), extra="poll_seconds = 600")
    async with running_daemon(config):
        dovecot.append(OPENSMTPD.read_bytes())  # taken in the first round
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 1), dovecot.log
        await asyncio.sleep(1)  # the reader is in IDLE now
        appended = time.monotonic()
        dovecot.append(POSTFIX.read_bytes())
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 2, 10), dovecot.log
        print(f"IDLE: stored and moved {time.monotonic() - appended:.2f} s after APPEND")
        assert await until_state(config, POSTFIX_RCPT, "suppressed")
    assert "Logged out" in dovecot.log  # stopped with LOGOUT, not a cut connection
    assert "Disconnected in IDLE" not in dovecot.log


async def test_store_failure_leaves_the_message_on_the_server(
    tmp_path: Path, dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    """The database refuses (its messages table gone): the bounce stays in INBOX, untouched;
    once the database is back, the next round stores and moves it."""
    config = mailbox_config(
        tmp_path, dovecot, dovecot.url("imaps"), extra="idle = false\npoll_seconds = 0.5"
    )
    async with running_daemon(config):
        store = open_store(load(config))
        try:
            async with store.engines.writer.begin() as conn:
                await conn.execute(text("ALTER TABLE messages RENAME TO messages_away"))
            dovecot.append(POSTFIX.read_bytes())
            assert await until(lambda: "left on the server" in caplog.text), caplog.text
            assert len(dovecot.messages("INBOX")) == 1
            assert dovecot.messages(PROCESSED) == []
            async with store.engines.writer.begin() as conn:
                await conn.execute(text("ALTER TABLE messages_away RENAME TO messages"))
        finally:
            await store.close()
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 1), caplog.text
        assert dovecot.messages("INBOX") == []
        assert await until_state(config, POSTFIX_RCPT, "suppressed")
    (line,) = [r for r in caplog.records if "left on the server" in r.getMessage()]
    assert "OperationalError" in line.getMessage() and "mailbox=" in line.getMessage()


async def test_a_message_over_the_size_limit_is_moved_aside_unread(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    """[smtp].max_message_size holds here too: a larger message is not downloaded, stored or
    deleted, but moved to the not-bounce folder for someone to look at."""
    small, large = OPENSMTPD.read_bytes(), POSTFIX.read_bytes()
    assert len(small) < 2500 < len(large)
    dovecot.append(large)
    dovecot.append(small)
    config = mailbox_config(tmp_path, dovecot, dovecot.url("imaps"), smtp="max_message_size = 2500")
    async with running_daemon(config):
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 1), dovecot.log
        assert await until(lambda: len(dovecot.messages(NOT_BOUNCES)) == 1), dovecot.log
        assert await until_state(config, OPENSMTPD_RCPT, "suppressed")
        assert await state_of(config, POSTFIX_RCPT) is None
    assert dovecot.messages(NOT_BOUNCES)[0].replace(b"\r\n", b"\n") == large.replace(b"\r\n", b"\n")


async def test_wrong_password_unreachable_server_untrusted_certificate_one_line_each(
    tmp_path: Path, dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    """Each a line naming its mailbox, and a retry with backoff; none stops the daemon: a
    mailbox well configured is read meanwhile."""
    wrong = "not-the-password-91"
    (closed,) = free_ports(1)  # nothing listens there
    config = mailbox_config(
        tmp_path,
        dovecot,
        dovecot.url("imaps"),
        extra=(
            f'name = "good"\n'
            f'[[mailboxes]]\nname = "wrong-pass"\nurl = "{dovecot.url("imaps")}"\n'
            f'username = "{dovecot.user}"\npassword = "{wrong}"\ntls_ca_file = "{dovecot.cert}"\n'
            f'[[mailboxes]]\nname = "nowhere"\nurl = "imaps://127.0.0.1:{closed}"\n'
            f'username = "{dovecot.user}"\npassword = "{wrong}"\n'
            f'[[mailboxes]]\nname = "self-signed"\nurl = "{dovecot.url("imaps")}"\n'
            f'username = "{dovecot.user}"\npassword = "{dovecot.password}"\n'
        ),
    )
    dovecot.append(POSTFIX.read_bytes())
    async with running_daemon(config):
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 1), caplog.text
        assert await until(lambda: caplog.text.count("mailbox=wrong-pass") >= 2, 20)
        assert await until(lambda: caplog.text.count("mailbox=nowhere") >= 2, 20)
        assert await until(lambda: "mailbox=self-signed" in caplog.text, 20)
    refused = [r.getMessage() for r in caplog.records if "mailbox=wrong-pass" in r.getMessage()]
    assert "login refused" in refused[0] and "retrying in 1 s" in refused[0]
    assert "retrying in 2 s" in refused[1]  # backoff
    assert "\n" not in refused[0]
    unreachable = [r.getMessage() for r in caplog.records if "mailbox=nowhere" in r.getMessage()]
    assert "server unreachable" in unreachable[0] and "Connection refused" in unreachable[0]
    (untrusted, *_) = [r.getMessage() for r in caplog.records if "=self-signed" in r.getMessage()]
    assert "server certificate not trusted" in untrusted and "set tls_ca_file" in untrusted
    assert wrong not in caplog.text and dovecot.password not in caplog.text
    assert "Traceback" not in caplog.text


async def test_the_reader_reconnects_when_the_server_comes_back(
    tmp_path: Path, dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    config = mailbox_config(tmp_path, dovecot, dovecot.url("imaps"), extra="poll_seconds = 600")
    async with running_daemon(config):
        dovecot.append(OPENSMTPD.read_bytes())
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 1), caplog.text
        await asyncio.to_thread(dovecot.stop)
        assert await until(lambda: "server unreachable" in caplog.text, 20), caplog.text
        await asyncio.to_thread(dovecot.start)
        dovecot.append(POSTFIX.read_bytes())
        assert await until(lambda: len(dovecot.messages(PROCESSED)) == 2, 30), caplog.text
        assert await until_state(config, POSTFIX_RCPT, "suppressed")


# -- one connection, against the same server ------------------------------------------------


def session(dovecot: Dovecot, scheme: str = "imaps") -> ImapSession:
    target = Server(
        "127.0.0.1",
        dovecot.ports[scheme],
        implicit_tls=scheme == "imaps",
        upgrade=scheme == "imap",
        context=dovecot.context(),
        timeout=10,
    )
    return ImapSession(target, dovecot.user, dovecot.password, "INBOX")


def test_starttls_idle_renewed_and_move_without_the_move_extension(dovecot: Dovecot) -> None:
    """imap:// upgraded with STARTTLS (certificate verified); an IDLE that times out ends with
    DONE and leaves the connection usable, so IDLE can be renewed; a stop request ends IDLE
    within a tick; COPY + \\Deleted + UID EXPUNGE where a server has no MOVE."""
    imap = session(dovecot, "imap")
    stop = threading.Event()
    try:
        assert imap.can_idle and "MOVE" in imap.capabilities
        assert imap.uids() == []
        for _ in range(2):  # renewed: the first IDLE ended cleanly
            assert imap.idle(0.5, stop) is False
        imap.noop()
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        assert imap.idle(60, stop) is False
        assert time.monotonic() - started < 5
        stop.clear()
        threading.Timer(0.5, dovecot.append, (POSTFIX.read_bytes(),)).start()
        assert imap.idle(60, stop) is True  # "* 1 EXISTS" while idling
        imap.create("elsewhere")
        imap.capabilities = imap.capabilities - {"MOVE"}
        (uid,) = imap.uids()
        imap.move(uid, "elsewhere")
        assert imap.uids() == []
    finally:
        imap.logout()
    assert len(dovecot.messages("elsewhere")) == 1
    assert dovecot.messages("INBOX") == []
