"""The verdict on replies nobody here has seen: what the providers themselves document.

``tests/data/provider_replies/*.tsv`` holds, per provider, the SMTP replies its postmaster
pages (or the RFCs, or the MTAs' sources) document, each with the meaning the source gives and
the kind and category that meaning calls for, written with the reply before any run: is the
address dead (hard), full or failing for a while (soft), or are *we* refused (block)? The
rows were not taken from any bounce parser's test data, and no rule was written for one row.

Each reply is fed through the real parser and classifier the way it arrives: inside a minimal
RFC 3464 delivery status notification as Postfix writes it, and as a plain-text Postfix bounce
(no delivery-status part), with the provider's MX as the remote host and the SMTP command the
reply answered. A 4xx reply is a bounce at the end of the queue (Action: failed, Status 4.x.x):
the verdict then is the one a final failure of that kind calls for.

The file format: ``# key: value`` lines (provider, recipient-domain, remote-mta, source...),
then a tab-separated header and one row per reply. ``ambiguous`` says why the provider's
documentation supports more than one reading (empty when it does not); ``status`` is the DSN
status where the reporting MTA's own words carry no reply code (command ``LOCAL``).

Run as a script for the agreement figures and the list of disagreements::

    PYTHONPATH=. .venv/bin/python tests/test_provider_replies.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from bouncesink.classify import DEFAULT_MAP, classify  # noqa: E402
from bouncesink.parse import parse  # noqa: E402
from bouncesink.types import Category, Kind  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "provider_replies"
COLUMNS = ("reply", "command", "lang", "meaning", "kind", "category", "why", "source")
COMMANDS = ("RCPT", "DATA", "MAIL", "CONN", "LOCAL")
LOCAL_PART = "jane.doe"

# Categories each kind may carry (the design's default map, read backwards).
CATEGORIES: dict[str, set[str]] = {}
for _category, _kind in DEFAULT_MAP.values():
    CATEGORIES.setdefault(str(_kind), set()).add(str(_category))
CATEGORIES.setdefault("soft", set()).add(str(Category.ROUTING_ERRORS))  # notaccept (4xx)
CATEGORIES.setdefault("block", set()).add(str(Category.BAD_CONNECTION))  # ratelimited (5xx)


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    provider: str
    domain: str
    remote: str
    reply: str
    command: str
    lang: str
    meaning: str
    kind: str
    category: str
    why: str
    source: str
    ambiguous: str
    status: str

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def recipient(self) -> str:
        return f"{LOCAL_PART}@{self.domain}"


def load(directory: Path = DATA) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(directory.glob("*.tsv")):
        meta: dict[str, list[str]] = {}
        lines = path.read_text(encoding="utf-8").splitlines()
        body: list[tuple[int, str]] = []
        for number, line in enumerate(lines, 1):
            if line.startswith("#"):
                key, _, value = line[1:].partition(":")
                meta.setdefault(key.strip(), []).append(value.strip())
            elif line.strip():
                body.append((number, line))
        header = body[0][1].split("\t")
        for number, line in body[1:]:
            values = dict(zip(header, line.split("\t"), strict=True))
            rows.append(
                Row(
                    file=path.name,
                    line=number,
                    provider=meta["provider"][0],
                    domain=meta["recipient-domain"][0],
                    remote=meta["remote-mta"][0],
                    reply=values["reply"],
                    command=values["command"],
                    lang=values["lang"],
                    meaning=values["meaning"],
                    kind=values["kind"],
                    category=values["category"],
                    why=values["why"],
                    source=values["source"],
                    ambiguous=values.get("ambiguous", ""),
                    status=values.get("status", ""),
                )
            )
    return rows


ROWS = load()

_REPLY_RE = re.compile(r"^([245]\d\d)[ -]#?(?:([245]\.\d{1,3}\.\d{1,3})\b)?")
_QMAIL_RE = re.compile(r"\(#([245]\.\d{1,3}\.\d{1,3})\)")


def dsn_status(row: Row) -> str:
    """The Status a Postfix DSN gives: the code after the reply code, else the reply's class."""
    if row.status:
        return row.status
    m = _REPLY_RE.match(row.reply)
    if m is not None:
        return m.group(2) or f"{m.group(1)[0]}.0.0"
    m = _QMAIL_RE.search(row.reply)
    return m.group(1) if m is not None else "5.0.0"


def postfix_paragraph(row: Row) -> str:
    """Postfix's one-paragraph account of the failure, as in its bounce text."""
    host = f"{row.remote}[192.0.2.10]"
    if row.command == "LOCAL":
        return f"<{row.recipient}>: {row.reply}"
    if row.command == "CONN":
        return f"<{row.recipient}>: host {host} refused to talk to me: {row.reply}"
    said = {
        "RCPT": "in reply to RCPT TO command",
        "DATA": "in reply to end of DATA command",
        "MAIL": "in reply to MAIL FROM command",
    }[row.command]
    return f"<{row.recipient}>: host {host} said: {row.reply} ({said})"


