"""Events + history → the current state of one address (design: "Address state").

Pure: no I/O, no clock (``now`` is an argument), no database. :func:`derive` folds an
address's whole event history into an :class:`AddressStatus`; :func:`apply` adds one newer
event to a status incrementally; :func:`advance` re-reads a status at a later time.

The rules, applied to the events in time order:

- **hard** and **complaint** (``PolicyConfig.suppress_now_kinds``) suppress at once, reason
  ``hard-bounce`` / ``complaint``, with no expiry. An address already under a permanent
  suppression keeps it (and its "since when"); one under an expiring suppression (soft
  threshold, or a manual one with ``expires_at``) is re-suppressed permanently.
- **soft** adds ``soft_score_per_day`` once per distinct UTC day; only days within the last
  ``soft_window_days`` days count (with 30: days 0 and 29 count together, 0 and 30 do not). At
  ``soft_threshold`` the address is suppressed, reason ``soft-threshold``, until
  ``suppressed_at + soft_suppression_days`` (0 = never); at that instant it is active again
  with a fresh score. ``soft_lapse_days`` (a duration, 0 = never) after the last soft failure
  without another one, the score lapses to 0 and the address is active. Soft failures while
  suppressed change nothing (they do not extend the suppression).
- **delivered** clears a soft score (``delivered_clears_soft``); it never lifts a suppression.
- **block**, **autoreply**, **delayed**, **unknown** and **none** never touch the state; like
  every event they only move ``last_event_at``.
- **Manual** events (``Event.manual``; ``actor`` and ``note`` in ``Event.extra``) always take
  effect: ``suppress`` / ``import`` suppress with reason ``manual`` / ``import`` until
  ``Event.expires_at`` (None = never); ``unsuppress`` makes the address active with a score of
  0. Only events *after* it can change that again (a hard failure, a complaint, or a fresh soft
  score reaching the threshold); older events, even ones that arrive later, sort before it.

Ordering: events are sorted by ``occurred_at``; events at the same instant by a fixed
precedence (non-changing kinds, delivered, soft, hard, complaint, then manual unsuppress,
import, suppress), then by content, so any permutation of a history gives the same status.
Events that occurred after ``now`` are not yet part of the history and are ignored.
All datetimes must be timezone-aware.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from functools import reduce
from typing import Protocol

from bouncesink.errors import ConfigError
from bouncesink.types import (
    AddressState,
    Category,
    Event,
    Kind,
    Reason,
    SuppressionReason,
)

MANUAL_SUPPRESS = "suppress"
MANUAL_UNSUPPRESS = "unsuppress"
MANUAL_IMPORT = "import"

# Kinds that may be configured to suppress at once; block never touches the address.
_SUPPRESSIBLE_KINDS = frozenset({Kind.HARD, Kind.COMPLAINT, Kind.UNKNOWN})

# Precedence of events at the same instant, lowest first (the last applied wins).
_KIND_RANK = {Kind.DELIVERED: 1, Kind.SOFT: 2, Kind.HARD: 3, Kind.COMPLAINT: 4}
_MANUAL_RANK = {MANUAL_UNSUPPRESS: 5, MANUAL_IMPORT: 6, MANUAL_SUPPRESS: 7}

_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class PolicyConfig:
    """Every number of the address policy; the defaults are the design's."""

    soft_score_per_day: int = 1
    soft_threshold: int = 5
    soft_window_days: int = 30
    soft_lapse_days: int = 14  # 0 = a soft score never lapses
    soft_suppression_days: int = 90  # 0 = a soft-threshold suppression never expires
    delivered_clears_soft: bool = True
    suppress_now_kinds: frozenset[Kind] = frozenset({Kind.HARD, Kind.COMPLAINT})

    def __post_init__(self) -> None:
        _at_least("soft_score_per_day", self.soft_score_per_day, 1)
        _at_least("soft_threshold", self.soft_threshold, 1)
        _at_least("soft_window_days", self.soft_window_days, 1)
        _at_least("soft_lapse_days", self.soft_lapse_days, 0)
        _at_least("soft_suppression_days", self.soft_suppression_days, 0)
        extra = set(self.suppress_now_kinds) - _SUPPRESSIBLE_KINDS
        if extra:
            allowed = ", ".join(sorted(_SUPPRESSIBLE_KINDS))
            raise ConfigError(
                f"[policy].suppress_now_kinds: {', '.join(sorted(extra))} cannot suppress an "
                f"address; use a subset of {allowed}"
            )


