"""One parsed message, walked once, with the pieces every detector looks at.

The walk is bounded: at most ``MAX_PARTS`` parts, only text parts are decoded (each to at most
``MAX_PART_BYTES``), and the enclosed original message contributes its headers only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from email.message import Message

from bouncesink.parse._address import clean_address
from bouncesink.parse._bounds import MAX_PARTS, MAX_TEXT_CHARS
from bouncesink.parse._decode import decode_header_value, header, html_to_text, part_text
from bouncesink.parse._mime import Part
from bouncesink.parse._raw import TEXT_DELIVERY_STATUS

logger = logging.getLogger(__name__)

REPORT_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/feedback-report",
        "message/disposition-notification",
    }
)
ORIGINAL_TYPES = frozenset(
    {"message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers"}
)

# Where the copy of the original message starts in a plain-text bounce. Written in lower case
# and searched in lowercased text (IGNORECASE makes this alternation several times slower).
ORIGINAL_MARKERS = re.compile(
    r"^[ \t]*(?:"
    r"-+ ?(?:original message|undelivered message|the header of the original"
    r"|this is a copy of the message|returned message|headers of the original"
    r"|original message follows|message text follows|message headers follow"
    r"|unsent message below|below this line is a copy of the message)"
    r"|message headers follow\b|--- below this line is a copy|original message headers:"
    r"|ursprüngliche nachrichtenkopfzeilen:"  # Exchange 2010+ NDR in German
    r"|the original message was received at"
    r"|included is a copy of the message header"
    r"|\*\*\* ?original message"
    r")",
    re.M,
)
_MARKER_KEYS = ("original", "message", "copy", "returned", "follow", "nachrichtenkopf")


def find_original_marker(text: str, start: int = 0) -> int:
    """Where the quoted original begins in ``text`` (at or after ``start``), or -1."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: positions differ
        m = re.compile(ORIGINAL_MARKERS.pattern, re.M | re.I).search(text, start)
        return m.start() if m else -1
    if not any(key in low for key in _MARKER_KEYS):
        return -1
    m = ORIGINAL_MARKERS.search(low, start)
    return m.start() if m else -1


@dataclass
class Context:
    """What the detectors read from one message."""

    msg: Message
    subject: str
    from_header: str
    sender: str | None  # the From: address of the bounce itself
    content_type: str
    texts: list[str] = field(default_factory=list)  # human-readable parts, in order
    report_parts: list[tuple[str, Message]] = field(default_factory=list)  # (type, part)
    original: Message | None = None  # headers (and maybe body) of the returned message
    original_text: str = ""  # raw text of the original part when it is text/rfc822-headers
    _body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)  # lowercased name -> first raw value
    bounce_like: bool | None = None  # set by _text.looks_like_bounce
    _recipients: list[str] | None = None
    _windows: dict[int, list[str]] = field(default_factory=dict)
    _embedded: Message | None = None
    _embedded_done: bool = False
    _decoded: dict[str, str] = field(default_factory=dict)  # header() by lowercased name

    @property
    def body(self) -> str:
        """All human-readable text, joined (bounded by MAX_TEXT_CHARS)."""
        if self._body is None:
            self._body = "\n".join(self.texts)[:MAX_TEXT_CHARS]
        return self._body

    def header(self, name: str) -> str:
        """A header of the bounce itself, decoded ('' when absent)."""
        key = name.lower()
        decoded = self._decoded.get(key)
        if decoded is None:
            value = self.headers.get(key)
            decoded = self._decoded[key] = decode_header_value(value) if value is not None else ""
        return decoded

    def has_header(self, name: str) -> bool:
        return name.lower() in self.headers

    def windows(self, size: int) -> list[str]:
        """The first ``size`` characters of each text, lowercased (for literal look-ups)."""
        windows = self._windows.get(size)
        if windows is None:
            windows = self._windows[size] = [t[:size].lower() for t in self.texts]
        return windows

    @property
    def first_text(self) -> str:
        return self.texts[0] if self.texts else ""

    def original_headers(self) -> Message | None:
        """The returned message's headers: its MIME part, or the copy quoted in the text."""
        if self.original is not None:
            return self.original
        if not self._embedded_done:
            self._embedded_done = True
            self._embedded = embedded_headers(self.body) if self.body else None
        return self._embedded

    def original_recipients(self) -> list[str]:
        """To/Cc/envelope addresses of the returned message, wherever it is found."""
        if self._recipients is not None:
            return self._recipients
        out: list[str] = []
        orig = self.original_headers()
        if orig is not None:
            for name in ("To", "Cc", "X-Original-To", "Delivered-To", "Envelope-To"):
                for value in orig.get_all(name) or []:
                    for piece in str(value).split(","):
                        addr = clean_address(piece)
                        if addr and addr not in out:
                            out.append(addr)
        self._recipients = out
        return out

    def original_message_id(self) -> str | None:
        orig = self.original_headers()
        if orig is None:
            return None
        value = header(orig, "Message-ID")
        return value or None


