"""Enhanced status codes (RFC 3463, IANA registry of RFC 5248) → reason.

Two tiers:

- ``FIRM`` codes say precisely what happened (X.1.1 bad mailbox, X.2.2 mailbox full, X.7.13
  account disabled...). They beat text patterns.
- ``WEAK`` codes are generic or loosely used (X.0.0 — Exim's only code —, X.5.0, X.7.1, X.3.0,
  X.4.4...). Text patterns decide first; the code's meaning is only the fallback.

Keys are "class-free": ``"1.1"`` stands for 4.1.1 and 5.1.1 alike. The class itself (2, 4, 5)
decides the kind only through the reason (see :mod:`bouncesink.classify.mapping`). Reading a
code out of a text is :mod:`bouncesink.codes`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bouncesink.codes import detail
from bouncesink.types import Reason as R

# Subject.detail → reason, for codes that are precise enough to beat any text.
FIRM: Mapping[str, R] = MappingProxyType(
    {
        "1.1": R.USERUNKNOWN,  # Bad destination mailbox address
        "1.2": R.HOSTUNKNOWN,  # Bad destination system address
        "1.3": R.USERUNKNOWN,  # Bad destination mailbox address syntax
        "1.6": R.HASMOVED,  # Destination mailbox has moved, no forwarding address
        "1.7": R.REJECTED,  # Bad sender's mailbox address syntax
        "1.8": R.REJECTED,  # Bad sender's system address
        "1.10": R.NOTACCEPT,  # Recipient address has null MX (RFC 7505)
        "2.2": R.MAILBOXFULL,  # Mailbox full
        "2.3": R.EMAILTOOLARGE,  # Message length exceeds administrative limit
        "3.1": R.SYSTEMFULL,  # Mail system full
        "3.4": R.EMAILTOOLARGE,  # Message too big for system
        "5.3": R.RATELIMITED,  # Too many recipients
        "5.6": R.SECURITYERROR,  # Authentication exchange line is too long (RFC 4954)
        "6.1": R.CONTENTERROR,  # Media not supported
        "6.2": R.CONTENTERROR,  # Conversion required and prohibited
        "6.3": R.CONTENTERROR,  # Conversion required but not supported
        "6.4": R.CONTENTERROR,  # Conversion with loss performed
        "6.5": R.CONTENTERROR,  # Conversion failed
        "6.6": R.CONTENTERROR,  # Message content not available
        "6.7": R.CONTENTERROR,  # Non-ASCII addresses not permitted (RFC 6531)
        "6.8": R.CONTENTERROR,  # UTF-8 string reply required, not permitted by the client
        "6.9": R.CONTENTERROR,  # UTF-8 header cannot be transferred
        "6.10": R.CONTENTERROR,  # (duplicate of 6.8 in the registry)
        "7.3": R.SECURITYERROR,  # Security conversion required but not possible
        # Security features not supported (RFC 3463): a security feature the sending side asks
        # for is missing at the destination -- a TLS our policy requires and they do not offer
        # (Postfix's "TLS is required, but was not offered by host", DSN 4.7.4), as X.7.10.
        "7.4": R.FAILEDSTARTTLS,
        # Cryptographic failure: what Postfix's smtp client writes when the server's certificate
        # fails our TLS policy ("Server certificate not trusted/not verified", DSN 4.7.5,
        # postfix/src/smtp/smtp_proto.c): our TLS requirement, not a refusal of us.
        "7.5": R.FAILEDSTARTTLS,
        "7.6": R.SECURITYERROR,  # Cryptographic algorithm not supported
        "7.7": R.SECURITYERROR,  # Message integrity failure
        "7.10": R.FAILEDSTARTTLS,  # Encryption needed
        "7.13": R.SUSPEND,  # User account disabled
        "7.14": R.SECURITYERROR,  # Trust relationship required
        "7.15": R.SECURITYERROR,  # Priority level is too low
        "7.16": R.EMAILTOOLARGE,  # Message is too big for the specified priority
        "7.17": R.HASMOVED,  # Mailbox owner has changed (RFC 7293)
        "7.18": R.HASMOVED,  # Domain owner has changed (RFC 7293)
        "7.19": R.SECURITYERROR,  # RRVS test cannot be completed
        "7.20": R.AUTHFAILURE,  # No passing DKIM signature found (RFC 7372)
        "7.21": R.AUTHFAILURE,  # No acceptable DKIM signature found
        "7.22": R.AUTHFAILURE,  # No valid author-matched DKIM signature found
        "7.23": R.AUTHFAILURE,  # SPF validation failed
        "7.24": R.AUTHFAILURE,  # SPF validation error
        "7.25": R.REQUIREPTR,  # Reverse DNS validation failed
        "7.26": R.AUTHFAILURE,  # Multiple authentication checks failed
        "7.28": R.SPAMDETECTED,  # Mail flood detected (RFC 8689 registry)
        "7.29": R.AUTHFAILURE,  # ARC validation failure (RFC 8617)
        "7.30": R.FAILEDSTARTTLS,  # REQUIRETLS support required (RFC 8689)
    }
)

# Generic or loosely used codes: text decides first, this is the fallback meaning.
# ``None`` means the code alone says nothing usable (the record stays undefined).
WEAK: Mapping[str, R | None] = MappingProxyType(
    {
        "0.0": None,  # Other undefined status (Exim, qmail and many more say only this)
        "1.0": R.USERUNKNOWN,  # Other address status (a refusal at MAIL is decided before)
        # Destination mailbox address ambiguous: RFC 3463 says the address "matches one or more
        # recipients on the destination system" -- a directory fault there (Exchange's "5.1.4
        # RESOLVER.ADR.Ambiguous", two objects sharing a proxy address), not a dead address.
        "1.4": R.SYSTEMERROR,
        "1.5": None,  # Destination address valid (a success detail)
        "1.9": R.SYSTEMERROR,  # Message relayed to non-compliant mailer
        "2.0": R.FILTERED,  # Other or undefined mailbox status
        "2.1": R.SUSPEND,  # Mailbox disabled, not accepting messages
        "2.4": R.SYSTEMERROR,  # Mailing list expansion problem
        "3.0": R.SYSTEMERROR,  # Other or undefined mail system status
        "3.2": R.NOTACCEPT,  # System not accepting network messages
        "3.3": R.SYSTEMERROR,  # System not capable of selected features
        "3.5": R.SYSTEMERROR,  # System incorrectly configured
        "4.0": R.NETWORKERROR,  # Other or undefined network or routing status
        "4.1": R.EXPIRED,  # No answer from host (the queue gave up)
        "4.2": R.NETWORKERROR,  # Bad connection
        "4.3": R.SYSTEMERROR,  # Directory server failure
        "4.4": R.HOSTUNKNOWN,  # Unable to route (no MX, no A record)
        "4.5": R.RATELIMITED,  # Mail system congestion
        "4.6": R.NETWORKERROR,  # Routing loop detected
        # Delivery time expired: the queue gave up; RFC 3463 asks for the code of the actual
        # problem instead when there is one, so the text (often holding it) decides first.
        "4.7": R.EXPIRED,
        "5.0": None,  # Other or undefined protocol status
        "5.1": R.SYNTAXERROR,  # Invalid command
        "5.2": R.SYNTAXERROR,  # Syntax error
        "5.4": R.SYNTAXERROR,  # Invalid command arguments
        "5.5": R.SYNTAXERROR,  # Wrong protocol version
        "6.0": R.CONTENTERROR,  # Other or undefined media error
        "7.0": R.SECURITYERROR,  # Other or undefined security status
        "7.1": R.BLOCKED,  # Delivery not authorized, message refused
        "7.2": R.POLICYVIOLATION,  # Mailing list expansion prohibited
        # SMTP AUTH codes (RFC 4954) meant for submission; an MX that sends them means a policy
        # of its own ("5.7.9 Message not accepted for policy reasons"), said in the text.
        "7.8": R.SECURITYERROR,  # Authentication credentials invalid
        "7.9": R.SECURITYERROR,  # Authentication mechanism is too weak
        "7.11": R.SECURITYERROR,  # Encryption required for requested authentication mechanism
        "7.12": R.SECURITYERROR,  # A password transition is needed
        # Sender address has null MX (RFC 7505): our sender, as Postfix says it ("Sender
        # address rejected: Domain ... does not accept mail (nullMX)"); but Sendmail writes it
        # for a recipient domain's null MX ("550 Host does not accept mail"), so the text
        # decides and the sender reading is only the fallback.
        "7.27": R.REJECTED,
    }
)

# A class digit alone (a code not in either table) still tells permanent from transient;
# it decides no reason: an unknown failure stays undefined.


def is_generic(status: str | None) -> bool:
    """True when *status* is absent or carries no precise meaning of its own."""
    return status is None or detail(status) not in FIRM


def firm_reason(status: str | None) -> R | None:
    """Reason of a precise status code, else None."""
    if status is None or status.startswith("2"):
        return None
    return FIRM.get(detail(status))


def weak_reason(status: str | None) -> R | None:
    """Fallback reason of a generic status code, else None."""
    if status is None or status.startswith("2"):
        return None
    return WEAK.get(detail(status))