def _at_least(key: str, value: int, minimum: int) -> None:
    if value < minimum:
        raise ConfigError(f"[policy].{key}: expected an integer >= {minimum}, got {value}")


@dataclass(frozen=True, slots=True)
class AddressStatus:
    """The state of one address at ``as_of``, with the evidence for it.

    The deciding event is the one that put the address in its current state: the suppressing
    event, the latest counted soft failure, the unsuppress or the delivered notice that made
    it active. Its fields are None for an address that nothing has happened to, or whose soft
    score lapsed or whose suppression expired.
    """

    state: AddressState = AddressState.ACTIVE
    suppression_reason: SuppressionReason | None = None
    soft_score: int = 0
    soft_days: tuple[date, ...] = ()  # UTC days of the soft failures that make the score
    suppressed_at: datetime | None = None  # since when (first permanent suppression kept)
    expires_at: datetime | None = None  # when the suppression ends by itself; None = never
    decided_at: datetime | None = None  # occurred_at of the deciding event
    kind: Kind | None = None
    category: Category | None = None
    reason: Reason | None = None
    status: str | None = None
    diagnostic: str | None = None
    rule: str | None = None
    message_id: int | None = None  # stored message that is the evidence
    manual: str | None = None  # the operator's action, when one decided
    actor: str | None = None
    note: str | None = None
    unsuppressed_at: datetime | None = None  # an operator's unsuppress still in force
    last_soft_at: datetime | None = None
    last_event_at: datetime | None = None  # latest event of any kind, block included
    as_of: datetime = field(default=_NEVER)  # the `now` this status was computed for

    @property
    def suppressed(self) -> bool:
        """True when mail to this address must not be sent."""
        return self.state is AddressState.SUPPRESSED


_STATUS_SLOTS = tuple(
    (f.name, getattr(AddressStatus, f.name).__set__) for f in fields(AddressStatus)
)


def replace(status: AddressStatus, **changes: object) -> AddressStatus:
    """``dataclasses.replace`` for AddressStatus, at a third of its cost (it runs several times
    per event of every address re-derived): the slots are copied, the changes set."""
    new = object.__new__(AddressStatus)
    for name, set_slot in _STATUS_SLOTS:
        set_slot(new, changes.pop(name) if name in changes else getattr(status, name))
    if changes:
        raise TypeError(f"AddressStatus has no field {', '.join(changes)}")
    return new


def derive(events: Sequence[Event], now: datetime, config: PolicyConfig) -> AddressStatus:
    """Fold an address's whole event history into its status at ``now``.

    Order-independent: the events are sorted (see the module docstring). Events that occurred
    after ``now`` are ignored. The same event given twice counts once, since soft failures
    count per distinct day and a second suppression keeps the first.
    """
    _require_aware(now, "now")
    for event in events:
        _require_aware(event.occurred_at, "Event.occurred_at")
    visible = [e for e in events if e.occurred_at <= now]
    if len(visible) > 1:
        visible.sort(key=_order_key)
    return advance(_fold(AddressStatus(), visible, config), now, config)


def apply(
    status: AddressStatus, event: Event, now: datetime, config: PolicyConfig
) -> AddressStatus:
    """Add one event that is newer than everything in ``status``; gives what derive would.

    ``apply(derive(h, t0), e, now) == derive(h + [e], now)`` when ``e`` occurred after every
    event of ``h`` and no earlier than ``t0``. Raises ValueError otherwise (an older event
    arriving late, or one in the future): derive over the whole history instead.
    """
    _require_aware(now, "now")
    _require_aware(event.occurred_at, "Event.occurred_at")
    newest = status.last_event_at
    if event.occurred_at < status.as_of or (newest is not None and event.occurred_at <= newest):
        raise ValueError(
            f"event at {event.occurred_at.isoformat()} is not newer than the status "
            f"(as of {status.as_of.isoformat()}); derive the status from the whole history"
        )
    if event.occurred_at > now:
        raise ValueError(
            f"event at {event.occurred_at.isoformat()} is after now ({now.isoformat()}); "
            "apply it once it has happened"
        )
    return advance(_step(status, event, config), now, config)


def advance(status: AddressStatus, now: datetime, config: PolicyConfig) -> AddressStatus:
    """The same status seen at a later ``now``: expiries and lapses that fell due, applied.

    Raises ValueError when ``now`` is before ``status.as_of``.
    """
    _require_aware(now, "now")
    if now < status.as_of:
        raise ValueError(f"cannot move a status back from {status.as_of} to {now}")
    status = _expire(status, now)
    status = _lapse(status, now, config)
    return status if status.as_of == now else replace(status, as_of=now)


