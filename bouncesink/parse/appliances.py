"""Plain-text bounces of gateways, filters and groupware: Lotus Notes/Domino (in English,
German, French, Spanish, Italian), Cisco Secure Email (IronPort), m-FILTER, Active!Hunter, IMail,
MailMarshal, MailFoundry, Mimecast, McAfee, Barracuda, Trend Micro (InterScan MSS), fml, Oracle
Messaging Server, and the unnamed MTAs (x1-x6) whose wording is still recognisable."""

from __future__ import annotations

import dataclasses
import logging
import re

from bouncesink.codes import first_status
from bouncesink.parse._context import Context
from bouncesink.parse._formats import TextFormat
from bouncesink.parse._refine import Refiner, detect_refined, gate_of, restated
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "appliances"
MESSAGE_TYPE = MessageType.BOUNCE

# Domino's layout: a label that ends with a colon (full-width in Japanese) alone on its line,
# and an address alone on an indented line.
_LABEL_LINE = r"[^\s][^\n]{1,60}[:\uff1a][ \t]*"
_INDENTED_ADDR = r"[ \t]+[^\s@]+@[^\s@]+[ \t]*"

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="notes",
        keys=("failure reasons",),
        marker=re.compile(r"^-{3,} *Failure Reasons *-{3,}", re.M),
        example="------- Failure Reasons  -------- User not listed in public Name & Address Book",
        end=re.compile(r"^-{3,} *Returned Message *-{3,}", re.M),
    ),
    TextFormat(
        name="domino",  # IBM Domino: "Your message / Subject: ... / was not delivered to: ..."
        keys=("was not delivered to:",),
        marker=re.compile(r"^was not delivered to:[ \t]*$", re.M),
        example="Your message  Subject: x  was not delivered to:  rcpt@x  because:  User x "
        "(rcpt@x) not listed in Domino Directory",
        # Every address of the indented block between "was not delivered to:" and
        # "because:": the router writes one report for the addressees that failed for the
        # same reason, one a line (HCL Domino, "DELIVERY FAILURE" reports).
        recipient=re.compile(
            r"^[ \t]+(?P<addr>[^\s@]+@[^\s@]+)[ \t]*\n"
            r"(?=(?:[ \t]+[^\s@]+@[^\s@]+[ \t]*\n)*(?:[ \t]*\n)?because:)",
            re.M,
        ),
        from_top=True,
        reason=re.compile(r"^because:[ \t]*\n(?:[ \t]*\n)?(?P<text>[^\n]+(?:\n[^\n]+){0,4})", re.M),
    ),
    TextFormat(
        # Domino in other languages: the same layout ("Your message / Subject: / was not
        # delivered to: / rcpt / because: / reason"), read by its shape (a label line, the
        # address indented under it, a label line, the reason indented under that). It is
        # looked for in a report in German or one that names Domino at all (the reason does:
        # "... non répertorié dans l'annuaire Domino", "... Domino ディレクトリには見つかりません").
        name="domino",
        keys=("wurde nicht zugestellt an", "domino"),
        marker=re.compile(
            r"^(?:wurde nicht zugestellt an|n'a pas été remis à|no se ha entregado a"
            r"|non è stato recapitato a)[ \t]?:[ \t]*$"
            rf"|{_LABEL_LINE}\n(?:[ \t]*\n)?{_INDENTED_ADDR}\n(?:[ \t]*\n)?{_LABEL_LINE}$",
            re.M,
        ),
        example="Ihre Nachricht  Betreff: x  wurde nicht zugestellt an:  rcpt@x  weil:  "
        "Benutzer rcpt@x (rcpt@x) ist nicht im Domino-Verzeichnis aufgeführt",
        recipient=re.compile(
            rf"^{_LABEL_LINE}\n(?:[ \t]*\n)?[ \t]+(?P<addr>[^\s@]+@[^\s@]+)[ \t]*$", re.M
        ),
        from_top=True,
        reason=re.compile(
            rf"^{_INDENTED_ADDR}\n(?:[ \t]*\n)?{_LABEL_LINE}\n(?:[ \t]*\n)?"
            r"(?P<text>[ \t]+[^\n]+(?:\n[ \t]*[^\s\n][^\n]*){0,4})",
            re.M,
        ),
    ),
    TextFormat(
        # Cisco Secure Email (IronPort AsyncOS), its bounce in text: its own status and label,
        # then the remote server's reply in quotes ("5.1.0 - Unknown address error 550-'...'").
        name="ironport",
        keys=("the reason for the problem:",),
        marker=re.compile(r"^The following message to <[^>\n]{3,320}> was undeliverable\.", re.M),
        example="The following message to <rcpt@x> was undeliverable. The reason for the "
        "problem: 5.1.0 - Unknown address error 550-'5.1.1 <rcpt@x>: User unknown'",
        recipient=re.compile(
            r"^The following message to <(?P<addr>[^>\s]+@[^>\s]+)> was undeliverable", re.M
        ),
    ),
    TextFormat(
        name="mfilter",
        keys=("m-filter", "server message"),
        marker=re.compile(r"m-FILTER|^-{3,}server message", re.M),
        example="-------server message 550 unknown user <rcpt@x> -------SMTP command DATA",
        end=re.compile(r"^-{3,}original (?:message|mail info)", re.M),
        from_top=True,
    ),
    TextFormat(
        name="activehunter",
        keys=(">>> ",),
        sender=re.compile(r"MAILER-DAEMON", re.I),
        marker=re.compile(r"^ *>>> [^\s@]+@", re.M),
        example="  >>> rcpt@x <rcpt@x>  550 sorry, no mailbox here by that name",
        recipient=re.compile(r"^ *>>> (?P<addr>[^\s@]+@[^\s@]+)", re.M),
    ),
    TextFormat(
        name="imailserver",
        keys=("original message follows",),
        marker=re.compile(
            r"^[^\n]{3,80}: [^\s@]+@[^\s@]+\s*\n(?:\s*\n)?Original message follows", re.M
        ),
        example="Unknown user: rcpt@x\\nOriginal message follows.",
        end=re.compile(r"^Original message follows", re.M),
    ),
    TextFormat(
        name="mailmarshal",
        keys=("the following recipients were affected", "your message:"),
        marker=re.compile(r"The following recipients were affected|^Your message:\s*$", re.M),
        example="Could not be delivered because of 550 5.1.1 User unknown. The following "
        "recipients were affected: rcpt@x",
        recipient=re.compile(
            r"(?:recipients were affected:[ \t]*\n[ \t]*|^ {4})(?P<addr>[^\s@]+@[^\s@]+)[ \t]*$",
            re.M,
        ),
        reason=re.compile(
            r"^Could not be delivered because of[ \t]*\n(?:[ \t]*\n)?"
            r"(?P<text>[^\n]+(?:\n[^\n]+){0,4})",
            re.M,
        ),
    ),
    TextFormat(
        name="mailfoundry",
        keys=("unable to deliver message to: <",),
        marker=re.compile(r"^Unable to deliver message to: <", re.M),
        example="Unable to deliver message to: <rcpt@x> Delivery failed for the following reason",
    ),
    TextFormat(
        name="mimecast",
        keys=("automated alert notification", "mimecast"),
        marker=re.compile(r"This is an automated alert notification|mimecast", re.I),
        example="An email that you attempted to send to the following recipient was not delivered",
        # "-- rcpt@x" under "...the following address could not be delivered:"
        recipient=re.compile(r"^-- (?P<addr>[^\s@<>]+@[^\s@<>]+)[ \t]*$", re.M),
    ),
    TextFormat(
        name="mcafee",
        keys=("the following addresses had delivery problems", "mcafee"),
        marker=re.compile(r"--- The following addresses had delivery problems ---|McAfee", re.I),
        example="--- The following addresses had delivery problems --- <rcpt@x>",
    ),
    TextFormat(
        name="barracuda",
        keys=("barracuda", "your message to "),
        marker=re.compile(r"Barracuda|Your message to .{1,100} was (?:rejected|blocked)", re.I),
        example="Your message to rcpt@x was rejected by the Barracuda Email Security Service",
    ),
    TextFormat(
        name="trendmicro",  # InterScan MSS, Trend Micro Email Security
        keys=("<<< rcpt to:", "unable to deliver message to <"),
        marker=re.compile(r"<<< RCPT TO:|^Unable to deliver message to <", re.M | re.I),
        example="Sent <<< RCPT TO:<rcpt@x> / Received >>> 550 5.1.1 <rcpt@x>... user unknown",
        recipient=re.compile(
            r"^(?:[^\n<>]{0,30}<<< RCPT TO:\s*|Unable to deliver message to )"
            r"<(?P<addr>[^>\s]+@[^>\s]+)>",
            re.M | re.I,
        ),
        from_top=True,
    ),
    TextFormat(
        name="fml",
        keys=("not a member of this mailing list", "duplicated message-id"),
        sender=re.compile(r"-admin@|-request@|-ctl@", re.I),
        marker=re.compile(r"You are not a member of this mailing list|Duplicated Message-ID"),
        example="You are not a member of this mailing list <list@x>.",
        recipient=re.compile(r"(?:mailing list|Message-ID in) <(?P<addr>[^>\s@]+@[^>\s@]+)>"),
    ),
    TextFormat(
        name="messagingserver",  # Oracle / Sun Java System Messaging Server
        keys=("this report relates to a message you sent",),
        marker=re.compile(r"This report relates to a message you sent with the following header"),
        example="Your message cannot be delivered to the following recipients: Recipient "
        "address: rcpt@x  Reason: ...  Diagnostic code: smtp;550 5.1.1 ...",
        recipient=re.compile(r"Recipient address:\s*<?(?P<addr>[^\s@<>]+@[^\s@<>]+)"),
    ),
    TextFormat(
        name="x1",
        keys=("the following addresses had delivery errors",),
        marker=re.compile(r"^-{2,}The following addresses had delivery errors-{2,}", re.M),
        example="---The following addresses had delivery errors--- rcpt@x [User unknown]",
    ),
    TextFormat(
        name="x2",
        keys=("unable to deliver message to the following address", "notice: delivery failure"),
        marker=re.compile(
            r"^Unable to deliver message to the following address|^NOTICE: Delivery Failure", re.M
        ),
        example="Unable to deliver message to the following address(es). <rcpt@x>:",
    ),
    TextFormat(
        name="x4",
        keys=("your mail message to the following address",),
        marker=re.compile(r"Your mail message to the following address\(es\) could not be"),
        example="Your mail message to the following address(es) could not be delivered.",
    ),
    TextFormat(
        name="x6",
        keys=("we had trouble delivering your message",),
        marker=re.compile(r"^We had trouble delivering your message", re.M),
        example="The following recipients returned permanent errors: rcpt@x. Reason: ...",
        recipient=re.compile(
            r"recipients returned (?:permanent|temporary) errors: (?P<addr>[^\s@]+@"
            r"[\w.\-]+[\w])"
        ),
    ),
)


