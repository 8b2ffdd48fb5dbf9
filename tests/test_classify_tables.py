"""The rule tables searched at once give the verdicts of trying every rule in turn.

The classifier does not try its rules one by one: the text patterns (``patterns.MATCHER``)
run only where one of their keywords occurs (``patterns.keywords``: literals a match must
contain, filed under their rarest trigram), each regex compiled at its first use, and the
providers' text signatures (``hosts.provider``) run only where an anchor's trigram occurs.

Here the reference tries every rule of every table in order, as the tables read: every pattern
of a reason with ``re.search``, the leftmost match winning, ties to the rule listed first;
every provider signature in turn. Both are run on every text the classifier is given from the
shared corpus, every fixture in tests/data (named bounces, the lab's bounces of real MTAs),
every provider reply as a DSN and as a plain-text bounce, and the tables' own examples: the
rule found, and the whole verdict of every record (reason, category, kind, rule, evidence),
must be the same.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncesink.classify import classify, engine, hosts, patterns, provider_codes
from bouncesink.classify.patterns import REASON_ORDER, TABLES, TextMatch, fold, keywords, table
from bouncesink.parse import parse, split_mbox
from bouncesink.types import Action, Classification, MessageType, Reason, RecipientRecord, Report
from tests.test_provider_replies import as_dsn, as_text, load

DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "sisimai"


# --- the reference: every rule in turn -----------------------------------------------------


def _rule_id(lang: str, reason: Reason, number: int) -> str:
    return f"text:{lang}:{reason.value}:{number:02d}"


def reference_first(text: str, only: Iterable[Reason] | None = None) -> TextMatch | None:
    """Reasons in order (the ``early`` entries' reasons first), every pattern of the reason
    searched in table order, then language order; the leftmost match wins, ties to the first."""
    wanted = None if only is None else frozenset(only)
    for early in (True, False):
        for reason in REASON_ORDER:
            if wanted is not None and reason not in wanted:
                continue
            best: tuple[re.Match[str], str] | None = None
            for lang, entries in TABLES:
                for p in entries:
                    if p.reason is not reason or p.early is not early:
                        continue
                    m = re.search(p.regex, text)
                    if m is not None and (best is None or m.start() < best[0].start()):
                        best = (m, _rule_id(lang, p.reason, p.number))
            if best is not None:
                m, rule = best
                start, end = m.span()
                evidence = text[max(0, start - 40) : min(len(text), end + 40)].strip()
                return TextMatch(reason, rule, evidence)
    return None


def reference_provider(
    remote_mta: str | None,
    reporting_mta: str | None,
    text: str,
    grams: Any = None,
    recipient: str | None = None,
) -> str | None:
    """The host names as the classifier reads them, then every text signature in turn."""
    for name in (remote_mta, reporting_mta):
        if name:
            parts = name.split()
            host = parts[0].strip("[]").lower().rstrip(".") if parts else ""
            m = re.search("|".join(f"(?P<{key}>{rx})" for key, rx in hosts.HOST_NAMES), host)
            if m is not None:
                return next(key for key, value in m.groupdict().items() if value is not None)
    for key, rx in hosts.HOST_TEXT:
        if re.search(rx, text):
            return key
    if recipient and "@" in recipient:
        return hosts.RECIPIENT_DOMAINS.get(recipient.rpartition("@")[2].strip(" >").lower())
    return None


def reference_text_rule(host: str, text: str) -> tuple[str, Reason, str] | None:
    """Every phrase rule of the provider in turn, then its numbered codes."""
    for rule in hosts.HOST_TEXT_RULES.get(host, ()):
        m = re.search(rule.regex, text)
        if m is not None:
            return f"host:{host}:{rule.number:02d}", rule.reason, m.group(0)
    found = provider_codes.lookup(host, text)
    return None if found is None else (f"host:{host}:code", found[0], found[1])


@dataclass(frozen=True)
class ReferenceMatcher:
    """``patterns.MATCHER``'s interface over :func:`reference_first`."""

    def first(
        self, text: str, only: Iterable[Reason] | None = None, grams: Any = None
    ) -> TextMatch | None:
        return reference_first(text, only)


# --- what the classifier is given ----------------------------------------------------------


def _messages() -> Iterator[tuple[str, bytes]]:
    for path in sorted(DATA.rglob("*.eml")):
        for i, raw in enumerate(split_mbox(path.read_bytes())):
            yield f"{path.relative_to(DATA)}#{i}", raw
    for row in load():
        yield f"{row.id} as DSN", as_dsn(row)
        yield f"{row.id} as text", as_text(row)
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*")):
            if not path.is_file() or path.name in ("LICENSE", "README.md"):
                continue
            if path.suffix not in (".eml", ""):
                continue
            for i, raw in enumerate(split_mbox(path.read_bytes())):
                yield f"corpus/{path.relative_to(CORPUS)}#{i}", raw


@dataclass(frozen=True)
class Seen:
    records: list[tuple[str, RecipientRecord, Report]]
    # Every (text, reasons) the classifier asked the matcher about, in the order asked.
    asked: list[tuple[str, frozenset[Reason] | None]]


@pytest.fixture(scope="module")
def seen() -> Seen:
    records = [
        (name, record, report)
        for name, raw in _messages()
        for report in (parse(raw),)
        for record in report.records
    ]
    asked: dict[tuple[str, frozenset[Reason] | None], None] = {}
    matcher = patterns.MATCHER

    class Recording:
        def first(
            self, text: str, only: Iterable[Reason] | None = None, grams: Any = None
        ) -> TextMatch | None:
            asked[(text, None if only is None else frozenset(only))] = None
            return matcher.first(text, only, grams)

    engine.forget()  # every text is read, none answered from the verdicts kept
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine, "MATCHER", Recording())
        for _, record, report in records:
            classify(record, report)
    engine.forget()
    examples = [fold(p.example) for _, entries in TABLES for p in entries]
    for text in examples:
        asked[(text, None)] = None
    return Seen(records, list(asked))


