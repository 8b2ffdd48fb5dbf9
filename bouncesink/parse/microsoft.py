"""Plain-text bounces of Microsoft Exchange (2003 to 2019), Office 365 and Outlook.com."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._text import TextFormat, all_keys, detect_formats
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "microsoft"
MESSAGE_TYPE = MessageType.BOUNCE

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
        marker=re.compile(
            r"Your message did not reach some or all of the intended recipients"
            r"|The following recipient\(s\) (?:could not be reached|cannot be reached)"
            # Exchange 2003 lists To: under "Your message" (Domino lists Subject:); Exchange 2000
            # writes "Delivery to the following recipients failed." ("... failed permanently:"
            # is Gmail's older report, and an unnamed MTA's).
            r"|^Your message[ \t]*\n(?:[ \t]*\n){0,2}[ \t]+To:"
            r"|Delivery to the following recipients? failed(?! permanently)"
            r"|did not reach the following recipient"
            r"|This message could not be delivered to the following recipient",
            re.I | re.M,
        ),
        example="Your message did not reach some or all of the intended recipients. ... "
        "rcpt@x on 4/29/2010 The e-mail account does not exist",
    ),
)


GATE = all_keys(FORMATS)


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_formats(ctx, FORMATS, GATE)
