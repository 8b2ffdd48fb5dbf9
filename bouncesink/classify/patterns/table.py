"""The shape of a text-pattern table and the matcher compiled from all of them.

A table is an ordered tuple of :class:`Pattern` entries. Each entry names its reason, a
number that is stable once published (append new entries, never renumber: the number is part
of the rule identifier ``text:<lang>:<reason>:<NN>`` stored with every event), a regular
expression, the example it was made for (the tests check that every example matches) and its
source: an RFC section, a provider's documentation, an MTA's source file or template, or
``corpus: <file>, <file>`` naming shared corpus files that carry the phrase (a generic phrase
wants two unrelated senders).

Patterns are written for *folded* text (:func:`fold`): lower case, Latin accents removed
(``boîte`` → ``boite``, ``Empfänger`` → ``empfanger``), typographic quotes made plain, runs of
white space collapsed to one space. Japanese and other scripts are left as NFKC text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from bouncesink.classify.patterns.anchors import anchors, is_leading, split_alternatives
from bouncesink.classify.patterns.keywords import keywords
from bouncesink.types import Reason

# Sources named by many tables' rules.
SEED = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)
QUOTA = "RFC 3463 §3.3 (X.2.2 mailbox full) and RFC 5321 §4.2.2 (452)"
SENDER = "RFC 3463 §3.2 (X.1.7 / X.1.8: the sender's address or domain)"

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
# The Latin combining marks (U+0300..U+036F), deleted by str.translate.
_LATIN_MARKS: dict[int, None] = dict.fromkeys(range(0x300, 0x370))
_GRAM = 3
_MAX_TEXT = 8192  # a diagnostic longer than this is a whole message body; its head suffices


@dataclass(frozen=True, slots=True)
class Pattern:
    """One text rule: *regex* (on folded text) means *reason*; *example* is what it was for."""

    reason: Reason
    number: int
    regex: str
    example: str
    source: str  # where the wording was seen or is defined (see the module docstring)
    early: bool = False  # scanned before every ordinary entry (a phrase that must win)
    # Literals one of which every match contains, where the automatic analysis finds none.
    hint: tuple[str, ...] = ()


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of *text* that patterns are written for."""
    text = text[:_MAX_TEXT]
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        # Drop only the Latin combining marks (U+0300..U+036F); Japanese voiced marks stay.
        stripped = decomposed.translate(_LATIN_MARKS)
        text = unicodedata.normalize("NFKC", stripped).translate(_QUOTES)
    # (str.split and the regex's \s agree on what white space is: Py_UNICODE_ISSPACE)
    return " ".join(text.split()).lower()


# A trigram as its three characters: ``zip`` builds these in C, several times faster than
# slicing a three-character string at every position in Python.
Gram = tuple[str, str, str]


def trigrams(text: str) -> set[Gram]:
    """Every three-character slice of *text*, as a :data:`Gram`.

    An entry whose anchors all start with a trigram absent from it cannot match: one set
    operation instead of many substring searches (the text is indexed once per record).
    """
    return set(zip(text, text[1:], text[2:], strict=False))


def gram(literal: str) -> Gram:
    """The first three characters of *literal* as a :data:`Gram`."""
    return (literal[0], literal[1], literal[2])


@dataclass(frozen=True, slots=True)
class TextMatch:
    reason: Reason
    rule: str
    evidence: str


