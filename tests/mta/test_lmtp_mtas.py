"""Real MTAs (the lab's, Debian 12: Postfix 3.7, Exim 4.96) deliver a real bounce to
`bouncesink serve` over LMTP, configured as README's "Behind an existing MTA" says: Postfix's
transport table sends the bounce domain to ``lmtp:inet:127.0.0.1:2424``; Exim routes it with
a manualroute router to an smtp transport with ``protocol = lmtp``. Port 2424 is the
daemon's ``[lmtp].listen``.

The MTA bounces a probe (550 5.1.1 at RCPT from the lab's recipient MX), hands its DSN to
bouncesink over LMTP, and takes it off its queue only on the 250 that follows the commit:
the lab script returns 0 once the queue is empty. The MTA's own log shows the LMTP delivery
with bouncesink's per-recipient reply; the address ends suppressed.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from .expectations import expected
from .test_real_mtas import (
    BOUNCE_DOMAIN,
    LAB_SCRIPTS,
    SINK_ADDR,
    LabRun,
    check,
    in_netns,
    lab_dir_or_missing,
    make_netns,
    start_serve,
    stop_everything,
)

pytestmark = [pytest.mark.mta, pytest.mark.slow]

LMTP_ADDR = "127.0.0.1:2424"
SCENARIO = "user-unknown"


def write_lmtp_config(run: LabRun) -> None:
    run.config_path.write_text(
        f'[smtp]\nlisten = "{SINK_ADDR}"\ndomains = ["{BOUNCE_DOMAIN}"]\n'
        'hostname = "sink.example.test"\n'
        f'[lmtp]\nlisten = "{LMTP_ADDR}"\n'
        f'[database]\nurl = "{run.db_url}"\n'
        "[processing]\npoll_seconds = 0.5\n"
        '[api]\nlisten = ""\n',
        encoding="utf-8",
    )


# MTA -> (what routes the bounce domain to LMTP, its log, how a delivery line reads)
ROUTES = {
    "postfix": ({"SINK_NEXTHOP": f"lmtp:inet:{LMTP_ADDR}"}, "postfix-maillog.log", "status=sent"),
    "exim": ({"SINK_LMTP_PORT": LMTP_ADDR.rpartition(":")[2]}, "exim-mainlog.log", " => "),
}


@pytest.mark.parametrize("mta", sorted(ROUTES))
def test_an_mta_hands_a_bounce_over_lmtp(tmp_path: Path, mta: str) -> None:
    route, log_name, delivered_mark = ROUTES[mta]
    lab_dir = lab_dir_or_missing([mta])
    run = LabRun(mta, (SCENARIO,), tmp_path, f"bouncesink-lmtp-{mta}-{os.getpid()}")
    run.state_dir.mkdir(parents=True)
    write_lmtp_config(run)
    make_netns(run.netns)
    try:
        start_serve(run)
        with run.lab_log.open("wb") as log:
            lab = subprocess.run(
                in_netns(run.netns, str(LAB_SCRIPTS / f"run-{mta}.sh"), SCENARIO),
                env={**run.lab_env(lab_dir), **route},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=300,
            )
        assert lab.returncode == 0, f"the queue did not empty:\n{run.tail(run.lab_log)}"
        mta_log = (run.state_dir / "log" / log_name).read_text(errors="replace")
        recipient = f"bounce+user-unknown=reject.example.test@{BOUNCE_DOMAIN}"
        delivered = [
            line for line in mta_log.splitlines() if delivered_mark in line and recipient in line
        ]
        assert len(delivered) == 1, mta_log
        assert "127.0.0.1" in delivered[0]
        assert f"250 2.0.0 <{recipient}> OK: stored as 1" in delivered[0], delivered[0]
        address = expected(mta, SCENARIO).dsns[0][0].address
        deadline = time.monotonic() + 15
        while True:
            info = check(run.config_path, [address])[address]
            if info["state"] == "suppressed" or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert (info["state"], info["reason"]) == ("suppressed", "userunknown")
        serve_log = run.serve_log.read_text(errors="replace")
        assert f"listening lmtp={LMTP_ADDR}" in serve_log
        assert "Traceback" not in serve_log and " ERROR " not in serve_log
    finally:
        stop_everything(run, lab_dir)
