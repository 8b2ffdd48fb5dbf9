"""bouncesink.parse._mime builds the tree compat32 builds: same content types, headers, payloads,
preambles, epilogues and defects, on our messages, on the shared corpus and on odd shapes."""

from __future__ import annotations

from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncesink.parse import _mime, _raw, split_mbox
from bouncesink.parse._decode import normalise_newlines

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "sisimai"


def shape(msg: Message) -> dict[str, Any]:
    """Everything a reader of the tree can see, payloads of leaf parts as compat32 gives them."""
    payload = msg.get_payload()
    return {
        "type": msg.get_content_type(),
        "default_type": msg.get_default_type(),
        "headers": msg.raw_items() and list(msg.raw_items()),
        "unixfrom": msg.get_unixfrom(),
        "preamble": msg.preamble,
        "epilogue": msg.epilogue,
        "defects": [(type(d).__name__, str(d)) for d in msg.defects],
        "multipart": msg.is_multipart(),
        "payload": (
            [shape(p) if isinstance(p, Message) else p for p in payload]
            if isinstance(payload, list)
            else payload
        ),
        "decoded": None if msg.is_multipart() else msg.get_payload(decode=True),
    }


def assert_same_tree(data: bytes) -> None:
    assert shape(_mime.message_from_bytes(data)) == shape(message_from_bytes(data, policy=compat32))


def corpus_messages() -> list[bytes]:
    if not CORPUS.is_dir():
        return []
    out: list[bytes] = []
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.suffix not in (".eml", "") or path.name.startswith("mbox"):
            continue
        if path.parent.name == "mailbox":
            out.extend(split_mbox(path.read_bytes()))
        elif path.name not in ("LICENSE",):
            out.append(path.read_bytes())
    return out


def test_same_tree_on_the_corpus() -> None:
    messages = corpus_messages()
    if not messages:
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    for raw in messages:
        # As parse hands it over, and whole (only the line endings made LF).
        assert_same_tree(_raw.prepare(raw, _raw.FIRST_BYTES))
        assert_same_tree(_raw.prepare(raw, _raw.MAX_RAW_BYTES))
        assert_same_tree(normalise_newlines(raw))


@pytest.mark.parametrize("path", sorted(DATA.glob("*.eml")), ids=lambda p: p.name)
def test_same_tree_on_our_messages(path: Path) -> None:
    raw = path.read_bytes()
    assert_same_tree(_raw.prepare(raw))
    assert_same_tree(normalise_newlines(raw))


HEAD = b"From: a@example.com\nTo: b@example.org\nSubject: s\nMIME-Version: 1.0\n"


def multipart(body: bytes, ctype: bytes = b'multipart/mixed; boundary="XY"') -> bytes:
    return HEAD + b"Content-Type: " + ctype + b"\n\n" + body


