"""Shared fixtures: real SQLite files, a real PostgreSQL database per test, a running daemon."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bouncesink.store import Store

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = REPO.parent / "shared"
PG_ENV = "BOUNCESINK_TEST_PG_URL"
REQUIRE_ALL = os.environ.get("BOUNCESINK_REQUIRE_ALL") == "1"


def missing(what: str) -> None:
    """Skip a test whose real part is absent; in CI (BOUNCESINK_REQUIRE_ALL=1) fail instead."""
    if REQUIRE_ALL:
        pytest.fail(f"{what} is required here (BOUNCESINK_REQUIRE_ALL=1) but not available")
    pytest.skip(f"{what} not available")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bouncesink.db'}"


def _pg_admin_sql(url: str, sql: str) -> None:
    """Run one statement as the test role, from a thread of its own (outside the test's loop)."""

    async def run() -> None:
        u = make_url(url)
        conn = await asyncpg.connect(
            host=u.host,
            port=u.port or 5432,
            user=u.username,
            password=u.password,
            database=u.database,
        )
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    base = os.environ.get(PG_ENV)
    if not base:
        missing(f"PostgreSQL ({PG_ENV})")
    assert base is not None
    name = f"bouncesink_test_{uuid.uuid4().hex[:12]}"
    _pg_admin_sql(base, f'CREATE DATABASE "{name}"')
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    # An autovacuum worker on the database (which only a superuser may terminate) makes the
    # forced drop refuse: it is done within seconds, so wait for it.
    for attempt in range(30):
        try:
            _pg_admin_sql(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except asyncpg.InsufficientPrivilegeError:
            if attempt == 29:
                raise
            time.sleep(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on a real SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bouncesink.db'}"
    url = request.getfixturevalue("pg_url")
    assert isinstance(url, str)
    return url


@pytest.fixture
async def store(db_url: str) -> AsyncIterator[Store]:
    s = Store.open(db_url)
    await s.upgrade()
    try:
        yield s
    finally:
        await s.close()
