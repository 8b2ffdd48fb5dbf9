"""Alembic: upgrade from empty, downgrade to empty, and no drift between models and scripts."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta

from sqlalchemy import JSON, DateTime, Integer, String, column, insert, inspect, select, table

from bouncesink.errors import SchemaError
from bouncesink.store import Store
from bouncesink.store.migrate import current_revision, head_revision
from bouncesink.webhooks import document

from .conftest import REPO


async def _tables(store: Store) -> set[str]:
    async with store.engines.reader.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


async def test_upgrade_from_empty_and_downgrade(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        try:
            await store.require_schema()
            raise AssertionError("an empty database must be refused")
        except SchemaError as exc:
            assert "bouncesink db upgrade" in str(exc)
        await store.upgrade()
        assert await current_revision(store.engines.reader) == head_revision()
        assert {"messages", "events", "addresses"} <= await _tables(store)
        await store.require_schema()
        from bouncesink.store import migrate

        await migrate.downgrade(store.engines.writer, "base")
        assert await _tables(store) <= {"alembic_version"}
        assert await current_revision(store.engines.reader) is None
        await store.upgrade()  # and up again
        assert await current_revision(store.engines.reader) == head_revision()
    finally:
        await store.close()


def test_the_head_read_from_the_files_is_alembics() -> None:
    """require_current reads the head from the shipped scripts without loading Alembic; it
    must name the revision Alembic itself takes for the head."""
    from alembic.script import ScriptDirectory

    from bouncesink.store.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_alembic_check_finds_no_drift(db_url: str) -> None:
    run = [sys.executable, "-m", "alembic", "-c", str(REPO / "alembic.ini"), "-x", f"url={db_url}"]
    up = subprocess.run([*run, "upgrade", "head"], capture_output=True, text=True, cwd=REPO)
    assert up.returncode == 0, up.stderr
    check = subprocess.run([*run, "check"], capture_output=True, text=True, cwd=REPO)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No new upgrade operations detected" in check.stdout + check.stderr


DOCUMENT = {
    "id": "5a0c1f5e-8f43-4d0e-9a51-0d4a4f4e7d11",
    "type": "address.state_changed",
    "created_at": "2026-11-27T08:07:09.833096+00:00",
    "address": "gone@example.com",
    "state": "suppressed",
    "previous_state": "active",
    "suppression_reason": "hard-bounce",
    "kind": "hard",
    "category": "bad-mailbox",
    "reason": "userunknown",
    "status": "5.1.1",
    "diagnostic": "550 5.1.1 <gone@example.com>: no such user",
    "event_at": "2026-11-27T08:00:00+00:00",
}


async def test_outbox_rows_keep_their_change_across_0006(db_url: str) -> None:
    """A change queued before the outbox stored changes (0005) is sent as it was written, and
    a downgrade writes the same document back."""
    created = datetime.fromisoformat(DOCUMENT["created_at"])
    outbox = table(
        "webhook_outbox",
        column("id", Integer()),
        column("created_at", DateTime(timezone=True)),
        column("address", String()),
        column("url", String()),
        column("payload", JSON()),
        column("state", String()),
        column("attempts", Integer()),
        column("next_attempt_at", DateTime(timezone=True)),
    )
    store = Store.open(db_url)
    try:
        await store.upgrade("0005")
        async with store.engines.writer.begin() as conn:
            await conn.execute(
                insert(outbox).values(
                    created_at=created.replace(tzinfo=None)
                    if store.dialect == "sqlite"
                    else created,
                    address=DOCUMENT["address"],
                    url="http://127.0.0.1:9/hook",
                    payload=DOCUMENT,
                    state="pending",
                    attempts=0,
                    next_attempt_at=created,
                )
            )
        await store.upgrade()
        (claimed,) = await store.outbox.claim(
            ["http://127.0.0.1:9/hook"], 10, created + timedelta(seconds=1), timedelta(minutes=1)
        )
        assert document(claimed) == DOCUMENT
        await store.downgrade("0005")
        async with store.engines.reader.connect() as conn:
            (payload,) = (await conn.execute(select(outbox.c.payload))).scalars().all()
        assert payload == DOCUMENT
    finally:
        await store.close()