def _fold(status: AddressStatus, events: Iterable[Event], config: PolicyConfig) -> AddressStatus:
    return reduce(lambda s, e: _step(s, e, config), events, status)


def _step(status: AddressStatus, event: Event, config: PolicyConfig) -> AddressStatus:
    """Apply one event at its own time to a status that is not newer than it."""
    at = event.occurred_at
    if at < status.as_of:
        raise ValueError(f"cannot move a status back from {status.as_of} to {at}")
    # advance() without its as_of copy: the result's as_of is set below
    before = _lapse(_expire(status, at), at, config)
    after = _decide(before, event, config)
    return replace(
        after,
        last_soft_at=after.last_soft_at or before.last_soft_at,
        last_event_at=event.occurred_at,
        as_of=event.occurred_at,
    )


def _decide(status: AddressStatus, event: Event, config: PolicyConfig) -> AddressStatus:
    if event.manual is not None:
        return _manual(event)
    if event.kind in config.suppress_now_kinds:
        return _suppress_now(status, event)
    if event.kind is Kind.SOFT:
        return _soft(status, event, config)
    if event.kind is Kind.DELIVERED and config.delivered_clears_soft:
        return _delivered(status, event)
    return status  # block, autoreply, delayed, unknown, none: the address is untouched


def _manual(event: Event) -> AddressStatus:
    """An operator's action replaces whatever state the address was in."""
    if event.manual == MANUAL_UNSUPPRESS:
        return _decided_by(event, state=AddressState.ACTIVE, unsuppressed_at=event.occurred_at)
    reasons = {MANUAL_SUPPRESS: SuppressionReason.MANUAL, MANUAL_IMPORT: SuppressionReason.IMPORT}
    if event.manual not in reasons:
        raise ValueError(
            f"Event.manual: unknown operator action {event.manual!r}; "
            f"expected {MANUAL_SUPPRESS!r}, {MANUAL_UNSUPPRESS!r} or {MANUAL_IMPORT!r}"
        )
    return _suppressed_by(event, reasons[event.manual], expires_at=event.expires_at)


def _suppress_now(status: AddressStatus, event: Event) -> AddressStatus:
    """Hard failure or complaint: suppressed for good, unless it already is for good."""
    if status.suppressed and status.expires_at is None:
        return status
    reason = (
        SuppressionReason.COMPLAINT
        if event.kind is Kind.COMPLAINT
        else SuppressionReason.HARD_BOUNCE
    )
    return _suppressed_by(event, reason, expires_at=None)


def _soft(status: AddressStatus, event: Event, config: PolicyConfig) -> AddressStatus:
    """Count the event's UTC day once; suppress when the score reaches the threshold."""
    if status.suppressed:
        return status
    day = _utc_day(event.occurred_at)
    days = tuple(sorted(set(status.soft_days) | {day}))
    score = len(days) * config.soft_score_per_day
    if score < config.soft_threshold:
        return _decided_by(
            event,
            state=AddressState.SOFT,
            soft_score=score,
            soft_days=days,
            last_soft_at=event.occurred_at,
            unsuppressed_at=status.unsuppressed_at,
        )
    expires_at = None
    if config.soft_suppression_days:
        expires_at = event.occurred_at + timedelta(days=config.soft_suppression_days)
    suppressed = _suppressed_by(event, SuppressionReason.SOFT_THRESHOLD, expires_at=expires_at)
    return replace(suppressed, soft_score=score, soft_days=days, last_soft_at=event.occurred_at)


def _delivered(status: AddressStatus, event: Event) -> AddressStatus:
    """A delivery clears a soft score; it lifts no suppression."""
    if status.state is not AddressState.SOFT:
        return status
    return _decided_by(
        event,
        state=AddressState.ACTIVE,
        last_soft_at=status.last_soft_at,
        unsuppressed_at=status.unsuppressed_at,
    )


def _expire(status: AddressStatus, now: datetime) -> AddressStatus:
    """A suppression with an expiry ends at that instant: active, fresh score."""
    if not status.suppressed or status.expires_at is None or now < status.expires_at:
        return status
    return _undecided(status)


