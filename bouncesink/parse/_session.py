"""What a bounce text says of the SMTP session: the command that failed (in words, or in a
transcript) and the hosts that took part (the remote one that answered, the reporting one)."""

from __future__ import annotations

import re

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
