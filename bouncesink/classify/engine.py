"""One recipient record → :class:`Classification`, most authoritative evidence first.

1. What the record *is*: a complaint, an auto-reply, a success; a delay keeps the reason
   read below but its category and kind are ``delayed``.
2. The remote provider's own conventions: its reading of a status code
   (``host:office365:5.1.10``), its phrases (``host:yahoo:01``), its numbered codes
   (``host:godaddy:code``). The provider is known by the remote or reporting host name, else
   a signature in the text, else the recipient's own domain (``docomo.ne.jp``).
3. A precise status code (``status:5.1.1``), unless the text blames *us* (block list, SPF,
   spam...) or speaks of quota, rates or the local mailer while the code would make it a bad
   address: the softer, more specific text wins, and a sender-side refusal is never hard. A
   "bad mailbox" code whose text names an inactive mailbox takes the text's finer class; a
   "mailbox full" code whose text says the quota or the refusal is ours ("550 5.2.2
   Submission quota exceeded") is ours.
4. Text patterns in every language (``text:en:userunknown:03``), read in the light of the
   SMTP command (a refusal at MAIL FROM is about our sender: ``...:at-mail``), of the
   provider (a "user unknown" is the recipient's verdict at any stage, unless it comes from
   a provider whose content filter answers so and carries that filter's sign:
   ``...:filter:kddi:01``, see ``hosts.FILTERS_SAY_UNKNOWN``), of the status (RFC 5321's
   boilerplate "mailbox unavailable" beside an X.7.Y code is that policy:
   ``...:policy-status``; a 4xx "domain not found" is a transient DNS failure:
   ``...:transient``) and of the reply's own words (a hard verdict said to be temporary,
   "temporarily disabled", "vorübergehend", is soft: ``...:temporary``). A rate limit the
   text says was imposed because of our reputation, authentication or reverse DNS ("...
   has been temporarily rate limited", Gmail, Outlook.com) is read as that cause. Postfix's
   "host X refused to talk to me: <reply>" names the stage (a refused greeting, command
   CONN when the parser named none), not the cause: the reply after it decides.
5. Fallbacks: the sending MTA's own category of the failure (``mta:quota-issues``, PowerMTA),
   the SMTP command that failed (``command:HELO``; but a temporary refusal at the greeting
   whose code names its trouble, "451 4.4.5 congestion", is that trouble), a delay
   (``action:delayed`` → expired), the generic status code's meaning (``status:5.7.1``), the
   reply code (``reply:521``).
6. Nothing decides: ``onhold`` when the record carries a status, a reply code or a diagnostic
   that no rule reads (``fallback:onhold``), ``undefined`` when it carries nothing usable
   (``fallback:undefined``); both are category other, kind unknown (never suppress on a guess).

A *final* failure with a transient status (4.x.x: Postfix's "Action: failed" at the end of the
queue lifetime, Gmail's "DNS Error ... 4.0.0", qmail's "#4.4.1 ... in the queue too long") is
read by the trouble it names: a refused connection is ``networkerror``, a local problem
``systemerror``, a full mailbox ``mailboxfull``; it is ``expired`` only when it says nothing
more than that the queue gave up (``...:end-of-queue``), or that the remote host never
answered in time ("Connection timed out", "timed out while receiving the initial server
greeting": the reference reads a timeout as the expiry it led to) or kept greylisting.
It is never hard: a temporary refusal that persisted is no proof that the address is gone,
so a transient "user unknown", "account disabled" or "moved" reads as ``expired`` and a
transient "host unknown" as ``networkerror`` (a name lookup that kept failing).
See :data:`_FINAL_TRANSIENT`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from types import MappingProxyType

from bouncesink import codes
from bouncesink.classify import hosts
from bouncesink.classify import status as st
from bouncesink.classify.mapping import category_kind, is_transient
from bouncesink.classify.patterns import MATCHER, SENDER_SIDE, TextMatch, fold, trigrams
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

logger = logging.getLogger(__name__)

_HARD_REASONS = frozenset(
    {Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.SUSPEND, Reason.HASMOVED, Reason.NOTACCEPT}
)

# Text verdicts that beat a hard status code (block-never-hard, quota, rates, local mailer,
# our message refused by the recipient's content filter or as malformed: "550 5.1.1 Message
# rejected by content filter" found the mailbox; RFC 3463's detail codes add to the text,
# never overrule it).
_BEATS_HARD_STATUS = SENDER_SIDE | {
    Reason.MAILBOXFULL,
    Reason.RATELIMITED,
    Reason.MAILERERROR,
    Reason.EMAILTOOLARGE,
    Reason.FILTERED,
    Reason.CONTENTERROR,
}

# A "user unknown" code whose text names a more precise hard class: "550 5.1.1 This account
# has been disabled" is an inactive mailbox (the seed's third hard class), not a missing one.
_FINER_THAN_UNKNOWN = frozenset({Reason.SUSPEND})
_BEATS_OR_FINER = _BEATS_HARD_STATUS | _FINER_THAN_UNKNOWN

# Words that make a "no such / disabled / unknown" reply temporary, in the languages of the
# pattern tables (folded: "temporär" → "temporar", "vorübergehend" → "vorubergehend"): the
# address may come back, so the verdict is soft (RFC 5321 4.2.1: only the reply's own words
# qualify a 5xx that contradicts them; the server asks to be tried again).
_TEMPORARY_RE = re.compile(
    r"temporar|temporair|temporal|temporane|vorubergehend|tijdelijk|tymczasow|chwilow|"
    r"docasn|tillfallig|midlertidig|tilapaise|ideiglenes|gecici|momentan|"
    r"try again later|retry later|please try again|reessay|essay(?:er|ez) plus tard|"
    r"временно|一時的|暂时|暫時|일시적|"
    # "try (again) later" (folded): de, nl, es, it, pt, sv/da/no, fi, hu, ro, tr, pl, cs, ru, uk,
    # ja, zh, ko. A reply that asks to be tried again speaks of a passing state.
    r"spater (?:erneut|nochmal|noch einmal)|later (?:opnieuw|nog eens)|mas tarde|piu tardi|"
    r"riprova|mais tarde|igen senere|igjen senere|forsok igen|myohemmin|kesobb|mai tarziu|"
    r"daha sonra|pozniej|pozdeji|позже|пізніше|тимчасово|しばらくしてから|後ほど|稍后|稍後|"
    r"잠시 후|나중에|"
    # temporarily / later: el, he, ar, fa, bg, sr, hr/sr/bs (Latin), sl, be, lt, lv, et, ca,
    # vi, id/ms, th, hi (patterns/el.py, he_ar_fa.py, south_slavic.py, baltic.py, ca.py, asia.py)
    r"προσωριν|αργοτερα|זמני|מאוחר יותר|مؤقت|لاحق|موقت|بعد\u064b?ا|по-късно|по късно|"  # noqa: RUF001
    r"привремено|касније|privremeno|kasnije|zacasno|pozneje|kasneje|\bчасова\b|пазнеи|"  # noqa: RUF001
    r"laikinai|veliau|islaicigi|velak|ajutiselt|hiljem|mes tard|tam thoi|thu lai sau|"
    r"sementara|coba lagi|cuba lagi|ชั่วคราว|ภายหลัง|ลองใหม่|अस्थायी|बाद में"
)
_TEMPORARY_SOFT: Mapping[Reason, Reason] = MappingProxyType(
    {
        Reason.USERUNKNOWN: Reason.SYSTEMERROR,
        Reason.SUSPEND: Reason.SYSTEMERROR,
        Reason.HASMOVED: Reason.SYSTEMERROR,
        Reason.NOTACCEPT: Reason.SYSTEMERROR,
        Reason.HOSTUNKNOWN: Reason.NETWORKERROR,
    }
)

# RFC 5321's own text for a 550 reply ("Requested action not taken: mailbox unavailable (e.g.,
# mailbox not found, no access, or command rejected for policy reasons)"), which many servers
# send for every refusal: beside a security/policy status (X.7.Y) it is that policy speaking.
_BOILERPLATE_UNAVAILABLE = "unavailable"

# Text verdicts that beat a mailbox-full status: the quota or the refusal is ours.
_BEATS_QUOTA_STATUS = SENDER_SIDE | {Reason.RATELIMITED}

# Commands given before any recipient address: a refusal there is about the connecting host.
_BEFORE_ANY_ADDRESS = frozenset({"CONN", "HELO", "EHLO"})

# Postfix's words for a server that refused the greeting (the stage, not the cause).
_GREETING_REFUSED = "refused to talk to me"

# Text verdicts that the failed SMTP command can overrule (see _refine).
_RECIPIENT_SIDE_OR_VAGUE = frozenset(
    {
        Reason.USERUNKNOWN,
        Reason.HOSTUNKNOWN,
        Reason.SUSPEND,
        Reason.FILTERED,
        Reason.SYSTEMERROR,
    }
)
# Rules too vague to stand against the command ("access denied"), unless their words say what
# is wanted: "authentication required" is a security error at any stage.
_VAGUE_RULES = ("text:en:securityerror:01",)
_PRECISE_WORDS = ("authenticat", "certificate")

# A final DSN with a transient status (see the module docstring): hard verdicts and
# non-verdicts read softly; every other reason keeps the specific trouble it names.
_FINAL_TRANSIENT: Mapping[Reason, Reason] = MappingProxyType(
    {
        Reason.USERUNKNOWN: Reason.EXPIRED,  # "450 4.1.1 User unknown" until the queue gave up
        Reason.SUSPEND: Reason.EXPIRED,
        Reason.HASMOVED: Reason.EXPIRED,
        Reason.SUPPRESSED: Reason.EXPIRED,
        Reason.HOSTUNKNOWN: Reason.NETWORKERROR,  # 4.1.2 / 4.4.4: a lookup that kept failing
        Reason.UNDEFINED: Reason.EXPIRED,  # nothing more than "the queue gave up"
        Reason.ONHOLD: Reason.EXPIRED,
    }
)

# Diagnostics that say there is nothing to say (Postfix: "--- Delivery report unavailable ---").
_NO_INFORMATION = ("delivery report unavailable",)
_ADDRESS_RE = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")

# Reply codes that say something on their own (RFC 5321, RFC 7504).
_REPLY_RULES: dict[int, Reason] = {
    521: Reason.NOTACCEPT,  # host does not accept mail (RFC 7504)
    556: Reason.NOTACCEPT,  # domain does not accept mail (RFC 7504)
    552: Reason.MAILBOXFULL,  # exceeded storage allocation
    452: Reason.SYSTEMFULL,  # insufficient system storage
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
        logger.error("classify failed error=%r: the record is kept as unknown", exc)
        return Classification(
            Reason.UNDEFINED, Category.OTHER, Kind.UNKNOWN, "error", type(exc).__name__
        )


def _classify(record: RecipientRecord, report: Report) -> Classification:
    nonfailure = _non_failure(record, report)
    if nonfailure is not None:
        return nonfailure
    raw_text = fold(record.diagnostic or "")
    status = codes.normalize(record.status)
    reply = record.reply_code
    if status is None or st.is_generic(status):
        found = codes.explicit_status(raw_text)
        if found is not None and (status is None or not st.is_generic(found)):
            status = found
    else:
        # The remote server's own code beside its reply beats the reporting MTA's rendering
        # of it (Sendmail writes 5.1.1 for "550 5.2.1 account disabled" and for "550-5.7.25
        # no PTR record" refused at RCPT TO), unless it says only its class (X.0.0).
        quoted = codes.reply_status(raw_text)
        if quoted is not None and quoted[0] == status[0] and codes.detail(quoted) != "0.0":
            status = quoted
    if reply is None or not 200 <= reply < 600:
        reply = codes.reply_prefix_code(raw_text)
    text = codes.join_continuations(_without_address(raw_text, record.recipient))
    reason, rule, evidence = _failure_reason_kept(record, text, status, reply)
    final = record.action is not Action.DELAYED or _expired_envelope(text)
    if not final:
        return Classification(reason, Category.DELAYED, Kind.DELAYED, rule, evidence)
    # The DSN's own Status field decides, when it says more than its class: a final "4.0.0"
    # whose diagnostic quotes a "550 5.1.6" is still a delivery the queue gave up on. A
    # class-only "5.0.0" (Exim's code for every failure, also when the retry time ran out)
    # leaves it to the reply quoted: "451 4.1.1 ...: retry timeout exceeded" was temporary.
    own = codes.normalize(record.status)
    if own is not None and (own.startswith("4.") or codes.detail(own) != "0.0"):
        transient = _is_transient_final(own, None)
    else:
        transient = _is_transient_final(status if status != own else None, reply)
    if transient:
        softer = _FINAL_TRANSIENT.get(reason)
        if softer is not None:
            reason, rule = softer, f"{rule}:end-of-queue"
    category, kind = category_kind(reason, status, reply)
    if kind is Kind.HARD and transient:
        # notaccept with a 5xx reply over a 4.x.x status ("554 4.4.7 ..."): still no proof.
        reason, rule = Reason.EXPIRED, f"{rule}:end-of-queue"
        category, kind = category_kind(reason)
    return Classification(reason, category, kind, rule, evidence)


# Verdicts of _failure_reason by everything it reads: bounces repeat the same reply for many
# recipients (the recipient's own address is blanked in the text), so most are read once.
_KEPT: dict[tuple[object, ...], tuple[Reason, str, str]] = {}
_KEPT_MAX = 1024  # entries (at most ≈ 2 MiB of text); all are dropped when it is full
_KEPT_TEXT = 2048  # characters: a longer text is read every time (and not kept)


def forget() -> None:
    """Drop the verdicts kept (the next records are read as if for the first time)."""
    _KEPT.clear()


def _failure_reason_kept(
    record: RecipientRecord, text: str, status: str | None, reply: int | None
) -> tuple[Reason, str, str]:
    """``_failure_reason``, kept by every field of the record it reads: the recipient only
    for its domain (``hosts.provider``), the action only for whether it is a delay."""
    if len(text) > _KEPT_TEXT:
        return _failure_reason(record, text, status, reply)
    recipient = record.recipient
    key = (
        text,
        status,
        reply,
        record.remote_mta,
        record.reporting_mta,
        recipient.rpartition("@")[2] if recipient and "@" in recipient else None,
        record.command,
        record.mta_category,
        record.action is Action.DELAYED,
    )
    found = _KEPT.get(key)
    if found is None:
        found = _failure_reason(record, text, status, reply)
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        _KEPT[key] = found
    return found


def _without_address(text: str, recipient: str | None) -> str:
    """*text* with the recipient's own address blanked: its words are no verdict
    ("expired-offers@...", "spam-reports@...")."""
    if recipient and "@" in recipient:
        address = recipient.lower()
        if address in text:
            return text.replace(address, "_@_")
    return text


def _is_transient_final(status: str | None, reply: int | None) -> bool:
    """True when the failure's own code says "try again later" (4.x.x, else a 4xx reply)."""
    if status is not None:
        return status.startswith("4.")
    return reply is not None and 400 <= reply < 500


