"""SendGrid's signed Event Webhook into a running daemon.

- signing: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features
  (ECDSA P-256 with SHA-256 over the timestamp followed by the raw body; base64 DER signature in
  X-Twilio-Email-Event-Webhook-Signature, the timestamp in
  X-Twilio-Email-Event-Webhook-Timestamp; the verification key shown as base64 DER);
- events: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (an array;
  bounce with type bounce/blocked, status, reason; dropped with reason; spamreport; delivered;
  sg_event_id, sg_message_id, smtp-id, timestamp in Unix seconds).
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from .support import Daemon, esp_daemon

KEY = ec.generate_private_key(ec.SECP256R1())
OTHER_KEY = ec.generate_private_key(ec.SECP256R1())


def shown(key: ec.EllipticCurvePrivateKey) -> str:
    """The verification key as SendGrid's settings page shows it."""
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode()


INTAKE = f'[intake.sendgrid]\npublic_key = "{shown(KEY)}"\n'


def headers(body: bytes, key: ec.EllipticCurvePrivateKey = KEY, age: int = 0) -> dict[str, str]:
    timestamp = str(int(time.time()) - age)
    signature = key.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    return {
        "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
        "X-Twilio-Email-Event-Webhook-Timestamp": timestamp,
    }


def event(kind: str, email: str, **fields: Any) -> dict[str, Any]:
    return {
        "email": email,
        "timestamp": int(time.time()) - 10,
        "smtp-id": f"<{secrets.token_hex(6)}@ismtpd-555>",
        "event": kind,
        "category": "newsletter",
        "sg_event_id": base64.b64encode(secrets.token_bytes(16)).decode(),
        "sg_message_id": f"{secrets.token_hex(8)}.filter0001.16648.5515E0B88.0",
        **fields,
    }


async def post(d: Daemon, body: bytes, signed: dict[str, str] | None = None) -> int:
    return (await d.post("sendgrid", body, signed)).status_code


async def test_sendgrid_batch_is_judged_by_our_classifier(tmp_path: Path) -> None:
    batch = [
        event("delivered", "fine@example.com", response="250 OK"),
        event("bounce", "gone@example.com", type="bounce", status="5.1.1",
              reason="550 5.1.1 The email account that you tried to reach does not exist."),
        # SendGrid calls it a bounce; the remote server names a block list.
        event("bounce", "listed@example.com", type="bounce", status="5.7.1",
              reason="550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using "
              "b.barracudacentral.org"),
        event("bounce", "filtered@example.com", type="blocked", status="4.7.1",
              reason="421 4.7.1 Temporarily deferred due to unexpected volume or user complaints"),
        event("spamreport", "angry@example.com"),
        event("dropped", "before@example.com", reason="Bounced Address", status="5.0.0"),
        event("dropped", "left@example.com", reason="Unsubscribed Address", status="5.0.0"),
        event("open", "fine@example.com", useragent="Mozilla/5.0"),
    ]  # fmt: skip
    body = json.dumps(batch).encode()
    async with esp_daemon(tmp_path, INTAKE) as d:
        answer = await d.post("sendgrid", body, headers(body))
        assert answer.status_code == 200
        assert answer.json()["recorded"] == 5 and answer.json()["ignored"] == 3
        assert await post(d, body, headers(body)) == 200  # delivered again: nothing new

        (hard,) = await d.wait_events("gone@example.com")
        assert (hard["kind"], hard["reason"]) == ("hard", "userunknown")
        assert (await d.state("gone@example.com") or {})["state"] == "suppressed"
        (block,) = await d.wait_events("listed@example.com")
        assert block["kind"] == "block"
        assert (await d.state("listed@example.com") or {}).get("state") != "suppressed"
        (blocked,) = await d.wait_events("filtered@example.com")
        assert blocked["kind"] not in ("hard", "complaint")
        assert (await d.state("filtered@example.com") or {}).get("state") != "suppressed"
        await d.wait_events("angry@example.com")
        angry = await d.state("angry@example.com")
        assert angry is not None
        assert (angry["state"], angry["suppression_reason"]) == ("suppressed", "complaint")
        (before,) = await d.wait_events("before@example.com")
        assert (before["kind"], before["reason"]) == ("hard", "suppressed")
        assert await d.state("left@example.com") is None
        assert await d.state("fine@example.com") is None
        assert len(await d.messages()) == 5


async def test_sendgrid_forgeries_record_nothing(tmp_path: Path) -> None:
    body = json.dumps(
        [event("bounce", "victim@example.com", type="bounce", status="5.1.1",
               reason="550 5.1.1 no such user")]
    ).encode()  # fmt: skip
    async with esp_daemon(tmp_path, INTAKE) as d:
        assert await post(d, body) == 401  # not signed
        assert await post(d, body, headers(body, OTHER_KEY)) == 401  # another account's key
        assert await post(d, body, headers(body, age=3600)) == 401  # an hour old
        signed = headers(b'[{"event": "bounce"}]')
        assert await post(d, body, signed) == 401  # the signature of another body
        future = headers(body)
        future["X-Twilio-Email-Event-Webhook-Timestamp"] = str(int(time.time()) + 5)
        assert await post(d, body, future) == 401  # the timestamp is signed too
        not_a_list = b'{"event": "bounce"}'
        assert await post(d, not_a_list, headers(not_a_list)) == 400
        assert await d.events("victim@example.com") == []
        assert await d.messages() == []
