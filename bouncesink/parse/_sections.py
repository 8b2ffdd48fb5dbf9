"""Which lines of a report speak of which recipient, when it names several.

A report that names several failed recipients gives each its own lines: Postfix's
"<a>: host x said: 550 ..." paragraph, Exim's address with its indented "host ... / SMTP error
..." lines, Sendmail's "<a>" and "(reason: ...)" under "The following addresses had ...",
qmail's "<a>:" paragraph, Courier's "<a>:" with its ">>> RCPT TO / <<< 550" exchange. A
recipient's *segment* starts at a line that names it and no other of the recipients, and ends
before the first of:

- a line that names another of the recipients (Exim and Sendmail write no blank line between
  two recipients), unless it is indented deeper than the segment's first line (a reply that
  names another recipient, wrapped under this one's address, is still this one's);
- a blank line, once the segment says more than the address, or when the address stands in a
  list of bare addresses (what follows the list is said of all of them);
- a boundary: a new session of a transcript ("... while talking to x.:"), a rule or heading
  ("----- Transcript of session follows -----"), a quoted header line that does not name the
  recipient, or a new command of a transcript (">>> DATA") once the segment holds a reply.

What no recipient's segment holds is common to all: Sendmail's transcript of a session after
the list of addresses, the report's introduction. A command of a common transcript is given to
a recipient when the exchange refused it by name (">>> RCPT To:<a>" then "<<< 550") or when
the reply is the one the recipient's own lines quote ("(reason: 554 5.7.1 ...)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bouncesink.codes import first_reply_code, first_status
from bouncesink.parse._address import ADDR_RE, clean_address
from bouncesink.parse._decode import unfold

# A line that ends whatever segment runs: a new session or section.
_BOUNDARY_RE = re.compile(
    r"[ \t]*(?:\.\.\.[ \t]*)?while talking to (?P<host>[^\s:]+)"  # Sendmail: a new session
    # a rule or a heading ("----- Transcript of session", Smail's "|---- Failed addresses")
    r"|[ \t]*\|?(?:-{3,}|={5,}|_{5,})",
    re.I,
)
# A quoted header line ends a segment too, unless it names the recipient whose segment runs
# (qmail of IndiMail: "<a>:" then "From: <sender> RCPT: <a> x does not like recipient.").
_HEADER_RE = re.compile(
    r"[ \t]*(?:to|cc|bcc|from|subject|date|sent|message-id|reply-to|return-path)[ \t]*:", re.I
)
# Under a heading of this kind the recipients were not failed but deferred (Sendmail's
# errbody() in savemail.c: "The following addresses had transient non-fatal errors").
_DEFERRED_HEADING_RE = re.compile(r"[ \t]*-{3,} ?the following addresses? had transient", re.I)
_COMMANDS = "RCPT|MAIL|DATA|BDAT|EHLO|HELO|STARTTLS|QUIT"
_COMMAND_LINE_RE = re.compile(rf">>> ?({_COMMANDS})\b", re.I)
_EXCHANGE_RE = re.compile(rf">>> ?({_COMMANDS})\b(.*?)(?=>>>|$)", re.I)
_REPLY_LINE_RE = re.compile(r"[ \t]*(?:<<< ?)?[245]\d\d[ \-]")
_FAILED_REPLY_RE = re.compile(r"<<< ?[45]\d\d[ \-]")
_MAX_SEGMENT_CHARS = 2000
# A reply quoted in a recipient's own lines is matched on this many characters (Sendmail's
# "(reason: ...)" shortens a long reply).
_REPLY_KEY_CHARS = 40


@dataclass(frozen=True, slots=True)
class Exchange:
    """One command of a transcript that the server refused (">>> DATA" / "<<< 554 ...")."""

    command: str  # RCPT, MAIL, DATA...
    rcpt: str | None  # the address a RCPT TO named, lowercased
    reply: str  # the refusal, unfolded ("554 5.7.1 Message rejected as spam")
    end: int  # where the lines of the reply end in the text
    host: str | None  # the session's remote host ("... while talking to mx.x.:")


@dataclass(slots=True)
class Sections:
    """The segments of one report for a set of recipients (see the module docstring)."""

    text: str
    segments: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    deferred: set[str] = field(default_factory=set)  # recipients under a "transient" heading
    common: list[Exchange] = field(default_factory=list)  # refusals of a common transcript
    hosts: dict[str, str] = field(default_factory=dict)  # a recipient's session host

    def shared_text(self) -> str:
        """The text that no recipient's segment holds (the report's own words)."""
        spans = sorted(span for spans in self.segments.values() for span in spans)
        pieces: list[str] = []
        pos = 0
        for start, end in spans:
            pieces.append(self.text[pos:start])
            pos = max(pos, end)
        pieces.append(self.text[pos:])
        return "".join(pieces)

    def note(self, addr: str, host: str | None, deferred_heading: bool) -> None:
        """A segment of ``addr`` begins in a session with ``host``, under a deferred heading
        or not: the first such heading, and the first host, are the recipient's."""
        if deferred_heading and addr not in self.segments:
            self.deferred.add(addr)
        if host is not None:
            self.hosts.setdefault(addr, host)

    def names(self, addr: str) -> bool:
        """The report has lines of ``addr``'s own."""
        return addr.lower() in self.segments

    def own(self, addr: str) -> list[str]:
        """``addr``'s segments, each unfolded, in the order of the report."""
        return [unfold(self.text[a:b]) for a, b in self.segments.get(addr.lower(), ())]

    def diagnostic(self, addr: str, words: re.Pattern[str], quoted: str = "") -> str:
        """What the recipient's own lines say of its failure: the first segment with a reply
        or status code, after any segment before it that explains the failure in words
        (Exchange names the recipient twice: for the user, then with the code for the
        administrator); else the first segment in words; else the reply of the exchange that
        refused it (see ``exchange``, with ``quoted``); else the first segment that says more
        than the address (Exim: "Unrouteable address"). ``words``: the lowercase words of
        failure."""
        pieces: list[str] = []
        other = ""
        for seg in self.own(addr):
            rest = seg.lower().replace(addr.lower(), "")
            if not words.search(rest):
                if not other and len(rest.strip(" <>:;,.()[]'\"")) >= 8:
                    other = seg
                continue
            pieces.append(seg)
            if first_reply_code(rest) or first_status(rest):
                break
        else:
            pieces = pieces[:1]
        if not pieces:
            # Its lines only name it (Sendmail's list without reasons): the reply of the
            # common transcript that refused it, if one did.
            exchange = self.exchange(addr, quoted)
            return exchange.reply if exchange else other[:_MAX_SEGMENT_CHARS]
        return " ".join(pieces)[:_MAX_SEGMENT_CHARS]

    def command(self, addr: str, quoted: str = "") -> str | None:
        """The command a transcript says was refused for ``addr`` (see ``exchange``)."""
        low = addr.lower()
        for seg in self.own(addr):
            if ">>>" in seg:
                found = _refused_command(seg, low)
                if found:
                    return found
        exchange = self.exchange(addr, quoted)
        return exchange.command if exchange else None

    def host(self, addr: str, quoted: str = "") -> str | None:
        """The remote host of the session that refused ``addr``, where a transcript says."""
        found = self.hosts.get(addr.lower())
        if found:
            return found
        exchange = self.exchange(addr, quoted)
        return exchange.host if exchange else None

    def exchange(self, addr: str, quoted: str) -> Exchange | None:
        """The exchange of a common transcript that refused ``addr``: by name (">>> RCPT
        To:<addr>"); the one its own lines follow (Sendmail: ">>> DATA", "<<< 554 ...", then
        "554 5.0.0 <addr>... Service unavailable"); the one whose reply its own lines or
        ``quoted`` (a DSN's Diagnostic-Code) repeat; or, for a text-only report whose lines of
        ``addr`` quote no reply at all, the one command other than RCPT the transcript shows
        refused."""
        if not self.common:
            return None
        low = addr.lower()
        for exchange in self.common:
            if exchange.command == "RCPT" and exchange.rcpt == low:
                return exchange
        spans = self.segments.get(low, [])
        starts = {a for a, _ in spans}
        for exchange in self.common:
            if exchange.end in starts and exchange.command != "RCPT":
                return exchange
        own = self.own(addr)
        mine = " ".join([*own, unfold(quoted)])
        for exchange in self.common:
            key = exchange.reply[:_REPLY_KEY_CHARS]
            if len(key) >= 12 and key in mine and exchange.command != "RCPT":
                return exchange
        if quoted or first_reply_code(mine) or first_status(mine):
            return None  # its own reply is none of the transcript's
        refused = [exchange for exchange in self.common if exchange.command != "RCPT"]
        if refused and len({exchange.command for exchange in self.common}) == 1:
            return refused[0]  # the session failed for every recipient it had
        return None


