"""One address parser for every face: the command line, the API, the policy service, CSV
imports and the SMTP server read addresses alike and refuse with one message."""

from __future__ import annotations

import asyncio
import smtplib
from pathlib import Path

import pytest

from bouncesink.errors import AddressError
from bouncesink.pipeline import address_problem, parse_address
from bouncesink.policyd import PolicyService
from bouncesink.store import Store

from .test_cli_errors import run

NOT_ADDRESSES = [
    "a@example.com,b@example.com",
    "a@example.com b@example.com",
    "x@",
    "",
    "@example.com",
    "a@@b.com",
    "a@b",
    "a@-b.com",
    "a@b..com",
    "a;b@example.com",
]
ADDRESSES = {
    "Ann@Example.COM": "ann@example.com",
    "<b@example.com>": "b@example.com",
    '"a b"@example.com': '"a b"@example.com',
    "josé@exämple.de": "josé@exämple.de",
    "x+tag@[192.0.2.1]": "x+tag@[192.0.2.1]",
}


@pytest.mark.parametrize("given", NOT_ADDRESSES)
def test_not_an_address(given: str) -> None:
    with pytest.raises(AddressError) as caught:
        parse_address(given)
    assert str(caught.value) == address_problem(given)


@pytest.mark.parametrize(("given", "expected"), ADDRESSES.items())
def test_an_address(given: str, expected: str) -> None:
    assert parse_address(given) == expected


@pytest.mark.parametrize(
    "command",
    [
        ["check", "a@example.com,b@example.com"],
        ["check", "x@"],
        ["check", ""],
        ["suppress", "a@@b.com"],
        ["unsuppress", "x@"],
    ],
    ids=lambda c: f"{c[0]} {c[1]!r}",
)
def test_the_command_line_refuses_with_the_message(tmp_path: Path, command: list[str]) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    out = run(*command, cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip() == f"bouncesink: {address_problem(command[1])}"
    assert out.stdout == ""


@pytest.mark.parametrize("command", ["check", "suppress"])
def test_a_bad_address_is_said_before_a_missing_database(tmp_path: Path, command: str) -> None:
    out = run(command, "x@", cwd=tmp_path)
    assert (out.returncode, out.stderr.strip()) == (2, f"bouncesink: {address_problem('x@')}")
    assert not (tmp_path / "bouncesink.db").exists()


def test_suppress_stores_nothing_for_a_bad_address(tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    assert run("suppress", "ok@example.com", "a@@b.com", cwd=tmp_path).returncode == 2
    listed = run("list", "--state", "any", "--json", cwd=tmp_path)
    assert listed.stdout == ""


def test_unsuppress_of_an_unknown_address_says_so(tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    out = run("unsuppress", "nobody@example.com", cwd=tmp_path)
    assert out.returncode == 1
    assert (
        out.stdout.strip()
        == "nobody@example.com: nothing to unsuppress (no record of this address)"
    )
    listed = run("list", "--state", "any", "--json", cwd=tmp_path)
    assert listed.stdout == ""
    assert run("suppress", "some@example.com", cwd=tmp_path).returncode == 0
    out = run("unsuppress", "some@example.com", "nobody@example.com", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stdout.splitlines()[0] == "some@example.com: unsuppressed"
    check = run("check", "some@example.com", "nobody@example.com", cwd=tmp_path)
    assert check.stdout.splitlines()[0].startswith("some@example.com: active")
    assert "no bounce recorded" in check.stdout.splitlines()[1]


def test_csv_import_skips_what_is_not_an_address(tmp_path: Path) -> None:
    (tmp_path / "list.csv").write_text("email\nok@example.com\na@@b.com\n")
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    out = run("import", "list.csv", cwd=tmp_path)
    assert out.returncode == 1
    assert f"list.csv:3: skipped: {address_problem('a@@b.com')}" in out.stderr


async def test_the_policy_service_answers_dunno_for_a_non_address(store: Store) -> None:
    service = PolicyService(store)
    request = {"request": "smtpd_access_policy", "recipient": "a@@b.com"}
    assert await service.answer(request) == "DUNNO"


def test_smtp_refuses_a_recipient_that_is_not_an_address(tmp_path: Path) -> None:
    from .support import write_config

    async def session() -> tuple[int, bytes]:
        from .support import running_daemon

        async with running_daemon(write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")) as d:

            def rcpt() -> tuple[int, bytes]:
                with smtplib.SMTP(d.host, d.port, timeout=10) as client:
                    client.ehlo()
                    client.mail("")
                    return client.rcpt("a@@bounces.example.org")

            return await asyncio.to_thread(rcpt)

    code, _ = asyncio.run(session())
    assert code == 553


def test_the_parsers_recipients_are_read_as_the_faces_read_them() -> None:
    """A recipient a parser found is stored as parse_address gives it, so that every stored
    address can be asked for; one that is not an address gives no event (it could never be
    looked up) and the message's other records are kept."""
    from bouncesink.pipeline import process_message
    from bouncesink.types import (
        Category,
        Classification,
        Kind,
        MessageType,
        Reason,
        RecipientRecord,
        Report,
    )

    records = tuple(
        RecipientRecord(recipient=r, status="5.1.1")
        for r in ("<Ann@Example.COM>", "a@@b.com", "bob@example.org.")
    )
    report = Report(message_type=MessageType.DSN, records=records)
    verdict = Classification(Kind.HARD, Category.BAD_MAILBOX, Reason.USERUNKNOWN, "status:5.1.1")
    outcome = process_message(1, b"", lambda raw: report, lambda record, report: verdict)
    assert [(e.record_index, e.address) for e in outcome.events] == [
        (0, "ann@example.com"),
        (2, "bob@example.org"),
    ]
