"""Small pure helpers shared by the detector modules: addresses, codes, text, bounds."""

from __future__ import annotations

import logging
import re
from email.header import Header, decode_header, make_header
from email.message import Message

logger = logging.getLogger(__name__)

# Bounds: what one message may cost, whatever its size.
MAX_PART_BYTES = 128 * 1024  # decoded bytes read from one text part
MAX_TEXT_CHARS = 256 * 1024  # total human-readable text scanned per message
MAX_PARTS = 64  # MIME parts walked
MAX_RECORDS = 1000  # recipient records returned

# An address as bounces write it: local@domain, with the usual local-part characters.
# Quantifiers are bounded (RFC 5321: 64 octets of local part, 255 of domain) so that a long
# run of word characters costs a linear scan, not a quadratic one.
# Non-ASCII letters an address may hold (RFC 6531): the scripts' blocks, without the
# punctuation, symbols and full-width forms that stand between a label and the address in
# localized reports (a Japanese label and a full-width colon, guillemets, box drawing).
_U = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2dff\u2e80-\u2fff"
    "\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufefe\uff66-\uffdc\U00010000-\U0010ffff"
)
ADDR_RE = re.compile(
    rf"(?<![A-Za-z0-9!#$%&'*+/=?^_`{{|}}~\-{_U}])"
    rf"[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.\-{_U}]{{1,64}}@"
    rf"(?:\[[0-9.:A-Fa-f]{{1,45}}\]|[A-Za-z0-9{_U}][A-Za-z0-9\-.{_U}]{{0,253}})"
)
QUOTED_ADDR_RE = re.compile(r'("[^"\s@]{1,64}")@([A-Za-z0-9][A-Za-z0-9\-.]*[A-Za-z0-9])')
WHOLLY_ENCODED_RE = re.compile(r"^\s*(?:=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=\s*)+$")
# Local parts that are never a failed recipient (the bounce's own senders).
SYSTEM_LOCALPARTS = frozenset(
    {"mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "mailerdaemon", "root"}
)

# The SMTP command that failed, by the words bounces use to say so (most specific first).
# (pattern, command, exact case, the literals a match begins with): most patterns are lowercase
# and run on lowercased text; the exact ones keep the capitals that tell a command ("DATA")
# from a word ("data"). A pattern is tried only where one of its literals occurs: one that
# begins with \b would otherwise be tried at every position of the text.
COMMAND_PATTERNS: tuple[tuple[re.Pattern[str], str, bool, tuple[str, ...]], ...] = (
    # Postfix says exactly which: "(in reply to end of DATA command)".
    (re.compile(r"in reply to (?:end of )?data command"), "DATA", False, ("in reply to ",)),
    (re.compile(r"in reply to rcpt to command"), "RCPT", False, ("in reply to rcpt",)),
    (re.compile(r"in reply to mail from command"), "MAIL", False, ("in reply to mail",)),
    # Gmail's older reports number the state of its SMTP client: "... User unknown (state 14)."
    (re.compile(r"\(state 14\)"), "RCPT", False, ("(state 14)",)),
    (re.compile(r"\(state 1[578]\)"), "DATA", False, ("(state 1",)),
    (re.compile(r"\(state 6\)"), "MAIL", False, ("(state 6)",)),
    # qmail-remote says which step was refused before it quotes the reply (qmail-remote.c):
    # "x does not like recipient.", "x failed after I sent the message.", "x failed on DATA
    # command.", "Connected to x but sender was rejected.", "... but my name was rejected.".
    (re.compile(r"does not like recipient"), "RCPT", False, ("does not like recipient",)),
    (re.compile(r"failed after i sent the message"), "DATA", False, ("failed after i sent",)),
    (re.compile(r"but sender was rejected"), "MAIL", False, ("but sender was rejected",)),
    (re.compile(r"but my name was rejected"), "HELO", False, ("but my name was rejected",)),
    (re.compile(r"\bRCPT_TO\b"), "RCPT", True, ("RCPT_TO",)),  # Yahoo: [RCPT_TO]
    (re.compile(r"\bMAIL_FROM\b"), "MAIL", True, ("MAIL_FROM",)),
    (re.compile(r"\brcpt\b"), "RCPT", False, ("rcpt",)),
    (re.compile(r"\bmail\s+from\b|\bin reply to mail\b"), "MAIL", False, ("mail", "in reply")),
    (
        re.compile(r"\bend of data\b|\bfinal data\b|\bdata command\b|\bbdat\b"),
        "DATA",
        False,
        ("end of data", "final data", "data command", "bdat"),
    ),
    (re.compile(r"\bDATA\b"), "DATA", True, ("DATA",)),
    (re.compile(r"\behlo\b(?!=)"), "EHLO", False, ("ehlo",)),  # not "HELO=[x]", a logged field
    (re.compile(r"\bhelo\b(?!=)"), "HELO", False, ("helo",)),
    (re.compile(r"\bstarttls\b"), "STARTTLS", False, ("starttls",)),
    (
        re.compile(r"initial connection|greeting|smtp banner|\bconnect to\b|connection refused"),
        "CONN",
        False,
        ("initial connection", "greeting", "smtp banner", "connect to", "connection refused"),
    ),
)


def normalise_newlines(raw: bytes) -> bytes:
    """CR-only and CRLF line endings become LF (compat32 does not split on a lone CR)."""
    if b"\r" not in raw:
        return raw
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def clean_address(text: str | None) -> str | None:
    """'rfc822; <Local@Example.COM>' -> 'Local@example.com'; None when no address is there."""
    if not text:
        return None
    value = text.strip()
    if "=?" in value and WHOLLY_ENCODED_RE.match(value):
        # A header wholly in RFC 2047 words (X-Failed-Recipients). An encoded word inside an
        # address is not RFC 2047 but what the sender literally used: it is kept as it is.
        value = decode_header_value(value)
    if ";" in value:
        kind, _, rest = value.partition(";")
        if "@" not in kind or kind.lower().strip() in ("rfc822", "utf-8", "x-unknown"):
            value = rest.strip()
    quoted = QUOTED_ADDR_RE.search(value) if '"' in value else None  # the pattern has a quote
    if quoted:
        local, domain = quoted.group(1), quoted.group(2)
        return f"{local}@{domain.lower().rstrip('.')}"
    value = value.strip().strip("<>\"' \t,;:.()[]")
    if value[:7].lower().startswith("mailto:"):  # (a lowercased character is never empty)
        value = value[7:]
    if "@" not in value:
        return None  # ADDR_RE has one
    m = ADDR_RE.search(value)
    if not m:
        return None
    addr = m.group(0).strip(".-'")
    local, _, domain = addr.rpartition("@")
    if not local or not domain or ("." not in domain and not domain.startswith("[")):
        return None
    return f"{local}@{domain.lower().rstrip('.')}"


def is_system_address(addr: str) -> bool:
    local = addr.rpartition("@")[0].lower()
    return local in SYSTEM_LOCALPARTS


_COMMAND_KEYS = (
    "rcpt",
    "mail from",
    "data",
    "bdat",
    "helo",
    "ehlo",
    "starttls",
    "connect",
    "greeting",
    "banner",
    "(state ",
    "does not like recipient",  # qmail-remote
    "i sent the message",
    "was rejected",
)


def find_command(text: str | None) -> str | None:
    """The SMTP command a text says failed (most specific wording first)."""
    if not text:
        return None
    low = text.lower()
    if not any(key in low for key in _COMMAND_KEYS):
        return None
    for pattern, command, exact, starts in COMMAND_PATTERNS:
        if matches_somewhere(pattern, text if exact else low, starts):
            return command
    return None


def matches_somewhere(pattern: re.Pattern[str], text: str, starts: tuple[str, ...]) -> bool:
    """``pattern.search(text)`` is not None, for a pattern whose every match begins with one of
    the literals ``starts``: tried only where they occur."""
    for literal in starts:
        at = text.find(literal)
        while at >= 0:
            if pattern.match(text, at):
                return True
            at = text.find(literal, at + 1)
    return False


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


_TRANSCRIPT_RE = re.compile(
    r"^>>> ?(RCPT|MAIL|DATA|BDAT|EHLO|HELO|STARTTLS|QUIT)\b.*\n(?:<<< ?[23]\d\d.*\n)*<<< ?[45]\d\d",
    re.M | re.I,
)


_LABELLED_COMMAND_RE = re.compile(
    r"SMTP command\s*(?::|-*\s*\n)\s*(RCPT|MAIL|DATA|BDAT|EHLO|HELO|STARTTLS)\b", re.I
)


def transcript_command(text: str | None, recipient: str | None = None) -> str | None:
    """The command answered by the first 4xx/5xx in an SMTP transcript ('>>> DATA' then
    '<<< 550 ...'), as Sendmail and others include it, or a labelled one ('SMTP command:
    DATA', m-FILTER). Given a recipient, a refused 'RCPT TO' of another address is skipped."""
    if not text:
        return None
    if ">>>" in text:
        low = recipient.lower() if recipient else None
        for m in _TRANSCRIPT_RE.finditer(text):
            command = m.group(1).upper()
            if low is not None and command == "RCPT":
                line = text[m.start() : text.find("\n", m.start())]
                if low not in line.lower():
                    continue  # another recipient's refusal
            return command
    labelled = _LABELLED_COMMAND_RE.search(text) if "ommand" in text else None
    return labelled.group(1).upper() if labelled else None


# Where a text names the remote host that answered (most explicit wording first).
_HOST = r"([a-z0-9][a-z0-9.-]{0,253}\.[a-z0-9-]{1,63})"
# Each with a literal it contains: a text without it is not searched (two of the patterns
# begin with a host name, which costs a try at every word).
_REMOTE_HOST_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("host ", re.compile(rf"\bhost {_HOST}\s*\[[0-9a-f.:]+\]")),  # Postfix "host mx[ip] said"
    ("while talking to ", re.compile(rf"\bwhile talking to {_HOST}\.?:")),  # Sendmail
    ("] did not like", re.compile(rf"\b{_HOST} \[[0-9a-f.:]+\] did not like")),  # DragonFly
    ("connect to ", re.compile(rf"\bconnect to {_HOST}\s*\[")),  # Postfix connection failures
    (">>>", re.compile(rf"\b{_HOST} \[[0-9a-f.:]+\]:\s*>>>")),  # Courier: "mx [ip]: >>> RCPT"
    ("remote ", re.compile(rf"\bremote (?:host|server|mta|system)[: ]+(?:dns; ?)?{_HOST}")),
)


