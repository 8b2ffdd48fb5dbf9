"""Signed return-path tokens: ``b-<token>@bounces.example.org``.

The sender puts a token in each message's return path; the bounce comes back to it, and the
token says which recipient the bounce is about, when it was sent, and that we issued it. A
forged bounce cannot name a valid token, so it cannot suppress an address.

A token is lowercase base32 without padding (MTAs may fold the case of a local part) of::

    byte 0     version (high nibble, 1) and mode (low nibble)
    byte 1     key id (several keys are accepted, one signs)
    bytes 2-3  issue day, days since 2020-01-01 (big-endian)
    payload    mode ADDRESS: the recipient address, UTF-8 (at most 26 bytes)
               mode DIGEST:  the first 10 bytes of SHA-256 of the lowercased recipient
               mode OPAQUE:  the sender's own id (1-26 bytes)
    mac        first 8 bytes of HMAC-SHA256(key, "bouncesink-token-v1" || all bytes above)

so that ``b-`` and the token stay within the 64 octets of a local part (RFC 5321 4.5.3.1.1).
:func:`make_token` picks ADDRESS when the address fits, else DIGEST: a DIGEST token cannot name
the address by itself, but it tells which of the addresses a bounce claims is the one we sent to.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .errors import TokenError

PREFIX = "b-"
VERSION = 1
EPOCH = date(2020, 1, 1)
MAC_SIZE = 8
DIGEST_SIZE = 10
HEADER_SIZE = 4
MAX_LOCAL_PART = 64
MAX_PAYLOAD = (MAX_LOCAL_PART - len(PREFIX)) * 5 // 8 - HEADER_SIZE - MAC_SIZE  # 26 bytes
_DOMAIN_TAG = b"bouncesink-token-v1"


class TokenMode(enum.IntEnum):
    ADDRESS = 0
    DIGEST = 1
    OPAQUE = 2


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What a valid token says."""

    mode: TokenMode
    key_id: int
    issued: date
    payload: bytes

    @property
    def address(self) -> str | None:
        """The recipient, when the token carries it (mode ADDRESS)."""
        return self.payload.decode("utf-8") if self.mode is TokenMode.ADDRESS else None

    @property
    def opaque_id(self) -> bytes | None:
        return self.payload if self.mode is TokenMode.OPAQUE else None

    def matches(self, address: str) -> bool:
        """Whether `address` is the recipient this token was made for (case-insensitive)."""
        if self.mode is TokenMode.ADDRESS:
            return self.payload.decode("utf-8").lower() == address.strip().lower()
        if self.mode is TokenMode.DIGEST:
            return hmac.compare_digest(self.payload, address_digest(address))
        return False


def address_digest(address: str) -> bytes:
    return hashlib.sha256(address.strip().lower().encode("utf-8")).digest()[:DIGEST_SIZE]


def _mac(key: bytes, body: bytes) -> bytes:
    return hmac.new(key, _DOMAIN_TAG + body, hashlib.sha256).digest()[:MAC_SIZE]


