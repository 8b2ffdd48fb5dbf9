"""Stored message → parse → classify → events → address state.

Runs beside the SMTP server, off its hot path: the server only makes messages durable and
wakes the worker. Parsing runs in a thread so that a large message never blocks the event
loop. The same code processes messages left over from a crash, after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from .store import NewEvent, Outcome, Pending, Store, normalize_address
from .store.models import MessageStatus
from .types import Classification, MessageType, RecipientRecord, Report

log = logging.getLogger(__name__)

ParseFn = Callable[[bytes], Report]
ClassifyFn = Callable[[RecipientRecord, Report], Classification]
Clock = Callable[[], datetime]

CLAIM_LEASE = timedelta(minutes=5)


def utc_now() -> datetime:
    return datetime.now(UTC)


def process_message(message_id: int, raw: bytes, parse: ParseFn, classify: ClassifyFn) -> Outcome:
    """Parse and classify one message (pure apart from the functions given)."""
    try:
        report = parse(raw)
    except Exception as exc:  # the parser promises not to raise; keep the message if it does
        log.exception("parser raised message_id=%d", message_id)
        return Outcome(message_id, MessageStatus.UNPARSABLE, MessageType.UNPARSABLE, repr(exc))
    if report.message_type is MessageType.UNPARSABLE:
        return Outcome(message_id, MessageStatus.UNPARSABLE, report.message_type, report.error)
    events = []
    for index, record in enumerate(report.records):
        if not record.recipient:
            continue
        verdict = classify(record, report)
        events.append(
            NewEvent(
                record_index=index,
                address=normalize_address(record.recipient),
                kind=verdict.kind,
                category=verdict.category,
                reason=verdict.reason,
                rule=verdict.rule,
                action=record.action.value if record.action else None,
                status=record.status,
                reply_code=record.reply_code,
                diagnostic=record.diagnostic,
                remote_mta=record.remote_mta,
                source=record.source,
            )
        )
    return Outcome(message_id, MessageStatus.PROCESSED, report.message_type, None, tuple(events))


class Worker:
    """Processes stored messages until stopped; :meth:`wake` says new ones are there."""

    def __init__(
        self,
        store: Store,
        parse: ParseFn,
        classify: ClassifyFn,
        *,
        batch_size: int = 200,
        poll_seconds: float = 5.0,
        clock: Clock = utc_now,
    ) -> None:
        self._store = store
        self._parse = parse
        self._classify = classify
        self._batch_size = batch_size
        self._poll_seconds = poll_seconds
        self._clock = clock
        self._wakeup = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wakeup.set()

    def stop(self) -> None:
        self._stopping = True
        self._wakeup.set()

    async def run(self) -> None:
        """Process until :meth:`stop`; a failing batch is retried after the claim lease."""
        while not self._stopping:
            try:
                await self.drain()
            except Exception:
                log.exception("processing failed; the messages stay stored and are retried")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), self._poll_seconds)
            self._wakeup.clear()

    async def drain(self) -> int:
        """Process every pending message now; returns how many were processed."""
        done = 0
        while not self._stopping:
            batch = await self._store.claim_pending(self._batch_size, self._clock(), CLAIM_LEASE)
            if not batch:
                break
            done += await self._process(batch)
        return done

    async def _process(self, batch: Sequence[Pending]) -> int:
        loop = asyncio.get_running_loop()
        outcomes = await loop.run_in_executor(None, self._process_sync, batch)
        received = {m.id: m.received_at for m in batch}
        changed = await self._store.record(outcomes, received, self._clock())
        for outcome in outcomes:
            log.info(
                "processed message_id=%d type=%s records=%d status=%s",
                outcome.message_id,
                outcome.message_type,
                len(outcome.events),
                outcome.status,
            )
        log.debug("re-derived addresses=%d", len(changed))
        return len(batch)

    def _process_sync(self, batch: Sequence[Pending]) -> list[Outcome]:
        return [process_message(m.id, m.raw, self._parse, self._classify) for m in batch]
