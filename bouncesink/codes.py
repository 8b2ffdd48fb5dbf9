"""Status and reply codes read out of text: RFC 3463 enhanced status codes (``5.1.1``) and
RFC 5321 reply codes (``550``). Pure: strings in, strings and numbers out.

One normalizer (:func:`normalize`, and :func:`_status` behind every reader) and two ways of
reading, because the parser and the classifier ask different questions:

- The parser reads a code where a report writes it, in reading order, with lenient bounds
  (:func:`first_status`, :func:`statuses`, :func:`first_reply_code`): the first code of a
  diagnostic is the one the report gives.
- The classifier reads a diagnostic as a whole and takes the code by how explicitly it is
  written (:func:`explicit_status`: after a reply code, then qmail's ``(#5.1.1)``, then a bare
  one; :func:`reply_status`; :func:`reply_prefix_code`, the code that begins a reply line).

Where a code may appear and what it means are apart: the meanings are tables in
:mod:`bouncesink.classify.status`.
"""

from __future__ import annotations

import re

# An enhanced status code's three numbers, each captured: class, subject, detail.
_CODE = r"([245])\.(\d{1,3})\.(\d{1,3})"
# The same code captured whole (class 2, 4 or 5), and a failure's code (4 or 5 only).
_ANY_STATUS = r"[245]\.\d{1,3}\.\d{1,3}"
_FAILURE_STATUS = r"[45]\.\d{1,3}\.\d{1,3}"

# A value that is a status code and nothing else (a field, a table key).
_STATUS_VALUE_RE = re.compile(rf"^\s*{_CODE}\s*$")

# --- Reading order (the parser) ---
# In both, what may not come before the code is tested after its first digit ("[245]" then
# "not [\d.] and that digit"): a pattern that starts with a character set lets re skip to
# the next 2, 4 or 5 instead of trying the look-behind at every position (3 times faster).
STATUS_RE = re.compile(r"([245])(?<![\d.][245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
REPLY_RE = re.compile(r"([245](?<![\d.\-:=][245])[0-9][0-9])(?=[ \-]|:\s|$)", re.M)
# A reply code behind a label of its own (Zoho: "ERROR_CODE :550,", "ResponseCode 421,").
LABELLED_REPLY_RE = re.compile(r"(?:error_code|responsecode) ?:? ?([245][0-9][0-9])\b", re.I)

# --- Most explicit first (the classifier) ---
# A reply code and the enhanced code the server wrote after it: "550-5.1.1", "550 #5.1.1".
_REPLY_THEN_STATUS_RE = re.compile(rf"\b[245]\d\d[- ]#?({_ANY_STATUS})\b")
# Where a status sits in free text, most explicit first.
_EXPLICIT_STATUS_RES: tuple[re.Pattern[str], ...] = (
    _REPLY_THEN_STATUS_RE,  # 550-5.1.1 / 550 5.1.1
    re.compile(rf"\(#({_FAILURE_STATUS})\)"),  # qmail: (#5.1.1)
    re.compile(rf"(?<![\d.])({_FAILURE_STATUS})(?![\d.])"),  # bare 5.1.1
)
# A reply code that begins a reply: "550 text", "550-text" (second digit 0 to 5).
_REPLY_PREFIX_RE = re.compile(r"(?<![\d.#-])([245][0-5]\d)(?=[ -]\S)")
# The prefix a multi-line reply repeats on every line: "550-5.7.1 ", "550 ".
_CONTINUATION_RE = re.compile(rf"\b([245]\d\d)[- ](?:#?({_ANY_STATUS}) )?")


def _status(klass: str, subject: str, detail: str) -> str:
    """The three numbers of a status code written the one way: ``5``, ``01``, ``1`` →
    ``5.1.1``."""
    return f"{klass}.{int(subject)}.{int(detail)}"


def normalize(status: str | None) -> str | None:
    """``" 5.01.1 "`` → ``"5.1.1"``; None for anything that is not an X.Y.Z status."""
    if not status:
        return None
    m = _STATUS_VALUE_RE.match(status)
    if m is None:
        return None
    return _status(m.group(1), m.group(2), m.group(3))


def detail(status: str) -> str:
    """``"5.1.1"`` → ``"1.1"`` (subject and detail, class stripped)."""
    return status.split(".", 1)[1]


def first_status(text: str | None) -> str | None:
    """The first RFC 3463 status code in a text, in reading order, normalized ('5.01.1' ->
    '5.1.1')."""
    if not text:
        return None
    m = STATUS_RE.search(text)
    if not m:
        return None
    return _status(m.group(1), m.group(2), m.group(3))


def statuses(text: str | None) -> list[str]:
    """Every RFC 3463 status code in a text, in reading order, normalized."""
    if not text:
        return []
    return [_status(a, b, c) for a, b, c in STATUS_RE.findall(text)]


def first_reply_code(text: str | None) -> int | None:
    """The first SMTP reply code (2xx/4xx/5xx followed by a space, dash, ': ' or the end of a
    line) in a text, else one behind a label of its own ('ERROR_CODE :550')."""
    if not text:
        return None
    m = REPLY_RE.search(text)
    if m is None and "code" in text.lower():
        m = LABELLED_REPLY_RE.search(text)
    return int(m.group(1)) if m else None


def explicit_status(text: str) -> str | None:
    """The enhanced status code written in *text*, the most explicitly written first (after a
    reply code, then qmail's '(#5.1.1)', then a bare 4.x.x or 5.x.x), normalized, or None."""
    for regex in _EXPLICIT_STATUS_RES:
        m = regex.search(text)
        if m is not None:
            return normalize(m.group(1))
    return None


def reply_status(text: str) -> str | None:
    """The enhanced code the remote server wrote after its reply code ("550 5.2.1 ...",
    "550-5.7.25 ..."), normalized, or None."""
    m = _REPLY_THEN_STATUS_RE.search(text)
    return normalize(m.group(1)) if m is not None else None


def reply_prefix_code(text: str) -> int | None:
    """The first SMTP reply code that begins a reply in *text* ("550 ...", "550-..."), or
    None."""
    m = _REPLY_PREFIX_RE.search(text)
    return int(m.group(1)) if m is not None else None


def join_continuations(text: str) -> str:
    """Drop the reply-code prefixes that a multi-line reply repeats on every line.

    ``550-5.7.1 Messages with multiple 550 5.7.1 addresses in From:`` → ``550-5.7.1 Messages
    with multiple addresses in From:``: the first prefix stays, its later copies go.
    """
    first = _CONTINUATION_RE.search(text)
    if first is None:
        return text
    code, status = first.group(1), first.group(2)
    rest = text[first.end() :]
    if code not in rest:
        return text  # no later copy of the prefix (most texts): no call per reply code

    def drop(m: re.Match[str]) -> str:
        return "" if (m.group(1), m.group(2)) == (code, status) else m.group(0)

    return text[: first.end()] + _CONTINUATION_RE.sub(drop, rest)