def _as_tuple(found: TextMatch | None) -> tuple[str, str, str] | None:
    return None if found is None else (str(found.reason), found.rule, found.evidence)


def differences(
    asked: list[tuple[str, frozenset[Reason] | None]],
    first: Callable[[str, frozenset[Reason] | None], TextMatch | None],
) -> list[str]:
    out = []
    for text, only in asked:
        fast, reference = _as_tuple(first(text, only)), _as_tuple(reference_first(text, only))
        if fast != reference:
            out.append(f"{text[:120]!r} only={only}:\n  fast {fast}\n  reference {reference}")
    return out


# --- the comparisons -----------------------------------------------------------------------


def test_the_texts_cover_the_tables(seen: Seen) -> None:
    # The comparison means something: many texts, most reasons matched, both with and
    # without a restriction to some reasons.
    assert len(seen.records) >= 1000 if CORPUS.is_dir() else len(seen.records) >= 500
    found = [reference_first(text, only) for text, only in seen.asked]
    assert sum(f is not None for f in found) >= 1000
    assert len({f.reason for f in found if f is not None}) >= 25
    assert any(only is not None for _, only in seen.asked)


def test_the_matcher_finds_the_rule_each_rule_in_turn_finds(seen: Seen) -> None:
    assert differences(seen.asked, patterns.MATCHER.first) == []


def test_every_verdict_is_the_verdict_of_each_rule_in_turn(seen: Seen) -> None:
    fast = [classify(record, report) for _, record, report in seen.records]
    engine.forget()  # (the reference reads every record itself)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine, "MATCHER", ReferenceMatcher())
        mp.setattr(hosts, "provider", reference_provider)
        mp.setattr(hosts, "text_rule", reference_text_rule)
        reference = [classify(record, report) for _, record, report in seen.records]
    engine.forget()

    def shown(c: Classification) -> tuple[str, str, str, str, str]:
        return (str(c.kind), str(c.category), str(c.reason), c.rule, c.evidence)

    wrong = [
        f"{name}: {record.recipient}\n  fast {shown(a)}\n  reference {shown(b)}"
        for (name, record, _), a, b in zip(seen.records, fast, reference, strict=True)
        if a != b
    ]
    assert wrong == []
    assert len({c.rule.split(":")[0] for c in reference}) >= 5  # host, text, status, ...


