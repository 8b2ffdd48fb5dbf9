"""No loss: a server killed with SIGKILL under load keeps every message it answered 250 for,
and processes after restart what it had not processed; SIGTERM lets sessions in flight finish."""

from __future__ import annotations

import asyncio
import os
import signal
import smtplib
import threading
import time
from pathlib import Path

from bouncesink.store import Store

from .dsn import dsn
from .support import serve_process, write_config


async def wait_processed(store: Store, seconds: float = 60) -> dict[str, int]:
    deadline = time.monotonic() + seconds
    while True:
        counts = await store.message_counts()
        if counts.get("pending", 0) == 0 or time.monotonic() > deadline:
            return counts
        await asyncio.sleep(0.2)


async def test_sigkill_under_load_loses_nothing_acknowledged(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/db.sqlite"
    config = write_config(tmp_path, db)
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def sender(worker: int, host: str, port: int) -> None:
        n = 0
        while not stop.is_set() and n < 2000:  # bounded: stops by itself
            address = f"w{worker}-m{n}@example.com"
            n += 1
            try:
                with smtplib.SMTP(host, port, timeout=10) as client:
                    client.sendmail("", ["b@bounces.example.org"], dsn(address, msgid=address))
            except (OSError, smtplib.SMTPException):
                continue  # no 250: the sender would retry; nothing is owed
            with lock:
                acknowledged.append(address)

    with serve_process(config) as served:
        threads = [
            threading.Thread(target=sender, args=(w, served.host, served.port)) for w in range(6)
        ]
        for t in threads:
            t.start()
        await asyncio.sleep(1.5)
        os.killpg(served.proc.pid, signal.SIGKILL)  # the daemon and all it started, at once
        served.proc.wait(timeout=30)
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert len(acknowledged) > 20, "the load never got going"

    with serve_process(config):  # restart: left-over messages are processed
        store = Store.open(db)
        try:
            counts = await wait_processed(store)
            rows = await store.lookup(acknowledged)
        finally:
            await store.close()
    missing = [a for a in acknowledged if rows.get(a) is None or rows[a].state != "suppressed"]
    print(f"acknowledged={len(acknowledged)} stored={sum(counts.values())} missing={len(missing)}")
    assert missing == []
    assert counts.get("pending", 0) == 0


async def test_sigterm_lets_a_session_in_flight_finish(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/db.sqlite"
    config = write_config(tmp_path, db)
    with serve_process(config) as served:
        proc = served.proc

        def in_flight() -> tuple[int, bytes]:
            client = smtplib.SMTP(served.host, served.port, timeout=30)
            client.ehlo()
            client.mail("")
            client.rcpt("b@bounces.example.org")
            proc.send_signal(signal.SIGTERM)  # stop arrives between RCPT and DATA
            time.sleep(0.3)
            reply = client.data(dsn("late@example.com"))
            client.quit()
            return reply

        code, _ = await asyncio.to_thread(in_flight)
        assert code == 250
        assert proc.wait(timeout=30) == 0
    with serve_process(config):
        store = Store.open(db)
        try:
            await wait_processed(store)
            rows = await store.lookup(["late@example.com"])
        finally:
            await store.close()
    assert rows["late@example.com"].state == "suppressed"
