"""Plain-text bounces of mail servers that write their own report: hMailServer, MDaemon,
Novell / Micro Focus GroupWise (GWIA), CommuniGate Pro.

Run before ``microsoft``: hMailServer opens with Exchange's sentence ("Your message did not reach
some or all of the intended recipients"), then labels the remote server's reply its own way.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._refine import Refiner, detect_refined, restated, stated_reason_first
from bouncesink.parse._text import TextFormat, all_keys
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "mailservers"
MESSAGE_TYPE = MessageType.BOUNCE

_ADDR = r"[^\s@<>()'\"]{1,64}@[^\s@<>()'\"]{1,255}"

# hMailServer: under each recipient, either the remote server's words or its own.
_HMAIL_REASON = re.compile(
    r"^[ \t]+(?:Remote server replied|Error Description):[ \t]*(?P<text>[^\n]+)", re.M
)

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="hmailserver",
        keys=("error type:",),
        marker=re.compile(r"^The following recipient\(s\) could not be reached:", re.M),
        example="The following recipient(s) could not be reached: rcpt@x / Error Type: SMTP / "
        "Remote server (192.0.2.1) issued an error. / hMailServer sent: RCPT TO:<rcpt@x> / "
        "Remote server replied: 550 5.1.1 ...",
        recipient=re.compile(rf"^(?P<addr>{_ADDR})[ \t]*\n[ \t]+Error Type:", re.M),
        reason=_HMAIL_REASON,
    ),
    TextFormat(
        # MDaemon: "The attached message had PERMANENT fatal delivery errors!" and the SMTP
        # session as it went ("--> RCPT To:<rcpt@x>", "<-- 550 ..."); MDaemon 3 listed the
        # recipients first ("The following addresses did NOT receive a copy of your message:").
        name="mdaemon",
        keys=("session transcript",),
        marker=re.compile(r"^[ \t]*-{2,} ?Session Transcript ?-{2,}", re.M),
        example="--- Session Transcript --- ... --> RCPT To:<rcpt@x> / <-- 550 5.1.1 ... "
        "--- End Transcript ---",
        recipient=re.compile(
            rf"(?:^>[ \t]+|--> RCPT To:[ \t]*<|^[^\n]{{0,40}}:[ \t]+\*[ \t]+To:[ \t]+<?)"
            rf"(?P<addr>{_ADDR}?)>?[ \t]*$",
            re.M | re.I,
        ),
        from_top=True,
        end=re.compile(r"^[ \t]*-{2,} ?End (?:of )?Transcript", re.M | re.I),
    ),
    TextFormat(
        # GroupWise Internet Agent: the notice names the recipients; the attached "Mime.822"
        # part has the SMTP exchange ("Command: RCPT TO:<rcpt@x>" / "Response: 550 ...").
        name="groupwise",
        keys=("undeliverable recipient(s):",),
        marker=re.compile(r"^The attached file had the following undeliverable recipient", re.M),
        example="The attached file had the following undeliverable recipient(s): rcpt@x / "
        "Transcript of session follows: Command: RCPT TO:<rcpt@x> Response: 550 5.1.1 ...",
        recipient=re.compile(rf"^[ \t]*(?P<addr>{_ADDR})[ \t]*$", re.M),
    ),
    TextFormat(
        name="groupwise",  # the notice alone: "rcpt@x (user unknown)"
        keys=("was undeliverable to the following",),
        marker=re.compile(r"The message that you sent was undeliverable to the following"),
        example="The message that you sent was undeliverable to the following: rcpt@x (user "
        "unknown)",
        recipient=re.compile(rf"^[ \t]+(?P<addr>{_ADDR})[ \t]+\(", re.M),
    ),
    TextFormat(
        name="communigate",  # CommuniGate Pro: "Failed to deliver to '<rcpt@x>'", then the module
        keys=("failed to deliver to '",),
        marker=re.compile(r"^Failed to deliver to '", re.M),
        example="Failed to deliver to '<rcpt@x>' / SMTP module(domain x) reports: / host mx.x "
        "says: / 550 5.1.1 User unknown",
        recipient=re.compile(rf"^Failed to deliver to '<?(?P<addr>{_ADDR}?)>?'", re.M),
    ),
)

GATE = all_keys(FORMATS)

# A line of MDaemon's transcript: "<date> <time>: --> RCPT To:<x>" or "... <-- 550 ...".
_SESSION_LINE_RE = re.compile(r"(-->|<--)[ \t]+(.*)$", re.M)
_REPLY_RE = re.compile(r"([2-5]\d\d)([ -])")
_COMMANDS = {
    "RCPT": "RCPT",
    "MAIL": "MAIL",
    "DATA": "DATA",
    "BDAT": "DATA",
    ".": "DATA",
    "EHLO": "EHLO",
    "HELO": "HELO",
    "STARTTLS": "STARTTLS",
}


def _mdaemon(report: str, record: RecipientRecord) -> RecipientRecord:
    """The first refusal in the session that concerns this recipient: the server's reply (a
    multi-line reply whole) and the command it answered."""
    addr = (record.recipient or "").lower()
    command: str | None = "CONN"
    rcpt: str | None = None
    reply: list[str] = []
    for m in _SESSION_LINE_RE.finditer(report):
        direction, text = m.group(1), m.group(2).strip()
        if direction == "-->":
            if reply:
                break
            word = text.split(" ", 1)[0].split(":", 1)[0].upper()
            command = _COMMANDS.get(word, command)
            rcpt = text.lower() if word == "RCPT" else None
            continue
        code = _REPLY_RE.match(text + " ")
        if code is None:
            continue
        if reply:
            if code.group(1) != reply[0][:3]:
                break
            reply.append(text)
            continue
        if code.group(1)[0] in "45" and not (command == "RCPT" and rcpt and addr not in rcpt):
            reply.append(text)
            if code.group(2) == " ":
                break
    if not reply:
        return record
    return restated(record, " ".join(reply), command)


def _groupwise(report: str, record: RecipientRecord) -> RecipientRecord:
    """GWIA's "Command:" line names the command its "Response:" answers."""
    if record.command is None and "Command:" in report:
        m = re.search(r"^Command:[ \t]*([A-Za-z]{4})", report, re.M)
        if m and m.group(1).upper() in _COMMANDS:
            return dataclasses.replace(record, command=_COMMANDS[m.group(1).upper()])
    return record


REFINERS: dict[str, Refiner] = {
    "hmailserver": stated_reason_first(_HMAIL_REASON),
    "mdaemon": _mdaemon,
    "groupwise": _groupwise,
}


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_refined(ctx, FORMATS, GATE, REFINERS)
