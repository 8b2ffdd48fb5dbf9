"""Mailgun webhooks into a running daemon: signed as Mailgun signs them, read by our parser.

Shapes from Mailgun's documentation:
- signature: https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks
  (``{"signature": {"timestamp", "token", "signature"}, "event-data": {...}}``, hex
  HMAC-SHA256 of timestamp + token with the HTTP webhook signing key);
- events: https://documentation.mailgun.com/docs/mailgun/user-manual/events/ (``failed`` with
  ``severity``, ``reason``, ``recipient``, ``delivery-status`` {code, message, description,
  enhanced-code, mx-host}; ``complained``; ``delivered``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from pathlib import Path
from typing import Any

from .support import Daemon, esp_daemon

KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"
INTAKE = f'[intake.mailgun]\nsigning_key = "{KEY}"\n'


def signed(event: dict[str, Any], *, key: str = KEY, age: float = 0.0, token: str = "") -> bytes:
    timestamp = str(int(time.time() - age))
    token = token or secrets.token_hex(25)  # "randomly generated string with length of 50"
    digest = hmac.new(key.encode(), (timestamp + token).encode(), hashlib.sha256).hexdigest()
    return json.dumps(
        {
            "signature": {"timestamp": timestamp, "token": token, "signature": digest},
            "event-data": event,
        }
    ).encode()


def failed(
    recipient: str, code: int, message: str, severity: str = "permanent", **extra: Any
) -> dict[str, Any]:
    return {
        "event": "failed",
        "id": secrets.token_urlsafe(16),
        "timestamp": time.time() - 5,
        "log-level": "error",
        "severity": severity,
        "reason": "bounce" if severity == "permanent" else "generic",
        "recipient": recipient,
        "recipient-domain": recipient.rpartition("@")[2],
        "message": {"headers": {"message-id": "20260503182626.18666.16540@mg.example.org"}},
        "delivery-status": {
            "attempt-no": 1,
            "code": code,
            "message": message,
            "description": "",
            "mx-host": "mx.example.com",
            "session-seconds": 0.4,
            **extra,
        },
    }


async def post(d: Daemon, body: bytes) -> int:
    return (await d.post("mailgun", body)).status_code


async def test_mailgun_events_are_judged_by_our_classifier(tmp_path: Path) -> None:
    async with esp_daemon(tmp_path, INTAKE) as d:
        hard = failed(
            "gone@example.com", 550, "5.1.1 The email account that you tried to reach does "
            "not exist.", **{"enhanced-code": "5.1.1"},
        )  # fmt: skip
        assert await post(d, signed(hard)) == 200
        # Mailgun says "permanent"; the remote server says the sender is on a block list.
        block = failed("listed@example.com", 550, "5.7.1 Service unavailable; client host "
                       "[192.0.2.1] blocked using zen.spamhaus.org")  # fmt: skip
        assert await post(d, signed(block)) == 200
        temporary = failed(
            "full@example.com", 452, "4.2.2 The email account that you tried to reach is "
            "over quota.", severity="temporary",
        )  # fmt: skip
        assert await post(d, signed(temporary)) == 200
        complaint = {
            "event": "complained",
            "id": secrets.token_urlsafe(16),
            "timestamp": time.time() - 5,
            "recipient": "angry@example.com",
            "message": {"headers": {"message-id": "20260503.1@mg.example.org"}},
        }
        assert await post(d, signed(complaint)) == 200
        delivered = {"event": "delivered", "id": "d1", "timestamp": time.time(),
                     "recipient": "fine@example.com"}  # fmt: skip
        answer = await d.post("mailgun", signed(delivered))
        assert answer.status_code == 200 and answer.json()["recorded"] == 0

        (event,) = await d.wait_events("gone@example.com")
        assert (event["kind"], event["reason"], event["status"]) == ("hard", "userunknown", "5.1.1")
        assert event["remote_mta"] == "mx.example.com"
        state = await d.state("gone@example.com")
        assert state is not None and state["state"] == "suppressed"

        (event,) = await d.wait_events("listed@example.com")
        assert event["kind"] == "block"
        state = await d.state("listed@example.com")
        assert state is None or state["state"] != "suppressed"

        (event,) = await d.wait_events("full@example.com")
        assert (event["kind"], event["action"]) == ("delayed", "delayed")

        (event,) = await d.wait_events("angry@example.com")
        assert event["kind"] == "complaint"
        state = await d.state("angry@example.com")
        assert state is not None
        assert (state["state"], state["suppression_reason"]) == ("suppressed", "complaint")
        assert await d.state("fine@example.com") is None


async def test_mailgun_forgeries_record_nothing_and_a_replay_changes_nothing(
    tmp_path: Path,
) -> None:
    async with esp_daemon(tmp_path, INTAKE) as d:
        event = failed("victim@example.com", 550, "5.1.1 no such user")
        assert await post(d, signed(event, key="key-not-the-one-configured-000")) == 401
        assert await post(d, signed(event, age=3600)) == 401  # a captured request, an hour on
        unsigned = json.dumps({"event-data": event}).encode()
        assert await post(d, unsigned) == 401
        tampered = json.loads(signed(event))
        tampered["signature"]["signature"] = "0" * 64
        assert await post(d, json.dumps(tampered).encode()) == 401

        token = secrets.token_hex(25)
        other = failed("mine@example.com", 550, "5.1.1 no such user")
        body = signed(other, token=token)
        assert await post(d, body) == 200
        assert await post(d, body) == 200  # the same request again (Mailgun's retry)
        # The signature covers timestamp and token only: another event under a used token is
        # refused.
        again = json.loads(body)
        again["event-data"] = event
        assert await post(d, json.dumps(again).encode()) == 401

        assert await post(d, b"not json") == 400
        shapeless = signed({"event": "failed", "id": "x", "timestamp": time.time()})
        assert (await d.post("mailgun", shapeless)).status_code == 400

        assert len(await d.wait_events("mine@example.com")) == 1
        assert len(await d.messages()) == 1
        assert await d.events("victim@example.com") == []
        assert await d.state("victim@example.com") is None
