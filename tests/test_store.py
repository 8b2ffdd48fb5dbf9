"""The store on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bouncesink.pipeline import Incoming, Outcome
from bouncesink.policy import PolicyConfig
from bouncesink.recording import Recorder, derive
from bouncesink.store import Store
from bouncesink.types import Category, Kind, MessageStatus, Reason

from .support import hard

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def incoming(body: bytes, at: datetime = T0) -> Incoming:
    return Incoming(raw=body, mail_from="", rcpt_to=("b@bounces.example.org",), received_at=at)


async def test_receive_is_durable_and_idempotent_by_digest(store: Store) -> None:
    first = await store.receive([incoming(b"one"), incoming(b"two")])
    again = await store.receive([incoming(b"one")])
    assert len(set(first)) == 2
    assert again == [first[0]]
    assert await store.message_counts() == {MessageStatus.PENDING: 2}


async def test_claim_takes_each_message_once_within_the_lease(store: Store) -> None:
    await store.receive([incoming(b"a"), incoming(b"b"), incoming(b"c")])
    got = await store.claim_pending(2, T0, LEASE)
    rest = await store.claim_pending(10, T0, LEASE)
    assert len(got) == 2 and len(rest) == 1
    assert await store.claim_pending(10, T0, LEASE) == []
    # after the lease, unprocessed messages are claimable again (the processor died)
    assert len(await store.claim_pending(10, T0 + LEASE * 2, LEASE)) == 3


async def test_hard_event_suppresses_and_recording_twice_changes_nothing(store: Store) -> None:
    (mid,) = await store.receive([incoming(b"dsn")])
    outcome = Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (hard("Someone@Example.COM"),))
    changed = await Recorder(store).record([outcome], {mid: T0}, T0)
    assert changed == {"someone@example.com"}
    await Recorder(store).record([outcome], {mid: T0}, T0)  # the same processing again
    rows = await store.lookup(["SOMEONE@example.com"])
    row = rows["someone@example.com"]
    assert (row.state, row.suppression_reason, row.reason) == (
        "suppressed",
        "hard-bounce",
        "userunknown",
    )
    assert row.event_count == 1
    assert row.last_event_at == T0
    assert len(await store.events_of("Someone@Example.com")) == 1
    assert await store.message_counts() == {MessageStatus.PROCESSED: 1}


async def test_unknown_address_is_absent(store: Store) -> None:
    assert await store.lookup(["nobody@example.com"]) == {}


async def test_manual_unsuppress_then_suppress(store: Store) -> None:
    (mid,) = await store.receive([incoming(b"dsn")])
    await Recorder(store).record(
        [Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (hard("a@example.com"),))],
        {mid: T0},
        T0,
    )
    later = T0 + timedelta(hours=1)
    await Recorder(store).add_manual_event(
        "a@example.com", "unsuppress", later, actor="ops", note="ok"
    )
    assert (await store.lookup(["a@example.com"]))["a@example.com"].state == "active"
    await Recorder(store).add_manual_event("a@example.com", "suppress", later + timedelta(hours=1))
    row = (await store.lookup(["a@example.com"]))["a@example.com"]
    assert (row.state, row.suppression_reason) == ("suppressed", "manual")


async def test_unparsable_message_is_kept(store: Store) -> None:
    (mid,) = await store.receive([incoming(b"\x00junk")])
    await Recorder(store).record(
        [Outcome(mid, MessageStatus.UNPARSABLE, "unparsable", "no headers")], {mid: T0}, T0
    )
    assert await store.message_counts() == {MessageStatus.UNPARSABLE: 1}


async def test_states_that_end_by_the_clock_are_rederived(store: Store) -> None:
    from bouncesink.pipeline import NewEvent as Ev

    await Recorder(store).add_manual_event(
        "temp@example.com", "suppress", T0, expires_at=T0 + timedelta(days=1)
    )
    (mid,) = await store.receive([incoming(b"soft")])
    soft = Ev(0, "full@example.com", Kind.SOFT, Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "t")
    await Recorder(store).record(
        [Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (soft,))], {mid: T0}, T0
    )
    assert await Recorder(store).rederive_due(T0 + timedelta(hours=1)) == 0
    later = T0 + timedelta(days=15)
    assert await Recorder(store).rederive_due(later) == 2
    rows = await store.lookup(["temp@example.com", "full@example.com"])
    assert (rows["temp@example.com"].state, rows["full@example.com"].state) == ("active", "active")
    assert await Recorder(store).rederive_due(later) == 0  # nothing left to do: no churn


async def test_recorded_state_is_what_the_stored_history_derives(store: Store) -> None:
    """Recording takes a new address's history from what it writes instead of reading it
    back: the rows must be those that re-deriving from the stored events gives."""
    from dataclasses import replace

    from bouncesink.pipeline import NewEvent as Ev

    def soft(address: str, index: int = 0) -> Ev:
        return Ev(index, address, Kind.SOFT, Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "t")

    def addresses_table() -> list[tuple[object, ...]]:
        return sorted(
            (
                a.address,
                a.state,
                a.suppression_reason,
                a.soft_score,
                a.kind,
                a.reason,
                a.status,
                a.diagnostic,
                a.suppressed_at,
                a.expires_at,
                a.last_event_at,
                a.event_count,
            )
            for a in rows.values()
        )

    names = ["known@example.com", "new@example.com", "untrusted@example.com", "soft@example.com"]
    (first,) = await store.receive([incoming(b"first")])
    await Recorder(store).record(
        [Outcome(first, MessageStatus.PROCESSED, "dsn", None, (soft("known@example.com"),))],
        {first: T0},
        T0,
    )
    await Recorder(store).add_manual_event(
        "manual@example.com", "suppress", T0, actor="ops", note="n"
    )
    later = T0 + timedelta(days=1)
    second, third = await store.receive([incoming(b"second"), incoming(b"third")])
    events = (
        soft("known@example.com", 0),
        hard("new@example.com", 1),
        replace(hard("untrusted@example.com", 2), trusted=False),
        soft("soft@example.com", 3),
    )
    outcomes = [
        Outcome(second, MessageStatus.PROCESSED, "dsn", None, events),
        Outcome(third, MessageStatus.PROCESSED, "dsn", None, (hard("new@example.com", 1),)),
    ]
    await Recorder(store).record(outcomes, {second: later, third: later}, later)
    await Recorder(store).record(outcomes[:1], {second: later}, later)  # processed twice: no change
    # processed twice and read differently: the record stored first stays, the other is not
    # an event of its address
    again = Outcome(second, MessageStatus.PROCESSED, "dsn", None, (hard("other@example.com"),))
    await Recorder(store).record([again], {second: later}, later)
    all_names = [*names, "manual@example.com", "other@example.com"]
    rows = await store.lookup(all_names)
    recorded = addresses_table()
    await store.transaction(lambda unit: derive(unit, all_names, later, PolicyConfig(), ()))
    rows = await store.lookup(all_names)
    assert addresses_table() == recorded
    assert {a.address: a.state for a in rows.values()} == {
        "known@example.com": "soft",
        "new@example.com": "suppressed",
        "untrusted@example.com": "active",
        "soft@example.com": "soft",
        "manual@example.com": "suppressed",
        "other@example.com": "active",
    }
    assert rows["new@example.com"].event_count == 2
    assert rows["other@example.com"].event_count == 0
