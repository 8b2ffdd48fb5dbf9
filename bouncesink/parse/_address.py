"""Addresses as bounces write them: found in a text, cleaned to local@domain, and the
bounce's own senders told apart."""

from __future__ import annotations

import re

from bouncesink.parse._decode import decode_header_value

# An address as bounces write it: local@domain, with the usual local-part characters.
# Quantifiers are bounded (RFC 5321: 64 octets of local part, 255 of domain) so that a long
# run of word characters costs a linear scan, not a quadratic one.
# Non-ASCII letters an address may hold (RFC 6531): the scripts' blocks, without the
# punctuation, symbols and full-width forms that stand between a label and the address in
# localized reports (a Japanese label and a full-width colon, guillemets, box drawing).
_U = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2dff\u2e80-\u2fff"
    "\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufefe\uff66-\uffdc\U00010000-\U0010ffff"
)
# The same sets written as their complements: re compiles a class by visiting each code point of
# its ranges, and _U's span more than 50,000 (12 ms at each start of the program, four classes);
# their complements' fewer than 13,000. Outside ASCII, every class holds _U exactly:
_NOT_U = (
    "\x80-\xbf\xd7\xf7\u2000-\u2bff\u2e00-\u2e7f\u3000-\u303f\ud800-\uf8ff\ufe00-\ufe6f"
    "\ufeff-\uff65\uffdd-\uffff"
)
_NOT_ASCII_LOCAL = '\\x00-\\x20"(),:;<>@\\[\\\\\\]\\x7f'  # what no local part holds
# [A-Za-z0-9!#$%&'*+/=?^_`{|}~\-{_U}]: a character that may end a local part (not the dot)
LOCAL_BEFORE = f"[^{_NOT_ASCII_LOCAL}.{_NOT_U}]"
# [A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-{_U}]: a character of a local part
LOCAL_CHAR = f"[^{_NOT_ASCII_LOCAL}{_NOT_U}]"
# [A-Za-z0-9{_U}]: the first character of a domain
DOMAIN_FIRST = f"[^\\x00-/:-@\\[-`{{-\\x7f{_NOT_U}]"
# [A-Za-z0-9\-.{_U}]: a character of a domain
DOMAIN_CHAR = f"[^\\x00-,/:-@\\[-`{{-\\x7f{_NOT_U}]"
ADDR_RE = re.compile(
    rf"(?<!{LOCAL_BEFORE}){LOCAL_CHAR}{{1,64}}@"
    rf"(?:\[[0-9.:A-Fa-f]{{1,45}}\]|{DOMAIN_FIRST}{DOMAIN_CHAR}{{0,253}})"
)
QUOTED_ADDR_RE = re.compile(r'("[^"\s@]{1,64}")@([A-Za-z0-9][A-Za-z0-9\-.]*[A-Za-z0-9])')
WHOLLY_ENCODED_RE = re.compile(r"^\s*(?:=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=\s*)+$")
# Local parts that are never a failed recipient (the bounce's own senders).
SYSTEM_LOCALPARTS = frozenset(
    {"mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "mailerdaemon", "root"}
)


def clean_address(text: str | None) -> str | None:
    """'rfc822; <Local@Example.COM>' -> 'Local@example.com'; None when no address is there."""
    if not text:
        return None
    value = text.strip()
    if "=?" in value and WHOLLY_ENCODED_RE.match(value):
        # A header wholly in RFC 2047 words (X-Failed-Recipients). An encoded word inside an
        # address is not RFC 2047 but what the sender literally used: it is kept as it is.
        value = decode_header_value(value)
    if ";" in value:
        kind, _, rest = value.partition(";")
        if "@" not in kind or kind.lower().strip() in ("rfc822", "utf-8", "x-unknown"):
            value = rest.strip()
    quoted = QUOTED_ADDR_RE.search(value) if '"' in value else None  # the pattern has a quote
    if quoted:
        local, domain = quoted.group(1), quoted.group(2)
        return f"{local}@{domain.lower().rstrip('.')}"
    value = value.strip().strip("<>\"' \t,;:.()[]")
    if value[:7].lower().startswith("mailto:"):  # (a lowercased character is never empty)
        value = value[7:]
    if "@" not in value:
        return None  # ADDR_RE has one
    m = ADDR_RE.search(value)
    if not m:
        return None
    addr = m.group(0).strip(".-'")
    local, _, domain = addr.rpartition("@")
    if not local or not domain or ("." not in domain and not domain.startswith("[")):
        return None
    return f"{local}@{domain.lower().rstrip('.')}"


def is_system_address(addr: str) -> bool:
    local = addr.rpartition("@")[0].lower()
    return local in SYSTEM_LOCALPARTS
