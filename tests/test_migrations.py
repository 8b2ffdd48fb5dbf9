"""Alembic: upgrade from empty, downgrade to empty, and no drift between models and scripts."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import inspect

from bouncesink.errors import SchemaError
from bouncesink.store import Store
from bouncesink.store.migrate import current_revision, head_revision

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
        await store.upgrade()  # and up again
        assert await current_revision(store.engines.reader) == head_revision()
    finally:
        await store.close()


def test_alembic_check_finds_no_drift(db_url: str) -> None:
    run = [sys.executable, "-m", "alembic", "-c", str(REPO / "alembic.ini"), "-x", f"url={db_url}"]
    up = subprocess.run([*run, "upgrade", "head"], capture_output=True, text=True, cwd=REPO)
    assert up.returncode == 0, up.stderr
    check = subprocess.run([*run, "check"], capture_output=True, text=True, cwd=REPO)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No new upgrade operations detected" in check.stdout + check.stderr
