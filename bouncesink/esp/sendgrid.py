"""SendGrid's Event Webhook, signed: ``POST /v1/intake/sendgrid``.

SendGrid signs each request with ECDSA (P-256, SHA-256) over the timestamp followed by the raw
body; the signature (base64 of DER) is in ``X-Twilio-Email-Event-Webhook-Signature``, the
timestamp in ``X-Twilio-Email-Event-Webhook-Timestamp``, and the verification key is the one
SendGrid shows (base64 of a DER SubjectPublicKeyInfo), ``[intake.sendgrid].public_key``
(https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features).
A timestamp older than ``max_age_seconds`` is refused.

The body is a JSON array of events
(https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event). Recorded:
``bounce`` (``type`` bounce or blocked, with ``status`` and ``reason``), ``spamreport``, and
``dropped`` with reason "Bounced Address" (SendGrid suppresses an address that bounced
before: the remote side's suppression, which our classifier reads as such). Other drops
(unsubscribed, spam-reporting, invalid SMTPAPI header) say nothing about the mailbox; they,
deliveries, deferrals, opens and clicks are acknowledged. ``sg_event_id`` is the event's id.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key

from ..config import SendgridIntakeConfig
from ..errors import ConfigError
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

NAME = "sendgrid"
SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
DROPS_RECORDED = ("bounced address",)


def public_key(value: str) -> ec.EllipticCurvePublicKey:
    """The verification key as SendGrid shows it; a ConfigError naming the key if not one."""
    try:
        key = load_der_public_key(base64.b64decode(value.strip(), validate=True))
    except (ValueError, binascii.Error) as exc:
        raise ConfigError(
            "[intake.sendgrid].public_key: expected the verification key SendGrid shows "
            f"(base64 of an ECDSA public key): {exc}"
        ) from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise ConfigError("[intake.sendgrid].public_key: expected an ECDSA P-256 public key")
    return key


class SendgridIntake:
    name = NAME

    def __init__(self, config: SendgridIntakeConfig) -> None:
        self._key = public_key(config.public_key)
        self._max_age = config.max_age_seconds

    async def receive(self, body: bytes, headers: Mapping[str, str], now: datetime) -> Batch:
        signature, timestamp = headers.get(SIGNATURE_HEADER), headers.get(TIMESTAMP_HEADER)
        if not signature or not timestamp:
            raise unauthorized(f"{SIGNATURE_HEADER} and {TIMESTAMP_HEADER} are required")
        try:
            der = base64.b64decode(signature.strip(), validate=True)
            self._key.verify(der, timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        except (binascii.Error, ValueError, InvalidSignature) as exc:
            raise unauthorized("the SendGrid signature does not match the public key") from exc
        fresh(unix_time(timestamp, TIMESTAMP_HEADER), now, self._max_age, "the timestamp")
        events = json_document(body)
        if not isinstance(events, list):
            raise invalid("the body must be a JSON array of events")
        batch = Batch()
        for index, entry in enumerate(events):
            event = _event(obj(entry, f"[{index}]"), f"[{index}]")
            if event is None:
                batch.ignored += 1
            else:
                batch.events.append(event)
        return batch


def _event(data: dict[str, Any], where: str) -> EspEvent | None:
    kind = text(data, "event", where)
    reason = optional_text(data, "reason", where)
    if kind == "dropped" and (reason or "").strip().lower() not in DROPS_RECORDED:
        return None
    if kind not in ("bounce", "dropped", "spamreport"):
        return None
    event_id = text(data, "sg_event_id", where)
    when = unix_time(data.get("timestamp"), f"{where}.timestamp")
    recipient = address(data.get("email"), f"{where}.email")
    message_id = optional_text(data, "smtp-id", where)
    base = EspEvent(NAME, event_id, when, esp_type=kind, original_message_id=message_id)
    if kind == "spamreport":
        return replace(base, complained=(recipient,))
    failure = Failure(
        recipient,
        status=optional_text(data, "status", where),
        diagnostic=reason if kind == "bounce" else f"X-SendGrid; dropped: {reason}",
    )
    bounce_type = data.get("type")
    label = f"{kind}/{bounce_type}" if isinstance(bounce_type, str) else kind
    return replace(base, failures=(failure,), esp_type=label)
