"""The hand-over between the SMTP front and the worker: received messages, group-committed.

One transaction for all the messages that arrive together.

A message is committed at once when nothing else is waiting; messages that arrive while a
commit is running share the next one. No fixed wait window, so a single sender is never slowed,
and many senders share each fsync.

The commit also hands the messages to their processor (a :class:`Consumer`, the worker): they
are claimed for it in the same transaction and passed on in memory, so processing needs no
claim transaction of its own and does not read the bytes back. What the consumer has no room
for is stored unclaimed, and it is told to claim it itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from .pipeline import Incoming, Pending
from .store import Store, is_outage

log = logging.getLogger(__name__)


class Consumer(Protocol):
    """Who processes the stored messages (the worker)."""

    def accepts(self, sizes: Sequence[int]) -> int:
        """How many of these messages (a prefix; their sizes in bytes) it takes now."""
        ...

    def hand_over(self, messages: Sequence[Pending]) -> None:
        """Messages stored and claimed for it, to process."""
        ...

    def wake(self) -> None:
        """Messages were stored that it must claim itself."""
        ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class GroupCommitter:
    """Durably stores :class:`Incoming` messages; :meth:`submit` returns once committed."""

    def __init__(
        self,
        store: Store,
        consumer: Consumer | None = None,
        *,
        lease: timedelta = timedelta(seconds=60),
        clock: Callable[[], datetime] = _utc_now,
        max_batch: int = 256,
    ) -> None:
        self._store = store
        self._consumer = consumer
        self._lease = lease
        self._clock = clock
        self._max_batch = max_batch
        self._waiting: list[tuple[Incoming, asyncio.Future[int]]] = []
        self._wakeup = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="group-commit")

    async def stop(self) -> None:
        """Commit what is waiting, then stop."""
        self._closing = True
        self._wakeup.set()
        if self._task is not None:
            await self._task

    async def submit(self, item: Incoming) -> int:
        """Store one message; returns its id once it is durable, raises if it is not."""
        if self._closing or self._task is None or self._task.done():
            raise RuntimeError("the message store is not running")
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        self._wakeup.set()
        return await future

    async def _run(self) -> None:
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            while self._waiting:
                batch = self._waiting[: self._max_batch]
                del self._waiting[: self._max_batch]
                await self._commit(batch)
            if self._closing:
                return

    async def _commit(self, batch: list[tuple[Incoming, asyncio.Future[int]]]) -> None:
        items = [item for item, _ in batch]
        consumer = self._consumer
        claim = consumer.accepts([len(item.raw) for item in items]) if consumer else 0
        until = self._clock() + self._lease if claim else None
        try:
            stored = await self._store.receive_claimed(items, claim, until)
        except Exception as exc:
            if len(batch) > 1 and not is_outage(exc):  # one bad message fails no other
                log.warning(
                    "store failed batch=%d error=%r; committing one by one", len(batch), exc
                )
                for one in batch:
                    await self._commit([one])
                return
            log.error("store failed error=%r", exc)
            ((_, future),) = batch
            if not future.done():
                future.set_exception(exc)  # the sender answers 451: the MTA retries
            return
        for (_, future), (message_id, _claimed) in zip(batch, stored, strict=True):
            if not future.done():
                future.set_result(message_id)
        if consumer is None:
            return
        claimed = [
            Pending(
                id=message_id,
                raw=item.raw,
                received_at=item.received_at,
                mail_from=item.mail_from,
                rcpt_to=item.rcpt_to,
                trust=item.trust,
                token=item.token,
            )
            for item, (message_id, was_claimed) in zip(items, stored, strict=True)
            if was_claimed
        ]
        if claimed:
            consumer.hand_over(claimed)
        if len(claimed) < len(items):  # some are left for it to claim (or stored before)
            consumer.wake()
