"""One answer to "what is this address's state now?": policy.state_at, and the SQL filters
behind `list --state` and the API's `state=` select exactly the addresses it names so.

Histories are generated (seeded): manual suppressions with and without an expiry, unsuppress,
soft and hard bounces, recorded through the Recorder at their own times; then the addresses
are read at later moments (before and after expiries and soft lapses) both ways.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bouncesink.pipeline import Incoming, ManualAction, NewEvent, Outcome
from bouncesink.policy import PolicyConfig, state_at
from bouncesink.recording import Recorder
from bouncesink.store import AddressFilter, Store, StoredAddress
from bouncesink.types import AddressState, Category, Kind, MessageStatus, Reason

from .test_cli_errors import run

T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
LAPSE = 14
POLICY = PolicyConfig(soft_threshold=3, soft_lapse_days=LAPSE, soft_suppression_days=20)


def soft_or_hard(address: str, kind: Kind) -> NewEvent:
    soft = kind is Kind.SOFT
    status = "4.2.2" if soft else "5.1.1"
    return NewEvent(
        record_index=0,
        address=address,
        kind=kind,
        category=Category.QUOTA_ISSUES if soft else Category.BAD_MAILBOX,
        reason=Reason.MAILBOXFULL if soft else Reason.USERUNKNOWN,
        rule=f"status:{status}",
        status=status,
        reply_code=452 if soft else 550,
        diagnostic=f"{status} <{address}>",
    )


async def generate(store: Store, rng: random.Random, count: int) -> None:
    recorder = Recorder(store, POLICY)
    steps: list[tuple[datetime, str, str, int]] = []
    for n in range(count):
        address = f"a{n}@example.com"
        at = T0
        for _ in range(rng.randint(1, 5)):
            at += timedelta(days=rng.choice([0.5, 1, 2, 5, 10]))
            what = rng.choice(["soft", "soft", "soft", "hard", "suppress", "unsuppress"])
            steps.append((at, address, what, rng.choice([0, 0, 3, 10, 40])))
    steps.sort()
    for at, address, what, days in steps:
        if what in ("suppress", "unsuppress"):
            expires = at + timedelta(days=days) if what == "suppress" and days else None
            action = ManualAction(address, what, at, "test", None, expires)
            await recorder.add_manual_events([action], at)
            continue
        raw = f"Subject: {address} {what} {at.isoformat()}\r\n\r\nx\r\n".encode()
        (mid,) = await store.receive(
            [Incoming(raw=raw, mail_from="", rcpt_to=("b@bounces.example.org",), received_at=at)]
        )
        kind = Kind.SOFT if what == "soft" else Kind.HARD
        outcome = Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (soft_or_hard(address, kind),))
        await recorder.record([outcome], {mid: at}, at)


async def every_row(store: Store, now: datetime) -> list[StoredAddress]:
    return await store.list_addresses(AddressFilter(state=None), now, 10_000, None)


@pytest.mark.parametrize("seed", [1, 2])
async def test_the_sql_filters_agree_with_state_at(store: Store, seed: int) -> None:
    await generate(store, random.Random(seed), 60)
    seen: set[tuple[AddressState, AddressState]] = set()
    for days in (0, 3, 9, 15, 21, 30, 45, 60, 90):
        now = T0 + timedelta(days=days)
        rows = await every_row(store, now)
        assert rows
        for state in AddressState:
            where = AddressFilter(state=state, soft_lapse_days=LAPSE)
            selected = {r.address for r in await store.list_addresses(where, now, 10_000, None)}
            expected = {r.address for r in rows if state_at(r, now, LAPSE) is state}
            assert selected == expected, (state, now)
        counted = await store.state_counts(now, LAPSE)  # what `stats` shows
        assert counted == {
            state.value: sum(state_at(r, now, LAPSE) is state for r in rows)
            for state in AddressState
        }
        seen |= {(AddressState(r.state), state_at(r, now, LAPSE)) for r in rows}
    # the histories reach every case the function decides: as stored, expired, lapsed
    assert (AddressState.SUPPRESSED, AddressState.ACTIVE) in seen
    assert (AddressState.SOFT, AddressState.ACTIVE) in seen
    assert (AddressState.SUPPRESSED, AddressState.SUPPRESSED) in seen
    assert (AddressState.SOFT, AddressState.SOFT) in seen


class Row:
    def __init__(self, state: str, expires_at: datetime | None, last: datetime | None) -> None:
        self.state, self.expires_at, self.last_event_at = state, expires_at, last


@pytest.mark.parametrize(
    ("row", "days", "expected"),
    [
        (None, 0, AddressState.ACTIVE),
        (Row("suppressed", None, T0), 999, AddressState.SUPPRESSED),
        (Row("suppressed", T0 + timedelta(days=5), T0), 4, AddressState.SUPPRESSED),
        (Row("suppressed", T0 + timedelta(days=5), T0), 5, AddressState.ACTIVE),
        (Row("soft", None, T0), LAPSE - 1, AddressState.SOFT),
        (Row("soft", None, T0), LAPSE, AddressState.ACTIVE),
        (Row("soft", None, None), 999, AddressState.SOFT),
        (Row("active", None, T0), 0, AddressState.ACTIVE),
    ],
)
def test_state_at(row: Row | None, days: int, expected: AddressState) -> None:
    assert state_at(row, T0 + timedelta(days=days), LAPSE) is expected


def test_a_soft_score_never_lapses_with_zero_days() -> None:
    assert state_at(Row("soft", None, T0), T0 + timedelta(days=9999), 0) is AddressState.SOFT


async def test_the_command_line_reads_an_ended_state_as_over(tmp_path: Path) -> None:
    """A manual suppression past its expiry and a soft score past its quiet days read active
    in `check` (no cause shown) and in `list --state`, before any sweep rewrote the rows."""
    db = tmp_path / "bouncesink.db"
    store = Store.open(f"sqlite:///{db}")
    await store.upgrade()
    now = datetime.now(UTC)
    then = now - timedelta(days=30)
    try:
        recorder = Recorder(store, POLICY)
        gone = ManualAction(
            "gone@example.com", "suppress", then, "t", None, now - timedelta(days=1)
        )
        kept = ManualAction("kept@example.com", "suppress", then, "t", None, None)
        await recorder.add_manual_events([gone, kept], then)
        raw = b"Subject: soft\r\n\r\nx\r\n"
        (mid,) = await store.receive(
            [Incoming(raw=raw, mail_from="", rcpt_to=("b@bounces.example.org",), received_at=then)]
        )
        event = soft_or_hard("quiet@example.com", Kind.SOFT)
        await recorder.record(
            [Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (event,))], {mid: then}, then
        )
    finally:
        await store.close()
    out = run("check", "gone@example.com", "kept@example.com", "quiet@example.com", cwd=tmp_path)
    gone_line, kept_line, quiet_line = out.stdout.splitlines()[:3]
    assert gone_line.startswith("gone@example.com: active ") and "(manual)" not in gone_line
    assert "expires=" not in gone_line
    assert kept_line.startswith("kept@example.com: suppressed (manual)")
    assert quiet_line.startswith("quiet@example.com: active ") and "soft_score" not in quiet_line
    listed = run("list", "--state", "active", "--json", cwd=tmp_path)
    assert sorted(json.loads(line)["address"] for line in listed.stdout.splitlines()) == [
        "gone@example.com",
        "quiet@example.com",
    ]
    stats = run("stats", cwd=tmp_path)
    assert "addresses now: suppressed 1, soft 0, active 2" in stats.stdout.splitlines()
