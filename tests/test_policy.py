"""Address policy: each rule of the design's "Address state", as tables and as properties."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bouncesink.errors import ConfigError
from bouncesink.policy import AddressStatus, PolicyConfig, advance, apply, derive
from bouncesink.types import AddressState, Category, Event, Kind, Reason, SuppressionReason

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
DEFAULT = PolicyConfig()
ACTIVE, SOFT, SUPPRESSED = AddressState.ACTIVE, AddressState.SOFT, AddressState.SUPPRESSED

# A typical event of each kind: (category, reason, status).
TYPICAL: dict[Kind, tuple[Category, Reason, str | None]] = {
    Kind.HARD: (Category.BAD_MAILBOX, Reason.USERUNKNOWN, "5.1.1"),
    Kind.SOFT: (Category.QUOTA_ISSUES, Reason.MAILBOXFULL, "4.2.2"),
    Kind.BLOCK: (Category.SPAM_RELATED, Reason.BLOCKED, "5.7.1"),
    Kind.COMPLAINT: (Category.COMPLAINT, Reason.FEEDBACK, None),
    Kind.AUTOREPLY: (Category.AUTO_REPLY, Reason.VACATION, None),
    Kind.DELAYED: (Category.DELAYED, Reason.DELAYED, "4.4.7"),
    Kind.DELIVERED: (Category.DELIVERED, Reason.DELIVERED, "2.0.0"),
    Kind.UNKNOWN: (Category.OTHER, Reason.UNDEFINED, None),
    Kind.NONE: (Category.NONE, Reason.UNDEFINED, None),
}


def at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def ev(kind: Kind, days: float, **fields: Any) -> Event:
    """A bounce event ``days`` after T0."""
    category, reason, status = TYPICAL[kind]
    base: dict[str, Any] = {"status": status, "diagnostic": f"{kind} said so", "message_id": 7}
    return Event(
        address="someone@example.org",
        occurred_at=at(days),
        kind=kind,
        category=category,
        reason=reason,
        **(base | fields),
    )


def op(action: str, days: float, expires: float | None = None) -> Event:
    """An operator's event ``days`` after T0."""
    return Event(
        address="someone@example.org",
        occurred_at=at(days),
        kind=Kind.NONE,
        category=Category.NONE,
        reason=Reason.UNDEFINED,
        manual=action,
        expires_at=None if expires is None else at(expires),
        extra={"actor": "alice", "note": f"{action} by ticket 42"},
    )


def soft_days(*days: float) -> list[Event]:
    return [ev(Kind.SOFT, d) for d in days]


H, S, B, C, D = Kind.HARD, Kind.SOFT, Kind.BLOCK, Kind.COMPLAINT, Kind.DELIVERED
HARD_BOUNCE = SuppressionReason.HARD_BOUNCE
SOFT_THRESHOLD = SuppressionReason.SOFT_THRESHOLD
COMPLAINT, MANUAL, IMPORT = (
    SuppressionReason.COMPLAINT,
    SuppressionReason.MANUAL,
    SuppressionReason.IMPORT,
)

