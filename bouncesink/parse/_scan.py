"""The detector table and the one loop that runs it.

Detectors are run in order of most specific/authoritative to least (as flufl.bounce's
``_scan.py`` does); the first that returns records decides the message type.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from email import message_from_bytes
from email.message import Message
from typing import Protocol

from bouncesink.parse import (
    _context,
    _mime,
    _raw,
    amazon,
    appliances,
    arf,
    autoreply,
    fallback,
    forwarded,
    mailservers,
    microsoft,
    providers,
    rfc3464,
    textbounce,
    unix_mta,
)
from bouncesink.parse._bounds import MAX_RECORDS
from bouncesink.types import Action, MessageType, RecipientRecord, Report

logger = logging.getLogger(__name__)


class Detector(Protocol):
    """What a detector module is: mypy checks each module of ``DETECTORS`` against it."""

    NAME: str  # the family, written as the source of the records it returns
    MESSAGE_TYPE: MessageType  # the type of a message whose records it returned

    def detect(self, ctx: _context.Context) -> list[RecipientRecord] | None:
        """The records of the message if this detector reads it, else None (or empty)."""
        ...


# Detector modules, most authoritative first.
DETECTORS: Sequence[Detector] = (
    rfc3464,  # RFC 3464 / 6533 fields: the recipient's own words
    arf,  # RFC 5965 complaints and their vendor variants
    forwarded,  # a DSN enclosed in another bounce
    amazon,  # Amazon SES notifications (JSON through SNS)
    microsoft,  # Exchange, Office 365, Outlook.com
    providers,  # Gmail, Yahoo, Verizon...
    appliances,  # Notes, filters and gateways, and other named formats
    unix_mta,  # Postfix, Exim, Sendmail, qmail, Courier, OpenSMTPD, DMA
    mailservers,  # MDaemon, GroupWise, CommuniGate Pro
    autoreply,  # RFC 3834 auto-replies (after bounces: Postfix says auto-replied too)
    textbounce,  # any other text from a mailer daemon naming recipients and failures
    fallback,  # X-Failed-Recipients, then flufl.bounce, guarded
)


Splitter = Callable[[bytes], Message]


def scan(raw: bytes) -> Report:
    """Parse the first ``_raw.FIRST_BYTES``; a report cut short there (a DSN with many
    recipients) is parsed again up to ``_raw.MAX_RAW_BYTES``."""
    return _scan(raw, _mime.message_from_bytes)


def scan_by_compat32(raw: bytes) -> Report:
    """``scan`` with the standard library's parser (compat32) splitting the message instead
    of ``_mime``: the reading the fast path must give the same Report as (tests compare
    them over the corpus and the fixtures). Slower; not used by ``parse``."""
    return _scan(raw, _compat32)


def _compat32(data: bytes) -> Message:
    return message_from_bytes(data)  # the default policy: compat32


def _scan(raw: bytes, split: Splitter) -> Report:
    ctx = _parse(raw, _raw.FIRST_BYTES, split)
    if (
        len(raw) > _raw.FIRST_BYTES
        and ctx.content_type == "multipart/report"
        and not _raw.report_part_complete(raw, _raw.FIRST_BYTES)
    ):
        ctx = _parse(raw, _raw.MAX_RAW_BYTES, split)
    return _detect(ctx)


def _parse(raw: bytes, limit: int, split: Splitter) -> _context.Context:
    return _context.build(split(_raw.prepare(raw, limit)))


def _detect(ctx: _context.Context) -> Report:
    message_type = MessageType.NOT_BOUNCE
    records: list[RecipientRecord] = []
    for module in DETECTORS:
        found = module.detect(ctx)
        if found:
            records = found[:MAX_RECORDS]
            message_type = module.MESSAGE_TYPE
            break
    if records and all(r.action is Action.FEEDBACK for r in records):
        message_type = MessageType.COMPLAINT
    reporting = next((r.reporting_mta for r in records if r.reporting_mta), None)
    return Report(
        message_type=message_type,
        records=tuple(records),
        subject=ctx.subject or None,
        sender=ctx.sender,
        message_id=ctx.header("Message-ID") or None,
        original_message_id=ctx.original_message_id() if records else None,
        reporting_mta=reporting,
    )
