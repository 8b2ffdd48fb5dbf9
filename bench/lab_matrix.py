"""Judgment on the lab matrix: the kept DSNs of real MTAs, each recipient's verdict beside the
one written with the reply it was given (``tests/mta/lab/matrix.json``).

Usage::

    .venv/bin/python bench/lab_matrix.py

Prints the records read, how many have the expected kind and category, the hard verdicts on a
cell whose truth is soft or block (false suppressions, which must be none), and the cells whose
category differs, with the rule that decided. ``tests/mta/test_lab_matrix.py`` asserts the same
per cell; this prints the figures.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.mta.test_lab_matrix import FILES, verdicts  # noqa: E402


def main() -> int:
    total = kind = category = false_hard = missing = 0
    by_mta: collections.Counter[str] = collections.Counter()
    misses: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    for mta, name in FILES:
        want, seen = verdicts(mta, name)
        for address, w in want.items():
            total += 1
            by_mta[mta] += 1
            s = seen.get(address)
            if s is None:
                missing += 1
                continue
            kind += s.kind == w.kind
            category += s.category == w.category
            false_hard += s.kind == "hard" and w.kind != "hard"
            if s.category != w.category:
                misses[(w.cell, w.category, s.category, s.rule)] += 1
    print(f"records: {total} ({', '.join(f'{m} {n}' for m, n in sorted(by_mta.items()))})")
    print(f"recipient not found: {missing}")
    print(f"kind right: {kind}/{total} ({100.0 * kind / total:.1f}%)")
    print(f"category right: {category}/{total} ({100.0 * category / total:.1f}%)")
    print(f"hard on a soft or block cell: {false_hard}")
    for (cell, want_cat, got_cat, rule), n in misses.most_common():
        print(f"  {n} x {cell}: expected {want_cat}, got {got_cat} ({rule})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
