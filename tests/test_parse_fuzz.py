"""Property: no input makes parse raise or hang (bounded examples, generous deadline)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncesink.parse import parse, split_mbox
from bouncesink.types import MessageType, Report

DATA = Path(__file__).parent / "data"
SAMPLES = [p.read_bytes() for p in sorted(DATA.glob("*.eml"))]

FUZZ = settings(
    max_examples=150,
    deadline=2000,  # milliseconds; a parse takes about one
    suppress_health_check=[HealthCheck.too_slow],
)


def assert_report(report: Report) -> None:
    assert isinstance(report, Report)
    if report.message_type is MessageType.UNPARSABLE:
        assert report.error
    for record in report.records:
        assert record.recipient is None or "@" in record.recipient


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes(raw: bytes) -> None:
    assert_report(parse(raw))


@FUZZ
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=40)), max_size=8),
)
def test_mutated_bounces(sample: bytes, edits: list[tuple[int, bytes]]) -> None:
    raw = bytearray(sample)
    for at, chunk in edits:
        at %= len(raw) + 1
        raw[at : at + len(chunk)] = chunk
    assert_report(parse(bytes(raw)))


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                b"Content-Type: multipart/report; boundary=ZZZZZZZZ\n",
                b"Content-Type: message/delivery-status\n",
                b"Content-Type: message/rfc822\n",
                b"Content-Type: text/plain; charset=x-unknown\n",
                b"Content-Transfer-Encoding: base64\n",
                b"--ZZZZZZZZ\n",
                b"--ZZZZZZZZ--\n",
                b"Final-Recipient: rfc822; a@b.example\n",
                b"Action: failed\n",
                b"Status: 5.1.1\n",
                b"Diagnostic-Code: smtp; 550 5.1.1 \xff\xfe unknown\n",
                b"From: MAILER-DAEMON@x.example\n",
                b"Subject: =?utf-8?B?////?=\n",
                b"\n",
                b"\r",
                b"\xe9\xe8\x00",
            ]
        ),
        max_size=60,
    )
)
def test_mime_shaped_noise(lines: list[bytes]) -> None:
    assert_report(parse(b"".join(lines)))


@FUZZ
@given(st.binary(max_size=2000))
def test_split_mbox_never_raises(raw: bytes) -> None:
    for message in split_mbox(b"From x Sun Mar  8 11:20:33 2026\n" + raw):
        assert isinstance(message, bytes)
