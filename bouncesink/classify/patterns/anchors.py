"""Literal anchors of a pattern: strings one of which every match starts with (or, when the
pattern's author gives them as a hint, contains). The matcher tries a pattern only where one
occurs (``str.find``, in C), not at every position of the text; which patterns are tried at
all, :mod:`.keywords` decides.

The analysis is deliberately simple and conservative: a pattern gets anchors only when every
top-level branch starts with a literal run (possibly inside a leading group whose
alternatives all start with one); any doubt gives ``None``, and the pattern is always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_QUANT = set("?*{")
_MIN = 3


def anchors(regex: str, hint: tuple[str, ...] = ()) -> frozenset[str] | None:
    """Literal strings one of which every match of *regex* contains, or None.

    A non-empty *hint* replaces the analysis: the pattern's author vouches that every match
    contains one of those literals (rarer words than the leading ones make a better filter;
    the tests check every example against it).
    """
    if hint:
        return frozenset(hint)
    found: set[str] = set()
    for branch in split_alternatives(regex):
        got = _branch_anchors(branch)
        if got is None:
            return None
        found |= got
    return frozenset(found)


def _branch_anchors(branch: str) -> set[str] | None:
    while branch.startswith("\\b"):
        branch = branch[2:]
    if branch.startswith("(?:"):
        end = _group_end(branch)
        if end is None:
            return None
        if end + 1 < len(branch) and branch[end + 1] in _QUANT:
            # An optional leading group: what follows it is in every match.
            return _branch_anchors(branch[end + 2 :]) if branch[end + 1] == "?" else None
        out: set[str] = set()
        for alternative in split_alternatives(branch[3:end]):
            got = _branch_anchors(alternative)
            if got is None:
                return None
            out |= got
        return out
    literal = _leading_literal(branch)
    return {literal} if literal is not None else None


# The literal head of a regex: plain characters, escaped punctuation, word boundaries.
_HEAD_RE = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\[\W_]|\\b)*")
_HEAD_ESCAPE_RE = re.compile(r"\\(b|.)", re.DOTALL)


def _leading_literal(text: str) -> str | None:
    head = _HEAD_RE.match(text)
    i = head.end() if head is not None else 0
    literal = text[:i]
    if "\\" in literal:  # a word boundary takes no room; an escaped character is itself
        literal = _HEAD_ESCAPE_RE.sub(lambda m: "" if m.group(1) == "b" else m.group(1), literal)
    if i < len(text) and text[i] in _QUANT and literal:
        literal = literal[:-1]  # the last character is optional
    enough = _MIN if literal.isascii() else 2  # two Japanese characters are specific enough
    return literal if len(literal.strip()) >= enough else None


# What the structure skips: an escape, a character class (up to its first "]"); and what it
# keeps: a parenthesis or a bar.
_STRUCTURE_RE = re.compile(r"\\.?|\[(?:\\.?|[^\]\\])*\]?|([()|])", re.DOTALL)


def _structure(text: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each parenthesis and bar of *text* that
    is neither escaped nor inside a character class: the regex's own structure."""
    depth = 0
    for m in _STRUCTURE_RE.finditer(text):
        c = m.group(1)
        if c is not None:
            depth += (c == "(") - (c == ")")
            yield m.start(), c, depth


def _group_end(text: str) -> int | None:
    """Index of the parenthesis closing the group *text* starts with."""
    return next((i for i, c, depth in _structure(text) if c == ")" and depth == 0), None)


def is_leading(branch: str) -> bool:
    """True when every match of *branch* (one alternative) starts with one of its anchors.

    So it is when its anchors come from its very start, not from what follows an optional
    leading group; then the only places a match can start are where an anchor occurs.
    """
    while branch.startswith("\\b"):
        branch = branch[2:]
    if branch.startswith("(?:"):
        end = _group_end(branch)
        if end is None or (end + 1 < len(branch) and branch[end + 1] in _QUANT):
            return False
        return all(is_leading(alternative) for alternative in split_alternatives(branch[3:end]))
    return _leading_literal(branch) is not None


def split_alternatives(regex: str) -> list[str]:
    """Top-level alternatives of *regex* (``a|(?:b|c)d`` → ``a``, ``(?:b|c)d``)."""
    cuts = [i for i, c, depth in _structure(regex) if c == "|" and depth == 0]
    starts, ends = [0, *(i + 1 for i in cuts)], [*cuts, len(regex)]
    return [regex[start:end] for start, end in zip(starts, ends, strict=True)]
