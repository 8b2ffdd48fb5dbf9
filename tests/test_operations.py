"""Operators' commands, run as processes: suppress, unsuppress, import, stats, prune, token,
and reprocessing with newer rules."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bouncesink import classify, parse
from bouncesink.operations import reprocess
from bouncesink.pipeline import Incoming
from bouncesink.recording import Recorder
from bouncesink.store import Store
from bouncesink.tokens import parse_keys, verify
from bouncesink.types import Category, Classification, Kind, Reason, RecipientRecord, Report
from bouncesink.worker import Worker

from .dsn import dsn
from .support import check, cli, write_config


def config_file(tmp_path: Path, extra: str = "") -> str:
    """A configuration whose SQLite database exists (`db upgrade`: commands create none)."""
    path = str(write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite", extra))
    upgraded = cli("db", "upgrade", "--config", path)
    assert upgraded.returncode == 0, upgraded.stderr
    return path


def test_suppress_then_unsuppress(tmp_path: Path) -> None:
    cfg = config_file(tmp_path)
    out = cli("suppress", "--config", cfg, "--note", "asked us", "Ann@Example.com")
    assert out.returncode == 0, out.stderr
    _, (info,) = check(Path(cfg), "Ann@example.com")
    assert (info["state"], info["suppression_reason"]) == ("suppressed", "manual")
    assert cli("unsuppress", "--config", cfg, "Ann@example.com").returncode == 0
    _, (info,) = check(Path(cfg), "Ann@example.com")
    assert info["state"] == "active"


def test_bad_address_is_a_clear_error(tmp_path: Path) -> None:
    out = cli("suppress", "--config", config_file(tmp_path), "not-an-address")
    assert out.returncode == 2
    assert "'not-an-address' is not an e-mail address" in out.stderr


def test_import_csv_of_another_system(tmp_path: Path) -> None:
    cfg = config_file(tmp_path)
    csv_file = tmp_path / "ses-export.csv"
    csv_file.write_text(
        "EmailAddress,Reason,LastUpdateTime,Region\n"
        "one@example.com,BOUNCE,2026-01-01T10:00:00Z,eu\n"
        "two@example.org,COMPLAINT,2026-01-02,eu\n"
        "broken,BOUNCE,2026-01-03,eu\n",
        encoding="utf-8",
    )
    out = cli("import", "--config", cfg, str(csv_file))
    assert out.returncode == 1  # one line skipped, said on stderr
    assert "ses-export.csv:4: skipped" in out.stderr
    assert out.stderr.count("columns not used: Region") == 1
    assert "2 addresses suppressed" in out.stdout
    _, infos = check(Path(cfg), "one@example.com", "two@example.org")
    assert [(i["state"], i["suppression_reason"]) for i in infos] == [("suppressed", "import")] * 2
    # the source's kind and date are kept: a complaint stays a complaint
    assert [(i["kind"], i["last_event_at"][:10]) for i in infos] == [
        ("hard", "2026-01-01"),
        ("complaint", "2026-01-02"),
    ]
    assert infos[1]["reason"] == "feedback"


def test_import_mbox_of_old_bounces(tmp_path: Path) -> None:
    cfg = config_file(tmp_path)
    mbox = tmp_path / "old.mbox"
    parts = [
        b"From MAILER-DAEMON Thu Nov  5 10:00:00 2026\n" + dsn(a, msgid=a).replace(b"\r\n", b"\n")
        for a in ("old1@example.com", "old2@example.net")
    ]
    mbox.write_bytes(b"\n".join(parts))
    out = cli("import", "--config", cfg, str(mbox))
    assert out.returncode == 0, out.stderr
    assert "2 messages imported" in out.stdout
    _, infos = check(Path(cfg), "old1@example.com", "old2@example.net")
    assert [i["state"] for i in infos] == ["suppressed", "suppressed"]
    # the event is dated when the bounce was written, not when it was imported
    assert str(infos[0]["last_event_at"]).startswith("2026-11-03")


def test_token_command_makes_verifiable_return_paths(tmp_path: Path) -> None:
    cfg = config_file(tmp_path, '[tokens]\nkeys = ["5:abcdefghijklmnop1234"]\nsigning_key = 5\n')
    out = cli("token", "--config", cfg, "ann@example.com")
    assert out.returncode == 0, out.stderr
    local, _, domain = out.stdout.strip().rpartition("@")
    assert domain == "bounces.example.org"
    info = verify(local, parse_keys(["5:abcdefghijklmnop1234"]), date.today(), 30)
    assert info.address == "ann@example.com"


def test_token_command_without_keys_explains(tmp_path: Path) -> None:
    out = cli("token", "--config", config_file(tmp_path), "ann@example.com")
    assert out.returncode == 2
    assert "[tokens].keys" in out.stderr


def test_stats_counts_refusals_per_destination(tmp_path: Path) -> None:
    cfg = config_file(tmp_path)
    spam = tmp_path / "spam.eml"
    spam.write_bytes(
        dsn(
            [
                (
                    "a@gmail.example",
                    "5.7.1",
                    "550 5.7.1 Our system has detected that this message is likely "
                    "unsolicited mail. To reduce the amount of spam, this message "
                    "has been blocked.",
                )
            ]
        )
    )
    assert cli("import", "--format", "bounces", "--config", cfg, str(spam)).returncode == 0
    out = cli("stats", "--config", cfg, "--since", "30000d", "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["domain"], r["kind"], r["count"]) for r in rows] == [("gmail.example", "block", 1)]
    _, (info,) = check(Path(cfg), "a@gmail.example")
    assert info["state"] == "active"  # a refusal because of us never touches the address


def _say_unknown(record: RecipientRecord, report: Report) -> Classification:
    return Classification(Reason.UNDEFINED, Category.OTHER, Kind.UNKNOWN, "old-rules")


async def test_reprocess_applies_new_rules_once(store: Store) -> None:
    now = datetime.now(UTC)
    await store.receive(
        [
            Incoming(dsn(a, msgid=a), "", ("b@bounces.example.org",), now)
            for a in ("r1@example.com", "r2@example.com")
        ]
    )
    await Worker(Recorder(store), parse.parse, _say_unknown).drain()  # processed with weaker rules
    before = await store.lookup(["r1@example.com"])
    assert before["r1@example.com"].state == "active"

    report = await reprocess(Recorder(store), parse.parse, classify.classify, now)
    assert (report.messages, report.changed_messages) == (2, 2)
    assert report.events_before == report.events_after == 2
    assert {(c.address, c.before, c.after) for c in report.state_changes} == {
        ("r1@example.com", "active", "suppressed"),
        ("r2@example.com", "active", "suppressed"),
    }
    again = await reprocess(Recorder(store), parse.parse, classify.classify, now)
    assert (again.changed_messages, again.state_changes) == (0, ())
    assert len(await store.events_of("r1@example.com")) == 1


async def test_prune_keeps_what_decides_a_state(store: Store) -> None:
    old = datetime.now(UTC) - timedelta(days=500)
    await store.receive([Incoming(dsn("gone@example.com"), "", ("b@bounces.example.org",), old)])
    await Worker(Recorder(store), parse.parse, classify.classify, clock=lambda: old).drain()
    result = await store.prune(datetime.now(UTC), raw_days=30, events_days=400)
    assert result.raw_dropped == 1
    assert result.events_deleted == 0  # the hard bounce keeps the address suppressed
    assert (await store.lookup(["gone@example.com"]))["gone@example.com"].state == "suppressed"


def test_list_and_export(tmp_path: Path) -> None:
    cfg = config_file(tmp_path)
    for address in ("b@example.com", "a@example.com"):
        assert cli("suppress", "--config", cfg, "--note", "n", address).returncode == 0
    assert cli("suppress", "--config", cfg, "--expires", "1", "c@example.com").returncode == 0
    assert cli("unsuppress", "--config", cfg, "c@example.com").returncode == 0

    listed = cli("list", "--config", cfg, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted(r["address"] for r in rows) == ["a@example.com", "b@example.com"]
    assert {r["suppression_reason"] for r in rows} == {"manual"}

    everyone = cli("list", "--config", cfg, "--state", "any", "--json")
    assert len(everyone.stdout.splitlines()) == 3

    out_file = tmp_path / "export.csv"
    exported = cli("export", "--config", cfg, "--output", str(out_file))
    assert exported.returncode == 0, exported.stderr
    lines = out_file.read_text().splitlines()
    assert lines[0].startswith("address,state")
    assert sorted(line.split(",")[0] for line in lines[1:]) == ["a@example.com", "b@example.com"]

    as_json = cli("export", "--config", cfg, "--format", "json", "--state", "active")
    assert [json.loads(x)["address"] for x in as_json.stdout.splitlines()] == ["c@example.com"]
    assert cli("list", "--config", cfg, "--state", "gone").returncode == 2


def test_unparsable_messages_are_kept_and_listed(tmp_path: Path) -> None:
    cfg = config_file(tmp_path)
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01 not a message at all \xff" * 10)
    assert cli("import", "--format", "bounces", "--config", cfg, str(junk)).returncode == 0
    out = cli("messages", "--config", cfg, "--json")
    assert out.returncode == 0, out.stderr
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert row["status"] in ("processed", "unparsable")  # kept either way, never dropped
    assert row["size"] == len(junk.read_bytes())


def test_csv_dates_kinds_and_columns_of_other_systems() -> None:
    from bouncesink.operations import read_suppression_csv

    now = datetime(2026, 6, 1, tzinfo=UTC)
    text = (
        "email,created,reason,status\n"
        "a@example.com,1767225600,bounced address,550\n"  # SendGrid: a Unix time
        'b@example.com,"Thu, 01 Jan 2026 00:00:00 +0000",SpamComplaint,\n'  # RFC 5322 date
        "c@example.com,2030-01-01,HardBounce,\n"  # a date after now is now
        "d@example.com,not a date,,\n"
    )
    result = read_suppression_csv(text, "import:x.csv", now)
    assert result.unused_columns == ("status",)
    got = [(a.address, a.occurred_at, a.verdict is not None, a.note) for a in result.actions]
    jan1 = datetime(2026, 1, 1, tzinfo=UTC)
    assert got == [
        ("a@example.com", jan1, False, "bounced address"),
        ("b@example.com", jan1, True, "SpamComplaint"),
        ("c@example.com", now, False, "HardBounce"),
        ("d@example.com", now, False, None),
    ]


def test_reprocess_after_prune_says_what_it_could_not_read(tmp_path: Path) -> None:
    cfg = config_file(tmp_path, "[retention]\nraw_days = 1\n")
    mbox = tmp_path / "old.mbox"
    mbox.write_bytes(b"From MAILER-DAEMON Thu Nov  5 10:00:00 2026\n" + dsn("p@example.com"))
    assert cli("import", "--config", cfg, str(mbox)).returncode == 0
    assert cli("prune", "--config", cfg).returncode == 0
    out = cli("reprocess", "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert "1 messages not read again: their raw bytes were pruned" in out.stdout
