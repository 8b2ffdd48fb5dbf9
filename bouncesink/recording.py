"""Record, then derive: events are written and the addresses they touch re-derived, in ONE
transaction of the store, with the policy passed in.

The single transaction is what keeps several instances (MX hosts sharing one PostgreSQL)
safe: a unit of work locks the histories it derives from (see :mod:`bouncesink.store.unit`),
so no instance derives a state from a history another is changing, and a change is queued
for the webhooks (and, if it is a suppression or an operator's unsuppress, for the list
managers' connectors) if and only if it is committed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from . import policy
from .pipeline import ManualAction, Outcome
from .store import Change, ConnectorTarget, Previous, Store, Unit


def changed(previous: Previous, status: policy.AddressStatus) -> bool:
    """Whether a re-derived status is a change worth announcing.

    The state, the suppression reason (a hard bounce turning a manual suppression into a
    permanent one) or the deciding reason (a soft address now failing for another cause)
    differ. A second identical bounce, a block or an auto-reply change none of them.
    """
    now = Previous(
        status.state.value,
        status.suppression_reason.value if status.suppression_reason else None,
        status.reason.value if status.reason else None,
    )
    return now != previous


def derive(
    unit: Unit,
    addresses: Iterable[str],
    now: datetime,
    config: policy.PolicyConfig,
    webhook_urls: Sequence[str],
    connectors: Sequence[ConnectorTarget] = (),
) -> None:
    """Derive the addresses' state again from their whole (locked) event history, write it,
    and queue what changed for each webhook URL and connector."""
    states: dict[str, tuple[policy.AddressStatus, int]] = {}
    changes: list[Change] = []
    for address, history in unit.lock_histories(addresses, now).items():
        status = policy.derive(history.events, now, config)
        states[address] = (status, len(history.events))
        if changed(history.previous, status):
            changes.append(Change(address, history.previous, status))
    unit.write_states(states, now)
    unit.count_suppressions(changes, now)
    if (webhook_urls or connectors) and changes:
        unit.enqueue_changes(changes, webhook_urls, now, connectors)


@dataclass(frozen=True, slots=True)
class Recorder:
    """Writes what happened to addresses, and what it makes of them, into a store.

    `webhook_urls`: each state change is queued for each of these in the webhook outbox, in
    the transaction that makes it; none: no outbox rows are written. `connectors`: each
    suppression and operator's unsuppress is queued for each of these list managers, in the
    same transaction.
    """

    store: Store
    policy: policy.PolicyConfig = field(default_factory=policy.PolicyConfig)
    webhook_urls: tuple[str, ...] = ()
    connectors: tuple[ConnectorTarget, ...] = ()

    async def record(
        self,
        outcomes: Sequence[Outcome],
        received: Mapping[int, datetime],
        now: datetime,
        *,
        replace: bool = False,
        sync: bool = True,
    ) -> set[str]:
        """Store the events of processed messages and re-derive the addresses they touch.

        `received` gives each message's receipt time, which is the events' time. With
        `replace`, the messages' earlier events are removed first (reprocessing with newer
        rules): nothing is counted twice. Without `sync` the commit does not wait for the
        disk (a power failure may undo it: the messages are then still pending, and are
        processed again). Returns the addresses whose state was re-derived.
        """

        def work(unit: Unit) -> set[str]:
            addresses = set()
            if replace:
                addresses |= unit.drop_events_of([outcome.message_id for outcome in outcomes])
            addresses |= unit.insert_events(outcomes, received)
            unit.mark_processed(outcomes, now)
            if addresses:
                derive(unit, addresses, now, self.policy, self.webhook_urls, self.connectors)
            return addresses

        return await self.store.transaction(work, sync=sync)

    async def add_manual_event(
        self,
        address: str,
        action: str,
        now: datetime,
        *,
        actor: str | None = None,
        note: str | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        """Record an operator's suppress / unsuppress / import and re-derive the address."""
        await self.add_manual_events(
            [ManualAction(address, action, now, actor, note, expires_at)], now
        )

    async def add_manual_events(self, actions: Sequence[ManualAction], now: datetime) -> int:
        """Record many operator actions in one transaction (imports); returns how many."""
        if not actions:
            return 0

        def work(unit: Unit) -> None:
            addresses = unit.insert_manual_events(actions)
            derive(unit, addresses, now, self.policy, self.webhook_urls, self.connectors)

        await self.store.transaction(work)
        return len(actions)

    async def rederive_due(self, now: datetime, limit: int = 500) -> int:
        """Re-derive addresses whose state ends by the clock alone: a suppression past its
        expires_at, a soft score past its quiet days. Their readers already see the effective
        state; this makes the stored row (and the webhooks) follow. Returns how many."""
        due = await self.store.due_by_the_clock(now, self.policy.soft_lapse_days, limit)
        if due:
            await self.store.transaction(
                lambda unit: derive(unit, due, now, self.policy, self.webhook_urls, self.connectors)
            )
        return len(due)
