"""A message read from a mailbox, as the SMTP front would have received it.

The envelope is gone once a message sits in a mailbox; the delivering server wrote what is left
of it into the header: ``Return-Path`` (MAIL FROM), ``Delivered-To`` and ``X-Original-To``
(RCPT TO before and after aliases), ``Envelope-To`` / ``X-Envelope-To`` (Exim and others).
Those recipients play the part of RCPT TO: the first one whose local part carries a valid
return-path token signs the message, as at RCPT on the SMTP path. A mailbox that cannot have a
domain of its own receives the token as a subaddress (``bounces+b-TOKEN@example.org``), so the
part after the first ``+`` is tried too.

Whether a message is a bounce at all is the parser's own verdict (``MessageType.NOT_BOUNCE``):
there is no second detector here.
"""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes
from email.policy import compat32
from email.utils import getaddresses

from .. import parse
from ..errors import AddressError, TokenError
from ..pipeline import Incoming, parse_address
from ..tokens import TokenPolicy, today_utc
from ..types import MessageType

# Headers that carry the envelope recipient, the final mailbox's first.
RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To")


def is_bounce(raw: bytes) -> bool:
    """False only for what the parser takes for no report at all (a person, a newsletter).

    An unparsable message counts as a bounce: it is stored and kept for review, as on the SMTP
    path, rather than left aside where no one looks."""
    return parse.parse(raw).message_type is not MessageType.NOT_BOUNCE


def envelope(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """(MAIL FROM, RCPT TOs) as the delivering server recorded them in the header."""
    head = message_from_bytes(_head(raw), policy=compat32)
    sender = ""
    for value in head.get_all("Return-Path") or ():
        addresses = [a for _, a in getaddresses([str(value)]) if a]
        sender = addresses[0] if addresses else ""
        break
    recipients: list[str] = []
    for name in RECIPIENT_HEADERS:
        for value in head.get_all(name) or ():
            for _, address in getaddresses([str(value)]):
                try:
                    normalized = parse_address(address)
                except AddressError:
                    continue
                if normalized not in recipients:
                    recipients.append(normalized)
    return sender, tuple(recipients)


def incoming(
    raw: bytes, tokens: TokenPolicy, received_at: datetime, source: str | None = None
) -> Incoming:
    """The message as the SMTP front would have handed it to the store."""
    sender, recipients = envelope(raw)
    token = signed_by(recipients, tokens, received_at)
    return Incoming(
        raw=raw,
        mail_from=sender,
        rcpt_to=recipients,
        received_at=received_at,
        peer=source[:128] if source else None,
        trust=tokens.trust(token),
        token=token,
    )


def signed_by(recipients: tuple[str, ...], tokens: TokenPolicy, now: datetime) -> str | None:
    """The first valid return-path token among the recipients' local parts (or subaddresses);
    None when tokens are off or none is valid (the message is then "unsigned": recorded, but it
    changes no address's state, whatever [tokens].mode says: a mailbox cannot refuse it)."""
    if tokens.mode == "off":
        return None
    today = today_utc(now)
    for address in recipients:
        local = address.rpartition("@")[0]
        for candidate in (local, local.partition("+")[2]):
            if not candidate:
                continue
            try:
                tokens.check(candidate, today)
            except TokenError:
                continue
            return candidate.lower()
    return None


def _head(raw: bytes) -> bytes:
    """The header block only (the body of a large bounce is not parsed for this)."""
    ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := raw.find(sep)) >= 0]
    if not ends:
        return raw
    index, length = min(ends)
    return raw[: index + length]