ODD_SHAPES: dict[str, bytes] = {
    "no closing boundary": multipart(b"--XY\nContent-Type: text/plain\n\nhello\n"),
    "no closing boundary, no newline": multipart(b"--XY\n\nhello"),
    "closing boundary only": multipart(b"preamble\n--XY--\nafter\n"),
    "no boundary line": multipart(b"just text\n"),
    "no boundary parameter": multipart(b"--XY\n\nx\n--XY--\n", b"multipart/mixed"),
    "boundary prefix of another": multipart(
        b"--XY\nContent-Type: multipart/alternative; boundary=XYZ\n\n--XYZ\n\na\n--XYZ\n\nb\n"
        b"--XYZ--\n--XY-\n--XY--\n"
    ),
    "separator at the very end": multipart(b"--XY\n\nx\n--XY"),
    "separator then outer boundary": multipart(
        b"--XY\nContent-Type: multipart/mixed; boundary=IN\n\n--IN\n--XY--\n"
    ),
    "repeated boundary lines": multipart(b"--XY\n--XY\n\nx\n--XY--\n"),
    "separator then close": multipart(b"--XY\n--XY--\n"),
    "boundary with blanks and close with blanks": multipart(b"--XY \t\n\nx\n--XY-- \nepi\n"),
    "boundary line with text after it": multipart(b"--XY\n\nx\n--XY and more\ny\n--XY--\n"),
    "preamble and epilogue": multipart(b"pre 1\npre 2\n--XY\n\nbody\n--XY--\nepi 1\nepi 2\n"),
    "empty epilogue": multipart(b"--XY\n\nbody\n--XY--\n"),
    "close without newline": multipart(b"--XY\n\nbody\n--XY--"),
    "empty parts": multipart(b"--XY\n\n--XY\n\n\n--XY\nContent-Type: text/plain\n--XY--\n"),
    "nested multipart": multipart(
        b'--XY\nContent-Type: multipart/alternative; boundary="AB"\n\npre\n--AB\n'
        b"Content-Type: text/plain\n\nplain\n--AB\nContent-Type: text/html\n\n<p>x</p>\n"
        b"--AB--\nepilogue of AB\n\n--XY\nContent-Type: text/plain\n\nlast\n--XY--\n"
    ),
    "nested, same boundary": multipart(
        b"--XY\nContent-Type: multipart/mixed; boundary=XY\n\n--XY\n\nin\n--XY--\n"
    ),
    "inner multipart cut by the outer boundary": multipart(
        b"--XY\nContent-Type: multipart/mixed; boundary=IN\n\n--IN\n\nin\n--XY\n\nnext\n--XY--\n"
    ),
    "message/rfc822 inside": multipart(
        b"--XY\nContent-Type: text/plain\n\nbounce\n--XY\nContent-Type: message/rfc822\n\n"
        b"From: x@example.com\nSubject: original\n\nthe body\n--XY--\n"
    ),
    "message/rfc822 headers only": multipart(
        b"--XY\nContent-Type: message/rfc822\n\nFrom: x@example.com\nSubject: original\n--XY--\n"
    ),
    "message/rfc822 holding a multipart": multipart(
        b"--XY\nContent-Type: message/rfc822\n\nFrom: x@example.com\n"
        b"Content-Type: multipart/mixed; boundary=IN\n\n--IN\n\nin\n--IN--\nepi\n\n--XY--\n"
    ),
    "message/rfc822 at the top": HEAD + b"Content-Type: message/rfc822\n\nSubject: x\n\nbody\n",
    "multipart/digest": multipart(
        b"--XY\n\nSubject: one\n\n1\n--XY\nContent-Type: text/plain\n\n2\n--XY--\n",
        b"multipart/digest; boundary=XY",
    ),
    "delivery-status": multipart(
        b"--XY\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
        b"Final-Recipient: rfc822; a@b.c\nAction: failed\n--XY--\n"
    ),
    "8-bit bytes": multipart(
        b"--XY\nContent-Type: text/plain; charset=utf-8\nX-Name: J\xc3\xb6rg\n\n"
        b"gr\xc3\xbc\xc3\x9fe \xff\n--XY--\n"
    ),
    "8-bit content type": HEAD + b"Content-Type: text/plain; name=\xe9\n\nx\n",
    "8-bit boundary": multipart(
        b"--\xe9\xe9\n\nx\n--\xe9\xe9--\n", b'multipart/mixed; boundary="\xe9\xe9"'
    ),
    "continuation lines": HEAD.replace(b"Subject: s\n", b"Subject: a\n  b\n\tc\n")
    + b'Content-Type: multipart/mixed;\n\tboundary="XY"\n\n--XY\n\nx\n--XY--\n',
    "blank value then continuation": HEAD + b"X-A:   \n  value\n\nbody\n",
    "first line a continuation": b" folded\nFrom: a@b.c\n\nbody\n",
    "header line without colon": HEAD + b"not a header\nX-After: 1\n\nbody\n",
    "header line with colon first": HEAD + b": no name\n  cont\nX-After: 1\n\nbody\n",
    "no blank line after headers": HEAD + b"Content-Type: text/plain",
    "headers only, ending in a newline": HEAD,
    "no headers": b"\nbody only\n",
    "body line first": b"body only\nsecond\n",
    "unix-from first": b"From someone Mon Jan  1 00:00:00 2024\n" + HEAD + b"\nbody\n",
    "unix-from later": HEAD + b"From someone Mon Jan  1 00:00:00 2024\nX-A: 1\n\nbody\n",
    "unix-from last": HEAD + b"From someone Mon Jan  1 00:00:00 2024\n\nbody\n",
    "CRLF": multipart(b"--XY\r\n\r\nx\r\n--XY--\r\n").replace(b"\n", b"\r\n"),
    "CR only": multipart(b"--XY\n\nx\n--XY--\n").replace(b"\n", b"\r"),
    "quoted boundary with semicolon": multipart(
        b"--a;b\n\nx\n--a;b--\n", b'multipart/mixed; x="1;2"; boundary="a;b"'
    ),
    "RFC 2231 boundary": multipart(
        b"--ab\n\nx\n--ab--\n", b"multipart/mixed; boundary*0=a; boundary*1=b"
    ),
    "angle-bracket boundary": multipart(
        b"--ab\n\nx\n--ab--\n", b'multipart/mixed; boundary="<ab>"'
    ),
    "boundary with trailing blanks": multipart(
        b"--ab\n\nx\n--ab--\n", b'multipart/mixed; boundary="ab  "'
    ),
    "two boundary parameters": multipart(
        b"--one\n\nx\n--one--\n", b"multipart/mixed; Boundary=one; boundary=two"
    ),
    "unquoted boundary then text": multipart(
        b"--ab\n\nx\n--ab--\n", b'multipart/mixed; boundary="ab" junk'
    ),
    "boundary parameter empty": multipart(b"--\n\nx\n----\n", b"multipart/mixed; boundary="),
    "base64 multipart": HEAD
    + b"Content-Transfer-Encoding: base64\nContent-Type: multipart/mixed; boundary=XY\n\n"
    + b"--XY\n\nx\n--XY--\n",
    "two content types": HEAD
    + b"Content-Type: text/plain\nContent-Type: multipart/mixed; boundary=XY\n\n--XY\n\nx\n",
    "content type without slash": HEAD + b"Content-Type: multipart\n\n--XY\n\nx\n",
    "deep nesting": HEAD
    + b"".join(b"Content-Type: message/rfc822\n\n" for _ in range(60))
    + b"Subject: deep\n\nbottom\n",
}


@pytest.mark.parametrize("data", ODD_SHAPES.values(), ids=ODD_SHAPES.keys())
def test_same_tree_on_odd_shapes(data: bytes) -> None:
    assert_same_tree(data)


# Lines that make MIME structure, mixed at random: boundaries of two nested multiparts (one a
# prefix of the other), closing ones, headers, continuations, blank and 8-bit lines.
LINES = [
    b"--XY",
    b"--XY--",
    b"--XYZ",
    b"--XYZ--",
    b"--XY ",
    b"Content-Type: multipart/mixed; boundary=XYZ",
    b"Content-Type: multipart/alternative; boundary=XY",
    b"Content-Type: message/rfc822",
    b"Content-Type: text/plain",
    b"Content-Transfer-Encoding: base64",
    b"Subject: x",
    b"  folded",
    b"",
    b"",
    b"text",
    b"From x",
    b": odd",
    b"caf\xc3\xa9",
]


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(LINES), max_size=40),
    st.sampled_from([b"", b"\n"]),
)
def test_same_tree_on_random_structure(lines: list[bytes], last: bytes) -> None:
    assert_same_tree(multipart(b"\n".join(lines) + last))
