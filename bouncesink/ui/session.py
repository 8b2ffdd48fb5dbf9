"""The page's sessions: who logged in with which token, signed into a cookie.

The cookie never holds the token. It holds the token's id (the first bytes of its SHA-256
digest), whether that token may write, when the session ends, and a random nonce, signed
with HMAC-SHA256. The signing key is derived from every configured token, so that every
bouncesink serving the same configuration accepts the same sessions (several instances
behind one name, a restart), and changing the tokens ends every session; a session is
also refused as soon as its token is no longer configured, or no longer with that scope.

Logging out deletes the cookie in the browser and refuses its value from then on in this
process (a copy of the cookie replayed after logout is refused; another instance behind the
same name refuses it only when the session ends).

The CSRF token of a form is an HMAC of the session's nonce: tied to the session, it
changes at each login and is worthless without the cookie.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime

SESSION_SECONDS = 12 * 3600
COOKIE = "bouncesink_session"
_KEY_LABEL = b"bouncesink ui session v1"


@dataclass(frozen=True, slots=True)
class Session:
    token_id: str  # hex of the token's SHA-256 digest (first 16 bytes)
    may_write: bool
    expires: int  # Unix time
    nonce: str

    @property
    def actor(self) -> str:
        """Who acts, as the API names a token's actions (``token:`` and 12 hex digits)."""
        return f"token:{self.token_id[:12]}"


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Sessions:
    """Issues and checks session cookies and CSRF tokens for the configured tokens."""

    def __init__(self, read: list[str], write: list[str]) -> None:
        scopes: dict[bytes, bool] = {_digest(t): False for t in read}
        scopes.update({_digest(t): True for t in write})  # write implies read
        self._scopes = {digest[:16].hex(): may_write for digest, may_write in scopes.items()}
        self._key = hmac.new(_KEY_LABEL, b"".join(sorted(scopes)), hashlib.sha256).digest()
        self._revoked: dict[str, int] = {}  # nonce → expiry, of the sessions logged out

    def login(self, token: str, now: datetime) -> Session | None:
        """A new session for `token`, or None if it is not a configured token."""
        presented = _digest(token.strip())[:16].hex()
        found = None
        for token_id, may_write in self._scopes.items():  # no early exit: same time for all
            if hmac.compare_digest(token_id, presented):
                found = Session(token_id, may_write, int(now.timestamp()) + SESSION_SECONDS, "")
        if found is None:
            return None
        return Session(found.token_id, found.may_write, found.expires, secrets.token_hex(16))

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def cookie(self, session: Session) -> str:
        fields = [session.token_id, int(session.may_write), session.expires, session.nonce]
        payload = json.dumps(fields, separators=(",", ":")).encode()
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def read(self, value: str | None, now: datetime) -> Session | None:
        """The session a cookie holds, or None: absent, forged, expired, or its token gone."""
        if not value or value.count(".") != 1:
            return None
        payload_text, _, signature_text = value.partition(".")
        try:
            payload, signature = _unb64(payload_text), _unb64(signature_text)
        except (binascii.Error, ValueError):
            return None
        if not hmac.compare_digest(signature, self._sign(payload)):
            return None
        token_id, may_write, expires, nonce = json.loads(payload)
        if expires <= now.timestamp() or token_id not in self._scopes or nonce in self._revoked:
            return None
        # a token moved from write to read since the login loses its write scope now
        return Session(token_id, bool(may_write) and self._scopes[token_id], expires, nonce)

    def revoke(self, session: Session, now: datetime) -> None:
        """Refuse this session's cookie from now on (logout), in this process; what ended
        by itself is forgotten."""
        self._revoked = {n: e for n, e in self._revoked.items() if e > now.timestamp()}
        self._revoked[session.nonce] = session.expires

    def csrf(self, session: Session) -> str:
        return hmac.new(self._key, b"csrf:" + session.nonce.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, session: Session, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(self.csrf(session), given)
