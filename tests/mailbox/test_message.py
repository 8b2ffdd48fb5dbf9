"""A fetched message as the SMTP front would have received it: the envelope from the header
the delivering server wrote, the return-path token from the recipient, the parser's verdict."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bouncesink.config import from_dict
from bouncesink.errors import ConfigError
from bouncesink.mailbox import access
from bouncesink.mailbox.message import envelope, incoming, is_bounce
from bouncesink.tokens import TokenPolicy, make_token

from ..conftest import DATA

KEY = "mailbox-token-key-0123456789"
TOKENS = TokenPolicy("tag", {1: KEY.encode()}, 45)
NOW = datetime.now(UTC)


def message(*headers: str) -> bytes:
    """A lab bounce with header lines on top, as the delivering server adds them."""
    top = "".join(f"{line}\r\n" for line in headers).encode()
    return top + (DATA / "postfix_lab_user_unknown.eml").read_bytes()


def test_envelope_from_the_delivering_servers_header() -> None:
    raw = message(
        "Return-Path: <>",
        "Delivered-To: Bounces@Example.org",
        "X-Original-To: b-list@bounces.example.org",
        "Delivered-To: bounces@example.org",  # a second hop: the same address once
        "Envelope-To: not an address",
    )
    assert envelope(raw) == ("", ("bounces@example.org", "b-list@bounces.example.org"))


def test_header_lines_of_the_returned_message_are_not_the_envelope() -> None:
    """Only the top header counts: the bounce quotes the original's own headers below."""
    original = (DATA / "postfix_lab_user_unknown.eml").read_bytes()
    assert envelope(b"Delivered-To: bounces@example.org\n" + original) == (
        "",
        ("bounces@example.org",),
    )


@pytest.mark.parametrize(
    "recipient",
    ["{token}@bounces.example.org", "bounces+{token}@example.org", "BOUNCES+{token}@example.org"],
)
def test_a_token_as_local_part_or_subaddress_signs_the_message(recipient: str) -> None:
    token = make_token(1, KEY.encode(), date.today(), address="gone@example.com")
    raw = message(f"Delivered-To: {recipient.format(token=token)}")
    item = incoming(raw, TOKENS, NOW, source="imaps://mail.example.org/INBOX")
    assert (item.trust, item.token) == ("signed", token)
    assert item.peer == "imaps://mail.example.org/INBOX"


def test_without_a_valid_token_the_message_is_unsigned_or_unchecked() -> None:
    forged = make_token(1, b"another-key-0123456789", date.today(), address="gone@example.com")
    raw = message(f"Delivered-To: bounces+{forged}@example.org")
    assert incoming(raw, TOKENS, NOW).trust == "unsigned"
    off = TokenPolicy("off", {}, 45)
    assert (incoming(raw, off, NOW).trust, incoming(raw, off, NOW).token) == ("unchecked", None)


@pytest.mark.parametrize(
    ("name", "bounce"),
    [
        ("lab/exim/m-barracuda-nouser-rcpt-0-failed.eml", True),
        ("arf_01.eml", True),  # a complaint is a report too
        ("vacation_01.eml", True),  # an auto-reply is recorded (kind autoreply)
        ("not_bounce_01.eml", False),  # a person quoting "550 5.1.1 user unknown"
        ("not_bounce_02.eml", False),
    ],
)
def test_the_parser_decides_what_is_a_bounce(name: str, bounce: bool) -> None:
    assert is_bounce((DATA / name).read_bytes()) is bounce


def mailbox(**keys: object) -> dict[str, object]:
    return {"url": "imaps://mail.example.org", "username": "u", "password": "p", **keys}


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ({"url": "https://mail.example.org"}, "[mailboxes][0].url: expected imaps://"),
        ({"url": "imaps://u:p@mail.example.org"}, "[mailboxes][0].url: expected no credent"),
        ({"url": "imap://mail.example.org/INBOX"}, "[mailboxes][0].url: expected no path"),
        ({"password": ""}, "[mailboxes][0].password_file: give password or password_file"),
        ({"password_file": "p.txt"}, "[mailboxes][0].password_file: give password or"),
        ({"allow_plaintext": True}, "[mailboxes][0].allow_plaintext: only for imap:// and"),
        ({"processed_folder": "INBOX"}, "[mailboxes][0].processed_folder: folder, processed"),
        ({"poll_seconds": 0}, "[mailboxes][0].poll_seconds: expected a number greater"),
        ({"folder": "A\r\nB"}, "[mailboxes][0].folder: expected a folder name"),
        ({"folder": "Gelöscht"}, "[mailboxes][0].folder: expected a folder name in ASCII"),
        ({"idle": "yes"}, "[mailboxes][0].idle: expected bool"),
        ({"passwd": "x"}, "[mailboxes][0].passwd: unknown key"),
    ],
)
def test_configuration_errors_name_the_key(table: dict[str, object], error: str) -> None:
    with pytest.raises(ConfigError) as info:
        from_dict({"mailboxes": [mailbox(**table)]})
    assert str(info.value).startswith(error), info.value


def test_two_mailboxes_need_two_names_and_a_table_is_not_an_array() -> None:
    with pytest.raises(ConfigError, match=r"\[mailboxes\]\[1\]\.name: 'u@mail.example.org'"):
        from_dict({"mailboxes": [mailbox(), mailbox()]})
    from_dict({"mailboxes": [mailbox(), mailbox(name="second")]})
    with pytest.raises(ConfigError, match=r"expected \[\[mailboxes\]\] tables"):
        from_dict({"mailboxes": mailbox()})


def test_defaults_and_ports() -> None:
    config = from_dict(
        {"mailboxes": [mailbox(), mailbox(url="pop3://m.example.org:1110", name="b")]}
    )
    first, second = config.mailboxes
    assert (first.protocol, first.port, first.implicit_tls, first.folder) == (
        "imap",
        993,
        True,
        "INBOX",
    )
    assert (second.protocol, second.port, second.implicit_tls) == ("pop3", 1110, False)
    assert "p" not in repr(first).split("username=")[1].split(",")[0]  # the password: no repr


def test_password_file_is_read_at_start_and_its_absence_named(tmp_path: Path) -> None:
    (tmp_path / "pass").write_text("s3cret\nsecond line ignored\n")
    base = {"url": "imaps://m.example.org", "username": "u", "password_file": "pass"}
    (login,) = access(from_dict({"mailboxes": [base]}, base_dir=tmp_path))
    assert login.password == "s3cret"
    assert "s3cret" not in repr(login)
    missing = from_dict({"mailboxes": [{**base, "password_file": "nope"}]}, base_dir=tmp_path)
    with pytest.raises(ConfigError, match=r"\[mailboxes\]\[0\]\.password_file: cannot read .*nope"):
        access(missing)
    bad_ca = from_dict({"mailboxes": [{**base, "tls_ca_file": "pass"}]}, base_dir=tmp_path)
    with pytest.raises(ConfigError, match=r"\[mailboxes\]\[0\]\.tls_ca_file: cannot load"):
        access(bad_ca)
