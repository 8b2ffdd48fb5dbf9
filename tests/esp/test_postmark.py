"""Postmark's bounce and spam complaint webhooks into a running daemon.

- bodies: https://postmarkapp.com/developer/webhooks/bounce-webhook and
  https://postmarkapp.com/developer/webhooks/spam-complaint-webhook (RecordType, ID, Type,
  TypeCode, Name, Tag, MessageID, ServerID, MessageStream, Description, Details, Email, From,
  BouncedAt, Inactive, CanActivate, Subject);
- bounce types: https://postmarkapp.com/developer/api/bounce-api#bounce-types;
- authentication: HTTP Basic credentials in the webhook URL
  (https://postmarkapp.com/developer/webhooks/webhooks-overview, "Protecting your webhook").
"""

from __future__ import annotations

import base64
import itertools
import json
from pathlib import Path
from typing import Any

from .support import Daemon, esp_daemon

INTAKE = '[intake.postmark]\nusername = "postmark"\npassword = "hook-password-0123"\n'
IDS = itertools.count(4323372036854775807, -1)


def basic(user: str = "postmark", password: str = "hook-password-0123") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def record(kind: str, email: str, details: str, **fields: Any) -> dict[str, Any]:
    return {
        "RecordType": "Bounce",
        "MessageStream": "outbound",
        "ID": next(IDS),
        "Type": kind,
        "TypeCode": {"HardBounce": 1, "Transient": 2, "AutoResponder": 64, "Blocked": 100006}[kind],
        "Name": kind,
        "Tag": "Test",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "ServerID": 23,
        "Description": "The server was unable to deliver your message (ex: unknown user, "
        "mailbox not found).",
        "Details": details,
        "Email": email,
        "From": "sender@example.org",
        "BouncedAt": "2026-11-05T16:33:54.9070259Z",
        "DumpAvailable": True,
        "Inactive": kind == "HardBounce",
        "CanActivate": True,
        "Subject": "Test subject",
        **fields,
    }


async def post(d: Daemon, body: dict[str, Any], auth: dict[str, str] | None = None) -> int:
    return (await d.post("postmark", json.dumps(body).encode(), auth)).status_code


async def test_postmark_records_are_judged_by_our_classifier(tmp_path: Path) -> None:
    async with esp_daemon(tmp_path, INTAKE) as d:
        hard = record("HardBounce", "gone@example.com", "smtp;550 5.1.1 The email account that "
                      "you tried to reach does not exist. Please try double-checking the "
                      "recipient's email address for typos")  # fmt: skip
        assert await post(d, hard, basic()) == 200
        assert await post(d, hard, basic()) == 200  # Postmark retrying: nothing new
        # Postmark's own example: labelled HardBounce, but its details say nothing we can
        # read. The label alone suppresses nobody: kept as unknown, for review.
        example = record("HardBounce", "john@example.com", "Test bounce details")
        assert await post(d, example, basic()) == 200
        block = record("Blocked", "listed@example.com", "smtp;554 5.7.1 Service unavailable; "
                       "Client host [192.0.2.9] blocked using zen.spamhaus.org")  # fmt: skip
        assert await post(d, block, basic()) == 200
        away = record("AutoResponder", "away@example.com", "I am on holiday")
        assert await post(d, away, basic()) == 200
        complaint = {
            "RecordType": "SpamComplaint",
            "MessageStream": "outbound",
            "ID": next(IDS),
            "Type": "SpamComplaint",
            "TypeCode": 512,
            "Name": "Spam complaint",
            "Tag": "Test",
            "MessageID": "00000000-0000-0000-0000-000000000000",
            "ServerID": 1234,
            "Description": "The subscriber explicitly marked this email as spam.",
            "Details": "Test spam complaint details",
            "Email": "angry@example.com",
            "From": "sender@example.org",
            "BouncedAt": "2026-11-05T16:33:54.9070259Z",
            "Subject": "Test subject",
        }
        assert await post(d, complaint, basic()) == 200
        delivery = {"RecordType": "Delivery", "Recipient": "fine@example.com",
                    "MessageID": "1", "DeliveredAt": "2026-11-05T16:33:54Z"}  # fmt: skip
        assert await post(d, delivery, basic()) == 200

        (event,) = await d.wait_events("gone@example.com")
        assert (event["kind"], event["reason"], event["status"]) == ("hard", "userunknown", "5.1.1")
        assert (await d.state("gone@example.com") or {})["state"] == "suppressed"
        (event,) = await d.wait_events("john@example.com")
        assert event["kind"] == "unknown"
        assert (await d.state("john@example.com") or {}).get("state") != "suppressed"
        (event,) = await d.wait_events("listed@example.com")
        assert event["kind"] == "block"
        assert (await d.state("listed@example.com") or {}).get("state") != "suppressed"
        await d.wait_events("angry@example.com")
        angry = await d.state("angry@example.com")
        assert angry is not None
        assert (angry["state"], angry["suppression_reason"]) == ("suppressed", "complaint")
        assert await d.state("away@example.com") is None
        assert len(await d.messages()) == 4


async def test_postmark_without_the_credentials_records_nothing(tmp_path: Path) -> None:
    hard = record("HardBounce", "victim@example.com", "smtp;550 5.1.1 no such user")
    async with esp_daemon(tmp_path, INTAKE) as d:
        assert await post(d, hard) == 401
        assert await post(d, hard, basic(password="hook-password-0124")) == 401
        assert await post(d, hard, basic(user="admin")) == 401
        assert await post(d, hard, {"Authorization": "Basic !!!"}) == 401
        assert await post(d, hard, {"Authorization": "Bearer hook-password-0123"}) == 401
        answer = await d.post("postmark", json.dumps(hard).encode())
        assert answer.headers["WWW-Authenticate"].startswith("Basic ")
        assert answer.headers["Content-Type"].startswith("application/problem+json")
        assert await post(d, {"RecordType": "Bounce", "Type": "HardBounce"}, basic()) == 400
        assert await d.events("victim@example.com") == []
        assert await d.messages() == []
