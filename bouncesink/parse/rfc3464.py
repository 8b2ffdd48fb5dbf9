"""RFC 3464 delivery status notifications, and RFC 6533 (global) ones.

Reads the per-recipient fields wherever a real MTA put them: in a message/delivery-status part
(as the RFC says), in its global variant, in a text/plain part of a multipart/mixed or in the
body of a message that has no MIME structure at all (``Final-Recipient:`` lines in the text).
Blocks are split on blank lines and also on a new ``Final-Recipient``/``Original-Recipient``
or a second ``Action``/``Status``/... in a recipient's block, since some MTAs forget the blank
line.
"""

from __future__ import annotations

import base64
import binascii
import logging
import quopri
import re
from email.message import Message

from bouncesink.codes import first_reply_code, first_status, statuses
from bouncesink.parse._address import clean_address
from bouncesink.parse._bounds import MAX_RECORDS
from bouncesink.parse._context import Context
from bouncesink.parse._decode import decode_bytes, fix_text, unfold
from bouncesink.parse._paragraphs import recipient_paragraph
from bouncesink.parse._sections import Sections, sections
from bouncesink.parse._session import find_command, find_remote_host, transcript_command
from bouncesink.parse._text import FAILURE_WORDS_RE, without_address
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "rfc3464"
MESSAGE_TYPE = MessageType.DSN

FIELD_RE = re.compile(r"^([A-Za-z][A-Za-z0-9\-]{1,40})[ \t]*:[ \t]*(.*)$")
DSN_HINT_RE = re.compile(r"^(?:Final|Original)-Recipient[ \t]*:", re.I | re.M)
RECIPIENT_FIELDS = ("final-recipient", "original-recipient")
# Per-recipient fields that, found again in a recipient's block, begin the next one.
REPEATED_FIELDS = ("action", "status", "diagnostic-code", "remote-mta")
XTEXT_RE = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}|\+([0-9A-Fa-f]{2})")

ACTIONS: tuple[tuple[str, Action], ...] = (
    ("fail", Action.FAILED),
    ("delay", Action.DELAYED),
    ("deliver", Action.DELIVERED),
    ("relay", Action.RELAYED),
    ("expand", Action.EXPANDED),
)


def has_fields(text: str) -> bool:
    return ("ecipient" in text or "ECIPIENT" in text) and DSN_HINT_RE.search(text) is not None


def detect(ctx: Context) -> list[RecipientRecord] | None:
    texts = [report_text(part) for ctype, part in ctx.report_parts if "delivery-status" in ctype]
    texts = [t for t in texts if t]
    if not any(has_fields(t) for t in texts):
        # Fields in a text part (Gmail's text/plain child, multipart/mixed, non-MIME bodies).
        texts = [t for t in ctx.texts if has_fields(t)]
        if not texts and ctx.original_text and has_fields(ctx.original_text):
            texts = [ctx.original_text]
    if not texts:
        return None
    per_message: dict[str, str] = {}
    blocks: list[dict[str, str]] = []
    for text in texts:
        for block in _blocks(text):
            if any(k in block for k in RECIPIENT_FIELDS):
                blocks.append(block)
            else:
                for k, v in block.items():
                    per_message.setdefault(k, v)
    named = [(b, r) for b in blocks[:MAX_RECORDS] if (r := _recipient_of(b)) is not None]
    secs = _text_sections(ctx, [r for _, r in named])
    records = [_record(b, r, per_message, ctx, secs) for b, r in named]
    return _dedupe(records) or None


def report_text(part: Message) -> str:
    """The delivery-status part as text, whichever way compat32 parsed it."""
    payload = part.get_payload()
    chunks: list[str] = []
    if isinstance(payload, list):
        for sub in payload[: MAX_RECORDS + 1]:  # the per-message block, then the records
            if isinstance(sub, Message):
                chunks.append(_message_text(sub))
    elif isinstance(payload, str):
        # A part read as text (see _raw.prepare): its bytes, with any transfer encoding undone.
        data = part.get_payload(decode=True)
        return decode_bytes(data) if isinstance(data, bytes) else fix_text(payload)
    text = "\n\n".join(chunks)
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte in ("base64", "quoted-printable"):
        # Not allowed on message/* by RFC 2046, but sent: compat32 then parsed encoded text.
        text = _decode_transfer(text, cte)
    return fix_text(text)


