"""Recipients sent per destination domain and hour: what rates are computed over.

Two sources write here. The Postfix policy service counts every recipient it is asked about
(source ``policyd``) and adds its counts every few seconds. A sender reports its own counts
through ``POST /v1/sent``: with a ``source`` of its own, a report for the same (source,
domain, hour) replaces the earlier one (a report sent twice counts once); without one, its
counts are added under source ``api``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from .direct import Direct
from .engine import Engines
from .models import SentHourRow
from .rollups import hour_of
from .statements import insert_for


class SentSource(enum.StrEnum):
    """The sources of recipients sent that bouncesink names itself."""

    POLICYD = "policyd"  # the Postfix policy service's count
    API = "api"  # POST /v1/sent without a source of its own


@dataclass(frozen=True, slots=True)
class SentCount:
    """Recipients sent to one destination domain in one hour (`hour` is any instant in it)."""

    domain: str
    hour: datetime
    sent: int


def _upsert(replace: bool) -> Direct:
    def build(dialect: str) -> object:
        stmt = insert_for(dialect, SentHourRow)
        value = stmt.excluded.sent if replace else SentHourRow.sent + stmt.excluded.sent
        return stmt.on_conflict_do_update(
            index_elements=["hour", "domain", "source"], set_={"sent": value}
        )

    return Direct(build, ("hour", "domain", "source", "sent"))  # type: ignore[arg-type]


ADD_SENT = _upsert(replace=False)
SET_SENT = _upsert(replace=True)


async def record_sent(
    engines: Engines, counts: Sequence[SentCount], source: str, *, replace: bool = False
) -> int:
    """Add `counts` under `source` (or, with `replace`, set them: the last report of a source
    for a domain and hour is what counts), in one transaction. Returns how many rows."""
    merged: dict[tuple[datetime, str], int] = {}
    for count in counts:
        key = (hour_of(count.hour), count.domain.lower())
        merged[key] = (0 if replace else merged.get(key, 0)) + count.sent
    rows = [
        {"hour": hour, "domain": domain, "source": source, "sent": sent}
        for (hour, domain), sent in sorted(merged.items())  # one lock order everywhere
    ]
    if not rows:
        return 0
    statement = SET_SENT if replace else ADD_SENT

    def work(conn: Connection) -> int:
        statement.run(conn, rows)
        return len(rows)

    return await engines.write(work)