def _expired_envelope(text: str) -> bool:
    """A "delayed" DSN that is final all the same (OpenSMTPD: 4.4.7 "Envelope expired").

    The status alone does not tell: a delay warning may carry 4.4.7 too.
    """
    return "envelope expired" in text or "message expired" in text


def _non_failure(record: RecipientRecord, report: Report) -> Classification | None:
    action = record.action
    if (
        action is Action.FEEDBACK
        or record.feedback_type
        or (report.message_type is MessageType.COMPLAINT)
    ):
        feedback_type = (record.feedback_type or "").strip().lower()
        evidence = f"Feedback-Type: {record.feedback_type}" if record.feedback_type else ""
        if feedback_type == "auth-failure":
            # RFC 6591: a DMARC/DKIM/SPF failure report is about our authentication, not a
            # person complaining; like any refusal because of us, it never touches the address.
            return Classification(
                Reason.AUTHFAILURE,
                Category.POLICY_RELATED,
                Kind.BLOCK,
                "arf:auth-failure",
                evidence,
            )
        if feedback_type == "not-spam":
            # RFC 5965: the recipient says the message is NOT spam: no reason to suppress.
            return Classification(
                Reason.FEEDBACK, Category.COMPLAINT, Kind.UNKNOWN, "arf:not-spam", evidence
            )
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
    status = codes.normalize(record.status)
    if action is None and status is not None and status.startswith("2."):
        return Classification(
            Reason.DELIVERED, Category.DELIVERED, Kind.DELIVERED, f"status:{status}", status
        )
    return None


