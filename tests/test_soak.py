"""Soak: a running server (tokens in tag mode) under a bounded mix of good and bad traffic.

Several clients at once send good signed bounces, signed bounces that name another address,
forged unsigned bounces, oversized messages, garbage and relay attempts, some of them holding
their session open, so that the server's session limit refuses some sessions with 421 (the
client retries, as an MTA does). Afterwards: every good bounce answered 250 is recorded and
suppressed its token's address; nothing else suppressed anyone; every message answered 250 is
stored; the server still takes a full set of sessions and a bounce. Figures are printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
import smtplib
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from bouncesink.tokens import make_token

from .dsn import dsn
from .support import serve_process, wait_for_state, write_config

pytestmark = pytest.mark.slow

DOMAIN = "bounces.example.org"
KEY = "soak-secret-0123456789"
TOKENS = f'[tokens]\nmode = "tag"\nkeys = ["5:{KEY}"]\nsigning_key = 5\n'
MAX_SESSIONS = 5
MAX_SIZE = 20_000
SMTP_LIMITS = (
    f"max_message_size = {MAX_SIZE}\nmax_sessions = {MAX_SESSIONS}\n"
    "sessions_per_minute_per_ip = 0\n"  # every client is 127.0.0.1: the session cap is tested
)
CLIENTS = 8
SOAK_SECONDS = 25.0
PER_CLIENT = 300  # bounded count as well as bounded time
RETRIES = 200  # a refused session (421) is tried again, up to this many times

KINDS = {  # kind → weight
    "good": 30,
    "forwarded": 8,  # signed, but the DSN names another address (a forwarding mailbox)
    "forged": 20,
    "oversized": 8,
    "garbage": 14,
    "foreign": 10,
    "slow": 10,  # a good bounce from a client that holds its session a while
}


def signed(address: str, key: str = KEY, key_id: int = 5) -> str:
    return f"{make_token(key_id, key.encode(), date.today(), address=address)}@{DOMAIN}"


def tampered(rcpt: str) -> str:
    """The same return path with one character of its token changed."""
    at = 12
    return rcpt[:at] + ("b" if rcpt[at] == "a" else "a") + rcpt[at + 1 :]


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: Counter[str] = field(default_factory=Counter)  # kind → messages tried
    codes: Counter[int] = field(default_factory=Counter)  # final code of each message
    by_kind: Counter[tuple[str, int]] = field(default_factory=Counter)
    refused_sessions: int = 0  # 421 at connect, retried
    gave_up: int = 0
    accepted_ids: list[int] = field(default_factory=list)
    good_tried: set[str] = field(default_factory=set)  # token addresses of signed bounces
    good_accepted: set[str] = field(default_factory=set)
    never_suppress: set[str] = field(default_factory=set)  # addresses bad mail named


@dataclass(frozen=True)
class Attempt:
    kind: str
    rcpt: str
    raw: bytes
    token_address: str | None = None  # the address a signed bounce must suppress
    named: tuple[str, ...] = ()  # addresses that must stay unsuppressed
    size_param: bool = True
    hold: float = 0.0


def plan(kind: str, rng: random.Random, tag: str) -> Attempt:
    """One message of the given kind; `tag` makes its addresses and bytes unique."""
    if kind in ("good", "slow"):
        address = f"{kind}-{tag}@example.com"
        hold = rng.uniform(0.3, 1.0) if kind == "slow" else 0.0
        raw = dsn(address, msgid=tag)
        return Attempt(kind, signed(address), raw, token_address=address, hold=hold)
    if kind == "forwarded":
        address, claimed = f"fwd-{tag}@example.com", f"claimed-{tag}@elsewhere.example"
        raw = dsn(claimed, msgid=tag)
        return Attempt(kind, signed(address), raw, token_address=address, named=(claimed,))
    if kind == "forged":
        victim = f"victim-{tag}@example.com"
        rcpt = rng.choice(
            [
                f"b-{rng.getrandbits(64):x}@{DOMAIN}",
                signed(victim, key="not-our-key-0123456789"),  # signed with another key
                tampered(signed(victim)),
                f"postmaster@{DOMAIN}",
            ]
        )
        return Attempt(kind, rcpt, dsn(victim, msgid=tag), named=(victim,))
    if kind == "oversized":
        address = f"big-{tag}@example.com"
        raw = dsn(address, msgid=tag) + b"x" * (MAX_SIZE + rng.randrange(1, 40_000))
        size_param = rng.random() < 0.5  # refused at MAIL (SIZE=) or after the data
        return Attempt(kind, signed(address), raw, named=(address,), size_param=size_param)
    if kind == "garbage":
        victim = f"junk-{tag}@example.com"
        good = bytearray(dsn(victim, msgid=tag))
        for _ in range(rng.randrange(1, 30)):
            at = rng.randrange(len(good))
            good[at : at + 8] = rng.randbytes(8)
        raw = (
            f"X-Soak: {tag}\r\n".encode()
            + rng.choice(  # unique bytes, one message each
                [bytes(good), rng.randbytes(rng.randrange(10, 4000)), bytes(good)[:300]]
            )
        )
        return Attempt(kind, f"b-{tag}@{DOMAIN}", raw, named=(victim,))
    if kind == "foreign":
        return Attempt(kind, f"someone-{tag}@example.net", dsn(f"x-{tag}@example.com"))
    raise AssertionError(kind)


def transact(where: tuple[str, int], attempt: Attempt, tally: Tally) -> tuple[int, bytes]:
    """One message, with its session retried while the server refuses it with 421."""
    for _ in range(RETRIES):
        try:
            with smtplib.SMTP(*where, timeout=60) as client:
                client.ehlo("mta.example.net")
                if attempt.hold:
                    time.sleep(attempt.hold)
                options = [f"SIZE={len(attempt.raw)}"] if attempt.size_param else []
                code, text = client.mail("", options)
                if code != 250:
                    return code, text
                code, text = client.rcpt(attempt.rcpt)
                if code != 250:
                    return code, text
                return client.data(attempt.raw)
        except smtplib.SMTPConnectError as exc:
            assert exc.smtp_code == 421, exc
            with tally.lock:
                tally.refused_sessions += 1
            time.sleep(random.uniform(0.05, 0.25))
    return 0, b"gave up"


def client(where: tuple[str, int], worker: int, deadline: float, tally: Tally) -> None:
    rng = random.Random(worker)
    kinds, weights = list(KINDS), list(KINDS.values())
    for n in range(PER_CLIENT):
        if time.monotonic() > deadline:
            return
        kind = rng.choices(kinds, weights)[0]
        attempt = plan(kind, rng, f"w{worker}-{n}")
        with tally.lock:
            tally.sent[kind] += 1
            tally.never_suppress.update(attempt.named)
            if attempt.token_address:
                tally.good_tried.add(attempt.token_address)
        code, text = transact(where, attempt, tally)
        with tally.lock:
            tally.codes[code] += 1
            tally.by_kind[(kind, code)] += 1
            if code == 0:
                tally.gave_up += 1
            if code == 250:
                found = re.search(rb"stored as (\d+)", text)
                assert found, text
                tally.accepted_ids.append(int(found.group(1)))
                if attempt.token_address:
                    tally.good_accepted.add(attempt.token_address)
        time.sleep(rng.uniform(0.01, 0.05))  # a share of the machine for the server


EXPECTED = {  # kind → the final codes it may get
    "good": {250},
    "slow": {250},
    "forwarded": {250},
    "forged": {250},  # tag mode: accepted, recorded as unsigned
    "garbage": {250},
    "oversized": {552},
    "foreign": {550},
}


def query(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, args).fetchall()


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.5)
    return True


def hold_sessions(where: tuple[str, int], count: int) -> list[int]:
    """Open `count` sessions at once and return each greeting's code."""
    clients: list[smtplib.SMTP] = []
    codes: list[int] = []
    try:
        for _ in range(count):
            try:
                clients.append(smtplib.SMTP(*where, timeout=30))
                codes.append(220)
            except smtplib.SMTPConnectError as exc:
                codes.append(exc.smtp_code)
    finally:
        for c in clients:
            c.quit()
    return codes


