"""Reason → (category, kind): the design's default map and the two reasons read by the reply.

The map is the starting point of the policy (design: "Vocabulary: kind, category, reason").
Two reasons' meaning depends on the reply: ``notaccept`` is a bad domain when permanent (5xx:
null MX, "this domain accepts no mail") and a routing error when transient (4xx: "not
accepting mail right now"); ``ratelimited`` is soft when transient and a refusal because of
us (block) when permanent.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bouncesink.types import Category, Kind, Reason

_C = Category
_K = Kind
_R = Reason

DEFAULT_MAP: Mapping[Reason, tuple[Category, Kind]] = MappingProxyType(
    {
        _R.USERUNKNOWN: (_C.BAD_MAILBOX, _K.HARD),
        _R.HASMOVED: (_C.BAD_MAILBOX, _K.HARD),
        _R.HOSTUNKNOWN: (_C.BAD_DOMAIN, _K.HARD),
        _R.NOTACCEPT: (_C.BAD_DOMAIN, _K.HARD),  # 5xx; see category_kind for 4xx
        _R.SUSPEND: (_C.INACTIVE_MAILBOX, _K.HARD),
        _R.MAILBOXFULL: (_C.QUOTA_ISSUES, _K.SOFT),
        _R.EMAILTOOLARGE: (_C.QUOTA_ISSUES, _K.SOFT),
        _R.SYSTEMFULL: (_C.QUOTA_ISSUES, _K.SOFT),
        _R.EXPIRED: (_C.MESSAGE_EXPIRED, _K.SOFT),
        _R.NETWORKERROR: (_C.NO_ANSWER_FROM_HOST, _K.SOFT),
        _R.RATELIMITED: (_C.BAD_CONNECTION, _K.SOFT),
        _R.FAILEDSTARTTLS: (_C.BAD_CONNECTION, _K.SOFT),
        _R.SYSTEMERROR: (_C.ROUTING_ERRORS, _K.SOFT),
        _R.SYNTAXERROR: (_C.PROTOCOL_ERRORS, _K.SOFT),
        _R.MAILERERROR: (_C.BAD_CONFIGURATION, _K.SOFT),
        _R.FILTERED: (_C.POLICY_RELATED, _K.SOFT),
        _R.BLOCKED: (_C.SPAM_RELATED, _K.BLOCK),
        _R.SPAMDETECTED: (_C.SPAM_RELATED, _K.BLOCK),
        _R.BADREPUTATION: (_C.SPAM_RELATED, _K.BLOCK),
        _R.POLICYVIOLATION: (_C.POLICY_RELATED, _K.BLOCK),
        _R.SECURITYERROR: (_C.POLICY_RELATED, _K.BLOCK),
        _R.AUTHFAILURE: (_C.POLICY_RELATED, _K.BLOCK),
        _R.REQUIREPTR: (_C.BAD_CONFIGURATION, _K.BLOCK),
        _R.CONTENTERROR: (_C.CONTENT_RELATED, _K.BLOCK),
        _R.NOTCOMPLIANTRFC: (_C.CONTENT_RELATED, _K.BLOCK),
        _R.VIRUSDETECTED: (_C.VIRUS_RELATED, _K.BLOCK),
        _R.REJECTED: (_C.INVALID_SENDER, _K.BLOCK),
        _R.NORELAYING: (_C.RELAYING_ISSUES, _K.BLOCK),
        _R.SUPPRESSED: (_C.BAD_MAILBOX, _K.HARD),
        _R.VACATION: (_C.AUTO_REPLY, _K.AUTOREPLY),
        _R.FEEDBACK: (_C.COMPLAINT, _K.COMPLAINT),
        _R.DELIVERED: (_C.DELIVERED, _K.DELIVERED),
        _R.DELAYED: (_C.DELAYED, _K.DELAYED),
        _R.ONHOLD: (_C.OTHER, _K.UNKNOWN),
        _R.UNDEFINED: (_C.OTHER, _K.UNKNOWN),
    }
)


def is_transient(status: str | None, reply_code: int | None) -> bool:
    """True when the reply says "try again later": a 4xx reply code, else a 4.x.x status."""
    if reply_code is not None and 400 <= reply_code < 600:
        return reply_code < 500
    return bool(status) and str(status).startswith("4")


def category_kind(
    reason: Reason,
    status: str | None = None,
    reply_code: int | None = None,
    mapping: Mapping[Reason, tuple[Category, Kind]] = DEFAULT_MAP,
) -> tuple[Category, Kind]:
    """Category and kind of *reason*; ``notaccept`` with a 4xx reply is a routing error, and
    ``ratelimited`` with a 5xx one a refusal because of us."""
    if reason is Reason.NOTACCEPT and is_transient(status, reply_code):
        return Category.ROUTING_ERRORS, Kind.SOFT
    if (
        reason is Reason.RATELIMITED
        and (status or reply_code)
        and not is_transient(status, reply_code)
        and not _mailbox_rate(status)
    ):
        # "550 ... has sent to too many recipients this hour", "550 5.7.1 Service refusé,
        # trop de connexions": our sending rate, refused for good; counted against the address
        # it would suppress a live one while we are throttled. A 4xx one, retried until the
        # queue gives up, stays the design's soft bad connection, and so does a mailbox that
        # receives too fast (X.2.Y, the mailbox's own status, RFC 3463 §3.3: Gmail's "550-5.2.1
        # The user you are trying to contact is receiving mail at a rate...").
        return Category.BAD_CONNECTION, Kind.BLOCK
    return mapping.get(reason, (Category.OTHER, Kind.UNKNOWN))


def _mailbox_rate(status: str | None) -> bool:
    """True when a rate limit comes with the mailbox's own status (X.2.Y: the recipient
    receives too fast), but not with X.2.2: a rate read over "mailbox full" is the sender's
    quota (Exchange Online's "550 5.2.2 Submission quota exceeded")."""
    parts = str(status or "").split(".")
    return len(parts) == 3 and parts[1] == "2" and parts[2] != "2"
