"""The page's views: overview, rates and alerts, addresses, messages.

Each handler reads through :mod:`.data` or the store's own reads, and renders with
:mod:`.blocks`; the session (checked by the gate in :mod:`.app`) is ``request["session"]``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlencode

from aiohttp import web

from .. import classify, operations, parse
from ..api_io import (
    ApiProblem,
    address_cursor,
    event_cursor,
    parse_address,
    parse_address_cursor,
    parse_event_cursor,
)
from ..errors import AddressError
from ..pipeline import parse_address as pipeline_parse_address
from ..recording import Recorder
from ..store import AddressFilter, RateKey
from ..types import MessageStatus
from . import blocks, data
from .blocks import address_path
from .html import Html, fmt, join, page
from .session import Session

log = logging.getLogger(__name__)

PAGE_SIZE = 50
EMPTY = Html("")
NAV = (
    ("overview", "/ui/", "Overview"),
    ("rates", "/ui/rates", "Rates and alerts"),
    ("addresses", "/ui/addresses", "Addresses"),
    ("messages", "/ui/messages", "Messages"),
)
NOTICES = {
    "suppressed": "The address is suppressed.",
    "unsuppressed": "The address is unsuppressed: it may be mailed until a new hard failure.",
}
LIST_STATES = ("suppressed", "soft", "active", "any")
MESSAGE_STATUSES = ("any", *(s.value for s in MessageStatus))


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, content_type="text/html", status=status)


def _link(path: str, **query: object) -> str:
    given = {k: str(v) for k, v in query.items() if v not in (None, "")}
    return path + ("?" + urlencode(given) if given else "")


class Views:
    def __init__(
        self, recorder: Recorder, clock: Callable[[], datetime], thresholds: data.Thresholds
    ) -> None:
        self.recorder = recorder
        self.thresholds = thresholds
        self.store = recorder.store
        self.soft_lapse_days = recorder.policy.soft_lapse_days
        self.clock = clock

    def render(
        self, request: web.Request, current: str, title: str, main: Html, notice: Html = EMPTY
    ) -> web.Response:
        session: Session = request["session"]
        nav = join(
            fmt(
                '<li><a href="{}"{}>{}</a></li>',
                href,
                Html(' aria-current="page"') if key == current else Html(""),
                label,
            )
            for key, href, label in NAV
        )
        scope = "read and write" if session.may_write else "read"
        who = f"{session.actor} ({scope})"
        body = page(
            "layout.html",
            title=title,
            nav=nav,
            csrf=request["csrf"],
            who=who,
            notice=notice,
            main=main,
        )
        return _html(body)

    def problem_page(self, request: web.Request, status: int, detail: str) -> web.Response:
        notice = fmt('<p class="notice error" role="alert">{}</p>', detail)
        response = self.render(request, "", "Not shown", EMPTY, notice)
        response.set_status(status)
        return response

    # -- overview ---------------------------------------------------------------------------

    def _span(self, request: web.Request) -> data.Span:
        name = request.query.get("span", "24h")
        return data.Span(name if name in data.SPANS else "24h")

    async def _overview_section(self, span: data.Span) -> Html:
        now = self.clock()
        view = await data.overview(self.store, span, now)
        return fmt("{}{}", blocks.span_links(span), blocks.overview_section(view))

    async def overview(self, request: web.Request) -> web.StreamResponse:
        span = self._span(request)
        main = fmt('<div id="span-section">{}</div>', await self._overview_section(span))
        return self.render(request, "overview", "Overview", main)

    async def overview_fragment(self, request: web.Request) -> web.StreamResponse:
        return _html(await self._overview_section(self._span(request)))

    # -- rates and alerts -------------------------------------------------------------------

    async def rates(self, request: web.Request) -> web.StreamResponse:
        sent, domain = request.query.get("sent", ""), request.query.get("domain", "")
        after = RateKey(int(sent), domain) if sent.isdigit() and domain else None
        view = await data.rates(self.store, self.clock(), self.thresholds, PAGE_SIZE, after)
        last = view.rates.next
        next_link = _link("/ui/rates", sent=last.sent, domain=last.domain) if last else None
        main = blocks.rates_section(view, next_link, after is not None)
        return self.render(request, "rates", "Rates and alerts", main)

    # -- addresses --------------------------------------------------------------------------

    async def addresses(self, request: web.Request) -> web.StreamResponse:
        query = request.query.get("q", "").strip()
        state = request.query.get("state", "suppressed")
        state = state if state in LIST_STATES else "suppressed"
        if "@" in query:
            try:
                address = pipeline_parse_address(query)
            except AddressError as exc:
                notice = fmt('<p class="notice error" role="alert">{}</p>', str(exc))
                return self.render(
                    request, "addresses", "Addresses", blocks.search_form(query, state), notice
                )
            raise web.HTTPSeeOther(address_path(address))
        domain = query.lower().lstrip("@") or None
        where = AddressFilter(
            state=None if state == "any" or domain else state,
            domain=domain,
            soft_lapse_days=self.soft_lapse_days,
        )
        cursor = request.query.get("cursor")
        after = parse_address_cursor(cursor) if cursor else None
        now = self.clock()
        rows = await self.store.list_addresses(where, now, PAGE_SIZE + 1, after)
        page_rows = rows[:PAGE_SIZE]
        next_link = None
        if len(rows) > PAGE_SIZE:
            next_cursor = address_cursor(page_rows[-1])
            next_link = _link("/ui/addresses", q=query, state=state, cursor=next_cursor)
        heading = f"Addresses of {domain}" if domain else f"Addresses: {state}"
        main = fmt(
            "{}<h2>{}</h2>{}",
            blocks.search_form(query, state),
            heading,
            blocks.address_table(page_rows, now, self.soft_lapse_days, next_link, bool(cursor)),
        )
        return self.render(request, "addresses", "Addresses", main)

    async def address(self, request: web.Request) -> web.StreamResponse:
        address = parse_address(request.match_info["address"])
        now = self.clock()
        (view,) = await operations.look_up(self.store, [address], now, self.soft_lapse_days)
        cursor = request.query.get("cursor")
        before = parse_event_cursor(cursor) if cursor else None
        events = await self.store.events_page(address, PAGE_SIZE + 1, before)
        page_events = events[:PAGE_SIZE]
        next_link = None
        if len(events) > PAGE_SIZE:
            next_link = _link(address_path(address), cursor=event_cursor(page_events[-1]))
        done = request.query.get("done", "")
        notice = (
            fmt('<p class="notice ok" role="status">{}</p>', NOTICES[done])
            if done in NOTICES
            else Html("")
        )
        session: Session = request["session"]
        main = fmt(
            "{}{}<h2>Events</h2>{}",
            blocks.address_facts(view),
            blocks.address_actions(view, address_path(address), request["csrf"], session),
            blocks.event_table(page_events, next_link, bool(cursor)),
        )
        return self.render(request, "addresses", address, main, notice)

    def _require_write(self, request: web.Request) -> Session:
        session: Session = request["session"]
        if not session.may_write:
            raise ApiProblem(403, "forbidden", "this token may read but not write")
        return session

    def _note(self, request: web.Request) -> str | None:
        value = request["form"].get("note")
        note = value.strip() if isinstance(value, str) else ""
        return note[:2000] or None

    async def suppress(self, request: web.Request) -> web.StreamResponse:
        session = self._require_write(request)
        address = parse_address(request.match_info["address"])
        await operations.suppress(
            self.recorder, address, self.clock(), actor=session.actor, note=self._note(request)
        )
        log.info("manual suppress address=%s actor=%s via=ui", address, session.actor)
        raise web.HTTPSeeOther(_link(address_path(address), done="suppressed"))

    async def unsuppress(self, request: web.Request) -> web.StreamResponse:
        session = self._require_write(request)
        address = parse_address(request.match_info["address"])
        found = await operations.unsuppress(
            self.recorder, address, self.clock(), actor=session.actor, note=self._note(request)
        )
        if not found:
            raise ApiProblem(404, "not-found", f"no record of {address}")
        log.info("manual unsuppress address=%s actor=%s via=ui", address, session.actor)
        raise web.HTTPSeeOther(_link(address_path(address), done="unsuppressed"))

    # -- messages ---------------------------------------------------------------------------

    async def messages(self, request: web.Request) -> web.StreamResponse:
        status = request.query.get("status", "any")
        status = status if status in MESSAGE_STATUSES else "any"
        before_text = request.query.get("before", "")
        before = int(before_text) if before_text.isdigit() else None
        rows = await self.store.messages(None if status == "any" else status, PAGE_SIZE + 1, before)
        counts = await self.store.message_counts()
        page_rows = rows[:PAGE_SIZE]
        next_link = None
        if len(rows) > PAGE_SIZE:
            next_link = _link("/ui/messages", status=status, before=page_rows[-1].id)
        main = fmt(
            "{}{}{}",
            blocks.message_counts(counts),
            blocks.status_form(status, MESSAGE_STATUSES),
            blocks.message_table(page_rows, next_link, before is not None),
        )
        return self.render(request, "messages", "Messages", main)

    def _message_id(self, request: web.Request) -> int:
        text = request.match_info["id"]
        if not text.isdigit() or not 0 < int(text) < 2**63:
            raise web.HTTPNotFound()
        return int(text)

    async def message(self, request: web.Request) -> web.StreamResponse:
        message_id = self._message_id(request)
        found = await self.store.messages(None, 1, message_id + 1)
        if not found or found[0].id != message_id:
            raise web.HTTPNotFound()
        events = (await self.store.events_of_messages([message_id]))[message_id]
        result = None
        if "changed" in request.query:
            result = blocks.ReprocessResult(
                request.query.get("changed") == "1",
                int(request.query.get("before", "0") or 0),
                int(request.query.get("after", "0") or 0),
                request.query.get("states", ""),
            )
        main = blocks.message_detail(found[0], events, request["csrf"], request["session"], result)
        return self.render(request, "messages", f"Message {message_id}", main)

    async def raw(self, request: web.Request) -> web.StreamResponse:
        exists, raw = await self.store.raw_message(self._message_id(request))
        if not exists:
            raise web.HTTPNotFound()
        if raw is None:
            return _html("<p>The raw bytes were pruned ([retention].raw_days).</p>", status=410)
        response = web.Response(body=raw, content_type="text/plain", charset="utf-8")
        response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
        return response

    async def reprocess(self, request: web.Request) -> web.StreamResponse:
        session = self._require_write(request)
        message_id = self._message_id(request)
        report = await operations.reprocess(
            self.recorder, parse.parse, classify.classify, self.clock(), only=message_id
        )
        if not report.messages:
            raise ApiProblem(
                409,
                "conflict",
                f"message {message_id} cannot be parsed again (not processed yet, or pruned)",
            )
        log.info(
            "reprocess message=%d changed=%d actor=%s via=ui",
            message_id,
            report.changed_messages,
            session.actor,
        )
        states = "; ".join(f"{c.address}: {c.before} → {c.after}" for c in report.state_changes)
        raise web.HTTPSeeOther(
            _link(
                f"/ui/messages/{message_id}",
                changed=int(bool(report.changed_messages)),
                before=report.events_before,
                after=report.events_after,
                states=states,
            )
        )
