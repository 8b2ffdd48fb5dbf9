"""Conventions of the big mailbox providers and filtering services.

A provider is recognised from the remote MTA, the reporting MTA or, failing those, a
signature in the diagnostic text (its postmaster URL, its own error-code style). Its rules
come before the generic tables: a provider that uses a registered status code in its own way
(Office 365: 5.1.10 is "recipient not found", not RFC 7505's null MX) or has its own
error-code vocabulary (Yahoo's [TSS04], GoDaddy's IB212, Spectrum's AUP#I-1310) is read in
its own terms.

Rule identifiers: ``host:<provider>:<status>`` for status rules, ``host:<provider>:<NN>`` for
phrases, ``host:<provider>:code`` for numbered provider codes (:mod:`.provider_codes`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from types import MappingProxyType

from bouncesink.classify import provider_codes
from bouncesink.classify.patterns.anchors import anchors, split_alternatives
from bouncesink.classify.patterns.table import Gram, gram
from bouncesink.types import Reason as R


@dataclass(frozen=True, slots=True)
class HostText:
    """A provider's own phrase or error code (folded text) and what it means."""

    number: int
    regex: str
    reason: R
    example: str
    # The provider's documentation, or corpus files that carry the phrase.
    source: str


# Provider ← host names (remote_mta / reporting_mta), in order.
HOST_NAMES: tuple[tuple[str, str], ...] = (
    ("office365", r"\.outlook\.com$|\.office365\.com$|\.exchangelabs\.com$"),
    ("outlook", r"\.hotmail\.com$|\.live\.com$|\.msn\.com$"),
    ("google", r"\.google\.com$|\.googlemail\.com$|\.gmail\.com$|\.1e100\.net$|^googlemail\.com$"),
    ("yahoo", r"\.yahoo(?:dns)?\.(?:com|net|co\.\w+)$|\.yahoo\.\w+$"),
    ("aol", r"\.aol\.com$"),
    ("apple", r"\.icloud\.com$|\.me\.com$|\.mac\.com$|\.apple\.com$"),
    ("orange", r"\.orange\.fr$|\.wanadoo\.fr$|\.orange\.com$|\.laposte\.net$"),
    ("comcast", r"\.comcast\.net$"),
    ("cox", r"\.cox\.net$"),
    ("godaddy", r"\.secureserver\.net$"),
    ("mimecast", r"\.mimecast\.com$|\.mimecast\.\w+$"),
    ("proofpoint", r"\.pphosted\.com$|\.ppe-hosted\.com$"),
    ("barracuda", r"\.barracudanetworks\.com$|\.barracuda\.com$|\.cudamail\.com$"),
    ("messagelabs", r"\.messagelabs\.com$"),
    ("spectrum", r"\.charter\.net$|\.rr\.com$|\.spectrum\.net$"),
    ("facebook", r"\.facebook\.com$|\.fb\.com$"),
    ("nttdocomo", r"\.docomo\.ne\.jp$"),
    ("kddi", r"\.ezweb\.ne\.jp$|\.au\.com$|\.kddi\.com$"),
    ("telekom", r"\.t-online\.de$"),
    ("yandex", r"\.yandex\.(?:ru|net|com)$|\.yandex-team\.ru$"),
    ("netease", r"\.163\.com$|\.126\.com$|\.netease\.com$|\.yeah\.net$"),
    ("qq", r"\.qq\.com$"),
)

# Provider ← signatures in the diagnostic text, when no host name told.
HOST_TEXT: tuple[tuple[str, str], ...] = (
    ("exchange", r"\bmsexch:(?:ims|imc):"),
    ("googlegroups", r"groups\.google\.com|google groups|group you tried to contact"),
    ("office365", r"protection\.outlook|office365|\bresolver\.adr\.|\bs3150\b|exchangelabs"),
    ("google", r"support\.google\.com|\bgsmtp\b|google\.com/mail"),
    ("yahoo", r"postmaster\.yahoo|senders\.yahooinc|\[tss?\d\d\]"),
    ("aol", r"postmaster\.aol|\b(?:dyn|rly|hvu|rtr):[a-z]\d"),
    ("apple", r"support\.apple\.com|\[cs\d\d\]|\[hm\d\d\]"),
    (
        "orange",
        r"\bofr\d*_\d{3}|\blpn\d*_\d{3}|\blpnaaa_|\bouk_\d{3}|orange\.fr|wanadoo\.fr|"
        r"laposte\.net",
    ),
    ("comcast", r"comcast\.net|\b(?:bl|rl)0\d{5}\b"),
    (
        "cox",
        r"cox\.(?:net|com)|\bcxbl|\bcxthrot|\bcxsnd|\bcxdns|\bcxdyn|\bcxsmtp|\bcxmxrt|\bcxrcpt",
    ),
    ("godaddy", r"secureserver\.net|x\.co/\w*bounce|\bib\d{3}\b"),
    ("mimecast", r"mimecast"),
    ("proofpoint", r"proofpoint|pphosted"),
    ("barracuda", r"barracuda"),
    ("messagelabs", r"messagelabs|symanteccloud"),
    ("spectrum", r"\baup#|spectrum\.net|charter\.net"),
    ("facebook", r"facebook\.com|\b(?:rcp|mbx|msg|pol)-[pt]\d\b"),
    # Deutsche Telekom (T-Online): "554 IP=192.0.2.1 - A problem occurred. (Ask your
    # postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)"
    ("telekom", r"ask your postmaster for help or to contact \S+ to clarify|t-online\.de"),
    ("yandex", r"yandex\.(?:ru|net|com)|policy rejection on the target address"),
    ("netease", r"mail\.163\.com|\bdt:spm\b|mail\.126\.com"),
    ("qq", r"service\.(?:ex)?mail\.qq\.com"),
)


