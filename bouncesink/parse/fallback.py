"""Last resorts: the X-Failed-Recipients header, then flufl.bounce, both guarded.

flufl.bounce finds addresses in almost anything (it raises on a message without From, and
returns senders and postmasters as well as recipients), so its answer is kept only for a
message that looks like a bounce, and only for addresses the message itself supports: named
in the enclosed original's headers, or in the bounce text next to words of failure.
"""

from __future__ import annotations

import logging

from bouncesink.codes import first_reply_code, first_status
from bouncesink.parse._address import clean_address, is_system_address
from bouncesink.parse._bounds import MAX_PARTS
from bouncesink.parse._context import Context
from bouncesink.parse._paragraphs import recipient_paragraph
from bouncesink.parse._sections import Sections, sections
from bouncesink.parse._session import find_command
from bouncesink.parse._text import (
    FAILURE_WORDS_RE,
    failed_recipients_header,
    looks_like_bounce,
    machine_sent,
    without_address,
)
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "fallback"
MESSAGE_TYPE = MessageType.BOUNCE


def detect(ctx: Context) -> list[RecipientRecord] | None:
    if not looks_like_bounce(ctx):
        return None
    return _failed_recipients(ctx) or (_flufl(ctx) if machine_sent(ctx) else None)


def make_record(
    ctx: Context, addr: str, source: str, secs: Sections | None = None
) -> RecipientRecord:
    """``addr``'s record, from its paragraph of the text; with several recipients
    (``secs``), from its own lines only."""
    para = ""
    if secs is not None:
        para = secs.diagnostic(addr, FAILURE_WORDS_RE)
    if not para and (secs is None or not secs.names(addr)):
        para = recipient_paragraph(ctx.body, addr)
    return RecipientRecord(
        recipient=addr,
        action=Action.FAILED,
        status=first_status(para),
        reply_code=first_reply_code(para),
        diagnostic=para or None,
        command=find_command(without_address(para, addr)),
        source=source,
    )


def _failed_recipients(ctx: Context) -> list[RecipientRecord] | None:
    addrs = failed_recipients_header(ctx)
    secs = sections(ctx.body, addrs) if len(addrs) > 1 else None
    return [make_record(ctx, a, "x-failed-recipients", secs) for a in addrs]


def supported(ctx: Context, addr: str) -> bool:
    """The message itself names ``addr`` as a recipient of the original, or next to an error."""
    if is_system_address(addr) or addr == ctx.sender:
        return False
    if addr in ctx.original_recipients():
        return True
    para = recipient_paragraph(ctx.body, addr)
    return bool(para and FAILURE_WORDS_RE.search(para.lower()))


def _plain_headers(ctx: Context) -> bool:
    """From and Subject present, and no header anywhere that compat32 hands over as an 8-bit
    Header object (flufl.bounce's detectors call str methods on them, and log the failure)."""
    if "from" not in ctx.headers or "subject" not in ctx.headers:
        return False
    for count, part in enumerate(ctx.msg.walk()):
        if count >= MAX_PARTS or any(not isinstance(v, str) for v in part.values()):
            return False  # too many parts to check, or an 8-bit header
    return True


def _flufl(ctx: Context) -> list[RecipientRecord] | None:
    if ctx.sender is None or not _plain_headers(ctx):
        # flufl.bounce's detectors raise (and log a traceback) on a message without a From
        # address, or whose From or Subject compat32 hands over as an 8-bit Header object.
        return None
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
    secs = sections(ctx.body, addrs) if len(addrs) > 1 else None
    return [make_record(ctx, a, "flufl", secs) for a in addrs] or None
