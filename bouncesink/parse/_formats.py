"""Plain-text bounce formats as table entries, not branches.

A :class:`TextFormat` says how to recognise one MTA's or provider's report (a phrase that
starts it, optionally the sender or subject) and, where the format has one, the line shape that
names a failed recipient. :func:`detect_formats` finds the first format of a table that
recognises a message and has :func:`bouncesink.parse._text.extract` read its report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bouncesink.parse._context import Context, find_original_marker
from bouncesink.parse._text import extract, looks_like_bounce
from bouncesink.types import RecipientRecord

# A format's marker is looked for in the first characters of each text part only: reports
# start near the top, and a huge body must not cost a search per format.
MARKER_WINDOW = 16 * 1024


@dataclass(frozen=True, slots=True)
class TextFormat:
    """One plain-text bounce format: how to recognise it and where its recipients are."""

    name: str  # the family, written as the record's source
    keys: tuple[str, ...]  # lowercase literals, one of which the report must contain (cheap)
    marker: re.Pattern[str]  # phrase that starts the report (searched in each text part)
    example: str  # the format or phrase this entry was made for
    sender: re.Pattern[str] | None = None  # From: of the bounce must match, when given
    subject: re.Pattern[str] | None = None  # Subject of the bounce must match, when given
    recipient: re.Pattern[str] | None = None  # group 'addr': a line that names a recipient
    end: re.Pattern[str] | None = None  # where the report ends (default: the original's copy)
    from_top: bool = False  # the report starts at the top of the text, before the marker
    # group 'text': where the report says why ("because:"), for a recipient no coded line names
    reason: re.Pattern[str] | None = None
    # The marker's alternatives, each with the lowercase literal every match of it starts with
    # (see :func:`branches_of`): in ASCII text each is tried only where its literal occurs. For a
    # case-insensitive marker without a literal prefix, which re tries at every position.
    branches: tuple[tuple[str, re.Pattern[str]], ...] = ()


def marker_of(alternatives: Sequence[tuple[str, str]], flags: int) -> re.Pattern[str]:
    """The marker that matches any of the (literal, regex) ``alternatives``."""
    return re.compile("|".join(rx for _, rx in alternatives), flags)


def branches_of(
    alternatives: Sequence[tuple[str, str]], flags: int
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The (literal, regex) ``alternatives`` of a marker, compiled: ``TextFormat.branches``."""
    for literal, _ in alternatives:
        if literal != literal.lower():
            raise ValueError(f"a branch literal is written in lower case: {literal!r}")
    return tuple((literal, re.compile(rx, flags)) for literal, rx in alternatives)


def find_report(ctx: Context, fmt: TextFormat) -> str | None:
    """The text of the report if ``fmt`` recognises this message."""
    if fmt.sender is not None and not fmt.sender.search(ctx.from_header):
        return None
    if fmt.subject is not None and not fmt.subject.search(ctx.subject):
        return None
    for text, window in zip(ctx.texts, ctx.windows(MARKER_WINDOW), strict=True):
        if not any(map(window.__contains__, fmt.keys)):
            continue
        at = marker_start(fmt, text, window)
        if at >= 0:
            return cut_report(text, 0 if fmt.from_top else at, fmt.end)
    return None


def marker_start(fmt: TextFormat, text: str, window: str) -> int:
    """Where the first match of ``fmt.marker`` in the first ``MARKER_WINDOW`` characters of
    ``text`` starts, or -1.

    With branches and an ASCII window (``text`` lowercased: the one other character whose
    lower case is ASCII is the Kelvin sign, which re.I matches as "k" too, so positions agree
    and a match contains its literal in lower case), the leftmost match of any alternative is
    the marker's leftmost match.
    """
    if fmt.branches and window.isascii():
        best = -1
        for literal, regex in fmt.branches:
            at = window.find(literal)
            while at >= 0 and (best < 0 or at < best):
                if regex.match(text, at, MARKER_WINDOW) is not None:
                    best = at
                    break
                at = window.find(literal, at + 1)
        return best
    m = fmt.marker.search(text, 0, MARKER_WINDOW)
    return m.start() if m else -1


def cut_report(text: str, start: int, end: re.Pattern[str] | None = None) -> str:
    rest = text[start:]
    if end is not None:
        stop = end.search(rest, 1)
        at = stop.start() if stop else -1
    else:
        at = find_original_marker(rest, 1)
    if at > 0:
        rest = rest[:at]
    return rest[:20000]


def all_keys(formats: Sequence[TextFormat]) -> tuple[str, ...]:
    """Every key of ``formats``: a message containing none of them is none of these formats."""
    return tuple(sorted({key for fmt in formats for key in fmt.keys}))


def detect_formats(
    ctx: Context, formats: Sequence[TextFormat], gate: tuple[str, ...] = ()
) -> list[RecipientRecord] | None:
    # Formats that do not name their sender apply to bounce-looking messages only: a letter or
    # a newsletter costs no search (and cannot be mistaken for a bounce by its wording).
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
        if records:
            return records
    return None
