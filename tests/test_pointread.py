"""Point lookups (store/pointread.py) give what the engine's general read gives, on SQLite and
PostgreSQL, and survive a connection the server dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from bouncesink.pipeline import Incoming, Outcome
from bouncesink.recording import Recorder
from bouncesink.store import Store, StoredAddress
from bouncesink.store.models import AddressRow, UTCDateTime
from bouncesink.store.pointread import COLUMNS, DATETIMES
from bouncesink.types import MessageStatus

from .support import hard

NOW = datetime(2026, 11, 27, 8, 0, 1, 123456, tzinfo=UTC)


def test_the_columns_read_are_the_tables() -> None:
    table = AddressRow.__table__.columns
    assert set(COLUMNS) == {c.name for c in table}
    assert {c.name for c in table if isinstance(c.type, UTCDateTime)} == DATETIMES


async def general_read(store: Store, addresses: list[str]) -> dict[str, StoredAddress]:
    """The rows as the engine reads them (the path of large reads)."""
    async with store.engines.reader.connect() as conn:
        result = await conn.execute(select(AddressRow).where(AddressRow.address.in_(addresses)))
        return {m["address"]: StoredAddress.of(m) for m in result.mappings()}


async def seeded(store: Store) -> list[str]:
    recorder = Recorder(store)
    raw = Incoming(raw=b"dsn", mail_from="", rcpt_to=("b@example.org",), received_at=NOW)
    (mid,) = await store.receive([raw])
    outcome = Outcome(mid, MessageStatus.PROCESSED, "dsn", None, (hard("gone@example.com"),))
    await recorder.record([outcome], {mid: NOW}, NOW)
    await recorder.add_manual_event(
        "kept@example.com", "suppress", NOW, note="by hand", expires_at=NOW + timedelta(days=3)
    )
    await recorder.add_manual_event("back@example.com", "suppress", NOW - timedelta(hours=1))
    await recorder.add_manual_event("back@example.com", "unsuppress", NOW)
    return ["gone@example.com", "kept@example.com", "back@example.com", "never@example.com"]


async def test_point_lookups_read_what_the_engine_reads(store: Store) -> None:
    addresses = await seeded(store)
    point = await store.lookup(addresses)
    assert point == await general_read(store, addresses)
    assert sorted(point) == sorted(addresses[:3])
    for row in point.values():
        assert row.last_event_at is not None and row.last_event_at.tzinfo is UTC


async def test_point_lookups_on_postgresql_survive_a_dropped_connection(pg_url: str) -> None:
    store = Store.open(pg_url)
    try:
        await store.upgrade()
        addresses = await seeded(store)
        expected = await general_read(store, addresses)
        assert await store.lookup(addresses) == expected  # opens the kept connection
        async with store.engines.writer.connect() as conn:
            result = await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            assert len(result.all()) >= 1
        assert await store.lookup(addresses) == expected  # read through the pool instead
        assert await store.lookup(addresses) == expected  # a new kept connection
    finally:
        await store.close()