_HEAD = """\
Return-Path: <>
Date: Tue, 3 Nov 2026 10:00:00 +0000
From: MAILER-DAEMON@mta.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: b-list@bounces.example.org
Auto-Submitted: auto-replied
Message-Id: <pr-1@mta.example.net>
MIME-Version: 1.0
"""

_INTRO = """\
This is the mail system at host mta.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

"""


def as_dsn(row: Row) -> bytes:
    """The reply in an RFC 3464 report, shaped like Postfix's."""
    remote = "" if row.command == "LOCAL" else f"Remote-MTA: dns; {row.remote}\n"
    diagnostic = "X-Postfix" if row.command == "LOCAL" else "smtp"
    text = (
        _HEAD
        + 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        + "--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + _INTRO
        + postfix_paragraph(row)
        + "\n\n--B\nContent-Type: message/delivery-status\n\n"
        + "Reporting-MTA: dns; mta.example.net\nArrival-Date: Tue, 3 Nov 2026 09:00:00 +0000\n\n"
        + f"Final-Recipient: rfc822; {row.recipient}\nOriginal-Recipient: rfc822;{row.recipient}\n"
        + f"Action: failed\nStatus: {dsn_status(row)}\n{remote}"
        + f"Diagnostic-Code: {diagnostic}; {row.reply}\n\n"
        + "--B\nContent-Type: text/rfc822-headers\n\n"
        + f"From: news@example.org\nTo: {row.recipient}\nSubject: News\n\n--B--\n"
    )
    return text.replace("\n", "\r\n").encode()


def as_text(row: Row) -> bytes:
    """The reply in a plain-text Postfix bounce (no delivery-status part)."""
    text = (
        _HEAD
        + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + _INTRO
        + postfix_paragraph(row)
        + "\n\n--- Undelivered message headers follow ---\n"
        + f"From: news@example.org\nTo: {row.recipient}\nSubject: News\n"
    )
    return text.replace("\n", "\r\n").encode()


@dataclass(frozen=True)
class Verdict:
    kind: str
    category: str
    reason: str
    rule: str


def verdict(raw: bytes, recipient: str) -> Verdict | None:
    report = parse(raw)
    for record in report.records:
        if record.recipient == recipient:
            c = classify(record, report)
            return Verdict(str(c.kind), str(c.category), str(c.reason), c.rule)
    return None


WRAPPERS = (("dsn", as_dsn), ("text", as_text))


def disagreements(rows: list[Row] = ROWS) -> Iterator[tuple[Row, str, Verdict | None]]:
    for row in rows:
        for name, wrap in WRAPPERS:
            seen = verdict(wrap(row), row.recipient)
            if seen is None or (seen.kind, seen.category) != (row.kind, row.category):
                yield row, name, seen


# --- the data itself --------------------------------------------------------------------------


def test_the_set_is_broad() -> None:
    """200+ documented replies from 15+ providers in 6+ languages."""
    assert len(ROWS) >= 200
    assert len({row.provider for row in ROWS}) >= 15
    assert len({row.lang for row in ROWS}) >= 6
    assert {row.kind for row in ROWS} >= {"hard", "soft", "block"}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_row_is_well_formed(row: Row) -> None:
    assert row.reply.strip() and row.meaning.strip() and row.why.strip()
    assert row.command in COMMANDS
    assert row.source.startswith(("https://", "http://"))
    assert row.kind in {str(k) for k in (Kind.HARD, Kind.SOFT, Kind.BLOCK)}
    assert row.category in CATEGORIES[row.kind], f"{row.category} is not a {row.kind} category"
    assert row.command != "LOCAL" or row.status, "a LOCAL row names its DSN status"


def test_every_file_names_its_sources() -> None:
    for path in sorted(DATA.glob("*.tsv")):
        head = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] == "#"]
        keys = {line[1:].partition(":")[0].strip() for line in head}
        assert {"provider", "recipient-domain", "remote-mta", "source"} <= keys, path.name


def test_the_wrappers_carry_the_reply() -> None:
    """The builders are what they claim: the parser finds the recipient, the status and the
    command in both forms (a failure here is the harness's, not the classifier's)."""
    row = next(r for r in ROWS if r.command == "RCPT" and r.reply.startswith("550 5.1.1"))
    for _name, wrap in WRAPPERS:
        report = parse(wrap(row))
        (record,) = report.records
        assert record.recipient == row.recipient
        assert record.status == "5.1.1"
        assert record.command == "RCPT"
        assert record.remote_mta == row.remote