# (name, events, now in days after T0, config, expected: state, suppression reason, score)
# Kept as a table on purpose: one rule per row reads better than ruff's vertical layout.
# fmt: off
RULES: list[tuple[str, list[Event], float, PolicyConfig, AddressState, Any, int]] = [
    ("nothing happened", [], 0, DEFAULT, ACTIVE, None, 0),
    ("hard suppresses at once", [ev(H, 0)], 0, DEFAULT, SUPPRESSED, HARD_BOUNCE, 0),
    ("complaint suppresses", [ev(C, 0)], 0, DEFAULT, SUPPRESSED, COMPLAINT, 0),
    ("hard never expires", [ev(H, 0)], 3650, DEFAULT, SUPPRESSED, HARD_BOUNCE, 0),
    ("block never touches", [ev(B, d) for d in range(10)], 10, DEFAULT, ACTIVE, None, 0),
    ("autoreply", [ev(Kind.AUTOREPLY, 0)], 0, DEFAULT, ACTIVE, None, 0),
    ("delayed", [ev(Kind.DELAYED, 0)], 0, DEFAULT, ACTIVE, None, 0),
    ("unknown", [ev(Kind.UNKNOWN, 0)], 0, DEFAULT, ACTIVE, None, 0),
    ("none", [ev(Kind.NONE, 0)], 0, DEFAULT, ACTIVE, None, 0),
    ("one soft", soft_days(0), 0, DEFAULT, SOFT, None, 1),
    ("same day counts once", soft_days(0, 0.1, 0.2, 0.4), 1, DEFAULT, SOFT, None, 1),
    ("four days", soft_days(0, 1, 2, 3), 3, DEFAULT, SOFT, None, 4),
    ("five days suppress", soft_days(0, 1, 2, 3, 4), 4, DEFAULT, SUPPRESSED, SOFT_THRESHOLD, 5),
    ("window: day 0 and day 29 count", soft_days(0, 7, 14, 21, 29), 29, DEFAULT,
     SUPPRESSED, SOFT_THRESHOLD, 5),
    ("window: day 0 is out on day 30", soft_days(0, 7, 14, 21, 30), 30, DEFAULT, SOFT, None, 4),
    ("soft suppression holds", soft_days(0, 1, 2, 3, 4), 93.9, DEFAULT,
     SUPPRESSED, SOFT_THRESHOLD, 5),
    ("soft suppression expires after 90 days", soft_days(0, 1, 2, 3, 4), 94, DEFAULT,
     ACTIVE, None, 0),
    ("fresh score after expiry", [*soft_days(0, 1, 2, 3, 4), ev(S, 94)], 94, DEFAULT,
     SOFT, None, 1),
    ("0 = never expires", soft_days(0, 1, 2, 3, 4), 3650, PolicyConfig(soft_suppression_days=0),
     SUPPRESSED, SOFT_THRESHOLD, 5),
    ("not lapsed just before 14 quiet days", soft_days(0, 1, 2, 3), 17 - 1e-6, DEFAULT,
     SOFT, None, 4),
    ("lapsed after 14 quiet days", soft_days(0, 1, 2, 3), 17, DEFAULT, ACTIVE, None, 0),
    ("lapse restarts the score", soft_days(0, 1, 2, 3, 17), 17, DEFAULT, SOFT, None, 1),
    ("0 = never lapses", soft_days(0, 1, 2, 3), 25, PolicyConfig(soft_lapse_days=0),
     SOFT, None, 4),
    ("window empties the score", soft_days(0), 5,
     PolicyConfig(soft_window_days=2, soft_lapse_days=0), ACTIVE, None, 0),
    ("block is not activity", [ev(S, 0), ev(B, 10)], 14, DEFAULT, ACTIVE, None, 0),
    ("delayed is not activity", [ev(S, 0), ev(Kind.DELAYED, 10)], 14, DEFAULT, ACTIVE, None, 0),
    ("score per day 2", soft_days(0, 1, 2), 2, PolicyConfig(soft_score_per_day=2),
     SUPPRESSED, SOFT_THRESHOLD, 6),
    ("threshold 3", soft_days(0, 1, 2), 2, PolicyConfig(soft_threshold=3),
     SUPPRESSED, SOFT_THRESHOLD, 3),
    ("delivered clears soft", [*soft_days(0, 1, 2, 3), ev(D, 3.5), ev(S, 4)], 4, DEFAULT,
     SOFT, None, 1),
    ("delivered clears nothing when off", [*soft_days(0, 1, 2, 3), ev(D, 3.5), ev(S, 4)], 4,
     PolicyConfig(delivered_clears_soft=False), SUPPRESSED, SOFT_THRESHOLD, 5),
    ("delivered lifts no hard", [ev(H, 0), ev(D, 1)], 1, DEFAULT, SUPPRESSED, HARD_BOUNCE, 0),
    ("delivered lifts no soft suppression", [*soft_days(0, 1, 2, 3, 4), ev(D, 5)], 5, DEFAULT,
     SUPPRESSED, SOFT_THRESHOLD, 5),
    ("hard upgrades a soft suppression", [*soft_days(0, 1, 2, 3, 4), ev(H, 5)], 200, DEFAULT,
     SUPPRESSED, HARD_BOUNCE, 0),
    ("hard after soft", [*soft_days(0, 1), ev(H, 2)], 2, DEFAULT, SUPPRESSED, HARD_BOUNCE, 0),
    ("unknown may suppress if configured", [ev(Kind.UNKNOWN, 0)], 0,
     PolicyConfig(suppress_now_kinds=frozenset({H, C, Kind.UNKNOWN})),
     SUPPRESSED, HARD_BOUNCE, 0),
    ("hard may be turned off", [ev(H, 0)], 0, PolicyConfig(suppress_now_kinds=frozenset({C})),
     ACTIVE, None, 0),
    ("manual suppress", [op("suppress", 0)], 0, DEFAULT, SUPPRESSED, MANUAL, 0),
    ("import", [op("import", 0)], 0, DEFAULT, SUPPRESSED, IMPORT, 0),
    ("import until", [op("import", 0, expires=10)], 9, DEFAULT, SUPPRESSED, IMPORT, 0),
    ("import expired", [op("import", 0, expires=10)], 10, DEFAULT, ACTIVE, None, 0),
    ("unsuppress lifts hard", [ev(H, 0), op("unsuppress", 1)], 1, DEFAULT, ACTIVE, None, 0),
    ("unsuppress lifts complaint", [ev(C, 0), op("unsuppress", 1)], 1, DEFAULT, ACTIVE, None, 0),
    ("unsuppress lifts manual", [op("suppress", 0), op("unsuppress", 1)], 1, DEFAULT,
     ACTIVE, None, 0),
    ("unsuppress clears soft score", [*soft_days(0, 1, 2, 3), op("unsuppress", 3.5)], 3.5,
     DEFAULT, ACTIVE, None, 0),
    ("unsuppress holds against a late older hard", [op("unsuppress", 1), ev(H, 0)], 1, DEFAULT,
     ACTIVE, None, 0),
    ("unsuppress wins a tie with hard", [op("unsuppress", 1), ev(H, 1)], 1, DEFAULT,
     ACTIVE, None, 0),
    ("soft after unsuppress: fresh score", [ev(H, 0), *soft_days(1, 2), op("unsuppress", 2.5),
     *soft_days(3, 4)], 4, DEFAULT, SOFT, None, 2),
    ("fresh score can reach the threshold", [ev(H, 0), op("unsuppress", 0.5),
     *soft_days(1, 2, 3, 4, 5)], 5, DEFAULT, SUPPRESSED, SOFT_THRESHOLD, 5),
    ("hard after unsuppress", [ev(H, 0), op("unsuppress", 1), ev(H, 2)], 2, DEFAULT,
     SUPPRESSED, HARD_BOUNCE, 0),
    ("complaint after unsuppress", [ev(H, 0), op("unsuppress", 1), ev(C, 2)], 2, DEFAULT,
     SUPPRESSED, COMPLAINT, 0),
    ("block after unsuppress", [ev(H, 0), op("unsuppress", 1), ev(B, 2)], 2, DEFAULT,
     ACTIVE, None, 0),
    ("first permanent suppression stays", [ev(H, 0), ev(C, 1)], 1, DEFAULT,
     SUPPRESSED, HARD_BOUNCE, 0),
    ("permanent manual stays", [op("suppress", 0), ev(H, 1)], 1, DEFAULT, SUPPRESSED, MANUAL, 0),
    ("expiring manual yields to hard", [op("suppress", 0, expires=30), ev(H, 1)], 40, DEFAULT,
     SUPPRESSED, HARD_BOUNCE, 0),
    ("operator overrides hard", [ev(H, 0), op("suppress", 1)], 1, DEFAULT, SUPPRESSED, MANUAL, 0),
    ("future events are ignored", [ev(H, 5)], 4, DEFAULT, ACTIVE, None, 0),
    ("future events count once past", [ev(H, 5)], 5, DEFAULT, SUPPRESSED, HARD_BOUNCE, 0),
]
# fmt: on