def _decode_transfer(text: str, cte: str) -> str:
    data = text.encode("utf-8", "surrogateescape")
    try:
        if cte == "base64":
            decoded = base64.b64decode(b"".join(data.split()), validate=False)
        else:
            decoded = quopri.decodestring(data)
    except (ValueError, binascii.Error):
        return text
    return decoded.decode("utf-8", "replace")


def _message_text(msg: Message) -> str:
    lines = [f"{k}: {v}" for k, v in msg.raw_items()]
    body = msg.get_payload()
    if isinstance(body, str) and body.strip():
        # decode=True hands back the raw bytes (compat32 would replace 8-bit characters).
        data = msg.get_payload(decode=True)
        lines.append("")
        lines.append(decode_bytes(data) if isinstance(data, bytes) else body)
    elif isinstance(body, list):
        for sub in body:
            if isinstance(sub, Message):
                lines.append("")
                lines.append(_message_text(sub))
    return "\n".join(lines)


def _blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last: str | None = None
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, None
            continue
        if line[:1] in " \t" and last is not None:
            current[last] += " " + line.strip()
            continue
        m = FIELD_RE.match(line)
        if not m:
            if last == "diagnostic-code":
                # A multi-line reply written without folding ("550-..." then "550 ..."
                # at the start of the line, MessageLabs): the rest of the diagnostic.
                current[last] += " " + line.strip()
            else:
                last = None
            continue
        name, value = m.group(1).lower(), m.group(2).strip()
        if name in current and (
            name in RECIPIENT_FIELDS
            or (name in REPEATED_FIELDS and any(k in current for k in RECIPIENT_FIELDS))
        ):
            # The next recipient's block, without the blank line before it; it may begin
            # with its Action (Exim writes "Action:" before "Final-Recipient:").
            blocks.append(current)
            current = {}
        if name not in current:
            current[name] = value
        last = name
    if current:
        blocks.append(current)
    return blocks


def _decode_xtext(value: str) -> str:
    if "\\x{" not in value and "+" not in value:
        return value
    return XTEXT_RE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), value)


def host_of(value: str | None) -> str | None:
    """'dns; mx.example.com. (192.0.2.1, the server for ...)' -> 'mx.example.com'."""
    text = _value_after_type(value)
    if not text:
        return None
    first = text.split()[0].strip("[]<>;,").rstrip(".")
    return first or None


def _value_after_type(value: str | None) -> str | None:
    """'dns; mx.example.com' -> 'mx.example.com'; 'smtp; 550 ...' -> '550 ...'."""
    if not value:
        return None
    head, sep, rest = value.partition(";")
    if sep and " " not in head.strip() and len(head.strip()) < 20:
        value = rest
    value = unfold(value)
    return value or None


def parse_action(value: str | None) -> Action | None:
    if not value:
        return None
    low = value.strip().lower()
    for prefix, action in ACTIONS:
        if low.startswith(prefix):
            return action
    return None


def best_status(status: str | None, diagnostic: str | None) -> str | None:
    """The DSN's Status, or the more specific one of the same class the diagnostic states when
    the field is generic (X.0.0, X.Y.0): Exim and others always write 5.0.0 and put the real
    code in the text."""
    found = statuses(diagnostic)
    if status is None:
        return found[0] if found else None
    if status.endswith(".0"):
        generic = status.endswith(".0.0")
        for code in found:
            if code[0] == status[0] and code != status and (generic or not code.endswith(".0")):
                return code
    return status


