"""`bouncesink check`'s quick reader (store/quickread.py): no SQLAlchemy, and the same answers,
errors and schema check as the Store's path, on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bouncesink import cli
from bouncesink.errors import SchemaError
from bouncesink.pipeline import Incoming, Outcome
from bouncesink.recording import Recorder
from bouncesink.shapes import look_up
from bouncesink.store import Store, quick_reader, reading
from bouncesink.store.engine import location
from bouncesink.types import MessageStatus

from .support import hard, write_config

BOUNCESINK = str(Path(sys.executable).parent / "bouncesink")
NOW = datetime.now(UTC).replace(microsecond=123456)
ADDRESSES = [
    "gone@example.com",  # a hard bounce
    "kept@example.com",  # suppressed by hand, with a note, expiring later
    "over@example.com",  # suppressed by hand, expired since
    "back@example.com",  # suppressed, then unsuppressed
    "never@example.com",  # nothing recorded
]


async def seed(store: Store) -> None:
    recorder = Recorder(store)
    raw = Incoming(raw=b"dsn", mail_from="", rcpt_to=("b@example.org",), received_at=NOW)
    (mid,) = await store.receive([raw])
    outcome = Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (hard("gone@example.com"),))
    await recorder.record([outcome], {mid: NOW}, NOW)
    later, before = NOW + timedelta(days=3), NOW - timedelta(days=1)
    await recorder.add_manual_event(
        "kept@example.com", "suppress", NOW, note="asked", expires_at=later
    )
    await recorder.add_manual_event(
        "over@example.com", "suppress", NOW - timedelta(days=2), note="old", expires_at=before
    )
    await recorder.add_manual_event("back@example.com", "suppress", before, note="oops")
    await recorder.add_manual_event("back@example.com", "unsuppress", NOW)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://bob:s%40cret@db.example.org:5433/bounces",
        "postgresql://bob@db.example.org/bounces",
        "postgres://b%20b:x@[::1]:5432/b",
        "postgresql://bob:pw@localhost",
        "postgresql:///bounces",
        "sqlite:///relative/bouncesink.db",
        "sqlite:////var/lib/bouncesink/bouncesink.db",
    ],
)
def test_where_and_how_it_connects_are_sqlalchemys(url: str, tmp_path: Path) -> None:
    reader = quick_reader(url, tmp_path)
    assert reader is not None
    assert reader.location == location(url, tmp_path)
    if url.startswith("postgres"):
        driver = make_url(url).set(drivername="postgresql+asyncpg")
        engine = create_async_engine(driver)
        _, options = engine.dialect.create_connect_args(engine.url)
        assert reader._options == options  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "url",
    ["sqlite://", "sqlite:///:memory:", "sqlite:///x.db?mode=ro", "postgresql://h/db?ssl=require"],
)
def test_urls_it_leaves_to_the_store(url: str) -> None:
    assert quick_reader(url) is None


async def test_it_reads_what_the_store_reads(store: Store, db_url: str, tmp_path: Path) -> None:
    await seed(store)
    reader = quick_reader(db_url, tmp_path)
    assert reader is not None
    try:
        await reader.require_schema()
        assert await reader.lookup(ADDRESSES) == await store.lookup(ADDRESSES)
        for address in ADDRESSES:
            events = await reader.events_of(address, 50)
            assert events == await store.events_of(address, 50)
            assert all(type(e.trusted) is bool and e.occurred_at.tzinfo is UTC for e in events)
        quick = await look_up(reader, ADDRESSES, NOW + timedelta(hours=1), 30)
        assert quick == await look_up(store, ADDRESSES, NOW + timedelta(hours=1), 30)
        assert [v.note for v in quick] == [None, "asked", None, None, None]
    finally:
        await reader.close()


async def test_the_schema_check_is_the_stores(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    try:
        for step in ("none", "old"):
            if step == "old":
                await store.upgrade("0008")
            with pytest.raises(SchemaError) as by_store:
                await store.require_schema()
            reader = quick_reader(db_url, tmp_path)
            assert reader is not None
            with pytest.raises(SchemaError) as by_quick:
                await reading(reader, lambda r: r.lookup(["a@example.com"]))
            assert str(by_quick.value) == str(by_store.value)
    finally:
        await store.close()


def test_no_sqlite_file_is_the_stores_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/none.db"
    reader = quick_reader(url)
    assert reader is not None

    async def both() -> tuple[str, str]:
        store = Store.open(url)
        try:
            with pytest.raises(SchemaError) as by_store:
                await store.require_schema()
        finally:
            await store.close()
        with pytest.raises(SchemaError) as by_quick:
            await reading(reader, lambda r: r.lookup(["a@example.com"]))
        return str(by_store.value), str(by_quick.value)

    by_store, by_quick = asyncio.run(both())
    assert by_store == by_quick
    assert not (tmp_path / "none.db").exists()


def run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BOUNCESINK_CONFIG"}
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)


async def test_the_installed_check_answers_as_the_stores_path(
    store: Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command, run as operators run it (the quick reader), prints what the Store's path
    prints, and loads no SQLAlchemy, Alembic or aiohttp."""
    await seed(store)
    config = write_config(tmp_path, db_url)
    for flags in (["--json"], []):
        args = ["check", "--config", str(config), *flags, *ADDRESSES]
        quick = await asyncio.to_thread(run, [BOUNCESINK, *args])
        assert (quick.returncode, quick.stderr) == (1, "")
        monkeypatch.setattr("bouncesink.store.quick_reader", lambda *a: None)  # the Store's
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = await asyncio.to_thread(cli.main, args)
        monkeypatch.undo()
        assert status == 1
        assert quick.stdout == out.getvalue()
    probe = (
        "import sys; from bouncesink.cli import main; status = main(sys.argv[1:]); "
        "heavy = ('sqlalchemy', 'alembic', 'aiohttp', 'aiosqlite', 'aiosmtpd'); "
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))"
    )
    args = ["check", "--config", str(config), "--json", "gone@example.com"]
    loaded = await asyncio.to_thread(run, [sys.executable, "-c", probe, *args])
    assert loaded.returncode == 0, loaded.stderr
    lines = loaded.stdout.splitlines()
    assert json.loads(lines[0])["state"] == "suppressed"
    assert lines[-1] == "[]"
