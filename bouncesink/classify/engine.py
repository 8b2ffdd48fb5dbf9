"""One recipient record → :class:`Classification`, most authoritative evidence first.

1. What the record *is*: a complaint, an auto-reply, a success, a delay (non-failures).
2. A provider's own reading of its status code (``host:office365:5.1.10``).
3. A precise status code (``status:5.1.1``) — unless the text blames *us* (block list, SPF,
   spam...) while the code would make it a bad address: a sender-side refusal is never hard.
4. A provider's own phrases (``host:yahoo:01``).
5. Text patterns in every language (``text:en:userunknown:03``).
6. The generic status code's fallback meaning (``status:5.7.1``), the reply code
   (``reply:521``), the SMTP command that failed (``command:HELO``).
7. Nothing: ``undefined`` (never suppress on a guess); a delay that says nothing is
   ``expired``.
"""

from __future__ import annotations

from bouncesink.classify import hosts
from bouncesink.classify import status as st
from bouncesink.classify.mapping import category_kind
from bouncesink.classify.patterns import MATCHER, SENDER_SIDE, fold
from bouncesink.types import (
    Action,
    Category,
    Classification,
    Kind,
    MessageType,
    Reason,
    RecipientRecord,
    Report,
)

_HARD_REASONS = frozenset(
    {Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.SUSPEND, Reason.HASMOVED, Reason.NOTACCEPT}
)

# Reply codes that say something on their own (RFC 5321, RFC 7504).
_REPLY_RULES: dict[int, Reason] = {
    521: Reason.NOTACCEPT,  # host does not accept mail (RFC 7504)
    556: Reason.NOTACCEPT,  # domain does not accept mail (RFC 7504)
    552: Reason.MAILBOXFULL,  # exceeded storage allocation
    452: Reason.MAILBOXFULL,  # insufficient system storage (for this recipient)
    530: Reason.SECURITYERROR,  # authentication required
    535: Reason.SECURITYERROR,  # authentication credentials invalid
    538: Reason.SECURITYERROR,  # encryption required
    500: Reason.SYNTAXERROR,
    501: Reason.SYNTAXERROR,
    502: Reason.SYNTAXERROR,
    503: Reason.SYNTAXERROR,
    504: Reason.SYNTAXERROR,
}

# The SMTP command that was refused, when nothing else spoke.
_COMMAND_RULES: dict[str, Reason] = {
    "CONN": Reason.BLOCKED,
    "HELO": Reason.BLOCKED,
    "EHLO": Reason.BLOCKED,
    "MAIL": Reason.REJECTED,
}


def classify(record: RecipientRecord, report: Report) -> Classification:
    """Reason, category and kind of one record, with the rule that decided. Never raises."""
    try:
        return _classify(record, report)
    except Exception as exc:  # a classifier bug must not lose the record
        return Classification(
            Reason.UNDEFINED, Category.OTHER, Kind.UNKNOWN, "error", type(exc).__name__
        )


def _classify(record: RecipientRecord, report: Report) -> Classification:
    nonfailure = _non_failure(record, report)
    if nonfailure is not None:
        return nonfailure
    text = fold(record.diagnostic or "")
    status = st.normalize(record.status)
    reply = record.reply_code
    if status is None or st.is_generic(status):
        found = st.find_status(text)
        if found is not None and (status is None or not st.is_generic(found)):
            status = found
    if reply is None:
        reply = st.find_reply_code(text)
    reason, rule, evidence = _failure_reason(record, text, status, reply)
    if record.action is Action.DELAYED:
        return Classification(reason, Category.DELAYED, Kind.DELAYED, rule, evidence)
    category, kind = category_kind(reason, status, reply)
    return Classification(reason, category, kind, rule, evidence)


def _non_failure(record: RecipientRecord, report: Report) -> Classification | None:
    action = record.action
    if (
        action is Action.FEEDBACK
        or record.feedback_type
        or (report.message_type is MessageType.COMPLAINT)
    ):
        evidence = f"Feedback-Type: {record.feedback_type}" if record.feedback_type else ""
        return Classification(
            Reason.FEEDBACK, Category.COMPLAINT, Kind.COMPLAINT, "arf:feedback", evidence
        )
    if action is Action.AUTOREPLY or report.message_type is MessageType.AUTOREPLY:
        return Classification(
            Reason.VACATION, Category.AUTO_REPLY, Kind.AUTOREPLY, "autoreply", report.subject or ""
        )
    if action in (Action.DELIVERED, Action.RELAYED, Action.EXPANDED):
        return Classification(
            Reason.DELIVERED, Category.DELIVERED, Kind.DELIVERED, f"action:{action}", str(action)
        )
    status = st.normalize(record.status)
    if action is None and status is not None and status.startswith("2."):
        return Classification(
            Reason.DELIVERED, Category.DELIVERED, Kind.DELIVERED, f"status:{status}", status
        )
    return None


def _after_data(command: str | None) -> bool:
    """True when the refusal came after the recipients were accepted (DATA and later)."""
    return command is not None and command.upper() in ("DATA", "BDAT", ".", "EOD")


def _failure_reason(
    record: RecipientRecord, text: str, status: str | None, reply: int | None
) -> tuple[Reason, str, str]:
    host = hosts.provider(record.remote_mta, record.reporting_mta, text)
    if host is not None:
        reason = hosts.status_rule(host, status)
        if reason is not None:
            return reason, f"host:{host}:{status}", status or ""

    firm = st.firm_reason(status)
    if firm is not None:
        if firm in _HARD_REASONS:
            blame = MATCHER.first(text, only=SENDER_SIDE)
            if blame is not None:
                return blame.reason, blame.rule, blame.evidence
        return firm, f"status:{status}", status or ""

    if host is not None:
        found = hosts.text_rule(host, text)
        if found is not None:
            rule, evidence = found
            return rule.reason, f"host:{host}:{rule.number:02d}", evidence

    match = MATCHER.first(text)
    if match is not None:
        if match.reason is Reason.USERUNKNOWN and _after_data(record.command):
            # A "no such user" given only once the content was seen is a content filter
            # speaking: the recipient's own rules refused this message, not the address.
            return Reason.FILTERED, f"{match.rule}:after-data", match.evidence
        return match.reason, match.rule, match.evidence

    weak = st.weak_reason(status)
    if weak is not None:
        return weak, f"status:{status}", status or ""
    if reply is not None and reply in _REPLY_RULES:
        return _REPLY_RULES[reply], f"reply:{reply}", str(reply)
    command = (record.command or "").upper()
    if command in _COMMAND_RULES:
        return _COMMAND_RULES[command], f"command:{command}", command
    if record.action is Action.DELAYED:
        return Reason.EXPIRED, "action:delayed", "delayed"
    return Reason.UNDEFINED, "fallback:undefined", ""