@pytest.mark.parametrize(
    ("events", "now", "config", "state", "reason", "score"),
    [pytest.param(*row[1:], id=row[0]) for row in RULES],
)
def test_rules(
    events: list[Event],
    now: float,
    config: PolicyConfig,
    state: AddressState,
    reason: SuppressionReason | None,
    score: int,
) -> None:
    status = derive(events, at(now), config)
    assert (status.state, status.suppression_reason, status.soft_score) == (state, reason, score)


SAME_INSTANT = [
    ev(H, 1, diagnostic="first"),
    ev(H, 1, diagnostic="second"),
    ev(C, 1),
    ev(S, 1),
    ev(D, 1),
    ev(B, 1),
    op("unsuppress", 1),
    op("suppress", 1, expires=2),
]


@pytest.mark.parametrize("seed", range(20))
def test_events_at_the_same_instant_in_any_order(seed: int) -> None:
    shuffled = list(SAME_INSTANT)
    random.Random(seed).shuffle(shuffled)
    for now in (at(1), at(2)):
        assert derive(shuffled, now, DEFAULT) == derive(SAME_INSTANT, now, DEFAULT)
    without_suppress = [e for e in shuffled if e.manual != "suppress"]
    assert derive(without_suppress, at(1), DEFAULT).state is ACTIVE  # unsuppress applies last