# Providers whose content filters answer a refusal with "user unknown" (design: "How a reason
# is decided"). Everywhere else a "no such user" is the recipient's own verdict, whatever the
# stage at which it came (many servers check recipients only after DATA: LMTP delivery,
# qmail, Exchange's late recipient check, local delivery agents): hard. A sign of a filter
# matches when the failed command is one of *commands* (empty: any but RCPT) and, where
# given, the status detail is *detail* and the folded text matches *regex*. A refusal at
# RCPT TO is the recipient check itself and is never a filter's.
@dataclass(frozen=True, slots=True)
class FilterSign:
    number: int
    commands: frozenset[str]
    detail: str | None
    regex: str | None
    example: str
    source: str


FILTERS_SAY_UNKNOWN: Mapping[str, tuple[FilterSign, ...]] = MappingProxyType(
    {
        # au/KDDI (ezweb.ne.jp, au.com): its receiving filter ("迷惑メールフィルター") refuses
        # at the end of DATA with "550 : User unknown", the address left out, while its
        # recipient check at RCPT TO answers "550 <address>: User unknown".
        "kddi": (
            FilterSign(
                1,
                frozenset({"DATA", "BDAT"}),
                None,
                None,
                "550 : User unknown (in reply to end of DATA command)",
                "corpus: lhost-postfix-35 (Postfix), lhost-sendmail-51 (Sendmail), against "
                "lhost-postfix-36 (RCPT, with the address)",
            ),
            FilterSign(
                2,
                frozenset(),
                None,
                r"(?:^|[\s;])550 ?: user unknown",
                "Diagnostic-Code: smtp; 550 : User unknown",
                "corpus: rfc3464-57, rhost-gsuite-08 (Gmail's DSN of the same reply)",
            ),
        ),
        # NTT docomo (docomo.ne.jp): its MX takes every RCPT TO and refuses after DATA, both
        # a mailbox that does not exist and one whose owner's reception filter ("指定受信 /
        # 受信拒否") refuses the sender, with the same "550 Unknown user <address>": no sign
        # tells them apart, so the address is kept (soft) rather than lost on a guess. The
        # status adds nothing: Sendmail writes a bare 550 as 5.2.0, Postfix as 5.0.0.
        "nttdocomo": (
            FilterSign(
                1,
                frozenset({"DATA", "BDAT"}),
                None,
                None,
                "550 Unknown user cat@docomo.ne.jp (in reply to end of DATA command)",
                "corpus: rhost-nttdocomo-01 (Sendmail, 5.2.0), rhost-nttdocomo-02 (5.0.0); "
                "Sendmail's deliver.c smtptodsn() maps a bare 550 to 5.2.0",
            ),
        ),
    }
)


def filter_sign(
    host: str | None, command: str | None, status: str | None, text: str
) -> FilterSign | None:
    """The sign by which *host*'s content filter, speaking as "user unknown", is known."""
    signs = FILTERS_SAY_UNKNOWN.get(host or "")
    command = (command or "").upper()
    if not signs or command == "RCPT":
        return None
    detail = status.split(".", 1)[1] if status else None
    for sign in signs:
        if sign.commands and command not in sign.commands:
            continue
        if sign.detail is not None and sign.detail != detail:
            continue
        if sign.regex is not None and re.search(sign.regex, text) is None:
            continue
        return sign
    return None


