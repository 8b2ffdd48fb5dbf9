"""Last resorts: the X-Failed-Recipients header, then flufl.bounce, both guarded.

flufl.bounce finds addresses in almost anything (it raises on a message without From, and
returns senders and postmasters as well as recipients), so its answer is kept only for a
message that looks like a bounce, and only for addresses the message itself supports: named
in the enclosed original's headers, or in the bounce text next to words of failure.
"""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._util import (
    clean_address,
    find_command,
    find_reply_code,
    find_status,
    header,
    is_system_address,
    recipient_paragraph,
)
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "fallback"
MESSAGE_TYPE = MessageType.BOUNCE

BOUNCE_SENDER_RE = re.compile(
    r"mailer-?daemon|postmaster|mail ?delivery|mail ?administrator|mail ?system"
    r"|delivery ?(?:subsystem|status)|bounce|^<>$",
    re.I,
)
BOUNCE_SUBJECT_RE = re.compile(
    r"undeliver|undelivered|delivery (?:status|failure|failed|has failed|problem)|returned mail"
    r"|failure notice|mail delivery|non-?delivery|could not be delivered|rejected|bounce"
    r"|not delivered|delivery notification|unzustellbar|non remis|no entregado|errore",
    re.I,
)
FAILURE_WORDS_RE = re.compile(
    r"fail|unknown|not exist|no such|reject|refused|denied|invalid|unavailable|undeliver"
    r"|error|bounce|disabled|full|quota|not found|could not|couldn't|unable|permanent"
    r"|[45]\d\d[ \-]|[45]\.\d{1,3}\.\d{1,3}",
    re.I,
)


def looks_like_bounce(ctx: Context) -> bool:
    return bool(
        BOUNCE_SENDER_RE.search(ctx.from_header)
        or BOUNCE_SUBJECT_RE.search(ctx.subject)
        or header(ctx.msg, "Return-Path").strip() in ("<>", "")
        and ctx.msg.get("Return-Path") is not None
    )


def detect(ctx: Context) -> list[RecipientRecord] | None:
    if not looks_like_bounce(ctx):
        return None
    return _failed_recipients(ctx) or _flufl(ctx)


def make_record(ctx: Context, addr: str, source: str) -> RecipientRecord:
    para = recipient_paragraph(ctx.body, addr)
    return RecipientRecord(
        recipient=addr,
        action=Action.FAILED,
        status=find_status(para),
        reply_code=find_reply_code(para),
        diagnostic=para or None,
        command=find_command(para),
        source=source,
    )


def _failed_recipients(ctx: Context) -> list[RecipientRecord] | None:
    addrs: list[str] = []
    for value in ctx.msg.get_all("X-Failed-Recipients") or []:
        for piece in str(value).split(","):
            addr = clean_address(piece)
            if addr and addr not in addrs:
                addrs.append(addr)
    return [make_record(ctx, a, "x-failed-recipients") for a in addrs] or None


def supported(ctx: Context, addr: str) -> bool:
    """The message itself names ``addr`` as a recipient of the original, or next to an error."""
    if is_system_address(addr) or addr == ctx.sender:
        return False
    if addr in ctx.original_recipients():
        return True
    para = recipient_paragraph(ctx.body, addr)
    return bool(para and FAILURE_WORDS_RE.search(para))


def _flufl(ctx: Context) -> list[RecipientRecord] | None:
    try:
        from flufl.bounce import scan_message

        found = scan_message(ctx.msg)
    except Exception as exc:  # flufl.bounce raises on odd messages (no From, bad MIME)
        logger.debug("flufl.bounce failed error=%s", type(exc).__name__)
        return None
    addrs: list[str] = []
    for raw in sorted(found):
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        addr = clean_address(text)
        if addr and addr not in addrs and supported(ctx, addr):
            addrs.append(addr)
    return [make_record(ctx, a, "flufl") for a in addrs] or None
