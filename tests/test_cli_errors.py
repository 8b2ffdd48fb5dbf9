"""The command line's failures, run as the installed command: one line naming what failed and
what to do, the documented exit status, no traceback, and no database made by a read."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .support import write_config

BOUNCESINK = str(Path(sys.executable).parent / "bouncesink")
READ_COMMANDS = [
    ["check", "a@example.com"],
    ["list"],
    ["export"],
    ["stats"],
    ["messages"],
]


def run(
    *args: str, cwd: Path | None = None, shell_tail: str = ""
) -> subprocess.CompletedProcess[str]:
    """The installed `bouncesink ARGS` in its own process (through a pipe if `shell_tail`)."""
    env = {k: v for k, v in os.environ.items() if k != "BOUNCESINK_CONFIG"}
    if shell_tail:
        command = " ".join(f"'{a}'" for a in (BOUNCESINK, *args)) + " | " + shell_tail
        script = f"{command}; exit ${{PIPESTATUS[0]}}"
        return subprocess.run(
            ["bash", "-c", script], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
        )
    return subprocess.run(
        [BOUNCESINK, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_creates_no_database(tmp_path: Path, command: list[str]) -> None:
    out = run(*command, cwd=tmp_path)
    assert out.returncode == 3
    line = one_line(out)
    assert str(tmp_path / "bouncesink.db") in line and "db upgrade" in line
    assert not (tmp_path / "bouncesink.db").exists()
    assert out.stdout == ""


@pytest.mark.parametrize(
    "command",
    [["suppress", "a@example.com"], ["unsuppress", "a@example.com"], ["import", "list.csv"]],
    ids=lambda c: c[0],
)
def test_a_writing_command_creates_no_database_either(tmp_path: Path, command: list[str]) -> None:
    """Only `serve` and `db upgrade` create one: a suppression recorded in a stray database
    that the daemon never reads would be lost without a word."""
    (tmp_path / "list.csv").write_text("email\nb@example.com\n")
    out = run(*command, cwd=tmp_path)
    assert out.returncode == 3
    line = one_line(out)
    assert str(tmp_path / "bouncesink.db") in line and "db upgrade" in line
    assert not (tmp_path / "bouncesink.db").exists()


def test_a_read_command_logs_no_migration_and_db_upgrade_creates(tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    out = run("check", "a@example.com", cwd=tmp_path)
    assert out.returncode == 1 and out.stderr == ""
    assert "no bounce recorded" in out.stdout


def test_config_before_the_command(tmp_path: Path) -> None:
    cfg = str(write_config(tmp_path, f"sqlite:///{tmp_path}/elsewhere.db"))
    out = run("--config", cfg, "check", "a@example.com", cwd=tmp_path)
    assert out.returncode == 3
    assert f"{tmp_path}/elsewhere.db" in one_line(out)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("sqlite:////nonexistent-folder/bouncesink.db", "/nonexistent-folder/bouncesink.db"),
        ("postgresql://nobody:secret@127.0.0.1:1/none", "127.0.0.1:1"),
    ],
    ids=["sqlite-folder-missing", "postgresql-refused"],
)
def test_an_unreachable_database_is_one_line_and_exit_3(
    tmp_path: Path, url: str, words: str
) -> None:
    cfg = str(write_config(tmp_path, url))
    for command in (["check", "a@example.com"], ["suppress", "a@example.com"], ["db", "upgrade"]):
        out = run(*command, "--config", cfg)
        assert out.returncode == 3, out.stderr
        line = one_line(out)
        assert words in line and "secret" not in line


def test_postgresql_wrong_password_and_missing_database(pg_url: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    wrong = url.set(password="wrong").render_as_string(hide_password=False)
    missing = url.set(database="bouncesink_no_such_db").render_as_string(hide_password=False)
    for bad, words in ((wrong, "password"), (missing, "does not exist")):
        out = run("check", "--config", str(write_config(tmp_path, bad)), "a@example.com")
        assert out.returncode == 3
        assert words in one_line(out)


def test_unknown_revision_is_a_usage_error(tmp_path: Path) -> None:
    out = run("db", "upgrade", "9999", cwd=tmp_path)
    assert out.returncode == 2
    assert "9999" in one_line(out)


def test_files_that_cannot_be_read_or_written(tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    out = run("import", "missing.csv", cwd=tmp_path)
    assert (out.returncode, "missing.csv" in one_line(out)) == (1, True)
    out = run("import", "missing.mbox", cwd=tmp_path)
    assert (out.returncode, "missing.mbox" in one_line(out)) == (1, True)
    out = run("export", "-o", str(tmp_path / "no" / "such" / "out.csv"), cwd=tmp_path)
    assert (out.returncode, "cannot write" in one_line(out)) == (1, True)


def test_a_closed_pipe_is_no_error(tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    addresses = [f"a{i}@example.com" for i in range(3000)]
    (tmp_path / "many.csv").write_text("email\n" + "\n".join(addresses) + "\n")
    assert run("import", "many.csv", cwd=tmp_path).returncode == 0
    out = run("export", cwd=tmp_path, shell_tail="head -1")
    assert (out.returncode, out.stderr, out.stdout.startswith("address,")) == (0, "", True)
    bounces = tmp_path / "bounces"
    bounces.mkdir()
    sample = next(
        p for p in sorted(Path(__file__).parent.joinpath("data").iterdir()) if p.suffix == ".eml"
    )
    for i in range(400):
        (bounces / f"{i}.eml").write_bytes(sample.read_bytes())
    out = run("parse", str(bounces), shell_tail="head -1")
    assert (out.returncode, out.stderr) == (0, "")


def test_parse_of_an_empty_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    out = run("parse", str(tmp_path / "empty.eml"))
    assert out.returncode == 1
    assert '"error": "empty file"' in out.stdout


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.mark.parametrize("section", ["smtp", "api", "policyd"])
def test_serve_on_an_address_in_use(tmp_path: Path, busy_port: int, section: str) -> None:
    listen = f'"127.0.0.1:{busy_port}"'
    text = {
        "smtp": f'[smtp]\nlisten = {listen}\n[api]\nlisten = ""\n',
        "api": f'[smtp]\nlisten = "127.0.0.1:0"\n[api]\nlisten = {listen}\n',
        "policyd": (
            f'[smtp]\nlisten = "127.0.0.1:0"\n[api]\nlisten = ""\n[policyd]\nlisten = {listen}\n'
        ),
    }[section]
    cfg = tmp_path / "serve.toml"
    cfg.write_text(text + f'[database]\nurl = "sqlite:///{tmp_path}/db.sqlite"\n')
    out = run("--log-level", "warning", "serve", "--config", str(cfg))
    assert out.returncode == 2
    line = out.stderr.strip().splitlines()[-1]
    assert "Traceback" not in out.stderr
    assert line.startswith(f"bouncesink: configuration error: [{section}].listen:")
    assert "in use" in line


def test_suppress_for_no_time_is_refused(tmp_path: Path) -> None:
    for days in ("-5", "0"):
        out = run("suppress", "x@example.com", "--expires", days, cwd=tmp_path)
        assert out.returncode == 2
        assert "--expires" in out.stderr
    assert not (tmp_path / "bouncesink.db").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    out = run("--log-level", "debug", "check", "a@example.com", cwd=tmp_path)
    assert out.returncode == 3
    assert "Traceback" in out.stderr


def test_list_has_a_header_and_check_shows_the_expiry_and_note(tmp_path: Path) -> None:
    suppress = ("suppress", "--expires", "3", "--note", "asked us", "a@example.com")
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    assert run(*suppress, cwd=tmp_path).returncode == 0
    listed = run("list", cwd=tmp_path).stdout.splitlines()
    assert listed[0].split() == ["address", "state", "kind", "category", "reason", "last", "event"]
    assert listed[1].startswith("a@example.com")
    checked = run("check", "a@example.com", cwd=tmp_path).stdout
    assert checked.startswith("a@example.com: suppressed (manual)")
    assert " expires=" in checked
    assert "\n  note: asked us" in checked
    as_json = run("check", "--json", "a@example.com", cwd=tmp_path).stdout
    assert '"note": "asked us"' in as_json


def test_stats_count_no_manual_suppression(tmp_path: Path) -> None:
    assert run("db", "upgrade", cwd=tmp_path).returncode == 0
    assert run("suppress", "a@example.com", "b@example.org", cwd=tmp_path).returncode == 0
    out = run("stats", "--kind", "hard", "--json", cwd=tmp_path)
    assert (out.returncode, out.stdout) == (0, "")
    assert "events since" in run("stats", "--kind", "hard", cwd=tmp_path).stdout
    assert "none" in run("stats", cwd=tmp_path).stdout.splitlines()[0]
