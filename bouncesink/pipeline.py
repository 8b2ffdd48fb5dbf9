"""The way of one message, as values and pure functions: received → pending → outcome.

:class:`Incoming` is what the SMTP server received, :class:`Pending` a stored message waiting
to be processed, :class:`Outcome` what parsing and classifying it gave (with a
:class:`NewEvent` per recipient record), :class:`ManualAction` an operator's event.
:func:`process_message` turns one message into its outcome, :func:`attribute` ties the events
to the recipient its return-path token names, :func:`process_all` does a batch (what the
parse worker processes run, see :mod:`bouncesink.processing`).

No sockets, no database, no event loop: this module and what it imports (types, tokens) are
all a parse worker process loads besides the parser and the classifier.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from . import tokens
from .errors import AddressError, TokenError
from .types import (
    Category,
    Classification,
    Kind,
    MessageStatus,
    MessageType,
    Reason,
    RecipientRecord,
    Report,
)

log = logging.getLogger(__name__)

ParseFn = Callable[[bytes], Report]
ClassifyFn = Callable[[RecipientRecord, Report], Classification]


def normalize_address(address: str) -> str:
    """The address as the suppression list keys it: lowercased whole, <> and blanks removed.

    RFC 5321 lets a local part be case-sensitive, but mailbox providers treat it as
    case-insensitive, and bounces echo addresses in whatever case the MTA chose: keyed by the
    exact case, "John@x" bounced would leave "john@x" mailable. One address, one state.
    """
    return address.strip().strip("<>").strip().lower().rstrip(".")


MAX_ADDRESS = 320  # the column size: 64 octets of local part, @, 255 of domain

# The common case, checked at once: a plain address (no quoted local part), domain lowercased.
# Not in an unquoted local part: blanks, controls and the specials that separate or enclose
# addresses (RFC 5322 3.2.3): "a@@b.com" and "a@x.com,b@x.com" are not one address.
_LOCAL_CHARS = r"[^\s<>@,;:()\[\]\\\"\x00-\x1f\x7f]"
_ALNUM = r"(?:[^\W_]|[^\x00-\x7f])"  # a letter or digit, or any non-ASCII character
_LABEL = rf"{_ALNUM}(?:(?:{_ALNUM}|-){{0,61}}{_ALNUM})?"
_PLAIN_ADDRESS = re.compile(rf"{_LOCAL_CHARS}{{1,64}}@(?:{_LABEL}\.)+{_LABEL}")
_QUOTED_LOCAL = re.compile(r'"(?:[^"\\\x00-\x1f\x7f]|\\[^\x00-\x1f])*"')


def address_problem(given: object) -> str:
    """The one message for anything given as an address that is not one."""
    return f"{given!r} is not an e-mail address (expected one address: local-part@domain)"


def parse_address(given: str) -> str:
    """The normalized address (:func:`normalize_address`) of one e-mail address, or
    :class:`AddressError` with :func:`address_problem`'s message.

    Every face reads addresses through this: the command line, the API, the policy service,
    CSV imports and the SMTP server's recipients. A quoted local part ("a b"@x.example) and
    international characters are accepted; lists, empty parts and stray specials are not.
    """
    address = normalize_address(given)
    if len(address) <= MAX_ADDRESS and _PLAIN_ADDRESS.fullmatch(address):
        return address
    local, at, domain = address.rpartition("@")
    if (
        at
        and len(address) <= MAX_ADDRESS
        and 0 < len(local.encode()) <= 64
        and _QUOTED_LOCAL.fullmatch(local)
        and _valid_domain(domain)
    ):
        return address
    plain_local = _PLAIN_ADDRESS.fullmatch(f"{local}@x.example")
    if at and len(address) <= MAX_ADDRESS and plain_local and _valid_domain(domain):
        return address
    raise AddressError(address_problem(given))


def _valid_domain(domain: str) -> bool:
    if domain.startswith("[") and domain.endswith("]"):  # address literal, [192.0.2.1]
        inside = domain[1:-1]
        return bool(inside) and not any(c.isspace() or c in "[]\\" for c in inside)
    labels = domain.split(".")
    if len(domain) > 255 or len(labels) < 2:
        return False
    return all(_LABEL_ONLY.fullmatch(label) for label in labels)


_LABEL_ONLY = re.compile(_LABEL)


def split_address(address: str) -> tuple[str, str]:
    """(local part, domain) of an address; the domain is empty when there is no "@"."""
    local, _, domain = address.rpartition("@")
    return local, domain


@dataclass(frozen=True, slots=True)
class Incoming:
    """A message as the SMTP server received it."""

    raw: bytes
    mail_from: str
    rcpt_to: tuple[str, ...]
    received_at: datetime
    peer: str | None = None
    helo: str | None = None
    # "unchecked", "signed", "unsigned" (see StoredMessage.trust) or "authenticated" (an ESP's
    # webhook request whose signature or credentials were checked: bouncesink.esp)
    trust: str = "unchecked"
    token: str | None = None  # the verified return-path token, when signed

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


@dataclass(frozen=True, slots=True)
class Pending:
    """A stored message waiting to be processed."""

    id: int
    raw: bytes
    received_at: datetime
    mail_from: str
    rcpt_to: tuple[str, ...]
    trust: str = "unchecked"
    token: str | None = None


@dataclass(frozen=True, slots=True)
class NewEvent:
    """One classified recipient record, ready to be stored."""

    record_index: int
    address: str
    kind: Kind
    category: Category
    reason: Reason
    rule: str
    action: str | None = None
    status: str | None = None
    reply_code: int | None = None
    diagnostic: str | None = None
    remote_mta: str | None = None
    source: str | None = None
    trusted: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    """What processing one stored message produced."""

    message_id: int
    status: MessageStatus  # PROCESSED or UNPARSABLE
    message_type: str | None
    error: str | None = None
    events: tuple[NewEvent, ...] = field(default=())
    seconds: float = field(default=0.0, compare=False)  # CPU spent parsing and classifying


@dataclass(frozen=True, slots=True)
class ManualAction:
    """An operator's suppress / unsuppress, or an imported suppression."""

    address: str
    action: str  # "suppress", "unsuppress" or "import"
    occurred_at: datetime
    actor: str | None = None
    note: str | None = None
    expires_at: datetime | None = None
    # What the source said, for an import: a complaint stays a complaint (None: the action's
    # own verdict, MANUAL_VERDICTS).
    verdict: tuple[Kind, Category, Reason] | None = None