# Recipient domains served by a provider whose conventions apply: the recipient's own domain
# names its mailbox provider when neither host name nor text does (a DSN relayed by another
# system, a reporting MTA that names only itself).
RECIPIENT_DOMAINS: Mapping[str, str] = MappingProxyType(
    {
        "docomo.ne.jp": "nttdocomo",
        "ezweb.ne.jp": "kddi",
        "au.com": "kddi",
        "gmail.com": "google",
        "googlemail.com": "google",
        "yahoo.com": "yahoo",
        "yahoo.co.jp": "yahoo",
        "aol.com": "aol",
        "icloud.com": "apple",
        "me.com": "apple",
        "mac.com": "apple",
        "hotmail.com": "outlook",
        "outlook.com": "outlook",
        "live.com": "outlook",
        "msn.com": "outlook",
        "orange.fr": "orange",
        "wanadoo.fr": "orange",
        "laposte.net": "orange",
        "comcast.net": "comcast",
        "cox.net": "cox",
        "t-online.de": "telekom",
        "yandex.ru": "yandex",
        "yandex.com": "yandex",
        "ya.ru": "yandex",
        "163.com": "netease",
        "126.com": "netease",
        "qq.com": "qq",
        "foxmail.com": "qq",
    }
)


# A sending MTA's own classification of a failure (PowerMTA's bounce categories, written in
# the DSN as X-PowerMTA-BounceCategory) → reason. Read when no rule of ours decides, and as
# corroboration of a "user unknown" that might otherwise be a filter's.
MTA_CATEGORIES: Mapping[str, R] = MappingProxyType(
    {
        "bad-domain": R.HOSTUNKNOWN,
        "bad-mailbox": R.USERUNKNOWN,
        "inactive-mailbox": R.SUSPEND,
        "quota-issues": R.MAILBOXFULL,
        "no-answer-from-host": R.NETWORKERROR,
        # No reason of ours names a bad connection but rate limits and STARTTLS failures,
        # which the category does not say: a connection that failed is a network error.
        "bad-connection": R.NETWORKERROR,
        "routing-errors": R.SYSTEMERROR,
        "bad-configuration": R.MAILERERROR,
        "protocol-errors": R.SYNTAXERROR,
        "content-related": R.CONTENTERROR,
        "spam-related": R.SPAMDETECTED,
        "virus-related": R.VIRUSDETECTED,
        "policy-related": R.POLICYVIOLATION,
        "relaying-issues": R.NORELAYING,
        "invalid-sender": R.REJECTED,
        "message-expired": R.EXPIRED,
    }
)

# (provider, full status) → reason: codes a provider uses in its own sense.
STATUS_RULES: Mapping[tuple[str, str], R] = MappingProxyType(
    {
        # Office 365 / Exchange Online, from Microsoft's "Email non-delivery reports and SMTP
        # errors in Exchange Online".
        ("office365", "5.1.0"): R.REJECTED,  # Sender denied
        ("office365", "5.1.8"): R.REJECTED,  # Access denied, bad outbound sender
        ("office365", "5.1.10"): R.USERUNKNOWN,  # RecipientNotFound (not a null MX)
        ("office365", "5.1.90"): R.RATELIMITED,  # daily limit for message recipients
        ("office365", "5.2.121"): R.RATELIMITED,  # per-hour receive limit from this sender
        ("office365", "5.2.122"): R.RATELIMITED,  # per-hour receive limit
        # 5.4.1 is both "Recipient address rejected: Access denied" (no such recipient,
        # Directory Based Edge Blocking) and "Relay Access Denied" (this server does not take
        # the recipient's domain): Microsoft lists both, so the text decides.
        ("office365", "5.4.14"): R.NETWORKERROR,  # Hop count exceeded
        ("office365", "5.4.300"): R.EXPIRED,  # Message expired
        ("office365", "5.4.316"): R.EXPIRED,  # Message expired, connection refused
        ("office365", "4.4.317"): R.FAILEDSTARTTLS,  # STARTTLS is required to send mail
        ("office365", "5.4.317"): R.FAILEDSTARTTLS,
        ("office365", "4.4.8"): R.FAILEDSTARTTLS,  # MX hosts failed MTA-STS validation
        ("office365", "5.4.8"): R.FAILEDSTARTTLS,
        ("office365", "5.6.11"): R.CONTENTERROR,  # invalid characters (bare line feeds)
        ("office365", "5.7.12"): R.FILTERED,  # sender not authenticated by organization
        ("office365", "5.7.124"): R.FILTERED,  # sender not in the group's allowed senders
        ("office365", "5.7.133"): R.FILTERED,  # sender not authenticated for group
        ("office365", "5.7.134"): R.FILTERED,  # sender not authenticated for mailbox
        ("office365", "5.7.135"): R.FILTERED,  # sender not authenticated for public folder
        ("office365", "5.7.136"): R.FILTERED,  # sender not authenticated for mail user
        ("office365", "5.7.321"): R.FAILEDSTARTTLS,  # starttls-not-supported
        ("office365", "5.7.322"): R.FAILEDSTARTTLS,  # certificate-expired
        ("office365", "5.7.323"): R.FAILEDSTARTTLS,  # tlsa-invalid (DANE)
        ("office365", "5.7.501"): R.BLOCKED,  # Access denied, spam abuse detected
        ("office365", "5.7.502"): R.BLOCKED,  # Access denied, banned sender
        ("office365", "5.7.503"): R.BLOCKED,  # Access denied, banned sender
        ("office365", "5.7.504"): R.USERUNKNOWN,  # recipient address rejected: not valid
        ("office365", "5.7.505"): R.USERUNKNOWN,  # banned recipient: "not valid"
        ("office365", "5.7.506"): R.BLOCKED,  # Access denied, bad HELO
        ("office365", "5.7.507"): R.BLOCKED,  # Access denied, rejected by recipient
        ("office365", "5.7.508"): R.RATELIMITED,  # IPv6 range exceeded permitted limits
        ("office365", "5.7.509"): R.AUTHFAILURE,  # sending domain does not pass DMARC
        ("office365", "5.7.510"): R.BLOCKED,  # does not accept email over IPv6
        ("office365", "5.7.511"): R.BLOCKED,  # Access denied, banned sender
        ("office365", "5.7.512"): R.NOTCOMPLIANTRFC,  # must be RFC 5322 section 3.6.2 compliant
        ("office365", "5.7.513"): R.BLOCKED,  # blocked using Customer Block list
        ("office365", "5.7.515"): R.AUTHFAILURE,  # required authentication level not met
        ("office365", "5.7.705"): R.BLOCKED,  # Access denied, tenant has exceeded threshold
        ("office365", "5.7.708"): R.BLOCKED,  # traffic not accepted from this IP
        ("office365", "5.7.750"): R.BLOCKED,  # unregistered domain / tenant blocked
        ("google", "5.7.26"): R.AUTHFAILURE,
        # Gmail's bulk-sender requirements use X.7.29 for "not sent over TLS" and X.7.30 for
        # "didn't pass DKIM" (the registry's ARC failure and REQUIRETLS): requirements on us.
        # Its X.7.23 is a missing PTR record and its X.7.27 an SPF failure (the registry's SPF
        # failure and sender null MX).
        ("google", "4.7.23"): R.REQUIREPTR,
        ("google", "4.7.27"): R.AUTHFAILURE,
        ("google", "5.7.27"): R.AUTHFAILURE,
        ("google", "4.7.29"): R.POLICYVIOLATION,
        ("google", "5.7.29"): R.POLICYVIOLATION,
        ("google", "4.7.30"): R.AUTHFAILURE,
        ("google", "5.7.30"): R.AUTHFAILURE,
        ("google", "5.7.25"): R.REQUIREPTR,
    }
)

