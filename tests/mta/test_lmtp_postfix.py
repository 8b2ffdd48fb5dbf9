"""A real Postfix (the lab's, Debian 12: 3.7) delivers a real bounce to `bouncesink serve`
over LMTP: its transport table sends the bounce domain to ``lmtp:inet:127.0.0.1:2424``, the
``[lmtp].listen`` of the daemon (README: "Behind an existing MTA").

Postfix bounces a probe (550 5.1.1 at RCPT from the lab's recipient MX), hands its DSN to
bouncesink over LMTP, and takes it off its queue only on the 250 that follows the commit:
the lab script returns 0 once the queue is empty. Postfix's own log shows the LMTP relay
and bouncesink's per-recipient reply; the address ends suppressed.
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


def test_postfix_hands_a_bounce_over_lmtp(tmp_path: Path) -> None:
    lab_dir = lab_dir_or_missing(["postfix"])
    run = LabRun("postfix", (SCENARIO,), tmp_path, f"bouncesink-lmtp-{os.getpid()}")
    run.state_dir.mkdir(parents=True)
    write_lmtp_config(run)
    make_netns(run.netns)
    try:
        start_serve(run)
        env = {**run.lab_env(lab_dir), "SINK_NEXTHOP": f"lmtp:inet:{LMTP_ADDR}"}
        with run.lab_log.open("wb") as log:
            lab = subprocess.run(
                in_netns(run.netns, str(LAB_SCRIPTS / "run-postfix.sh"), SCENARIO),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=300,
            )
        assert lab.returncode == 0, f"the queue did not empty:\n{run.tail(run.lab_log)}"
        maillog = (run.state_dir / "log" / "postfix-maillog.log").read_text(errors="replace")
        delivered = [
            line
            for line in maillog.splitlines()
            if "postfix/lmtp" in line and "status=sent" in line and BOUNCE_DOMAIN in line
        ]
        assert len(delivered) == 1, maillog
        assert f"relay={LMTP_ADDR.replace(':2424', '')}" in delivered[0]
        assert "(250 2.0.0 <bounce+user-unknown=reject.example.test@" in delivered[0]
        assert "OK: stored as 1)" in delivered[0]
        address = expected("postfix", SCENARIO).dsns[0][0].address
        deadline = time.monotonic() + 15
        while True:
            info = check(run.config_path, [address])[address]
            if info["state"] == "suppressed" or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert (info["state"], info["reason"]) == ("suppressed", "userunknown")
        serve_log = run.serve_log.read_text(errors="replace")
        assert "listening lmtp=127.0.0.1:2424" in serve_log
        assert "Traceback" not in serve_log and " ERROR " not in serve_log
    finally:
        stop_everything(run, lab_dir)
