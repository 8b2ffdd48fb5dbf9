"""A bounce mailbox read over POP3 from a real Dovecot by a real daemon: each bounce stored,
then deleted (DELE, carried out at QUIT); a non-bounce left on the server and not downloaded
again; a store failure deletes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from bouncesink.config import load
from bouncesink.mailbox.pop3 import Pop3Session
from bouncesink.mailbox.server import Server
from bouncesink.operations import open_store

from ..support import running_daemon
from .conftest import Dovecot
from .test_imap import (
    EXIM,
    EXIM_RCPT,
    NOT_BOUNCE,
    POSTFIX,
    POSTFIX_RCPT,
    mailbox_config,
    state_of,
    until,
    until_state,
)


def retrieved(log: str) -> int:
    """Messages downloaded over POP3, as Dovecot counts them ("retr=N/bytes" per session)."""
    return sum(int(n) for n in re.findall(r"pop3\(.*retr=(\d+)/", log))


async def test_bounces_are_stored_then_deleted_and_a_non_bounce_stays(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    dovecot.append(POSTFIX.read_bytes())
    dovecot.append(NOT_BOUNCE.read_bytes())
    dovecot.append(EXIM.read_bytes())
    config = mailbox_config(tmp_path, dovecot, dovecot.url("pop3s"), extra="poll_seconds = 0.3")
    async with running_daemon(config):
        assert await until(lambda: dovecot.pop3_count() == 1), dovecot.log
        assert await until_state(config, POSTFIX_RCPT, "suppressed")
        assert await until_state(config, EXIM_RCPT, "suppressed")
        assert await state_of(config, "peter@people.example") is None  # the reply: nothing
        sessions = dovecot.log.count("pop3(")
        # a few more rounds: the message left there is not downloaded again
        assert await until(lambda: dovecot.log.count("pop3(") >= sessions + 3)
    (left,) = dovecot.messages("INBOX")
    assert b"Subject: Re: your mail could not be delivered?" in left
    assert retrieved(dovecot.log) == 3  # each message once


async def test_a_message_over_the_size_limit_is_left_and_not_downloaded(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    dovecot.append(POSTFIX.read_bytes())  # 2,816 bytes
    config = mailbox_config(
        tmp_path,
        dovecot,
        dovecot.url("pop3s"),
        extra="poll_seconds = 0.3",
        smtp="max_message_size = 2500",
    )
    async with running_daemon(config):
        assert await until(lambda: dovecot.log.count("pop3(") >= 3), dovecot.log
    assert dovecot.pop3_count() == 1
    assert retrieved(dovecot.log) == 0  # its size from LIST was enough


async def test_store_failure_deletes_nothing(
    tmp_path: Path, dovecot: Dovecot, caplog: pytest.LogCaptureFixture
) -> None:
    config = mailbox_config(tmp_path, dovecot, dovecot.url("pop3s"), extra="poll_seconds = 0.3")
    async with running_daemon(config):
        store = open_store(load(config))
        try:
            async with store.engines.writer.begin() as conn:
                await conn.execute(text("ALTER TABLE messages RENAME TO messages_away"))
            dovecot.append(POSTFIX.read_bytes())
            assert await until(lambda: "left on the server" in caplog.text), caplog.text
            assert dovecot.pop3_count() == 1
            async with store.engines.writer.begin() as conn:
                await conn.execute(text("ALTER TABLE messages_away RENAME TO messages"))
        finally:
            await store.close()
        assert await until(lambda: dovecot.pop3_count() == 0), caplog.text
        assert await until_state(config, POSTFIX_RCPT, "suppressed")


def test_stls_and_clear_text_sessions(dovecot: Dovecot) -> None:
    """pop3:// upgraded with STLS (the certificate verified), and in clear text (what
    allow_plaintext permits): list, fetch, delete; nothing is deleted without QUIT."""
    dovecot.append(POSTFIX.read_bytes())
    for stls in (True, False):
        target = Server(
            "127.0.0.1",
            dovecot.ports["pop3"],
            implicit_tls=False,
            upgrade=stls,
            context=dovecot.context() if stls else None,
            timeout=10,
        )
        session = Pop3Session(target, dovecot.user, dovecot.password)
        ((number, uid, size),) = session.messages()
        assert uid and size >= len(POSTFIX.read_bytes())
        assert b"Undelivered Mail Returned to Sender" in session.fetch(number)
        session.delete(number)
        if stls:
            session.abort()  # no QUIT: the deletion is not carried out
            assert dovecot.pop3_count() == 1
        else:
            session.commit()
            assert dovecot.pop3_count() == 0
