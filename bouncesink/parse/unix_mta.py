"""Plain-text bounces of the Unix MTAs: Postfix, Exim, Sendmail (V8 and V5), qmail, Courier,
OpenSMTPD, Smail, DragonFly Mail Agent, and the MTAs that copy their wording."""

from __future__ import annotations

import logging
import re

from bouncesink.parse._context import Context
from bouncesink.parse._formats import TextFormat, all_keys, detect_formats
from bouncesink.types import MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "unix_mta"
MESSAGE_TYPE = MessageType.BOUNCE

M = re.M
IGNORECASE = re.I

FORMATS: tuple[TextFormat, ...] = (
    TextFormat(
        name="postfix",
        keys=("this is the postfix program", "this is the mail system at host"),
        marker=re.compile(r"^This is the (?:Postfix program|mail system) at host ", M),
        example="This is the mail system at host mx.example.com. ... <rcpt@x>: host y said: 550",
        recipient=re.compile(
            r"^\s*<(?P<addr>[^>\s@]+@[^>\s@]+)>(?: \(expanded from <[^>]*>\))?:", M
        ),
    ),
    TextFormat(
        # The period matters: TMDA's challenge says "... by mail delivery software (TMDA)."
        name="exim",
        keys=("created automatically by", "a message that you sent"),
        marker=re.compile(
            r"This message was created automatically by (?:mail delivery software\.|the SMTP relay)"
            r"|^A message that you sent (?:could not be delivered|has not yet been delivered"
            r"|contained one or more recipient)",
            M,
        ),
        example="A message that you sent could not be delivered to one or more of its recipients",
        recipient=re.compile(
            r"^ {1,4}(?:[^\s<>]+ )?<?(?P<addr>[^\s<>@]+@[^\s<>:@]+)>?(?::\s|:?[ \t]*$)", M
        ),
    ),
    TextFormat(
        name="qmail",
        keys=("qmail", "wasn't able to deliver your message"),
        marker=re.compile(
            r"^Hi\. This is the qmail[\w-]* program|I'm afraid I wasn't able to deliver your "
            r"message|This is the qmail-send program",
            M,
        ),
        example="Hi. This is the qmail-send program at x. <rcpt@y>: Remote host said: 550 ...",
        recipient=re.compile(r"^<(?P<addr>[^>\s@]+@[^>\s@]+)>:", M),
    ),
    TextFormat(
        name="dragonfly",
        keys=("dragonfly mail agent", "error delivering your mail"),
        marker=re.compile(r"^This is the DragonFly Mail Agent|There was an error delivering", M),
        example="There was an error delivering your mail to <rcpt@x>.",
        recipient=re.compile(r"error delivering your mail to <(?P<addr>[^>\s]+)>"),
    ),
    TextFormat(
        name="opensmtpd",
        keys=("this is the mailer-daemon", "following list of recipients"),
        marker=re.compile(
            r"This is the MAILER-DAEMON, please DO NOT REPLY|An error has occurred while "
            r"attempting to deliver a message for the following list of recipients",
            IGNORECASE,
        ),
        example="Hi! This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.",
        recipient=re.compile(r"^(?P<addr>[^\s@]+@[^\s@:]+): ", M),
        end=re.compile(r"^[ \t]*Below is a copy of the original message", M),
    ),
    TextFormat(
        name="smail",
        keys=("failed addresses follow:",),
        marker=re.compile(r"^\|-{5,} Failed addresses follow: ", M),
        example="|---- Message log follows: ----| ... |---- Failed addresses follow: ----| "
        "rcpt@x ... unknown host |---- Message text follows: ----|",
        recipient=re.compile(r"^ <?(?P<addr>[^\s<>@]+@[^\s<>]+?)>?(?: \.\.\. |[ \t]*$)", M),
        end=re.compile(r"^\|-{5,} Message (?:text|header) follows", M),
        from_top=True,
    ),
    TextFormat(
        name="courier",
        keys=(
            "delivery status notification from",
            "courier mail server",
            "undeliverable mail",
            "delays in delivering your message",
        ),
        marker=re.compile(
            r"^This is a delivery status notification from |Courier mail server"
            r"|^ +UNDELIVERABLE MAIL\s*$|^ +DELAYS IN DELIVERING YOUR MESSAGE\s*$",
            M,
        ),
        example="UNDELIVERABLE MAIL / Your message to the following recipients cannot be "
        "delivered: <rcpt@x>: mx.x [192.0.2.1]: >>> RCPT TO:<rcpt@x> <<< 550 ...",
    ),
    TextFormat(
        name="v5sendmail",  # Sendmail 5 and appliances built on it: the original is "unsent"
        keys=("unsent message follows", "no message was collected"),
        marker=re.compile(r"^ *-{3,} Transcript of session follows", M),
        example="----- Transcript of session follows ----- ... 550 <rcpt@x>... User unknown "
        "----- Unsent message follows -----",
        recipient=re.compile(r"^[45]\d\d <(?P<addr>[^>\s]+@[^>\s]+)>\.\.\.", M),
        end=re.compile(r"^ *-{3,} (?:Unsent message follows|No message was collected)", M),
    ),
    TextFormat(
        name="sendmail",
        keys=("the following address", "transcript of session", "original message was received at"),
        marker=re.compile(
            r"^ *-{3,} ?The following addresses? had (?:permanent|transient|delivery|temporary)"
            r"|^ *-{3,} Transcript of session follows|^The original message was received at",
            M | IGNORECASE,
        ),
        example="----- The following addresses had permanent fatal errors ----- <rcpt@x>",
    ),
)


GATE = all_keys(FORMATS)


def detect(ctx: Context) -> list[RecipientRecord] | None:
    return detect_formats(ctx, FORMATS, GATE)
