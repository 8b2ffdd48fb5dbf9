"""Plain-text bounces of mail servers that write their own report: MDaemon, Novell / Micro
Focus GroupWise (GWIA), CommuniGate Pro. (hMailServer, whose report opens as Exchange's does,
is read in ``microsoft``.)

Run after the other named formats, which none of these shares a phrase with: a bounce that one
of them reads costs no look-up here.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._formats import TextFormat
from bouncesink.parse._refine import Refiner, detect_refined, gate_of, restated
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "mailservers"
MESSAGE_TYPE = MessageType.BOUNCE

_ADDR = r"[^\s@<>()'\"]{1,64}@[^\s@<>()'\"]{1,255}"

FORMATS: tuple[TextFormat, ...] = (
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

GATE = gate_of(FORMATS)

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
    "mdaemon": _mdaemon,
    "groupwise": _groupwise,
}


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_refined(ctx, FORMATS, GATE, REFINERS)
