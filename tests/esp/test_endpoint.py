"""The webhook routes themselves: an event becomes a standard report with bytes of its own, a
store that cannot take it answers 503 (the ESP retries), limits and configuration errors."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import time
import tomllib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from bouncesink import classify, parse
from bouncesink.api import build_app, start_api
from bouncesink.config import ApiConfig, from_dict
from bouncesink.errors import ConfigError, StoreError
from bouncesink.esp import routes
from bouncesink.esp.report import EspEvent, Failure, message
from bouncesink.metrics import Metrics
from bouncesink.pipeline import Incoming
from bouncesink.recording import Recorder
from bouncesink.store import Store
from bouncesink.types import Kind

WHEN = datetime(2026, 11, 27, 14, 59, 38, tzinfo=UTC)
KEY = "key-endpoint-tests-0123456789"


def verdicts(raw: bytes) -> list[tuple[str | None, Kind]]:
    report = parse.parse(raw)
    return [(r.recipient, classify.classify(r, report).kind) for r in report.records]


def test_the_same_event_gives_the_same_bytes_and_another_event_other_bytes() -> None:
    event = EspEvent("ses", "feedback-1", WHEN, failures=(Failure("a@example.com", "5.1.1"),))
    assert message(event) == message(EspEvent(**{f: getattr(event, f) for f in event.__slots__}))
    assert message(event) != message(EspEvent("ses", "feedback-2", WHEN, event.failures))
    assert b"X-Bouncesink-Source: ses\r\n" in message(event)
    assert b"X-Bouncesink-Event-Id: feedback-1\r\n" in message(event)


def test_the_verdict_is_ours_not_the_esp_label() -> None:
    """SES says Permanent/General; the remote server blames a block list: a block."""
    event = EspEvent(
        "ses", "f", WHEN, esp_type="Permanent/General",
        failures=(Failure("a@example.com", "5.7.1", "smtp; 550 5.7.1 blocked by spamhaus"),),
    )  # fmt: skip
    assert verdicts(message(event)) == [("a@example.com", Kind.BLOCK)]
    assert b"X-Bouncesink-Esp-Type: Permanent/General" in message(event)


def test_an_esp_value_cannot_add_a_recipient_or_a_header() -> None:
    forged = "550 5.1.1 no\r\n\r\nFinal-Recipient: rfc822; other@example.com\r\nAction: failed"
    event = EspEvent(
        "mailgun", "id\r\nX-Injected: yes", WHEN,
        failures=(Failure("a@example.com", None, forged),),
        original_message_id="<m@x>\r\nX-Injected: yes",
    )  # fmt: skip
    raw = message(event)
    assert [r for r, _ in verdicts(raw)] == ["a@example.com"]
    assert b"\r\nX-Injected" not in raw and b"\nFinal-Recipient: rfc822; other" not in raw


def test_a_complaint_is_an_arf_report_per_recipient() -> None:
    event = EspEvent("ses", "c", WHEN, complained=("a@example.com", "b@example.com"))
    assert verdicts(message(event)) == [
        ("a@example.com", Kind.COMPLAINT),
        ("b@example.com", Kind.COMPLAINT),
    ]


def mailgun_body(recipient: str) -> bytes:
    timestamp, token = str(int(time.time())), "t" * 50
    signature = hmac.new(KEY.encode(), (timestamp + token).encode(), hashlib.sha256).hexdigest()
    event = {
        "event": "failed", "id": "e1", "timestamp": time.time(), "severity": "permanent",
        "recipient": recipient, "delivery-status": {"code": 550, "message": "5.1.1 unknown"},
    }  # fmt: skip
    signed = {"timestamp": timestamp, "token": token, "signature": signature}
    return json.dumps({"signature": signed, "event-data": event}).encode()


@contextlib.asynccontextmanager
async def served(tmp_path: Path, submit: object, intake: str) -> AsyncIterator[httpx.AsyncClient]:
    config = from_dict({"intake": json.loads(intake)})
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}")
    await store.upgrade()
    app = build_app(
        Recorder(store), ApiConfig(), Metrics(process=False),
        intake=routes(config.intake, submit),  # type: ignore[arg-type]
    )  # fmt: skip
    runner, port = await start_api(app, "127.0.0.1", 0)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            yield client
    finally:
        await runner.cleanup()
        await store.close()


async def test_a_store_that_cannot_take_the_event_is_a_503_and_the_retry_is_welcome(
    tmp_path: Path,
) -> None:
    stored: list[Incoming] = []
    outage = [True]

    async def submit(item: Incoming) -> int:
        if outage[0]:
            raise StoreError("cannot store received messages: disk I/O error")
        stored.append(item)
        return len(stored)

    intake = json.dumps({"mailgun": {"signing_key": KEY}})
    async with served(tmp_path, submit, intake) as client:
        body = mailgun_body("a@example.com")
        answer = await client.post("/v1/intake/mailgun", content=body)
        assert answer.status_code == 503
        assert answer.headers["Content-Type"].startswith("application/problem+json")
        assert answer.headers["Retry-After"]
        assert stored == []
        outage[0] = False
        answer = await client.post("/v1/intake/mailgun", content=body)  # Mailgun's retry
        assert answer.status_code == 200 and answer.json()["recorded"] == 1
        (item,) = stored
        assert (item.trust, item.peer, item.mail_from) == ("authenticated", "esp:mailgun", "")


async def test_limits_and_routes_that_are_not_configured(tmp_path: Path) -> None:
    async def submit(item: Incoming) -> int:
        return 1

    intake = json.dumps({"max_body_bytes": 1000, "mailgun": {"signing_key": KEY}})
    async with served(tmp_path, submit, intake) as client:
        big = await client.post("/v1/intake/mailgun", content=b"[" + b" " * 2000 + b"]")
        assert big.status_code == 413
        assert (await client.post("/v1/intake/ses", content=b"{}")).status_code == 404
        assert (await client.get("/v1/intake/mailgun")).status_code == 405


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ({"intake": {"ses": {}}}, "[intake.ses].topic_arns: required"),
        ({"intake": {"ses": {"topic_arns": ["bounces"]}}}, "[intake.ses].topic_arns: expected"),
        ({"intake": {"mailgun": {"signing_key": "k"}}}, "[intake.mailgun].signing_key: expected"),
        ({"intake": {"postmark": {"username": "u"}}}, "[intake.postmark].password: required"),
        ({"intake": {"sendgrid": {"public_key": "x"}}, "api": {"listen": ""}}, "set [api].listen"),
        ({"intake": {"sendgrid": {"key": "x"}}}, "[intake.sendgrid].key: unknown key"),
    ],
)
def test_configuration_errors_name_the_key(toml: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        from_dict(toml)
    assert message in str(caught.value)


def test_a_sendgrid_key_that_is_not_one_stops_start_up() -> None:
    config = from_dict({"intake": {"sendgrid": {"public_key": "bm90IGEga2V5"}}})

    async def submit(item: Incoming) -> int:
        return 1

    with pytest.raises(ConfigError, match=r"\[intake.sendgrid\].public_key"):
        routes(config.intake, submit)


REPO = Path(__file__).resolve().parents[2]


def test_the_documented_configurations_load() -> None:
    """README's example and config.example.toml's commented keys, uncommented."""
    readme = (REPO / "README.md").read_text()
    block = readme.split("## ESP webhooks", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    documented = from_dict(tomllib.loads(block)).intake
    assert documented.ses is not None and documented.ses.topic_arns
    assert documented.mailgun and documented.sendgrid and documented.postmark
    example = (REPO / "config.example.toml").read_text().split("# --- ESP webhooks", 1)[1]
    lines = [line.removeprefix("# ") for line in example.split("\n# [intake]\n", 1)[1].splitlines()]
    lines.insert(0, "[intake]")
    uncommented = from_dict(tomllib.loads("\n".join(lines))).intake
    assert uncommented == documented
