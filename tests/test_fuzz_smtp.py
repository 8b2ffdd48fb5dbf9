"""Property: whatever a client sends, one running server answers well-formed replies, stays up,
and still stores and processes a well-formed bounce; mutated bounces are stored, never lost.

One `bouncesink serve` process (tokens off) serves the whole module. Each dialogue example is
a random list of command lines (and DATA blocks) on a raw socket, sent one at a time or
pipelined in one write; the replies are read back in order by following the dialogue (one
reply per command line, none inside DATA until the final dot). Well-formed transactions mixed
in, and one sent after every example in a fresh session, must be accepted; at the end of each
test every accepted message must have been processed and every bounce recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import smtplib
import socket
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bouncesink.intake import GroupCommitter
from bouncesink.parse import parse
from bouncesink.pipeline import Incoming
from bouncesink.store import Store

from .dsn import dsn
from .support import ServeProcess, check, serve_process, write_config

DATA = Path(__file__).parent / "data"
SAMPLES = [p.read_bytes() for p in sorted(DATA.glob("*.eml"))]
DOMAIN = "bounces.example.org"
CRLF = b"\r\n"
REPLY_LINE = re.compile(rb"([2-5][0-9][0-9])([ -])[^\n]*\r\n\Z")
CLOSING = (221, 421, 502)  # replies after which the server closes the session
READ_TIMEOUT = 15.0  # seconds without a reply that count as a hung server

DIALOGUE = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MIME = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class Server:
    """The module's server and what the tests have had accepted by it."""

    served: ServeProcess
    config: Path
    db: Path
    serial: Iterator[int] = field(default_factory=itertools.count)

    @property
    def address(self) -> tuple[str, int]:
        return self.served.host, self.served.port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("fuzz-smtp")
    db = tmp / "db.sqlite"
    # every example opens sessions from 127.0.0.1: the per-client rate is not under test here
    config = write_config(tmp, f"sqlite:///{db}", smtp_extra="sessions_per_minute_per_ip = 0")
    with serve_process(config) as served:
        yield Server(served, config, db)
        assert served.proc.poll() is None, "the server died during the fuzz tests"


# -- talking SMTP on a raw socket ---------------------------------------------------------------


def read_reply(rfile: BinaryIO) -> list[bytes] | None:
    """One complete reply (its lines), or None if the server closed the connection."""
    lines: list[bytes] = []
    while True:
        line: bytes = rfile.readline(100_000)
        if not line:
            assert not lines, f"connection closed inside a multi-line reply {lines!r}"
            return None
        match = REPLY_LINE.match(line)
        assert match, f"malformed reply line {line!r}"
        assert not lines or line[:3] == lines[0][:3], f"code changes inside a reply {lines!r}"
        lines.append(line)
        if match.group(2) == b" ":
            return lines


def code_of(reply: Sequence[bytes]) -> int:
    return int(reply[0][:3])


@dataclass(frozen=True)
class Step:
    """A line the client sends; `good` marks the first line of a well-formed transaction."""

    line: bytes
    good: str | None = None  # the bounced address of the transaction this line starts


def good_transaction(address: str, serial: int) -> list[Step]:
    body = dsn(address, msgid=f"fuzz-{serial}")
    lines = [
        b"RSET",
        b"MAIL FROM:<>",
        f"RCPT TO:<b-fuzz-{serial}@{DOMAIN}>".encode(),
        b"DATA",
        *body.split(CRLF),
        b".",
    ]
    steps = [Step(line) for line in lines]
    steps[0] = Step(lines[0], good=address)
    return steps


@dataclass
class Outcome:
    replies: list[list[bytes]] = field(default_factory=list)
    stored: dict[str, int] = field(default_factory=dict)  # bounced address → message id


def converse(where: tuple[str, int], steps: Sequence[Step], pipelined: bool) -> Outcome:
    """Send the steps and read every reply, following the dialogue as the server does."""
    outcome = Outcome()
    with (
        socket.create_connection(where, timeout=READ_TIMEOUT) as sock,
        sock.makefile("rb") as rfile,
    ):
        greeting = read_reply(rfile)
        assert greeting is not None and code_of(greeting) == 220, greeting
        if pipelined:
            with contextlib.suppress(OSError):  # closed early: read what was answered
                sock.sendall(b"".join(step.line + CRLF for step in steps))
        in_data = greeted = False
        checking: tuple[str, list[int]] | None = None  # a good transaction being followed
        for step in steps:
            if not pipelined:
                try:
                    sock.sendall(step.line + CRLF)
                except OSError:  # closed after QUIT or too many unknown commands
                    break
            if in_data:
                if step.line != b".":
                    continue
                in_data = False
            elif step.good and greeted:
                checking = (step.good, [])
            try:
                reply = read_reply(rfile)
            except ConnectionResetError:
                # pipelined lines left unread when the server closed: the kernel resets
                assert pipelined, "connection reset in a one-line-at-a-time dialogue"
                break
            if reply is None:
                last = code_of(outcome.replies[-1]) if outcome.replies else None
                assert last in CLOSING or pipelined, f"closed without a reason after {last}"
                break
            outcome.replies.append(reply)
            code = code_of(reply)
            verb = step.line[:5].upper()
            if verb in (b"HELO ", b"EHLO ") and code == 250:
                greeted = True
            if code == 354:
                in_data = True
            if checking is not None:
                address, codes = checking
                codes.append(code)
                assert code < 500, f"a well-formed bounce was refused: {codes} {reply!r}"
                if len(codes) == 5:  # RSET, MAIL, RCPT, DATA, final dot
                    assert codes == [250, 250, 250, 354, 250], (codes, reply)
                    outcome.stored[address] = stored_id(reply)
                    checking = None
            if code in CLOSING:
                break
    return outcome