# Provider → its own phrases (folded text), in order.
HOST_TEXT_RULES: Mapping[str, tuple[HostText, ...]] = MappingProxyType(
    {
        "office365": (
            HostText(
                1,
                r"recip(?:ient)?notfound|not found by smtp address lookup",
                R.USERUNKNOWN,
                "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
                source="corpus: lhost-exchange2007-01, lhost-office365-02",
            ),
            HostText(
                2,
                r"banned sending ip|\bs3150\b|part of their network is on our block",
                R.BLOCKED,
                "550 5.7.1 Unfortunately, messages from [192.0.2.1] (S3150)",
                source="corpus: lhost-exim-54, lhost-qmail-09",
            ),
            # Outlook.com's postmaster codes: RP-00x rate limits for reputation; SC-00x, DY-00x,
            # OU-00x refusals of our IP or content (spam-like content, namespace mining, open
            # relay, complaints, dynamic IP, infected host, Spamhaus).
            HostText(
                4,
                r"\brp-00\d\b",
                R.BADREPUTATION,
                "421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the "
                "rate limit allowed.",
                source="Outlook.com postmaster troubleshooting (SMTP error codes RP-001 to RP-003)",
            ),
            HostText(
                5,
                r"\b(?:sc|dy|ou)-00\d\b",
                R.BLOCKED,
                "550 SC-001 Mail rejected by Outlook.com for policy reasons.",
                source=(
                    "Outlook.com postmaster troubleshooting (SMTP error codes SC-001 to SC-004, "
                    "DY-001, DY-002, OU-001, OU-002)"
                ),
            ),
            HostText(
                3,
                r"ip reputation|rate limited due to",
                R.BADREPUTATION,
                "451 4.7.650 The mail server has been rate limited due to IP reputation",
                source="corpus: rhost-microsoft-05; Exchange Online NDR reference (4.7.650)",
            ),
        ),
        "google": (
            HostText(
                1,
                r"account .{0,30}is disabled|account that you tried to reach is "
                r"(?:disabled|inactive)",
                R.SUSPEND,
                "550 5.2.1 The email account that you tried to reach is disabled",
                source="corpus: lhost-amazonses-20, rhost-google-01",
            ),
            HostText(
                2,
                r"receiving mail at a rate|rate that prevents additional messages",
                R.RATELIMITED,
                "452 4.2.1 The user you are trying to contact is receiving mail at a rate",
                source=(
                    "corpus: lhost-postfix-59; Google Workspace SMTP error reference (452 4.2.1)"
                ),
            ),
            HostText(
                3,
                r"over quota|out of storage",
                R.MAILBOXFULL,
                "552 5.2.2 The email account that you tried to reach is over quota",
                source="corpus: lhost-mailfoundry-02, lhost-x2-04",
            ),
            HostText(
                4,
                r"likely unsolicited mail",
                R.SPAMDETECTED,
                "550 5.7.1 this message is likely unsolicited mail",
                source="Google Workspace SMTP error reference (550 5.7.1 likely unsolicited mail)",
            ),
            HostText(
                5,
                r"not authorized to send email directly to our servers",
                R.BLOCKED,
                "550 5.7.1 ... is not authorized to send email directly to our servers",
                source=(
                    "Google Workspace SMTP error reference (550 5.7.1 not authorized to send "
                    "email directly)"
                ),
            ),
            # Gmail reports a connection failure only once its queue gave up on the message.
            HostText(
                6,
                r"did not accept our requests to connect",
                R.EXPIRED,
                "The recipient server did not accept our requests to connect.",
                source="corpus: lhost-gmail-10, rfc3464-55",
            ),
            HostText(
                7,
                r"customfromdenied",
                R.REJECTED,
                "https://support.google.com/mail/?p=CustomFromDenied",
                source=(
                    "corpus: lhost-googleworkspace-01; Google Workspace SMTP error reference "
                    "(CustomFromDenied)"
                ),
            ),
            # Google Groups bounces come from the same servers as Gmail's.
            HostText(
                8,
                r"group you tried to contact|permission to post|groups\.google\.com",
                R.REJECTED,
                "the group you tried to contact (cats) may not exist",
                source="corpus: lhost-googlegroups-01 and the other lhost-googlegroups files",
            ),
            # From Google's SMTP error reference (support.google.com/a/answer/3726730).
            HostText(
                9,
                r"spf record of the sending domain|aligned with either the authenticated|"
                r"add a dmarc record",
                R.AUTHFAILURE,
                "451 4.7.24 The SPF record of the sending domain has suspicious entries",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                10,
                r"unusual rate of (?:unsolicited )?mail|ip not in whitelist",
                R.BLOCKED,
                "421 4.7.28 Gmail has detected an unusual rate of mail",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                11,
                r"google's (?:message size|message header size|header name) limit|"
                r"exceeds google's limit",
                R.EMAILTOOLARGE,
                "552 5.2.3 Your message exceeded Google's message size limits",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                12,
                r"tls required for rcpt domain|senders to use tls",
                R.FAILEDSTARTTLS,
                "421 4.7.0 TLS required for RCPT domain, closing connection",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                13,
                r"exceeded \d+ hops",
                R.NETWORKERROR,
                "554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                14,
                r"mail relay denied|invalid credentials for relay",
                R.NORELAYING,
                "550 5.7.0 Mail relay denied",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                15,
                r"missing a valid (?:address in the from|message-id)|unicode character "
                r"in a disallowed header|encoded-word syntax is not permitted|mail message "
                r"is malformed",
                R.NOTCOMPLIANTRFC,
                "550 5.7.1 Messages missing a valid Message-ID: header are not accepted",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                16,
                r"content presents a potential security issue|has a policy that "
                r"prohibited|same message-id",
                R.POLICYVIOLATION,
                "552 5.7.0 This message was blocked because its content presents a "
                "potential security issue",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                17,
                r"mail sending denied",
                R.REJECTED,
                "550 5.7.0, Mail Sending denied",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                18,
                r"too many login attempts|application-specific password|username and "
                r"password not accepted|log in (?:with|through) your web browser",
                R.SECURITYERROR,
                "535 5.7.8 Username and Password not accepted",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                19,
                r"nature of the content or the links",
                R.SPAMDETECTED,
                "421 4.7.0 suspicious due to the nature of the content or the links within",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                20,
                r"temporary system problem|temporarily rejected (?:this )?message|"
                r"multiple destination domains per transaction|domain policy size per "
                r"transaction",
                R.SYSTEMERROR,
                "421 4.3.0 Temporary System Problem",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730)"
                ),
            ),
            HostText(
                21,
                r"smtp protocol violation|no data after bdat|(?:ehlo/helo|mail|rcpt) "
                r"first",
                R.SYNTAXERROR,
                "503 5.5.1 No DATA after BDAT",
                source=(
                    "corpus: rhost-google-01, issue-106-02; Google Workspace SMTP error reference"
                ),
            ),
            # "553 5.1.7 The sender address <x> is not a valid RFC 5321 address" is our
            # sender; the same words about the recipient (553 5.1.3) are its bad address.
            HostText(
                22,
                r"sender address \S{0,200} ?is not a valid rfc 5321 address",
                R.REJECTED,
                "553 5.1.7 The sender address <news@example.org> is not a valid RFC 5321 address",
                source=(
                    "Google Workspace SMTP error reference (support.google.com/a/answer/3726730: "
                    "553 5.1.7 sender, 553 5.1.3 recipient)"
                ),
            ),
        ),
        "exchange": (
            # Exchange 2000/2003 IMS/IMC error codes, from the directory the server owns.
            HostText(
                1,
                r"\(000c05a6\)|\(000c0595\)",
                R.USERUNKNOWN,
                "MSEXCH:IMS:EXAMPLE:CAT:NEKO 0 (000C05A6) Unknown Recipient",
                source="corpus: lhost-exchange2003-01 (Exchange 2000/2003 IMS error codes)",
            ),
        ),
        "googlegroups": (
            # The group may not exist or the sender may not post to it: the sender's rights.
            HostText(
                1,
                r"group you tried to contact|permission to post|groups\.google\.com",
                R.REJECTED,
                "the group you tried to contact (cats) may not exist",
                source="corpus: lhost-googlegroups-01 and the other lhost-googlegroups files",
            ),
        ),
        "yahoo": (
            HostText(
                1,
                r"\[ts0?[1-3]\]|\[tss0[1-4]\]|temporarily deferred due to (?:unexpected "
                r"volume|user complaints)",
                R.BADREPUTATION,
                "421 4.7.0 [TSS04] Messages temporarily deferred due to user complaints",
                source=(
                    "corpus: lhost-qmail-19; Yahoo Sender Hub SMTP error codes "
                    "(senders.yahooinc.com: TS01-TS03, TSS04)"
                ),
            ),
            HostText(
                2,
                r"\[tss09\]|permanently deferred",
                R.BLOCKED,
                "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred",
                source="Yahoo Sender Hub SMTP error codes (senders.yahooinc.com: TSS09)",
            ),
            HostText(
                3,
                r"mailbox is disabled|\(554\.30\)|is no longer valid",
                R.SUSPEND,
                "554 delivery error: dd This mailbox is disabled (554.30)",
                source=(
                    "Yahoo Sender Hub SMTP error codes (554 delivery error: dd This mailbox "
                    "is disabled (554.30))"
                ),
            ),
            HostText(
                4,
                r"mailbox not found|(?:doesn't|does not) have a \S+ account",
                R.USERUNKNOWN,
                "552 1 Requested mail action aborted, mailbox not found",
                source="corpus: lhost-powermta-02, lhost-sendmail-41",
            ),
        ),
        "aol": (
            HostText(
                1,
                r"\b(?:dyn|rly|rtr|hvu):[a-z]\d",
                R.BLOCKED,
                "421 DYN:T1 dynamic IP",
                source="AOL postmaster error codes (DYN, RLY, RTR, HVU)",
            ),
            HostText(
                2,
                r"mailbox not found|not found in directory",
                R.USERUNKNOWN,
                "550 MAILBOX NOT FOUND",
                source="AOL postmaster error codes (550 MAILBOX NOT FOUND)",
            ),
        ),
        "comcast": (
            HostText(
                1,
                r"\bbl\d{6}\b",
                R.BLOCKED,
                "554 5.7.1 blocked (BL000000)",
                source="Comcast postmaster error codes (BL000000 block list codes)",
            ),
            HostText(
                2,
                r"\brl\d{6}\b",
                R.RATELIMITED,
                "421 rate limited (RL000001)",
                source="Comcast postmaster error codes (RL000001 rate-limit codes)",
            ),
        ),
        "mimecast": (
            # An administrator's rule on which networks may send to the domain.
            HostText(
                1,
                r"host network not allowed",
                R.POLICYVIOLATION,
                "554 Host network not allowed",
                source=(
                    "corpus: rhost-mimecast-01; Mimecast SMTP error codes ('Host network not "
                    "allowed')"
                ),
            ),
            HostText(
                2,
                r"invalid recipient",
                R.USERUNKNOWN,
                "550 Invalid Recipient",
                source=(
                    "corpus: lhost-bigfoot-02, make-test-10; Mimecast SMTP error codes "
                    "('Invalid Recipient')"
                ),
            ),
            # Mimecast's anti-spam signatures ("MCSpamSignature.sa.2.2"): spam, not a policy.
            HostText(
                3,
                r"\bmcspamsignature",
                R.SPAMDETECTED,
                "554 email rejected due to security policies - MCSpamSignature.sa.2.2",
                source="corpus: rhost-mimecast-02; Mimecast SMTP error codes (MCSpamSignature)",
            ),
        ),
        "telekom": (
            # The code in parentheses at the end: (BL) the sending IP is on its block list.
            HostText(
                1,
                r"to clarify\.?\)? ?\((?:rtr:)?bl\)",
                R.BLOCKED,
                "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to "
                "contact tosa@rx.t-online.de to clarify.) (BL)",
                source=(
                    "Deutsche Telekom postmaster (postmaster.t-online.de, 'Fehlermeldungen': "
                    "the bracketed code names the cause, (BL) a block list); corpus: "
                    "lhost-sendmail-16"
                ),
            ),
        ),
        "yandex": (
            # The recipient's account is blocked or deleted: Yandex's own policy on the
            # target, not on us (the refusals of our mail speak of the sender or the IP).
            HostText(
                1,
                r"policy rejection on the target address",
                R.SUSPEND,
                "550 5.7.1 Policy rejection on the target address",
                source=(
                    "Yandex Mail help for senders ('Policy rejection on the target address': "
                    "the recipient's mailbox is blocked)"
                ),
            ),
            HostText(
                2,
                r"no correct recipients",
                R.USERUNKNOWN,
                "550 No correct recipients",
                source=(
                    "Yandex 'Report on non-delivery to Yandex' "
                    "(yandex.com/support/mail/bounces/yandex.html: a non-existing address)"
                ),
            ),
        ),
        "proofpoint": (
            # SMTP Discovery keeps a list of addresses found invalid; their refusal says so.
            HostText(
                1,
                r"(?:user )?e?-?mail address is marked as invalid",
                R.USERUNKNOWN,
                "550 5.7.1 <x>: Recipient address rejected: User email address is marked as "
                "invalid.",
                source=(
                    "Proofpoint Essentials (spambrella.com/faq/email-delivery-error-codes: the "
                    "user is on the SMTP Discovery invalid list)"
                ),
            ),
        ),
        "barracuda": (
            HostText(
                1,
                r"rejecting spoofed message",
                R.SPAMDETECTED,
                "550 rejecting spoofed message",
                source="Barracuda (smtp.codes/550: a known brand impersonated)",
            ),
            # Barracuda's bare "550 Blocked": its policy refused the message, not the mailbox.
            HostText(
                2,
                r"(?:^|: )\d{3}[ -]blocked$",
                R.BLOCKED,
                "550 Blocked",
                source="Barracuda (smtp.codes/550: 'Blocked', a policy rejection)",
            ),
        ),
        "qq": (
            # QQ Mail: "sending to this recipient is temporarily prohibited" because it
            # receives a large number of mails in a short time, not a missing mailbox.
            HostText(
                1,
                r"mailbox unavailable or access denied",
                R.RATELIMITED,
                "550 Mailbox unavailable or access denied",
                source=(
                    "QQ Mail's bounce codes (smtp.codes/qq; qiao.yimirj.com/article/detail/2261: "
                    "the recipient receives too much mail, sending to it is prohibited for now)"
                ),
            ),
        ),
        "netease": (
            # "550 User x@163.com is not found in Server" (the address blanked: "_@_").
            HostText(
                2,
                r"user \S+ is not found in server",
                R.USERUNKNOWN,
                "550 User jane.doe@163.com is not found in Server",
                source="NetEase's reply as Chinese help pages quote it (yfs8.com/view/962889)",
            ),
            # NetEase (163.com, 126.com, yeah.net) answers with its own code and a help page.
            HostText(
                1,
                r"\bdt:spm\b",
                R.SPAMDETECTED,
                "554 DT:SPM 163 mx14,QM9zQUCYoXlTJZA1ZmCZAA--.12345S2 1700000000, please see "
                "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.25",
                source="NetEase mail help, help_spam_16 ('DT:SPM': the content was judged spam)",
            ),
        ),
    }
)

