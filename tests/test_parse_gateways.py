"""bouncesink.parse over the reports of gateways, groupware servers and providers that write
their own: hand-made messages in each product's documented or well-known shape, several with a
human text in another language (the parser hands the classifier the right text, whatever its
language).

One raw message per file under tests/data/, named after its origin; the table says what a user
of the parser must get from it (see tests/test_parse.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bouncesink.parse import parse
from bouncesink.types import Action, MessageType
from tests.test_parse import Want, check

DATA = Path(__file__).parent / "data"

CASES: list[tuple[str, MessageType, list[Want]]] = [
    (  # Cisco Secure Email (IronPort) in text: the remote server's status, not IronPort's 5.3.0
        "ironport_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "ida.wolf@other.example",
                Action.FAILED,
                "5.7.1",
                554,
                source="ironport",
                diagnostic_has="blocked using zen.spamhaus.org",
            )
        ],
    ),
    (  # IronPort's own verdict when no server answered
        "ironport_03.eml",
        MessageType.BOUNCE,
        [
            Want(
                "otto.kranz@gone.example",
                Action.FAILED,
                "5.4.7",
                None,
                source="ironport",
                diagnostic_has="Delivery expired (message too old)",
            )
        ],
    ),
    (  # Mimecast: the remote server's reply, then Mimecast's explanation
        "mimecast_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "lisa.hahn@receiver.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="mimecast",
                diagnostic_has="The email account that you tried to reach does not exist "
                "(Recipient email address is possibly incorrect)",
            )
        ],
    ),
    (  # hMailServer opens as Exchange does; its "Remote server replied:" is the diagnostic
        "hmailserver_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "nina.vogt@partner.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "hmailserver",
                diagnostic_has="Recipient address rejected: User unknown",
            )
        ],
    ),
    (  # hMailServer's own explanation when no server answered
        "hmailserver_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "jan.frey@no-mx.example",
                Action.FAILED,
                None,
                None,
                source="hmailserver",
                diagnostic_has="No mail servers appear to exists for the recipients address",
            )
        ],
    ),
    (  # hMailServer, two recipients: each its own reply
        "hmailserver_03.eml",
        MessageType.BOUNCE,
        [
            Want("nina.vogt@partner.example", Action.FAILED, "5.1.1", 550, "RCPT", "hmailserver"),
            Want(
                "paul.riedel@partner.example",
                Action.FAILED,
                "4.2.2",
                452,
                "RCPT",
                "hmailserver",
                diagnostic_has="Mailbox full",
            ),
        ],
    ),
    (  # MDaemon: the refusal in its session transcript, not the greeting's 220 or MAIL's 250
        "mdaemon_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "karin.lutz@client.example",
                Action.FAILED,
                "5.2.1",
                550,
                "RCPT",
                "mdaemon",
                diagnostic_has="mailbox disabled",
            )
        ],
    ),
    (  # GroupWise (GWIA): the transcript is in the attached "Mime.822" part
        "groupwise_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "dale.cooper@twinpeaks.example",
                Action.FAILED,
                "5.1.1",
                550,
                "RCPT",
                "groupwise",
                diagnostic_has="User unknown",
            )
        ],
    ),
    (  # GroupWise, two recipients: each its own "Response:"
        "groupwise_02.eml",
        MessageType.BOUNCE,
        [
            Want("dale.cooper@twinpeaks.example", Action.FAILED, "5.1.1", 550, "RCPT"),
            Want(
                "audrey.horne@twinpeaks.example",
                Action.FAILED,
                "5.2.2",
                552,
                "RCPT",
                "groupwise",
                diagnostic_has="Mailbox full",
            ),
        ],
    ),
    (
        "communigate_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "sergei.orlov@corp.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="communigate",
                diagnostic_has="host mx.corp.example [203.0.113.61] says",
            )
        ],
    ),
    (  # CommuniGate Pro, a local failure: its module's own words
        "communigate_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "vera.popova@isp.example",
                Action.FAILED,
                None,
                None,
                source="communigate",
                diagnostic_has="account is full (quota exceeded)",
            )
        ],
    ),
    (  # Domino in German: the reason under "weil:"
        "domino_de_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "stefan.maier@werk.example",
                Action.FAILED,
                None,
                None,
                source="domino",
                diagnostic_has="ist nicht im Domino-Verzeichnis aufgeführt",
            )
        ],
    ),
    (  # Domino in French
        "domino_fr_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "claire.dubois@usine.example",
                Action.FAILED,
                None,
                None,
                source="domino",
                diagnostic_has="non répertorié dans l'annuaire Domino",
            )
        ],
    ),
    (  # Domino in Japanese, base64: read by the report's layout
        "domino_ja_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "kenji.ono@kaisha.example",
                Action.FAILED,
                None,
                None,
                source="domino",
                diagnostic_has="Domino ディレクトリには見つかりません",
            )
        ],
    ),
    (  # QQ Mail: the reason under "退信原因" and the reply; the label is no part of the address
        "qq_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "wang.fang@company.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="qq",
                diagnostic_has="收件人邮箱不存在",
            )
        ],
    ),
    (  # 1&1 / IONOS: Exim's opening, the reason under "For the following reason:"
        "ionos_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "jana.schulz@ionos-kunde.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="einsundeins",
                diagnostic_has="Mailbox does not exist",
            )
        ],
    ),
    (  # Exchange 2007: "#550 5.1.10 RESOLVER.ADR.RecipientNotFound; ... ##"
        "exchange_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "peter.quinn@hq.example",
                Action.FAILED,
                "5.1.10",
                550,
                diagnostic_has="RESOLVER.ADR.RecipientNotFound",
            )
        ],
    ),
    (  # Exchange 2016 in German, HTML only
        "exchange_de_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "sabine.koch@firma.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="exchange",
                diagnostic_has="RESOLVER.ADR.RecipNotFound",
            )
        ],
    ),
    (  # Exchange 2010 in French
        "exchange_fr_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "martin.leroy@societe.example",
                Action.FAILED,
                "5.1.1",
                550,
                source="exchange",
                diagnostic_has="RESOLVER.ADR.RecipNotFound",
            )
        ],
    ),
    (  # Office 365 in Spanish
        "office365_es_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "carmen.ruiz@empresa.example",
                Action.FAILED,
                "5.1.10",
                550,
                source="exchange",
                diagnostic_has="Recipient not found by SMTP address lookup",
            )
        ],
    ),
    (  # Exchange 2003 in German: the reason under the recipient, "<server #5.1.1>"
        "exchange2003_de_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "ulrike.berg@amt.example",
                Action.FAILED,
                "5.1.1",
                None,
                source="exchange",
                diagnostic_has="nicht vorhanden",
            )
        ],
    ),
    (  # Exchange's delay notice in German: "... wird verzögert:"
        "exchange_de_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "lukas.hof@partner.example",
                Action.DELAYED,
                "4.7.1",
                451,
                source="exchange",
                diagnostic_has="Greylisted",
            )
        ],
    ),
    (  # Office 365 in German, HTML only
        "office365_de_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "felix.braun@gmbh.example",
                Action.FAILED,
                "5.1.10",
                550,
                source="exchange",
                diagnostic_has="RESOLVER.ADR.RecipientNotFound",
            )
        ],
    ),
    (  # Gmail's delay notice in French
        "gmail_fr_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "louise.martin@client.example",
                Action.DELAYED,
                "4.7.0",
                421,
                diagnostic_has="Try again later",
            )
        ],
    ),
    (  # Gmail's "** Message not delivered **", no delivery-status part
        "google_03.eml",
        MessageType.BOUNCE,
        [
            Want(
                "jonas.weiss@kunde.example",
                Action.FAILED,
                "4.4.2",
                421,
                diagnostic_has="the remote server is misconfigured",
            )
        ],
    ),
    (  # Gmail in German, no delivery-status part
        "gmail_de_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "jonas.weiss@kunde.example",
                Action.FAILED,
                "5.1.1",
                550,
                diagnostic_has="User unknown in virtual mailbox table",
            )
        ],
    ),
    (  # Gmail in Japanese, base64
        "gmail_ja_01.eml",
        MessageType.BOUNCE,
        [
            Want(
                "yuto.sato@kaisha.example",
                Action.FAILED,
                "5.7.1",
                550,
                diagnostic_has="Message rejected as spam",
            )
        ],
    ),
    (  # Yandex in Russian: Postfix's recipient line under the Russian text
        "yandex_02.eml",
        MessageType.BOUNCE,
        [
            Want(
                "anna.smirnova@firma.example",
                Action.FAILED,
                "5.2.2",
                550,
                "RCPT",
                diagnostic_has="Mailbox full",
            )
        ],
    ),
]


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


def test_notes_reason_is_the_line_above_the_recipient() -> None:
    (record,) = parse((DATA / "notes_01.eml").read_bytes()).records
    assert record.diagnostic == "User user not listed in Domino Directory"


def test_ironport_dsn_keeps_the_remote_server_s_reply() -> None:
    """IronPort's DSN: its Diagnostic-Code holds its own verdict and the server's reply."""
    (record,) = parse((DATA / "ironport_01.eml").read_bytes()).records
    assert record.recipient == "hugo.brandt@receiver.example"
    assert record.action is Action.FAILED
    assert record.reply_code == 550
    assert "Recipient address rejected: User unknown" in (record.diagnostic or "")