# --- the verdicts -----------------------------------------------------------------------------


# Measured on this set when it was written (the figures printed by ``main``); a change that
# loses agreement must say why in the data (the expectation) or be undone. The second set
# (MTA and mail-store texts: mta_*.tsv, mailstores, exchange_server, filters_opensmtpd,
# haraka; then public_bounces) brought the category figure down from 0.918 to 0.883: its
# rows name a mail loop a routing error and a connection timeout a host not answering,
# where the classifier keeps the network error (RFC 3463 X.4.6) and the expiry a timeout
# led to; the kinds agree.
MIN_KIND = 0.97
MIN_KIND_AND_CATEGORY = 0.88


@pytest.fixture(scope="module")
def seen() -> dict[tuple[str, str], Verdict | None]:
    return {
        (row.id, name): verdict(wrap(row), row.recipient) for row in ROWS for name, wrap in WRAPPERS
    }


def _show(rows: Sequence[tuple[Row, str, Verdict | None]]) -> str:
    return "\n".join(
        f"{row.id} {form}: want {row.kind}/{row.category}, got "
        f"{'nothing' if v is None else f'{v.kind}/{v.category} by {v.rule}'}: {row.reply[:80]}"
        for row, form, v in rows
    )


def test_no_live_address_is_suppressed(seen: dict[tuple[str, str], Verdict | None]) -> None:
    """No hard verdict where the provider's meaning is soft or block, ambiguous rows too."""
    wrong = [
        (row, form, seen[(row.id, form)])
        for row in ROWS
        for form, _ in WRAPPERS
        if row.kind != "hard" and getattr(seen[(row.id, form)], "kind", None) == "hard"
    ]
    assert not wrong, _show(wrong)


def test_no_dead_address_is_kept(seen: dict[tuple[str, str], Verdict | None]) -> None:
    """Every reply the provider documents as a dead address (and no other reading) is hard."""
    wrong = [
        (row, form, seen[(row.id, form)])
        for row in ROWS
        for form, _ in WRAPPERS
        if row.kind == "hard"
        and not row.ambiguous
        and getattr(seen[(row.id, form)], "kind", None) != "hard"
    ]
    assert not wrong, _show(wrong)


def test_every_reply_gives_a_record(seen: dict[tuple[str, str], Verdict | None]) -> None:
    missing = [
        (row, form, None) for row in ROWS for form, _ in WRAPPERS if not seen[(row.id, form)]
    ]
    assert not missing, _show(missing)


def test_agreement(seen: dict[tuple[str, str], Verdict | None]) -> None:
    total = len(seen)
    kind = category = 0
    misses: list[tuple[Row, str, Verdict | None]] = []
    for row in ROWS:
        for form, _ in WRAPPERS:
            v = seen[(row.id, form)]
            kind += v is not None and v.kind == row.kind
            both = v is not None and (v.kind, v.category) == (row.kind, row.category)
            category += both
            if not both:
                misses.append((row, form, v))
    assert kind / total >= MIN_KIND, f"kind {kind}/{total}\n" + _show(misses)
    assert category / total >= MIN_KIND_AND_CATEGORY, f"both {category}/{total}\n" + _show(misses)


def main() -> int:
    total = len(ROWS) * len(WRAPPERS)
    misses = list(disagreements())
    kind_misses = [m for m in misses if m[2] is None or m[2].kind != m[0].kind]
    false_hard = [m for m in kind_misses if m[2] is not None and m[2].kind == "hard"]
    lost_hard = [m for m in kind_misses if m[0].kind == "hard"]
    print(
        f"rows: {len(ROWS)}  providers: {len({r.provider for r in ROWS})}  "
        f"languages: {len({r.lang for r in ROWS})}  verdicts: {total}"
    )
    print(
        f"kind right: {total - len(kind_misses)}/{total}  "
        f"kind+category right: {total - len(misses)}/{total}"
    )
    print(
        f"hard where the truth is soft or block: {len(false_hard)}  "
        f"not hard where the truth is hard: {len(lost_hard)}"
    )
    plain = [r for r in ROWS if not r.ambiguous]
    plain_misses = [m for m in misses if not m[0].ambiguous]
    print(
        f"without the {len(ROWS) - len(plain)} ambiguous rows: "
        f"{len(plain) * len(WRAPPERS) - len(plain_misses)}/{len(plain) * len(WRAPPERS)}"
    )
    for row, form, seen in misses:
        got = "no record" if seen is None else f"{seen.kind}/{seen.category} {seen.rule}"
        flag = " [ambiguous]" if row.ambiguous else ""
        print(
            f"  {row.id} {form}: want {row.kind}/{row.category}, got {got}{flag}\n"
            f"      {row.reply[:110]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
