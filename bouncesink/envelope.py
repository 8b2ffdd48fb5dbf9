"""What the front doors accept: each recipient checked, and the message to store made of an
envelope. The SMTP and LMTP servers and the ``deliver`` command of a pipe transport all go
through this, so that a bounce stored by any of them is the same stored message.

A recipient is accepted when it is one address (:func:`~bouncesink.pipeline.parse_address`)
of a configured bounce domain, within the recipient limit, and, with ``[tokens] mode =
"enforce"``, when its local part is a valid return-path token. The first valid token among a
message's recipients names the recipient the bounce is about and makes the message "signed".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .errors import AddressError, TokenError
from .pipeline import Incoming, parse_address
from .tokens import TokenPolicy

log = logging.getLogger(__name__)

# Replies, as sent (the SMTP and LMTP servers answer them at RCPT).
OK_RCPT = "250 2.1.5 OK"
REFUSED_DOMAIN = (
    "550 5.7.1 <{address}>: relay access denied; this host accepts only bounces for {domains}"
)
BAD_ADDRESS = "553 5.1.3 <{address}>: not a valid address"
BAD_TOKEN = "550 5.7.1 <{address}>: not a valid return path of this host"
TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients"


@dataclass(frozen=True, slots=True)
class Refusal:
    """A recipient refused: the reply, and the cause counted in
    ``messages_refused_total{cause=...}`` (bad-address, foreign-domain, too-many-recipients,
    bad-token)."""

    reply: str
    cause: str


@dataclass(frozen=True, slots=True)
class Accepted:
    """A recipient accepted; `token` is its local part (lowercased) when it is a valid
    return-path token."""

    token: str | None = None


class Recipients:
    """The recipient rules of the bounce domains ([smtp].domains, max_recipients, [tokens])."""

    def __init__(
        self, domains: Sequence[str], max_recipients: int, tokens: TokenPolicy | None = None
    ) -> None:
        self._domains = frozenset(d.lower().rstrip(".") for d in domains)
        self._domain_list = ", ".join(sorted(self._domains))
        self.max_recipients = max_recipients
        self.tokens = tokens or TokenPolicy("off", {}, 0)

    def check(self, address: str, accepted: int, today: date) -> Accepted | Refusal:
        """Whether to accept `address` as one more recipient of a message that has
        `accepted` recipients already."""
        local, _, domain = address.rpartition("@")
        try:
            parse_address(address)
        except AddressError:
            return Refusal(BAD_ADDRESS.format(address=echo(address)), "bad-address")
        if domain.lower().rstrip(".") not in self._domains:
            reply = REFUSED_DOMAIN.format(address=echo(address), domains=self._domain_list)
            return Refusal(reply, "foreign-domain")
        if accepted >= self.max_recipients:
            return Refusal(TOO_MANY_RECIPIENTS, "too-many-recipients")
        try:
            if self.tokens.check(local, today) is not None:
                return Accepted(local.lower())
        except TokenError as exc:
            if self.tokens.mode == "enforce":
                log.info("refused token rcpt=%s error=%s", echo(address), exc)
                return Refusal(BAD_TOKEN.format(address=echo(address)), "bad-token")
        return Accepted()

    def incoming(
        self,
        raw: bytes,
        mail_from: str,
        rcpt_to: Sequence[str],
        token: str | None,
        received_at: datetime,
        *,
        peer: str | None = None,
        helo: str | None = None,
    ) -> Incoming:
        """The message to store for an envelope whose recipients were accepted; `token` is
        the first valid token among them (None if none was)."""
        return Incoming(
            raw=raw,
            mail_from=storable(mail_from),
            rcpt_to=tuple(storable(r) for r in rcpt_to),
            received_at=received_at,
            peer=peer,
            helo=storable(helo) if helo else None,
            trust=self.tokens.trust(token),
            token=token,
        )


def storable(value: str) -> str:
    """A command argument as storable text: aiosmtpd keeps bytes that are not UTF-8 as lone
    surrogates (so does Python for a command line), which no database takes; they become
    U+FFFD, valid UTF-8 is kept."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def echo(value: str) -> str:
    """A client's string quoted back in a reply: ASCII only, whatever bytes it sent."""
    return value.encode("ascii", "backslashreplace").decode("ascii")
