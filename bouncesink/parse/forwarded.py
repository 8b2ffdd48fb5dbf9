"""A DSN forwarded as the enclosed message of another bounce (a gateway that bounces the
bounce, a filter that wraps what it received): read the enclosed report."""

from __future__ import annotations

import logging

from bouncesink.parse import _context, rfc3464
from bouncesink.parse._context import Context
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "forwarded"
MESSAGE_TYPE = MessageType.DSN


def detect(ctx: Context) -> list[RecipientRecord] | None:
    inner = ctx.original
    if inner is None or not inner.is_multipart():
        return None
    if "delivery-status" not in str(inner.get("Content-Type", "")).lower():
        return None
    return rfc3464.detect(_context.build(inner))
