"""Plain-text bounces of mailbox providers: Gmail and Google Workspace, Yahoo,
Verizon, Biglobe, Zoho, Deutsche Telekom (T-Online), 1&1 / IONOS, au (KDDI, EZweb), QQ
(Tencent) and others whose wording is their own."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._formats import TextFormat
from bouncesink.parse._refine import Refiner, detect_refined, gate_of, stated_reason_first
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "providers"
MESSAGE_TYPE = MessageType.BOUNCE

# QQ: the reason under its label, in Chinese, then the remote server's reply in brackets.
_QQ_REASON = re.compile(
    r"退信原因[:\uff1a][ \t]*(?:\n[ \t]*)*(?P<text>[^\s][^\n]*(?:\n[ \t]*\n?[ \t]*\([^\n]+\))?)"
)

_EINSUNDEINS_REASON = re.compile(
    r"^For the following reason:[ \t]*\n(?:[ \t]*\n)*(?P<text>[^\n]+(?:\n[^\n]+){0,3})", re.M
)

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="x3",  # an unnamed MTA; before Gmail, whose first phrases it shares
        keys=("technical details:",),
        marker=re.compile(
            r"^={20,}[ \t]*\n[ \t]+This is an automatically generated Delivery Status Notif", re.M
        ),
        example="  * rcpt@x ... Technical details: SMTP:RCPT host 192.0.2.8: 553 5.3.0 ...",
        recipient=re.compile(r"^[ \t]+\* (?P<addr>[^\s@]+@[^\s@]+)[ \t]*$", re.M),
        from_top=True,
    ),
    TextFormat(
        name="zoho",  # Zoho Mail: one line per recipient, the codes labelled
        keys=("error_code :", "[status: "),
        marker=re.compile(r"ERROR_CODE :|^\[Status: \w+, Address: <", re.M),
        example="rcpt@x Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <rcpt@x>... User "
        "Unknown / [Status: Error, Address: <rcpt@x>, ResponseCode 421, , Host not reachable.]",
        recipient=re.compile(
            r"^(?:\[Status: \w+, Address: <)?(?P<addr>[^\s@<>]+@[^\s@<>,]+)"
            r"(?:>,|[ \t][^\n]{0,200}ERROR_CODE :)",
            re.M,
        ),
        from_top=True,
    ),
    TextFormat(
        name="deutschetelekom",  # T-Online: Smail's banners, the original's headers after
        keys=("failed addresses follow:",),
        marker=re.compile(
            r"^\|-{5,} Failed addresses follow: -+\|[^|]{0,4000}\|-{5,} Message header follows",
            re.M,
        ),
        example="|---- Failed addresses follow: ----| <rcpt@x> 552 5.2.2 <id> Quota exceeded",
        recipient=re.compile(r"^ <(?P<addr>[^\s<>@]+@[^\s<>]+)>[ \t]*$", re.M),
        end=re.compile(r"^\|-{5,} Message (?:header|text) follows", re.M),
    ),
    TextFormat(
        # 1&1 / IONOS: Exim's opening, then "The following address failed: / rcpt / For the
        # following reason: / <reason>", each a paragraph (before Exim, whose opening it shares).
        name="einsundeins",
        keys=("for the following reason:",),
        marker=re.compile(r"^For the following reason:[ \t]*$", re.M),
        example="The following address failed:  rcpt@x  For the following reason:  Mail size "
        "limit exceeded. For explanation visit http://postmaster.1and1.com/...",
        recipient=re.compile(
            r"^The following address(?:es)? failed:[ \t]*\n(?:[ \t]*\n)*[ \t]*<?"
            r"(?P<addr>[^\s@<>]+@[^\s@<>]+?)>?[ \t]*$",
            re.M,
        ),
        from_top=True,
        reason=_EINSUNDEINS_REASON,
    ),
    TextFormat(
        name="kddi",  # au by KDDI
        keys=("could not be delivered to: <",),
        marker=re.compile(r"^Your mail (?:sent on|attempted to be delivered on): ", re.M),
        example="Your mail sent on: date / Could not be delivered to: <rcpt@x> / As their "
        "mailbox is full.",
        recipient=re.compile(r"Could not be delivered to: <(?P<addr>[^>\s]+@[^>\s]+)>"),
    ),
    TextFormat(
        name="ezweb",  # au EZweb
        keys=(
            "the user(s) account",
            "each of the following recipients was rejected",
            "your message was not delivered within",
        ),
        subject=re.compile(r"Mail System Error - Returned Mail"),
        marker=re.compile(
            r"^(?:The user\(s\) account|Each of the following recipients was rejected"
            r"|Your message was not delivered within)",
            re.M,
        ),
        example="The user(s) account is disabled. / <rcpt@x>: 550 user unknown (in reply to "
        "RCPT TO command)",
        recipient=re.compile(r"^[ \t]*(?:Recipient: )?<(?P<addr>[^>\s@]+@[^>\s]+)>", re.M),
        end=re.compile(r"^-{20,}[ \t]*$|^Content-Type: message/rfc822", re.M | re.I),
        reason=re.compile(
            r"^(?P<text>(?:The user\(s\) account|Your message was not delivered within"
            r"|Each of the following recipients)[^\n]*(?:\n[^\n]+){0,3})",
            re.M,
        ),
    ),
    TextFormat(
        name="gmail",
        keys=(
            "delivery to the following recipient",
            "automatically generated delivery status notification",
            "** message not delivered",
            "** address not found",
            "** message blocked",
            "your message wasn't delivered to",
            "google tried to deliver",
        ),
        marker=re.compile(
            r"Delivery to the following recipients? (?:failed|has been delayed)"
            r"|This is an automatically generated Delivery Status Notification"
            r"|\*\* (?:Message not delivered|Address not found|Message blocked) \*\*"
            r"|Your message wasn't delivered to|Google tried to deliver your message",
            re.I,
        ),
        example="Delivery to the following recipient failed permanently: rcpt@x",
    ),
    TextFormat(
        name="yahoo",
        keys=("sorry, we were unable to deliver your message",),
        marker=re.compile(r"Sorry, we were unable to deliver your message to the following addr"),
        example="Sorry, we were unable to deliver your message to the following address. <r@x>:",
        recipient=re.compile(r"^<(?P<addr>[^>\s@]+@[^>\s@]+)>:", re.M),
    ),
    TextFormat(
        name="verizon",
        keys=(
            "message could not be delivered to mobile",
            "error: ",
            "invalid user address",
            "no such user",
        ),
        sender=re.compile(r"vtext\.com|vzw|verizon|post_master@", re.I),
        marker=re.compile(
            r"Message could not be delivered to mobile|Error: |Invalid user address|"
            r"no such user",
            re.I,
        ),
        example="Message could not be delivered to mobile. Error: No valid recipients for this MM",
    ),
    TextFormat(
        # QQ Mail (Tencent): "很抱歉您发送的邮件被退回" ("sorry, the mail you sent was
        # returned"), the recipient after "收件人" and the reason after "退信原因", each label
        # with a full-width colon; the recipient is an ASCII address (the colon is none of it).
        name="qq",
        keys=("被退回",),
        marker=re.compile(r"您发送的邮件被退回|邮件被退回"),
        example="很抱歉您发送的邮件被退回 ... 收件人\uff1arcpt@x ... "
        "退信原因\uff1a收件人邮箱不存在 (550 Mailbox not found)",
        recipient=re.compile(
            r"收件人[:\uff1a][ \t]*<?(?P<addr>[!-;=?-~]{1,64}@[A-Za-z0-9.\-]{1,255})"
        ),
        from_top=True,
        reason=_QQ_REASON,
    ),
    TextFormat(
        name="biglobe",
        keys=("the following addresses had delivery problems",),
        marker=re.compile(r"^ *-{3,} The following addresses had delivery problems -{3,}", re.M),
        example="----- The following addresses had delivery problems ----- rcpt@x",
    ),
)


GATE = gate_of(FORMATS)

REFINERS: dict[str, Refiner] = {
    "qq": stated_reason_first(_QQ_REASON),
    "einsundeins": stated_reason_first(_EINSUNDEINS_REASON),
}


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_refined(ctx, FORMATS, GATE, REFINERS)