# One alternation per table, a named group per provider: one scan finds the provider.
_NAME_RE = re.compile("|".join(f"(?P<{key}>{rx})" for key, rx in HOST_NAMES))
for _key, _rx in HOST_NAMES:  # what _name_match relies on
    if not all(alt.startswith(("\\.", "^")) for alt in split_alternatives(_rx)):
        raise ValueError(f"host name pattern of {_key} must start with '\\.' or '^': {_rx}")
# Each text signature runs only when one of its literal anchors occurs in the text.
# Literals for the signatures whose anchors the automatic analysis cannot find.
_TEXT_HINTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"comcast": ("comcast.net", "bl0", "rl0"), "godaddy": ("secureserver.net", "x.co/", "ib")}
)


def _gated(
    key: str, rx: str
) -> tuple[str, re.Pattern[str], frozenset[str], frozenset[Gram] | None]:
    """(provider, regex, anchors, their trigrams or None when one is shorter than three)."""
    needs = anchors(rx, _TEXT_HINTS.get(key, ()))
    if needs is None:
        raise ValueError(f"text signature of {key} needs a hint: {rx}")
    grams = frozenset(gram(a) for a in needs) if all(len(a) >= 3 for a in needs) else None
    return key, re.compile(rx), needs, grams


_TEXT_RES = tuple(_gated(key, rx) for key, rx in HOST_TEXT)


