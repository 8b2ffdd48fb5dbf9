"""A MIME splitter that builds the tree ``email.message_from_bytes(data, policy=compat32)``
builds, in a fraction of its time, for the messages ``_raw.prepare`` hands over.

compat32's feed parser reads a message line by line and tests every line against the boundary
of every enclosing multipart; most of the cost of parsing a bounce was there. This module finds
boundary lines with ``str.find`` and reads a header block with one regular expression, and
produces the same ``email.message.Message`` objects: headers as the raw (name, value) pairs of
``Compat32.header_source_parse``, a multipart's payload as the list of its parts (the newline
before a boundary line belongs to the boundary), a message/* payload as a one-element list, a
leaf payload as ``str`` (bytes decoded as ASCII with surrogateescape), preamble, epilogue,
unix-from and the defects compat32 records.

Why the cut is the same: inside a multipart's body every line is tested against its boundary
at any depth of nesting (RFC 2046 5.1.2), until its close boundary; so splitting the outer
multipart first and each part within its own span finds the same lines.

Input is LF-only (``_raw.prepare`` turns CR and CRLF into LF). Whatever this module does not
reproduce exactly raises ``_Unsure`` inside, and the message is parsed by compat32 itself:
a CR anywhere, a unix-from line other than the first, repeated boundary lines, a
message/delivery-status part (header blocks), a boundary with a newline in it, a content type
with 8-bit bytes, nesting deeper than ``MAX_DEPTH``.
"""

from __future__ import annotations

import logging
import re
from email import errors
from email import message_from_bytes as compat32_message_from_bytes
from email.message import Message

logger = logging.getLogger(__name__)

MAX_DEPTH = 32  # nested messages and multiparts; deeper ones go to compat32

# compat32's test for a header line (feedparser.headerRE): a unix-from, a field name (the
# printable characters but ':') and a colon, or a continuation.
_HEADER_LINE_RE = re.compile(r"From |[\041-\071\073-\176]*+:|[\t ]")
# One field of a header block with nothing compat32 would treat apart (no unix-from, no
# missing name): the name, and the value as header_source_parse stores it (the blanks after
# the colon and the last newline left out).
_FIELD = r"([!-9;-~]++):[ \t]*+([^\n]*+(?:\n[ \t][^\n]*+)*+)\n"
_FIELD_RE = re.compile(_FIELD)
_FIELDS_RE = re.compile(f"(?:{_FIELD})*+")
# A Content-Type value whose parameters compat32's get_boundary reads the simple way: no
# RFC 2231 name ('boundary*0'), values quoted (no quote, backslash or '<' inside) or tokens.
_WS = r"[ \t\n]*+"
_PARAM = _WS.join((";", r"([A-Za-z0-9._-]++)", "=", r'(?:"([^"\\<]*+)"|([^;"\s\\<]*+))'))
_PARAM_RE = re.compile(_PARAM)
_SIMPLE_PARAMS_RE = re.compile(rf'[^;"=\\]*+(?:{_PARAM}{_WS})*+;?{_WS}')


class _Unsure(Exception):
    """The message has something this module does not reproduce exactly."""


class Part(Message):
    """A ``Message`` of the tree this module builds, with the content type read on the way
    (``get_content_type``'s answer): the reader need not parse its Content-Type again."""

    content_type: str
    _headers: list[tuple[str, str]]  # Message's own list of (name, value), set here at once


def message_from_bytes(data: bytes) -> Message:
    """What ``email.message_from_bytes(data, policy=compat32)`` returns."""
    if b"\r" not in data:
        try:
            return _Builder(data.decode("ascii", "surrogateescape")).root()
        except _Unsure:
            pass
    # The parser's default policy is compat32 (importing email.policy for its name would
    # load the modern header classes, a few ms of every command's start, for nothing).
    return compat32_message_from_bytes(data)


