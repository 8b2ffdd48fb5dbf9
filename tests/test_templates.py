"""The verdict on bounces in formats the lab does not produce, built from the servers' templates.

``tests/data/templates/`` holds one message per file, each built the way the named server writes
its bounce (headers, subject, MIME structure, the original attached or quoted as it does), from
the template its source or manual gives; ``index.tsv`` names that source for every file and
says, written before any run, what the message means: which recipients failed and, for each,
the kind (and the category where the meaning fixes one). ``none`` marks a message that is not
a bounce (an auto-reply, a challenge, a read receipt, a person's reply): it must leave no
failure record, so that nothing is suppressed or scored on its account. No message was taken
from another bounce parser's test data.

A message passes when the parser finds exactly the expected recipients and the classifier
gives each the expected kind (and category). Run as a script for the figure and the misses::

    PYTHONPATH=. .venv/bin/python tests/test_templates.py
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from bouncesink.classify import classify  # noqa: E402
from bouncesink.parse import parse  # noqa: E402
from bouncesink.types import Kind  # noqa: E402

DATA = ROOT / "tests" / "data" / "templates"

# A record of one of these kinds acts on an address or on the sender: a non-bounce must have none.
FAILURE_KINDS = frozenset({Kind.HARD, Kind.SOFT, Kind.BLOCK, Kind.COMPLAINT})


@dataclass(frozen=True)
class Expected:
    recipient: str
    kind: str
    category: str | None


@dataclass(frozen=True)
class Case:
    file: str
    fmt: str
    expected: tuple[Expected, ...]  # empty: not a bounce
    source: str


def load_cases() -> list[Case]:
    cases = []
    for line in (DATA / "index.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        file, fmt, expected, source = line.split("\t")
        wants: list[Expected] = []
        if expected != "none":
            for item in expected.split(";"):
                address, _, verdict = item.partition("=")
                kind, _, category = verdict.partition("/")
                wants.append(Expected(address.lower(), kind, category or None))
        cases.append(Case(file, fmt, tuple(wants), source))
    return cases


def judge(case: Case) -> list[str]:
    """What is wrong with the reading of one message (empty: right)."""
    report = parse((DATA / case.file).read_bytes())
    got: dict[str, tuple[str, str]] = {}
    failures: list[str] = []
    for record in report.records:
        verdict = classify(record, report)
        address = (record.recipient or "<none>").lower()
        got[address] = (verdict.kind.value, verdict.category.value)
        if not case.expected and verdict.kind in FAILURE_KINDS:
            failures.append(f"not a bounce, yet {address} {verdict.kind.value} ({verdict.rule})")
    if not case.expected:
        return failures
    wanted = {w.recipient for w in case.expected}
    for missing in sorted(wanted - got.keys()):
        failures.append(f"missed {missing}")
    for extra in sorted(got.keys() - wanted):
        failures.append(f"extra record {extra} {got[extra][0]}")
    for want in case.expected:
        if want.recipient not in got:
            continue
        kind, category = got[want.recipient]
        if kind != want.kind or (want.category is not None and category != want.category):
            failures.append(
                f"{want.recipient}: {kind}/{category}, expected {want.kind}/{want.category or '*'}"
            )
    return failures


CASES = load_cases()

# Misread for a reason outside the parser, each with that reason: a strict xfail, so that the
# day the reason goes the test says so.
KNOWN: dict[str, str] = {}


def test_index_names_every_file_and_a_source() -> None:
    listed = {case.file for case in CASES}
    on_disk = {path.name for path in DATA.glob("*.eml")}
    assert listed == on_disk
    assert all(case.source.strip() for case in CASES)
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(reason=KNOWN[case.file], strict=True))
        if case.file in KNOWN
        else case
        for case in CASES
    ],
    ids=[case.file for case in CASES],
)
def test_template(case: Case) -> None:
    assert judge(case) == []


def main() -> int:
    right = 0
    for case in CASES:
        failures = judge(case)
        right += not failures
        for failure in failures:
            print(f"{case.file:40} {failure}")
    print(f"messages read right: {right}/{len(CASES)} ({100 * right / len(CASES):.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
