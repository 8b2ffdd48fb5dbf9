"""Bounce parser: raw message bytes -> :class:`~bouncesink.types.Report`. Pure, no I/O.

``parse`` never raises: a message it cannot read comes back as ``MessageType.UNPARSABLE`` with
the error. ``split_mbox`` cuts an mbox file into messages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from bouncesink.parse import _context, _decode, _mime, _raw
from bouncesink.parse._scan import scan
from bouncesink.types import MessageType, Report

logger = logging.getLogger(__name__)

__all__ = ["iter_mbox", "parse", "returned_headers", "split_mbox"]

_HEADER_RE = re.compile(rb"[A-Za-z][A-Za-z0-9\-]*:")
_FROM_LINE_RE = re.compile(rb"^From \S*.*?(?:\d{1,2}:\d{2}|\d{4})", re.M)


def parse(raw: bytes) -> Report:
    """Read one message; never raises."""
    try:
        return scan(bytes(raw))
    except RecursionError:
        logger.warning("parse failed error=recursion")
        return Report(MessageType.UNPARSABLE, error="message nested too deeply")
    except Exception as exc:
        logger.warning("parse failed error=%s", type(exc).__name__)
        return Report(MessageType.UNPARSABLE, error=f"{type(exc).__name__}: {exc}")


def returned_headers(raw: bytes) -> dict[str, str]:
    """The headers of the message that bounced, as the bounce returns it (its message/rfc822
    or text/rfc822-headers part, or the copy quoted in its text): lowercased name → first
    value, decoded. Empty when the bounce returns none; never raises."""
    try:
        msg = _mime.message_from_bytes(_raw.prepare(bytes(raw), _raw.FIRST_BYTES))
        original = _context.build(msg).original_headers()
    except Exception as exc:
        logger.warning("returned headers not read error=%s", type(exc).__name__)
        return {}
    found: dict[str, str] = {}
    for name, value in original.raw_items() if original is not None else ():
        found.setdefault(name.lower(), _decode.decode_header_value(value).strip())
    return found


def iter_mbox(data: bytes) -> Iterator[bytes]:
    """Messages of an mbox file (split on 'From ' lines); a non-mbox file is one message.

    A file written with CR-only line endings (classic Mac OS) is read as if with LF."""
    if not data.startswith(b"From "):
        if data:
            yield data
        return
    first = data[:4096]
    if b"\n" not in first and b"\r" in first:
        data = data.replace(b"\r", b"\n")
    starts = [m.start() for m in _FROM_LINE_RE.finditer(data) if _at_line_start(data, m.start())]
    if not starts:
        yield data
        return
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(data)
        chunk = data[start:end]
        nl = chunk.find(b"\n")
        body = chunk[nl + 1 :] if nl >= 0 else b""
        body = re.sub(rb"(?m)^>(>*From )", rb"\1", body)
        if body.strip():
            yield body


def split_mbox(data: bytes) -> list[bytes]:
    return list(iter_mbox(data))


def _at_line_start(data: bytes, pos: int) -> bool:
    """'From ' begins a message only after a blank line (or at the start of the file)."""
    if pos > 0 and data[max(0, pos - 2) : pos] != b"\n\n" and data[pos - 3 : pos] != b"\n\r\n":
        return False
    nl = data.find(b"\n", pos)
    nxt = data[nl + 1 : nl + 80] if nl >= 0 else b""
    return pos == 0 or _HEADER_RE.match(nxt) is not None
