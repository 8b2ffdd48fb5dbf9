"""Plain-text bounces of gateways, filters and groupware: Lotus Notes/Domino, m-FILTER,
Active!Hunter, IMail, MailMarshal, MailFoundry, Mimecast, McAfee, Barracuda, Trend Micro
(InterScan MSS), fml, Oracle Messaging Server, and the unnamed MTAs (x1-x6) whose wording is
still recognisable."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._text import TextFormat, all_keys, detect_formats
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "appliances"
MESSAGE_TYPE = MessageType.BOUNCE

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
        recipient=re.compile(
            r"^was not delivered to:[ \t]*\n(?:[ \t]*\n)?[ \t]+(?P<addr>[^\s@]+@[^\s@]+)", re.M
        ),
        from_top=True,
        reason=re.compile(r"^because:[ \t]*\n(?:[ \t]*\n)?(?P<text>[^\n]+(?:\n[^\n]+){0,4})", re.M),
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


GATE = all_keys(FORMATS)


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_formats(ctx, FORMATS, GATE)