def _signature_index() -> tuple[int, Mapping[Gram, int]]:
    """Each text signature a bit (in ``HOST_TEXT`` order): those that run on every text (an
    anchor shorter than three), and those the first trigram of each anchor selects."""
    always = 0
    index: dict[Gram, int] = {}
    for bit, (_, _, _, needs_grams) in enumerate(_TEXT_RES):
        if needs_grams is None:
            always |= 1 << bit
        else:
            for needs_gram in needs_grams:
                index[needs_gram] = index.get(needs_gram, 0) | 1 << bit
    return always, MappingProxyType(index)


_TEXT_ALWAYS, _TEXT_BY_GRAM = _signature_index()
_TEXT_GRAMS = frozenset(_TEXT_BY_GRAM)
_TEXT_ALL = (1 << len(_TEXT_RES)) - 1


@functools.cache
def _rule_res(host: str) -> tuple[tuple[HostText, re.Pattern[str]], ...]:
    """A provider's phrase rules, compiled at their first use."""
    return tuple((rule, re.compile(rule.regex)) for rule in HOST_TEXT_RULES.get(host, ()))


def provider(
    remote_mta: str | None,
    reporting_mta: str | None,
    text: str,
    grams: AbstractSet[Gram] | None = None,
    recipient: str | None = None,
) -> str | None:
    """The provider whose conventions apply, or None.

    *text* is the folded diagnostic, *grams* its trigrams (``patterns.trigrams``) if known;
    the *recipient*'s domain decides last (:data:`RECIPIENT_DOMAINS`).
    """
    for name in (remote_mta, reporting_mta):
        if name:
            found = _provider_of_name(name)
            if found is not None:
                return found
    candidates = _TEXT_ALL
    if grams is not None:  # only the signatures with an anchor whose first trigram occurs
        candidates = _TEXT_ALWAYS
        for text_gram in _TEXT_GRAMS.intersection(grams):
            candidates |= _TEXT_BY_GRAM[text_gram]
    while candidates:
        low = candidates & -candidates
        candidates ^= low
        key, regex, needs, _ = _TEXT_RES[low.bit_length() - 1]
        if any(a in text for a in needs) and regex.search(text):
            return key
    if recipient and "@" in recipient:
        return RECIPIENT_DOMAINS.get(recipient.rpartition("@")[2].strip(" >").lower())
    return None


