"""Plain-text bounces of gateways, filters and groupware: Lotus Notes/Domino, m-FILTER,
Active!Hunter, IMail, MailMarshal, MailFoundry, Mimecast, McAfee, Barracuda, fml, and the
unnamed MTAs of the corpus (x1-x6) whose wording is still recognisable."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._text import TextFormat, detect_formats
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "appliances"
MESSAGE_TYPE = MessageType.BOUNCE

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="notes",
        marker=re.compile(r"^-{3,} ?Failure Reasons ?-{3,}", re.M),
        example="------- Failure Reasons  -------- User not listed in public Name & Address Book",
        end=re.compile(r"^-{3,} ?Returned Message ?-{3,}", re.M),
    ),
    TextFormat(
        name="mfilter",
        marker=re.compile(r"m-FILTER|^-{3,}server message", re.M),
        example="-------server message 550 unknown user <rcpt@x> -------SMTP command DATA",
        end=re.compile(r"^-{3,}original message", re.M),
    ),
    TextFormat(
        name="activehunter",
        sender=re.compile(r"MAILER-DAEMON", re.I),
        marker=re.compile(r"^ *>>> \S+@", re.M),
        example="  >>> rcpt@x <rcpt@x>  550 sorry, no mailbox here by that name",
        recipient=re.compile(r"^ *>>> (?P<addr>\S+@\S+)", re.M),
    ),
    TextFormat(
        name="imailserver",
        marker=re.compile(r"^[^\n]{3,80}: \S+@\S+\s*\n(?:\s*\n)?Original message follows", re.M),
        example="Unknown user: rcpt@x\\nOriginal message follows.",
        end=re.compile(r"^Original message follows", re.M),
    ),
    TextFormat(
        name="mailmarshal",
        marker=re.compile(r"The following recipients were affected|^Your message:\s*$", re.M),
        example="Could not be delivered because of 550 5.1.1 User unknown. The following "
        "recipients were affected: rcpt@x",
        recipient=re.compile(r"recipients were affected:\s*\n\s*(?P<addr>\S+@\S+)"),
    ),
    TextFormat(
        name="mailfoundry",
        marker=re.compile(r"^Unable to deliver message to: <", re.M),
        example="Unable to deliver message to: <rcpt@x> Delivery failed for the following reason",
    ),
    TextFormat(
        name="mimecast",
        marker=re.compile(r"This is an automated alert notification|mimecast", re.I),
        example="An email that you attempted to send to the following recipient was not delivered",
    ),
    TextFormat(
        name="mcafee",
        marker=re.compile(r"--- The following addresses had delivery problems ---|McAfee", re.I),
        example="--- The following addresses had delivery problems --- <rcpt@x>",
    ),
    TextFormat(
        name="barracuda",
        marker=re.compile(r"Barracuda|Your message to .{1,100} was (?:rejected|blocked)", re.I),
        example="Your message to rcpt@x was rejected by the Barracuda Email Security Service",
    ),
    TextFormat(
        name="fml",
        sender=re.compile(r"-admin@|-request@|-ctl@", re.I),
        marker=re.compile(r"You are not a member of this mailing list|Duplicated Message-ID"),
        example="You are not a member of this mailing list <list@x>.",
        recipient=re.compile(r"(?:mailing list|Message-ID in) <(?P<addr>[^>\s]+@[^>\s]+)>"),
    ),
    TextFormat(
        name="x1",
        marker=re.compile(r"^-{2,}The following addresses had delivery errors-{2,}", re.M),
        example="---The following addresses had delivery errors--- rcpt@x [User unknown]",
    ),
    TextFormat(
        name="x2",
        marker=re.compile(
            r"^Unable to deliver message to the following address|^NOTICE: Delivery Failure", re.M
        ),
        example="Unable to deliver message to the following address(es). <rcpt@x>:",
    ),
    TextFormat(
        name="x4",
        marker=re.compile(r"Your mail message to the following address\(es\) could not be"),
        example="Your mail message to the following address(es) could not be delivered.",
    ),
    TextFormat(
        name="x6",
        marker=re.compile(r"^We had trouble delivering your message", re.M),
        example="The following recipients returned permanent errors: rcpt@x. Reason: ...",
        recipient=re.compile(r"recipients returned (?:permanent|temporary) errors: (?P<addr>\S+@"
                             r"[\w.\-]+[\w])"),
    ),
)


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_formats(ctx, FORMATS)
