"""Mailgun webhooks: ``POST /v1/intake/mailgun``.

The body is ``{"signature": {"timestamp", "token", "signature"}, "event-data": {...}}``; the
signature is the hex HMAC-SHA256 of timestamp + token under the account's HTTP webhook signing
key (https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks).
It covers the timestamp and the token, not the event: so a timestamp older than
``max_age_seconds`` is refused, and a token is good for one body only (the same body again is
a replay that records nothing; another body under a token already seen is refused).

Events recorded: ``failed`` (``severity`` permanent: a failure; temporary: Mailgun tries again,
a delay) with its ``delivery-status`` (``code``, ``message``, ``description``,
``enhanced-code``, ``mx-host``), and ``complained``. Every other event is acknowledged.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from ..config import MailgunIntakeConfig
from .common import (
    Batch,
    address,
    fresh,
    invalid,
    json_document,
    obj,
    optional_text,
    text,
    unauthorized,
    unix_time,
)
from .report import EspEvent, Failure

NAME = "mailgun"
MAX_TOKENS = 100_000  # tokens remembered (those of the last max_age_seconds, at most this many)


def signature(signing_key: str, timestamp: str, token: str) -> str:
    """Mailgun's signature of a webhook request."""
    message = (timestamp + token).encode()
    return hmac.new(signing_key.encode(), message, hashlib.sha256).hexdigest()


class MailgunIntake:
    """Checks Mailgun's signature, the age of its timestamp and the uniqueness of its token."""

    name = NAME

    def __init__(self, config: MailgunIntakeConfig) -> None:
        self._key = config.signing_key
        self._max_age = config.max_age_seconds
        # token -> (digest of the body it came with, when it may be forgotten)
        self._tokens: OrderedDict[str, tuple[str, datetime]] = OrderedDict()

    async def receive(self, body: bytes, headers: Mapping[str, str], now: datetime) -> Batch:
        document = obj(json_document(body), "body")
        signed = document.get("signature")
        if not isinstance(signed, dict):
            raise unauthorized("the body carries no Mailgun signature")
        values = [signed.get(k) for k in ("timestamp", "token", "signature")]
        if not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
            raise unauthorized("signature: expected timestamp, token and signature")
        timestamp, token, given = (str(v) for v in values)
        expected = signature(self._key, timestamp, token)
        if not hmac.compare_digest(expected.encode(), given.lower().encode()):
            raise unauthorized("the Mailgun signature does not match the signing key")
        fresh(unix_time(timestamp, "signature.timestamp"), now, self._max_age, "the timestamp")
        digest = hashlib.sha256(body).hexdigest()
        self._claim(token, digest, now)
        try:
            batch = self._read(obj(document.get("event-data"), "event-data"))
        except Exception:
            self._release(token, digest)
            raise
        batch.failed = lambda: self._release(token, digest)
        return batch

    def _claim(self, token: str, digest: str, now: datetime) -> None:
        while self._tokens:  # forget tokens whose timestamps are refused anyway by now
            oldest, (_, until) = next(iter(self._tokens.items()))
            if until > now and len(self._tokens) < MAX_TOKENS:
                break
            del self._tokens[oldest]
        seen = self._tokens.get(token)
        if seen is not None and seen[0] != digest:
            raise unauthorized("this signature's token was already used for another request")
        self._tokens[token] = (digest, now + timedelta(seconds=2 * self._max_age))

    def _release(self, token: str, digest: str) -> None:
        """The request was not stored: Mailgun's retry, with the same token, is welcome."""
        if self._tokens.get(token, ("", None))[0] == digest:
            del self._tokens[token]

    def _read(self, data: dict[str, Any]) -> Batch:
        kind = text(data, "event", "event-data")
        if kind not in ("failed", "complained"):
            return Batch(ignored=1, note=f"{kind} events are not recorded")
        event_id = text(data, "id", "event-data")
        when = unix_time(data.get("timestamp"), "event-data.timestamp")
        recipient = address(data.get("recipient"), "event-data.recipient")
        message = data.get("message")
        headers = message.get("headers") if isinstance(message, dict) else None
        message_id = (
            optional_text(headers, "message-id", "event-data.message.headers")
            if isinstance(headers, dict)
            else None
        )
        base = EspEvent(NAME, event_id, when, esp_type=kind, original_message_id=message_id)
        if kind == "complained":
            return Batch([replace(base, complained=(recipient,))])
        severity = text(data, "severity", "event-data")
        if severity not in ("permanent", "temporary"):
            raise invalid(f"event-data.severity: expected permanent or temporary, got {severity!r}")
        where = "event-data.delivery-status"
        status = obj(data.get("delivery-status"), where)
        failure = Failure(
            recipient,
            status=optional_text(status, "enhanced-code", where),
            diagnostic=_diagnostic(status),
            delayed=severity == "temporary",
            remote_mta=optional_text(status, "mx-host", where),
        )
        reason = optional_text(data, "reason", "event-data")
        label = f"failed/{severity}" + (f"/{reason}" if reason else "")
        return Batch([replace(base, failures=(failure,), esp_type=label)])


def _diagnostic(status: dict[str, Any]) -> str | None:
    """The remote server's reply: its code and words; Mailgun's own reason for a failure of
    its own (code 605 "Not delivering to previously bounced address", 498...)."""
    where = "event-data.delivery-status"
    code = status.get("code")
    words = " ".join(
        w
        for w in (
            optional_text(status, "message", where),
            optional_text(status, "description", where),
        )
        if w
    )
    if isinstance(code, int) and not isinstance(code, bool) and 400 <= code < 600:
        return f"smtp; {code} {words}".strip()
    if not words:
        return None
    return f"X-Mailgun; {code} {words}" if code is not None else f"X-Mailgun; {words}"