def test_hard_bounce_says_why_and_since_when() -> None:
    status = derive([ev(S, 0), ev(H, 2, message_id=99), ev(C, 3)], at(4), DEFAULT)
    assert status.suppressed
    assert status.suppressed_at == status.decided_at == at(2)
    assert status.expires_at is None
    assert (status.kind, status.category, status.reason) == (
        Kind.HARD,
        Category.BAD_MAILBOX,
        Reason.USERUNKNOWN,
    )
    assert (status.status, status.diagnostic, status.message_id) == ("5.1.1", "hard said so", 99)
    assert status.last_event_at == at(3)
    assert status.as_of == at(4)


def test_soft_threshold_suppression_carries_its_evidence() -> None:
    status = derive([*soft_days(0, 1, 2, 3, 4), ev(S, 6)], at(7), DEFAULT)
    assert status.suppression_reason is SOFT_THRESHOLD
    assert status.suppressed_at == at(4)
    assert status.expires_at == at(94)  # a soft failure while suppressed does not extend it
    assert status.soft_days == tuple(at(d).date() for d in range(5))
    assert status.reason is Reason.MAILBOXFULL


def test_manual_events_carry_actor_and_note() -> None:
    suppressed = derive([op("suppress", 0, expires=30)], at(1), DEFAULT)
    assert (suppressed.actor, suppressed.note, suppressed.manual) == (
        "alice",
        "suppress by ticket 42",
        "suppress",
    )
    assert suppressed.expires_at == at(30)
    unsuppressed = derive([ev(H, 0), op("unsuppress", 1)], at(2), DEFAULT)
    assert unsuppressed.unsuppressed_at == at(1)
    assert (unsuppressed.manual, unsuppressed.actor) == ("unsuppress", "alice")
    again = derive([ev(H, 0), op("unsuppress", 1), ev(H, 2)], at(2), DEFAULT)
    assert again.unsuppressed_at is None


def test_lapse_and_expiry_leave_no_deciding_event() -> None:
    for status in (
        derive(soft_days(0), at(14), DEFAULT),
        derive(soft_days(0, 1, 2, 3, 4), at(94), DEFAULT),
    ):
        assert status == AddressStatus(
            last_soft_at=status.last_soft_at, last_event_at=status.last_event_at, as_of=status.as_of
        )


def test_block_moves_only_last_event_at() -> None:
    history = [*soft_days(0, 1), ev(H, 2)]
    with_blocks = [*history, ev(B, 1.5), ev(B, 3)]
    assert derive(with_blocks, at(4), DEFAULT) == replace(
        derive(history, at(4), DEFAULT), last_event_at=at(3)
    )