def _failure_reason(
    record: RecipientRecord, text: str, status: str | None, reply: int | None
) -> tuple[Reason, str, str]:
    grams = trigrams(text)  # the text's index, shared by every table below
    host = hosts.provider(record.remote_mta, record.reporting_mta, text, grams, record.recipient)
    if host is not None:
        reason = hosts.status_rule(host, status)
        if reason is not None:
            return reason, f"host:{host}:{status}", status or ""
        found = hosts.text_rule(host, text)
        if found is not None:
            rule, reason, evidence = found
            return reason, rule, evidence

    firm = st.firm_reason(status)
    if firm is not None:
        if firm is Reason.MAILBOXFULL:
            # "550 5.2.2 Submission quota exceeded" (Exchange Online): the quota is the
            # sender's, the mailbox-full code notwithstanding; a refusal because of us wins.
            other = MATCHER.first(text, only=_BEATS_QUOTA_STATUS, grams=grams)
            if other is not None:
                return other.reason, other.rule, other.evidence
        if firm in _HARD_REASONS:
            # A hard code with a text that blames us (or speaks of quota, rates, the local
            # mailer) is not a bad address: the softer, more specific text wins.
            # (One scan: the finer classes come after every reason that beats the code.)
            wanted = _BEATS_OR_FINER if firm is Reason.USERUNKNOWN else _BEATS_HARD_STATUS
            other = MATCHER.first(text, only=wanted, grams=grams)
            if other is not None:
                return other.reason, other.rule, other.evidence
        return firm, f"status:{status}", status or ""

    command = _command(record, text)
    match = MATCHER.first(text, grams=grams)
    if match is not None and match.reason is Reason.RATELIMITED:
        # "... has been temporarily rate limited" because of our reputation, authentication
        # or reverse DNS (Gmail, Outlook.com's RP-00x): the limit is the consequence, the
        # cause the text names is the verdict.
        cause = MATCHER.first(text, only=SENDER_SIDE, grams=grams)
        if cause is not None:
            match = cause
    if match is not None:
        return _refine(match, record, command, host, status, reply, text)

    mta_reason = hosts.MTA_CATEGORIES.get(record.mta_category or "")
    if mta_reason is not None:
        return mta_reason, f"mta:{record.mta_category}", record.mta_category or ""
    weak = st.weak_reason(status)
    if command in _BEFORE_ANY_ADDRESS and weak is not None and is_transient(status, reply):
        # A temporary refusal at the greeting whose code names its trouble ("451 4.4.5 Mail
        # system congestion"): that trouble, not the stage, is the verdict.
        return weak, f"status:{status}", status or ""
    if command in _COMMAND_RULES:
        return _COMMAND_RULES[command], f"command:{command}", command
    if record.action is Action.DELAYED:
        return Reason.EXPIRED, "action:delayed", "delayed"
    if weak is not None:
        return weak, f"status:{status}", status or ""
    if reply is not None and reply in _REPLY_RULES:
        return _REPLY_RULES[reply], f"reply:{reply}", str(reply)
    if status is not None or reply is not None or _has_information(text):
        return Reason.ONHOLD, "fallback:onhold", status or (str(reply) if reply else text[:80])
    return Reason.UNDEFINED, "fallback:undefined", ""


