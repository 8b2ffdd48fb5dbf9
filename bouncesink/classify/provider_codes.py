"""Providers' own numbered error codes, from their published postmaster pages.

Each table maps a code found in the diagnostic to a reason. Sources:

- GoDaddy: "Fix rejected email with a bounce error" (ca.godaddy.com/help/40685), codes IBnnn.
- Spectrum/Charter: "Understanding email error codes" (spectrum.net), codes AUP#I-nnnn /
  AUP#O-nnnn, read as ranges.
- Facebook: postmaster.facebook.com/response_codes, codes like RCP-P2.
- Cox: "Cox error codes" (cox.com postmaster), codes CXnnnn.
- NetEase (163.com, 126.com): its help's list of letter codes (HL:REP, DT:SPM...), as Chinese
  pages reproduce it (biecuoliao.com/pa/MBRrwEM.html).
- Orange / Wanadoo and La Poste: "Orange postmaster SMTP error codes" (postmastery.com,
  smtpfieldmanual.com), codes OFRnnn_NNN, LPNnnn_NNN, OUK_NNN read by their last three digits.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bouncesink.types import Reason as R

GODADDY: Mapping[str, R] = MappingProxyType(
    {
        "ib007": R.RATELIMITED,  # too many sessions from this IP
        "ib101": R.RATELIMITED,  # server temporarily unavailable, higher volume than normal
        "ib103": R.BADREPUTATION,  # poor reputation on Cloudmark Sender Intelligence
        "ib104": R.BLOCKED,  # listed on the Spamhaus SBL
        "ib105": R.BLOCKED,  # listed on the Spamhaus XBL
        "ib106": R.BLOCKED,  # listed on the Spamhaus PBL
        "ib108": R.REQUIREPTR,  # reverse DNS for this IP failed
        "ib110": R.BLOCKED,  # IP blocked for an hour: too much spam
        "ib111": R.BLOCKED,  # IP blocked for the day: too much spam
        "ib112": R.BLOCKED,  # IP blocked for an hour: too many invalid recipients
        "ib113": R.BLOCKED,  # IP blocked for the day: too many invalid recipients
        "ib212": R.SPAMDETECTED,  # content judged to be spam
        "ib401": R.SECURITYERROR,  # authentication not allowed on inbound servers
        "ib501": R.NOTCOMPLIANTRFC,  # blank From: address
        "ib502": R.NOTCOMPLIANTRFC,  # IP address as From: address
        "ib504": R.RATELIMITED,  # too many messages this hour
        "ib506": R.REJECTED,  # From: domain is invalid
        "ib508": R.AUTHFAILURE,  # SPF record does not authorize the sending server
        "ib510": R.RATELIMITED,  # too many messages in this session
        "ib605": R.RATELIMITED,  # too many recipients in this message
        "ib607": R.RATELIMITED,  # too many recipients this hour
        "ib705": R.VIRUSDETECTED,  # virus infected message
    }
)

# (first, last, reason) over the four digits of AUP#I-nnnn / AUP#O-nnnn.
SPECTRUM: tuple[tuple[int, int, R], ...] = (
    (1000, 1000, R.BLOCKED),  # IP blocked for suspicious activity
    (1010, 1080, R.REJECTED),  # sending account blocked or limited
    (1090, 1090, R.SYSTEMERROR),  # message cannot be processed now
    (1100, 1150, R.REQUIREPTR),  # sending IP's DNS / reverse DNS
    (1160, 1190, R.POLICYVIOLATION),  # against the domain's security policies
    (1200, 1250, R.BLOCKED),  # Cloudmark CSI / Spamhaus listings
    (1260, 1260, R.NETWORKERROR),  # IPv6 not accepted
    (1300, 1490, R.RATELIMITED),  # connection, message and recipient limits
    (1500, 1520, R.REJECTED),  # sending as another address or domain
    (1530, 1530, R.EMAILTOOLARGE),  # larger than 20 MB
    (1540, 1550, R.RATELIMITED),  # too many messages per session / recipients per message
    (1560, 1560, R.POLICYVIOLATION),  # too many invalid recipients
    (1580, 1580, R.RATELIMITED),  # too many recipients in a short time
)

FACEBOOK: Mapping[str, R] = MappingProxyType(
    {
        "rcp-p1": R.USERUNKNOWN,  # recipient address does not exist
        "rcp-p2": R.FILTERED,  # recipient's preferences prevent delivery
        "rcp-p3": R.FILTERED,  # recipient's privacy settings blocked the delivery
        "rcp-p4": R.SUSPEND,  # recipient address is deactivated
        "rcp-t1": R.SYSTEMERROR,  # recipient temporarily unavailable (internal issue)
        "rcp-t4": R.SUSPEND,  # recipient address currently deactivated
        "mbx-p1": R.MAILBOXFULL,
        "mbx-t1": R.MAILBOXFULL,
        "msg-p1": R.EMAILTOOLARGE,  # message too large
        "msg-p2": R.NOTCOMPLIANTRFC,  # invalid message format
        "pol-p1": R.BLOCKED,  # IP listed on the Spamhaus PBL
        "pol-p2": R.BLOCKED,  # mail from this IP no longer accepted
        "pol-p7": R.AUTHFAILURE,  # domain authentication requirements not met
        "pol-t1": R.BADREPUTATION,  # too much mail judged unwanted
        "dns-p1": R.REJECTED,  # MAIL FROM domain does not exist
        "dns-p2": R.REJECTED,  # MAIL FROM domain has no MX
        "dns-t1": R.REJECTED,  # MAIL FROM domain's DNS could not be read
        "blk-t1": R.RATELIMITED,
        "int-t1": R.SYSTEMERROR,
    }
)

COX: Mapping[str, R] = MappingProxyType(
    {
        "cxbl": R.BLOCKED,  # IP on Cox's block list
        "cxdyn": R.BLOCKED,  # dynamic IP range
        "cxdns": R.REQUIREPTR,  # no reverse DNS for the IP
        "cxthrot": R.RATELIMITED,  # throttled
        "cxmxrt": R.RATELIMITED,
        "cxsnd": R.REJECTED,  # sender refused
        "cxsmtp": R.SYSTEMERROR,
        "cxrcpt": R.USERUNKNOWN,  # unknown recipient
        "cdrbl": R.BLOCKED,  # sending IP on a real-time block list
    }
)

ORANGE: Mapping[str, R] = MappingProxyType(
    {
        "101": R.BLOCKED,  # blocked by our services (Spamhaus)
        "102": R.BLOCKED,  # source IP blocked for spam incidents
        "103": R.BLOCKED,  # service refused
        "104": R.RATELIMITED,  # too many connections, slow down
        "305": R.SECURITYERROR,  # invalid authentication code
        "401": R.AUTHFAILURE,  # SPF: not allowed to send mail
        "402": R.SECURITYERROR,  # authentication required
        "403": R.REJECTED,  # invalid sender
        "405": R.REJECTED,  # invalid sender
        "415": R.REJECTED,  # invalid sender
        "416": R.USERUNKNOWN,  # invalid recipient
        "417": R.MAILBOXFULL,  # recipient over quota
        "420": R.SUSPEND,  # archived recipient
        "421": R.REJECTED,  # mail from not owned by user
        "426": R.SUSPEND,  # the recipient account is blocked
        "505": R.SYSTEMERROR,  # service refused, try later (end of DATA)
        "506": R.SPAMDETECTED,  # mail rejected
        "510": R.BLOCKED,  # service refused
        "514": R.EMAILTOOLARGE,  # message size limit reached
        "517": R.AUTHFAILURE,  # DMARC verification failed
        "630": R.POLICYVIOLATION,  # client host rejected
        "999": R.BLOCKED,  # service refused
    }
)

# NetEase (163.com, 126.com): a letter code before its meaning, "421 HL:REP ...", "451
# DT:SPM ...", as NetEase's help lists them (reproduced at biecuoliao.com/pa/MBRrwEM.html).
NETEASE: Mapping[str, R] = MappingProxyType(
    {
        "hl:rep": R.BADREPUTATION,  # many recipients that do not exist: connection banned
        "hl:icc": R.RATELIMITED,  # too many concurrent connections
        "hl:ifc": R.RATELIMITED,  # too many messages in a short time
        "hl:mep": R.BLOCKED,  # many forged sender domains
        "mi:cel": R.SYNTAXERROR,  # too many bad commands
        "mi:ccl": R.SYNTAXERROR,  # more commands than normal
        "mi:dmc": R.RATELIMITED,  # too many messages on this connection
        "mi:sfq": R.RATELIMITED,  # sender over its 15-minute quota
        "rp:drc": R.RATELIMITED,  # too many recipients on this connection
        "rp:cel": R.SYNTAXERROR,  # too many bad commands
        "rp:ccl": R.SYNTAXERROR,  # more commands than normal
        "dt:rbl": R.BLOCKED,  # sending IP on a block list
        "dt:spm": R.SPAMDETECTED,  # spam characteristics
        "wm:bli": R.BLOCKED,  # IP not on NetEase's allowed list
        "wm:blu": R.BLOCKED,  # sender not on NetEase's allowed list
    }
)

_ORANGE_RE = re.compile(r"\b(?:ofr|lpn|lpnaaa|ouk)\d*_(\d{3})\b")
_IB_RE = re.compile(r"\b(ib\d{3})\b")
_AUP_RE = re.compile(r"\baup#(?:i|o)n?-?(\d{4})\b")
_FB_RE = re.compile(r"\b((?:rcp|mbx|msg|pol|dns|blk|int)-[pt]\d)\b")
_NETEASE_RE = re.compile(r"\b((?:hl|mi|rp|dt|wm):[a-z]{3})\b")
_CX_RE = re.compile(r"\b(cx(?:bl|dyn|dns|throt|mxrt|snd|smtp|rcpt)|cdrbl)\w*\b")


def lookup(host: str, text: str) -> tuple[R, str] | None:
    """The reason of a provider code found in folded *text*, with the code, or None."""
    if host == "godaddy":
        m = _IB_RE.search(text)
        if m is not None and m.group(1) in GODADDY:
            return GODADDY[m.group(1)], m.group(1)
    elif host == "spectrum":
        m = _AUP_RE.search(text)
        if m is not None:
            number = int(m.group(1))
            for first, last, reason in SPECTRUM:
                if first <= number <= last:
                    return reason, m.group(0)
    elif host == "facebook":
        m = _FB_RE.search(text)
        if m is not None and m.group(1) in FACEBOOK:
            return FACEBOOK[m.group(1)], m.group(1)
    elif host == "orange":
        m = _ORANGE_RE.search(text)
        if m is not None and m.group(1) in ORANGE:
            return ORANGE[m.group(1)], m.group(0)
    elif host == "netease":
        m = _NETEASE_RE.search(text)
        if m is not None and m.group(1) in NETEASE:
            return NETEASE[m.group(1)], m.group(1)
    elif host == "cox":
        m = _CX_RE.search(text)
        if m is not None:
            return COX[m.group(1)], m.group(0)
    return None
