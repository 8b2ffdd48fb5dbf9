"""Stored message → parse → classify → events → address state.

Runs beside the SMTP server, off its hot path: the server makes messages durable, claimed for
the worker in the same transaction, and hands them over in memory (:meth:`Worker.hand_over`);
what it could not hand over the worker claims from the store. Parsing runs off the event loop
(see :mod:`bouncesink.processing`). The same code processes messages left over from a crash,
after a restart.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from .metrics import Metrics
from .pipeline import ClassifyFn, Outcome, ParseFn, Pending, process_all
from .processing import Processor, ThreadProcessor
from .recording import Recorder
from .types import MessageStatus

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# A claim outlives a crashed processor by this much at most (then another one takes over).
CLAIM_LEASE = timedelta(seconds=60)
SWEEP_SECONDS = 60.0
COALESCE_SECONDS = 0.05
# While messages keep arriving, a batch waits for more up to this long (or a full batch): each
# record transaction costs the writer, which the SMTP commits wait for, several milliseconds.
COALESCE_BUSY_SECONDS = 0.25
# Messages handed over in memory and not yet processed, at most (count and bytes): beyond,
# they are stored unclaimed and claimed from the store once the worker catches up. Bounded so
# that a claim never outlives its lease while waiting here.
HANDED_MESSAGES = 1000
HANDED_BYTES = 64 * 1024 * 1024


def utc_now() -> datetime:
    return datetime.now(UTC)


class Worker:
    """Processes stored messages until stopped; :meth:`wake` says new ones are there."""

    def __init__(
        self,
        recorder: Recorder,
        parse: ParseFn,
        classify: ClassifyFn,
        *,
        batch_size: int = 200,
        poll_seconds: float = 5.0,
        clock: Clock = utc_now,
        processor: Processor | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or Metrics(process=False)
        self._recorder = recorder
        self._store = recorder.store
        self._processor = processor or ThreadProcessor(process_all, parse, classify)
        self._batch_size = batch_size
        self._poll_seconds = poll_seconds
        self._clock = clock
        self._wakeup = asyncio.Event()
        self._stopping = False
        self._handed: collections.deque[Pending] = collections.deque()
        self._handed_bytes = 0
        self._claim = True  # stored messages may wait that nobody has claimed

    def accepts(self, sizes: Sequence[int]) -> int:
        """How many of the messages about to be stored (a prefix) to have handed over."""
        if self._stopping:
            return 0
        count, room, budget = 0, HANDED_MESSAGES - len(self._handed), HANDED_BYTES
        budget -= self._handed_bytes
        for size in sizes:
            if count >= room or size > budget:
                break
            count += 1
            budget -= size
        return count

    def hand_over(self, messages: Sequence[Pending]) -> None:
        """Stored messages claimed for this worker: processed without reading them back."""
        self._handed.extend(messages)
        self._handed_bytes += sum(len(m.raw) for m in messages)
        self._wakeup.set()

    def wake(self) -> None:
        """Stored messages wait that this worker must claim."""
        self._claim = True
        self._wakeup.set()

    def stop(self) -> None:
        self._stopping = True
        self._wakeup.set()

    async def run(self) -> None:
        """Process until :meth:`stop`; a failing batch is retried after the claim lease.

        About once a minute, addresses whose state ends by the clock (an expired suppression,
        a lapsed soft score) are re-derived too. Every `poll_seconds`, however busy, the store
        is asked for messages nobody handed over: stored by another process (``deliver``,
        another instance) or left by an expired claim.
        """
        loop = asyncio.get_running_loop()
        next_sweep = 0.0
        next_poll = loop.time() + self._poll_seconds
        while not self._stopping:
            try:
                if loop.time() >= next_poll:
                    self._claim = True
                if self._handed:
                    await self._process_handed(once=True)
                    if self._claim and loop.time() >= next_poll:  # busy: one claim meanwhile
                        next_poll = loop.time() + self._poll_seconds
                        self._claim = await self._claim_batch()
                elif self._claim:
                    self._claim = False
                    next_poll = loop.time() + self._poll_seconds
                    await self.drain()
                if loop.time() >= next_sweep:
                    next_sweep = loop.time() + SWEEP_SECONDS
                    swept = await self._recorder.rederive_due(self._clock())
                    if swept:
                        log.info("re-derived by the clock addresses=%d", swept)
            except Exception:
                log.exception("processing failed; the messages stay stored and are retried")
            if self._stopping or len(self._handed) >= self._batch_size:
                continue  # a whole batch came while this one was processed
            if not self._handed and not self._claim:
                self._wakeup.clear()
                try:
                    await asyncio.wait_for(self._wakeup.wait(), self._poll_seconds)
                except TimeoutError:
                    self._claim = True  # expired claims, messages of another instance
                    continue
            await self._coalesce()
        await self._release_handed()

    async def _coalesce(self) -> None:
        """Let messages arriving together be processed together: the SMTP commits and the
        worker share one writer, and a record per message would crowd it."""
        waited = 0.0
        while True:
            before = len(self._handed)
            await asyncio.sleep(COALESCE_SECONDS)
            waited += COALESCE_SECONDS
            arriving = len(self._handed) > before
            if self._stopping or not arriving or len(self._handed) >= self._batch_size:
                return
            if waited >= COALESCE_BUSY_SECONDS:
                return

    async def _process_handed(self, *, once: bool = False) -> int:
        """Process the messages handed over: one batch if `once`, else all of them."""
        done = 0
        while self._handed and not self._stopping:
            size = min(self._batch_size, len(self._handed))
            batch = [self._handed.popleft() for _ in range(size)]
            self._handed_bytes -= sum(len(m.raw) for m in batch)
            try:
                done += await self._process(batch)
            except Exception:
                self._claim = True  # the batch's claims lapse; it is claimed again then
                raise
            if once:
                break
        return done

    async def _release_handed(self) -> None:
        """On stop: what was handed over and not processed may be claimed again at once."""
        if not self._handed:
            return
        ids = [m.id for m in self._handed]
        self._handed.clear()
        self._handed_bytes = 0
        try:
            await self._store.release_claims(ids)
        except Exception:  # they are claimable again when their lease ends
            log.exception("could not release claims messages=%d", len(ids))

    async def drain(self) -> int:
        """Process every pending message now; returns how many were processed."""
        done = 0
        while not self._stopping:
            done += await self._process_handed()  # handed over first: claimed already
            batch = await self._store.claim_pending(self._batch_size, self._clock(), CLAIM_LEASE)
            if batch:
                done += await self._process(batch)
            if len(batch) < self._batch_size:
                break  # all there was: no extra empty claim on the writer connection
        return done

    async def _claim_batch(self) -> bool:
        """Claim and process one batch from the store; True if it was full (more may wait)."""
        batch = await self._store.claim_pending(self._batch_size, self._clock(), CLAIM_LEASE)
        if batch:
            await self._process(batch)
        return len(batch) >= self._batch_size

    async def _process(self, batch: Sequence[Pending]) -> int:
        loop = asyncio.get_running_loop()
        start = loop.time()
        outcomes = await self._processor.process(batch)
        parsed = loop.time()
        received = {m.id: m.received_at for m in batch}
        now = self._clock()
        # The commit need not wait for the disk: a message whose record a power failure
        # undoes is still stored, and pending (it is processed again); and received messages
        # waiting for the database (their 250 does) do not wait for that sync.
        changed = await self._recorder.record(outcomes, received, now, sync=False)
        recorded = loop.time()
        unparsable = 0
        for outcome in outcomes:
            self._count(outcome, now - received[outcome.message_id])
            failed = outcome.status == MessageStatus.UNPARSABLE
            unparsable += failed
            # one line per batch at info; a message's own line only when it needs a look
            log.log(
                logging.INFO if failed else logging.DEBUG,
                "processed message_id=%d type=%s records=%d status=%s",
                outcome.message_id,
                outcome.message_type,
                len(outcome.events),
                outcome.status,
            )
        log.info(
            "processed messages=%d events=%d unparsable=%d addresses=%d parse_ms=%.1f "
            "record_ms=%.1f",
            len(outcomes),
            sum(len(outcome.events) for outcome in outcomes),
            unparsable,
            len(changed),
            1000 * (parsed - start),
            1000 * (recorded - parsed),
        )
        return len(batch)

    def _count(self, outcome: Outcome, delay: timedelta) -> None:
        if outcome.status == MessageStatus.UNPARSABLE:
            self._metrics.parse_failed()
        for event in outcome.events:
            self._metrics.recorded(event.kind.value, event.category.value)
        self._metrics.processing_seconds(outcome.seconds)
        self._metrics.processing_delay(max(delay.total_seconds(), 0.0))