GATE = gate_of(FORMATS)

# IronPort: "<its status> - <its label> <reply code>-'<the remote server's reply>'".
_IRONPORT_RE = re.compile(
    r"(?P<own>[245]\.\d{1,3}\.\d{1,3}) - [^\n']{1,80}? (?P<code>[245]\d\d)-'(?P<reply>[^\n]*)'"
)


def _ironport(report: str, record: RecipientRecord) -> RecipientRecord:
    """The remote server's status, where its quoted reply has one, over IronPort's own
    (a classification of its own: "5.1.0 - Unknown address error" for a 5.1.1)."""
    m = _IRONPORT_RE.search(record.diagnostic or "")
    if m is None:
        return record
    status = first_status(m.group("reply")) or record.status
    return dataclasses.replace(record, status=status, reply_code=int(m.group("code")))


# Mimecast: "The problem appears to be : / -- <its explanation>" and "Additional information
# follows : / -- <the remote server's reply>", each a paragraph.
_MIMECAST_RES = (
    re.compile(r"Additional information follows ?:[ \t]*\n-- (?P<text>[^\n]+(?:\n[^\n]+){0,4})"),
    re.compile(r"The problem appears to be ?:[ \t]*\n-- (?P<text>[^\n]+(?:\n[^\n]+){0,4})"),
)


