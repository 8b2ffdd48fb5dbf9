"""The outbound side: a real Postfix asks bouncesink's policy service before each recipient
and refuses a suppressed one at submission, so it never leaves; the others go out as usual."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .test_real_mtas import (
    BOUNCE_DOMAIN,
    SINK_ADDR,
    LabRun,
    check,
    lab_dir_or_missing,
    make_netns,
    start_lab,
    start_serve,
    stop_everything,
)

pytestmark = [pytest.mark.mta, pytest.mark.slow]

POLICY_ADDR = "127.0.0.1:10040"
SUPPRESSED = "mailbox-full+multi@reject.example.test"
BOUNCED = "user-unknown+multi@reject.example.test"


@dataclass
class PolicyLabRun(LabRun):
    """A Postfix lab run whose smtpd asks bouncesink's policy service."""

    def lab_env(self, lab_dir: Path) -> dict[str, str]:
        return {**super().lab_env(lab_dir), "POLICY_SERVICE": f"inet:{POLICY_ADDR}"}


def write_config(run: LabRun) -> None:
    run.config_path.write_text(
        f'[smtp]\nlisten = "{SINK_ADDR}"\ndomains = ["{BOUNCE_DOMAIN}"]\n'
        f'[database]\nurl = "{run.db_url}"\n[processing]\npoll_seconds = 0.5\n'
        f'[api]\nlisten = ""\n[policyd]\nlisten = "{POLICY_ADDR}"\n',
        encoding="utf-8",
    )


def test_postfix_refuses_a_suppressed_recipient(tmp_path: Path) -> None:
    lab_dir = lab_dir_or_missing(["postfix"])
    run = PolicyLabRun("postfix", ("multi-rcpt",), tmp_path / "postfix", f"bs-policy-{os.getpid()}")
    run.state_dir.mkdir(parents=True)
    write_config(run)
    upgrade = subprocess.run(
        [sys.executable, "-m", "bouncesink.cli", "db", "upgrade", "--config", str(run.config_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert upgrade.returncode == 0, upgrade.stderr
    suppress = subprocess.run(
        [
            sys.executable,
            "-m",
            "bouncesink.cli",
            "suppress",
            "--config",
            str(run.config_path),
            "--note",
            "asked to be removed",
            SUPPRESSED,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert suppress.returncode == 0, suppress.stderr
    make_netns(run.netns)
    try:
        start_serve(run)
        start_lab(run, lab_dir)
        assert run.lab is not None
        rc = run.lab.wait(timeout=300)
        assert rc == 0, run.tail(run.lab_log)
        sent = [
            json.loads(line)
            for line in (run.state_dir / "sent-postfix.jsonl").read_text().splitlines()
            if line.strip()
        ]
        states = check(run.config_path, [SUPPRESSED, BOUNCED])
    finally:
        stop_everything(run, lab_dir)
    (probe,) = sent
    assert list(probe["refused"]) == [SUPPRESSED]
    reply = probe["refused"][SUPPRESSED]
    assert reply.startswith("5") and "suppressed" in reply, reply
    # the other recipients left: the unknown one bounced back and is suppressed now
    assert states[BOUNCED]["state"] == "suppressed"
    assert states[SUPPRESSED]["suppression_reason"] == "manual"  # untouched: nothing bounced