def embedded_headers(body: str) -> Message | None:
    """Headers of an original message quoted inside a plain-text bounce, if any."""
    at = find_original_marker(body)
    if at < 0:
        return None
    rest = body[at:]
    nl = rest.find("\n")
    rest = rest[nl + 1 :] if nl >= 0 else ""
    rest = rest.lstrip("\n")
    lines: list[str] = []
    for line in rest.splitlines()[:200]:
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.lstrip() if not line[:1].isspace() else line)
    return header_block(lines) if lines else None


_HEADER_LINE_RE = re.compile(r"([!-9;-~]+)[ \t]*:[ \t]*(.*)")


def header_block(lines: list[str]) -> Message | None:
    """A Message holding the headers of ``lines`` ('Name: value' and continuations); a cheap
    stand-in for a parser when only headers matter."""
    msg = Message()
    name: str | None = None
    value = ""
    for line in lines:
        if line[:1] in (" ", "\t") and name is not None:
            value += " " + line.strip()
            continue
        if name is not None:
            msg.set_raw(name, value)  # what msg[name] = value does under compat32
            name = None
        m = _HEADER_LINE_RE.match(line)
        if m:
            name, value = m.group(1), m.group(2).strip()
    if name is not None:
        msg.set_raw(name, value)
    return msg if msg.keys() else None


def build(msg: Message) -> Context:
    headers: dict[str, str] = {}
    for name, value in msg.raw_items():
        headers.setdefault(name.lower(), value)
    from_header = decode_header_value(headers.get("from", ""))
    ctx = Context(
        msg=msg,
        subject=decode_header_value(headers.get("subject", "")),
        from_header=from_header,
        sender=clean_address(from_header),
        content_type=content_type(msg),
        headers=headers,
    )
    budget = [MAX_PARTS]
    _walk(ctx, msg, budget, ctx.content_type)
    return ctx


def content_type(part: Message) -> str:
    """The part's content type, as the message declared it (see ``_raw.prepare``)."""
    if type(part) is Part:
        return TEXT_DELIVERY_STATUS.get(part.content_type, part.content_type)
    for name, value in part.raw_items():
        if name.lower() == "content-type":
            if not isinstance(value, str) or not value.isascii():
                break  # 8-bit bytes: compat32's own reading of its Header object
            # What get_content_type makes of the first Content-Type field.
            ctype = value.partition(";")[0].strip().lower()
            if ctype.count("/") != 1:
                return "text/plain"
            return TEXT_DELIVERY_STATUS.get(ctype, ctype)
    ctype = part.get_content_type()
    return TEXT_DELIVERY_STATUS.get(ctype, ctype)


def _walk(ctx: Context, part: Message, budget: list[int], ctype: str | None = None) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        return
    if ctype is None:
        ctype = content_type(part)
    if ctype in REPORT_TYPES:
        ctx.report_parts.append((ctype, part))
        return
    if ctype in ORIGINAL_TYPES:
        if ctx.original is None:
            _take_original(ctx, part, ctype)
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if budget[0] <= 0:
                    break
                if isinstance(sub, Message):
                    _walk(ctx, sub, budget)
        return
    if ctype.startswith(("multipart/", "message/")):
        # A multipart whose boundary was lost, or a message part compat32 left as text.
        text = part_text(part)
        if text.strip():
            ctx.texts.append(text)
        return
    if ctype.startswith("text/") or (ctype == "application/octet-stream" and not ctx.texts):
        if ctype == "text/html":
            if any(not t.lstrip().startswith("<") for t in ctx.texts):
                return  # the plain alternative was already read
            ctx.texts.append(html_to_text(part_text(part)))
        elif ctype == "text/plain" or not part.get_filename():
            ctx.texts.append(part_text(part))


def _take_original(ctx: Context, part: Message, ctype: str) -> None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        ctx.original = payload[0]
        return
    text = part_text(part, 64 * 1024)
    ctx.original_text = text
    head = text.lstrip().split("\n\n", 1)[0]
    ctx.original = header_block(head.splitlines()[:400])
