"""Any other plain-text bounce: a machine-sent message from a mailer daemon (or with a bounce's
subject) whose human-readable part names failed recipients next to words of failure.

A person's reply ("Re:" subject, In-Reply-To or References, from no mailer daemon, no report
part, no X-Failed-Recipients) is no such message even when it arrives with a null return path
(a ticket system or forwarder that sends with MAIL FROM:<>): a person telling of an old address
that "bounced with 550 User unknown" reports nothing a mail system said about our message."""

from __future__ import annotations

import logging

from bouncesink.parse._context import Context
from bouncesink.parse._formats import cut_report
from bouncesink.parse._text import (
    BOUNCE_SENDER_RE,
    REPLY_PREFIX_RE,
    extract,
    looks_like_bounce,
    machine_sent,
)
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "textbounce"
MESSAGE_TYPE = MessageType.BOUNCE


def detect(ctx: Context) -> list[RecipientRecord] | None:
    if not looks_like_bounce(ctx) or not machine_sent(ctx) or _persons_reply(ctx):
        return None
    for text in ctx.texts:
        records = extract(ctx, cut_report(text, 0), NAME)
        if records:
            return records
    return None


def _persons_reply(ctx: Context) -> bool:
    return (
        REPLY_PREFIX_RE.match(ctx.subject) is not None
        and (ctx.has_header("In-Reply-To") or ctx.has_header("References"))
        and BOUNCE_SENDER_RE.search(ctx.from_header) is None
        and ctx.content_type != "multipart/report"
        and not ctx.has_header("X-Failed-Recipients")
    )