@functools.lru_cache(maxsize=4096)
def _provider_of_name(name: str) -> str | None:
    """The provider a remote or reporting MTA's name (its first word) belongs to; the same few
    names come again and again, so they are kept."""
    parts = name.split()
    host = parts[0].strip("[]").lower().rstrip(".") if parts else ""
    m = _name_match(host)
    return None if m is None else _provider_of(m)


def _name_match(host: str) -> re.Match[str] | None:
    """``_NAME_RE.search(host)``, tried only where a match can start: every alternative of
    ``HOST_NAMES`` begins with a dot or at the start of the name (``^``)."""
    at = 0
    while at >= 0:
        m = _NAME_RE.match(host, at)
        if m is not None:
            return m
        at = host.find(".", at + 1)
    return None


def _provider_of(m: re.Match[str]) -> str | None:
    """The name of the outermost group that matched (the provider key)."""
    for key, value in m.groupdict().items():
        if value is not None:
            return key
    return None


def status_rule(host: str, status: str | None) -> R | None:
    """The provider's own meaning of *status*, or None."""
    if status is None:
        return None
    reason = STATUS_RULES.get((host, status))
    if reason is None and host == "office365":
        reason = _office365_range(status)
    return reason


def text_rule(host: str, text: str) -> tuple[str, R, str] | None:
    """The provider's own phrase or code found in folded *text*: (rule id, reason, evidence)."""
    for rule, regex in _rule_res(host):
        m = regex.search(text)
        if m is not None:
            return f"host:{host}:{rule.number:02d}", rule.reason, m.group(0)
    found = provider_codes.lookup(host, text)
    if found is not None:
        return f"host:{host}:code", found[0], found[1]
    return None


def _office365_range(status: str) -> R | None:
    """Office 365's numbered ranges of X.4.NNN and X.7.NNN codes."""
    parts = status.split(".")
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    n = int(parts[2])
    if parts[1] == "4" and 300 <= n <= 399:
        return R.NETWORKERROR  # 5.4.3xx: expired after DNS or connection failures
    if parts[1] != "7":
        return None
    if 606 <= n <= 649:
        return R.BLOCKED  # banned sending IP
    if 650 <= n <= 699:
        return R.BADREPUTATION  # IP throttled for reputation
    if parts[0] == "4" and (500 <= n <= 605 or 850 <= n <= 899):
        return R.BLOCKED  # "Access denied, please try again later": suspicious activity
    return None
