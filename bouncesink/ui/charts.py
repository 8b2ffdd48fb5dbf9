"""Charts as inline SVG, drawn on the server, each with its numbers beside it.

Every bar carries a ``<title>`` (what a pointer or a screen reader reads on it) and every
chart is followed by the table of the same numbers, so that nothing is only a picture.
Colours come from the stylesheet (one class per series), not from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .html import Html, fmt, join

WIDTH, HEIGHT = 720, 180
LEFT, BOTTOM, TOP = 40, 22, 8


@dataclass(frozen=True, slots=True)
class Column:
    label: str  # under the bar (may be empty for a crowded axis)
    title: str  # the bucket as a reader says it ("2026-12-03 14:00 UTC")
    values: dict[str, int]  # per series


def _ceiling(value: int) -> int:
    """A round top for the axis: 1, 2, 5, 10, 20, 50... at or above `value`."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if step * m >= value:
                return step * m
        step *= 10


def stacked_bars(
    chart_id: str, caption: str, columns: Sequence[Column], series: Sequence[str]
) -> Html:
    """A stacked bar chart of `columns` (one stack per column, one band per series),
    then its table (columns as rows, series as columns, and the total)."""
    top = _ceiling(max((sum(c.values.values()) for c in columns), default=0) or 1)
    plot_w, plot_h = WIDTH - LEFT, HEIGHT - BOTTOM - TOP
    slot = plot_w / max(len(columns), 1)
    bar_w = max(slot * 0.7, 1.0)
    parts: list[Html] = [
        fmt(
            '<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>',
            LEFT,
            TOP + plot_h,
            WIDTH,
            TOP + plot_h,
        ),
        fmt('<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>', LEFT - 4, TOP + 8, top),
        fmt(
            '<text class="tick" x="{}" y="{}" text-anchor="end">0</text>',
            LEFT - 4,
            TOP + plot_h,
        ),
    ]
    for i, column in enumerate(columns):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = float(TOP + plot_h)
        for name in series:
            value = column.values.get(name, 0)
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            parts.append(
                fmt(
                    '<rect class="s-{}" x="{}" y="{}" width="{}" height="{}">'
                    "<title>{}: {} {}</title></rect>",
                    name,
                    Html(f"{x:.1f}"),
                    Html(f"{y:.1f}"),
                    Html(f"{bar_w:.1f}"),
                    Html(f"{h:.1f}"),
                    column.title,
                    value,
                    name,
                )
            )
        if column.label:
            last = i == len(columns) - 1  # kept inside the picture
            parts.append(
                fmt(
                    '<text class="tick" x="{}" y="{}" text-anchor="{}">{}</text>',
                    Html(f"{x + (bar_w if last else bar_w / 2):.1f}"),
                    HEIGHT - 6,
                    "end" if last else "middle",
                    column.label,
                )
            )
    svg = fmt(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-caption">{}</svg>',
        WIDTH,
        HEIGHT,
        chart_id,
        join(parts),
    )
    legend = join(
        fmt('<li><span class="swatch s-{}" aria-hidden="true"></span>{}</li>', name, name)
        for name in series
    )
    return fmt(
        '<figure class="chart-figure" id="{}"><figcaption id="{}-caption">{}</figcaption>'
        '{}<ul class="legend">{}</ul>{}</figure>',
        chart_id,
        chart_id,
        caption,
        svg,
        legend,
        numbers_table(f"{chart_id}-table", caption, columns, series),
    )


def numbers_table(
    table_id: str, caption: str, columns: Sequence[Column], series: Sequence[str]
) -> Html:
    head = join(fmt('<th scope="col">{}</th>', name) for name in series)
    rows = join(
        fmt(
            '<tr><th scope="row">{}</th>{}<td>{}</td></tr>',
            column.title,
            join(fmt("<td>{}</td>", column.values.get(name, 0)) for name in series),
            sum(column.values.get(name, 0) for name in series),
        )
        for column in columns
    )
    return fmt(
        '<details class="numbers"><summary>Numbers</summary><div class="scroll">'
        '<table id="{}"><caption>{}</caption><thead><tr><th scope="col">when</th>{}'
        '<th scope="col">total</th></tr></thead><tbody>{}</tbody></table></div></details>',
        table_id,
        caption,
        head,
        rows,
    )


def columns_of(
    items: Sequence[tuple[str, dict[str, int]]], label: Callable[[int, str], str]
) -> list[Column]:
    """Columns from (title, values) pairs; `label(index, title)` says what goes under each."""
    return [Column(label(i, title), title, values) for i, (title, values) in enumerate(items)]


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float  # a fraction (0.05 is 5 %)
    title: str  # what the bar says in words


def rate_bars(
    chart_id: str, caption: str, bars: Sequence[Bar], marks: Sequence[tuple[str, float]]
) -> Html:
    """Horizontal bars of rates, one a row, with vertical marks at the thresholds
    (`marks`: name, fraction); each bar and mark has its ``<title>``. The numbers are in the
    table the caller puts beside it."""
    row_h, label_w, width = 22, 170, WIDTH
    top = max([b.value for b in bars] + [v for _, v in marks] + [0.0001]) * 1.1
    plot_w = width - label_w - 60
    height = row_h * max(len(bars), 1) + 24
    parts: list[Html] = []
    for i, bar in enumerate(bars):
        y = 4 + i * row_h
        w = plot_w * bar.value / top
        parts.append(
            fmt(
                '<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>'
                '<rect class="s-rate" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>'
                '<text class="tick" x="{}" y="{}">{}</text>',
                label_w - 6,
                y + 14,
                bar.label,
                label_w,
                y + 3,
                Html(f"{w:.1f}"),
                row_h - 6,
                bar.title,
                Html(f"{label_w + w + 4:.1f}"),
                y + 14,
                f"{bar.value:.2%}",
            )
        )
    for name, value in marks:
        x = label_w + plot_w * value / top
        parts.append(
            fmt(
                '<line class="mark" x1="{}" y1="2" x2="{}" y2="{}"><title>{}: {}</title></line>'
                '<text class="tick" x="{}" y="{}" text-anchor="middle">{}</text>',
                Html(f"{x:.1f}"),
                Html(f"{x:.1f}"),
                height - 14,
                name,
                f"{value:.2%}",
                Html(f"{x:.1f}"),
                height - 3,
                name,
            )
        )
    return fmt(
        '<figure class="chart-figure" id="{}"><figcaption id="{}-caption">{}</figcaption>'
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-caption">{}</svg>'
        "</figure>",
        chart_id,
        chart_id,
        caption,
        width,
        height,
        chart_id,
        join(parts),
    )
