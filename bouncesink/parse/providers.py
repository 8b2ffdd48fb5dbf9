"""Plain-text bounces of mailbox providers: Gmail and Google Workspace, Yahoo,
Verizon, Biglobe and others whose wording is their own."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._text import TextFormat, all_keys, detect_formats
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "providers"
MESSAGE_TYPE = MessageType.BOUNCE

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="gmail",
        keys=(
            "delivery to the following recipient",
            "automatically generated delivery status notification",
            "** message not delivered",
            "** address not found",
            "** message blocked",
            "your message wasn't delivered to",
            "google tried to deliver",
        ),
        marker=re.compile(
            r"Delivery to the following recipients? (?:failed|has been delayed)"
            r"|This is an automatically generated Delivery Status Notification"
            r"|\*\* (?:Message not delivered|Address not found|Message blocked) \*\*"
            r"|Your message wasn't delivered to|Google tried to deliver your message",
            re.I,
        ),
        example="Delivery to the following recipient failed permanently: rcpt@x",
    ),
    TextFormat(
        name="yahoo",
        keys=("sorry, we were unable to deliver your message",),
        marker=re.compile(r"Sorry, we were unable to deliver your message to the following addr"),
        example="Sorry, we were unable to deliver your message to the following address. <r@x>:",
        recipient=re.compile(r"^<(?P<addr>[^>\s@]+@[^>\s@]+)>:", re.M),
    ),
    TextFormat(
        name="verizon",
        keys=(
            "message could not be delivered to mobile",
            "error: ",
            "invalid user address",
            "no such user",
        ),
        sender=re.compile(r"vtext\.com|vzw|verizon|post_master@", re.I),
        marker=re.compile(
            r"Message could not be delivered to mobile|Error: |Invalid user address|"
            r"no such user",
            re.I,
        ),
        example="Message could not be delivered to mobile. Error: No valid recipients for this MM",
    ),
    TextFormat(
        name="biglobe",
        keys=("the following addresses had delivery problems",),
        marker=re.compile(r"^ *-{3,} The following addresses had delivery problems -{3,}", re.M),
        example="----- The following addresses had delivery problems ----- rcpt@x",
    ),
)


GATE = all_keys(FORMATS)


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_formats(ctx, FORMATS, GATE)
