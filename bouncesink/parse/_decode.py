"""Bytes, headers and parts as text: line endings, RFC 2047 words, charsets, 8-bit bytes
compat32 left escaped, HTML."""

from __future__ import annotations

import re
from email.header import Header, decode_header, make_header
from email.message import Message

from bouncesink.parse._bounds import MAX_PART_BYTES


def normalise_newlines(raw: bytes) -> bytes:
    """CR-only and CRLF line endings become LF (compat32 does not split on a lone CR)."""
    if b"\r" not in raw:
        return raw
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def unfold(text: str) -> str:
    """Join folded header lines and collapse runs of white space."""
    return " ".join(text.split())


def decode_header_value(value: object) -> str:
    """A header value as text; RFC 2047 words decoded, never raises."""
    if value is None:
        return ""
    text = fix_text(str(value))
    if "=?" not in text:
        return unfold(text)
    try:
        return unfold(str(make_header(decode_header(text))))
    except Exception:
        return unfold(text)


def header(msg: Message, name: str) -> str:
    """A header's value as text. compat32 hides 8-bit values behind an 'unknown-8bit' Header
    object; those are read raw and decoded as UTF-8 (else Latin-1)."""
    try:
        value = msg.get(name)
        if isinstance(value, Header):
            low = name.lower()
            value = next((v for k, v in msg.raw_items() if k.lower() == low), "")
        return decode_header_value(value)
    except Exception:
        return ""


def part_text(part: Message, limit: int = MAX_PART_BYTES) -> str:
    """Decoded text of a leaf part, at most ``limit`` bytes, with charset errors replaced."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            return fix_text(raw[:limit])
        return ""
    if not isinstance(payload, bytes):
        return ""
    data = normalise_newlines(payload[:limit])
    if data.isascii() and b"\x1b" not in data and _ascii_charset(part):
        return data.decode("ascii")  # what every charset it may name decodes it to
    charset = "utf-8"
    try:
        charset = part.get_content_charset() or "utf-8"
    except Exception:
        charset = "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except (LookupError, ValueError):
        return data.decode("utf-8", errors="replace")


# Charsets that read 7-bit bytes as ASCII (ISO-2022-JP too, while no ESC starts a shift);
# compat32's get_content_charset, which parses every parameter, is the slow way to ask.
_ASCII_CHARSET_RE = re.compile(
    r'charset[ \t]*=[ \t]*"?(?:us-ascii|ascii|utf-8|utf8|iso-8859-\d{1,2}|windows-125\d'
    r'|iso-2022-jp|shift_jis|euc-jp|euc-kr|gb2312|gbk|big5|koi8-r)"?[ \t]*(?:;|$)'
)


def _ascii_charset(part: Message) -> bool:
    """The part names no charset (compat32's default, UTF-8, applies) or a charset of
    ``_ASCII_CHARSET_RE``."""
    value = part.get("Content-Type")
    if not isinstance(value, str):
        return value is None
    low = value.lower()
    return "charset" not in low or _ASCII_CHARSET_RE.search(low) is not None


_BREAK_RE = re.compile(r"<(?=(?:br|p|div|tr|li|h[1-6])\b)", re.I)
_TAG_RE = re.compile(r"<[^>]{0,400}>")


def _without_invisible(html: str) -> str:
    """The HTML without its <style>, <script> and <head> elements (a linear scan)."""
    low = html.lower()
    tags = [tag for tag in ("style", "script", "head") if f"<{tag}" in low]
    if not tags:
        return html
    nxt = {tag: low.find(f"<{tag}") for tag in tags}
    out: list[str] = []
    pos = 0
    while True:
        live = [(at, tag) for tag, at in nxt.items() if at >= 0]
        if not live:
            break
        at, tag = min(live)
        after = low[at + 1 + len(tag) : at + 2 + len(tag)]
        if after.isalnum() or after == "-":  # <header>, <style-x>: another element
            nxt[tag] = low.find(f"<{tag}", at + 1)
            continue
        end = low.find(f"</{tag}>", at)
        if end < 0:
            break
        out.append(html[pos:at])
        pos = end + len(tag) + 3
        for other, other_at in nxt.items():
            if 0 <= other_at < pos:
                nxt[other] = low.find(f"<{other}", pos)
    out.append(html[pos:])
    return "".join(out)


def html_to_text(html: str) -> str:
    """Readable text of an HTML part: no style or script, a line per block element."""
    text = _TAG_RE.sub("", _BREAK_RE.sub("\n<", _without_invisible(html)))
    for ent, ch in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
        text = text.replace(ent, ch)
    return text


_SURROGATE_RE = re.compile("[\udc80-\udcff]")


def fix_text(text: str) -> str:
    """Undo compat32's surrogateescape of 8-bit bytes: read them as UTF-8, else (line by line)
    as Latin-1."""
    if text.isascii() or not _SURROGATE_RE.search(text):
        return text
    return decode_bytes(text.encode("utf-8", "surrogateescape"))  # real characters stay UTF-8


def decode_bytes(data: bytes) -> str:
    """Bytes of unknown charset as text: UTF-8, else (line by line) Latin-1."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(_decode_line(line) for line in data.split(b"\n"))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("latin-1")
