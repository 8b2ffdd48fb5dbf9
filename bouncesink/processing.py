"""Where parsing and classification run: never on the event loop, and within a time budget.

:class:`ThreadProcessor` runs batches in a thread (the CLI, tests). :class:`PoolProcessor`
runs them in worker processes: parsing uses the second core instead of competing with the
SMTP server for the GIL, and a message that takes longer than its budget is isolated and
kept as unparsable instead of stalling everything behind it.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from .pipeline import ClassifyFn, Outcome, ParseFn, Pending
from .types import Classification, MessageStatus, MessageType, RecipientRecord, Report

log = logging.getLogger(__name__)

ProcessFn = Callable[[Sequence[Pending], ParseFn, ClassifyFn], list[Outcome]]

CHUNK = 16  # messages sent to a worker process at a time
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In a worker process: be killed when the daemon dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown has to do
        return
    if os.getppid() == 1:  # the daemon died before the line above took effect
        os._exit(1)


def parse(raw: bytes) -> Report:
    """:func:`bouncesink.parse.parse`, imported where it first runs: a daemon whose parsing
    runs in worker processes hands them this (pickled by name) and never loads the parser."""
    from .parse import parse as run

    return run(raw)


def classify(record: RecipientRecord, report: Report) -> Classification:
    """:func:`bouncesink.classify.classify`, imported where it first runs (see :func:`parse`)."""
    from .classify import classify as run

    return run(record, report)


def _warm_up() -> int:
    """In a worker process: import what processing needs, before any message is timed."""
    from . import classify, parse, pipeline

    del classify, parse, pipeline
    return os.getpid()


class Processor(Protocol):
    async def start(self) -> None: ...

    async def process(self, batch: Sequence[Pending]) -> list[Outcome]: ...

    async def close(self) -> None: ...


class ThreadProcessor:
    """Runs each batch in the loop's default thread pool."""

    def __init__(self, process_all: ProcessFn, parse: ParseFn, classify: ClassifyFn) -> None:
        self._process_all = process_all
        self._parse = parse
        self._classify = classify

    async def start(self) -> None:
        return None

    async def process(self, batch: Sequence[Pending]) -> list[Outcome]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            None, self._process_all, batch, self._parse, self._classify
        )

    async def close(self) -> None:
        return None


class PoolProcessor:
    """Runs batches in worker processes, each chunk of messages within a time budget.

    A chunk that overruns has its pool killed and its messages retried one by one, each with
    the full budget; one that overruns alone is recorded as unparsable (and kept).
    """

    def __init__(
        self,
        process_all: ProcessFn,
        parse: ParseFn,
        classify: ClassifyFn,
        *,
        processes: int,
        budget_seconds: float,
    ) -> None:
        self._process_all = process_all
        self._parse = parse
        self._classify = classify
        self._processes = processes
        self._budget = budget_seconds
        self._pool: ProcessPoolExecutor | None = None
        self._slots = asyncio.Semaphore(processes)  # a chunk's clock runs only while it runs

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: never fork a process that runs an event loop and driver threads; the
            # workers are the daemon's own children and die with it (see _die_with_parent)
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self._processes, mp_context=context, initializer=_die_with_parent
            )
        return self._pool

    def _kill(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def start(self) -> None:
        """Start the worker processes now (before the daemon accepts mail): starting one
        costs a second or two of CPU, which should not compete with the first sessions."""
        try:
            await self._ready()
        except Exception as exc:  # processing tries again with its first batch
            log.warning("parsing processes did not start error=%r", exc)

    async def _ready(self) -> ProcessPoolExecutor:
        """The pool, its worker processes started and their modules imported.

        Starting a process costs seconds on a busy machine: that must not count against a
        message's parse budget. If the processes cannot start, this raises: the batch stays
        stored and claimed, and is retried after the claim lease (it is not the messages'
        fault, so none is marked unparsable).
        """
        if self._pool is None:
            pool = self._executor()
            loop = asyncio.get_running_loop()
            try:
                await asyncio.gather(
                    *(loop.run_in_executor(pool, _warm_up) for _ in range(self._processes))
                )
            except BaseException:
                self._kill()
                raise
        assert self._pool is not None
        return self._pool

    async def _run(self, chunk: Sequence[Pending]) -> list[Outcome] | None:
        """The chunk's outcomes, or None if it ran out of time or its process died."""
        async with self._slots:
            pool = await self._ready()
            loop = asyncio.get_running_loop()
            try:
                # a pool broken since the last chunk (a process died) refuses the submit
                future = loop.run_in_executor(
                    pool, self._process_all, chunk, self._parse, self._classify
                )
                return await asyncio.wait_for(future, self._budget)
            except (TimeoutError, BrokenProcessPool):
                self._kill()  # the next chunk gets a fresh pool
                return None

    async def process(self, batch: Sequence[Pending]) -> list[Outcome]:
        chunks = [batch[i : i + CHUNK] for i in range(0, len(batch), CHUNK)]
        results = await asyncio.gather(*(self._run(chunk) for chunk in chunks))
        outcomes: list[Outcome] = []
        for chunk, result in zip(chunks, results, strict=True):
            if result is not None:
                outcomes.extend(result)
                continue
            for message in chunk:  # find the culprit: each message alone, full budget
                alone = await self._run([message])
                if alone is None:
                    log.warning(
                        "parse over budget message_id=%d size=%d", message.id, len(message.raw)
                    )
                    alone = [
                        Outcome(
                            message.id,
                            MessageStatus.UNPARSABLE,
                            MessageType.UNPARSABLE,
                            f"parsing took longer than {self._budget:g} s (or crashed); kept",
                        )
                    ]
                outcomes.extend(alone)
        return outcomes

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await asyncio.get_running_loop().run_in_executor(None, pool.shutdown)
