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
from dataclasses import dataclass

from bouncesink.codes import first_reply_code, first_status
from bouncesink.parse._context import Context
from bouncesink.parse._decode import unfold
from bouncesink.parse._formats import MARKER_WINDOW, TextFormat, all_keys, find_report
from bouncesink.parse._session import find_command
from bouncesink.parse._text import extract, looks_like_bounce
from bouncesink.types import RecipientRecord

logger = logging.getLogger(__name__)

# (the report's text, one record) -> the record as the format's own reading has it
Refiner = Callable[[str, RecipientRecord], RecipientRecord]


@dataclass(frozen=True, slots=True)
class Gate:
    """The literals one of which a message must contain to be any of a module's formats,
    split by script: a key with a non-ASCII letter ("empfänger") is looked for only in a text
    that has one (``str.isascii`` costs nothing; a search costs a scan of the text)."""

    ascii: tuple[str, ...]
    wide: tuple[str, ...]

    def passes(self, window: str) -> bool:
        if any(map(window.__contains__, self.ascii)):
            return True
        return not window.isascii() and any(map(window.__contains__, self.wide))


def gate_of(formats: Sequence[TextFormat]) -> Gate:
    keys = all_keys(formats)
    return Gate(
        ascii=tuple(k for k in keys if k.isascii()),
        wide=tuple(k for k in keys if not k.isascii()),
    )


def detect_refined(
    ctx: Context,
    formats: Sequence[TextFormat],
    gate: Gate,
    refiners: Mapping[str, Refiner],
) -> list[RecipientRecord] | None:
    """``_formats.detect_formats`` with a refiner per format name (``refiners``)."""
    bounce_like = looks_like_bounce(ctx)
    if not bounce_like and all(fmt.sender is None for fmt in formats):
        return None
    windows = ctx.windows(MARKER_WINDOW)
    if not any(map(gate.passes, windows)):
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
        status=first_status(diag),
        reply_code=first_reply_code(diag),
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
