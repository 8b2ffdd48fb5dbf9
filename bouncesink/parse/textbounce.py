"""Any other plain-text bounce: a machine-sent message from a mailer daemon (or with a bounce's
subject) whose human-readable part names failed recipients next to words of failure."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._text import BOUNCE_SENDER_RE, cut_report, extract, looks_like_bounce
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

FORWARD_PREFIX_RE = re.compile(r"\s*(?:fwd?|wg|tr|rv|doorst)\s*:", re.I)
QUOTED_FROM_RE = re.compile(r"[>\s]*From:\s*(.{1,200})", re.I)

NAME = "textbounce"
MESSAGE_TYPE = MessageType.BOUNCE


def detect(ctx: Context) -> list[RecipientRecord] | None:
    if not looks_like_bounce(ctx) or not _machine_sent(ctx):
        return None
    for text in ctx.texts:
        records = extract(ctx, cut_report(text, 0), NAME)
        if records:
            return records
    return None


def _machine_sent(ctx: Context) -> bool:
    """With no format to go by, a bounce's subject alone is not enough ("Your application was
    rejected" from a person): the sender is a mailer daemon, or the message is a report, names
    failed recipients, or was sent automatically or with a null return path."""
    if BOUNCE_SENDER_RE.search(ctx.from_header) or ctx.content_type == "multipart/report":
        return True
    if ctx.has_header("X-Failed-Recipients") or ctx.has_header("Auto-Submitted"):
        return True
    if FORWARD_PREFIX_RE.match(ctx.subject) and _quotes_a_daemon(ctx):
        return True  # somebody forwarded a bounce: the daemon's words are in the body
    return ctx.has_header("Return-Path") and ctx.header("Return-Path") in ("<>", "")


def _quotes_a_daemon(ctx: Context) -> bool:
    for line in ctx.first_text[:4000].splitlines():
        m = QUOTED_FROM_RE.match(line)
        if m and BOUNCE_SENDER_RE.search(m.group(1)):
            return True
    return False
