"""ARF feedback types: only a recipient's complaint suppresses (RFC 5965, RFC 6591)."""

from __future__ import annotations

import pytest

from bouncesink.classify import classify
from bouncesink.types import Action, Kind, MessageType, RecipientRecord, Report


@pytest.mark.parametrize(
    ("feedback_type", "kind", "rule"),
    [
        ("abuse", Kind.COMPLAINT, "arf:feedback"),
        ("fraud", Kind.COMPLAINT, "arf:feedback"),
        ("virus", Kind.COMPLAINT, "arf:feedback"),
        ("other", Kind.COMPLAINT, "arf:feedback"),
        ("auth-failure", Kind.BLOCK, "arf:auth-failure"),
        ("Auth-Failure", Kind.BLOCK, "arf:auth-failure"),
        ("not-spam", Kind.UNKNOWN, "arf:not-spam"),
    ],
)
def test_feedback_types(feedback_type: str, kind: Kind, rule: str) -> None:
    record = RecipientRecord(
        "user@example.com", action=Action.FEEDBACK, feedback_type=feedback_type, source="arf"
    )
    verdict = classify(record, Report(MessageType.COMPLAINT, (record,)))
    assert (verdict.kind, verdict.rule) == (kind, rule)
