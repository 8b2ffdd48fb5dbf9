"""Text formats whose records need a second look: the table entry finds the report and its
recipients (``_text.extract``), then a small function of the format's own reads what the generic
extraction cannot (a transcript's refused command, a product's own status beside the remote
server's reply, a labelled reason that must win over the report's other coded lines).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Mapping, Sequence

from bouncesink.parse._context import Context
from bouncesink.parse._text import (
    MARKER_WINDOW,
    TextFormat,
    extract,
    find_report,
    looks_like_bounce,
)
from bouncesink.parse._util import find_command, find_reply_code, find_status, unfold
from bouncesink.types import RecipientRecord

logger = logging.getLogger(__name__)

# (the report's text, one record) -> the record as the format's own reading has it
Refiner = Callable[[str, RecipientRecord], RecipientRecord]


def detect_refined(
    ctx: Context,
    formats: Sequence[TextFormat],
    gate: tuple[str, ...],
    refiners: Mapping[str, Refiner],
) -> list[RecipientRecord] | None:
    """``_text.detect_formats`` with a refiner per format name (``refiners``)."""
    bounce_like = looks_like_bounce(ctx)
    if not bounce_like and all(fmt.sender is None for fmt in formats):
        return None
    windows = ctx.windows(MARKER_WINDOW)
    if gate and not any(any(map(window.__contains__, gate)) for window in windows):
        return None
    for fmt in formats:
        if fmt.sender is None and not bounce_like:
            continue
        report = find_report(ctx, fmt)
        if report is None:
            continue
        records = extract(ctx, report, fmt.name, fmt.recipient, fmt.reason)
        if not records:
            continue
        refine = refiners.get(fmt.name)
        if refine is not None:
            records = [refine(report, record) for record in records]
        return records
    return None


def restated(
    record: RecipientRecord, diagnostic: str, command: str | None = None
) -> RecipientRecord:
    """``record`` with ``diagnostic`` as its text, and the codes and command read from it."""
    diag = unfold(diagnostic)[:2000]
    if not diag:
        return record
    return dataclasses.replace(
        record,
        diagnostic=diag,
        status=find_status(diag),
        reply_code=find_reply_code(diag),
        command=command or find_command(diag) or record.command,
    )


def stated_reason_first(reason: re.Pattern[str]) -> Refiner:
    """A refiner for formats that label the reason ("退信原因", "Error Description:"): the
    labelled text after the recipient is the diagnostic, whatever other coded lines say."""

    def refine(report: str, record: RecipientRecord) -> RecipientRecord:
        addr = (record.recipient or "").lower()
        at = report.lower().find(addr) if addr else -1
        m = (reason.search(report, at) if at >= 0 else None) or reason.search(report)
        if m is None:
            return record
        return restated(record, m.group("text"))

    return refine
