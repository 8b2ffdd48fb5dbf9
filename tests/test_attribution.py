"""Each failed recipient of a bounce that names several gets its own failure, and only its own.

One message per file under tests/data/ (``<family>_multi_NN.eml``), written in the format of
each MTA's own source or documentation, with recipients that failed differently: user unknown
at RCPT, mailbox full, spam refused after DATA, a temporary refusal. For each recipient the
table gives its action, status, reply code, the command refused, and a phrase that only its own
failure contains; the test checks the record has these, and that its diagnostic holds none of
the other recipients' phrases.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bouncesink.parse import parse
from bouncesink.types import Action, MessageType, RecipientRecord

DATA = Path(__file__).parent / "data"

F, D = Action.FAILED, Action.DELAYED
ANY = "(not checked)"  # a command that another detector's format decides


@dataclass(frozen=True)
class Own:
    """What one recipient's record must say (``phrase``: words of its own failure only)."""

    recipient: str
    action: Action
    status: str | None
    reply_code: int | None
    command: str | None
    phrase: str
    remote_mta: str | None = None  # checked when given


CASES: list[tuple[str, MessageType, str | None, list[Own]]] = [
    (  # Postfix bounce(8) text without a delivery-status part: one paragraph per recipient
        "postfix_multi_01.eml",
        MessageType.BOUNCE,
        "postfix",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.alpha.example"),
            Own("bob@beta.example", F, "5.2.2", 552, "RCPT", "Mailbox full", "mx.beta.example"),
            Own("cid@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
            Own("dan@delta.example", F, "4.2.1", 450, "RCPT", "Greylisted"),
            Own("fay@zeta.example", F, None, None, "CONN", "Connection refused"),
        ],
    ),
    (  # Postfix: the server's reply to end of DATA names one recipient, in the paragraph of
        # another that the same reply refused
        "postfix_multi_03.eml",
        MessageType.BOUNCE,
        "postfix",
        [
            Own("ann@alpha.example", F, None, 550, "DATA", "for one or more recipients"),
            Own("bob@alpha.example", F, None, 550, "DATA", "for one or more recipients"),
            Own("cid@beta.example", F, "5.2.2", 552, "RCPT", "Mailbox full", "mx.beta.example"),
        ],
    ),
    (  # Exim 4.9x: the address, then "host x [ip]" and "SMTP error ... after RCPT TO:<a>:",
        # with no blank line before the next address
        "exim_multi_01.eml",
        MessageType.BOUNCE,
        "exim",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.alpha.example"),
            Own("bob@beta.example", F, "5.2.2", 552, "RCPT", "quota exceeded", "mx.beta.example"),
            Own("cid@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
            Own("dan@delta.example", F, "4.7.1", 451, "RCPT", "Greylisted", "mx.delta.example"),
        ],
    ),
    (  # Exim 4.6x: "SMTP error ... after RCPT TO:<a>:" then "host x [ip]: 550 ..."; a
        # routing failure with no SMTP exchange at all
        "exim_multi_02.eml",
        MessageType.BOUNCE,
        "exim",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "No such user"),
            Own("bob@beta.example", F, "4.2.2", 452, "RCPT", "over quota"),
            Own("cid@gamma.example", F, "5.7.1", 554, "DATA", "Spam message"),
            Own("eve@epsilon.example", F, None, None, None, "Unrouteable address"),
        ],
    ),
    (  # Sendmail 8 (savemail.c errbody): "<a>" and "(reason: ...)" lines without blank lines
        # between recipients, then a common transcript where DATA failed for one of them
        "sendmail_multi_01.eml",
        MessageType.BOUNCE,
        "sendmail",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.alpha.example"),
            Own(
                "cid@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam", "mx.gamma.example"
            ),
            Own("bob@beta.example", F, "5.2.2", 552, "RCPT", "Mailbox full", "mx.beta.example"),
        ],
    ),
    (  # Sendmail 8: permanent and transient errors in one message, one session
        "sendmail_multi_02.eml",
        MessageType.BOUNCE,
        "sendmail",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown"),
            Own("cid@alpha.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
            Own("dan@alpha.example", D, "4.7.1", 451, "RCPT", "Greylisted"),
        ],
    ),
    (  # qmail-send: "<a>:" paragraphs; qmail-remote says which step was refused
        "qmail_multi_01.eml",
        MessageType.BOUNCE,
        "qmail",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown"),
            Own("bob@beta.example", F, "5.2.2", 552, "RCPT", "Mailbox full"),
            Own("cid@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
            Own("gus@local.sender.example", F, "5.1.1", None, None, "no mailbox here"),
        ],
    ),
    (  # qmail-send: no such host, sender refused at MAIL, refused after DATA
        "qmail_multi_02.eml",
        MessageType.BOUNCE,
        "qmail",
        [
            Own("ann@alpha.example", F, "5.1.2", None, None, "couldn't find any host"),
            Own("bob@beta.example", F, "5.7.1", 553, "MAIL", "sender was rejected"),
            Own("cid@gamma.example", F, "5.6.0", 554, "DATA", "content rejected"),
        ],
    ),
    (  # Courier: each recipient with its own transcript, and one local failure without any
        "courier_multi_01.eml",
        MessageType.BOUNCE,
        "courier",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.alpha.example"),
            Own("cid@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
            Own("hal@sender.example", F, "5.2.2", 552, None, "quota exceeded"),
            Own("bob@beta.example", F, "5.2.2", 552, "RCPT", "Mailbox full", "mx.beta.example"),
        ],
    ),
    (  # OpenSMTPD (bounce.c): "rcpt: reply" lines, one after the other
        "opensmtpd_multi_01.eml",
        MessageType.BOUNCE,
        "opensmtpd",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, None, "User unknown"),
            Own("cid@gamma.example", F, "5.7.1", 554, None, "rejected as spam"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "Mailbox full"),
        ],
    ),
    (  # Sendmail 8 without reason lines: the list names the recipients, the transcript says
        # DATA was refused, for both
        "sendmail_multi_03.eml",
        MessageType.BOUNCE,
        "sendmail",
        [
            Own(
                "ann@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam", "mx.gamma.example"
            ),
            Own(
                "bob@gamma.example", F, "5.7.1", 554, "DATA", "rejected as spam", "mx.gamma.example"
            ),
        ],
    ),
    (  # Sendmail 5: the transcript alone, two sessions
        "v5sendmail_multi_01.eml",
        MessageType.BOUNCE,
        "v5sendmail",
        [
            Own("ann@legacy.example", F, None, 550, "RCPT", "User unknown", "mx.legacy.example"),
            Own("bob@legacy.example", F, None, 552, "RCPT", "Mailbox full", "mx.legacy.example"),
            Own(
                "cid@other.example", F, None, 554, "DATA", "Service unavailable", "mx.other.example"
            ),
        ],
    ),
    (  # Smail 3: a line per address in the log and in the failed addresses
        "smail_multi_01.eml",
        MessageType.BOUNCE,
        "smail",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, None, "User unknown"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "Mailbox full"),
            Own("hugo@gone-host.example", F, None, None, None, "unknown host"),
        ],
    ),
    (  # Exim's delay warning: "Delay reason:" under each address
        "exim_multi_03.eml",
        MessageType.BOUNCE,
        "exim",
        [
            Own("ann@alpha.example", D, "4.7.1", 451, "RCPT", "Greylisted", "mx.alpha.example"),
            Own("bob@beta.example", D, "4.3.1", 452, "DATA", "system storage", "mx.beta.example"),
        ],
    ),
    (  # Postfix's delay warning (read by the Office 365 entry, whose "Your message could not
        # be delivered" phrase it shares: source not checked)
        "postfix_multi_02.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", D, "4.7.1", 451, "RCPT", "Greylisted", "mx.alpha.example"),
            Own("bob@beta.example", D, None, None, "CONN", "Connection timed out"),
            Own("cid@gamma.example", D, "4.3.1", 452, "DATA", "system storage"),
        ],
    ),
    (  # A report that lists the recipients, then gives one reason for all of them
        "textbounce_multi_01.eml",
        MessageType.BOUNCE,
        "textbounce",
        [
            Own("ann@alpha.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
            Own("bob@beta.example", F, "5.7.1", 554, "DATA", "rejected as spam"),
        ],
    ),
    # Families read by other detectors (source not checked) through the same text machinery.
    (  # Exchange 2003: "did not reach the following recipient(s):", then per recipient its
        # line, the explanation and "<host #X.Y.Z>"; the "To:" line names them all
        "exchange_multi_01.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", F, "5.1.1", None, None, "account does not exist"),
            Own("bob@beta.example", F, "5.2.2", None, None, "mailbox is full"),
            Own("cid@gamma.example", F, "5.7.1", 554, None, "mail system as spam"),
        ],
    ),
    (  # Office 365: each recipient named twice, for the user then with the code
        "office365_multi_01.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", F, "5.1.10", 550, None, "RecipientNotFound"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "QuotaExceeded"),
        ],
    ),
    (  # Domino: one "was not delivered to: / because:" block per recipient
        "domino_multi_01.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", F, None, None, None, "not listed in Domino Directory"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "quota exceeded"),
        ],
    ),
    (  # CommuniGate Pro: "Failed to deliver to '<a>'" then the module's report
        "communigate_multi_01.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", F, "5.1.1", 550, None, "User unknown"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "Mailbox full"),
            Own("cid@gamma.example", F, "5.7.1", 554, None, "rejected as spam"),
        ],
    ),
    (  # GroupWise: the addresses indented, each reply indented under its address
        "groupwise_multi_01.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", F, "5.1.1", 550, None, "User unknown"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "Mailbox full"),
            Own("cid@gamma.example", F, "5.7.1", 554, None, "rejected as spam"),
        ],
    ),
    (  # MDaemon: the recipients, then one session transcript ("--> RCPT To:<a>", "<-- 550")
        "mdaemon_multi_01.eml",
        MessageType.BOUNCE,
        None,
        [
            Own("ann@alpha.example", F, "5.1.1", 550, ANY, "User unknown"),
            Own("bob@beta.example", F, "5.2.2", 552, ANY, "Mailbox full"),
        ],
    ),
]