def _text_sections(ctx: Context, recipients: list[str]) -> Sections | None:
    """With several recipients, the lines of the human-readable part that speak of each."""
    if len(recipients) < 2 or "@" not in ctx.first_text:
        return None  # (a text that names no address is read as for one recipient)
    distinct = list(dict.fromkeys(recipients))
    if len(distinct) < 2:
        return None
    secs = sections(ctx.first_text, distinct)
    return secs if secs.segments or secs.common else None


def _recipient_of(block: dict[str, str]) -> str | None:
    final = block.get("final-recipient") or block.get("x-actual-recipient")
    original = block.get("original-recipient")
    return clean_address(_decode_xtext(final or "")) or clean_address(_decode_xtext(original or ""))


def _record(
    block: dict[str, str],
    recipient: str,
    per_message: dict[str, str],
    ctx: Context,
    secs: Sections | None,
) -> RecipientRecord:
    original = block.get("original-recipient")
    code_field = block.get("diagnostic-code", "")
    stated = _value_after_type(block.get("diagnostic-code"))
    para = _own_lines(recipient, stated, ctx, secs)
    smtp_diag = stated is not None and _is_smtp(code_field)
    diagnostic = _diagnostic(code_field, stated, smtp_diag, para, ctx, secs)
    status = best_status(first_status(block.get("status")), diagnostic)
    action = parse_action(block.get("action"))
    if action is None:
        action = Action.DELIVERED if status and status[0] == "2" else Action.FAILED
    reply = first_reply_code(diagnostic if smtp_diag else para) or _reply_as_status(block)
    reporting = host_of(block.get("reporting-mta") or per_message.get("reporting-mta"))
    return RecipientRecord(
        recipient=recipient,
        action=action,
        status=status,
        reply_code=reply,
        diagnostic=diagnostic,
        remote_mta=(
            host_of(block.get("remote-mta"))
            or find_remote_host(para or diagnostic)
            or (secs.host(recipient, diagnostic or "") if secs is not None else None)
        ),
        reporting_mta=reporting,
        original_recipient=clean_address(_decode_xtext(original or "")),
        command=_command(recipient, diagnostic, para, ctx, secs),
        mta_category=_mta_category(block),
        source=NAME,
    )


# Zoho Mail writes the SMTP reply code where RFC 3464 puts the X.Y.Z status ("Status: 550",
# its Diagnostic-Code the reply's text alone); its bounce's text says "<rcpt>, ERROR CODE :550 -
# <text>" (Zoho bounces quoted in public list posts, e.g. qemu-devel 2025-05 and
# linux-arm-kernel: Reporting-MTA dns; mx.zohomail.com).
_REPLY_AS_STATUS_RE = re.compile(r"\s*([245][0-5]\d)\s*(?:$|[^.\d])")


def _reply_as_status(block: dict[str, str]) -> int | None:
    m = _REPLY_AS_STATUS_RE.match(block.get("status", ""))
    return int(m.group(1)) if m else None


def _own_lines(recipient: str, stated: str | None, ctx: Context, secs: Sections | None) -> str:
    """What the human-readable part says of this recipient: with several recipients, the
    text's lines of this one only (see _sections), else the paragraph that names it."""
    if secs is not None and secs.names(recipient):
        return secs.diagnostic(recipient, FAILURE_WORDS_RE, stated or "") or " ".join(
            secs.own(recipient)
        )
    return recipient_paragraph(ctx.first_text, recipient)


