"""The lab matrix's DSNs, parsed and classified offline: no lab needed.

Postfix, Exim, OpenSMTPD and Sendmail bounced one probe per cell of
``tests/mta/lab/matrix.json`` (and per group of cells) off the lab's "recipient MX"; their
DSNs are kept under ``tests/data/lab/``
(see tests/mta/matrix.py). Each cell was written with the verdict its reply must get before any
MTA ran: every recipient must be found, with the cell's kind, and its category where the cell is
sure of it.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from . import matrix

INDEX = matrix.load_index()
FILES = [(mta, name) for mta in matrix.MTAS for name in sorted(INDEX.get(mta, {}))]
# The share of records whose category must be right, over every cell (sure or not).
CATEGORY_TARGET = 0.98


@cache
def cells() -> dict[str, matrix.Cell]:
    return matrix.cells()


@cache
def probes() -> dict[str, matrix.Probe]:
    return matrix.probes()


@cache
def verdicts(mta: str, name: str) -> tuple[dict[str, matrix.Want], dict[str, matrix.Seen]]:
    """What each recipient of one kept DSN must get, and what it gets."""
    raw = (matrix.FIXTURES / mta / name).read_bytes()
    probe, n, action = matrix.name_parts(name)
    want = {
        address: matrix.expected(cells()[cell], address, n, probes()[probe], raw, action)
        for address, cell in INDEX[mta][name].items()
    }
    return want, matrix.read_dsn(raw)


def test_every_probe_has_its_dsns() -> None:
    for mta in matrix.MTAS:
        got = Counter(matrix.name_parts(name)[0] for name in INDEX.get(mta, {}))
        want = {name: probe.dsns for name, probe in probes().items()}
        assert dict(got) == want, mta
        for name in INDEX[mta]:
            assert (matrix.FIXTURES / mta / name).is_file(), (mta, name)
        # the index says what the matrix says (each DSN's recipients, by construction)
        assert INDEX[mta] == matrix.index_of(dict.fromkeys(INDEX[mta], b""), probes()), mta


def test_every_cell_is_answered() -> None:
    """Each cell's reply reaches at least one recipient, through each MTA."""
    for mta in matrix.MTAS:
        answered = {cell for rcpts in INDEX[mta].values() for cell in rcpts.values()}
        assert answered == set(cells()), mta


@pytest.mark.parametrize(("mta", "name"), FILES, ids=[f"{m}/{n[:-4]}" for m, n in FILES])
def test_cell(mta: str, name: str) -> None:
    want, seen = verdicts(mta, name)
    assert sorted(seen) == sorted(want), "recipients reported"
    wrong = []
    for address, w in want.items():
        s = seen[address]
        got = (s.kind, s.category) if w.category_sure else (s.kind,)
        right = (w.kind, w.category) if w.category_sure else (w.kind,)
        if s.action != w.action or got != right:
            wrong.append(
                f"{address} (cell {w.cell}): expected {w.action} {'/'.join(right)}, got "
                f"{s.action} {s.kind}/{s.category}/{s.reason} by rule {s.rule} "
                f"(Status {s.status}, diagnostic {s.diagnostic!r})"
            )
    assert not wrong, "\n".join(wrong)


def test_no_hard_verdict_on_a_block_or_soft_cell() -> None:
    hard = [
        f"{mta}/{name} {address} (cell {w.cell}, expected {w.kind}): rule {seen[address].rule}"
        for mta, name in FILES
        for want, seen in [verdicts(mta, name)]
        for address, w in want.items()
        if w.kind != "hard" and address in seen and seen[address].kind == "hard"
    ]
    assert not hard, "\n".join(hard)


def test_category_agreement() -> None:
    """The category is right for at least 98 % of the records, over every cell."""
    total = right = 0
    for mta, name in FILES:
        want, seen = verdicts(mta, name)
        for address, w in want.items():
            total += 1
            right += address in seen and seen[address].category == w.category
    assert total
    assert right / total >= CATEGORY_TARGET, f"{right}/{total} categories right"
