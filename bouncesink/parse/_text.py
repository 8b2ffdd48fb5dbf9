"""Reading plain-text bounces: whether a message looks like a mailer's report at all
(:func:`looks_like_bounce`, :func:`machine_sent`), and :func:`extract`, which turns a report
into records: recipients, then for each one the paragraph that speaks of it (diagnostic,
status, reply code, command). The formats that find a report are in :mod:`._formats`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from bouncesink.codes import first_reply_code, first_status
from bouncesink.parse._address import ADDR_RE, clean_address, is_system_address
from bouncesink.parse._bounds import MAX_RECORDS
from bouncesink.parse._context import Context
from bouncesink.parse._decode import unfold
from bouncesink.parse._paragraphs import recipient_paragraph, without_envelope_summary
from bouncesink.parse._sections import Sections, sections
from bouncesink.parse._session import (
    find_command,
    find_remote_host,
    find_reporting_host,
    transcript_command,
)
from bouncesink.types import Action, RecipientRecord

logger = logging.getLogger(__name__)

# The patterns below are written in lower case and applied to lowercased text: Python's re
# is several times slower on a long alternation with IGNORECASE.
FAILURE_WORDS_RE = re.compile(
    r"fail|unknown|not exist|no such|reject|refused|denied|invalid|unavailable|undeliver"
    r"|error|bounce|disabled|full|quota|not found|could not|couldn't|unable|permanent|not allowed"
    r"|blocked|blacklist|spam|timed? ?out|expired|too large|exceed|suspend|inactive|over ?quota"
    r"|delay|not (?:yet )?been delivered|temporar|retry|deferred|problem|wasn't delivered"
    r"|did not like|does not like"
    # Codes, 4 and 5 apart: with every alternative starting with a letter or digit, re skips
    # to the positions where one may start.
    r"|4\d\d[ \-]|5\d\d[ \-]|4\.\d{1,3}\.\d{1,3}|5\.\d{1,3}\.\d{1,3}"
)
DELAYED_RE = re.compile(
    r"has not yet been delivered|has been delayed|delivery (?:is|has been) delayed"
    r"|this is a warning message only|will (?:continue to )?(?:be )?retr(?:y|ied)"
    r"|delivery attempts will continue|not been delivered yet|temporarily deferred"
    r"|delivery status notification \(delay\)|^warning: |delayed mail|delivery delayed"
    r"|delays in delivering your message|only a temporary failure report",
    re.M,
)
# A success notice asked for with NOTIFY=SUCCESS, in text only: OpenSMTPD's (smtpd/bounce.c:
# subject "Delivery status notification: Success" or "Relayed", "Your message was successfully
# delivered to these recipients."), Domino's delivery report ("DELIVERY REPORT:", "was
# delivered to the following recipient(s)").
SUCCESS_RE = re.compile(
    r"delivery status notification: (?:success|relayed)|^delivery report:"
    r"|your message was (?:successfully delivered|relayed) to these recipients"
    r"|was delivered to the following recipient"
)
DELAY_KEYS = ("delay", "not yet", "warning", "retr", "will continue", "deferred")
PERMANENT_RE = re.compile(
    r"permanent(?:ly)? (?:error|failure|fatal)|i've given up|failed permanently|could not be"
    r" delivered|has been returned|wasn't delivered|couldn't be delivered|permanent errors"
)
HEADER_LINE_RE = re.compile(
    r"^\s*(?:from|to|cc|return-path|sender|reply-to|message-id|in-reply-to|references|received"
    r"|date|subject|x-[\w-]+|dkim-signature|content-[\w-]+|mime-version)\s*:"
)
# Lines whose addresses are never failed recipients (headers of the original, contacts).
SKIP_LINE_RE = re.compile(
    r"^\s*(?:from|return-path|sender|reply-to|message-id|in-reply-to|references|received"
    r"|original[ -]sender|sender-mta|x-[\w-]+|envelope-from|errors-to"
    r"|list-(?:id|unsubscribe|subscribe|post|help|owner|archive))\s*:"  # RFC 2369/2919
    r"|mail from\s*:?\s*<|contact|assistance|help ?desk|postmaster of|send (?:an? )?e?mail to"
    r"|support@|please write|sent by|sender:|from:\s*[^\s@]+@|your message.{0,30} from\b"
    r"|\bfrom\s+<?[^\s@]+@\S+>?\s*$|message-id|\(message-id|^\s*for <"
)


# Who sends bounces: the daemon's local parts and the display names MTAs give it.
BOUNCE_SENDER_RE = re.compile(
    r"mailer-?daemon|postmaster|post_master|mail ?delivery|mail ?administrator|mail ?system"
    r"|delivery ?(?:subsystem|status|system)|^<>$|^$",
    re.I,
)
BOUNCE_SUBJECT_RE = re.compile(
    r"undeliver|undelivered|delivery (?:status|failure|failed|has failed|problem)|returned mail"
    r"|failure notice|mail delivery|non-?delivery|could not be delivered|rejected|bounce"
    r"|not delivered|delivery notification|unzustellbar|non remis|no entregado|errore"
    r"|delivery error|mail error|returned to sender|delayed mail|warning: message",
    re.I,
)


# A person's reply that quotes an error ("Re: your mail could not be delivered?") is no bounce;
# a forwarded bounce still is one.
LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post")
REPLY_PREFIX_RE = re.compile(r"\s*(?:re|aw|sv|vs|antw|rif|odp)\s*:", re.I)


def looks_like_bounce(ctx: Context) -> bool:
    """From a mailer daemon, with a bounce's subject (not a person's reply), a report or an
    X-Failed-Recipients header, or sent with a null return path. Computed once."""
    if ctx.bounce_like is None:
        ctx.bounce_like = _looks_like_bounce(ctx)
    return ctx.bounce_like


def _looks_like_bounce(ctx: Context) -> bool:
    if _disposition_only(ctx):
        return False  # a read receipt (RFC 8098): says what a reader did, not a delivery
    if ctx.content_type == "multipart/report" or ctx.has_header("X-Failed-Recipients"):
        return True
    if BOUNCE_SENDER_RE.search(ctx.from_header):
        return True
    if (
        BOUNCE_SUBJECT_RE.search(ctx.subject)
        and not REPLY_PREFIX_RE.match(ctx.subject)
        and not any(ctx.has_header(name) for name in LIST_HEADERS)
    ):
        return True
    return ctx.has_header("Return-Path") and ctx.header("Return-Path") in ("<>", "")


def _disposition_only(ctx: Context) -> bool:
    """An RFC 8098 message disposition notification: its report parts are all
    message/disposition-notification (RFC 8098 §3), or the report says
    report-type=disposition-notification, with no X-Failed-Recipients."""
    if ctx.has_header("X-Failed-Recipients"):
        return False
    if ctx.report_parts:
        return all(t == "message/disposition-notification" for t, _ in ctx.report_parts)
    return "disposition-notification" in ctx.header("Content-Type").lower()


FORWARD_PREFIX_RE = re.compile(r"\s*(?:fwd?|wg|tr|rv|doorst)\s*:", re.I)
QUOTED_FROM_RE = re.compile(r"[>\s]*From:\s*(.{1,200})", re.I)


def machine_sent(ctx: Context) -> bool:
    """With no format to go by, a bounce's subject alone is not enough ("Your application was
    rejected" from a person): the sender is a mailer daemon, or the message is a report, names
    failed recipients, or was sent automatically or with a null return path."""
    if BOUNCE_SENDER_RE.search(ctx.from_header) or ctx.content_type == "multipart/report":
        return True
    if ctx.has_header("X-Failed-Recipients") or ctx.has_header("Auto-Submitted"):
        return True
    if FORWARD_PREFIX_RE.match(ctx.subject) and _quotes_a_daemon(ctx):
        return True  # somebody forwarded a bounce: the daemon's words are in the body
    return ctx.has_header("Return-Path") and ctx.header("Return-Path") in ("<>", "")


def _quotes_a_daemon(ctx: Context) -> bool:
    for line in ctx.first_text[:4000].splitlines():
        m = QUOTED_FROM_RE.match(line)
        if m and BOUNCE_SENDER_RE.search(m.group(1)):
            return True
    return False


def failed_recipients_header(ctx: Context) -> list[str]:
    """Addresses of the X-Failed-Recipients header (Exim, Gmail)."""
    addrs: list[str] = []
    for value in ctx.msg.get_all("X-Failed-Recipients") or []:
        for piece in str(value).split(","):
            addr = clean_address(piece)
            if addr and addr not in addrs:
                addrs.append(addr)
    return addrs


def excluded_addresses(ctx: Context) -> set[str]:
    out: set[str] = set()
    if ctx.sender:
        out.add(ctx.sender.lower())
    for name in ("To", "Reply-To", "Return-Path"):
        addr = clean_address(ctx.header(name))
        if addr:
            out.add(addr.lower())
    orig = ctx.original
    if orig is not None:
        for name in ("From", "Return-Path", "Sender", "Reply-To"):
            addr = clean_address(str(orig.get(name, "")))
            if addr:
                out.add(addr.lower())
    return out


def candidates(report: str, ctx: Context, pattern: re.Pattern[str] | None) -> list[str]:
    """Addresses the report names as failed recipients, in order."""
    originals = {a.lower() for a in ctx.original_recipients()}
    excluded = excluded_addresses(ctx) - originals
    found: list[str] = []
    if pattern is not None:
        # The format's own recipient line: trusted even when it names the bounce's To.
        excluded = set()
        raw: Iterable[str] = (m.group("addr") for m in pattern.finditer(report))
    else:
        raw = (
            m.group(0)
            for line in report.splitlines()
            if "@" in line and not SKIP_LINE_RE.search(line.lower())
            for m in ADDR_RE.finditer(line)
        )
    for text in raw:
        addr = clean_address(text)
        if addr is None:
            continue
        low = addr.lower()
        if low in excluded or (is_system_address(addr) and low not in originals):
            continue
        if low.startswith(("mailto:", "//")) or addr in found:
            continue
        found.append(addr)
    return found


def coded_lines(report: str, addr: str) -> list[str]:
    """Lines with a reply or status code on or just after a line that names ``addr``
    (a Sendmail transcript, Exchange's 'Remote Server returned' under the address); a line of
    a multi-line reply ("550-...") brings the whole reply: a server that echoes the envelope
    ("550-F=[sender] T=[rcpt]") says why on another of its lines."""
    lines = report.splitlines()
    low = addr.lower()
    out: list[str] = []
    for i, line in enumerate(lines):
        if low not in line.lower():
            continue
        for j in range(i, min(i + 3, len(lines))):
            text = unfold(" ".join(multiline_reply(lines, j)))
            if text and text not in out and (first_reply_code(text) or first_status(text)):
                out.append(text)
    return out[:3]


_REPLY_LINE_RE = re.compile(r"\s*([245]\d\d)([- ])")
_MAX_REPLY_LINES = 12


def multiline_reply(lines: list[str], at: int) -> list[str]:
    """The lines of the SMTP reply (RFC 5321 4.2.1: "550-" lines, then "550 ") that line
    ``at`` belongs to; the line alone when it is not one."""
    m = _REPLY_LINE_RE.match(lines[at])
    if m is None:
        return [lines[at]]
    code = m.group(1)
    start = at
    while start > 0 and at - start < _MAX_REPLY_LINES:
        prev = _REPLY_LINE_RE.match(lines[start - 1])
        if prev is None or prev.group(1) != code or prev.group(2) != "-":
            break
        start -= 1
    end = at
    while (
        m is not None
        and m.group(2) == "-"
        and end + 1 < len(lines)
        and end - start < _MAX_REPLY_LINES
    ):
        m = _REPLY_LINE_RE.match(lines[end + 1])
        if m is None or m.group(1) != code:
            break
        end += 1
    return lines[start : end + 1]


def is_failure_line(low: str) -> bool:
    return FAILURE_WORDS_RE.search(low) is not None and not HEADER_LINE_RE.match(low)


def failure_lines(report: str) -> list[str]:
    """The lines of a report that speak of a failure (of its first 80), unfolded."""
    return [
        unfold(line)
        for line in report.splitlines()[:80]
        if line.strip() and is_failure_line(line.lower())
    ]


def diagnostic_for(report: str, addr: str, single: bool, failures: list[str]) -> str:
    """What the report says about ``addr``: its paragraph, the transcript lines that name it
    with a code, and for a lone recipient the report's other lines of failure."""
    para = recipient_paragraph(report, addr)
    rest = para.replace(addr, "").strip(" <>:;,.()")
    informative = bool(FAILURE_WORDS_RE.search(rest.lower()))
    if informative and (first_reply_code(rest) or not single):
        return para
    pieces = [para] if len(rest) > 8 else []
    coded = coded_lines(report, addr)
    if coded:
        pieces.extend(coded)
    elif single:
        if not informative:
            pieces.append(enclosing_paragraph(report, addr))
        lines = sorted(
            failures, key=lambda line: not (first_status(line) or first_reply_code(line))
        )
        pieces.extend(lines[:6])
    out: list[str] = []
    for piece in pieces:
        if piece and not any(piece in seen for seen in out):
            out.append(piece)
    return unfold(" ".join(out)) or para


def enclosing_paragraph(report: str, addr: str) -> str:
    """The blank-line-delimited paragraph around ``addr``, without the address itself, when it
    says more than the address (Notes writes the reason on the line above it)."""
    at = report.lower().find(addr.lower())
    if at < 0:
        return ""
    start = report.rfind("\n\n", 0, at)
    end = report.find("\n\n", at)
    block = report[start + 2 if start >= 0 else 0 : end if end >= 0 else len(report)]
    lines = [
        line
        for line in block.splitlines()
        if line.strip() and addr.lower() not in line.lower() and not line.lstrip().startswith("--")
    ]
    return unfold(" ".join(lines))[:1000]


def action_of(report: str, ctx: Context) -> Action:
    if DELAYED_RE.search(ctx.subject.lower()):
        return Action.DELAYED
    low = report.lower()
    if SUCCESS_RE.search(ctx.subject.lower()) or (
        SUCCESS_RE.search(low) and not PERMANENT_RE.search(low)
    ):
        return Action.DELIVERED
    if not any(key in low for key in DELAY_KEYS):
        return Action.FAILED
    if DELAYED_RE.search(low) and not PERMANENT_RE.search(low):
        return Action.DELAYED
    return Action.FAILED


def stated_reason(report: str, addr: str, reason: re.Pattern[str]) -> str:
    """The text a format gives as the reason (Domino's "because:" paragraph), the first after
    the address (each recipient has its own), else the report's only one."""
    at = report.lower().find(addr.lower())
    m = (reason.search(report, at) if at >= 0 else None) or reason.search(report)
    return unfold(m.group("text"))[:2000] if m else ""


def shared_failure(secs: Sections) -> str:
    """The lines of failure of a report that no recipient's own lines hold, coded ones first
    (as for a lone recipient)."""
    lines = failure_lines(secs.shared_text())
    lines.sort(key=lambda line: not (first_status(line) or first_reply_code(line)))
    return unfold(" ".join(lines[:6]))[:2000]


def command_of(
    report: str, addr: str, diag: str, secs: Sections | None, failures: list[str]
) -> str | None:
    """The SMTP command refused for ``addr``: a transcript's, else the diagnostic's words;
    with several recipients, only what speaks of this one (see ``_sections``)."""
    words = without_address(diag, addr)
    if secs is not None:
        return secs.command(addr) or find_command(words)
    return (
        transcript_command(report, addr)
        or find_command(words)
        or find_command(without_address(" ".join(failures), addr))
    )


def without_address(text: str, addr: str) -> str:
    """``text`` without the recipient's address, wherever it names it: which command failed is
    read from the words around it, not from a local part ("list-rcpt-eod@x", "DATA@x")."""
    if "@" not in text:
        return text
    low, needle = text.lower(), addr.lower()
    at = low.find(needle)
    if at < 0:
        return text
    pieces: list[str] = []
    pos = 0
    while at >= 0:
        pieces.append(text[pos:at])
        pos = at + len(needle)
        at = low.find(needle, pos)
    pieces.append(text[pos:])
    return " ".join(pieces)


def extract(
    ctx: Context,
    report: str,
    source: str,
    pattern: re.Pattern[str] | None = None,
    reason: re.Pattern[str] | None = None,
) -> list[RecipientRecord]:
    addrs = failed_recipients_header(ctx) or candidates(report, ctx, pattern)
    if not addrs and pattern is not None:
        addrs = candidates(report, ctx, None)
    if not addrs and FAILURE_WORDS_RE.search(report.lower()):
        addrs = [a for a in ctx.original_recipients() if not is_system_address(a)][:1]
    if not addrs:
        return []
    action = action_of(report, ctx)
    single = len(addrs) == 1
    reporting = find_reporting_host(report) or find_reporting_host(ctx.first_text)
    # The failure is read from the report without its envelope summary: a summary names the
    # recipient, not the command that failed or the reply.
    report = without_envelope_summary(report)
    failures = failure_lines(report) if single else []
    # Several recipients: each is read from the lines that speak of it alone (_sections).
    secs = None if single else sections(report, addrs[:MAX_RECORDS])
    shared: str | None = None
    records: list[RecipientRecord] = []
    for addr in addrs[:MAX_RECORDS]:
        stated = ""
        if reason is not None and not coded_lines(report, addr):
            stated = stated_reason(report, addr, reason)
        own = secs.diagnostic(addr, FAILURE_WORDS_RE) if secs is not None else ""
        if secs is not None and not own and secs.names(addr):
            # Its lines only name it: what the report says for all ("Reason: 554 ...").
            if shared is None:
                shared = shared_failure(secs)
            own = shared
        diag = (
            stated
            or own
            or diagnostic_for(report, addr, single, failures)[:2000]
            or unfold(report[:1000])
        )
        records.append(
            RecipientRecord(
                recipient=addr,
                action=Action.DELAYED if secs and addr.lower() in secs.deferred else action,
                status=first_status(diag),
                reply_code=first_reply_code(diag),
                diagnostic=diag or None,
                command=command_of(report, addr, diag, secs, failures),
                remote_mta=(
                    find_remote_host(diag)
                    or (find_remote_host(report) if secs is None else secs.host(addr))
                ),
                reporting_mta=reporting,
                source=source,
            )
        )
    return records
