"""HTML built safely: every value is escaped unless it is :class:`Html` already.

A tiny version of MarkupSafe's idea, enough for a server-rendered page: ``fmt`` fills a
template with escaped values, ``join`` concatenates fragments, and the page templates
(``templates/*.html``) are filled the same way by :func:`page`.
"""

from __future__ import annotations

import html
import string
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


class Html(str):
    """Text that is already HTML (escaped or built from escaped parts)."""

    __slots__ = ()


def esc(value: object) -> Html:
    """`value` as HTML: Html passes through, None is empty, anything else is escaped."""
    if isinstance(value, Html):
        return value
    if value is None:
        return Html("")
    return Html(html.escape(str(value), quote=True))


def fmt(template: str, *args: object, **kwargs: object) -> Html:
    """`template` (trusted HTML with ``{}`` fields) filled with escaped values."""
    return Html(template.format(*(esc(a) for a in args), **{k: esc(v) for k, v in kwargs.items()}))


def join(parts: Iterable[object], sep: str = "") -> Html:
    return Html(sep.join(esc(p) for p in parts))


@cache
def _template(name: str) -> string.Template:
    text = resources.files(__package__).joinpath("templates", name).read_text("utf-8")
    return string.Template(text)


def page(name: str, **values: Any) -> Html:
    """A template of ``templates/`` filled with escaped values (``$name`` fields)."""
    return Html(_template(name).substitute({k: esc(v) for k, v in values.items()}))
