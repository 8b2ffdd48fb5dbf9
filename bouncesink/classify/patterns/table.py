"""The shape of a text-pattern table and the matcher compiled from all of them.

A table is an ordered tuple of :class:`Pattern` entries. Each entry names its reason, a
number that is stable once published (append new entries, never renumber: the number is part
of the rule identifier ``text:<lang>:<reason>:<NN>`` stored with every event), a regular
expression and the example it was made for (the tests check that every example matches).

Patterns are written for *folded* text (:func:`fold`): lower case, Latin accents removed
(``boîte`` → ``boite``, ``Empfänger`` → ``empfanger``), typographic quotes made plain, runs of
white space collapsed to one space. Japanese and other scripts are left as NFKC text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bouncesink.classify.patterns.anchors import anchors
from bouncesink.types import Reason

_SPACE_RE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_GRAM = 3
_MAX_TEXT = 8192  # a diagnostic longer than this is a whole message body; its head suffices


@dataclass(frozen=True, slots=True)
class Pattern:
    """One text rule: *regex* (on folded text) means *reason*; *example* is what it was for."""

    reason: Reason
    number: int
    regex: str
    example: str
    early: bool = False  # scanned before every ordinary entry (a phrase that must win)
    # Literals one of which every match contains, where the automatic analysis finds none.
    hint: tuple[str, ...] = ()


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of *text* that patterns are written for."""
    text = text[:_MAX_TEXT]
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        # Drop only the Latin combining marks (U+0300..U+036F); Japanese voiced marks stay.
        stripped = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
        text = unicodedata.normalize("NFKC", stripped).translate(_QUOTES)
    return _SPACE_RE.sub(" ", text).lower().strip()


@dataclass(frozen=True, slots=True)
class TextMatch:
    reason: Reason
    rule: str
    evidence: str


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: str
    reason: Reason
    regex: re.Pattern[str]
    anchors: tuple[str, ...]  # literals one of which must occur (empty: always run)
    grams: frozenset[str] | None  # first three characters of its anchors; None: always run


class Matcher:
    """All tables compiled once, scanned in a fixed reason order.

    Entries marked ``early`` are scanned first (still in reason order): they are the few
    phrases that contain a stronger-looking word of another reason ("relay ... without
    authentication" is an authentication requirement, not a relay refusal).
    Within a reason the leftmost match wins, ties going to the entry listed first (table
    order, then language order); across reasons the order given decides, so that e.g. a
    mailbox-full phrase beats a vaguer user-unknown one in the same text. An entry runs only
    when one of its literal anchors (:mod:`.anchors`) occurs in the text.
    """

    def __init__(self, tables: Sequence[tuple[str, Sequence[Pattern]]], order: Sequence[Reason]):
        groups: dict[tuple[bool, Reason], list[_Compiled]] = {}
        seen: set[str] = set()
        for lang, entries in tables:
            for p in entries:
                rule = f"text:{lang}:{p.reason.value}:{p.number:02d}"
                if rule in seen:
                    raise ValueError(f"duplicate pattern {rule}")
                seen.add(rule)
                found = anchors(p.regex, p.hint)
                grams = None
                if found is not None and all(len(a) >= _GRAM for a in found):
                    grams = frozenset(a[:_GRAM] for a in found)
                compiled = _Compiled(rule, p.reason, re.compile(p.regex), tuple(found or ()), grams)
                groups.setdefault((not p.early, p.reason), []).append(compiled)
        missing = {reason for _, reason in groups} - set(order)
        if missing:
            raise ValueError(f"reasons without a place in the order: {sorted(missing)}")
        self._groups: tuple[tuple[Reason, tuple[_Compiled, ...], frozenset[str] | None], ...] = (
            tuple(
                (reason, tuple(groups[(late, reason)]), _union(groups[(late, reason)]))
                for late in (False, True)
                for reason in order
                if (late, reason) in groups
            )
        )

    def first(self, text: str, only: Iterable[Reason] | None = None) -> TextMatch | None:
        """First match in reason order over folded *text*; *only* restricts the reasons."""
        wanted = None if only is None else frozenset(only)
        # Every three-character slice of the text: an entry whose anchors all start with a
        # trigram absent from it cannot match (one set operation instead of many searches).
        grams = {text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)}
        for reason, entries, any_grams in self._groups:
            if wanted is not None and reason not in wanted:
                continue
            if any_grams is not None and any_grams.isdisjoint(grams):
                continue  # no entry of this reason can match
            best: tuple[re.Match[str], str] | None = None
            for entry in entries:
                if entry.grams is not None and (
                    entry.grams.isdisjoint(grams) or not any(a in text for a in entry.anchors)
                ):
                    continue
                m = entry.regex.search(text)
                if m is not None and (best is None or m.start() < best[0].start()):
                    best = (m, entry.rule)
            if best is not None:
                return TextMatch(reason, best[1], _excerpt(best[0]))
        return None


def _union(entries: Sequence[_Compiled]) -> frozenset[str] | None:
    """The trigrams of a whole group, or None when one of its entries always runs."""
    out: set[str] = set()
    for entry in entries:
        if entry.grams is None:
            return None
        out |= entry.grams
    return frozenset(out)


def _excerpt(m: re.Match[str]) -> str:
    start, end = m.span()
    text = m.string
    return text[max(0, start - 40) : min(len(text), end + 40)].strip()
