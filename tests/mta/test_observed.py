"""The DSNs real MTAs sent in the lab, parsed and classified offline: no lab needed.

``observed/`` holds every DSN of one run of test_real_mtas.py, named
``<mta>-<scenario>-<n>-<action>.eml`` (n: order of arrival for that probe). Each must give the
records and verdicts of expectations.py, like it does through a live `bouncesink serve`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bouncesink import classify, parse
from bouncesink.store import normalize_address

from .expectations import expected, judge

OBSERVED = Path(__file__).resolve().parent / "observed"
FILES = sorted(OBSERVED.glob("*.eml"))


def name_parts(path: Path) -> tuple[str, str, int]:
    """postfix-greylist-4xx-1-failed.eml -> ("postfix", "greylist-4xx", 1).

    A "~variant" suffix marks another DSN for the same probe from another run (OpenSMTPD
    lists the recipients of one DSN in no fixed order).
    """
    mta, rest = path.stem.partition("~")[0].split("-", 1)
    scenario, n, _action = rest.rsplit("-", 2)
    return mta, scenario, int(n)


def test_every_scenario_has_its_dsns() -> None:
    seen: dict[tuple[str, str], int] = {}
    for path in FILES:
        if "~" in path.stem:
            continue
        mta, scenario, _ = name_parts(path)
        seen[mta, scenario] = seen.get((mta, scenario), 0) + 1
    assert seen, f"no DSN under {OBSERVED}"
    for (mta, scenario), count in seen.items():
        assert count == len(expected(mta, scenario).dsns), (mta, scenario)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_observed_dsn(path: Path) -> None:
    mta, scenario, n = name_parts(path)
    records = expected(mta, scenario).dsns[n]
    report = parse.parse(path.read_bytes())
    found = {normalize_address(r.recipient): r for r in report.records if r.recipient}
    assert sorted(found) == sorted(r.address for r in records)
    known = []
    for want in records:
        record = found[want.address]
        assert record.action is not None
        assert record.action.value == want.action
        verdict = classify.classify(record, report)
        seen = (verdict.kind.value, verdict.category.value, verdict.reason.value)
        note = judge(mta, scenario, n, want, seen, f"{path.name} (rule {verdict.rule})")
        if note:
            known.append(note)
    if known:
        pytest.xfail("; ".join(known))
