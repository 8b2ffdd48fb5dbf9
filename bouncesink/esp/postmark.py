"""Postmark's bounce and spam complaint webhooks: ``POST /v1/intake/postmark``.

Postmark authenticates a webhook by HTTP Basic credentials written in the webhook's URL
(``https://USER:PASSWORD@host/v1/intake/postmark``); they are ``[intake.postmark]``'s
username and password, compared in constant time.

Bodies (https://postmarkapp.com/developer/webhooks/bounce-webhook,
https://postmarkapp.com/developer/webhooks/spam-complaint-webhook): ``RecordType`` Bounce with
``ID``, ``Type``, ``TypeCode``, ``Email``, ``Details`` (the remote server's words, which our
classifier reads), ``Description`` (Postmark's text for the type: a label, kept as a hint),
``BouncedAt``, ``MessageID``; ``RecordType`` SpamComplaint. Bounce types that are no failure
of the address (auto-responders, subscribe and unsubscribe requests, address changes,
challenge verifications, open relay tests, Postmark's own API and template errors) and other
record types (Delivery, Open, Click, SubscriptionChange) are acknowledged. ``Transient`` is a
delay (Postmark tries again).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from ..config import PostmarkIntakeConfig
from .common import (
    Batch,
    address,
    invalid,
    iso_time,
    json_document,
    obj,
    optional_text,
    unauthorized,
)
from .report import EspEvent, Failure

NAME = "postmark"
CHALLENGE = 'Basic realm="bouncesink postmark", charset="UTF-8"'
# Bounce types that say nothing about the address's failure
# (https://postmarkapp.com/developer/api/bounce-api#bounce-types).
NOT_FAILURES = frozenset(
    {
        "Unsubscribe",
        "Subscribe",
        "AutoResponder",
        "AddressChange",
        "OpenRelayTest",
        "ChallengeVerification",
        "Unconfirmed",
        "ManuallyDeactivated",
        "SMTPApiError",
        "InboundError",
        "TemplateRenderingFailed",
    }
)


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode()).digest()


class PostmarkIntake:
    name = NAME

    def __init__(self, config: PostmarkIntakeConfig) -> None:
        self._user = _digest(config.username)
        self._password = _digest(config.password)

    def _authenticate(self, header: str | None) -> None:
        scheme, _, encoded = (header or "").partition(" ")
        if scheme.lower() != "basic" or not encoded.strip():
            raise unauthorized("HTTP Basic credentials are required", CHALLENGE)
        try:
            user, sep, password = (
                base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
            )
        except (binascii.Error, ValueError, UnicodeDecodeError):
            user, sep, password = "", "", ""
        good_user = hmac.compare_digest(_digest(user), self._user)
        good_password = hmac.compare_digest(_digest(password), self._password)
        if not (sep and good_user and good_password):
            raise unauthorized("the credentials are not valid", CHALLENGE)

    async def receive(self, body: bytes, headers: Mapping[str, str], now: datetime) -> Batch:
        self._authenticate(headers.get("Authorization"))
        data = obj(json_document(body), "body")
        record = data.get("RecordType")
        if record not in ("Bounce", "SpamComplaint"):
            if not isinstance(record, str):
                raise invalid("RecordType: expected a string")
            return Batch(ignored=1, note=f"{record} records are not recorded")
        kind = optional_text(data, "Type", "body") or record
        if record == "Bounce" and kind in NOT_FAILURES:
            return Batch(ignored=1, note=f"{kind} bounces are not recorded")
        event_id = data.get("ID")
        if isinstance(event_id, bool) or not isinstance(event_id, int | str) or event_id == "":
            raise invalid("body.ID: expected the record's id")
        recipient = address(data.get("Email"), "body.Email")
        when = iso_time(data.get("BouncedAt"), "body.BouncedAt")
        message_id = optional_text(data, "MessageID", "body")
        label = "/".join(t for t in (kind, optional_text(data, "Description", "body")) if t)
        base = EspEvent(NAME, str(event_id), when, esp_type=label, original_message_id=message_id)
        if record == "SpamComplaint" or kind == "SpamComplaint":
            return Batch([replace(base, complained=(recipient,))])
        failure = Failure(recipient, diagnostic=_details(data), delayed=kind == "Transient")
        return Batch([replace(base, failures=(failure,))])


def _details(data: dict[str, Any]) -> str | None:
    """The remote server's words as Postmark keeps them ("smtp;550 5.1.1 ...")."""
    details = optional_text(data, "Details", "body")
    return details.strip() or None if details else None
