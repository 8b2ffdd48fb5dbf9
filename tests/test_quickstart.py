"""The README's quick start, run as written: its first command in a copy of the project
sets up a virtualenv, installs bouncesink and starts the daemon; the "Try it" block sends a
bounce over SMTP and `check` answers that the address is suppressed.

Installs from PyPI into a fresh virtualenv (about a minute): this is what a new user does.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def sh_blocks(section: str) -> list[str]:
    """The ```sh blocks of one README section (up to the next heading of its level or
    above; a "#" line inside a block is a comment, not a heading)."""
    level = len(section.split(" ", 1)[0])
    blocks: list[str] = []
    inside, fence = False, False
    for line in README.splitlines():
        if not fence and line.startswith("#"):
            heading = len(line) - len(line.lstrip("#"))
            if inside and heading <= level:
                break
            inside = inside or line == section
        elif inside and line.startswith("```"):
            fence = not fence
            if fence and line == "```sh":
                blocks.append("")
            elif fence:
                blocks.append("\0")  # another language: not taken
        elif inside and fence and not blocks[-1].startswith("\0"):
            blocks[-1] += line + "\n"
    return [block for block in blocks if not block.startswith("\0")]


def project_copy(target: Path) -> Path:
    """The project's tracked files (as they are in the working tree), as a user unpacks it."""
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, names):
        source = ROOT / name.decode()
        if source.is_file():
            (target / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name.decode())
    return target


def wait_for_port(port: int, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the quick start's command ended"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.mark.skipif(os.geteuid() != 0, reason="the quick start installs a Debian package")
def test_the_quick_start_runs_as_written(tmp_path: Path) -> None:
    (setup,) = sh_blocks("## Quick start (Debian, Python 3.11)")[:1]
    (try_it,) = sh_blocks("### Try it")
    assert "bouncesink serve" in setup and "bouncesink check" in try_it
    if not port_is_free(2525):
        pytest.fail("127.0.0.1:2525, the quick start's port, is in use by something else")
    project = project_copy(tmp_path / "bouncesink")
    daemon = subprocess.Popen(
        ["bash", "-euc", setup],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        try:
            wait_for_port(2525, daemon, 300)
        except AssertionError:
            daemon.kill()
            output = daemon.communicate()[0].decode(errors="replace")
            raise AssertionError(output[-3000:]) from None
        deadline = time.monotonic() + 20
        while True:  # the bounce is processed moments after the 250
            out = subprocess.run(
                ["bash", "-euc", try_it], cwd=project, capture_output=True, text=True
            )
            if "suppressed (hard-bounce)" in out.stdout or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert out.stdout.startswith("someone@example.com: suppressed (hard-bounce) kind=hard")
        assert "Traceback" not in out.stderr
    finally:
        if daemon.poll() is None:
            os.killpg(daemon.pid, signal.SIGTERM)
        logs = daemon.communicate(timeout=30)[0].decode(errors="replace")
    assert daemon.returncode == 0, logs[-3000:]
    assert "Traceback" not in logs


def test_the_quick_start_uses_sudo_only_for_a_user() -> None:
    (setup,) = sh_blocks("## Quick start (Debian, Python 3.11)")[:1]
    line = next(line for line in setup.splitlines() if line.startswith("SUDO="))
    as_root = subprocess.run(["bash", "-c", f'{line}\necho "[$SUDO]"'], capture_output=True)
    assert as_root.stdout.strip() == (b"[]" if os.geteuid() == 0 else b"[sudo]")
    if os.geteuid() == 0 and shutil.which("runuser"):
        as_user = subprocess.run(
            ["runuser", "-u", "nobody", "--", "bash", "-c", f'{line}\necho "[$SUDO]"'],
            capture_output=True,
        )
        assert as_user.stdout.strip() == b"[sudo]"
