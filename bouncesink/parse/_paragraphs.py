"""The lines of a human-readable report that speak of one recipient, and a text without the
lines of its envelope summary (which name a recipient but say nothing of the failure)."""

from __future__ import annotations

import re

from bouncesink.parse._decode import unfold

_QUOTED_HEADER_RE = re.compile(r"\s*(?:To|Cc|Bcc|From|Subject|Sent|Date)\s*:", re.I)


def _best_occurrence(text: str, recipient: str) -> int:
    """Where a text speaks of ``recipient``: the first mention that is not a quoted header line
    ('To: x' in a summary of the original), else the first mention."""
    first = at = text.find(recipient)
    if at < 0:
        low, rlow = text.lower(), recipient.lower()
        first = at = low.find(rlow)
        finder = low.find
        needle = rlow
    else:
        finder = text.find
        needle = recipient
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        if not _QUOTED_HEADER_RE.match(text, start):
            return at
        at = finder(needle, at + len(needle))
    return first


_ENTRY_RE = re.compile(r"[ \t]*<?[^\s@<>]{1,64}@[^\s@<>]{1,255}>?:")


def _next_entry(text: str, recipient: str, start: int, end: int) -> int:
    """Where, before ``end``, a line starts the entry of another recipient ("other@x: 550 ..."),
    so that one recipient's paragraph does not take in the next one's error."""
    low = recipient.lower()
    pos = text.find("\n", start)
    while 0 <= pos < end:
        m = _ENTRY_RE.match(text, pos + 1)
        if m and low not in m.group(0).lower():
            return pos
        pos = text.find("\n", pos + 1)
    return end


def recipient_paragraph(text: str, recipient: str, limit: int = 1000) -> str:
    """The lines of a human-readable text that speak of one recipient (empty if none)."""
    if not text or not recipient:
        return ""
    at = _best_occurrence(text, recipient)
    if at < 0:
        return ""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n\n", at)
    if end < 0 or end - start > limit:
        end = min(len(text), start + limit)
    end = _next_entry(text, recipient, start, end)
    para = unfold(text[start:end])
    # A paragraph that only names the address says nothing about the failure.
    if len(para) - len(recipient) < 8:
        nxt = text.find("\n\n", end + 2)
        tail = text[end : nxt if 0 <= nxt < end + limit else end + limit]
        para = unfold(para + " " + tail)
    return para


# A line of an envelope summary ("Message details: ... RCPT TO: rcpt@x", Apache James): a
# label and an address alone, with no reply after it. It names the recipient but says nothing
# of which command failed (a transcript line has ">>>" before it or a reply after it).
_ENVELOPE_SUMMARY_RE = re.compile(
    r"^[ \t]*(?:mail from|rcpt to)[ \t]*:[ \t]*<?[^\s<>@]{1,64}@[^\s<>]{1,255}>?[ \t]*"
    r"(?:\n|\Z)(?![ \t]*(?:<<< ?)?[2-5]\d\d\b)",
    re.M,
)


def without_envelope_summary(text: str) -> str:
    """``text`` without the lines of an envelope summary (see ``_ENVELOPE_SUMMARY_RE``)."""
    low = text.lower()
    if "rcpt to" not in low and "mail from" not in low:
        return text
    if len(low) != len(text):
        return text  # positions in the lowercased copy would not match
    pieces: list[str] = []
    pos = 0
    for m in _ENVELOPE_SUMMARY_RE.finditer(low):
        pieces.append(text[pos : m.start()])
        pos = m.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)
