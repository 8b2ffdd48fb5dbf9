"""bouncesink.parse over hand-written messages in the shapes real MTAs and providers send.

Each file under tests/data/ is one message named after its origin; the table says what a user
of the parser must get from it. The shared Sisimai corpus is the benchmark (bench/accuracy.py),
not a test fixture.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bouncesink.parse import parse, split_mbox
from bouncesink.types import Action, MessageType, RecipientRecord

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Want:
    """The parts of a record a test cares about (None: not checked)."""

    recipient: str | None
    action: Action
    status: str | None = None
    reply_code: int | None = None
    command: str | None = None
    source: str | None = None
    feedback_type: str | None = None
    diagnostic_has: str | None = None


CASES: list[tuple[str, MessageType, list[Want]]] = [
    (
        "postfix_01.eml",
        MessageType.DSN,
        [
            Want(
                "Anna.Berg@mail.receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "rfc3464",
                diagnostic_has="User unknown in virtual mailbox table",
            )
        ],
    ),
    (
        "postfix_02.eml",
        MessageType.DSN,
        [
            Want(
                "olav@slow.example",
                Action.DELAYED,
                "4.4.1",
                None,
                "CONN",
                "rfc3464",
                diagnostic_has="Connection timed out",
            )
        ],
    ),
    (
        "exim_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "karl.moser@firma.example",
                Action.FAILED,
                "5.2.1",
                550,
                "RCPT",
                "exim",
                diagnostic_has="Mailbox disabled",
            )
        ],
    ),
    (  # Exim's DSN says 5.0.0; the real code is in the diagnostic
        "exim_02.eml",
        MessageType.DSN,
        [Want("lena@full.example", Action.FAILED, "5.2.2", 552, "DATA", "rfc3464")],
    ),
    (  # folded Diagnostic-Code, command from the SMTP transcript
        "sendmail_01.eml",
        MessageType.DSN,
        [
            Want(
                "tanaka@corp.example",
                Action.FAILED,
                "5.7.1",
                550,
                "DATA",
                "rfc3464",
                diagnostic_has="Message rejected due to content restrictions",
            )
        ],
    ),
    (  # a delay warning in plain text
        "exim_03.eml",
        MessageType.BOUNCE,
        [
            Want(
                "ulla@greylist.example",
                Action.DELAYED,
                "4.7.1",
                451,
                "RCPT",
                "exim",
                diagnostic_has="Greylisted",
            )
        ],
    ),
    (
        "courier_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "walter@elsewhere.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "courier",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (  # Oracle Communications Messaging Server
        "messagingserver_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "xaver@univ.example",
                Action.FAILED,
                "5.1.1",
                550,
                None,
                "messagingserver",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (
        "qmail_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "pia@qhost.example",
                Action.FAILED,
                "5.1.1",
                None,
                None,
                "qmail",
                diagnostic_has="no mailbox here",
            ),
            Want(
                "jonas@other.example",
                Action.FAILED,
                "5.7.1",
                554,
                None,
                "qmail",
                diagnostic_has="Relay access denied",
            ),
        ],
    ),
    (
        "gmail_01.eml",
        MessageType.DSN,
        [
            Want(
                "no.such.user@gmail.com",
                Action.FAILED,
                "5.1.1",
                550,
                None,
                "rfc3464",
                diagnostic_has="does not exist",
            )
        ],
    ),
    (  # the DSN fields sit in a text/plain part
        "gmail_02.eml",
        MessageType.DSN,
        [Want("bea@busy.example", Action.DELAYED, "4.2.2", 452, None, "rfc3464")],
    ),
    (
        "office365_01.eml",
        MessageType.DSN,
        [
            Want(
                "Max.Muster@contoso.example",
                Action.FAILED,
                "5.1.10",
                550,
                None,
                "rfc3464",
                diagnostic_has="RecipientNotFound",
            )
        ],
    ),
    (  # HTML only, with a style sheet
        "office365_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "Lena.Lund@fabrikam.example",
                Action.FAILED,
                "5.1.10",
                550,
                None,
                "office365",
                diagnostic_has="RecipientNotFound",
            )
        ],
    ),
    (
        "exchange_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "emma@old.example",
                Action.FAILED,
                "5.1.1",
                None,
                None,
                "exchange",
                diagnostic_has="does not exist",
            )
        ],
    ),
    (
        "rfc3464_multi_01.eml",
        MessageType.DSN,
        [
            Want("rita@a.example", Action.FAILED, "5.1.2", 550),
            Want("sam@b.example", Action.DELAYED, "4.4.7", 421),
            Want("tom@c.example", Action.DELIVERED, "2.0.0"),
        ],
    ),
    (  # multipart/mixed, no Diagnostic-Code: the human part gives it
        "rfc3464_mixed_01.eml",
        MessageType.DSN,
        [
            Want(
                "nora@mailbox.example",
                Action.FAILED,
                "5.2.2",
                552,
                None,
                "rfc3464",
                diagnostic_has="Mailbox full",
            )
        ],
    ),
    (  # a base64-encoded delivery-status part (not allowed, but sent)
        "rfc3464_base64_01.eml",
        MessageType.DSN,
        [Want("vera@closed.example", Action.FAILED, "5.2.1", 550, None, "rfc3464")],
    ),
    (  # OpenSMTPD: no Diagnostic-Code, Status 5.0.0; each recipient's own line only
        "opensmtpd_01.eml",
        MessageType.DSN,
        [
            Want("max@team.example", Action.FAILED, "5.1.1", 550, None, "rfc3464"),
            Want("moritz@team.example", Action.FAILED, "5.2.2", 552, None, "rfc3464"),
        ],
    ),
    (  # RFC 6533: UTF-8 address, domain lowercased
        "rfc6533_01.eml",
        MessageType.DSN,
        [Want("Jörg@bücher.example", Action.FAILED, "5.1.1", 550, "RCPT", "rfc3464")],
    ),
    (
        "yahoo_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "gone.user@yahoo.com",
                Action.FAILED,
                None,
                554,
                None,
                "yahoo",
                diagnostic_has="doesn't have a yahoo.com account",
            )
        ],
    ),
    (
        "notes_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "felix.krull@domino.example",
                Action.FAILED,
                None,
                None,
                None,
                "notes",
                diagnostic_has="not listed in Domino Directory",
            )
        ],
    ),
    (
        "amazonses_01.eml",
        MessageType.BOUNCE,
        [Want("Ines@mail.example", Action.FAILED, "5.1.1", 550, None, "amazonses")],
    ),
    (
        "arf_01.eml",
        MessageType.COMPLAINT,
        [Want("Complainer@isp.example", Action.FEEDBACK, source="arf", feedback_type="abuse")],
    ),
    (  # no Original-Rcpt-To: the To of the enclosed headers
        "arf_02.eml",
        MessageType.COMPLAINT,
        [Want("paul@mailbox.example", Action.FEEDBACK, source="arf", feedback_type="opt-out")],
    ),
    (
        "vacation_01.eml",
        MessageType.AUTOREPLY,
        [Want("clara@music.example", Action.AUTOREPLY, source="autoreply")],
    ),
    (  # subject only, 8-bit Latin-1 body
        "vacation_02.eml",
        MessageType.AUTOREPLY,
        [Want("Juergen.Mueller@firma.example", Action.AUTOREPLY, source="autoreply")],
    ),
    (
        "autoreply_01.eml",
        MessageType.AUTOREPLY,
        [Want("help@vendor.example", Action.AUTOREPLY, source="autoreply")],
    ),
    (  # challenge-response
        "challenge_01.eml",
        MessageType.AUTOREPLY,
        [Want("greta@cautious.example", Action.AUTOREPLY, source="autoreply")],
    ),
    ("mdn_01.eml", MessageType.NOT_BOUNCE, []),  # a read receipt is no delivery report
    ("not_bounce_01.eml", MessageType.NOT_BOUNCE, []),  # a person quoting an error
    ("not_bounce_02.eml", MessageType.NOT_BOUNCE, []),  # a newsletter titled "Out of office"
    ("not_bounce_03.eml", MessageType.NOT_BOUNCE, []),  # a DMARC aggregate report
    ("not_bounce_04.eml", MessageType.NOT_BOUNCE, []),  # a list post about bounces
    ("not_bounce_05.eml", MessageType.NOT_BOUNCE, []),  # phishing dressed as a quota notice
    ("not_bounce_06.eml", MessageType.NOT_BOUNCE, []),  # a person's "rejected" letter
    (  # a person forwards a bounce: the quoted daemon's report still counts
        "forwarded_bounce_01.eml",
        MessageType.BOUNCE,
        [Want("karl@gone.example", Action.FAILED, "5.1.1", 550, "RCPT", "textbounce")],
    ),
    (
        "sendmail_02.eml",  # the transcript names the command, not "the MAIL FROM domain"
        MessageType.DSN,
        [
            Want("gone@mail.example", Action.FAILED, "5.1.1", 550, "RCPT", "rfc3464"),
            Want("suzuki@mail.example", Action.FAILED, "5.7.26", 550, "DATA", "rfc3464"),
        ],
    ),
    (
        "postfix_03.eml",  # a local mailer's failure: its diagnostic type is kept
        MessageType.DSN,
        [
            Want(
                "lena@receiver.example",
                Action.FAILED,
                "4.3.0",
                None,
                source="rfc3464",
                diagnostic_has="x-unix; temporary failure",
            )
        ],
    ),
    (
        "messagelabs_01.eml",  # a multi-line reply in Diagnostic-Code, not folded
        MessageType.DSN,
        [
            Want(
                "noor@receiver.example",
                Action.FAILED,
                "5.0.0",
                550,
                source="rfc3464",
                diagnostic_has="550 relay through this server without authentication",
            )
        ],
    ),
    # Formats of MTAs and providers, each in the shape its own software writes.
    (  # AOL's own MTA (Postfix underneath, X-AOL-* headers): a DNS failure, no reply code
        "aol_01.eml",
        MessageType.DSN,
        [
            Want(
                "lena.vogt@nowhere.example",
                Action.FAILED,
                "5.4.4",
                None,
                source="rfc3464",
                diagnostic_has="Host or domain name not found",
            )
        ],
    ),
    (  # Amazon WorkMail: Status 5.1.0, the precise status quoted in the diagnostic
        "amazonworkmail_01.eml",
        MessageType.DSN,
        [
            Want(
                "otto.haas@firm.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="rfc3464",
                diagnostic_has="Unknown address error",
            )
        ],
    ),
    (  # Barracuda: "Your message to:" and an X-Barracuda diagnostic type
        "barracuda_01.eml",
        MessageType.DSN,
        [
            Want(
                "paula.roth@receiver.example",
                Action.FAILED,
                "5.7.1",
                None,
                source="rfc3464",
                diagnostic_has="Message content rejected, UBE",
            )
        ],
    ),
    (  # Courier: Status 5.0.0 and no Diagnostic-Code; the human part says why
        "courier_02.eml",
        MessageType.DSN,
        [
            Want(
                "ralf@no-such-domain.example",
                Action.FAILED,
                "5.0.0",
                None,
                source="rfc3464",
                diagnostic_has="No such domain.",
            )
        ],
    ),
    (  # T-Online: Smail's banners; the id in angle brackets is no address
        "deutschetelekom_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "edith.sommer@t-online.example",
                Action.FAILED,
                "5.2.2",
                552,
                source="deutschetelekom",
                diagnostic_has="Quota exceeded (mailbox for user is full)",
            )
        ],
    ),
    (  # Smail 3: the original's headers after the banner are not recipients
        "smail_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "hugo.brandt@gone-host.example",
                Action.FAILED,
                None,
                None,
                source="smail",
                diagnostic_has="unknown host",
            )
        ],
    ),
    (  # IBM Domino: the reason is the paragraph after "because:"
        "domino_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "jana.kraus@domino.example",
                Action.FAILED,
                None,
                None,
                source="domino",
                diagnostic_has="not listed in Domino Directory",
            )
        ],
    ),
    (  # au EZweb: the reason above, "<rcpt>: 550 ..." below
        "ezweb_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "haruka.sato@ezweb.example",
                Action.FAILED,
                None,
                550,
                "RCPT",
                "ezweb",
                diagnostic_has="550 user unknown",
            )
        ],
    ),
    (  # au EZweb: a transcript under "Recipient:", the original after a dashed rule
        "ezweb_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "kenji.mori@relay.example",
                Action.FAILED,
                None,
                550,
                "RCPT",
                "ezweb",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (  # au EZweb: no code, the reason is the report's first paragraph
        "ezweb_03.eml",
        MessageType.BOUNCE,
        [
            Want(
                "sora.abe@slow-relay.example",
                Action.FAILED,
                None,
                None,
                source="ezweb",
                diagnostic_has="Your message was not delivered within 0 days and 1 hours.",
            )
        ],
    ),
    (  # au by KDDI
        "kddi_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "mika.ueda@au.example",
                Action.FAILED,
                None,
                None,
                source="kddi",
                diagnostic_has="As their mailbox is full",
            )
        ],
    ),
    (  # Facebook: its own response code (RCP-P2) in the diagnostic
        "facebook_01.eml",
        MessageType.DSN,
        [
            Want(
                "marta.lopes@facebook.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="rfc3464",
                diagnostic_has="RCP-P2",
            )
        ],
    ),
    (  # GMX: Exim's wording, the recipient quoted at the start of a line
        "gmx_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "tobias.kern@mail.example",
                Action.FAILED,
                "5.1.1",
                None,
                "RCPT",
                "exim",
                diagnostic_has="User Unknown",
            )
        ],
    ),
    (  # GMX: "Reason:" on a line of its own, the text below
        "gmx_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "greta.lang@slow-host.example",
                Action.FAILED,
                None,
                None,
                source="exim",
                diagnostic_has="delivery retry timeout exceeded",
            )
        ],
    ),
    (  # Gmail's older report: "failed permanently" is not Exchange's wording
        "google_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "kai.lehmann@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="gmail",
                diagnostic_has="User Unknown",
            )
        ],
    ),
    (  # Gmail's older delay warning: "(state 14)" names the RCPT stage
        "google_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "sven.ott@full.example",
                Action.DELAYED,
                "4.2.2",
                450,
                "RCPT",
                "gmail",
                diagnostic_has="Mailbox Full",
            )
        ],
    ),
    (  # Trend Micro InterScan MSS: "Sent <<< RCPT TO:" / "Received >>> 550 ..."
        "interscanmss_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "yuki.tanaka@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "trendmicro",
                diagnostic_has="user unknown",
            )
        ],
    ),
    (  # Trend Micro: one line, no code; the other addressee of the original is not named
        "trendmicro_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "aiko.ito@receiver.example",
                Action.FAILED,
                None,
                None,
                source="trendmicro",
                diagnostic_has="Unable to deliver message to",
            )
        ],
    ),
    (  # MailMarshal SMTP: the reason above the recipients
        "mailmarshalsmtp_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "bruno.costa@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="mailmarshal",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (  # Mail.ru: Exim's report after a paragraph in Russian
        "mailru_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "ivan.petrov@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "exim",
                diagnostic_has="User Unknown",
            )
        ],
    ),
    (  # McAfee: no Diagnostic-Code; "(User unknown ...)" in the text part
        "mcafee_01.eml",
        MessageType.DSN,
        [
            Want(
                "piet.jansen@receiver.example",
                Action.FAILED,
                "5.0.0",
                None,
                source="rfc3464",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (
        "messagelabs_02.eml",
        MessageType.DSN,
        [
            Want(
                "lars.berg@receiver.example",
                Action.FAILED,
                "5.0.0",
                550,
                source="rfc3464",
                diagnostic_has="No such user",
            )
        ],
    ),
    (  # Oracle Messaging Server as multipart/report: a comment after the Status
        "messagingserver_02.eml",
        MessageType.DSN,
        [
            Want(
                "mio.ishida@univ.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="rfc3464",
                diagnostic_has="User Unknown",
            )
        ],
    ),
    (  # OpenSMTPD, text only: the original's other addressee is no failed recipient
        "opensmtpd_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "nils.kruse@receiver.example",
                Action.FAILED,
                "5.2.2",
                550,
                source="opensmtpd",
                diagnostic_has="Mailbox Full",
            )
        ],
    ),
    (  # OpenSMTPD's delay notice, text only
        "opensmtpd_03.eml",
        MessageType.BOUNCE,
        [
            Want(
                "maja.lindner@slow.example",
                Action.DELAYED,
                "4.7.0",
                421,
                source="opensmtpd",
                diagnostic_has="Greylisted",
            )
        ],
    ),
    (  # Sendmail 5: the original is "unsent", its To: names no failed recipient
        "v5sendmail_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "taro.yamada@legacy.example",
                Action.FAILED,
                None,
                550,
                "RCPT",
                "v5sendmail",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (  # an unnamed MTA that opens with Gmail's phrase: "  * rcpt", then "SMTP:RCPT ..."
        "x3_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "eva.roth@receiver.example",
                Action.FAILED,
                "5.3.0",
                553,
                "RCPT",
                "x3",
                diagnostic_has="No such user here",
            )
        ],
    ),
    (  # Yandex: Postfix's DSN; the command is in the human part only
        "yandex_01.eml",
        MessageType.DSN,
        [
            Want(
                "dmitri.volkov@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "rfc3464",
                diagnostic_has="User Unknown",
            )
        ],
    ),
    (  # Zoho: "ERROR_CODE :550" is a reply code too
        "zoho_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "felix.berger@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="zoho",
                diagnostic_has="Invalid Address",
            )
        ],
    ),
    (  # Zoho: "[Status: Error, Address: <rcpt>, ResponseCode 421, , Host not reachable.]"
        "zoho_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "jonas.weber@down.example",
                Action.FAILED,
                None,
                421,
                source="zoho",
                diagnostic_has="Host not reachable",
            )
        ],
    ),
    (
        "james_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "ines.moreau@receiver.example",
                Action.FAILED,
                None,
                550,
                diagnostic_has="no such user here",
            )
        ],
    ),
]


def check(records: tuple[RecipientRecord, ...], wants: list[Want]) -> None:
    assert [r.recipient for r in records] == [w.recipient for w in wants]
    for rec, want in zip(records, wants, strict=True):
        assert rec.action is want.action
        for name in ("status", "reply_code", "command", "source", "feedback_type"):
            expected = getattr(want, name)
            if expected is not None or name in ("status", "reply_code"):
                assert getattr(rec, name) == expected, name
        if want.diagnostic_has is not None:
            assert want.diagnostic_has in (rec.diagnostic or "")


@pytest.mark.parametrize(("name", "message_type", "wants"), CASES, ids=[c[0] for c in CASES])
def test_parse(name: str, message_type: MessageType, wants: list[Want]) -> None:
    report = parse((DATA / name).read_bytes())
    assert report.error is None
    assert report.message_type is message_type
    check(report.records, wants)


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize(("name", "message_type", "wants"), CASES, ids=[c[0] for c in CASES])
def test_line_endings(
    name: str, message_type: MessageType, wants: list[Want], newline: bytes
) -> None:
    raw = (DATA / name).read_bytes().replace(b"\n", newline)
    report = parse(raw)
    assert report.message_type is message_type
    check(report.records, wants)


def test_a_recipient_s_diagnostic_stops_at_the_next_recipient() -> None:
    first, second = parse((DATA / "opensmtpd_01.eml").read_bytes()).records
    assert "Mailbox full" not in (first.diagnostic or "")
    assert "User unknown" not in (second.diagnostic or "")


def test_report_fields() -> None:
    report = parse((DATA / "postfix_01.eml").read_bytes())
    assert report.sender == "MAILER-DAEMON@mx1.sender.example"
    assert report.subject == "Undelivered Mail Returned to Sender"
    assert report.original_message_id == "<march-news-0042@sender.example>"
    assert report.reporting_mta == "mx1.sender.example"
    record = report.records[0]
    assert record.remote_mta == "mx.receiver.example"
    assert record.original_recipient == "Anna.Berg@mail.receiver.example"


@pytest.mark.parametrize(
    ("name", "host"),
    [
        ("gmail_01.eml", "gmail-smtp-in.l.google.com"),  # Remote-MTA with a comment
        ("exim_01.eml", "mx01.firma.example"),  # "host mx01.firma.example [192.0.2.44]"
        ("postfix_02.eml", "mx.slow.example"),  # "connect to mx.slow.example[203.0.113.9]"
        ("sendmail_01.eml", "mx.corp.example"),
        ("courier_01.eml", "mx.elsewhere.example"),  # "mx.x [ip]: >>> RCPT TO"
        ("messagingserver_01.eml", "mail.univ.example"),  # "Remote system: dns;mail.x"
    ],
)
def test_remote_mta_is_a_host(name: str, host: str) -> None:
    record = parse((DATA / name).read_bytes()).records[0]
    assert record.remote_mta == host


def test_final_failure_with_a_transient_status_stays_failed() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=QQQQQQQQ\n\n"
        b"--QQQQQQQQ\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n"
        b"Final-Recipient: rfc822; gave.up@slow.example\nAction: failed\nStatus: 4.4.7\n"
        b"Diagnostic-Code: X-Postfix; delivery temporarily suspended: connection timed out\n\n"
        b"--QQQQQQQQ--\n"
    )
    record = parse(raw).records[0]
    assert (record.action, record.status, record.reply_code) == (Action.FAILED, "4.4.7", None)


def test_eight_bit_bytes_in_a_delivery_status_part() -> None:
    # 8-bit bytes in the per-message block (a header to compat32) and in the recipient block
    # (its body): both kinds of text must come out readable, never raise.
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\nSubject: failure\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=EEEEEEEE\n\n"
        b"--EEEEEEEE\nContent-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; mx.example.org\nX-Note: caf\xc3\xa9 \xff\n\n"
        b"Final-Recipient: rfc822; ren\xc3\xa9@example.net\nAction: failed\nStatus: 5.1.1\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 bo\xeete inconnue\n\n--EEEEEEEE--\n"
    )
    report = parse(raw)
    assert report.error is None
    record = report.records[0]
    assert record.recipient == "ren\u00e9@example.net"
    assert record.status == "5.1.1"


def test_garbage_is_not_a_bounce() -> None:
    for raw in (b"", b"\x00\xff" * 100, b"hello", b"From: x\n\n\xff\xfe"):
        report = parse(raw)
        assert report.message_type in (MessageType.NOT_BOUNCE, MessageType.UNPARSABLE)
        assert report.records == ()


def test_huge_non_bounce_is_not_read_in_full() -> None:
    body = b"A line of a very long letter, with nothing about delivery in it.\n" * 330_000
    raw = b"From: writer@example.com\nTo: reader@example.org\nSubject: novel\n\n" + body
    assert len(raw) > 20_000_000
    report = parse(raw)
    assert report.message_type is MessageType.NOT_BOUNCE


def test_long_lines_cost_a_linear_scan() -> None:
    # Unbounded patterns would backtrack quadratically over these lines (minutes, not ms).
    lines = [
        b"x" * 60_000 + b"@",
        b"host " + b"a." * 30_000 + b"x",
        b"<" + b"b" * 60_000 + b"@example.com>: 550 5.1.1 unknown",
        b"did not like " + b"c-" * 30_000,
        b"  " + b"d@" * 20_000,
    ]
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n\n"
        b"This is the mail system at host mx.example.org.\n\n" + b"\n".join(lines) + b"\n"
    )
    report = parse(raw)
    assert report.error is None


def test_many_recipients_are_capped() -> None:
    blocks = b"".join(
        b"Final-Recipient: rfc822; u%d@example.net\nAction: failed\nStatus: 5.1.1\n\n" % i
        for i in range(3000)
    )
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\nSubject: failure\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=BBBBBBBB\n\n"
        b"--BBBBBBBB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n"
        + blocks
        + b"--BBBBBBBB--\n"
    )
    report = parse(raw)
    assert report.message_type is MessageType.DSN
    assert 0 < len(report.records) <= 1000
    assert report.records[0].recipient == "u0@example.net"


def test_split_mbox() -> None:
    one = (DATA / "qmail_01.eml").read_bytes()
    two = (DATA / "exim_01.eml").read_bytes()
    mbox = (
        b"From MAILER-DAEMON Sun Mar  8 11:20:33 2026\n" + one + b"\n"
        b"From MAILER-DAEMON Thu Mar  5 12:30:11 2026\n" + two
    )
    parts = split_mbox(mbox)
    assert len(parts) == 2
    assert parse(parts[0]).records[0].recipient == "pia@qhost.example"
    assert parse(parts[1]).records[0].recipient == "karl.moser@firma.example"


def test_split_mbox_reads_cr_only_line_endings() -> None:
    one = (DATA / "postfix_01.eml").read_bytes()
    data = b"From MAILER-DAEMON Thu Jul  2 12:05:05 2020\n" + one + b"\n"
    data += b"From MAILER-DAEMON Thu Jul  2 12:06:05 2020\n" + one
    messages = split_mbox(data.replace(b"\n", b"\r"))
    assert len(messages) == 2
    assert [len(parse(m).records) for m in messages] == [1, 1]


def test_split_mbox_keeps_a_lone_message() -> None:
    raw = (DATA / "postfix_01.eml").read_bytes()
    assert split_mbox(raw) == [raw]
    assert split_mbox(b"") == []


def test_from_line_inside_a_message_does_not_split() -> None:
    mbox = (
        b"From a@example.com Sun Mar  8 11:20:33 2026\nSubject: one\n\nFrom here on, it is\n"
        b"all one message.\n"
    )
    assert len(split_mbox(mbox)) == 1


def test_an_envelope_summary_names_no_failed_command() -> None:
    """James echoes "RCPT TO: rcpt@x" in its message details: the recipient, not the command
    that was refused (nor is "Size (in bytes): 222" a reply)."""
    (record,) = parse((DATA / "james_01.eml").read_bytes()).records
    assert record.command is None
    assert "Size (in bytes)" not in (record.diagnostic or "")


def test_a_multi_line_reply_is_read_whole() -> None:
    # The line that names the recipient is the server's echo of the envelope; why it refused
    # is on another line of the same "550-" reply.
    raw = (
        b"From: Mail Administrator <postmaster@mx.example.net>\nTo: list@example.org\n"
        b"Subject: Undeliverable Mail\n\nundeliverable to reader@example.jp\n\n"
        b"Body of message generated response:\n"
        b"550-REJECTED - Blacklisted URL in message. (example.com) in [black].\n"
        b"550-H=mail.example.com [192.0.2.11] HELO=[mail.example.com]\n"
        b"550-F=[list@example.org] T=[reader@example.jp] S=[Weekly\n"
        b"550 news]\n\nunrelated text after the reply\n"
    )
    (record,) = parse(raw).records
    assert record.recipient == "reader@example.jp"
    assert "Blacklisted URL in message" in (record.diagnostic or "")
    assert "550 news]" in (record.diagnostic or "")
    assert "unrelated" not in (record.diagnostic or "")


def test_the_sending_mta_s_own_category_is_kept() -> None:
    raw = (
        b"From: MAILER-DAEMON@mta.example.net\nSubject: Delivery failure\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=PPPPPPPP\n\n"
        b"--PPPPPPPP\nContent-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; mta.example.net\nX-PowerMTA-VirtualMTA: mta.example.net\n\n"
        b"Action: failed\nFinal-Recipient: rfc822;reader@example.com\nStatus: 5.0.0\n"
        b"Diagnostic-Code: smtp;554 delivery error: dd This user doesn't have an account\n"
        b"X-PowerMTA-BounceCategory: bad-mailbox\n\n--PPPPPPPP--\n"
    )
    (record,) = parse(raw).records
    assert record.mta_category == "bad-mailbox"
