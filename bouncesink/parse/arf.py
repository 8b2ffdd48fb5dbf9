"""RFC 5965 abuse reports (ARF), and the complaint formats that predate or imitate it.

Table of shapes, most standard first:

- multipart/report with a message/feedback-report part: Feedback-Type, Original-Rcpt-To
  (one per complained-about recipient), else the To of the enclosed message;
- Microsoft's JMRP/SNDS reports: the complaint is the enclosed message itself, the recipient is
  in its ``X-HmXmrOriginalRecipient`` header;
- Apple Mail's one-click unsubscribe (``X-Apple-Unsubscribe: true``): an opt-out from the
  address in From.
"""

from __future__ import annotations

import logging
import re
from email.message import Message

from bouncesink.parse._address import clean_address
from bouncesink.parse._bounds import MAX_RECORDS
from bouncesink.parse._context import Context
from bouncesink.parse._decode import header
from bouncesink.parse.rfc3464 import report_text
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "arf"
MESSAGE_TYPE = MessageType.COMPLAINT

FIELD_RE = re.compile(r"^([A-Za-z][A-Za-z0-9\-]{1,40})[ \t]*:[ \t]*(.*)$")
FEEDBACK_HINT_RE = re.compile(r"^Feedback-Type[ \t]*:", re.I | re.M)


def fields(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        m = FIELD_RE.match(line)
        if m:
            out.setdefault(m.group(1).lower(), []).append(m.group(2).strip())
    return out


def detect(ctx: Context) -> list[RecipientRecord] | None:
    texts = [report_text(p) for t, p in ctx.report_parts if t == "message/feedback-report"]
    if not texts and "feedback-report" in str(ctx.msg.get("Content-Type", "")).lower():
        texts = [t for t in ctx.texts if FEEDBACK_HINT_RE.search(t)]
    if texts:
        return _standard(ctx, fields("\n".join(texts)))
    return _microsoft(ctx) or _apple(ctx)


def _standard(ctx: Context, found: dict[str, list[str]]) -> list[RecipientRecord]:
    feedback_type = (found.get("feedback-type") or ["abuse"])[0].lower() or "abuse"
    reporting = next(iter(found.get("reporting-mta", [])), None)
    addrs: list[str] = []
    for name in ("original-rcpt-to", "removal-recipient"):
        for value in found.get(name, []):
            addr = clean_address(value)
            if addr and addr not in addrs:
                addrs.append(addr)
    if not addrs:
        addrs = ctx.original_recipients()
    if not addrs:
        return [_record(None, feedback_type, reporting)]
    return [_record(a, feedback_type, reporting) for a in addrs[:MAX_RECORDS]]


def _microsoft(ctx: Context) -> list[RecipientRecord] | None:
    orig: Message | None = ctx.original
    if orig is None:
        return None
    addr = clean_address(header(orig, "X-HmXmrOriginalRecipient"))
    if addr is None:
        return None
    return [_record(addr, "abuse", None)]


def _apple(ctx: Context) -> list[RecipientRecord] | None:
    if ctx.header("X-Apple-Unsubscribe").lower() != "true" or ctx.sender is None:
        return None
    return [_record(ctx.sender, "opt-out", None)]


def _record(addr: str | None, feedback_type: str, reporting: str | None) -> RecipientRecord:
    return RecipientRecord(
        recipient=addr,
        action=Action.FEEDBACK,
        feedback_type=feedback_type,
        reporting_mta=reporting.partition(";")[2].strip() or reporting if reporting else None,
        source=NAME,
    )