DSN_CASES: list[tuple[str, list[Own]]] = [
    (  # Courier: a transcript per recipient in the text, a local failure with none; in the
        # delivery-status part a Diagnostic-Code folded across lines and a multi-line reply
        # written without folding ("554-..." then "554 ...")
        "rfc3464_multi_02.eml",
        [
            Own("cid@gamma.example", F, "5.7.1", 554, "DATA", "554 5.7.1 see https://filter"),
            Own("hal@sender.example", F, "5.2.2", None, None, "maildir over quota"),
            Own(
                "ann@alpha.example",
                F,
                "5.1.1",
                550,
                "RCPT",
                "rejected: User unknown in local",
                "mx.alpha.example",
            ),
            Own("dan@delta.example", D, "4.7.1", 451, "RCPT", "Greylisted", "mx.delta.example"),
        ],
    ),
    (  # Exim: Status 5.0.0 and no Diagnostic-Code for a routing failure, whose words are in
        # the text part only, right above the next recipient's SMTP error
        "rfc3464_multi_03.eml",
        [
            Own("eve@epsilon.example", F, "5.0.0", None, None, "Unrouteable address"),
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.alpha.example"),
            Own("bob@beta.example", F, "5.3.4", 552, "DATA", "size exceeds", "mx.beta.example"),
        ],
    ),
    (  # A gateway whose text part words the errors differently (bob: "452 4.2.2 over
        # quota" there, "552 5.2.2 Mailbox full" in his fields): the fields decide
        "rfc3464_multi_04.eml",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, None, "virtual mailbox table"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "Mailbox full"),
            Own("cid@gamma.example", F, "5.7.1", 554, None, "rejected as spam"),
            Own("dan@delta.example", D, "4.4.1", None, "CONN", "timed out"),
        ],
    ),
    (  # Sendmail: the list without reasons, a transcript with a RCPT and a DATA refusal,
        # and a local mailer's failure that no transcript shows
        "rfc3464_multi_05.eml",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.alpha.example"),
            Own("bob@sender.example", F, "5.2.2", None, None, "X-Unix; 73"),
            Own(
                "cid@alpha.example", F, "5.7.1", 554, "DATA", "rejected as spam", "mx.alpha.example"
            ),
        ],
    ),
    (  # No blank line between the blocks, each beginning with its Action (Exim's order)
        "rfc3464_multi_06.eml",
        [
            Own("ann@alpha.example", F, "5.1.1", 550, None, "User unknown", "mx.alpha.example"),
            Own("dan@delta.example", D, "4.4.1", 451, None, "timed out", "mx.delta.example"),
            Own("bob@beta.example", F, "5.2.2", 552, None, "Mailbox full"),
        ],
    ),
    (  # Sendmail: the reasons in the text part and the transcript after them
        "sendmail_02.eml",
        [
            Own("gone@mail.example", F, "5.1.1", 550, "RCPT", "User unknown", "mx.mail.example"),
            Own("suzuki@mail.example", F, "5.7.26", 550, "DATA", "SPF record", "mx.mail.example"),
        ],
    ),
]