@pytest.mark.parametrize(
    ("stamps", "score"),
    [
        pytest.param(["2026-03-01T23:30:00+00:00", "2026-03-02T00:30:00+00:00"], 2, id="midnight"),
        pytest.param(["2026-03-01T22:00:00+00:00", "2026-03-02T01:00:00+02:00"], 1, id="offset"),
    ],
)
def test_days_are_utc_days(stamps: list[str], score: int) -> None:
    events = [replace(ev(S, 0), occurred_at=datetime.fromisoformat(s)) for s in stamps]
    now = max(e.occurred_at for e in events)
    assert derive(events, now, DEFAULT).soft_score == score


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2026, 1, 5, 12, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        derive([], naive, DEFAULT)
    with pytest.raises(ValueError, match="timezone-aware"):
        derive([replace(ev(H, 0), occurred_at=naive)], at(1), DEFAULT)


def test_unknown_operator_action_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown operator action 'forget'"):
        derive([op("forget", 0)], at(1), DEFAULT)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"soft_threshold": 0}, "soft_threshold"),
        ({"soft_window_days": 0}, "soft_window_days"),
        ({"soft_score_per_day": 0}, "soft_score_per_day"),
        ({"soft_lapse_days": -1}, "soft_lapse_days"),
        ({"soft_suppression_days": -1}, "soft_suppression_days"),
        ({"suppress_now_kinds": frozenset({Kind.HARD, Kind.BLOCK})}, "suppress_now_kinds"),
        ({"suppress_now_kinds": frozenset({Kind.DELIVERED})}, "suppress_now_kinds"),
    ],
)
def test_config_errors_name_the_key(fields: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError, match=rf"\[policy\]\.{key}"):
        PolicyConfig(**fields)


def test_apply_refuses_older_and_future_events() -> None:
    status = derive([ev(S, 2)], at(3), DEFAULT)
    with pytest.raises(ValueError, match="not newer"):
        apply(status, ev(H, 1), at(3), DEFAULT)
    with pytest.raises(ValueError, match="after now"):
        apply(status, ev(H, 5), at(4), DEFAULT)
    with pytest.raises(ValueError, match="back"):
        advance(status, at(2), DEFAULT)


# --- properties ---------------------------------------------------------------------------

