"""Plain-text bounces of Microsoft Exchange (2003 to 2019), Office 365 and Outlook.com."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._text import TextFormat, all_keys, branches_of, detect_formats, marker_of
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "microsoft"
MESSAGE_TYPE = MessageType.BOUNCE

# Exchange's marker, alternative by alternative: (the literal every match of it starts with,
# in lower case; the regex). Case-insensitive and without a common prefix, the whole
# alternation would be tried at every position of a text that merely says "your message".
_EXCHANGE_MARKERS: tuple[tuple[str, str], ...] = (
    (
        "your message did not reach",
        r"Your message did not reach some or all of the intended recipients",
    ),
    (
        "the following recipient(s) c",
        r"The following recipient\(s\) (?:could not be reached|cannot be reached)",
    ),
    # Exchange 2003 lists To: under "Your message" (Domino lists Subject:); Exchange 2000
    # writes "Delivery to the following recipients failed." ("... failed permanently:" is
    # Gmail's older report, and an unnamed MTA's).
    ("your message", r"^Your message[ \t]*\n(?:[ \t]*\n){0,2}[ \t]+To:"),
    (
        "delivery to the following recipient",
        r"Delivery to the following recipients? failed(?! permanently)",
    ),
    ("did not reach the following recipient", r"did not reach the following recipient"),
    (
        "this message could not be delivered to the following recipient",
        r"This message could not be delivered to the following recipient",
    ),
)

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="office365",
        keys=(
            "delivery has failed to these",
            "delivery is delayed to these",
            "your message couldn't",
            "your message could not",
            "your message wasn't",
            "your message was not",
            "couldn't be delivered",
        ),
        marker=re.compile(
            # (not EZweb's "Your message was not delivered within 0 days and 1 hours.")
            r"Delivery has failed to these recipients or groups|Your message (?:couldn't|could not|"
            r"wasn't|was not) (?:be )?delivered(?! within)"
            r"|Your message to .{1,200} couldn't be delivered"
            r"|Delivery is delayed to these recipients or groups",
            re.I,
        ),
        example="Delivery has failed to these recipients or groups: rcpt@x ... Remote Server "
        "returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
    ),
    TextFormat(
        name="exchange",
        keys=(
            "did not reach some or all",
            "could not be reached",
            "cannot be reached",
            "your message",
            "delivery to the following recipient",
            "could not be delivered to the following recipient",
        ),
        marker=marker_of(_EXCHANGE_MARKERS, re.I | re.M),
        branches=branches_of(_EXCHANGE_MARKERS, re.I | re.M),
        example="Your message did not reach some or all of the intended recipients. ... "
        "rcpt@x on 4/29/2010 The e-mail account does not exist",
    ),
)


GATE = all_keys(FORMATS)


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_formats(ctx, FORMATS, GATE)