def _mimecast(report: str, record: RecipientRecord) -> RecipientRecord:
    """The remote server's reply, then Mimecast's own explanation in brackets."""
    info, problem = (rx.search(report) for rx in _MIMECAST_RES)
    pieces = [m.group("text") for m in (info, problem) if m is not None]
    if not pieces:
        return record
    text = pieces[0] if len(pieces) == 1 else f"{pieces[0]} ({pieces[1]})"
    return restated(record, text)


def _readable(text: str) -> bool:
    """Not mostly U+FFFD (a line in a charset the message did not declare)."""
    return text.count("\ufffd") * 2 < len(text)


def _notes(report: str, record: RecipientRecord) -> RecipientRecord:
    """Notes writes each reason on the line above its recipient, under the banner."""
    addr = (record.recipient or "").lower()
    lines = report.splitlines()
    for i, line in enumerate(lines):
        if addr and addr in line.lower():
            above = next((x.strip() for x in reversed(lines[:i]) if x.strip()), "")
            if above and not above.startswith("--") and "@" not in above and _readable(above):
                return restated(record, above)
            break
    return record


REFINERS: dict[str, Refiner] = {"ironport": _ironport, "mimecast": _mimecast, "notes": _notes}


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_refined(ctx, FORMATS, GATE, REFINERS)
