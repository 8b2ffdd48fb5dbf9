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

from bouncesink.types import Reason

_SPACE_RE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_MAX_TEXT = 8192  # a diagnostic longer than this is a whole message body; its head suffices


@dataclass(frozen=True, slots=True)
class Pattern:
    """One text rule: *regex* (on folded text) means *reason*; *example* is what it was for."""

    reason: Reason
    number: int
    regex: str
    example: str
    early: bool = False  # scanned before every ordinary entry (a phrase that must win)


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


class Matcher:
    """All tables compiled into one alternation per reason, scanned in a fixed reason order.

    Entries marked ``early`` are scanned first (still in reason order): they are the few
    phrases that contain a stronger-looking word of another reason ("relay ... without
    authentication" is an authentication requirement, not a relay refusal).
    Within a reason the first entry (in table order, then language order) that matches at the
    leftmost position wins; across reasons the order given decides, so that e.g. a mailbox-full
    phrase beats a vaguer user-unknown one in the same text.
    """

    def __init__(self, tables: Sequence[tuple[str, Sequence[Pattern]]], order: Sequence[Reason]):
        by_reason: dict[tuple[bool, Reason], list[str]] = {}
        self._names: dict[str, tuple[str, Reason, int]] = {}
        for lang, entries in tables:
            for p in entries:
                name = f"{lang}_{p.reason.value}_{p.number:02d}"
                if name in self._names:
                    raise ValueError(f"duplicate pattern {name}")
                self._names[name] = (lang, p.reason, p.number)
                by_reason.setdefault((not p.early, p.reason), []).append(f"(?P<{name}>{p.regex})")
        missing = {reason for _, reason in by_reason} - set(order)
        if missing:
            raise ValueError(f"reasons without a place in the order: {sorted(missing)}")
        self._compiled: tuple[tuple[Reason, re.Pattern[str]], ...] = tuple(
            (reason, re.compile("|".join(by_reason[(late, reason)])))
            for late in (False, True)
            for reason in order
            if (late, reason) in by_reason
        )

    def first(self, text: str, only: Iterable[Reason] | None = None) -> TextMatch | None:
        """First match in reason order over folded *text*; *only* restricts the reasons."""
        wanted = None if only is None else frozenset(only)
        for reason, regex in self._compiled:
            if wanted is not None and reason not in wanted:
                continue
            m = regex.search(text)
            if m is not None and m.lastgroup is not None:
                lang, _, number = self._names[m.lastgroup]
                return TextMatch(reason, f"text:{lang}:{reason.value}:{number:02d}", _excerpt(m))
        return None


def _excerpt(m: re.Match[str]) -> str:
    start, end = m.span()
    text = m.string
    return text[max(0, start - 40) : min(len(text), end + 40)].strip()