def test_the_comparison_catches_a_keyword_that_is_not_in_every_match(
    seen: Seen, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A matcher whose keywords for "user unknown" phrases are wrong misses them: the
    # comparison above would say so.
    real = keywords.keywords

    def wrong(regex: str, cost: Callable[[str], float]) -> frozenset[str] | None:
        return frozenset({"qqqq-never"}) if "unknown" in regex else real(regex, cost)

    monkeypatch.setattr(table, "keywords", wrong)
    broken = table.Matcher(TABLES, REASON_ORDER)
    assert differences(seen.asked, broken.first) != []


def test_the_verdicts_kept_are_the_verdicts_read_afresh(seen: Seen) -> None:
    # The classifier keeps the verdict of each reply it has read (engine._failure_reason_kept):
    # every record, read with the verdicts of all the others kept (in order and in reverse),
    # has the verdict it has when read alone.
    def alone(record: RecipientRecord, report: Report) -> Classification:
        engine.forget()
        return classify(record, report)

    fresh = [alone(record, report) for _, record, report in seen.records]
    engine.forget()
    in_order = [classify(record, report) for _, record, report in seen.records]
    backwards = [classify(record, report) for _, record, report in reversed(seen.records)]
    assert in_order == fresh
    assert backwards[::-1] == fresh
    assert len(engine._KEPT) < len(seen.records)  # replies do repeat: some were answered kept
    engine.forget()


def test_a_verdict_kept_is_not_given_to_a_record_that_differs_in_what_it_reads() -> None:
    # The same reply, and records that differ in each field the verdict reads, each one so
    # that it reads differently: each gets the verdict it gets read alone.
    def record(diagnostic: str, **fields: Any) -> RecipientRecord:
        return RecipientRecord(
            recipient="someone@example.net", action=Action.FAILED, diagnostic=diagnostic, **fields
        )

    unknown = record(
        "<someone@example.net>: Recipient address rejected: User unknown in virtual mailbox "
        "table",  # no code: the words decide
        command="RCPT",
    )
    vague = record("the message could not be delivered")
    coded = record("the message could not be delivered", status="5.1.10")
    groups = [
        [
            unknown,
            replace(unknown, recipient="other@example.net"),  # the address is blanked: same
            replace(unknown, command="MAIL"),
            replace(unknown, command="DATA", remote_mta="mx.kddi.com"),  # kddi's filter
        ],
        [
            vague,
            replace(vague, mta_category="quota-issues"),
            replace(vague, action=Action.DELAYED),
            replace(vague, command="HELO"),
            replace(vague, status="4.1.1"),
            replace(vague, reply_code=552),
        ],
        [
            coded,
            replace(coded, remote_mta="mx.outlook.com"),
            replace(coded, reporting_mta="mx.outlook.com"),
            replace(coded, status="5.7.26"),
            replace(coded, status="5.7.26", recipient="someone@gmail.com"),
        ],
    ]
    for variants in groups:
        report = Report(MessageType.BOUNCE, tuple(variants))
        fresh = []
        for one in variants:
            engine.forget()
            fresh.append(classify(one, report))
        engine.forget()
        for _ in range(2):
            assert [classify(one, report) for one in variants] == fresh
        # each variant after the second reads apart from the first
        assert all(c.rule != fresh[0].rule for c in fresh[2:]), fresh
    engine.forget()


# --- fold ------------------------------------------------------------------------------------


def reference_fold(text: str) -> str:
    """``fold`` as first written: marks dropped one character at a time, white space by regex."""
    text = text[:8192]
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
        quotes: dict[str, str | int | None] = {
            "\u2019": "'",
            "\u2018": "'",
            "\u201c": '"',
            "\u201d": '"',
            "`": "'",
        }
        text = unicodedata.normalize("NFKC", stripped).translate(str.maketrans(quotes))
    return re.sub(r"\s+", " ", text).lower().strip()


def test_white_space_is_the_same_to_str_split_and_to_the_regex() -> None:
    every = map(chr, range(sys.maxunicode + 1))
    space = re.compile(r"\s")
    assert [c for c in every if (space.fullmatch(c) is not None) != c.isspace()] == []


_SPACES = [c for c in map(chr, range(0x3100)) if c.isspace()]


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.characters(max_codepoint=0x3100),
            st.sampled_from(_SPACES),
            st.sampled_from(["\u0301", "\u0308", "İ", "ẞ", "Å", "\u2019", "`", "ﬁ", "ｶ"]),
        ),
        max_size=40,
    ).map("".join)
)
def test_fold_is_the_reference_fold(text: str) -> None:
    assert fold(text) == reference_fold(text)


# --- the keywords themselves ---------------------------------------------------------------


def _cost(literal: str) -> float:
    return 1.0 / len(literal)  # the longest literal is the rarest, for these tests


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?:over|exceeded) (?:the )?quota", {"quota"}),
        (r"mail ?box (?:is )?completely full", {"completely full"}),
        (r"(?:user|recipient) unknown|no such user", {" unknown", "no such user"}),
        (r"(?:unknown|nonexistent) user", {" user"}),
        (r"(?:unknown|nonexistent) ab", {"unknown", "nonexistent"}),
        (r"\bip\b.{0,40}blocked", {"blocked"}),
        (r"[a-z]+ does not exist", {" does not exist"}),
        (r"ab+c", {"ab"}),  # "b" is there once at least, then the run ends
        (r"ab?c", {"a"}),  # "b" may be absent
        (r"a\.b\.c", {"a.b.c"}),
        (r"domain(?=s? not)", {"domain"}),  # a look-ahead gives nothing
        (r"(?:a|b)?c", {"c"}),
        (r"x(?:abcd|)y", {"x"}),  # a group that may match nothing gives nothing
        (r"(?:abc){0,2}de", {"de"}),
        (r"(?:abc){2}de", {"abc"}),
        (r"^\d{1,3}$", None),
        (r"(?i)user", None),  # flags are not read: no keywords
        (r"user)", None),  # not a regex
    ],
)
def test_keywords(regex: str, expected: set[str] | None) -> None:
    got = keywords.keywords(regex, _cost)
    assert (set(got) if got is not None else None) == expected


# What the matcher runs: each top-level alternative of a pattern with its keywords.
_ENTRIES = sorted(
    {
        (entry.source, entry.keywords)
        for entry in patterns.MATCHER.entries()
        if entry.keywords and "(?<" not in entry.source  # hypothesis writes no look-behind
    }
)


@settings(max_examples=2000, deadline=None)
@given(data=st.data())
def test_every_match_holds_a_keyword(data: st.DataObject) -> None:
    # Whatever a pattern matches contains one of its keywords (hypothesis writes the matches).
    regex, found = data.draw(st.sampled_from(_ENTRIES))
    text = data.draw(st.from_regex(regex, fullmatch=True))
    assert any(k in text for k in found), (regex, text, found)