def _b32encode(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def _b32decode(text: str) -> bytes:
    padded = text.upper() + "=" * (-len(text) % 8)
    try:
        return base64.b32decode(padded)
    except (ValueError, TypeError) as exc:
        raise TokenError("token is not base32") from exc


def make_token(
    key_id: int,
    key: bytes,
    issued: date,
    *,
    address: str | None = None,
    opaque_id: bytes | None = None,
) -> str:
    """The local part (``b-…``) for one recipient, or for the sender's own opaque id."""
    if (address is None) == (opaque_id is None):
        raise TokenError("give either an address or an opaque id")
    if not 0 <= key_id <= 255:
        raise TokenError(f"key id must be 0-255, got {key_id}")
    days = (issued - EPOCH).days
    if not 0 <= days <= 0xFFFF:
        raise TokenError(f"issue date {issued} is out of range")
    if opaque_id is not None:
        if not 1 <= len(opaque_id) <= MAX_PAYLOAD:
            raise TokenError(f"an opaque id must be 1-{MAX_PAYLOAD} bytes")
        mode, payload = TokenMode.OPAQUE, opaque_id
    else:
        assert address is not None
        if "@" not in address:
            raise TokenError(f"not an address: {address!r}")
        encoded = address.strip().encode("utf-8")
        if len(encoded) <= MAX_PAYLOAD:
            mode, payload = TokenMode.ADDRESS, encoded
        else:
            mode, payload = TokenMode.DIGEST, address_digest(address)
    body = bytes([VERSION << 4 | mode, key_id]) + days.to_bytes(2, "big") + payload
    return PREFIX + _b32encode(body + _mac(key, body))


def verify(local_part: str, keys: Mapping[int, bytes], today: date, max_age_days: int) -> TokenInfo:
    """Check a return-path local part; raises :class:`TokenError` saying what is wrong."""
    local = local_part.lower()
    if not local.startswith(PREFIX):
        raise TokenError("no token in the address")
    text = local[len(PREFIX) :]
    data = _b32decode(text)
    if _b32encode(data) != text:
        raise TokenError("token is not in canonical form")
    if len(data) < HEADER_SIZE + MAC_SIZE + 1:
        raise TokenError("token too short")
    version, mode_value = data[0] >> 4, data[0] & 0x0F
    if version != VERSION:
        raise TokenError(f"unknown token version {version}")
    try:
        mode = TokenMode(mode_value)
    except ValueError as exc:
        raise TokenError(f"unknown token mode {mode_value}") from exc
    key = keys.get(data[1])
    if key is None:
        raise TokenError(f"token signed with unknown key id {data[1]}")
    body, mac = data[:-MAC_SIZE], data[-MAC_SIZE:]
    if not hmac.compare_digest(mac, _mac(key, body)):
        raise TokenError("token signature does not match")
    issued = EPOCH + timedelta(days=int.from_bytes(body[2:4], "big"))
    age = (today - issued).days
    if age > max_age_days:
        raise TokenError(f"token expired ({age} days old, at most {max_age_days} accepted)")
    if age < -1:
        raise TokenError("token issued in the future")
    payload = body[HEADER_SIZE:]
    if mode is TokenMode.DIGEST and len(payload) != DIGEST_SIZE:
        raise TokenError("malformed digest token")
    if mode is TokenMode.ADDRESS:
        try:
            payload.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TokenError("malformed address token") from exc
    return TokenInfo(mode=mode, key_id=data[1], issued=issued, payload=payload)


def read_verified(local_part: str) -> TokenInfo:
    """What a token verified earlier (at RCPT) says, read again without keys or clock."""
    data = _b32decode(local_part.lower()[len(PREFIX) :])
    if len(data) < HEADER_SIZE + MAC_SIZE + 1:
        raise TokenError("token too short")
    issued = EPOCH + timedelta(days=int.from_bytes(data[2:4], "big"))
    try:
        mode = TokenMode(data[0] & 0x0F)
    except ValueError as exc:
        raise TokenError("unknown token mode") from exc
    return TokenInfo(mode=mode, key_id=data[1], issued=issued, payload=data[HEADER_SIZE:-MAC_SIZE])


@dataclass(frozen=True, slots=True)
class TokenPolicy:
    """How the SMTP server treats return-path tokens ([tokens] in the configuration)."""

    mode: str  # "off", "tag" or "enforce"
    keys: Mapping[int, bytes]
    max_age_days: int

    def check(self, local_part: str, today: date) -> TokenInfo | None:
        """The token's content if valid; raises TokenError if not (mode off: None)."""
        if self.mode == "off":
            return None
        return verify(local_part, self.keys, today, self.max_age_days)

    def trust(self, token: str | None) -> str:
        """How far a received message can be believed: unchecked, signed or unsigned."""
        if self.mode == "off":
            return "unchecked"
        return "signed" if token else "unsigned"


def parse_keys(entries: list[str]) -> dict[int, bytes]:
    """``["1:secret", "2:newer-secret"]`` → ``{1: b"secret", 2: b"newer-secret"}``."""
    keys: dict[int, bytes] = {}
    for entry in entries:
        key_id, sep, secret = entry.partition(":")
        if not sep or not key_id.isdigit() or not 0 <= int(key_id) <= 255 or len(secret) < 16:
            raise TokenError(
                "expected KEYID:SECRET with KEYID 0-255 and a secret of 16+ characters"
            )
        keys[int(key_id)] = secret.encode("utf-8")
    return keys


def today_utc(now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(UTC).date()
