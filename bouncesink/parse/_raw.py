"""Byte-level preparation of a message before compat32 parses it: what to parse, and how to
make parsing cheap. Every step keeps the meaning of the message for the detectors.

1. Cap the size: the report parts of a bounce come first, so a huge message (a 20 MB
   attachment) costs no more than its first ``FIRST_BYTES`` (a multipart/report cut there
   is read again up to ``MAX_RAW_BYTES``), and the body of an attachment that is neither
   text nor a message (application/*, image/*...) is dropped, as is an HTML part that comes
   after a plain-text one (the plain alternative is the one read).
2. Line endings: CR-only and CRLF become LF (compat32 does not split on a lone CR).
3. The returned message (a message/rfc822 part with no report part after it) is kept to its
   headers: its body may be a whole newsletter, and nothing in it names the failure.
4. Trace and signature fields that nothing reads (Received, DKIM-Signature, ARC-*,
   Authentication-Results, Exchange's X-MS-Exchange-* ...) are dropped with their continuation
   lines: they are a third of the header lines of a bounce and of its returned original, and
   compat32 pays for every header line.
5. A delivery-status part is declared text (``TEXT_DELIVERY_STATUS``): compat32 parses the
   body of a message/delivery-status part as one header block per recipient, and the
   detector only reads it back as text. ``_context`` knows the part by its new name.
6. MIME boundaries are renamed to a fixed series: compat32 compiles one regular expression per
   boundary (about 0.2 ms each, more than the rest of parsing a bounce) and every message has
   new ones, so re's cache never helps. RFC 2046 forbids a boundary inside the content, so the
   renaming changes nothing else.
"""

from __future__ import annotations

import logging
import re

from bouncesink.parse._decode import normalise_newlines

logger = logging.getLogger(__name__)

FIRST_BYTES = 64 * 1024
MAX_RAW_BYTES = 256 * 1024
MAX_BOUNDARIES = 16
_BOUNDARY_RE = re.compile(rb'boundary[ \t]*=[ \t]*(?:"([^"\n]{1,200})"|([^\s;"]{1,200}))')
_ORIGINAL_TYPES = (b"message/rfc822", b"message/global")
_REPORT_TYPES = (b"delivery-status", b"feedback-report", b"disposition-notification")


def prepare(raw: bytes, limit: int = MAX_RAW_BYTES) -> bytes:
    raw = normalise_newlines(cap(raw, limit))
    lower = raw.lower()
    cut = headers_of_original(raw, lower)
    if cut is not raw:
        raw, lower = cut, lower[: len(cut)]
    stripped = without_binary_bodies(raw, lower)
    if stripped is not raw:
        raw, lower = stripped, stripped.lower()
    stripped = without_unread_fields(raw, lower)
    if stripped is not raw:
        raw, lower = stripped, stripped.lower()
    renamed = delivery_status_as_text(raw, lower)
    if renamed is not raw:
        raw, lower = renamed, renamed.lower()
    return canonical_boundaries(raw, lower)


# The names a delivery-status part is given for compat32, and the types they stand for.
TEXT_DELIVERY_STATUS = {
    "text/x-bsnk-delivery-status": "message/delivery-status",
    "text/x-bsnk-global-delivery-status": "message/global-delivery-status",
}
_DSN_TYPE_RE = re.compile(
    rb"(\ncontent-type[ \t]*:[ \t]*)message/(delivery-status|global-delivery-status)\b"
)


def delivery_status_as_text(raw: bytes, lower: bytes) -> bytes:
    """Declare each message/(global-)delivery-status part text/x-bsnk-(global-)delivery-status."""
    if b"delivery-status" not in lower:
        return raw
    pieces: list[bytes] = []
    pos = 0
    for m in _matches_at(_DSN_TYPE_RE, b"\n" + lower, b"\ncontent-type"):
        start = m.start(2) - 1 - len(b"message/")  # offsets in ``raw`` (one newline put in front)
        pieces.append(raw[pos:start])
        pieces.append(b"text/x-bsnk-" + m.group(2))
        pos = m.end(2) - 1
    if not pieces:
        return raw
    pieces.append(raw[pos:])
    return b"".join(pieces)