def _lapse(status: AddressStatus, now: datetime, config: PolicyConfig) -> AddressStatus:
    """Drop soft days out of the window; a soft score lapses after the quiet days."""
    if status.state is not AddressState.SOFT or status.last_soft_at is None:
        return status
    lapse = timedelta(days=config.soft_lapse_days)
    if config.soft_lapse_days and now - status.last_soft_at >= lapse:
        return _undecided(status)
    today = _utc_day(now)
    days = tuple(d for d in status.soft_days if (today - d).days < config.soft_window_days)
    if not days:
        return _undecided(status)
    return replace(status, soft_days=days, soft_score=len(days) * config.soft_score_per_day)


def _suppressed_by(
    event: Event, reason: SuppressionReason, *, expires_at: datetime | None
) -> AddressStatus:
    return _decided_by(
        event,
        state=AddressState.SUPPRESSED,
        suppression_reason=reason,
        suppressed_at=event.occurred_at,
        expires_at=expires_at,
    )


def _decided_by(
    event: Event,
    *,
    state: AddressState,
    suppression_reason: SuppressionReason | None = None,
    soft_score: int = 0,
    soft_days: tuple[date, ...] = (),
    suppressed_at: datetime | None = None,
    expires_at: datetime | None = None,
    last_soft_at: datetime | None = None,
    unsuppressed_at: datetime | None = None,
) -> AddressStatus:
    """A fresh status whose evidence is ``event`` (timestamps are set by the caller)."""
    return AddressStatus(
        state=state,
        suppression_reason=suppression_reason,
        soft_score=soft_score,
        soft_days=soft_days,
        suppressed_at=suppressed_at,
        expires_at=expires_at,
        decided_at=event.occurred_at,
        kind=event.kind,
        category=event.category,
        reason=event.reason,
        status=event.status,
        diagnostic=event.diagnostic,
        rule=event.rule or None,
        message_id=event.message_id,
        manual=event.manual,
        actor=event.extra.get("actor"),
        note=event.extra.get("note"),
        unsuppressed_at=unsuppressed_at,
        last_soft_at=last_soft_at,
    )


def _undecided(status: AddressStatus) -> AddressStatus:
    """Active with no score and no deciding event; only the history timestamps remain."""
    return AddressStatus(
        unsuppressed_at=status.unsuppressed_at,
        last_soft_at=status.last_soft_at,
        last_event_at=status.last_event_at,
        as_of=status.as_of,
    )


def _order_key(event: Event) -> tuple[object, ...]:
    """Time, then same-instant precedence, then content: a total order over distinct events."""
    if event.manual is None:
        rank = _KIND_RANK.get(event.kind, 0)
    else:
        rank = _MANUAL_RANK.get(event.manual, 8)
    return (
        event.occurred_at,
        rank,
        event.kind.value,
        event.category.value,
        event.reason.value,
        event.status or "",
        event.diagnostic or "",
        event.rule,
        -1 if event.message_id is None else event.message_id,
        event.manual or "",
        event.expires_at is not None,
        event.expires_at or event.occurred_at,
        tuple(sorted(event.extra.items())),
    )


def _utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what}: expected a timezone-aware datetime, got {moment.isoformat()}")


# -- the state as the faces read it ----------------------------------------------------------


class StoredState(Protocol):
    """What the store keeps of an address that its state as of a later time depends on."""

    @property
    def state(self) -> str: ...
    @property
    def expires_at(self) -> datetime | None: ...
    @property
    def last_event_at(self) -> datetime | None: ...


def state_at(stored: StoredState | None, now: datetime, soft_lapse_days: int) -> AddressState:
    """The state of an address at `now`, from what the store keeps (None: nothing recorded).

    The stored state was derived when the address's last event was recorded; what happened
    since by the clock alone is applied here, exactly as the store's filters do in SQL
    (:func:`bouncesink.store` ``state_is``) and as :func:`advance` does to a whole status:
    a suppression ends at its ``expires_at`` (manual or soft-threshold); a soft score lapses
    `soft_lapse_days` after the address's last event (0: never). Every face (command line,
    API, policy service) asks this function, and the worker's sweep later makes the stored
    row agree.
    """
    if stored is None:
        return AddressState.ACTIVE
    state = AddressState(stored.state)
    if state is AddressState.SUPPRESSED:
        ended = stored.expires_at is not None and stored.expires_at <= now
        return AddressState.ACTIVE if ended else state
    if state is AddressState.SOFT and soft_lapse_days > 0 and stored.last_event_at is not None:
        lapsed = stored.last_event_at <= now - timedelta(days=soft_lapse_days)
        return AddressState.ACTIVE if lapsed else state
    return state