async def test_soak_mixed_traffic(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    config = write_config(tmp_path, f"sqlite:///{db}", TOKENS, smtp_extra=SMTP_LIMITS)
    tally = Tally()
    with serve_process(config) as served:
        where = (served.host, served.port)
        deadline = time.monotonic() + SOAK_SECONDS
        threads = [
            threading.Thread(target=client, args=(where, w, deadline, tally))
            for w in range(CLIENTS)
        ]

        def run_all() -> None:
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=SOAK_SECONDS + 120)

        await asyncio.to_thread(run_all)
        assert not any(t.is_alive() for t in threads), "a client is stuck"

        def processed() -> bool:
            return not query(db, "SELECT 1 FROM messages WHERE status = 'pending' LIMIT 1")

        assert await asyncio.to_thread(wait_until, processed, 120), "messages left pending"

        # still healthy: a full set of sessions is admitted, and a bounce is recorded
        def full_set() -> bool:  # the last sessions' ends may still be on their way
            return hold_sessions(where, MAX_SESSIONS) == [220] * MAX_SESSIONS

        assert await asyncio.to_thread(wait_until, full_set, 10), "session slots leaked"
        code, text = await asyncio.to_thread(
            transact, where, plan("good", random.Random(0), "final"), Tally()
        )
        assert code == 250, text
        final = await wait_for_state(config, "good-final@example.com", "suppressed")
        assert final["state"] == "suppressed"
        assert served.proc.poll() is None

    suppressed = {
        str(a) for (a,) in query(db, "SELECT address FROM addresses WHERE state = ?", "suppressed")
    }
    stored = {int(str(i)) for (i,) in query(db, "SELECT id FROM messages")}
    statuses = Counter(str(s) for (s,) in query(db, "SELECT status FROM messages"))
    refused = {code: n for code, n in sorted(tally.codes.items()) if code != 250}
    print(
        f"soak: sent={sum(tally.sent.values())} {dict(tally.sent)} accepted={tally.codes[250]}"
        f" refused={refused} sessions_refused_421={tally.refused_sessions}"
        f" gave_up={tally.gave_up} stored={len(stored)} {dict(statuses)}"
        f" suppressed={len(suppressed)} good_accepted={len(tally.good_accepted)}"
    )

    unexpected = {kc: n for kc, n in tally.by_kind.items() if kc[1] not in EXPECTED[kc[0]]}
    assert unexpected == {}, "(kind, code) → count outside what each kind should get"
    assert len(tally.accepted_ids) == len(set(tally.accepted_ids)), "two messages, one id"
    assert set(tally.accepted_ids) <= stored, "answered 250 but not stored"
    assert statuses.get("pending", 0) == 0
    assert tally.good_accepted - suppressed == set(), "a good bounce did not suppress"
    assert suppressed - tally.good_tried - {"good-final@example.com"} == set(), (
        "an address was suppressed by mail that was not a good signed bounce"
    )
    assert tally.never_suppress & suppressed == set()