# What an operator's action says about the address, as a classified event would.
MANUAL_VERDICTS: dict[str, tuple[Kind, Category, Reason]] = {
    "suppress": (Kind.HARD, Category.OTHER, Reason.SUPPRESSED),
    "import": (Kind.HARD, Category.OTHER, Reason.SUPPRESSED),
    "unsuppress": (Kind.NONE, Category.NONE, Reason.UNDEFINED),
}


def process_message(
    message_id: int,
    raw: bytes,
    parse: ParseFn,
    classify: ClassifyFn,
    trust: str = "unchecked",
    token: str | None = None,
) -> Outcome:
    """Parse and classify one message (pure apart from the functions given)."""
    try:
        report = parse(raw)
    except Exception as exc:  # the parser promises not to raise; keep the message if it does
        log.exception("parser raised message_id=%d", message_id)
        return Outcome(message_id, MessageStatus.UNPARSABLE, MessageType.UNPARSABLE, repr(exc))
    if report.message_type is MessageType.UNPARSABLE:
        return Outcome(message_id, MessageStatus.UNPARSABLE, report.message_type, report.error)
    events = []
    for index, record in enumerate(report.records):
        if not record.recipient:
            continue
        try:  # read as every face reads an address, so that each stored one can be asked for
            address = parse_address(record.recipient)
        except AddressError:
            log.warning(
                "record skipped message_id=%d recipient=%r: not an address",
                message_id,
                record.recipient,
            )
            continue
        verdict = classify(record, report)
        events.append(
            NewEvent(
                record_index=index,
                address=address,
                kind=verdict.kind,
                category=verdict.category,
                reason=verdict.reason,
                rule=verdict.rule,
                action=record.action.value if record.action else None,
                status=record.status,
                reply_code=record.reply_code,
                diagnostic=record.diagnostic,
                remote_mta=record.remote_mta,
                source=record.source,
            )
        )
    attributed = attribute(events, trust, token)
    return Outcome(message_id, MessageStatus.PROCESSED, report.message_type, None, attributed)


def attribute(events: Sequence[NewEvent], trust: str, token: str | None) -> tuple[NewEvent, ...]:
    """Tie a message's events to the recipient its return-path token names.

    - tokens off ("unchecked"): the message is believed as it reads;
    - "authenticated" (an ESP's signed webhook, see bouncesink.esp): believed as it reads,
      whatever the token mode: the ESP's signature proves what a return-path token would;
    - "unsigned": recorded, but no event may change an address's state;
    - "signed": the token names the recipient we mailed. Events about that recipient are
      trusted. When no event names it (the bounce came from a forwarding address, or says
      something else), the token wins: the events are about the token's recipient, if the
      token carries the address. Other addresses a signed bounce mentions are not trusted.
    """
    if trust in ("unchecked", "authenticated"):
        return tuple(events)
    if trust != "signed" or token is None:
        return tuple(replace(e, trusted=False) for e in events)
    try:
        info = tokens.read_verified(token)
    except TokenError:
        return tuple(replace(e, trusted=False) for e in events)
    if info.mode is tokens.TokenMode.OPAQUE:
        return tuple(events)  # ours, but only the sender can map the id to an address
    if any(info.matches(e.address) for e in events):
        return tuple(e if info.matches(e.address) else replace(e, trusted=False) for e in events)
    address = info.address
    if address is None:
        return tuple(replace(e, trusted=False) for e in events)
    return tuple(replace(e, address=normalize_address(address)) for e in events)


def process_all(batch: Sequence[Pending], parse: ParseFn, classify: ClassifyFn) -> list[Outcome]:
    """Each message's outcome, with the CPU time it took."""
    outcomes = []
    for m in batch:
        started = time.process_time()
        outcome = process_message(m.id, m.raw, parse, classify, m.trust, m.token)
        outcomes.append(replace(outcome, seconds=time.process_time() - started))
    return outcomes