def stored_id(reply: Sequence[bytes]) -> int:
    match = re.search(rb"stored as (\d+)", reply[-1])
    assert match, reply
    return int(match.group(1))


def deliver(where: tuple[str, int], raw: bytes, rcpt: str = f"b-1@{DOMAIN}") -> tuple[int, bytes]:
    """A real client's transaction; the reply to the final dot."""
    with smtplib.SMTP(*where, timeout=READ_TIMEOUT) as client:
        client.ehlo("mta.example.net")
        code, text = client.mail("")
        assert code == 250, text
        code, text = client.rcpt(rcpt)
        assert code == 250, text
        return client.data(raw)


# -- checking what was stored -------------------------------------------------------------------


def message_statuses(db: Path, ids: Sequence[int], seconds: float = 60) -> dict[int, str]:
    """The status of each message, once none of them is pending any more (or time is up)."""
    deadline = time.monotonic() + seconds
    wanted = sorted(set(ids))
    while True:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            rows = dict(
                conn.execute(
                    f"SELECT id, status FROM messages WHERE id IN ({','.join('?' * len(wanted))})",
                    wanted,
                ).fetchall()
            )
        if (
            len(rows) == len(wanted) and "pending" not in rows.values()
        ) or time.monotonic() > deadline:
            return rows
        time.sleep(0.2)


def assert_recorded(server: Server, stored: dict[str, int]) -> None:
    """Every accepted bounce was stored, processed, and suppressed its address."""
    statuses = message_statuses(server.db, list(stored.values()))
    missing = {a: i for a, i in stored.items() if statuses.get(i) != "processed"}
    assert missing == {}, f"accepted but not processed: {missing} {statuses}"
    _, infos = check(server.config, *stored)
    states = {str(info["address"]): info["state"] for info in infos}
    assert {a: states.get(a) for a in stored} == dict.fromkeys(stored, "suppressed")


# -- the dialogue --------------------------------------------------------------------------------

NO_LF = st.binary(max_size=60).map(lambda b: b.replace(b"\n", b""))
LONG = st.sampled_from([1_000, 5_000, 65_000, 70_000]).map(lambda n: b"A" * n)
WORD = st.one_of(NO_LF, st.sampled_from([b"", b"\x00", b"\xff\xfe", b"a\rb", b"\r"]), LONG)
ADDRESS = st.one_of(
    st.sampled_from(
        [
            b"",
            f"b-1@{DOMAIN}".encode(),
            f"B-2@{DOMAIN.upper()}.".encode(),
            b"victim@example.com",
            b"@" + DOMAIN.encode(),
            b"no-at-sign",
            b'"quoted local"@' + DOMAIN.encode(),
            b"a\x00b@" + DOMAIN.encode(),
            b"\xc3\xa9t\xc3\xa9@" + DOMAIN.encode(),
        ]
    ),
    NO_LF,
)
# The client's name is text (UTF-8): raw 8-bit names are test_8bit_envelope_is_stored's case.
HOST = st.text(max_size=40).map(lambda s: s.replace("\n", "").encode("utf-8"))


def _mail(address: bytes, params: bytes) -> bytes:
    return b"MAIL FROM:<" + address + b">" + params