@dataclass(slots=True)
class _Compiled:
    rule: str
    reason: Reason
    source: str  # one top-level alternative of the pattern (the whole one, with a hint)
    hint: tuple[str, ...]
    keywords: tuple[str, ...]  # literals one of which every match contains (empty: none)
    group: int  # position of its (early, reason) group in the scan order
    # Made at the first search (most entries never run in a process): the regex, the literals
    # one of which must occur (empty: always run), and whether every match starts with one
    # of them (then it is tried only where they occur).
    compiled: re.Pattern[str] | None = None
    anchors: tuple[str, ...] = ()
    leading: bool = False
    analysed: bool = False  # anchors and leading are known

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match in *text*, or None (the anchors are checked here)."""
        regex = self.compiled
        if regex is None:
            if not self.analysed:
                self._analyse()
            if self.anchors and not any(a in text for a in self.anchors):
                return None  # no match can exist: compiled for the first text that has one
            regex = self.compiled = re.compile(self.source)
        if not self.leading:
            if self.anchors and not any(a in text for a in self.anchors):
                return None
            return regex.search(text)
        # A match can only start where an anchor occurs: try those places, leftmost first.
        match = regex.match
        if len(self.anchors) == 1:
            anchor = self.anchors[0]
            at = text.find(anchor)
            while at >= 0:
                m = match(text, at)
                if m is not None:
                    return m
                at = text.find(anchor, at + 1)
            return None
        starts: list[int] = []
        for anchor in self.anchors:
            at = text.find(anchor)
            while at >= 0:
                starts.append(at)
                at = text.find(anchor, at + 1)
        if len(starts) > 1:
            starts.sort()
        for at in starts:
            m = match(text, at)
            if m is not None:
                return m
        return None

    def _analyse(self) -> None:
        found = anchors(self.source, self.hint)
        self.anchors = tuple(found or ())
        self.leading = not self.hint and found is not None and is_leading(self.source)
        self.analysed = True


# A keyword and the entries (bits) it lets through.
_Keyed = tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class _Index:
    """The compiled entries in scan order and the keyword index that selects them."""

    entries: tuple[_Compiled, ...]
    always: int  # entries without a keyword: candidates for every text
    by_gram: dict[Gram, _Keyed]  # keywords of three characters or more, by their rarest trigram
    grams: frozenset[Gram]
    short_wide: _Keyed  # non-ASCII keywords of one or two characters, for non-ASCII text


class Matcher:
    """All tables compiled once, scanned in a fixed reason order.

    Entries marked ``early`` are scanned first (still in reason order): they are the few
    phrases that contain a stronger-looking word of another reason ("relay ... without
    authentication" is an authentication requirement, not a relay refusal).
    Within a reason the leftmost match wins, ties going to the entry listed first (table
    order, then language order); across reasons the order given decides, so that e.g. a
    mailbox-full phrase beats a vaguer user-unknown one in the same text.

    The entries that can match a text are found at once: each entry is a bit and has
    keywords (:mod:`.keywords`: literals one of which every match contains, the rarest
    choice); each keyword is filed under its rarest trigram, the text's own trigrams select
    the keywords to look up, and the keywords found select the candidates. Only those are
    scanned, in order, each where its leading literals (:mod:`.anchors`) occur.

    The index is built at the first scan and each regex compiled at its first search: a
    process that classifies nothing, or a few messages, pays for none or a few of them. (Two
    threads starting at once may both build it: the same result, the last one kept.)
    """

    def __init__(self, tables: Sequence[tuple[str, Sequence[Pattern]]], order: Sequence[Reason]):
        self._groups, self._rules = _in_scan_order(tables, order)
        self._tables = tables
        self._built: _Index | None = None
        self._by_reason: dict[frozenset[Reason], int] = {}

    def first(
        self,
        text: str,
        only: Iterable[Reason] | None = None,
        grams: AbstractSet[Gram] | None = None,
    ) -> TextMatch | None:
        """First match in reason order over folded *text*; *only* restricts the reasons.

        *grams* is ``trigrams(text)`` when the caller has it already.
        """
        index = self._built or self._build()
        if grams is None:
            grams = trigrams(text)
        candidates = index.always
        by_gram = index.by_gram
        for text_gram in index.grams.intersection(grams):
            for keyword, bits in by_gram[text_gram]:
                if len(keyword) == _GRAM or keyword in text:
                    candidates |= bits
        if not text.isascii():  # (two kanji or fewer: no trigram to file them under)
            for keyword, bits in index.short_wide:
                if keyword in text:
                    candidates |= bits
        if only is not None:
            candidates &= self._reasons_mask(frozenset(only))
        entries = index.entries
        best: re.Match[str] | None = None
        best_entry: _Compiled | None = None
        while candidates:
            low = candidates & -candidates
            candidates ^= low
            entry = entries[low.bit_length() - 1]
            if best_entry is not None and entry.group != best_entry.group:
                break  # an earlier reason matched: it wins
            m = entry.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best, best_entry = m, entry
        if best is None or best_entry is None:
            return None
        return TextMatch(best_entry.reason, best_entry.rule, _excerpt(best))

    def entries(self) -> tuple[_Compiled, ...]:
        """The compiled entries in scan order (each top-level alternative of a pattern)."""
        return (self._built or self._build()).entries

    def _build(self) -> _Index:
        common = _trigram_counts(self._tables)
        costs: dict[str, float] = {}  # each literal's cost, computed once
        compiled = [
            entry
            for number, group in enumerate(self._groups)
            for p in group
            for entry in _compile_pattern(p, self._rules[id(p)], number, common, costs)
        ]
        self._built = _index(compiled, common)
        return self._built

    def _reasons_mask(self, wanted: frozenset[Reason]) -> int:
        mask = self._by_reason.get(wanted)
        if mask is None:
            entries = (self._built or self._build()).entries
            mask = 0
            for bit, entry in enumerate(entries):
                if entry.reason in wanted:
                    mask |= 1 << bit
            self._by_reason[wanted] = mask
        return mask


def _in_scan_order(
    tables: Sequence[tuple[str, Sequence[Pattern]]], order: Sequence[Reason]
) -> tuple[list[list[Pattern]], dict[int, str]]:
    """The patterns grouped by reason in scan order (the ``early`` ones' groups first, each
    group in table order, then language order), and each pattern's rule id by ``id``.
    A rule id given twice, or a reason missing from *order*, is an error in the tables."""
    groups: dict[tuple[bool, Reason], list[Pattern]] = {}
    rules: dict[int, str] = {}
    seen: set[str] = set()
    for lang, entries in tables:
        for p in entries:
            rule = f"text:{lang}:{p.reason.value}:{p.number:02d}"
            if rule in seen:
                raise ValueError(f"duplicate pattern {rule}")
            seen.add(rule)
            rules[id(p)] = rule
            groups.setdefault((not p.early, p.reason), []).append(p)
    missing = {reason for _, reason in groups} - set(order)
    if missing:
        raise ValueError(f"reasons without a place in the order: {sorted(missing)}")
    keys = [(late, r) for late in (False, True) for r in order if (late, r) in groups]
    return [groups[key] for key in keys], rules


def _trigram_counts(tables: Sequence[tuple[str, Sequence[Pattern]]]) -> dict[Gram, int]:
    """How common each trigram is in bounce texts (the tables' own examples): a keyword is
    filed under its rarest trigram, and the rarest keywords are chosen, to let the fewest
    texts through."""
    common: Counter[Gram] = Counter()
    for _, entries in tables:
        for p in entries:
            common.update(trigrams(fold(p.example)))  # (counted in C)
    return common


def _compile_pattern(
    p: Pattern, rule: str, number: int, common: dict[Gram, int], costs: dict[str, float]
) -> Iterator[_Compiled]:
    """The entries of one pattern, in group *number* of the scan order. Each top-level
    alternative is scanned on its own, when its own anchors occur (the leftmost match, ties to
    the alternative listed first, is the pattern's match); a hint vouches for the whole pattern
    only."""

    def cost(literal: str) -> float:
        found = costs.get(literal)
        if found is None:
            found = costs[literal] = _keyword_cost(literal, common)
        return found

    for branch in (p.regex,) if p.hint else split_alternatives(p.regex):
        # Both choices are sound (each match holds one of their literals): the cheapest.
        choices = [c for c in (frozenset(p.hint), keywords(branch, cost)) if c]
        chosen = min(choices, key=lambda c: sum(map(cost, c)), default=frozenset[str]())
        if any(k.isascii() and len(k) < _GRAM for k in chosen):
            chosen = frozenset()  # a digit, a letter: no filter, the entry runs on every text
        yield _Compiled(rule, p.reason, branch, p.hint, tuple(sorted(chosen)), number)


def _keyword_cost(literal: str, common: dict[Gram, int]) -> float:
    """How many texts *literal* would let through, as the examples count its rarest trigram;
    a shorter one is no filter unless it is non-ASCII (two kanji are still rare)."""
    if len(literal) >= _GRAM:
        grams = zip(literal, literal[1:], literal[2:], strict=False)
        return 1 + min(map(common.get, grams, itertools.repeat(0)))
    return 1_000.0 if not literal.isascii() and len(literal) == 2 else 1_000_000.0


def _index(entries: Sequence[_Compiled], common: dict[Gram, int]) -> _Index:
    """Each entry a bit: the entries without keywords (candidates for every text) and the
    entries each keyword selects."""
    always = 0
    keyed: dict[str, int] = {}
    for bit, entry in enumerate(entries):
        if not entry.keywords:
            always |= 1 << bit
        for keyword in entry.keywords:
            keyed[keyword] = keyed.get(keyword, 0) | 1 << bit
    by_gram: dict[Gram, list[tuple[str, int]]] = {}
    short_wide: list[tuple[str, int]] = []
    for keyword, bits in keyed.items():
        if len(keyword) >= _GRAM:
            by_gram.setdefault(_rarest(keyword, common), []).append((keyword, bits))
        else:
            short_wide.append((keyword, bits))
    return _Index(
        tuple(entries),
        always,
        {key: tuple(value) for key, value in by_gram.items()},
        frozenset(by_gram),
        tuple(short_wide),
    )


def _rarest(anchor: str, common: dict[Gram, int]) -> Gram:
    """The trigram of *anchor* least common in bounce texts (every match contains them all)."""
    return min(zip(anchor, anchor[1:], anchor[2:], strict=False), key=lambda g: common.get(g, 0))


def _excerpt(m: re.Match[str]) -> str:
    start, end = m.span()
    text = m.string
    return text[max(0, start - 40) : min(len(text), end + 40)].strip()