def find_remote_host(text: str | None) -> str | None:
    """The remote MTA a bounce text names ('host mx.example.com[192.0.2.1] said: ...')."""
    if not text:
        return None
    low = text.lower()
    for key, pattern in _REMOTE_HOST_RES:
        if key not in low:
            continue
        m = pattern.search(low)
        if m and not m.group(1)[-1].isdigit():
            return m.group(1)
    return None


# Where a text names the MTA that wrote the report.
_REPORTING_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"this is the (?:postfix program|mail system) at host {_HOST}"),  # Postfix
    re.compile(rf"this is the qmail-send program at {_HOST}"),  # qmail
    re.compile(rf"dragonfly mail agent \S+ at {_HOST}"),  # DMA
    re.compile(rf"generating server: {_HOST}"),  # Exchange, Office 365
    re.compile(rf"delivery status notification from {_HOST}"),  # Courier
    re.compile(rf"has not yet been delivered .{{0,120}} on the queue on {_HOST}", re.S),  # Exim
)


def find_reporting_host(text: str | None) -> str | None:
    """The MTA a bounce text says wrote it ('This is the mail system at host mx.example.')."""
    if not text:
        return None
    low = text[:4000].lower()
    for pattern in _REPORTING_RES:
        m = pattern.search(low)
        if m:
            return m.group(1).rstrip(".")
    return None
