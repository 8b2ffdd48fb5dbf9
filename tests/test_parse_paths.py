"""The fast parse path gives the Report the standard library's path gives.

``parse`` splits a message with ``bouncesink.parse._mime`` (and reads content types it
recorded on the way); ``_scan.scan_by_compat32`` runs the same reading on the tree of
``email.message_from_bytes(policy=compat32)``. Both are run on every message of the shared
corpus, every fixture in tests/data (the named bounces, the lab's bounces of real MTAs) and
every provider reply as a DSN and as a plain-text bounce, and must give equal Reports:
message type, subject, sender, ids, and every record field by field.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from pathlib import Path

import pytest

from bouncesink.parse import (
    _address,
    _context,
    _decode,
    _mime,
    _raw,
    _scan,
    parse,
    returned_headers,
)
from bouncesink.parse import split_mbox as split
from bouncesink.types import Report
from tests.test_parse_mime import CORPUS, corpus_messages
from tests.test_provider_replies import as_dsn, as_text, load

DATA = Path(__file__).parent / "data"


def fixture_messages() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for path in sorted(DATA.rglob("*.eml")):
        for i, raw in enumerate(split(path.read_bytes())):
            out.append((f"{path.relative_to(DATA)}#{i}", raw))
    for row in load():
        out.append((f"{row.id} as DSN", as_dsn(row)))
        out.append((f"{row.id} as text", as_text(row)))
    return out


def differences(messages: list[tuple[str, bytes]], other: Callable[[bytes], Report]) -> list[str]:
    """Names of the messages whose Report by ``parse`` and by ``other`` differ, with both."""
    out = []
    for name, raw in messages:
        fast, reference = parse(raw), other(raw)
        if fast != reference:
            out.append(f"{name}:\n  fast      {fast}\n  reference {reference}")
    return out


def test_same_reports_on_the_corpus() -> None:
    messages = [(f"corpus #{i}", raw) for i, raw in enumerate(corpus_messages())]
    if not messages:
        pytest.skip(f"no corpus at {CORPUS}")
    assert len(messages) > 500
    found = differences(messages, _scan.scan_by_compat32)
    assert not found, "\n".join(found[:5])


def test_same_reports_on_the_fixtures() -> None:
    messages = fixture_messages()
    assert len(messages) > 1000  # the named bounces, the lab's, two per provider reply
    found = differences(messages, _scan.scan_by_compat32)
    assert not found, "\n".join(found[:5])


def test_same_returned_headers() -> None:
    """``returned_headers`` (the headers of the message that bounced) by both splitters."""

    def by_compat32(raw: bytes) -> dict[str, str]:
        msg = message_from_bytes(_raw.prepare(raw, _raw.FIRST_BYTES), policy=compat32)
        original = _context.build(msg).original_headers()
        found: dict[str, str] = {}
        for name, value in original.raw_items() if original is not None else ():
            found.setdefault(name.lower(), _decode.decode_header_value(value).strip())
        return found

    messages = [raw for _, raw in fixture_messages()] + corpus_messages()
    seen = 0
    for raw in messages:
        expected = by_compat32(raw)
        seen += bool(expected)
        assert returned_headers(raw) == expected
    assert seen > len(messages) // 2


def test_the_fast_path_splits_most_messages_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison compares two paths: ``_mime`` falls back to compat32 for a few only."""
    fallbacks = []

    def counted(data: bytes) -> Message:
        fallbacks.append(data)
        return message_from_bytes(data, policy=compat32)

    monkeypatch.setattr(f"{_mime.__name__}.compat32_message_from_bytes", counted)
    messages = [raw for _, raw in fixture_messages()] + corpus_messages()
    for raw in messages:
        parse(raw)
    assert len(fallbacks) < len(messages) // 10


def test_a_different_tree_is_seen() -> None:
    """The comparison can fail: a splitter that loses the end of each message gives other
    Reports for some messages."""

    def halved(raw: bytes) -> Report:
        return _scan._scan(raw, lambda data: _scan._compat32(data[: len(data) // 2]))

    messages = fixture_messages()[:200]
    assert differences(messages, halved)


@pytest.mark.parametrize(
    ("name", "written_out"),
    [
        ("LOCAL_BEFORE", r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-{U}]"),
        ("LOCAL_CHAR", r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-{U}]"),
        ("DOMAIN_FIRST", r"[A-Za-z0-9{U}]"),
        ("DOMAIN_CHAR", r"[A-Za-z0-9\-.{U}]"),
    ],
)
def test_address_classes_written_as_complements(name: str, written_out: str) -> None:
    """The classes of ADDR_RE, written as their complements (cheaper to compile), hold every
    code point the classes written out with _address._U hold, and no other."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    expected = re.findall(written_out.replace("{U}", _address._U), everything)
    assert len(expected) > 1_000_000
    assert re.findall(getattr(_address, name), everything) == expected