def _refused_command(segment: str, low: str) -> str | None:
    """The first command of an unfolded segment that a 4xx/5xx answered."""
    for m in _EXCHANGE_RE.finditer(segment):
        command, rest = m.group(1).upper(), m.group(2)
        if command == "RCPT" and _address_in(rest.split("<<<", 1)[0]) != low:
            continue  # another recipient's refusal
        if _FAILED_REPLY_RE.search(rest):
            return command
    return None


def sections(text: str, recipients: list[str]) -> Sections:
    """Cut ``text`` into the segments of ``recipients`` (one pass over its lines)."""
    wanted = {r.lower() for r in recipients}
    out = Sections(text)
    lines = text.split("\n")
    starts = _line_starts(lines)
    owner: str | None = None  # the recipient whose segment runs
    seg_start = 0
    seg_indent = 0  # the indentation of the running segment's first line
    said = False  # the running segment says more than the address
    replied = False  # the running segment holds a reply
    deferred_heading = False
    host: str | None = None  # the remote host of the transcript's session
    pending: list[tuple[int, str | None]] = []  # common command lines: (index, host)

    def close(end: int) -> None:
        if owner is not None and end > seg_start:
            out.segments.setdefault(owner, []).append((seg_start, end))

    for i, line in enumerate(lines):
        named = _named(line, wanted) if "@" in line else None
        stripped = line.strip()
        if not stripped:
            if owner is not None and said:
                close(starts[i])
                owner = None
            continue
        boundary = _BOUNDARY_RE.match(line)
        if boundary is not None:
            host, deferred_heading = _after_boundary(boundary, line, host, deferred_heading)
        elif named is None:
            boundary = _HEADER_RE.match(line)
        command = _COMMAND_LINE_RE.match(line)
        indent = len(line) - len(line.lstrip())
        if named and named != owner and (owner is None or indent <= seg_indent):
            # (A line indented deeper than the running segment's first one continues it, even
            # when the reply it wraps names another recipient: "(other@x:blocked)".)
            # Right under another bare address, it is one of a list: the blank line after it
            # ends it (what follows is said of all), as it does a segment that says more.
            listed = owner is not None and not said and i > 0 and seg_start == starts[i - 1]
            close(starts[i])
            owner, seg_start, seg_indent, replied = named, starts[i], indent, False
            said = listed or len(stripped) - len(named) >= 8
            out.note(named, host, deferred_heading)
        elif named == "" or boundary is not None or (command is not None and replied):
            close(starts[i])
            owner = None
        elif owner is not None:
            said = True
        if owner is None and command is not None:
            pending.append((i, host))
        if owner is not None:
            if _REPLY_LINE_RE.match(line):
                replied = True
            if starts[i] - seg_start > _MAX_SEGMENT_CHARS:
                close(starts[i])
                owner = None
    close(len(text))
    out.common = _common_exchanges(lines, starts, pending)
    return out


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` starts in the text they were split from (on "\\n")."""
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _after_boundary(
    boundary: re.Match[str], line: str, host: str | None, deferred_heading: bool
) -> tuple[str | None, bool]:
    """The session host and the deferred heading in force after a boundary line: Sendmail's
    "while talking to" begins a session with a host; a rule or heading ends the session and
    says whether the addresses under it were deferred."""
    if boundary.group("host") is not None:
        return boundary.group("host").rstrip(".:").lower(), deferred_heading
    if line.lstrip().startswith("-"):
        return None, _DEFERRED_HEADING_RE.match(line) is not None
    return host, deferred_heading


def _named(line: str, wanted: set[str]) -> str | None:
    """The one recipient of ``wanted`` that ``line`` names; "" when it names several; None
    when it names none."""
    found: str | None = None
    for m in ADDR_RE.finditer(line):
        addr = clean_address(m.group(0))
        if addr is None:
            continue
        low = addr.lower()
        if low not in wanted or low == found:
            continue
        if found is not None:
            return ""
        found = low
    return found


def _common_exchanges(
    lines: list[str], starts: list[int], pending: list[tuple[int, str | None]]
) -> list[Exchange]:
    """The refused commands among the command lines no segment holds."""
    out: list[Exchange] = []
    for i, host in pending:
        m = _COMMAND_LINE_RE.match(lines[i])
        if m is None:
            continue
        replies: list[str] = []
        j = i + 1
        while j < len(lines) and j - i <= 12 and lines[j].lstrip().startswith("<<<"):
            replies.append(lines[j].strip()[3:].strip())
            j += 1
        failed = [r for r in replies if r[:1] in "45"]
        if failed:
            end = starts[j] if j < len(lines) else starts[-1] + len(lines[-1])
            command = m.group(1).upper()
            rcpt = _address_in(lines[i]) if command == "RCPT" else None
            out.append(Exchange(command, rcpt, unfold(failed[0]), end, host))
    return out


def _address_in(text: str) -> str | None:
    """The first address of ``text``, lowercased (">>> RCPT To:<a@x>" -> "a@x")."""
    m = ADDR_RE.search(text)
    addr = clean_address(m.group(0)) if m else None
    return addr.lower() if addr else None
