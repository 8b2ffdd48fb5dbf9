"""The lab matrix regenerated with the real MTAs, compared with the DSNs kept under tests/data/lab.

Postfix, Exim, OpenSMTPD and Sendmail run side by side, each in a network namespace of its
own, and bounce one probe per cell (and per group of cells) of ``tests/mta/lab/matrix.json``
off the lab's "recipient MX" (about a minute, see tests/mta/matrix.py). Their DSNs must match
the kept ones in everything bouncesink reads of them: the same probes and DSNs, the same
recipients, and per recipient the same Action, Status, reply code and verdict. Dates, queue
ids and message ids differ from run to run; they are not compared.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import missing
from . import matrix

pytestmark = [pytest.mark.mta, pytest.mark.slow]

LAB_ENV = "BOUNCESINK_MTA_LAB"  # the lab's cache: the chroots built by prepare.sh


def lab_dir_or_missing() -> Path:
    if os.geteuid() != 0:
        missing("real-MTA lab (runs as root: chroots, network namespaces)")
    value = os.environ.get(LAB_ENV)
    if not value:
        missing(f"real-MTA lab ({LAB_ENV}: run tests/mta/lab/prepare.sh, then export it)")
    assert value is not None
    lab_dir = Path(value)
    absent = [m for m in matrix.MTAS if not (lab_dir / "roots" / m / ".lab-complete").exists()]
    if absent:
        missing(f"real-MTA lab ({', '.join(absent)} chroot not built under {lab_dir})")
    for tool in ("ip", "flock", "chroot"):
        if shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin") is None:
            missing(f"real-MTA lab ({tool} not installed)")
    return lab_dir


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, matrix.Run]]:
    lab_dir = lab_dir_or_missing()
    done = matrix.regenerate(matrix.MTAS, lab_dir, tmp_path_factory.mktemp("matrix"))
    yield {run.mta: run for run in done}


@pytest.mark.parametrize("mta", matrix.MTAS)
def test_regenerated_dsns_match_the_kept_ones(runs: dict[str, matrix.Run], mta: str) -> None:
    run = runs[mta]
    assert run.rc == 0, f"the lab run failed ({run.rc}):\n{run.tail()}"
    files = matrix.captured(run)
    assert not [f for f in files if f.startswith("unmatched") or "not-a-bounce" in f]
    problems = matrix.differences(mta, files)
    assert not problems, "\n".join(problems)