class _Builder:
    """Builds the tree of one message; ``text`` is never copied, spans are offsets in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The message created or finished last, and whether it is a multipart (compat32's
        # ``_last``, from which the newline before a boundary line is taken).
        self.last: Message | None = None
        self.last_multipart = False
        self.last_payload = ""  # the payload of ``last`` when it is a leaf
        self.content_type_value: str | None = None  # of the message ``headers`` just read

    def root(self) -> Message:
        msg = self.message(0, len(self.text), "text/plain", 0)
        if msg.get_content_maintype() == "multipart" and not msg.is_multipart():
            msg.defects.append(errors.MultipartInvariantViolationDefect())
        return msg

    def message(self, start: int, end: int, default_type: str, depth: int) -> Message:
        """The message in ``text[start:end]`` (a whole message or one part)."""
        if depth > MAX_DEPTH:
            raise _Unsure
        msg = Part()
        msg.set_default_type(default_type)
        self.last = msg
        body = self.headers(msg, start, end)
        ctype = default_type
        value = self.content_type_value
        if value is not None:
            if not value.isascii():
                raise _Unsure  # 8-bit bytes: compat32 reads a Header object here
            ctype = value.partition(";")[0].strip().lower()  # as get_content_type does
            if ctype.count("/") != 1:
                ctype = "text/plain"
        msg.content_type = ctype
        maintype = ctype.partition("/")[0]
        self.last_multipart = maintype == "multipart"
        if maintype == "message":
            if ctype == "message/delivery-status":
                raise _Unsure  # compat32 reads it as blocks of header fields
            msg.attach(self.message(body, end, "text/plain", depth + 1))
        elif maintype == "multipart":
            self.multipart(msg, ctype, value or "", body, end, depth)
        else:
            self.last_payload = self.text[body:end]
            msg.set_payload(self.last_payload)
        return msg

    def headers(self, msg: Part, start: int, end: int) -> int:
        """Store the header fields at ``start`` in ``msg`` and keep the first Content-Type
        value in ``content_type_value``; return where the body starts."""
        text = self.text
        block = _FIELDS_RE.match(text, start, end)
        stop = block.end() if block else start  # (it always matches, maybe nothing)
        if stop == end or text[stop] == "\n":  # the blank line, or the end of the part
            content_type = None
            # What set_raw does for each field under compat32 (header_store_parse keeps the
            # pair as it is), for the whole block at once.
            fields: list[tuple[str, str]] = _FIELD_RE.findall(text, start, stop)
            msg._headers = fields
            for name, value in fields:
                if name[0] in "Cc" and name.lower() == "content-type":
                    content_type = value
                    break
            self.content_type_value = content_type
            return min(stop + 1, end)
        body = self.odd_headers(msg, start, end)
        self.content_type_value = next(
            (v for k, v in msg.raw_items() if k.lower() == "content-type"), None
        )
        return body

    def odd_headers(self, msg: Message, start: int, end: int) -> int:
        """``headers`` line by line, for a block with a unix-from, a line compat32 skips, or
        no blank line after it."""
        text = self.text
        fields: list[tuple[int, int, int]] = []  # (line start, colon, end of the field's lines)
        defects: list[errors.MessageDefect] = []  # of the fields, after those of the block
        pos = start
        body = end
        first = True
        while pos < end:
            nl = text.find("\n", pos, end)
            line_end = end if nl < 0 else nl + 1
            if _HEADER_LINE_RE.match(text, pos, line_end) is None:
                if text[pos] == "\n":
                    body = line_end  # the blank line ending the headers
                else:
                    msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                    body = pos
                break
            if text[pos] in " \t":
                if fields and fields[-1][0] >= 0:
                    fields[-1] = (fields[-1][0], fields[-1][1], line_end)
                else:
                    line = text[pos:line_end]
                    defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
            elif text.startswith("From ", pos):
                if not first:
                    raise _Unsure  # compat32 keeps or pushes back a misplaced unix-from
                msg.set_unixfrom(text[pos : line_end - 1 if nl >= 0 else line_end])
            else:
                colon = text.find(":", pos, line_end)
                if colon == pos:
                    defects.append(errors.InvalidHeaderDefect("Missing header name."))
                    # compat32 then reads continuation lines as if no field preceded them
                    fields.append((-1, -1, -1))
                else:
                    fields.append((pos, colon, line_end))
            first = False
            pos = line_end
        msg.defects.extend(defects)
        for line_start, colon, field_end in fields:
            if line_start >= 0:
                value = text[colon + 1 : field_end].lstrip(" \t").rstrip("\r\n")
                msg.set_raw(text[line_start:colon], value)
        return body

    def multipart(
        self, msg: Message, ctype: str, ctype_value: str, body: int, end: int, depth: int
    ) -> None:
        """Split a multipart body on its boundary lines, as compat32 does."""
        text = self.text
        boundary = boundary_of(msg, ctype_value)
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.set_payload(text[body:end])
            return
        if "\n" in boundary:
            raise _Unsure
        cte = str(msg.get("content-transfer-encoding", "8bit")).lower()
        if cte not in ("7bit", "8bit", "binary"):
            msg.defects.append(errors.InvalidMultipartContentTransferEncodingDefect())
        separator = "--" + boundary
        found = boundary_line(text, separator, body, end)
        if found is None or found[2]:
            # No part begins: the text up to a close boundary is the payload, the rest is lost.
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.set_payload(text[body : found[0] if found else end])
            msg.epilogue = ""
            return
        if found[0] > body:
            msg.preamble = text[body : found[0] - 1]
        child_type = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
        while True:
            part_start = min(found[1] + 1, end)
            nxt = boundary_line(text, separator, part_start, end)
            if nxt is not None and nxt[0] == part_start:
                raise _Unsure  # compat32 swallows repeated boundary lines, closing ones too
            part_end = nxt[0] if nxt is not None else end
            msg.attach(self.message(part_start, part_end, child_type, depth + 1))
            self.drop_last_newline()
            self.last, self.last_multipart = msg, True
            if nxt is None:
                msg.defects.append(errors.CloseBoundaryNotFoundDefect())
                return
            if nxt[2]:
                msg.epilogue = text[min(nxt[1] + 1, end) : end]
                return
            found = nxt

    def drop_last_newline(self) -> None:
        """The newline before a boundary line belongs to the boundary (RFC 2046): compat32
        takes it from the message it created or finished last."""
        last = self.last
        assert last is not None
        if self.last_multipart:
            epilogue = last.epilogue
            if epilogue == "":
                last.epilogue = None
            elif epilogue is not None and epilogue.endswith("\n"):
                last.epilogue = epilogue[:-1]
        else:
            if self.last_payload.endswith("\n"):
                last.set_payload(self.last_payload[:-1])


def boundary_line(text: str, separator: str, pos: int, end: int) -> tuple[int, int, bool] | None:
    """The first line in ``text[pos:end]`` (``pos`` at a line start) that is ``separator``,
    maybe followed by '--' (a close boundary) and blanks: (its start, its end before the
    newline, whether it closes), or None. compat32's ``boundaryre`` without a regex (a
    boundary may be long)."""
    at = pos if text.startswith(separator, pos, end) else -1
    while True:
        if at < 0:
            at = text.find("\n" + separator, pos, end)
            if at < 0:
                return None
            at += 1
        nl = text.find("\n", at, end)
        line_end = end if nl < 0 else nl
        rest = text[at + len(separator) : line_end].rstrip(" \t")
        if not rest or rest == "--":
            return at, line_end, bool(rest)
        pos, at = line_end, -1


def boundary_of(msg: Message, value: str) -> str | None:
    """``msg.get_boundary()``, read directly from the Content-Type ``value`` when its
    parameters are simple."""
    if _SIMPLE_PARAMS_RE.fullmatch(value):
        for m in _PARAM_RE.finditer(value):
            if m.group(1).lower() == "boundary":
                quoted = m.group(2)
                return (quoted if quoted is not None else m.group(3)).rstrip()
        return None
    return msg.get_boundary()
