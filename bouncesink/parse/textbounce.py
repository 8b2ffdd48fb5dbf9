"""Plain-text bounces of known MTAs and providers."""

from __future__ import annotations

import logging

from bouncesink.parse._context import Context
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "textbounce"
MESSAGE_TYPE = MessageType.BOUNCE


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return None
