"""bouncesink.codes: the one normalizer, and the two readings of a code in a text (reading
order for the parser, most explicit first for the classifier) where they differ."""

from __future__ import annotations

import pytest

from bouncesink import codes


@pytest.mark.parametrize(
    ("value", "expected"),
    [(" 5.01.1 ", "5.1.1"), ("4.7.650", "4.7.650"), ("5.1.1 (bad)", None), ("", None)],
)
def test_normalize_takes_a_status_and_nothing_else(value: str, expected: str | None) -> None:
    assert codes.normalize(value) == expected


def test_reading_order_takes_the_first_code_written() -> None:
    text = "5.1.1 mailbox: 550 5.2.1 account disabled"
    assert codes.first_status(text) == "5.1.1"
    assert codes.statuses(text) == ["5.1.1", "5.2.1"]
    assert codes.first_status("Status: 2.0.0") == "2.0.0"


def test_most_explicit_first_prefers_the_code_behind_a_reply() -> None:
    text = "5.1.1 mailbox: 550 5.2.1 account disabled"
    assert codes.explicit_status(text) == "5.2.1"
    assert codes.reply_status(text) == "5.2.1"
    assert codes.explicit_status("delivered 2.0.0") is None  # a bare code is a failure's


@pytest.mark.parametrize(
    ("text", "first", "prefix"),
    [
        ("550 5.1.1 unknown", 550, 550),
        ("ERROR_CODE :550, unknown", 550, None),  # a labelled code: the parser's reading only
        ("said: 421", 421, None),  # at the end of a line: no reply text follows
        ("599 nonsense", 599, None),  # no second digit above 5 begins a reply
    ],
)
def test_the_two_reply_code_readings(text: str, first: int | None, prefix: int | None) -> None:
    assert codes.first_reply_code(text) == first
    assert codes.reply_prefix_code(text) == prefix


def test_join_continuations_keeps_the_first_prefix() -> None:
    text = "550-5.7.1 Messages with multiple 550 5.7.1 addresses in From:"
    assert codes.join_continuations(text) == "550-5.7.1 Messages with multiple addresses in From:"