def check_own(records: tuple[RecipientRecord, ...], wants: list[Own]) -> None:
    assert [r.recipient for r in records] == [w.recipient for w in wants]
    for rec, want in zip(records, wants, strict=True):
        command = want.command if want.command != ANY else rec.command
        got = (rec.action, rec.status, rec.reply_code, rec.command)
        assert got == (want.action, want.status, want.reply_code, command), want.recipient
        diagnostic = rec.diagnostic or ""
        assert want.phrase in diagnostic, want.recipient
        for other in wants:
            if other.phrase != want.phrase:  # (recipients refused together share it)
                assert other.phrase not in diagnostic, (want.recipient, other.phrase)
        if want.remote_mta is not None:
            assert rec.remote_mta == want.remote_mta, want.recipient
        elif rec.remote_mta is not None:
            # A host is only ever the one that refused this recipient.
            assert all(
                rec.remote_mta != o.remote_mta for o in wants if o.remote_mta and o is not want
            ), want.recipient


@pytest.mark.parametrize(
    ("name", "message_type", "source", "wants"), CASES, ids=[c[0] for c in CASES]
)
def test_each_recipient_gets_its_own_failure(
    name: str, message_type: MessageType, source: str | None, wants: list[Own]
) -> None:
    report = parse((DATA / name).read_bytes())
    assert report.error is None
    assert report.message_type is message_type
    if source is not None:
        assert {r.source for r in report.records} == {source}
    check_own(report.records, wants)


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize(
    ("name", "message_type", "source", "wants"), CASES, ids=[c[0] for c in CASES]
)
def test_attribution_survives_line_endings(
    name: str, message_type: MessageType, source: str | None, wants: list[Own], newline: bytes
) -> None:
    report = parse((DATA / name).read_bytes().replace(b"\n", newline))
    check_own(report.records, wants)