KINDS = list(TYPICAL)
# Spread over 150 days, or crowded into two days or into a few hours so that ties happen.
hours = st.integers(0, 24 * 150) | st.integers(0, 48) | st.integers(0, 3)


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Any event within 150 days of T0, on whole hours so that ties and shared days happen."""
    when = T0 + timedelta(hours=draw(hours))
    action = draw(st.sampled_from([None] * 6 + ["suppress", "unsuppress", "import"]))
    if action is not None:
        expires = draw(st.none() | hours.map(lambda h: T0 + timedelta(hours=h)))
        return replace(op(action, 0, None), occurred_at=when, expires_at=expires)
    kind = draw(st.sampled_from(KINDS))
    diagnostic = draw(st.sampled_from(["a", "b"]))
    return replace(ev(kind, 0), occurred_at=when, diagnostic=diagnostic)


histories = st.lists(events(), max_size=25)
nows = hours.map(lambda h: T0 + timedelta(hours=h))
configs = st.builds(
    PolicyConfig,
    soft_threshold=st.integers(1, 6),
    soft_window_days=st.integers(1, 40),
    soft_lapse_days=st.integers(0, 20),
    soft_suppression_days=st.integers(0, 100),
    delivered_clears_soft=st.booleans(),
)


@given(histories, nows, configs, st.randoms(use_true_random=False))
def test_order_does_not_matter(
    history: list[Event], now: datetime, config: PolicyConfig, rnd: random.Random
) -> None:
    shuffled = list(history)
    rnd.shuffle(shuffled)
    assert derive(shuffled, now, config) == derive(history, now, config)


@given(histories, nows, configs)
def test_the_same_events_twice_change_nothing(
    history: list[Event], now: datetime, config: PolicyConfig
) -> None:
    assert derive(history + history, now, config) == derive(history, now, config)


@given(histories, nows, configs, st.lists(hours, max_size=5))
def test_block_never_touches_the_address(
    history: list[Event], now: datetime, config: PolicyConfig, block_hours: list[int]
) -> None:
    blocks = [replace(ev(B, 0), occurred_at=T0 + timedelta(hours=h)) for h in block_hours]
    with_blocks = derive(history + blocks, now, config)
    without = derive(history, now, config)
    assert replace(with_blocks, last_event_at=None) == replace(without, last_event_at=None)
    seen = [e.occurred_at for e in history + blocks if e.occurred_at <= now]
    assert with_blocks.last_event_at == max(seen, default=None)


@given(histories, nows, configs)
def test_status_invariants(history: list[Event], now: datetime, config: PolicyConfig) -> None:
    status = derive(history, now, config)
    if status.state is SUPPRESSED:
        assert status.suppression_reason is not None and status.suppressed_at is not None
        assert status.expires_at is None or status.expires_at > now
    else:
        assert status.suppression_reason is None and status.expires_at is None
    if status.state is SOFT:
        assert 0 < status.soft_score < config.soft_threshold
        assert status.soft_score == len(status.soft_days) * config.soft_score_per_day
    if status.state is ACTIVE:
        assert status.soft_score == 0 and status.soft_days == ()


@given(histories, nows, configs, st.sampled_from([H, C]))
def test_a_latest_hard_failure_or_complaint_suppresses(
    history: list[Event], now: datetime, config: PolicyConfig, kind: Kind
) -> None:
    latest = max([now, *(e.occurred_at for e in history)])
    final = replace(ev(kind, 0), occurred_at=latest + timedelta(hours=1))
    status = derive([*history, final], final.occurred_at, config)
    assert status.suppressed
    assert status.expires_at is None or status.expires_at > final.occurred_at


@given(histories, nows, configs)
def test_a_latest_unsuppress_holds(
    history: list[Event], now: datetime, config: PolicyConfig
) -> None:
    latest = max([now, *(e.occurred_at for e in history)])
    final = replace(op("unsuppress", 0), occurred_at=latest + timedelta(hours=1))
    later_softs = [
        replace(ev(S, 0), occurred_at=final.occurred_at + timedelta(days=d))
        for d in range(config.soft_threshold - 1)  # too few days to reach the threshold
    ]
    status = derive([*history, final, *later_softs], final.occurred_at + timedelta(days=40), config)
    assert not status.suppressed


@given(histories, nows, st.data(), configs)
def test_advance_equals_derive_later(
    history: list[Event], now: datetime, data: st.DataObject, config: PolicyConfig
) -> None:
    later = now + timedelta(hours=data.draw(st.integers(0, 24 * 200)))
    past = [e for e in history if e.occurred_at <= now]
    assert advance(derive(history, now, config), later, config) == derive(past, later, config)


@given(histories, st.data(), configs)
def test_apply_fold_equals_derive(
    history: list[Event], data: st.DataObject, config: PolicyConfig
) -> None:
    by_time = {e.occurred_at: e for e in history}  # apply needs strictly newer events
    ordered = [by_time[t] for t in sorted(by_time)]
    status = derive([], T0, config)
    for i, event in enumerate(ordered):
        # The worker may run at any time between this event and the next.
        until = ordered[i + 1].occurred_at if i + 1 < len(ordered) else at(300)
        gap = int((until - event.occurred_at).total_seconds() // 3600)
        now = event.occurred_at + timedelta(hours=data.draw(st.integers(0, gap)))
        status = apply(status, event, now, config)
    final = max(status.as_of, T0)
    assert status == derive(ordered, final, config)


def test_fixed_tz_offsets_compare_equal() -> None:
    paris = timezone(timedelta(hours=1))
    event = replace(ev(H, 0), occurred_at=T0.astimezone(paris))
    assert derive([event], T0, DEFAULT).suppressed_at == T0
