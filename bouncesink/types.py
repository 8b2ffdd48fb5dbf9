"""Frozen value types shared by every room of bouncesink.

No logic and no I/O here: the parser produces a :class:`Report`, the classifier turns each
:class:`RecipientRecord` into a :class:`Classification`, and the store and policy work on
:class:`Event` values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class MessageType(enum.StrEnum):
    """What a received message is, as a whole."""

    DSN = "dsn"  # RFC 3464 / RFC 6533 delivery status notification
    BOUNCE = "bounce"  # a non-standard (plain text) bounce of some MTA or provider
    COMPLAINT = "complaint"  # RFC 5965 ARF feedback report
    AUTOREPLY = "autoreply"  # RFC 3834 auto-reply, vacation, challenge-response
    NOT_BOUNCE = "not-bounce"  # a person, a newsletter, spam: nothing to record
    UNPARSABLE = "unparsable"  # the parser failed; the message is kept for review


class Action(enum.StrEnum):
    """RFC 3464 Action field, plus the two kinds of record that are not DSN actions."""

    FAILED = "failed"
    DELAYED = "delayed"
    DELIVERED = "delivered"
    RELAYED = "relayed"
    EXPANDED = "expanded"
    FEEDBACK = "feedback"  # ARF complaint
    AUTOREPLY = "autoreply"  # RFC 3834 auto-reply


class Kind(enum.StrEnum):
    """What a record means for the address (design: Vocabulary)."""

    HARD = "hard"
    SOFT = "soft"
    BLOCK = "block"
    COMPLAINT = "complaint"
    AUTOREPLY = "autoreply"
    DELAYED = "delayed"
    DELIVERED = "delivered"
    UNKNOWN = "unknown"
    NONE = "none"


class Category(enum.StrEnum):
    """The seed's categories (PowerMTA's bounce categories), then the non-failures."""

    BAD_DOMAIN = "bad-domain"
    BAD_MAILBOX = "bad-mailbox"
    INACTIVE_MAILBOX = "inactive-mailbox"
    QUOTA_ISSUES = "quota-issues"
    NO_ANSWER_FROM_HOST = "no-answer-from-host"
    BAD_CONNECTION = "bad-connection"
    ROUTING_ERRORS = "routing-errors"
    PROTOCOL_ERRORS = "protocol-errors"
    BAD_CONFIGURATION = "bad-configuration"
    CONTENT_RELATED = "content-related"
    SPAM_RELATED = "spam-related"
    POLICY_RELATED = "policy-related"
    VIRUS_RELATED = "virus-related"
    INVALID_SENDER = "invalid-sender"
    RELAYING_ISSUES = "relaying-issues"
    MESSAGE_EXPIRED = "message-expired"
    OTHER = "other"
    AUTO_REPLY = "auto-reply"
    COMPLAINT = "complaint"
    DELAYED = "delayed"
    DELIVERED = "delivered"
    NONE = "none"


class Reason(enum.StrEnum):
    """Fine-grained reason, in the vocabulary of Sisimai so results compare one to one."""

    USERUNKNOWN = "userunknown"
    HOSTUNKNOWN = "hostunknown"
    HASMOVED = "hasmoved"
    NOTACCEPT = "notaccept"
    SUSPEND = "suspend"
    MAILBOXFULL = "mailboxfull"
    EMAILTOOLARGE = "emailtoolarge"
    FILTERED = "filtered"
    REJECTED = "rejected"
    NORELAYING = "norelaying"
    BLOCKED = "blocked"
    SPAMDETECTED = "spamdetected"
    VIRUSDETECTED = "virusdetected"
    POLICYVIOLATION = "policyviolation"
    SECURITYERROR = "securityerror"
    AUTHFAILURE = "authfailure"
    BADREPUTATION = "badreputation"
    REQUIREPTR = "requireptr"
    NOTCOMPLIANTRFC = "notcompliantrfc"
    CONTENTERROR = "contenterror"
    RATELIMITED = "ratelimited"
    EXPIRED = "expired"
    NETWORKERROR = "networkerror"
    SYSTEMERROR = "systemerror"
    SYSTEMFULL = "systemfull"
    MAILERERROR = "mailererror"
    SYNTAXERROR = "syntaxerror"
    FAILEDSTARTTLS = "failedstarttls"
    SUPPRESSED = "suppressed"
    VACATION = "vacation"
    FEEDBACK = "feedback"
    DELIVERED = "delivered"
    DELAYED = "delayed"
    ONHOLD = "onhold"
    UNDEFINED = "undefined"


class MessageStatus(enum.StrEnum):
    """Where a stored message is on its way (design: The path of one message)."""

    PENDING = "pending"  # durable, not processed yet
    PROCESSED = "processed"  # parsed, events recorded (possibly none: not a bounce)
    UNPARSABLE = "unparsable"  # kept for review; nothing recorded


class AddressState(enum.StrEnum):
    ACTIVE = "active"
    SOFT = "soft"
    SUPPRESSED = "suppressed"


class SuppressionReason(enum.StrEnum):
    HARD_BOUNCE = "hard-bounce"
    SOFT_THRESHOLD = "soft-threshold"
    COMPLAINT = "complaint"
    MANUAL = "manual"
    IMPORT = "import"


@dataclass(frozen=True, slots=True)
class RecipientRecord:
    """One recipient's outcome as a message states it (parser output, unclassified)."""

    recipient: str | None  # the failed address (Final-Recipient, or what the text names)
    action: Action | None = None
    status: str | None = None  # RFC 3463 X.Y.Z, as stated by the message
    reply_code: int | None = None  # SMTP basic reply code (550, 452...)
    diagnostic: str | None = None  # diagnostic text, unfolded, decoded
    remote_mta: str | None = None
    reporting_mta: str | None = None
    original_recipient: str | None = None
    command: str | None = None  # SMTP command that failed: CONN, HELO, MAIL, RCPT, DATA...
    feedback_type: str | None = None  # ARF Feedback-Type (abuse, fraud, virus...)
    # The sending MTA's own verdict, where its DSN gives one (PowerMTA's
    # X-PowerMTA-BounceCategory: "bad-mailbox", "quota-issues", "spam-related"...).
    mta_category: str | None = None
    source: str = "unknown"  # parser module that produced the record (rfc3464, postfix...)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the parser read from one message."""

    message_type: MessageType
    records: tuple[RecipientRecord, ...] = ()
    subject: str | None = None
    sender: str | None = None  # From: of the bounce message itself
    message_id: str | None = None  # Message-ID of the bounce itself
    original_message_id: str | None = None  # Message-ID of the message that bounced
    reporting_mta: str | None = None
    error: str | None = None  # why the message could not be parsed (UNPARSABLE)


@dataclass(frozen=True, slots=True)
class Classification:
    """The classifier's verdict on one record, with the rule that decided and its evidence."""

    reason: Reason
    category: Category
    kind: Kind
    rule: str  # stable identifier of the deciding rule, e.g. "status:5.1.1"
    evidence: str = ""  # the text or field the rule matched


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened to an address: a classified record or an operator's action."""

    address: str
    occurred_at: datetime
    kind: Kind
    category: Category
    reason: Reason
    rule: str = ""
    status: str | None = None
    diagnostic: str | None = None
    manual: str | None = None  # "suppress", "unsuppress", "import" for operator events
    expires_at: datetime | None = None
    message_id: int | None = None
    extra: dict[str, str] = field(default_factory=dict)
