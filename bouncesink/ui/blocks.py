"""Parts of the pages as HTML: cards, tables, forms, chart sections (escaped by :mod:`.html`).

Functions of values only: no request, no store. Times are shown in UTC, as ISO 8601 cut to
the minute, with the full time in a ``<time datetime>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from ..operations import AddressView
from ..policy import state_at
from ..store import Alert, MessageInfo, StoredAddress, StoredEvent, SuppressionDay
from ..types import AddressState, SuppressionReason
from . import charts, data
from .html import Html, fmt, join
from .session import Session


def address_path(address: str) -> str:
    return "/ui/addresses/" + quote(address, safe="@+")


def when(moment: datetime | None) -> Html:
    if moment is None:
        return Html("")
    return fmt(
        '<time datetime="{}">{}</time>', moment.isoformat(), moment.strftime("%Y-%m-%d %H:%M")
    )


def pager(next_link: str | None, has_prev: bool, first_link: str | None = None) -> Html:
    parts = []
    if has_prev and first_link:
        parts.append(fmt('<a href="{}">First page</a>', first_link))
    if next_link:
        parts.append(fmt('<a href="{}" rel="next">Next page</a>', next_link))
    if not parts:
        return Html("")
    return fmt('<nav class="pager" aria-label="Pages">{}</nav>', join(parts))


def state_badge(state: str) -> Html:
    return fmt('<span class="state state-{}">{}</span>', state, state)


# -- overview ---------------------------------------------------------------------------------


def span_links(current: data.Span) -> Html:
    items = join(
        fmt(
            '<li><a href="/ui/?span={}" data-fragment="/ui/fragment/overview?span={}" '
            'data-target="span-section"{}>last {}</a></li>',
            name,
            name,
            Html(' aria-current="true"') if name == current.name else Html(""),
            name,
        )
        for name in data.SPANS
    )
    return fmt('<ul class="spans" aria-label="Period">{}</ul>', items)


def cards(items: Sequence[tuple[str, object, str]]) -> Html:
    """A row of figures: (label, value, id)."""
    return fmt(
        '<dl class="cards">{}</dl>',
        join(
            fmt('<div class="card"><dt>{}</dt><dd id="{}">{}</dd></div>', label, ident, value)
            for label, value, ident in items
        ),
    )


def _bucket_label(span: data.Span, index: int, start: datetime) -> str:
    if span.unit == "hour":
        return start.strftime("%H") if index % 3 == 0 else ""
    return start.strftime("%m-%d") if span.name == "7d" or index % 5 == 0 else ""


def _bucket_title(span: data.Span, start: datetime) -> str:
    return start.strftime("%Y-%m-%d %H:00 UTC" if span.unit == "hour" else "%Y-%m-%d")


def ranked_tables(prefix: str, what: str, tops: dict[str, list[data.Ranked]]) -> Html:
    """One small table per kind: the names with the most events of that kind."""
    tables = []
    for kind, rows in tops.items():
        body = join(
            fmt('<tr><th scope="row">{}</th><td class="num">{}</td></tr>', r.name, r.count)
            for r in rows
        ) or fmt('<tr><td colspan="2">no {} in this period</td></tr>', kind)
        tables.append(
            fmt(
                '<div class="scroll"><table id="{}-{}"><caption>By {}</caption><thead><tr>'
                '<th scope="col">{}</th><th scope="col" class="num">{}</th></tr></thead>'
                "<tbody>{}</tbody></table></div>",
                prefix,
                kind,
                kind,
                what,
                kind,
                body,
            )
        )
    return fmt('<div class="tops">{}</div>', join(tables))


def suppression_chart(days: Sequence[SuppressionDay]) -> Html:
    reasons = [r.value for r in SuppressionReason]
    columns = charts.columns_of(
        [(d.day.strftime("%Y-%m-%d"), dict(d.reasons)) for d in days],
        lambda i, title: title[5:] if i % 5 == 0 or i == len(days) - 1 else "",
    )
    caption = f"Addresses suppressed per day, last {len(days)} days (UTC), by reason"
    return charts.stacked_bars("suppressions", caption, columns, reasons)


def overview_section(view: data.Overview) -> Html:
    span = view.span
    messages = view.messages
    alert = Html("")
    if view.alerts:
        alert = fmt(
            '<p class="alert" role="alert" id="alerts-raised">{} raised: see '
            '<a href="/ui/rates">Rates and alerts</a>.</p>',
            f"{view.alerts} alert{'s' if view.alerts > 1 else ''}",
        )
    figures = cards(
        [
            (f"messages received, last {span.name}", messages["received"], "count-received"),
            ("processed", messages["processed"], "count-processed"),
            ("unparsable", messages["unparsable"], "count-unparsable"),
            ("backlog (not processed yet)", view.backlog, "count-backlog"),
        ]
    )
    columns = charts.columns_of(
        [(_bucket_title(span, b.start), dict(b.counts)) for b in view.buckets],
        lambda i, _title: _bucket_label(span, i, view.buckets[i].start),
    )
    caption = f"Failures by kind, last {span.name}, per {span.unit} (UTC)"
    chart = charts.stacked_bars("failures", caption, columns, data.FAILURE_KINDS)
    totals = cards([(k, view.totals[k], f"total-{k}") for k in data.FAILURE_KINDS])
    return fmt(
        '{}<h2 id="overview-heading">Messages</h2>{}'
        "<h2>Failures, last {}</h2>{}{}"
        "<h2>Top destination domains, last {}</h2>{}"
        "<h2>Top providers, last {}</h2>{}"
        "<h2>Suppressions per day</h2>{}",
        alert,
        figures,
        span.name,
        totals,
        chart,
        span.name,
        ranked_tables("top-domains", "domain", view.domains),
        span.name,
        ranked_tables("top-providers", "provider", view.providers),
        suppression_chart(view.suppressions),
    )


def _percent(value: float | None) -> str:
    return "none sent" if value is None else f"{value:.2%}"


def _level(value: float | None, review: float, pause: float, judged: bool) -> Html:
    if value is None or not judged:
        return Html("")
    if value >= pause:
        return Html(' <span class="badge pause">pause</span>')
    if value >= review:
        return Html(' <span class="badge review">review</span>')
    return Html("")


def rates_section(view: data.RatesView, next_link: str | None, has_prev: bool) -> Html:
    t = view.thresholds
    found = view.rates
    rows = [found.overall, *found.items]
    body = join(
        fmt(
            '<tr><th scope="row">{}</th><td class="num">{}</td><td class="num">{}</td>'
            '<td class="num">{}</td><td class="num">{}</td><td class="num">{}</td>'
            '<td class="num">{}{}</td><td class="num">{}{}</td></tr>',
            "all destinations" if r.scope == "all" else r.scope,
            r.sent,
            r.hard,
            r.soft,
            r.block,
            r.complaint,
            _percent(r.bounce_rate),
            _level(r.bounce_rate, t.bounce_review, t.bounce_pause, r.sent >= t.min_sent),
            _percent(r.complaint_rate),
            _level(r.complaint_rate, t.complaint_review, t.complaint_pause, r.sent >= t.min_sent),
        )
        for r in rows
    )
    table = fmt(
        '<div class="scroll"><table id="rates"><caption>Recipients sent and failures, last {} '
        "hours, per destination domain (most sent first)</caption><thead><tr>"
        '<th scope="col">destination</th><th scope="col" class="num">sent</th>'
        '<th scope="col" class="num">hard</th><th scope="col" class="num">soft</th>'
        '<th scope="col" class="num">block</th><th scope="col" class="num">complaint</th>'
        '<th scope="col" class="num">bounce rate</th>'
        '<th scope="col" class="num">complaint rate</th></tr></thead><tbody>{}</tbody>'
        "</table></div>{}",
        found.hours,
        body,
        pager(next_link, has_prev, "/ui/rates"),
    )
    judged = [r for r in rows if r.sent >= t.min_sent][:15]
    bars = [
        charts.Bar(
            "all" if r.scope == "all" else r.scope,
            r.bounce_rate or 0.0,
            f"{r.scope}: bounce rate {_percent(r.bounce_rate)} ({r.hard} hard of {r.sent} sent)",
        )
        for r in judged
    ]
    chart = (
        charts.rate_bars(
            "bounce-rates",
            f"Bounce rate (hard bounces per recipient sent), last {found.hours} hours",
            bars,
            [("review", t.bounce_review), ("pause", t.bounce_pause)],
        )
        if bars
        else fmt(
            "<p>No destination had {} recipients sent or more in the last {} hours: no rate "
            "is judged yet.</p>",
            t.min_sent,
            found.hours,
        )
    )
    levels = fmt(
        '<p class="help" id="thresholds">Thresholds ([alerts]): bounce rate review {} and pause '
        "{}; complaint rate review {} and pause {}; a destination is judged from {} recipients "
        "sent in the window. Recipients sent are counted from the Postfix policy service and "
        "<code>POST /v1/sent</code>.</p>",
        _percent(t.bounce_review),
        _percent(t.bounce_pause),
        _percent(t.complaint_review),
        _percent(t.complaint_pause),
        t.min_sent,
    )
    return fmt(
        "<h2>Alerts raised</h2>{}<h2>Rates</h2>{}{}{}<h2>Alert history</h2>{}",
        alert_table("alerts-active", view.alerts, "No alert is raised."),
        levels,
        chart,
        table,
        alert_table("alerts-history", view.history, "No alert was ever raised."),
    )


def alert_table(table_id: str, alerts: Sequence[Alert], empty: str) -> Html:
    if not alerts:
        return fmt('<p id="{}">{}</p>', table_id, empty)
    body = join(
        fmt(
            '<tr><th scope="row">{}</th><td>{}</td><td class="num">{}</td><td class="num">{}</td>'
            '<td class="num">{}</td><td>{}</td><td>{}</td></tr>',
            a.alert,
            a.scope,
            _value(a.alert, a.value),
            _value(a.alert, a.threshold),
            a.volume,
            when(a.since),
            "raised" if a.active else when(a.cleared_at),
        )
        for a in alerts
    )
    return fmt(
        '<div class="scroll"><table id="{}"><caption>Alerts</caption><thead><tr>'
        '<th scope="col">alert</th><th scope="col">scope</th><th scope="col" class="num">value'
        '</th><th scope="col" class="num">threshold</th><th scope="col" class="num">volume</th>'
        '<th scope="col">since</th><th scope="col">cleared</th></tr></thead><tbody>{}</tbody>'
        "</table></div>",
        table_id,
        body,
    )


def _value(alert: str, value: float) -> str:
    return f"{value:.1f}" if alert.startswith("provider") else f"{value:.2%}"


# -- addresses --------------------------------------------------------------------------------


def search_form(query: str, state: str) -> Html:
    options = join(
        fmt('<option value="{}"{}>{}</option>', s, Html(" selected") if s == state else "", s)
        for s in ("suppressed", "soft", "active", "any")
    )
    return fmt(
        '<form class="search" method="get" action="/ui/addresses" role="search">'
        '<div class="field"><label for="q">Address or domain</label>'
        '<input id="q" name="q" type="search" value="{}" placeholder="someone@example.com or '
        'example.com" autocomplete="off"></div>'
        '<div class="field"><label for="state">State (when no domain is given)</label>'
        '<select id="state" name="state">{}</select></div>'
        '<button type="submit" class="primary">Search</button></form>',
        query,
        options,
    )


def address_table(
    rows: Sequence[StoredAddress],
    now: datetime,
    soft_lapse_days: int,
    next_link: str | None,
    has_prev: bool,
) -> Html:
    if not rows:
        return Html("<p>No address found.</p>")
    body = join(
        fmt(
            '<tr><th scope="row"><a href="{}">{}</a></th><td>{}</td><td>{}</td><td>{}</td>'
            '<td>{}</td><td class="num">{}</td><td>{}</td></tr>',
            address_path(row.address),
            row.address,
            state_badge(state_at(row, now, soft_lapse_days).value),
            row.kind,
            row.reason,
            row.status,
            row.event_count,
            when(row.last_event_at),
        )
        for row in rows
    )
    return fmt(
        '<div class="scroll"><table id="address-list"><caption>Addresses</caption><thead><tr>'
        '<th scope="col">address</th><th scope="col">state</th><th scope="col">kind</th>'
        '<th scope="col">reason</th><th scope="col">status</th>'
        '<th scope="col" class="num">events</th><th scope="col">last event</th></tr></thead>'
        "<tbody>{}</tbody></table></div>{}",
        body,
        pager(next_link, has_prev),
    )


def address_facts(view: AddressView) -> Html:
    row = view.row
    if row is None:
        return fmt("<p>No record of {}: it has never bounced, so it is active.</p>", view.address)
    over = view.over
    facts = [
        ("state", state_badge(view.state.value)),
        ("suppression reason", None if over else row.suppression_reason),
        ("kind / category / reason", f"{row.kind} / {row.category} / {row.reason}"),
        ("status", row.status),
        ("diagnostic", row.diagnostic),
        ("soft score", 0 if over else row.soft_score),
        ("events", row.event_count),
        ("suppressed at", None if over else when(row.suppressed_at)),
        ("expires at", None if over else when(row.expires_at)),
        ("last event", when(row.last_event_at)),
        ("operator's note", view.note),
    ]
    items = join(
        fmt("<dt>{}</dt><dd>{}</dd>", label, value)
        for label, value in facts
        if value not in (None, "")
    )
    return fmt('<dl class="facts" id="address-facts">{}</dl>', items)


def address_actions(view: AddressView, path: str, csrf: str, session: Session) -> Html:
    if not session.may_write:
        return Html(
            '<p class="help" id="read-only">This token may read, not write: suppress and '
            "unsuppress need a token of <code>[api].write_tokens</code>.</p>"
        )
    forms = []
    if view.state != AddressState.SUPPRESSED:
        forms.append(
            fmt(
                '<form method="post" action="{}/suppress" id="suppress-form">'
                '<input type="hidden" name="csrf" value="{}">'
                '<label for="suppress-note">Note (why)</label>'
                '<input id="suppress-note" name="note" maxlength="2000">'
                '<button type="submit" class="danger">Suppress</button></form>',
                path,
                csrf,
            )
        )
    if view.row is not None and view.state != AddressState.ACTIVE:
        forms.append(
            fmt(
                '<form method="post" action="{}/unsuppress" id="unsuppress-form">'
                '<input type="hidden" name="csrf" value="{}">'
                '<label for="unsuppress-note">Note (why)</label>'
                '<input id="unsuppress-note" name="note" maxlength="2000">'
                '<button type="submit" class="primary">Unsuppress</button></form>',
                path,
                csrf,
            )
        )
    return fmt('<h2>Actions</h2><div class="actions">{}</div>', join(forms))


def event_table(
    events: Sequence[StoredEvent],
    next_link: str | None,
    has_prev: bool,
    *,
    addresses: bool = False,
) -> Html:
    """Events as a table; `addresses`: with each one's address (a message's events)."""
    if not events:
        return Html("<p>No events.</p>")
    body = join(
        fmt(
            "<tr>{}<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td>"
            "<td>{}</td><td>{}</td><td>{}</td></tr>",
            fmt('<th scope="row"><a href="{}">{}</a></th>', address_path(e.address), e.address)
            if addresses
            else "",
            when(e.occurred_at),
            e.kind,
            e.category,
            e.reason,
            e.rule,
            _evidence(e),
            _source(e),
            fmt(
                '<a href="/ui/messages/{}">message {}</a> · <a href="/ui/messages/{}/raw">raw</a>',
                e.message_id,
                e.message_id,
                e.message_id,
            )
            if e.message_id is not None
            else "",
        )
        for e in events
    )
    return fmt(
        '<div class="scroll"><table id="events"><caption>Events, newest first, with the rule '
        'that decided and its evidence</caption><thead><tr>{}<th scope="col">when</th>'
        '<th scope="col">kind</th><th scope="col">category</th><th scope="col">reason</th>'
        '<th scope="col">rule</th><th scope="col">evidence</th><th scope="col">by</th>'
        '<th scope="col">bounce</th></tr></thead><tbody>{}</tbody></table></div>{}',
        Html('<th scope="col">address</th>') if addresses else "",
        body,
        pager(next_link, has_prev),
    )


def _evidence(e: StoredEvent) -> Html:
    parts = [
        fmt("status {}", e.status) if e.status else "",
        fmt("reply {}", e.reply_code) if e.reply_code else "",
        fmt("action {}", e.action) if e.action else "",
        fmt("from {}", e.remote_mta) if e.remote_mta else "",
        fmt("<q>{}</q>", e.diagnostic) if e.diagnostic else "",
    ]
    return join((p for p in parts if p), "<br>")


def _source(e: StoredEvent) -> Html:
    if e.manual:
        return fmt("{} by {}{}", e.manual, e.actor or "?", fmt(": {}", e.note) if e.note else "")
    return fmt("{}", e.source or "bounce")


# -- messages ---------------------------------------------------------------------------------


STATUSES = ("processed", "unparsable", "pending")


def message_counts(counts: dict[str, int]) -> Html:
    return cards(
        [
            ("stored", sum(counts.values()), "messages-stored"),
            *(
                (s, counts.get(s, 0), f"messages-{s}")
                for s in ("processed", "unparsable", "pending")
            ),
        ]
    )


def status_form(status: str, statuses: Sequence[str]) -> Html:
    options = join(
        fmt('<option value="{}"{}>{}</option>', s, Html(" selected") if s == status else "", s)
        for s in statuses
    )
    return fmt(
        '<form class="search" method="get" action="/ui/messages">'
        '<div class="field"><label for="status">Status</label>'
        '<select id="status" name="status">{}</select></div>'
        '<button type="submit" class="primary">Show</button></form>',
        options,
    )


def message_table(rows: Sequence[MessageInfo], next_link: str | None, has_prev: bool) -> Html:
    if not rows:
        return Html("<p>No message.</p>")
    body = join(
        fmt(
            '<tr><th scope="row"><a href="/ui/messages/{}">{}</a></th><td>{}</td><td>{}</td>'
            '<td>{}</td><td class="num">{}</td><td>{}</td><td>{}</td></tr>',
            m.id,
            m.id,
            when(m.received_at),
            m.status,
            m.message_type,
            m.size,
            m.peer,
            m.error,
        )
        for m in rows
    )
    return fmt(
        '<div class="scroll"><table id="message-list"><caption>Stored messages, newest first'
        '</caption><thead><tr><th scope="col">id</th><th scope="col">received</th>'
        '<th scope="col">status</th><th scope="col">type</th>'
        '<th scope="col" class="num">bytes</th><th scope="col">peer</th>'
        '<th scope="col">error</th></tr></thead><tbody>{}</tbody></table></div>{}',
        body,
        pager(next_link, has_prev, "/ui/messages"),
    )


@dataclass(frozen=True, slots=True)
class ReprocessResult:
    changed: bool
    events_before: int
    events_after: int
    states: str


def message_detail(
    info: MessageInfo,
    events: Sequence[StoredEvent],
    csrf: str,
    session: Session,
    result: ReprocessResult | None,
) -> Html:
    facts = join(
        fmt("<dt>{}</dt><dd>{}</dd>", label, value)
        for label, value in (
            ("received", when(info.received_at)),
            ("status", info.status),
            ("type", info.message_type),
            ("bytes", info.size),
            ("peer", info.peer),
            ("error", info.error),
        )
        if value not in (None, "")
    )
    notice = Html("")
    if result is not None:
        said = (
            f"Parsed again with the current rules: the events changed "
            f"({result.events_before} before, {result.events_after} now)."
            if result.changed
            else f"Parsed again with the current rules: nothing changed ({result.events_after} "
            "events)."
        )
        if result.states:
            said += f" States changed: {result.states}."
        notice = fmt('<p class="notice ok" role="status" id="reprocess-result">{}</p>', said)
    action = Html("")
    if session.may_write:
        action = fmt(
            '<form method="post" action="/ui/messages/{}/reprocess" id="reprocess-form">'
            '<input type="hidden" name="csrf" value="{}">'
            '<button type="submit">Reprocess with the current rules</button></form>',
            info.id,
            csrf,
        )
    return fmt(
        '{}<dl class="facts" id="message-facts">{}</dl><p><a href="/ui/messages/{}/raw">'
        "The raw message</a></p>{}<h2>Events of this message</h2>{}",
        notice,
        facts,
        info.id,
        action,
        event_table(events, None, False, addresses=True),
    )
