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

Keywords = frozenset[str]
# What a literal costs as a filter: how many texts it would let through (lower is better).
Cost = Callable[[str], float]


class _Unsupported(Exception):
    """A construct the reading does not know: the regex gets no keywords."""


def keywords(regex: str, cost: Cost) -> Keywords | None:
    """The cheapest set of literals one of which every match of *regex* contains, or None."""
    try:
        tokens = [(m.lastgroup or "", m.group()) for m in _TOKEN_RE.finditer(regex)]
        found, end = _alternation(tokens, 0, cost)
    except _Unsupported:
        return None
    if end != len(tokens):  # an unbalanced ")"
        return None
    return found


def _alternation(
    tokens: Sequence[tuple[str, str]], at: int, cost: Cost
) -> tuple[Keywords | None, int]:
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
        if at < len(tokens) and tokens[at] == ("other", "|"):
            at += 1
            continue
        return (frozenset(union) if complete else None), at


def _sequence(
    tokens: Sequence[tuple[str, str]], at: int, cost: Cost
) -> tuple[Keywords | None, int]:
    """The cheapest keyword set of one alternative: each literal run, each mandatory group."""
    options: list[Keywords] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    while at < len(tokens):
        kind, text = tokens[at]
        if kind == "other" and text in "|)":
            break
        optional = _next_is_optional(tokens, at + 1)
        repeated = at + 1 < len(tokens) and tokens[at + 1][0] == "quant"
        if kind == "run":
            if repeated:  # the quantifier binds the last character, which ends the run
                run.extend(text[:-1] if optional else text)
                end_run()
            else:
                run.extend(text)
        elif kind == "escape" and not text[1].isalnum():
            if optional:
                end_run()
            else:
                run.append(text[1])
                if repeated:
                    end_run()
        elif kind == "open":
            end_run()
            found, at = _alternation(tokens, at + 1, cost)
            if at >= len(tokens) or tokens[at] != ("other", ")"):
                raise _Unsupported(text)
            optional = _next_is_optional(tokens, at + 1)
            if found is not None and text[:3] not in ("(?=", "(?!", "(?<") and not optional:
                options.append(found)
        elif kind == "quant" or (kind == "other" and text in "]{}"):
            raise _Unsupported(text)  # a quantifier on nothing, a stray bracket or brace
        else:
            end_run()  # a class, ".", "^", "$", "\b", "\d": no literal, and the run ends
        at += 1
        if at < len(tokens) and tokens[at][0] == "quant":
            at += 1
    end_run()
    if not options:
        return None, at
    return min(options, key=lambda found: (sum(cost(k) for k in found), len(found))), at


def _next_is_optional(tokens: Sequence[tuple[str, str]], at: int) -> bool:
    """True when the token at *at* is a quantifier that allows zero repetitions."""
    if at >= len(tokens) or tokens[at][0] != "quant":
        return False
    quant = tokens[at][1]
    if quant[0] in "?*":
        return True
    m = _QUANT_MIN_RE.match(quant)
    return m is not None and int(m.group(1) or "0") == 0
