"""Any other plain-text bounce: a machine-sent message from a mailer daemon (or with a bounce's
subject) whose human-readable part names failed recipients next to words of failure."""

from __future__ import annotations

import logging

from bouncesink.parse._context import Context
from bouncesink.parse._formats import cut_report
from bouncesink.parse._text import extract, looks_like_bounce, machine_sent
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "textbounce"
MESSAGE_TYPE = MessageType.BOUNCE


def detect(ctx: Context) -> list[RecipientRecord] | None:
    if not looks_like_bounce(ctx) or not machine_sent(ctx):
        return None
    for text in ctx.texts:
        records = extract(ctx, cut_report(text, 0), NAME)
        if records:
            return records
    return None
