"""Classifier: record fields → reason, category, kind and the rule that decided."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncesink.classify import DEFAULT_MAP, category_kind, classify, hosts
from bouncesink.classify.patterns import MATCHER, REASON_ORDER, SENDER_SIDE, TABLES, fold
from bouncesink.classify.patterns.anchors import anchors, is_leading, split_alternatives
from bouncesink.codes import explicit_status, normalize
from bouncesink.types import (
    Action,
    Category,
    Kind,
    MessageType,
    Reason,
    RecipientRecord,
    Report,
)

DSN = Report(message_type=MessageType.DSN)


def rec(**fields: Any) -> RecipientRecord:
    fields.setdefault("recipient", "cat@example.org")
    fields.setdefault("action", Action.FAILED)
    return RecipientRecord(**fields)


# (record fields, reason, category, kind, rule prefix)
CASES: list[tuple[dict[str, Any], Reason, Category, Kind, str]] = [
    # --- the sending MTA's own category (PowerMTA's X-PowerMTA-BounceCategory) ---------------
    (
        # Read when no rule of ours decides.
        {
            "status": "5.0.0",
            "diagnostic": "550 mailbox over its limit (#42)",
            "mta_category": "quota-issues",
        },
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "mta:quota-issues",
    ),
    (
        # Corroborates a bare "no such user" that could otherwise be a filter's answer.
        {
            "status": "5.0.0",
            "reply_code": 554,
            "mta_category": "bad-mailbox",
            "diagnostic": "554 delivery error: dd This user doesn't have a example.com account",
        },
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:",
    ),
    (
        # ... and without it, the text alone is the recipient's verdict all the same.
        {
            "status": "5.0.0",
            "reply_code": 554,
            "diagnostic": "554 delivery error: dd This user doesn't have a example.com account",
        },
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:",
    ),
    # --- a clearer text against the status code, and the reverse -----------------------------
    (
        # a "bad mailbox" code whose text names the finer hard class: inactive mailbox
        {
            "status": "5.1.1",
            "diagnostic": "550 5.1.1 This account has been disabled or discontinued",
        },
        Reason.SUSPEND,
        Category.INACTIVE_MAILBOX,
        Kind.HARD,
        "text:en:suspend",
    ),
    (
        # RFC 5321's boilerplate for any 550 beside a policy code: the policy speaks
        {
            "status": "5.7.1",
            "command": "DATA",
            "diagnostic": "550 5.7.1 Requested action not taken: mailbox unavailable",
        },
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:userunknown:04:policy-status",
    ),
    (
        # ... and without a policy code, the seed's "mailbox unavailable": bad mailbox
        {"status": "5.0.0", "diagnostic": "550 Requested action not taken: mailbox unavailable"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:04",
    ),
    (
        # a 5xx whose own words say the lock is temporary: the address is kept
        {
            "status": "5.7.1",
            "diagnostic": "550 5.7.1 <cat@example.org>: Recipient address rejected: User "
            "cat@example.org temporary locked. Please try again later!",
        },
        Reason.SYSTEMERROR,
        Category.ROUTING_ERRORS,
        Kind.SOFT,
        "text:en:suspend:03:temporary",
    ),
    (
        {"diagnostic": "550 The email account that you tried to reach is temporarily disabled"},
        Reason.SYSTEMERROR,
        Category.ROUTING_ERRORS,
        Kind.SOFT,
        "text:en:suspend:01:temporary",
    ),
    (
        # the remote server's own code beside its reply beats the reporting MTA's 5.1.1
        {
            "status": "5.1.1",
            "diagnostic": "550-5.7.25 The IP address sending this message does "
            "not have a PTR record setup",
        },
        Reason.REQUIREPTR,
        Category.BAD_CONFIGURATION,
        Kind.BLOCK,
        "status:5.7.25",
    ),
    (
        {
            "status": "5.1.1",
            "diagnostic": "550 5.1.2 <cat@example.org>: Recipient address "
            "rejected: Domain not found",
        },
        Reason.HOSTUNKNOWN,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "status:5.1.2",
    ),
    (
        # Exim's class-only 5.0.0 when the retry time ran out on a 4xx: never hard
        {
            "status": "5.0.0",
            "diagnostic": "451 4.1.1 <cat@example.org>: Temporary lookup "
            "failure: user unknown: retry timeout exceeded",
        },
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "status:4.1.1:end-of-queue",
    ),
    (
        # a mailbox that receives too fast (X.2.Y) stays soft even when refused for good
        {
            "status": "5.2.1",
            "remote_mta": "gmail-smtp-in.l.google.com",
            "diagnostic": "550-5.2.1 The user you are trying to contact is receiving mail at a "
            "rate that prevents additional messages from being delivered.",
        },
        Reason.RATELIMITED,
        Category.BAD_CONNECTION,
        Kind.SOFT,
        "host:google:02",
    ),
    # --- "user unknown" from a provider whose content filter speaks so ------------------------
    (
        # au/KDDI's filter at the end of DATA, the address left out.
        {
            "status": "5.0.0",
            "reply_code": 550,
            "command": "DATA",
            "remote_mta": "lsean.ezweb.ne.jp",
            "diagnostic": "550 : User unknown",
        },
        Reason.FILTERED,
        Category.POLICY_RELATED,
        Kind.SOFT,
        "text:en:userunknown:01:filter:kddi:01",
    ),
    (
        # The same form with no command, known by the recipient's domain.
        {
            "recipient": "cat@ezweb.ne.jp",
            "status": "5.0.0",
            "diagnostic": "smtp; 550 : User unknown",
        },
        Reason.FILTERED,
        Category.POLICY_RELATED,
        Kind.SOFT,
        "text:en:userunknown:01:filter:kddi:02",
    ),
    (
        # KDDI's recipient check at RCPT TO: a real unknown user.
        {
            "recipient": "cat@ezweb.ne.jp",
            "status": "5.0.0",
            "command": "RCPT",
            "diagnostic": "550 <cat@ezweb.ne.jp>: User unknown",
        },
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:01",
    ),
    (
        # NTT docomo refuses after DATA for unknown and filtered recipients alike.
        {
            "recipient": "cat@docomo.ne.jp",
            "status": "5.2.0",
            "command": "DATA",
            "diagnostic": "550 Unknown user cat@docomo.ne.jp",
        },
        Reason.FILTERED,
        Category.POLICY_RELATED,
        Kind.SOFT,
        "text:en:userunknown:01:filter:nttdocomo:01",
    ),
    (
        # A 5.7.27 is the sender's null MX (RFC 7505) when the text says so ...
        {
            "status": "5.7.27",
            "command": "RCPT",
            "diagnostic": "550 5.7.27 <a@x.example>: Sender address rejected: Domain x.example "
            "does not accept mail (nullMX)",
        },
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "text:en:rejected",
    ),
    (
        # ... and the recipient domain's, as Sendmail writes it, when the text says that.
        {"status": "5.7.27", "diagnostic": "550 Host does not accept mail"},
        Reason.NOTACCEPT,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "text:en:notaccept",
    ),
    (
        # Our own reading of the text comes first: the MTA's category is a fallback.
        {
            "status": "5.7.1",
            "diagnostic": "554 5.7.1 blocked using zen.spamhaus.org",
            "mta_category": "bad-mailbox",
        },
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:blocked:",
    ),
    (
        # MessageLabs checks recipients against its customer's list: its "No such user" is that.
        {
            "status": "5.0.0",
            "reply_code": 550,
            "remote_mta": "cluster1.eu.messagelabs.com",
            "diagnostic": "550 No such user (lars.berg@receiver.example)",
        },
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:",
    ),
    # --- a link on a URI block list: the content is refused, not the host -----------------------
    (
        {
            "diagnostic": "550-REJECTED - Blacklisted URL in message. (example.com) in [black]. "
            "550-See http://lookup.uribl.com. - Blacklisted Link"
        },
        Reason.SPAMDETECTED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:spamdetected:05",
    ),
    # --- status families, precise codes beat text ----------------------------------------------
    (
        {"status": "5.1.1", "diagnostic": "550 5.1.1 <cat@example.org>... User Unknown"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "status:5.1.1",
    ),
    (
        {"status": "5.1.2", "diagnostic": "550 5.1.2 bad destination system"},
        Reason.HOSTUNKNOWN,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "status:5.1.2",
    ),
    (
        {"status": "5.1.6", "diagnostic": "551 5.1.6 moved"},
        Reason.HASMOVED,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "status:5.1.6",
    ),
    (
        {"status": "5.2.2", "diagnostic": "552 5.2.2 Mailbox full"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "status:5.2.2",
    ),
    (
        {"status": "5.3.4", "diagnostic": "552 5.3.4 Message too big for system"},
        Reason.EMAILTOOLARGE,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "status:5.3.4",
    ),
    (
        {"status": "4.4.7", "diagnostic": "4.4.7 queue"},
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "status:4.4.7",
    ),
    (
        {"status": "5.7.13", "diagnostic": "525 5.7.13 user account disabled"},
        Reason.SUSPEND,
        Category.INACTIVE_MAILBOX,
        Kind.HARD,
        "status:5.7.13",
    ),
    (
        {"status": "5.7.23", "diagnostic": "550 5.7.23 SPF validation failed"},
        Reason.AUTHFAILURE,
        Category.POLICY_RELATED,
        Kind.BLOCK,
        "status:5.7.23",
    ),
    (
        {"status": "5.7.25", "diagnostic": "550 5.7.25 reverse DNS validation failed"},
        Reason.REQUIREPTR,
        Category.BAD_CONFIGURATION,
        Kind.BLOCK,
        "status:5.7.25",
    ),
    (
        {"status": "5.6.1", "diagnostic": "554 5.6.1 media not supported"},
        Reason.CONTENTERROR,
        Category.CONTENT_RELATED,
        Kind.BLOCK,
        "status:5.6.1",
    ),
    (
        {"status": "4.3.1", "diagnostic": "452 4.3.1 Insufficient system storage"},
        Reason.SYSTEMFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "status:4.3.1",
    ),
    # a status written only in the text is found there
    (
        {"diagnostic": "Sorry, no mailbox here by that name. (#5.1.1)"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "status:5.1.1",
    ),
    # --- null MX: 5xx is a bad domain, 4xx a routing error -------------------------------------
    (
        {"status": "5.1.10", "reply_code": 556, "diagnostic": "556 5.1.10 null MX"},
        Reason.NOTACCEPT,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "status:5.1.10",
    ),
    (
        {"status": "4.3.2", "reply_code": 421, "diagnostic": "421 4.3.2 not accepting messages"},
        Reason.NOTACCEPT,
        Category.ROUTING_ERRORS,
        Kind.SOFT,
        "text:en:notaccept",
    ),
    # --- specific text beats a generic status --------------------------------------------------
    (
        {"status": "5.0.0", "diagnostic": "550 5.0.0 mailbox is full"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:en:mailboxfull",
    ),
    (
        {"status": "5.7.1", "diagnostic": "550 5.7.1 <cat@example.org>: Relay access denied"},
        Reason.NORELAYING,
        Category.RELAYING_ISSUES,
        Kind.BLOCK,
        "text:en:norelaying",
    ),
    (
        {"status": "5.5.0", "diagnostic": "550 5.5.0 Requested action not taken: no such user"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown",
    ),
    (
        {"status": "4.3.0", "diagnostic": "Mailbox over quota"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:en:mailboxfull",
    ),
    # generic status, nothing in the text: its fallback meaning
    (
        {"status": "5.7.1", "diagnostic": "550 5.7.1 go away"},
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "status:5.7.1",
    ),
    # --- sender-side refusals are block, never a bad mailbox -----------------------------------
    (
        {"status": "5.1.1", "diagnostic": "550 5.1.1 Client host blocked using zen.spamhaus.org"},
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:blocked",
    ),
    (
        {
            "status": "5.0.0",
            "diagnostic": "550 5.7.1 Unauthenticated email from example.com is not accepted due to "
            "domain's DMARC policy",
        },
        Reason.AUTHFAILURE,
        Category.POLICY_RELATED,
        Kind.BLOCK,
        "text:en:authfailure",
    ),
    (
        {"diagnostic": "550 5.7.1 Client host rejected: cannot find your reverse hostname"},
        Reason.REQUIREPTR,
        Category.BAD_CONFIGURATION,
        Kind.BLOCK,
        "text:en:requireptr",
    ),
    (
        {"diagnostic": "554 Message rejected: spam content detected; unknown user filter"},
        Reason.SPAMDETECTED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:spamdetected",
    ),
    (
        {"diagnostic": "553 5.1.8 Sender address rejected: Domain not found"},
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "status:5.1.8",
    ),
    (
        {"diagnostic": "550 Unroutable sender address", "command": "MAIL"},
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "text:en:rejected",
    ),
    # a "user unknown" after DATA is the recipient's verdict too (LMTP, late recipient checks)
    (
        {"diagnostic": "550 Unknown user cat@example.org", "command": "DATA"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown",
    ),
    # --- host conventions ----------------------------------------------------------------------
    (
        {
            "status": "5.1.10",
            "remote_mta": "mx.mail.protection.outlook.com",
            "diagnostic": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found",
        },
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "host:office365:5.1.10",
    ),
    (
        {
            "status": "4.7.650",
            "reporting_mta": "BN8NAM12FT001.mail.protection.outlook.com",
            "diagnostic": "451 4.7.650 The mail server [192.0.2.1] has been rate limited",
        },
        Reason.BADREPUTATION,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "host:office365:4.7.650",
    ),
    (
        {
            "status": "5.2.1",
            "remote_mta": "gmail-smtp-in.l.google.com",
            "diagnostic": "550-5.2.1 The email account that you tried to reach is disabled.",
        },
        Reason.SUSPEND,
        Category.INACTIVE_MAILBOX,
        Kind.HARD,
        "host:google:01",
    ),
    (
        {
            "status": "4.2.1",
            "remote_mta": "gmail-smtp-in.l.google.com",
            "diagnostic": "450-4.2.1 The user you are trying to contact is receiving mail "
            "at a rate "
            "that prevents additional messages from being delivered.",
        },
        Reason.RATELIMITED,
        Category.BAD_CONNECTION,
        Kind.SOFT,
        "host:google:02",
    ),
    (
        {
            "diagnostic": "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
            "unexpected volume or user complaints",
            "remote_mta": "mta7.am0.yahoodns.net",
        },
        Reason.BADREPUTATION,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "host:yahoo:01",
    ),
    (
        {
            "diagnostic": "554 5.7.1 IP address 192.0.2.1 is blocked (CXBL)",
            "remote_mta": "cxr.mx.a.cox.net",
        },
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "host:cox:code",
    ),
    (
        {
            "status": "5.5.0",
            "reply_code": 554,
            "diagnostic": "554 IP=192.0.2.254 - A problem occurred. (Ask your postmaster for "
            "help or to contact tosa@rx.t-online.de to clarify.) (BL)",
        },
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "host:telekom:01",
    ),
    (
        {
            "status": "5.0.0",
            "reply_code": 554,
            "command": "DATA",
            "remote_mta": "service222.mimecast.com",
            "diagnostic": "554 email rejected due to security policies - MCSpamSignature.sa.2.2",
        },
        Reason.SPAMDETECTED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "host:mimecast:03",
    ),
    # --- languages -----------------------------------------------------------------------------
    (
        {"status": "5.0.0", "diagnostic": "550 Adresse du destinataire rejetée", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:fr:userunknown",
    ),
    (
        {"diagnostic": "550 Boîte aux lettres inconnue", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:fr:userunknown",
    ),
    (
        {"diagnostic": "550 Domaine retiré"},
        Reason.HOSTUNKNOWN,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "text:fr:hostunknown",
    ),
    (
        {"diagnostic": "550 boîte désactivée"},
        Reason.SUSPEND,
        Category.INACTIVE_MAILBOX,
        Kind.HARD,
        "text:fr:suspend",
    ),
    (
        {"diagnostic": "552 Boîte du destinataire pleine"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:fr:mailboxfull",
    ),
    (
        {"diagnostic": "550 Benutzer unbekannt", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:de:userunknown",
    ),
    (
        {"diagnostic": "552 Postfach voll"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:de:mailboxfull",
    ),
    (
        {"diagnostic": "550 Usuario desconocido", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:es:userunknown",
    ),
    (
        {"diagnostic": "552 La casella piena"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:it:mailboxfull",
    ),
    (
        {"diagnostic": "550 Utente sconosciuto", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:it:userunknown",
    ),
    (
        {"diagnostic": "552 Caixa postal cheia"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:pt:mailboxfull",
    ),
    (
        {"diagnostic": "550 Onbekende gebruiker", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:nl:userunknown",
    ),
    (
        {"diagnostic": "550 宛先不明", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:ja:userunknown",
    ),
    (
        {"diagnostic": "ディレクトリのリストにありません ------- Failure Reasons --------"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:ja:userunknown:03",
    ),
    (
        {"diagnostic": "550 このメールアドレスは存在しません", "command": "RCPT"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:ja:userunknown",
    ),
    # --- reply code and command fallbacks ------------------------------------------------------
    (
        {"reply_code": 521, "diagnostic": "521 go away"},
        Reason.NOTACCEPT,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "reply:521",
    ),
    (
        {"reply_code": 554, "command": "HELO", "diagnostic": "554 no"},
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "command:HELO",
    ),
    # --- the failed command and the status class refine a text verdict ------------------------
    (
        {"diagnostic": "550 User unknown"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:01",
    ),
    # ... and so is one whose only status is the reporting MTA's class-only 5.0.0
    (
        {"status": "5.0.0", "reply_code": 550, "diagnostic": "550 cat@example.org... No such user"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:02",
    ),
    # ... and the seed's own French words, with a generic status and no command
    (
        {
            "status": "5.0.0",
            "reply_code": 550,
            "diagnostic": "550 <cat@example.fr>: adresse inconnue",
        },
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:fr:userunknown",
    ),
    # the reporting system's own "unknown user", no remote reply: authoritative
    (
        {"diagnostic": "Unknown user: cat@example.org"},
        Reason.USERUNKNOWN,
        Category.BAD_MAILBOX,
        Kind.HARD,
        "text:en:userunknown:01",
    ),
    (
        {"diagnostic": "553 5.1.0 example.net does not exist", "command": "MAIL"},
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "text:en:hostunknown:03:at-mail",
    ),
    (
        {"diagnostic": "550 Access denied", "command": "CONN"},
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:securityerror:01:at-conn",
    ),
    (
        {
            "reply_code": 450,
            "diagnostic": "450 DNS type 'mx' lookup of example.jp responded with code "
            "NXDOMAIN Domain name not found: example.jp",
        },
        Reason.NETWORKERROR,
        Category.NO_ANSWER_FROM_HOST,
        Kind.SOFT,
        "text:en:hostunknown:01:transient",
    ),
    # a final DSN with a 4.x.x status: the trouble it names, expired only when it names none,
    # never hard (project decision, engine docstring)
    (
        {
            "status": "4.4.1",
            "diagnostic": "connect to mx.example.org[192.0.2.1]:25: Connection refused",
        },
        Reason.NETWORKERROR,
        Category.NO_ANSWER_FROM_HOST,
        Kind.SOFT,
        "text:en:networkerror:01",
    ),
    (
        {
            "status": "4.0.0",
            "reporting_mta": "googlemail.com",
            "diagnostic": "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded "
            "with code NXDOMAIN Domain name not found: example.jp",
        },
        Reason.NETWORKERROR,
        Category.NO_ANSWER_FROM_HOST,
        Kind.SOFT,
        "text:en:hostunknown:01:transient",
    ),
    (
        {"status": "4.3.0", "reply_code": 451, "diagnostic": "451 4.3.0 Upstream error"},
        Reason.SYSTEMERROR,
        Category.ROUTING_ERRORS,
        Kind.SOFT,
        "status:4.3.0",
    ),
    (
        {"status": "4.3.0", "diagnostic": "/var/mail/cat/Maildir/tmp/1: Disk quota exceeded"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:en:mailboxfull",
    ),
    (
        {"status": "4.4.7", "diagnostic": "Message could not be delivered for too long"},
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "status:4.4.7",
    ),
    (
        {"status": "4.0.0", "diagnostic": "4.0.0 sorry"},
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "fallback:onhold:end-of-queue",
    ),
    # a hard verdict in a transient failure is no proof: read softly
    (
        {
            "status": "4.1.1",
            "reply_code": 450,
            "command": "RCPT",
            "diagnostic": "450 4.1.1 <cat@example.org>: Recipient address rejected: User unknown "
            "in virtual alias table",
        },
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "status:4.1.1:end-of-queue",
    ),
    (
        {"status": "4.1.2", "diagnostic": "4.1.2 bad destination system"},
        Reason.NETWORKERROR,
        Category.NO_ANSWER_FROM_HOST,
        Kind.SOFT,
        "status:4.1.2:end-of-queue",
    ),
    (
        {"reply_code": 450, "diagnostic": "450 mailbox disabled", "command": "RCPT"},
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "text:en:suspend",
    ),
    (
        {"status": "4.3.2", "reply_code": 554, "diagnostic": "554 4.3.2 null MX"},
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "text:en:notaccept",
    ),
    (
        {
            "status": "4.2.0",
            "diagnostic": "450 4.2.0 <cat@example.org>: Recipient address "
            "rejected: Greylisted, try again later",
        },
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "text:en:expired",
    ),
    (
        {"action": Action.DELAYED, "status": "4.4.7", "diagnostic": "Envelope expired"},
        Reason.EXPIRED,
        Category.MESSAGE_EXPIRED,
        Kind.SOFT,
        "text:en:expired",
    ),
    (
        {
            "action": Action.DELAYED,
            "status": "4.4.7",
            "diagnostic": "Deferred: Connection refused by mx.example.org.",
        },
        Reason.NETWORKERROR,
        Category.DELAYED,
        Kind.DELAYED,
        "text:en:networkerror",
    ),
    # ... but a refusal caused by us stays a block until the end
    (
        {
            "status": "4.7.1",
            "diagnostic": "450 4.7.1 Client host rejected: cannot find your hostname",
        },
        Reason.REQUIREPTR,
        Category.BAD_CONFIGURATION,
        Kind.BLOCK,
        "text:en:requireptr",
    ),
    (
        {
            "status": "5.0.0",
            "diagnostic": "all relevant MX records point to non-existent hosts "
            "or (invalidly) to IP addresses; an MX or SRV record indicated no SMTP service",
        },
        Reason.NOTACCEPT,
        Category.BAD_DOMAIN,
        Kind.HARD,
        "text:en:notaccept",
    ),
    (
        {"status": "5.1.1", "diagnostic": "550 5.1.1 mailbox is over quota (#5.1.1)"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:en:mailboxfull",
    ),
    # --- provider codes -------------------------------------------------------------------------
    (
        {
            "status": "5.1.1",
            "remote_mta": "smtp.secureserver.net",
            "diagnostic": "550 5.1.1 <cat@example.com> - 192.0.2.1 has sent to too many recipients "
            "this hour. IB607",
        },
        Reason.RATELIMITED,
        Category.BAD_CONNECTION,
        Kind.BLOCK,  # our sending rate, refused for good
        "host:godaddy:code",
    ),
    (
        {
            "status": "5.1.0",
            "diagnostic": "550 5.1.0 <b@example.org> sender rejected. Please see "
            "https://www.spectrum.net/support AUP#In-1310",
        },
        Reason.RATELIMITED,
        Category.BAD_CONNECTION,
        Kind.BLOCK,  # our sending rate, refused for good
        "host:spectrum:code",
    ),
    (
        {
            "status": "5.1.1",
            "diagnostic": "550 5.1.1 RCP-P2 http://postmaster.facebook.com/"
            "response_codes Refused due to recipient preferences",
        },
        Reason.FILTERED,
        Category.POLICY_RELATED,
        Kind.SOFT,
        "host:facebook:code",
    ),
    (
        {
            "diagnostic": "We are writing to let you know that the group you tried to contact "
            "may not exist, or you may not have permission to post messages"
        },
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "host:googlegroups:01",
    ),
    (
        {
            "status": "5.5.0",
            "diagnostic": "550 5.5.0 Le compte du destinataire est bloque. The "
            "recipient account isblocked. LPN007_426",
        },
        Reason.SUSPEND,
        Category.INACTIVE_MAILBOX,
        Kind.HARD,
        "host:orange:code",
    ),
    (
        {
            "status": "5.1.1",
            "diagnostic": "552 5.1.1 Boite du destinataire pleine. Recipient "
            "overquota. OFR_417 [417]",
        },
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "host:orange:code",
    ),
    # --- undefined fallback: never a guess -----------------------------------------------------
    # something was said that no rule reads: onhold; nothing usable at all: undefined
    (
        {"status": "5.0.0", "diagnostic": "550 5.0.0 sorry"},
        Reason.ONHOLD,
        Category.OTHER,
        Kind.UNKNOWN,
        "fallback:onhold",
    ),
    (
        {"reply_code": 542, "diagnostic": "542 cat@example.org Rejected"},
        Reason.ONHOLD,
        Category.OTHER,
        Kind.UNKNOWN,
        "fallback:onhold",
    ),
    (
        {"diagnostic": "Did not reach the following recipient: cat@example.org"},
        Reason.ONHOLD,
        Category.OTHER,
        Kind.UNKNOWN,
        "fallback:onhold",
    ),
    (
        {"status": "5.9.99", "diagnostic": ""},
        Reason.ONHOLD,
        Category.OTHER,
        Kind.UNKNOWN,
        "fallback:onhold",
    ),
    ({"diagnostic": None}, Reason.UNDEFINED, Category.OTHER, Kind.UNKNOWN, "fallback:undefined"),
    (
        {"diagnostic": "<cat@example.org>"},
        Reason.UNDEFINED,
        Category.OTHER,
        Kind.UNKNOWN,
        "fallback:undefined",
    ),
    (
        {"diagnostic": "--- Delivery report unavailable ---"},
        Reason.UNDEFINED,
        Category.OTHER,
        Kind.UNKNOWN,
        "fallback:undefined",
    ),
    # --- non-failures ---------------------------------------------------------------------------
    (
        {"action": Action.DELAYED, "status": "4.2.2", "diagnostic": "452 4.2.2 over quota"},
        Reason.MAILBOXFULL,
        Category.DELAYED,
        Kind.DELAYED,
        "status:4.2.2",
    ),
    (
        {"action": Action.DELAYED, "status": "4.0.0", "diagnostic": ""},
        Reason.EXPIRED,
        Category.DELAYED,
        Kind.DELAYED,
        "action:delayed",
    ),
    (
        {"action": Action.DELIVERED, "status": "2.0.0"},
        Reason.DELIVERED,
        Category.DELIVERED,
        Kind.DELIVERED,
        "action:delivered",
    ),
    (
        {"action": Action.RELAYED, "status": "2.0.0"},
        Reason.DELIVERED,
        Category.DELIVERED,
        Kind.DELIVERED,
        "action:relayed",
    ),
    (
        {"action": Action.EXPANDED},
        Reason.DELIVERED,
        Category.DELIVERED,
        Kind.DELIVERED,
        "action:expanded",
    ),
    (
        {"action": Action.FEEDBACK, "feedback_type": "abuse"},
        Reason.FEEDBACK,
        Category.COMPLAINT,
        Kind.COMPLAINT,
        "arf:feedback",
    ),
    (
        {"action": Action.AUTOREPLY},
        Reason.VACATION,
        Category.AUTO_REPLY,
        Kind.AUTOREPLY,
        "autoreply",
    ),
    # --- wordings whose reading depends on the order between two reasons -------------------
    (
        # Our sending quota (Amazon SES), not the recipient's mailbox quota.
        {"reply_code": 454, "diagnostic": "454 Throttling failure: Daily message quota exceeded."},
        Reason.RATELIMITED,
        Category.BAD_CONNECTION,
        Kind.SOFT,
        "text:en:ratelimited:06",
    ),
    (
        # A rate limit *because of* reputation is about our reputation.
        {
            "status": "4.7.650",
            "diagnostic": "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate "
            "limited due to IP reputation.",
        },
        Reason.BADREPUTATION,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:badreputation:02",
    ),
    (
        # A full mailbox, not a rate: "too many messages" on the server.
        {"reply_code": 452, "diagnostic": "452 User has too many messages on the server"},
        Reason.MAILBOXFULL,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:en:mailboxfull:10",
    ),
    (
        # "Line limit" after DATA is a size limit; "line length limit" is syntax.
        {"reply_code": 500, "command": "DATA", "diagnostic": "500 Line limit exceeded"},
        Reason.EMAILTOOLARGE,
        Category.QUOTA_ISSUES,
        Kind.SOFT,
        "text:en:emailtoolarge:05",
    ),
    (
        {"reply_code": 500, "diagnostic": "500 5.5.0 Line length limit exceeded"},
        Reason.SYNTAXERROR,
        Category.PROTOCOL_ERRORS,
        Kind.SOFT,
        "text:en:syntaxerror:02",
    ),
    (
        # The recipient's own choice, not a block list of the receiving host.
        {"status": "5.7.1", "diagnostic": "550 5.7.1 You have been blocked by the recipient"},
        Reason.FILTERED,
        Category.POLICY_RELATED,
        Kind.SOFT,
        "text:en:filtered:04",
    ),
    (
        # qmail: no authentication, so no relaying: an authentication matter.
        {
            "reply_code": 553,
            "diagnostic": "553 sorry, you don't authenticate or the domain isn't in my list "
            "of allowed rcpthosts (#5.7.1)",
        },
        Reason.SECURITYERROR,
        Category.POLICY_RELATED,
        Kind.BLOCK,
        "text:en:securityerror:04",
    ),
    (
        # A session closed for idleness says nothing about an inactive mailbox.
        {"status": "4.4.2", "diagnostic": "421 4.4.2 Connection dropped due to inactivity"},
        Reason.NETWORKERROR,
        Category.NO_ANSWER_FROM_HOST,
        Kind.SOFT,
        "text:en:networkerror:01",
    ),
    (
        {
            "reply_code": 550,
            "diagnostic": "550 Due to extended inactivity new mail is not currently "
            "being accepted for this mailbox",
        },
        Reason.SUSPEND,
        Category.INACTIVE_MAILBOX,
        Kind.HARD,
        "text:en:suspend:04",
    ),
    (
        # Refusals of our sender, our IP or our attachments are never a bad domain or mailbox.
        {"status": "5.7.1", "diagnostic": "550 5.7.1 Bad sender IP address"},
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:blocked:09",
    ),
    (
        {"reply_code": 550, "diagnostic": "550 Error: no valid recipients from 192.0.2.1"},
        Reason.BLOCKED,
        Category.SPAM_RELATED,
        Kind.BLOCK,
        "text:en:blocked:09",
    ),
    (
        {
            "reply_code": 550,
            "diagnostic": "550 5.7.1 Because the recipient is not accepting mail with attachments",
        },
        Reason.POLICYVIOLATION,
        Category.POLICY_RELATED,
        Kind.BLOCK,
        "text:en:policyviolation:05",
    ),
    (
        {
            "reply_code": 550,
            "diagnostic": "550 This server does not accept mail from cat@example.net",
        },
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "text:en:rejected:06",
    ),
    (
        {
            "reply_code": 550,
            "diagnostic": "550 Backscatter protection detected an invalid or expired email address",
        },
        Reason.REJECTED,
        Category.INVALID_SENDER,
        Kind.BLOCK,
        "text:en:rejected:06",
    ),
    (
        {
            "reply_code": 550,
            "diagnostic": "550 <cat@example.org>: Recipient rejected: Temporarily inactive",
        },
        # inactive "temporarily": the reply itself says the address may come back
        Reason.SYSTEMERROR,
        Category.ROUTING_ERRORS,
        Kind.SOFT,
        "text:en:suspend:04:temporary",
    ),
]


@pytest.mark.parametrize(
    ("fields", "reason", "category", "kind", "rule"),
    CASES,
    ids=[f"{i:02d}-{c[1].value}" for i, c in enumerate(CASES)],
)
def test_classify(
    fields: dict[str, Any], reason: Reason, category: Category, kind: Kind, rule: str
) -> None:
    got = classify(rec(**fields), DSN)
    assert (got.reason, got.category, got.kind) == (reason, category, kind), got
    assert got.rule.startswith(rule), got.rule


def test_report_type_decides_for_complaints_and_autoreplies() -> None:
    complaint = classify(rec(action=None), Report(message_type=MessageType.COMPLAINT))
    assert (complaint.reason, complaint.kind) == (Reason.FEEDBACK, Kind.COMPLAINT)
    vacation = classify(rec(action=None), Report(message_type=MessageType.AUTOREPLY))
    assert (vacation.reason, vacation.category) == (Reason.VACATION, Category.AUTO_REPLY)


def test_evidence_names_the_matched_text() -> None:
    got = classify(rec(diagnostic="550 Boîte aux lettres inconnue, merci"), DSN)
    assert "boite aux lettres inconnue" in got.evidence


def test_never_raises_on_junk() -> None:
    junk = rec(status="\x00" * 50, reply_code=-1, diagnostic="\udcff" * 10_000, command="\n")
    assert classify(junk, DSN).reason is Reason.UNDEFINED


def test_default_map_covers_every_reason() -> None:
    assert set(DEFAULT_MAP) == set(Reason)


@pytest.mark.parametrize(
    ("status", "reply", "expected"),
    [
        ("5.1.10", None, (Category.BAD_DOMAIN, Kind.HARD)),
        ("4.3.2", None, (Category.ROUTING_ERRORS, Kind.SOFT)),
        (None, 421, (Category.ROUTING_ERRORS, Kind.SOFT)),
        ("5.3.2", 521, (Category.BAD_DOMAIN, Kind.HARD)),
    ],
)
def test_notaccept_split(
    status: str | None, reply: int | None, expected: tuple[Category, Kind]
) -> None:
    assert category_kind(Reason.NOTACCEPT, status, reply) == expected


def test_sender_side_reasons_are_never_hard() -> None:
    for reason in SENDER_SIDE:
        assert DEFAULT_MAP[reason][1] is Kind.BLOCK


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [(lang, p) for lang, table in TABLES for p in table],
    ids=[f"{lang}-{p.reason.value}-{p.number:02d}" for lang, table in TABLES for p in table],
)
def test_every_pattern_matches_its_example(lang: str, pattern: Any) -> None:
    assert re.search(pattern.regex, fold(pattern.example)), pattern.example
    # and the compiled matcher finds it too (its literal anchors let the example through)
    found = MATCHER.first(fold(pattern.example), only={pattern.reason})
    assert found is not None, pattern.example


def _naive_first(text: str) -> tuple[Reason, str] | None:
    """The matcher's contract without its indexes: reasons in order (early entries first),
    leftmost match within a reason, ties to the entry listed first."""
    for early in (True, False):
        for reason in REASON_ORDER:
            best: tuple[int, str] | None = None
            for lang, table in TABLES:
                for p in table:
                    if p.reason is not reason or p.early is not early:
                        continue
                    m = re.search(p.regex, text)
                    if m is not None and (best is None or m.start() < best[0]):
                        best = (m.start(), f"text:{lang}:{p.reason.value}:{p.number:02d}")
            if best is not None:
                return reason, best[1]
    return None


_EXAMPLES = [fold(p.example) for _, table in TABLES for p in table]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_EXAMPLES), min_size=1, max_size=4),
    noise=st.text(alphabet="abcdefghijklmnopqrstuvwxyz .:-<>@0123456789", max_size=40),
)
def test_matcher_indexes_change_no_verdict(parts: list[str], noise: str) -> None:
    # The trigram index, the per-alternative scan and the ASCII shortcut only save time.
    text = fold(noise + " " + " ".join(parts))
    found = MATCHER.first(text)
    assert (None if found is None else (found.reason, found.rule)) == _naive_first(text)


@pytest.mark.parametrize(
    "example",
    [p.example for _, table in TABLES for p in table if p.reason in SENDER_SIDE],
)
@pytest.mark.parametrize("status", ["5.1.1", "5.1.2", "5.1.6", "5.7.13", "5.2.1", "5.0.0", None])
def test_a_refusal_because_of_us_is_never_hard(example: str, status: str | None) -> None:
    # Block lists, SPF/DKIM/DMARC, PTR, reputation, spam, policy: whatever code comes with it.
    got = classify(rec(status=status, diagnostic=example, command="RCPT"), DSN)
    assert got.kind is not Kind.HARD, got


@settings(max_examples=300, deadline=None)
@given(
    status=st.from_regex(r"4\.\d{1,2}\.\d{1,3}", fullmatch=True),
    example=st.sampled_from([p.example for _, table in TABLES for p in table]),
    command=st.sampled_from([None, "RCPT", "DATA"]),
    remote=st.sampled_from([None, "gmail-smtp-in.l.google.com", "mx.mail.protection.outlook.com"]),
)
def test_a_final_transient_failure_is_never_hard(
    status: str, example: str, command: str | None, remote: str | None
) -> None:
    # A temporary refusal that persisted until the queue gave up is no proof.
    got = classify(rec(status=status, diagnostic=example, command=command, remote_mta=remote), DSN)
    assert got.kind is not Kind.HARD, got


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"mail ?box (?:is )?full", {"mail"}),
        (r"(?:user|recipient) unknown|no such user", {"user", "recipient", "no such user"}),
        (r"(?:local )?configuration error", {"configuration error"}),
        (r"\bdnsbl\b|spamhaus", {"dnsbl", "spamhaus"}),
        (r"\bip\b.{0,40}blocked", None),
        (r"[a-z]+ does not exist", None),
    ],
)
def test_anchors(regex: str, expected: set[str] | None) -> None:
    got = anchors(regex)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"mail ?box (?:is )?full", True),
        (r"\b(?:user|recipient) unknown", True),
        (r"(?:the )?user unknown", False),  # a match may start at "user"
        (r"\bip\b.{0,40}blocked", False),
        (r"[a-z]+ does not exist", False),
    ],
)
def test_leading_anchors(branch: str, expected: bool) -> None:
    # Leading anchors let an alternative be tried only where they occur.
    assert is_leading(branch) is expected
    assert split_alternatives(r"a|(?:b|c)d|e") == ["a", "(?:b|c)d", "e"]


@pytest.mark.parametrize(
    ("host", "rule"),
    [(host, r) for host, rules in hosts.HOST_TEXT_RULES.items() for r in rules],
)
def test_every_host_rule_matches_its_example(host: str, rule: hosts.HostText) -> None:
    assert re.search(rule.regex, fold(rule.example)), rule.example


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("550-5.1.1 The email account", "5.1.1"),
        ("(#5.7.1)", "5.7.1"),
        ("451 4.7.650 rate limited", "4.7.650"),
        ("version 10.5.1.2", None),
    ],
)
def test_explicit_status(text: str, expected: str | None) -> None:
    assert explicit_status(text) == expected
    assert normalize(" 5.01.1 ") == "5.1.1"


# The product's French seed phrases (design: bad domain, bad mailbox, inactive mailbox).
FRENCH_SEED: list[tuple[str, Reason]] = [
    *[
        (f"550 Domaine {w}", Reason.HOSTUNKNOWN)
        for w in (
            "retiré",
            "mauvais",
            "invalide",
            "inconnu",
            "illégal",
            "non disponible",
            "plus d'usage",
        )
    ],
    *[
        (f"550 {who} {w}", Reason.USERUNKNOWN)
        for who in ("Adresse", "Boîte aux lettres")
        for w in (
            "invalide",
            "inconnue",
            "illégale",
            "non disponible",
            "pas connue",
            "pas ici",
            "pas trouvée",
            "plus valide",
            "plus disponible",
        )
    ],
    ("550 Aucune adresse de ce nom", Reason.USERUNKNOWN),
    ("550 Mauvaise adresse", Reason.USERUNKNOWN),
    ("550 Adresse du destinataire rejetée", Reason.USERUNKNOWN),
    ("550 Boîte inactive", Reason.SUSPEND),
    ("550 Boîte aux lettres désactivée", Reason.SUSPEND),
]


@pytest.mark.parametrize(("text", "reason"), FRENCH_SEED)
def test_french_seed(text: str, reason: Reason) -> None:
    got = classify(rec(diagnostic=text, command="RCPT"), DSN)
    assert got.reason is reason, got
    assert got.rule.startswith("text:fr:"), got.rule
    assert got.kind is Kind.HARD


@settings(max_examples=200, deadline=None)
@given(
    status=st.one_of(
        st.none(), st.from_regex(r"[245]\.\d{1,3}\.\d{1,3}", fullmatch=True), st.text()
    ),
    reply=st.one_of(st.none(), st.integers(min_value=-1000, max_value=1000)),
    diagnostic=st.one_of(st.none(), st.text(max_size=400)),
    command=st.one_of(st.none(), st.sampled_from(["RCPT", "DATA", "MAIL", "CONN", "x"])),
    action=st.one_of(st.none(), st.sampled_from(list(Action))),
)
def test_any_record_gets_a_consistent_verdict(
    status: str | None,
    reply: int | None,
    diagnostic: str | None,
    command: str | None,
    action: Action | None,
) -> None:
    record = RecipientRecord(
        "cat@example.org",
        action=action,
        status=status,
        reply_code=reply,
        diagnostic=diagnostic,
        command=command,
    )
    got = classify(record, DSN)
    assert got.rule and got.rule != "error", got
    # notaccept and ratelimited are read by the reply (mapping.category_kind): a 4xx notaccept
    # is a routing error, a permanent rate limit a refusal of us.
    if got.kind not in (Kind.DELAYED,) and got.reason not in (Reason.NOTACCEPT, Reason.RATELIMITED):
        assert (got.category, got.kind) == DEFAULT_MAP[got.reason]


@pytest.mark.parametrize("name", sorted(hosts.MTA_CATEGORIES))
def test_an_mta_category_keeps_its_name(name: str) -> None:
    """PowerMTA's categories are our category vocabulary: the reason read from one falls back
    into the same category."""
    verdict = classify(rec(status="5.0.0", diagnostic="550 (#42)", mta_category=name), DSN)
    assert verdict.rule == f"mta:{name}"
    expected = "no-answer-from-host" if name == "bad-connection" else name
    assert verdict.category.value == expected


def test_a_classifier_bug_keeps_the_record_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A rule that breaks (a table edited badly) leaves the record unknown, never lost, and
    the log names the error: a broken table does not pass in silence."""
    from bouncesink.classify import engine

    def broken(record: RecipientRecord, report: Report) -> None:
        raise ValueError("bad pattern")

    monkeypatch.setattr(engine, "_classify", broken)
    record = RecipientRecord("cat@example.org", action=Action.FAILED, diagnostic="550 unknown")
    with caplog.at_level("ERROR", logger="bouncesink.classify.engine"):
        got = engine.classify(record, Report(message_type=MessageType.DSN))
    assert (got.kind, got.rule) == (Kind.UNKNOWN, "error")
    assert "classify failed error=ValueError('bad pattern')" in caplog.text
