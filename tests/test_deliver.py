"""`bouncesink deliver`, as an MTA's pipe transport runs it: the installed command in its own
process, one message on standard input, the envelope in options, a real SQLite file. Exit
status from sysexits.h: 0 only once the message is committed, 75 (EX_TEMPFAIL) when it could
not be stored, 65 (EX_DATAERR) for an empty or too large message, 64 (EX_USAGE) for bad
options. The running daemon's worker then processes what it stored."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import smtplib
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bouncesink.config import load
from bouncesink.tokens import make_token, today_utc

from .dsn import dsn
from .support import check, serve_process, write_config

BOUNCESINK = str(Path(sys.executable).parent / "bouncesink")
KEY = b"deliver-test-key-0123456789"
TOKENS = f'[tokens]\nmode = "enforce"\nkeys = ["1:{KEY.decode()}"]\nsigning_key = 1\n'
RCPT = "b-list@bounces.example.org"


def deliver(
    config: Path, raw: bytes, *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`bouncesink --config CONFIG deliver ARGS` with `raw` on standard input."""
    env = {k: v for k, v in os.environ.items() if k != "BOUNCESINK_CONFIG"}
    proc = subprocess.run(
        [BOUNCESINK, "--config", str(config), "deliver", *args],
        input=raw,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the schema, made once by `db upgrade` (copied for each test)."""
    folder = tmp_path_factory.mktemp("schema")
    config = write_config(folder, f"sqlite:///{folder / 'bouncesink.db'}")
    upgrade = subprocess.run(
        [BOUNCESINK, "--config", str(config), "db", "upgrade"], capture_output=True, timeout=60
    )
    assert upgrade.returncode == 0, upgrade.stderr
    return folder / "bouncesink.db"


def migrated(tmp_path: Path, schema: Path, extra: str = "", smtp_extra: str = "") -> Path:
    """A config whose SQLite database exists with its schema (as `db upgrade` leaves it)."""
    for part in schema.parent.glob("bouncesink.db*"):  # with its -wal, if any is left
        shutil.copy(part, tmp_path / part.name)
    return write_config(tmp_path, f"sqlite:///{tmp_path / 'bouncesink.db'}", extra, smtp_extra)


def stored(config: Path) -> list[tuple[int, str, tuple[str, ...], str, bytes]]:
    """The messages table of the config's SQLite file, read as it is."""
    database = load(config).database_path()
    assert database is not None
    with contextlib.closing(sqlite3.connect(database)) as conn:
        rows = conn.execute("SELECT id, mail_from, rcpt_to, trust, raw FROM messages ORDER BY id")
        return [(i, f, tuple(json.loads(r)), t, raw) for i, f, r, t, raw in rows]


def test_stored_once_and_exit_0_only_after_the_commit(tmp_path: Path, schema: Path) -> None:
    config = migrated(tmp_path, schema)
    raw = dsn("gone@example.com")
    out = deliver(config, raw, "--sender", "MAILER-DAEMON", "--recipient", RCPT)
    assert (out.returncode, out.stderr) == (0, "")
    assert out.stdout.startswith("stored as message 1 for ")
    # what the SMTP server stores for MAIL FROM:<> RCPT TO:<b-list@...>
    assert stored(config) == [(1, "", (RCPT,), "unchecked", raw)]
    # the MTA hands the same message over again (its record of the first was lost)
    again = deliver(config, raw, "--sender=", f"--recipient={RCPT}")
    assert (again.returncode, again.stdout) == (0, out.stdout)
    assert len(stored(config)) == 1


def test_recipients_and_tokens_are_checked_as_smtp_checks_them(
    tmp_path: Path, schema: Path
) -> None:
    config = migrated(tmp_path, schema, TOKENS)
    signed = make_token(1, KEY, today_utc(datetime.now(UTC)), address="gone@example.com")
    good = f"{signed}@bounces.example.org"
    raw = dsn("gone@example.com")
    forged = deliver(config, raw, "-r", "b-aaaaaaaaaaaaaaaaaaaaaaaaaaaa@bounces.example.org")
    assert forged.returncode == os.EX_NOPERM
    assert "550 5.7.1" in one_line(forged) and "not a valid return path" in forged.stderr
    foreign = deliver(config, raw, "-r", "someone@example.com")
    assert foreign.returncode == os.EX_NOUSER
    assert "relay access denied" in one_line(foreign)
    assert stored(config) == []
    # Postfix's ${original_recipient} for two recipients: two arguments after one option
    out = deliver(config, raw, "--sender=", "--recipient", good, "postmaster@example.com")
    assert out.returncode == 0
    assert "not stored for postmaster@example.com: 550 5.7.1" in one_line(out)
    ((_, sender, rcpt_to, trust, _),) = stored(config)
    assert (sender, rcpt_to, trust) == ("", (good,), "signed")


@pytest.mark.parametrize(
    "args",
    [[], ["--recipient"], ["-r", RCPT, "--bogus"], ["-r", RCPT, "extra"], ["-r", "not one"]],
    ids=["no-recipient", "empty-recipient", "unknown-option", "extra-argument", "bad-address"],
)
def test_bad_options_exit_64(tmp_path: Path, args: list[str]) -> None:
    config = write_config(tmp_path, "sqlite:///bouncesink.db")  # refused before it is opened
    out = deliver(config, dsn("a@example.com"), *args)
    assert out.returncode == os.EX_USAGE, out.stderr
    assert "Traceback" not in out.stderr
    assert list(tmp_path.iterdir()) == [config]


def test_too_large_or_empty_exits_65(tmp_path: Path, schema: Path) -> None:
    config = migrated(tmp_path, schema, smtp_extra="max_message_size = 50000")
    big = dsn("a@example.com") + b"x" * 60000 + b"\n"
    out = deliver(config, big, "-r", RCPT)
    assert out.returncode == os.EX_DATAERR
    assert "[smtp].max_message_size (50000 bytes)" in one_line(out)
    for empty in (b"", b"\n\n"):
        out = deliver(config, empty, "-r", RCPT)
        assert out.returncode == os.EX_DATAERR
        assert "empty" in one_line(out)
    assert stored(config) == []


def test_no_database_exits_75_and_creates_none(tmp_path: Path) -> None:
    config = write_config(tmp_path, "sqlite:///bouncesink.db")
    out = deliver(config, dsn("a@example.com"), "-r", RCPT)
    assert out.returncode == os.EX_TEMPFAIL
    line = one_line(out)
    assert str(tmp_path / "bouncesink.db") in line and "db upgrade" in line
    assert list(tmp_path.iterdir()) == [config]


def test_a_database_it_may_not_write_exits_75(tmp_path: Path, schema: Path) -> None:
    config = migrated(tmp_path, schema)
    database = tmp_path / "bouncesink.db"
    with read_only(database):
        out = deliver(config, dsn("a@example.com"), "-r", RCPT)
    assert out.returncode == os.EX_TEMPFAIL
    line = one_line(out)
    assert str(database) in line and "readonly" in line
    assert stored(config) == []


def test_a_configuration_that_cannot_be_read_exits_75(tmp_path: Path) -> None:
    out = deliver(tmp_path / "missing.toml", dsn("a@example.com"), "-r", RCPT)
    assert out.returncode == os.EX_TEMPFAIL
    assert "missing.toml" in one_line(out)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` made a file this process may not write: immutable as root (who may write any
    file that is only read-only by its mode), read-only by its mode otherwise."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_the_running_daemon_processes_what_deliver_stored(tmp_path: Path, schema: Path) -> None:
    """The daemon ([processing].poll_seconds = 0.5) claims the message another process
    stored, also while SMTP keeps handing it messages without a pause (its worker never
    idles, so it never waits for the poll's timeout)."""
    config = migrated(tmp_path, schema)
    with serve_process(config) as served:
        sending = threading.Event()
        sending.set()
        sent: list[float] = []

        def load() -> None:
            with smtplib.SMTP(served.host, served.port, timeout=30) as client:
                n = 0
                while sending.is_set():
                    n += 1
                    raw = dsn(f"busy{n}@example.net", msgid=f"load{n}")
                    client.sendmail("", [RCPT], raw)
                    sent.append(time.monotonic())

        sender = threading.Thread(target=load)
        sender.start()
        try:
            while len(sent) < 20:  # the load is on
                time.sleep(0.05)
            out = deliver(config, dsn("piped@example.com", msgid="piped"), "-r", RCPT)
            assert out.returncode == 0, out.stderr
            delivered = time.monotonic()
            state, waited = "active", 0.0
            while state != "suppressed" and waited < 15:
                _, (info,) = check(config, "piped@example.com")
                state, waited = str(info["state"]), time.monotonic() - delivered
        finally:
            sending.clear()
            sender.join(timeout=60)
    assert state == "suppressed", served.log.read_text()
    # SMTP messages kept arriving all along, never a poll period (0.5 s) apart
    during = [t for t in sent if delivered <= t <= delivered + waited]
    gaps = [b - a for a, b in zip([delivered, *during], [*during, delivered + waited], strict=True)]
    assert max(gaps) < 0.5


def test_on_postgresql_stored_once_and_processed_by_the_daemon(pg_url: str, tmp_path: Path) -> None:
    config = write_config(tmp_path, pg_url)
    upgrade = subprocess.run(
        [BOUNCESINK, "--config", str(config), "db", "upgrade"], capture_output=True, timeout=60
    )
    assert upgrade.returncode == 0, upgrade.stderr
    raw = dsn("pg-gone@example.com", msgid="pg")
    with serve_process(config) as served:
        for _ in range(2):  # handed over twice: stored once
            out = deliver(config, raw, "--sender=", "--recipient", RCPT)
            assert (out.returncode, out.stderr) == (0, ""), out.stderr
        deadline = time.monotonic() + 15
        while True:
            _, (info,) = check(config, "pg-gone@example.com")
            if info["state"] == "suppressed" or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert info["state"] == "suppressed", served.log.read_text()
    listed = subprocess.run(
        [BOUNCESINK, "--config", str(config), "messages", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["status"], r["peer"]) for r in rows] == [("processed", "pipe")]


def test_a_database_server_that_refuses_exits_75(tmp_path: Path) -> None:
    config = write_config(tmp_path, "postgresql://nobody:secret@127.0.0.1:1/none")
    out = deliver(config, dsn("a@example.com"), "-r", RCPT)
    assert out.returncode == os.EX_TEMPFAIL
    line = one_line(out)
    assert "127.0.0.1:1" in line and "secret" not in line
