"""Keywords of a pattern: literals one of which every match contains, wherever they stand.

:mod:`.anchors` finds the literals a match *starts* with ("user", "mail", "recipient"): they
say where a match can begin, but they are the commonest words of a bounce. Here every literal
a match must contain counts, and the rarest choice wins: ``(?:over|exceeded) (?:the )?quota``
is kept out of every text without "quota". The matcher looks the keywords up in a text at
once (:class:`.table.Matcher`) and runs only the patterns whose keyword occurs.

The reading is conservative: a part that may be absent (``?``, ``*``, ``{0,n}``), a class, an
escape that is not a plain character, a look-around or anything not understood gives no
literal, and a regex with a construct outside what the tables use gives None (the pattern
then runs on every text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# One token of a regex: an escape, a character class, a group opening, a quantifier, a run
# of plain characters, or any single other character.
_TOKEN_RE = re.compile(
    r"(?P<escape>\\.)"
    r"|(?P<cls>\[\^?\]?(?:\\.|[^\]\\])*\])"
    r"|(?P<open>\((?:\?(?::|=|!|<=|<!|P<\w+>))?)"
    r"|(?P<quant>(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?)"
    r"|(?P<run>[^\\\[\]()|?*+{}.^$]+)"
    r"|(?P<other>.)",
    re.DOTALL,
)
_QUANT_MIN_RE = re.compile(r"\{(\d*)")
_OTHER = {"|": "bar", ")": "close", "]": "bad", "{": "bad", "}": "bad"}

Keywords = frozenset[str]
# What a literal costs as a filter: how many texts it would let through (lower is better).
Cost = Callable[[str], float]
# kind ("run", "char", "open", "close", "bar", "none"), text, repeated, optional: whether a
# quantifier follows, and whether it allows zero repetitions.
_Token = tuple[str, str, bool, bool]


class _Unsupported(Exception):
    """A construct the reading does not know: the regex gets no keywords."""


def keywords(regex: str, cost: Cost) -> Keywords | None:
    """The cheapest set of literals one of which every match of *regex* contains, or None."""
    try:
        tokens = _tokens(regex)
        found, end = _alternation(tokens, 0, cost)
    except _Unsupported:
        return None
    if end != len(tokens):  # an unbalanced ")"
        return None
    return found


def _tokens(regex: str) -> list[_Token]:
    """The tokens of *regex*, each with the quantifier that follows it."""
    out: list[_Token] = []
    # (findall: one group of the six holds the token, the others are empty)
    for escape, cls, opening, quant, run, other in _TOKEN_RE.findall(regex):
        if run:
            kind, text = "run", run
        elif quant:
            if not out or out[-1][2] or out[-1][0] in ("open", "bar"):
                raise _Unsupported(quant)  # a quantifier on nothing
            before = out[-1]
            out[-1] = (before[0], before[1], True, _allows_zero(quant))
            continue
        elif escape:
            kind, text = ("none", escape) if escape[1].isalnum() else ("char", escape[1])
        elif other:
            kind, text = _OTHER.get(other, "none"), other
            if kind == "bad":
                raise _Unsupported(other)  # a stray bracket or brace
        elif cls:
            kind, text = "none", cls
        else:
            kind, text = "open", opening
        out.append((kind, text, False, False))
    return out


def _allows_zero(quant: str) -> bool:
    if quant[0] in "?*":
        return True
    m = _QUANT_MIN_RE.match(quant)
    return m is not None and int(m.group(1) or "0") == 0


def _alternation(tokens: Sequence[_Token], at: int, cost: Cost) -> tuple[Keywords | None, int]:
    """The keywords of ``a|b|...`` from *at* to the closing parenthesis (or the end): every
    alternative must have its own, and the union is the group's."""
    union: set[str] = set()
    complete = True
    while True:
        found, at = _sequence(tokens, at, cost)
        if found is None:
            complete = False
        else:
            union |= found
        if at < len(tokens) and tokens[at][0] == "bar":
            at += 1
            continue
        return (frozenset(union) if complete else None), at


def _sequence(tokens: Sequence[_Token], at: int, cost: Cost) -> tuple[Keywords | None, int]:
    """The cheapest keyword set of one alternative: each literal run, each mandatory group."""
    options: list[Keywords] = []
    run = ""
    end = len(tokens)
    while at < end:
        kind, text, repeated, optional = tokens[at]
        if kind == "run" or kind == "char":
            if not repeated:
                run += text
                at += 1
                continue
            # The quantifier binds the last character, which ends the run.
            run += text[:-1] if optional else text
        elif kind == "open":
            if run:
                options.append(frozenset((run,)))
                run = ""
            found, at = _alternation(tokens, at + 1, cost)
            if at >= end or tokens[at][0] != "close":
                raise _Unsupported(text)
            if found is not None and not tokens[at][3] and text[:3] not in _LOOKAROUND:
                options.append(found)
        elif kind in ("close", "bar"):
            break
        # Else a class, ".", "^", "$", "\b", "\d": no literal, and the run ends.
        if run:
            options.append(frozenset((run,)))
            run = ""
        at += 1
    if run:
        options.append(frozenset((run,)))
    if not options:
        return None, at
    if len(options) == 1:  # (most sequences: one literal run)
        return options[0], at
    return min(options, key=lambda found: (sum(map(cost, found)), len(found))), at


_LOOKAROUND = ("(?=", "(?!", "(?<")