@pytest.mark.parametrize(("name", "wants"), DSN_CASES, ids=[c[0] for c in DSN_CASES])
def test_each_recipient_of_a_dsn_gets_its_own_fields(name: str, wants: list[Own]) -> None:
    report = parse((DATA / name).read_bytes())
    assert report.message_type is MessageType.DSN
    check_own(report.records, wants)


def test_the_delivery_status_fields_win_over_the_text_part() -> None:
    records = {r.recipient: r for r in parse((DATA / "rfc3464_multi_04.eml").read_bytes()).records}
    bob = records["bob@beta.example"]
    assert (bob.status, bob.reply_code) == ("5.2.2", 552)
    assert "over quota" not in (bob.diagnostic or "")
    assert "mailbox unavailable" not in (records["ann@alpha.example"].diagnostic or "")


def test_a_command_word_in_the_address_names_no_command() -> None:
    # Exim says the refusal came after end of data; "rcpt" in the local part says nothing.
    raw = (
        b"From: Mail Delivery System <Mailer-Daemon@out.sender.example>\n"
        b"Subject: Mail delivery failed: returning message to sender\n\n"
        b"This message was created automatically by mail delivery software.\n\n"
        b"A message that you sent could not be delivered to one or more of its\n"
        b"recipients. This is a permanent error. The following address(es) failed:\n\n"
        b"  rcpt-list@alpha.example\n"
        b"    host mx.alpha.example [192.0.2.11]\n"
        b"    SMTP error from remote mail server after end of data:\n"
        b"    554 5.7.1 Message rejected as spam\n"
        b"  data.team@beta.example\n"
        b"    host mx.beta.example [192.0.2.12]\n"
        b"    SMTP error from remote mail server after MAIL FROM:<list@sender.example>:\n"
        b"    553 5.7.1 Sender address rejected\n"
    )
    first, second = parse(raw).records
    assert (first.recipient, first.command) == ("rcpt-list@alpha.example", "DATA")
    assert (second.recipient, second.command) == ("data.team@beta.example", "MAIL")