def _diagnostic(
    code_field: str,
    stated: str | None,
    smtp_diag: bool,
    para: str,
    ctx: Context,
    secs: Sections | None,
) -> str | None:
    """The record's diagnostic: the Diagnostic-Code's text (``stated``), else the recipient's
    lines of the human-readable part; the session's refusal where the field gives a success
    reply or only the first line of a multi-line one."""
    diagnostic = stated
    kind = _diagnostic_type(code_field)
    if diagnostic is not None and not smtp_diag and not diagnostic.startswith(kind):
        # "X-Unix; 77" is a local mailer's exit status, "X-Postfix; ..." the MTA's own words:
        # the type stays in front of the text, which alone would not say so.
        diagnostic = f"{kind}; {diagnostic}"
    if diagnostic is None:
        diagnostic = para or None
    elif smtp_diag and _NOT_A_REFUSAL_RE.match(diagnostic):
        # A failure whose Diagnostic-Code is a success reply (Sendmail gives the queue's last
        # "221 Bye", the answer to QUIT, when a deferral expires): the refusal is in the text,
        # this recipient's own lines, or the transcript's last refusal when it is the only one.
        refusal = para if secs is not None else _last_refusal(ctx.first_text)
        if refusal and not _NOT_A_REFUSAL_RE.match(refusal):
            diagnostic = refusal
    elif smtp_diag and _FIRST_LINE_ONLY_RE.match(diagnostic):
        # Only the first line of a multi-line reply ("554-... Service not available", as
        # Sendmail writes it): the transcript holds the whole reply, whose later lines say why.
        first = diagnostic.strip()
        whole = next((r for r in _refusals(ctx.first_text) if r.startswith(first)), None)
        if whole is not None:
            diagnostic = whole
    return diagnostic


def _command(
    recipient: str, diagnostic: str | None, para: str, ctx: Context, secs: Sections | None
) -> str | None:
    """The SMTP command that failed: the one the session's transcript says was answered;
    wording ("the MAIL FROM domain has an SPF record") only when there is none."""
    if secs is not None:
        found = secs.command(recipient, diagnostic or "")
    else:
        found = transcript_command(ctx.first_text, recipient)
    return (
        found
        or (find_command(without_address(diagnostic, recipient)) if diagnostic else None)
        or find_command(without_address(para, recipient))
    )


# A Diagnostic-Code that is no refusal: a 2xx reply ("221 Bye", "250 OK").
_NOT_A_REFUSAL_RE = re.compile(r"\s*2\d\d(?:[ -]|$)")

# A multi-line reply's first line and nothing after it: "554-text" without a "554 " line.
_FIRST_LINE_ONLY_RE = re.compile(r"\s*([45]\d\d)-(?!.*\b\1 )", re.S)

_TRANSCRIPT_REPLY_RE = re.compile(r"^<<< ([45]\d\d[ -].*)$", re.M)


def _refusals(text: str) -> list[str]:
    """The 4xx/5xx replies of a session transcript ("<<< 421-4.7.0 ..." lines), each whole."""
    if "<<< " not in text:
        return []
    out: list[str] = []
    lines: list[str] = []
    end = -1
    for m in _TRANSCRIPT_REPLY_RE.finditer(text):
        if m.start() != end + 1:  # not the next line: a new reply begins
            lines = []
        lines.append(m.group(1).strip())
        end = m.end()
        if m.group(1)[3:4] == " ":  # the reply's last line
            out.append(" ".join(lines))
            lines = []
    return out


def _last_refusal(text: str) -> str | None:
    """The last 4xx/5xx reply of a session transcript, whole."""
    found = _refusals(text)
    return found[-1] if found else None


# Per-recipient fields in which a sending MTA states its own classification of the failure.
_CATEGORY_FIELDS = ("x-powermta-bouncecategory",)


def _mta_category(block: dict[str, str]) -> str | None:
    for name in _CATEGORY_FIELDS:
        value = block.get(name, "").strip().lower()
        if value and len(value) <= 40:
            return value
    return None


def _diagnostic_type(value: str) -> str:
    """'X-Unix; 77' -> 'X-Unix' (as the message writes it)."""
    return value.partition(";")[0].strip()


def _is_smtp(value: str) -> bool:
    """A diagnostic of type smtp (or untyped): its number is an SMTP reply code, not an exit
    status of a local mailer (X-Unix; 77)."""
    head, sep, _ = value.partition(";")
    return not sep or head.strip().lower() in ("smtp", "esmtp", "x-smtp", "")


def _dedupe(records: list[RecipientRecord]) -> list[RecipientRecord]:
    seen: set[tuple[str | None, str | None]] = set()
    out: list[RecipientRecord] = []
    for r in records:
        key = (r.recipient.lower() if r.recipient else None, r.action)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