def _command(record: RecipientRecord, text: str) -> str:
    """The SMTP command that failed; Postfix's "host X refused to talk to me: <reply>" is a
    refused greeting when the parser named no command (postfix/src/smtp/smtp_proto.c)."""
    command = (record.command or "").upper()
    if not command and _GREETING_REFUSED in text:
        return "CONN"
    return command


def _has_information(text: str) -> bool:
    """True when a diagnostic holds words besides the recipient's address."""
    if not text or any(phrase in text for phrase in _NO_INFORMATION):
        return False
    return any(c.isalpha() for c in _ADDRESS_RE.sub("", text))


def _refine(
    match: TextMatch,
    record: RecipientRecord,
    command: str,
    host: str | None,
    status: str | None,
    reply: int | None,
    text: str,
) -> tuple[Reason, str, str]:
    """Read a text verdict in the light of the SMTP command and the status class."""
    reason, rule, evidence = match.reason, match.rule, match.evidence
    vague = reason in _RECIPIENT_SIDE_OR_VAGUE or (
        rule.startswith(_VAGUE_RULES) and not any(w in evidence for w in _PRECISE_WORDS)
    )
    if command == "MAIL" and vague:
        # Refused at MAIL FROM: only our sender address was known to the server.
        return Reason.REJECTED, f"{rule}:at-mail", evidence
    if (
        command in _BEFORE_ANY_ADDRESS
        and vague
        and not (reason is Reason.SYSTEMERROR and is_transient(status, reply))
    ):
        # (A temporary "resources unavailable" at the greeting is their load, not a refusal.)
        # Refused before any address was given: the connecting host itself is refused.
        return Reason.BLOCKED, f"{rule}:at-{command.lower()}", evidence
    if reason is Reason.USERUNKNOWN and record.mta_category != "bad-mailbox":
        # A "no such user" is the recipient's verdict at whatever stage it came, unless the
        # provider is one whose content filter speaks so, and the sign of that filter is
        # there (hosts.FILTERS_SAY_UNKNOWN): then soft, the address is kept.
        sign = hosts.filter_sign(host, command, status, text)
        if sign is not None:
            return Reason.FILTERED, f"{rule}:filter:{host}:{sign.number:02d}", evidence
    if reason is Reason.HOSTUNKNOWN and is_transient(status, reply):
        # The reporting MTA itself held the lookup failure for temporary.
        return Reason.NETWORKERROR, f"{rule}:transient", evidence
    if (
        reason is Reason.USERUNKNOWN
        and status is not None
        and status[2:4] == "7."
        and _BOILERPLATE_UNAVAILABLE in evidence
    ):
        # "550 5.7.1 Requested action not taken: mailbox unavailable": the policy the status
        # names, in RFC 5321's words for any 550.
        policy = st.weak_reason(status) or Reason.BLOCKED
        return policy, f"{rule}:policy-status", evidence
    softer = _TEMPORARY_SOFT.get(reason)
    if softer is not None and not is_transient(status, reply) and _TEMPORARY_RE.search(text):
        # (a 4xx is softened where the queue gave up: see _FINAL_TRANSIENT)
        # "mailbox temporarily disabled", "vorübergehend nicht erreichbar": not gone.
        return softer, f"{rule}:temporary", evidence
    return reason, rule, evidence