COMMAND = st.one_of(
    st.builds(lambda h: b"HELO " + h, HOST),
    st.builds(lambda h: b"EHLO " + h, HOST),
    st.just(b"EHLO mta.example.net"),
    st.builds(
        _mail,
        ADDRESS,
        st.sampled_from([b"", b" SIZE=100", b" SIZE=999999999999", b" BODY=8BITMIME", b" X=Y"]),
    ),
    st.builds(lambda a: b"RCPT TO:<" + a + b">", ADDRESS),
    st.builds(lambda w: b"RCPT TO:" + w, WORD),
    st.builds(lambda w: b"VRFY " + w, WORD),
    st.sampled_from(
        [b"RSET", b"NOOP", b"QUIT", b"DATA", b"HELP", b"EXPN x", b"STARTTLS", b"AUTH PLAIN"]
    ),
    st.sampled_from([b"", b"\r", b"\x00", b"\xff\xfe\xfd", b"NOOP\rRSET", b"quit now"]),
    WORD,
)
DATA_BLOCK = st.lists(st.one_of(NO_LF, LONG, st.just(b".."), st.just(b".")), max_size=6).map(
    lambda lines: [b"DATA", *lines, b"."]
)


ENVELOPE = st.builds(
    lambda a: [b"MAIL FROM:<>", b"RCPT TO:<" + a + b">"],
    st.sampled_from([f"b-1@{DOMAIN}".encode(), b"victim@example.com", b"\xff@" + DOMAIN.encode()]),
)
GREETING = st.sampled_from([[], [b"EHLO mta.example.net"], [b"HELO mta.example.net"]])


@st.composite
def dialogues(draw: st.DrawFn) -> tuple[list[list[bytes] | str], bool]:
    """Items: a list of raw lines, or the string "good" (a well-formed transaction)."""
    items: list[list[bytes] | str] = [draw(GREETING)]
    items += draw(
        st.lists(
            st.one_of(
                COMMAND.map(lambda line: [line]),
                ENVELOPE,
                DATA_BLOCK,
                st.just("good"),
            ),
            max_size=14,
        )
    )
    return items, draw(st.booleans())


def test_any_dialogue_gets_well_formed_replies_and_leaves_the_server_working(
    server: Server,
) -> None:
    accepted: dict[str, int] = {}

    @DIALOGUE
    @given(dialogues())
    def run(example: tuple[list[list[bytes] | str], bool]) -> None:
        items, pipelined = example
        steps: list[Step] = []
        for item in items:
            if item == "good":
                n = next(server.serial)
                steps.extend(good_transaction(f"good-{n}@example.com", n))
            else:
                assert isinstance(item, list)
                steps.extend(Step(line) for line in item)
        outcome = converse(server.address, steps, pipelined)
        accepted.update(outcome.stored)
        event(f"pipelined={pipelined}")
        event(f"good transactions accepted={len(outcome.stored)}")
        event(f"last reply={code_of(outcome.replies[-1]) if outcome.replies else None}")
        # afterwards, a fresh session still has a well-formed bounce accepted
        n = next(server.serial)
        address = f"after-{n}@example.com"
        code, text = deliver(server.address, dsn(address, msgid=f"after-{n}"))
        assert code == 250, text
        accepted[address] = stored_id([text])

    run()
    assert_recorded(server, accepted)


# -- mutated bounces ------------------------------------------------------------------------------

BOUNDARY = re.compile(rb'boundary="?([^";\r\n]+)"?', re.IGNORECASE)
ENCODING = re.compile(rb"(Content-Transfer-Encoding:[ \t]*)([^\r\n]*)", re.IGNORECASE)
CHARSET = re.compile(rb'(charset=)"?([^";\r\n]*)"?', re.IGNORECASE)


def mutate(raw: bytes, op: tuple[str, int, bytes]) -> bytes:
    kind, at, chunk = op
    if kind == "edit":
        at %= len(raw) + 1
        return raw[:at] + chunk + raw[at + len(chunk) :]
    if kind == "insert":
        at %= len(raw) + 1
        return raw[:at] + chunk + raw[at:]
    if kind == "truncate":
        return raw[: at % (len(raw) + 1)]
    if kind == "boundary":  # the declared boundary changes, or only its uses in the body
        found = BOUNDARY.search(raw)
        if found is None:
            return raw
        old = found.group(1)
        if at % 2:
            return raw[: found.start(1)] + chunk + raw[found.end(1) :]
        return raw.replace(b"--" + old, b"--" + chunk, 1 + at % 3)
    if kind == "encoding":
        if ENCODING.search(raw) is None:
            return raw.replace(
                CRLF + CRLF, CRLF + b"Content-Transfer-Encoding: " + chunk + CRLF * 2
            )
        return ENCODING.sub(lambda m: m.group(1) + chunk, raw, count=1 + at % 3)
    if kind == "charset":
        return CHARSET.sub(lambda m: m.group(1) + chunk, raw, count=1 + at % 3)
    if kind == "eol":  # bare LF line ends, or bare CR
        return raw.replace(CRLF, b"\n" if at % 2 else b"\r")
    raise AssertionError(kind)


