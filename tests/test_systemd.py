"""The systemd unit is valid (systemd-analyze verify) and keeps its hardening."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, missing

UNIT = REPO / "systemd" / "bouncesink.service"
INSTALLED = "/opt/bouncesink/bin/bouncesink"


def unit_for_this_machine(tmp_path: Path, name: str = "bouncesink.service") -> Path:
    """A unit with ExecStart pointing at this environment's bouncesink script."""
    script = Path(sys.executable).parent / "bouncesink"
    assert script.exists(), "bouncesink is not installed in this environment"
    path = tmp_path / name
    path.write_text((UNIT.parent / name).read_text().replace(INSTALLED, str(script)))
    return path


@pytest.mark.parametrize("name", ["bouncesink.service", "bouncesink-prune.service"])
def test_units_verify(tmp_path: Path, name: str) -> None:
    if not shutil.which("systemd-analyze"):
        missing("systemd-analyze")
    if name == "bouncesink-prune.service":
        shutil.copy(UNIT.parent / "bouncesink-prune.timer", tmp_path)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(unit_for_this_machine(tmp_path, name))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_unit_is_hardened(tmp_path: Path) -> None:
    text = UNIT.read_text()
    for setting in (
        "Type=notify",
        "ProtectSystem=strict",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
        "StateDirectory=bouncesink",
        "CapabilityBoundingSet=CAP_NET_BIND_SERVICE",
        "AmbientCapabilities=CAP_NET_BIND_SERVICE",
    ):
        assert setting in text.splitlines(), setting
    if not shutil.which("systemd-analyze"):
        missing("systemd-analyze")
    result = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", str(unit_for_this_machine(tmp_path))],
        capture_output=True,
        text=True,
    )
    found = re.search(r"Overall exposure level for \S+: ([\d.]+)", result.stdout + result.stderr)
    assert found, result.stdout + result.stderr
    assert float(found.group(1)) <= 3.0  # systemd calls up to 3.9 "OK"; keep well inside


def test_notify_ready_watchdog_stopping(tmp_path: Path) -> None:
    """The daemon speaks systemd's notify protocol on $NOTIFY_SOCKET, as Type=notify needs."""
    import os
    import socket

    from .support import write_config

    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    sock_path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(sock_path)
        sock.settimeout(30)
        env = {**os.environ, "NOTIFY_SOCKET": sock_path, "WATCHDOG_USEC": "200000"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "bouncesink.cli", "serve", "--config", str(config)],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        try:
            seen: list[str] = []
            while not any("READY=1" in m for m in seen) or "WATCHDOG=1" not in seen:
                seen.append(sock.recv(4096).decode())
            proc.terminate()
            while not any("STOPPING=1" in m for m in seen):
                seen.append(sock.recv(4096).decode())
        finally:
            try:
                code = proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
    assert code == 0
    assert seen.count("WATCHDOG=1") >= 1