def _matches_at(pattern: re.Pattern[bytes], text: bytes, literal: bytes) -> list[re.Match[bytes]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins with ``literal``: tried
    only where bytes.find finds it, not at every position."""
    out: list[re.Match[bytes]] = []
    at = text.find(literal)
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            at = text.find(literal, m.end())
        else:
            at = text.find(literal, at + 1)
    return out


# Header fields no detector reads, written in lower case (searched in the lowercased message),
# each with what it is: trace, signatures and filter verdicts, many lines each. Grouped by
# first letter: a line that starts with none of them (most lines) costs one test.
_UNREAD_FIELD_RE = re.compile(
    rb"\n(?:"
    rb"a(?:rc-seal|rc-message-signature|rc-authentication-results"  # RFC 8617
    rb"|uthentication-results)"  # the receiving side's verdicts
    rb"|d(?:kim-signature|omainkey-signature)"  # signatures
    rb"|r(?:eceived|eceived-spf)"  # trace, verdict
    rb"|x-(?:received"  # trace
    rb"|google-dkim-signature"
    rb"|ms-exchange-[a-z0-9-]{1,60}|microsoft-antispam[a-z0-9-]{0,60}"  # Exchange Online
    rb"|forefront-antispam-report[a-z0-9-]{0,60}"
    rb"|gm-message-state|google-smtp-source)"  # Gmail
    rb")[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*"
)


def without_unread_fields(raw: bytes, lower: bytes) -> bytes:
    """Drop the header fields of ``_UNREAD_FIELD_RE`` (with their continuation lines), in the
    message's headers and in every header block it encloses."""
    pieces: list[bytes] = []
    pos = 0
    # A match begins at the newline before a field; with a newline put in front of the
    # message (so that its first line is looked at too), a match at [start, end) in the
    # search is the field and the newline ending it at [start, end) in ``raw``.
    for m in _UNREAD_FIELD_RE.finditer(b"\n" + lower):
        pieces.append(raw[pos : m.start()])
        pos = m.end()
    if not pieces:
        return raw
    pieces.append(raw[pos:])
    return b"".join(pieces)


_BINARY_TYPES = (b"application/", b"image/", b"audio/", b"video/", b"font/", b"model/")


def without_binary_bodies(raw: bytes, lower: bytes) -> bytes:
    """Drop the bodies of binary attachments, and of HTML parts after a plain-text one (the
    alternative that is read) or in a delivery report; kept: their headers and the boundary
    after them."""
    pieces: list[bytes] = []
    pos = 0
    # A delivery report carries its facts in the report part: its HTML rendering is not read.
    plain_seen = b"delivery-status" in lower
    at = lower.find(b"\ncontent-type:")
    while at >= 0:
        value = lower[at + 14 : at + 40].lstrip(b" \t")
        plain_seen = plain_seen or value.startswith(b"text/plain")
        if value.startswith(_BINARY_TYPES) or (plain_seen and value.startswith(b"text/html")):
            body = lower.find(b"\n\n", at + 14)
            if body < 0:
                break
            end = lower.find(b"\n--", body + 1)
            if end < 0:
                end = len(raw) - 1
            pieces.append(raw[pos : body + 2])
            pos = end + 1
            at = lower.find(b"\ncontent-type:", pos - 1)
        else:
            at = lower.find(b"\ncontent-type:", at + 14)
    if not pieces:
        return raw
    pieces.append(raw[pos:])
    return b"".join(pieces)


def report_part_complete(raw: bytes, limit: int) -> bool:
    """Whether the first ``limit`` bytes hold a report part up to its closing boundary."""
    head = raw[:limit].lower()
    at = -1
    for ctype in _REPORT_TYPES:
        at = head.find(b"message/" + ctype)  # the part, not the report-type parameter
        if at < 0:
            at = head.find(b"message/global-" + ctype)
        if at >= 0:
            break
    return at >= 0 and head.find(b"\n--", at) >= 0


def cap(raw: bytes, limit: int = MAX_RAW_BYTES) -> bytes:
    if len(raw) <= limit:
        return raw
    cut = raw.rfind(b"\n", 0, limit)
    return raw[: cut + 1 if cut > 0 else limit]


def headers_of_original(raw: bytes, lower: bytes) -> bytes:
    """Cut after the headers of an enclosed original that is the last thing that matters."""
    at = -1
    for ctype in _ORIGINAL_TYPES:
        at = lower.find(ctype)
        if at >= 0:
            break
    if at < 0:
        return raw
    line_start = lower.rfind(b"\n", 0, at) + 1
    if not lower.startswith(b"content-type:", line_start):
        return raw
    if any(lower.find(t, at) >= 0 for t in _REPORT_TYPES):
        return raw  # a report part follows (or the original is itself a report)
    body = raw.find(b"\n\n", at)  # end of the part's own headers
    if body < 0:
        return raw
    end = raw.find(b"\n\n", body + 2)  # end of the original's headers
    if end < 0:
        return raw
    return raw[: end + 1]


def canonical_boundaries(raw: bytes, lower: bytes) -> bytes:
    if len(lower) != len(raw):
        lower = raw.lower()
    found: list[bytes] = []
    for m in _matches_at(_BOUNDARY_RE, lower, b"boundary"):
        start, end = m.span(1) if m.group(1) is not None else m.span(2)
        value = raw[start:end]
        if value not in found:
            found.append(value)
            if len(found) >= MAX_BOUNDARIES:
                break
    # Longest first, so that a boundary that is a prefix of another is renamed consistently.
    for i, value in sorted(enumerate(found), key=lambda iv: -len(iv[1])):
        if len(value) >= 8:
            raw = raw.replace(value, b"bsnk-%d-boundary" % i)
    return raw