MUTATION = st.one_of(
    st.tuples(st.sampled_from(["edit", "insert"]), st.integers(0, 20_000), st.binary(max_size=40)),
    st.tuples(st.just("truncate"), st.integers(0, 20_000), st.just(b"")),
    st.tuples(
        st.just("boundary"),
        st.integers(0, 10),
        st.sampled_from([b"", b"x", b"\xff\xfe", b"=_new_=", b"a" * 100, b"--", b" "]),
    ),
    st.tuples(
        st.just("encoding"),
        st.integers(0, 10),
        st.sampled_from([b"base64", b"quoted-printable", b"8bit", b"x-uuencode", b"", b"\xff"]),
    ),
    st.tuples(
        st.just("charset"),
        st.integers(0, 10),
        st.sampled_from([b"utf-8", b"x-unknown", b"utf-16", b"iso-2022-jp", b"", b"\x00"]),
    ),
    st.tuples(st.just("eol"), st.integers(0, 1), st.just(b"")),
)


def test_mutated_bounces_are_accepted_and_end_processed_or_unparsable(server: Server) -> None:
    accepted: list[int] = []

    @MIME
    @given(st.sampled_from(SAMPLES), st.lists(MUTATION, max_size=6))
    def run(sample: bytes, mutations: list[tuple[str, int, bytes]]) -> None:
        raw = sample
        for op in mutations:
            raw = mutate(raw, op)
        code, text = deliver(server.address, raw, f"b-mime-{next(server.serial)}@{DOMAIN}")
        assert code == 250, (code, text)
        accepted.append(stored_id([text]))

    run()
    statuses = message_statuses(server.db, accepted)
    assert len(statuses) == len(set(accepted)), "an accepted message is not stored"
    assert set(statuses.values()) <= {"processed", "unparsable"}, statuses
    # the worker survived them: a bounce sent now is still recorded
    code, text = deliver(server.address, dsn("after-mime@example.com", msgid="after-mime"))
    assert code == 250, text
    assert_recorded(server, {"after-mime@example.com": stored_id([text])})


# -- found by the tests above ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("helo", "mail_from"),
    [(b"EHLO mta.\xe9xample.net", b"MAIL FROM:<>"), (b"EHLO ok", b"MAIL FROM:<\xe9@example.net>")],
    ids=["helo", "mail-from"],
)
def test_8bit_envelope_is_stored(server: Server, helo: bytes, mail_from: bytes) -> None:
    """An old MTA naming itself in Latin-1: its bounce is well-formed and must be kept
    (stored, or refused once for good); a 451 makes it retry until it gives up."""
    n = next(server.serial)
    steps = [
        Step(helo),
        Step(mail_from),
        Step(f"RCPT TO:<b-{n}@{DOMAIN}>".encode()),
        Step(b"DATA"),
        *(Step(line) for line in dsn(f"latin-{n}@example.com", msgid=f"l{n}").split(CRLF)),
        Step(b"."),
    ]
    outcome = converse(server.address, steps, pipelined=False)
    assert [code_of(r) for r in outcome.replies] == [250, 250, 250, 354, 250]


@pytest.mark.parametrize(
    "rcpt",
    [b"RCPT TO:<user@\xe9xample.net>", b"RCPT TO:<no-at-sign\xe9>"],
    ids=["foreign-domain", "no-domain"],
)
def test_8bit_recipient_is_refused_for_good(server: Server, rcpt: bytes) -> None:
    """A relay attempt to a foreign domain is refused with 5xx, whatever bytes it names."""
    steps = [Step(b"EHLO ok"), Step(b"MAIL FROM:<>"), Step(rcpt)]
    outcome = converse(server.address, steps, pipelined=False)
    assert code_of(outcome.replies[-1]) in (550, 553), outcome.replies[-1]


async def test_one_unstorable_message_does_not_fail_the_others_committed_with_it(
    tmp_path: Path,
) -> None:
    """Messages arriving together share one commit: a message the store refuses must not
    take the other senders' messages down with it (they would all get 451)."""
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}")
    await store.upgrade()
    committer = GroupCommitter(store)
    committer.start()
    now = datetime.now(UTC)
    bad = Incoming(b"bad", "", (f"b-1@{DOMAIN}",), now, helo="mta.\udce9xample.net")
    good = Incoming(dsn("ok@example.com"), "", (f"b-1@{DOMAIN}",), now, helo="mta.example.net")
    try:
        results = await asyncio.gather(
            committer.submit(bad), committer.submit(good), return_exceptions=True
        )
    finally:
        await committer.stop()
        await store.close()
    assert isinstance(results[1], int), results


def test_a_dsn_with_1000_recipients_keeps_them_all() -> None:
    """MAX_RECORDS is 1000 recipient records; a DSN naming 1000 recipients loses the last."""
    diagnostic = "550 5.1.1 <{0}>: User unknown"
    raw = dsn([(f"u{i}@example.com", "5.1.1", diagnostic) for i in range(1000)])
    assert len(parse(raw).records) == 1000
