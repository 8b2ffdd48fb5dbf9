"""The HTTP API: suppression state as JSON, modelled on SES v2 / Postmark / SendGrid / Mailgun.

Runs on aiohttp inside the daemon's own event loop, beside the SMTP server. The routes are
the table :data:`ROUTES`; the OpenAPI 3.1 document (:mod:`bouncesink.openapi`, served at
``GET /v1/openapi.json``) describes the same table, which the tests check.

Authentication: ``Authorization: Bearer TOKEN`` with a token of ``[api].read_tokens`` (read
scope) or ``[api].write_tokens`` (write scope, which implies read). Tokens are compared in
constant time, as SHA-256 digests, against every configured token. No token or an unknown one
is 401, a read token on a write route 403. With no tokens configured every scoped route
answers 401. ``GET /healthz``, ``GET /metrics`` (counts only, no addresses) and the OpenAPI
document need no token, so that load balancers and Prometheus scrape them as they are.

Errors are RFC 9457 problem details (``application/problem+json``).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from aiohttp import web
from aiohttp.typedefs import Handler
from sqlalchemy.exc import SQLAlchemyError

from . import openapi as openapi_document
from . import operations
from .api_io import (
    ApiProblem,
    address_cursor,
    dumps,
    event_cursor,
    json_body,
    parse_address,
    parse_address_cursor,
    parse_event_cursor,
    parse_limit,
    parse_timestamp,
    problem_response,
    query_params,
)
from .config import ApiConfig
from .errors import StoreError
from .metrics import Metrics
from .policy import state_at
from .recording import Recorder
from .shapes import CSV_FIELDS, csv_page, event_json, iso, suppression_json
from .store import AddressFilter, SentCount, SentSource, StoredAddress
from .types import AddressState, Category, Kind

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Scope = str  # "read" or "write"; None in ROUTES: no token needed

# Every route: method, path, handler (a method of _Api), scope. Order matters: the fixed
# paths under /v1/suppressions/ come before /v1/suppressions/{address}.
ROUTES: tuple[tuple[str, str, str, Scope | None], ...] = (
    ("GET", "/healthz", "healthz", None),
    ("GET", "/metrics", "metrics", None),
    ("GET", "/v1/openapi.json", "openapi", None),
    ("GET", "/v1/suppressions", "list_suppressions", "read"),
    ("GET", "/v1/suppressions/export", "export_suppressions", "read"),
    ("POST", "/v1/suppressions/check", "check_suppressions", "read"),
    ("GET", "/v1/suppressions/{address}", "get_suppression", "read"),
    ("PUT", "/v1/suppressions/{address}", "put_suppression", "write"),
    ("DELETE", "/v1/suppressions/{address}", "delete_suppression", "write"),
    ("GET", "/v1/addresses/{address}/events", "list_events", "read"),
    ("GET", "/v1/messages/{id}/raw", "raw_message", "read"),
    ("POST", "/v1/sent", "post_sent", "write"),
)

MAX_CHECK = 10_000  # addresses per bulk check
MAX_BODY = 8 * 1024 * 1024  # a bulk check of 10,000 addresses of 320 characters fits
EXPORT_PAGE = 2_000
HEALTH_TIMEOUT = 5.0
STATES = (*AddressState, "any")
LIST_PARAMS = ("state", "kind", "category", "since")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Caller:
    """Who called: a stable, non-secret id of the token, and whether it may write."""

    actor: str
    may_write: bool


class Tokens:
    """The configured bearer tokens, kept as digests and compared in constant time."""

    def __init__(self, read: list[str], write: list[str]) -> None:
        entries: dict[bytes, bool] = {self._digest(t): False for t in read}
        entries.update({self._digest(t): True for t in write})  # write implies read
        self._entries = list(entries.items())

    @staticmethod
    def _digest(token: str) -> bytes:
        return hashlib.sha256(token.encode()).digest()

    def identify(self, token: str) -> Caller | None:
        presented = self._digest(token)
        found: Caller | None = None
        for digest, may_write in self._entries:  # no early exit: same time for every token
            if hmac.compare_digest(digest, presented):
                found = Caller(f"token:{digest.hex()[:12]}", may_write)
        return found


class StreamAborted(Exception):
    """A streamed response failed after it started: the client sees a truncated body."""


def _http_detail(request: web.Request, exc: web.HTTPException) -> str:
    """Detail for aiohttp's own errors (no route, wrong method, body too large)."""
    if exc.status == 404:
        return f"no such route: {request.path}"
    if exc.status == 405:
        allowed = exc.headers.get("Allow", "")
        return f"{request.method} is not allowed here (allowed: {allowed})"
    if exc.status == 413:
        return f"the body is larger than {MAX_BODY} bytes"
    return exc.text or exc.reason


def _challenge(error: str | None = None, scope: str | None = None) -> dict[str, str]:
    value = 'Bearer realm="bouncesink"'
    if error:
        value += f', error="{error}"'
    if scope:
        value += f', scope="{scope}"'
    return {"WWW-Authenticate": value}


class _Api:
    def __init__(
        self, recorder: Recorder, config: ApiConfig, metrics: Metrics, clock: Clock
    ) -> None:
        self.recorder = recorder
        self.store = recorder.store
        self.soft_lapse_days = recorder.policy.soft_lapse_days  # when a soft state is over
        self._metrics = metrics
        self.clock = clock
        self.tokens = Tokens(config.read_tokens, config.write_tokens)

    # -- middleware -------------------------------------------------------------------------

    def authorize(self, request: web.Request, scope: Scope) -> Caller:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiProblem(
                401, "unauthorized", "a bearer token is required", headers=_challenge()
            )
        caller = self.tokens.identify(token.strip())
        if caller is None:
            raise ApiProblem(
                401,
                "unauthorized",
                "the bearer token is not valid",
                headers=_challenge("invalid_token"),
            )
        if scope == "write" and not caller.may_write:
            raise ApiProblem(
                403,
                "forbidden",
                "this token may read but not write",
                headers=_challenge("insufficient_scope", "write"),
            )
        return caller

    @web.middleware
    async def observe(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        start = time.perf_counter()
        response = await handler(request)
        resource = request.match_info.route.resource
        route = resource.canonical if resource is not None else "unmatched"
        seconds = time.perf_counter() - start
        self._metrics.http_request(route, request.method, response.status, seconds)
        return response

    @web.middleware
    async def problems(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiProblem as exc:
            return exc.response()
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            return problem_response(
                exc.status, None, exc.reason, _http_detail(request, exc), exc.headers
            )
        except StreamAborted:
            raise  # the response has started: nothing to answer, the connection is closed
        except (SQLAlchemyError, StoreError, OSError, TimeoutError) as exc:
            log.error("database unavailable path=%s error=%r", request.path, exc)
            return ApiProblem(
                503, "database-unavailable", "the database did not answer; try again later"
            ).response()
        except Exception:
            log.exception("api error method=%s path=%s", request.method, request.path)
            return ApiProblem(500, "internal-error", "internal error").response()

    # -- public -----------------------------------------------------------------------------

    async def healthz(self, request: web.Request) -> web.StreamResponse:
        try:
            async with asyncio.timeout(HEALTH_TIMEOUT):
                await self.store.ping()
        except Exception as exc:
            log.warning("health check failed error=%r", exc)
            raise ApiProblem(
                503, "database-unavailable", f"the database did not answer ({type(exc).__name__})"
            ) from exc
        return web.json_response({"status": "ok", "database": self.store.dialect})

    async def metrics(self, request: web.Request) -> web.StreamResponse:
        try:
            async with asyncio.timeout(HEALTH_TIMEOUT):
                self._metrics.set_pending(await self.store.pending_count())
        except Exception as exc:  # the other metrics are still worth serving
            log.warning("pending count unavailable for metrics error=%r", exc)
        response = web.Response(body=self._metrics.render())
        response.headers["Content-Type"] = self._metrics.content_type
        return response

    async def openapi(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(openapi_document.document())

    # -- suppressions -----------------------------------------------------------------------

    async def _row_json(self, address: str) -> dict[str, Any] | None:
        row = (await self.store.lookup([address])).get(address)
        return (
            suppression_json(row, self.clock(), self.soft_lapse_days) if row is not None else None
        )

    async def get_suppression(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        query_params(request, ())
        address = parse_address(request.match_info["address"])
        body = await self._row_json(address)
        if body is None:
            raise ApiProblem(404, "not-found", f"no record of {address}")
        return web.json_response(body)

    def _filter(self, params: dict[str, str]) -> AddressFilter:
        state = params.get("state", AddressState.SUPPRESSED)
        if state not in STATES:
            raise ApiProblem(
                400, "invalid-parameter", f"state: expected one of {', '.join(STATES)}"
            )
        kind, category = params.get("kind"), params.get("category")
        if kind is not None and kind not in Kind.__members__.values():
            raise ApiProblem(400, "invalid-parameter", f"kind: unknown kind {kind!r}")
        if category is not None and category not in Category.__members__.values():
            raise ApiProblem(400, "invalid-parameter", f"category: unknown category {category!r}")
        since = parse_timestamp("since", params["since"]) if "since" in params else None
        return AddressFilter(
            state=None if state == "any" else state,
            kind=kind,
            category=category,
            since=since,
            soft_lapse_days=self.soft_lapse_days,
        )

    async def list_suppressions(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        params = query_params(request, (*LIST_PARAMS, "limit", "cursor"))
        where = self._filter(params)
        limit = parse_limit(params.get("limit"))
        after = parse_address_cursor(params["cursor"]) if "cursor" in params else None
        now = self.clock()
        rows = await self.store.list_addresses(where, now, limit + 1, after)
        page = rows[:limit]
        next_cursor = address_cursor(page[-1]) if len(rows) > limit else None
        items = [suppression_json(row, now, self.soft_lapse_days) for row in page]
        return web.json_response({"items": items, "next_cursor": next_cursor})

    async def export_suppressions(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        params = query_params(request, (*LIST_PARAMS, "format"))
        fmt = params.get("format", "csv")
        if fmt not in ("csv", "json"):
            raise ApiProblem(400, "invalid-parameter", "format: expected csv or json")
        where = self._filter(params)
        now = self.clock()
        pages = operations.address_pages(self.store, where, now, EXPORT_PAGE)
        first: list[StoredAddress] = await anext(pages, [])  # a failure here is still a 503
        response = web.StreamResponse(
            headers={"Content-Disposition": f'attachment; filename="suppressions.{fmt}"'}
        )
        response.content_type = "text/csv" if fmt == "csv" else "application/json"
        response.charset = "utf-8"
        await response.prepare(request)
        try:
            count = await self._write_export(response, fmt, now, first, pages)
        except Exception as exc:
            log.error("export aborted error=%r", exc)
            raise StreamAborted from exc
        log.info("exported suppressions count=%d format=%s actor=%s", count, fmt, caller.actor)
        return response

    async def _write_export(
        self,
        response: web.StreamResponse,
        fmt: str,
        now: datetime,
        first: list[StoredAddress],
        pages: AsyncIterator[list[StoredAddress]],
    ) -> int:
        """Write every matching row, the first page and the rest; returns how many."""
        count = 0
        await response.write((",".join(CSV_FIELDS) + "\r\n" if fmt == "csv" else "[").encode())
        rows: list[StoredAddress] | None = first
        while rows:
            items = [suppression_json(row, now, self.soft_lapse_days) for row in rows]
            if fmt == "csv":
                chunk = csv_page(items)
            else:
                chunk = (",\n" if count else "\n") + ",\n".join(map(dumps, items))
            await response.write(chunk.encode())
            count += len(rows)
            rows = await anext(pages, None)
        await response.write(b"\n]\n" if fmt == "json" else b"")
        await response.write_eof()
        return count

    async def check_suppressions(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        query_params(request, ())
        body = await json_body(request, required=("addresses",), optional=())
        given = body["addresses"]
        if not isinstance(given, list):
            raise ApiProblem(400, "invalid-body", "addresses: expected a list of addresses")
        if len(given) > MAX_CHECK:
            raise ApiProblem(
                400, "invalid-body", f"addresses: at most {MAX_CHECK} per request, got {len(given)}"
            )
        parsed = [_parsed_or_problem(a, i) for i, a in enumerate(given)]
        found = await self.store.check_addresses([a for a in parsed if not isinstance(a, dict)])
        now = self.clock()
        results: list[dict[str, Any]] = []
        for address in parsed:
            if isinstance(address, dict):  # one bad entry is answered, the batch goes on
                results.append(address)
                continue
            row = found.get(address)
            state = state_at(row, now, self.soft_lapse_days)
            current = row is not None and state == row.state  # not ended by the clock
            results.append(
                {
                    "address": address,
                    "found": row is not None,
                    "state": state.value,
                    "suppression_reason": row.suppression_reason if row and current else None,
                    "expires_at": iso(row.expires_at) if row and current else None,
                }
            )
        return web.json_response({"results": results})

    async def put_suppression(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        query_params(request, ())
        address = parse_address(request.match_info["address"])
        body = await json_body(request, required=(), optional=("note", "expires_at"))
        note = body.get("note")
        if note is not None and (not isinstance(note, str) or len(note) > 2000):
            raise ApiProblem(400, "invalid-body", "note: expected text of at most 2000 characters")
        expires_at = body.get("expires_at")
        now = self.clock()
        if expires_at is not None:
            if not isinstance(expires_at, str):
                raise ApiProblem(400, "invalid-body", "expires_at: expected an ISO 8601 timestamp")
            expires_at = parse_timestamp("expires_at", expires_at, problem="invalid-body")
            if expires_at <= now:
                raise ApiProblem(400, "invalid-body", "expires_at: expected a time in the future")
        existed = await operations.suppress(
            self.recorder, address, now, actor=caller.actor, note=note, expires_at=expires_at
        )
        log.info("manual suppress address=%s actor=%s", address, caller.actor)
        result = await self._row_json(address)
        status = 200 if existed else 201
        headers = {} if existed else {"Location": "/v1/suppressions/" + quote(address, safe="@+")}
        return web.json_response(result, status=status, headers=headers)

    async def delete_suppression(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        params = query_params(request, ("note",))
        address = parse_address(request.match_info["address"])
        found = await operations.unsuppress(
            self.recorder, address, self.clock(), actor=caller.actor, note=params.get("note")
        )
        if not found:
            raise ApiProblem(404, "not-found", f"no record of {address}")
        log.info("manual unsuppress address=%s actor=%s", address, caller.actor)
        return web.json_response(await self._row_json(address))

    # -- evidence ---------------------------------------------------------------------------

    async def list_events(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        params = query_params(request, ("limit", "cursor"))
        address = parse_address(request.match_info["address"])
        limit = parse_limit(params.get("limit"))
        before = parse_event_cursor(params["cursor"]) if "cursor" in params else None
        rows = await self.store.events_page(address, limit + 1, before)
        page = rows[:limit]
        next_cursor = event_cursor(page[-1]) if len(rows) > limit else None
        items = [event_json(row) for row in page]
        return web.json_response({"address": address, "items": items, "next_cursor": next_cursor})

    async def raw_message(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        query_params(request, ())
        text = request.match_info["id"]
        if not text.isdigit() or not 0 < int(text) < 2**63:
            raise ApiProblem(400, "invalid-parameter", f"id: expected a message id, got {text!r}")
        exists, raw = await self.store.raw_message(int(text))
        if not exists:
            raise ApiProblem(404, "not-found", f"no message {text}")
        if raw is None:
            raise ApiProblem(410, "gone", f"message {text} was pruned; its events are kept")
        return web.Response(body=raw, content_type="message/rfc822")

    # -- recipients sent (the rates' denominator) -------------------------------------------

    async def post_sent(self, request: web.Request, caller: Caller) -> web.StreamResponse:
        """A sender's counts of recipients sent per domain and hour. With a `source`, a report
        replaces the source's earlier one for the same domain and hour (sending the same
        report twice counts it once); without one, the counts are added (source "api")."""
        query_params(request, ())
        body = await json_body(request, required=("counts",), optional=("source",))
        source = body.get("source")
        if source is not None and (
            not isinstance(source, str)
            or not _SOURCE.fullmatch(source)
            or source in SentSource.__members__.values()
        ):
            raise ApiProblem(
                400,
                "invalid-body",
                "source: expected 1-64 letters, digits, '_', '.', ':' or '-' "
                f"(not {SentSource.API.value!r} or {SentSource.POLICYD.value!r}), got {source!r}",
            )
        counts = _sent_counts(body["counts"], self.clock())
        name = source or SentSource.API.value
        rows = await self.store.record_sent(counts, name, replace=source is not None)
        recipients = sum(c.sent for c in counts)
        self._metrics.sent(name, recipients)
        log.info(
            "sent counts source=%s rows=%d recipients=%d actor=%s",
            name,
            rows,
            recipients,
            caller.actor,
        )
        return web.json_response(
            {"source": name, "rows": rows, "recipients": recipients, "replaced": source is not None}
        )


_SOURCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_DOMAIN = re.compile(r"(?=.{1,255}$)[a-z0-9_-]+(?:\.[a-z0-9_-]+)+")
MAX_SENT_COUNTS = 10_000  # entries of one POST /v1/sent


def _sent_counts(given: object, now: datetime) -> list[SentCount]:
    """The entries of a POST /v1/sent body, each checked; a problem names the first bad one."""
    if not isinstance(given, list) or not given:
        raise ApiProblem(400, "invalid-body", "counts: expected a non-empty list")
    if len(given) > MAX_SENT_COUNTS:
        raise ApiProblem(
            400, "invalid-body", f"counts: at most {MAX_SENT_COUNTS} entries, got {len(given)}"
        )
    found: list[SentCount] = []
    for index, entry in enumerate(given):
        at = f"counts[{index}]"
        if not isinstance(entry, dict) or set(entry) != {"domain", "hour", "sent"}:
            raise ApiProblem(
                400, "invalid-body", f"{at}: expected an object with domain, hour and sent"
            )
        domain, hour, sent = entry["domain"], entry["hour"], entry["sent"]
        if not isinstance(domain, str) or not _DOMAIN.fullmatch(domain.lower().rstrip(".")):
            raise ApiProblem(
                400, "invalid-body", f"{at}.domain: expected a domain name, got {domain!r}"
            )
        if not isinstance(hour, str):
            raise ApiProblem(400, "invalid-body", f"{at}.hour: expected an ISO 8601 timestamp")
        moment = parse_timestamp(f"{at}.hour", hour, problem="invalid-body").astimezone(UTC)
        if moment > now + timedelta(minutes=5):  # a sender's clock may run a little ahead
            raise ApiProblem(400, "invalid-body", f"{at}.hour: expected a time that has come")
        if isinstance(sent, bool) or not isinstance(sent, int) or not 0 <= sent < 2**53:
            raise ApiProblem(
                400, "invalid-body", f"{at}.sent: expected a whole number of 0 or more"
            )
        found.append(SentCount(domain.lower().rstrip("."), moment, sent))
    return found


def _guard(
    api: _Api, scope: Scope, method: Callable[..., Awaitable[web.StreamResponse]]
) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return await method(request, api.authorize(request, scope))

    return handler


def build_app(
    recorder: Recorder,
    config: ApiConfig,
    metrics: Metrics,
    *,
    clock: Clock = utc_now,
    intake: Sequence[tuple[str, str, Handler]] = (),
    ui: web.Application | None = None,
) -> web.Application:
    """The API application over a store (``recorder.store``), where operators' actions are
    recorded through `recorder`; serve it with :func:`start_api`. `intake`: the ESP webhook
    routes (method, path, handler: :func:`bouncesink.esp.routes`), which check their own
    signatures and need no bearer token. `ui`: the operator's page
    (:func:`bouncesink.ui.build_ui`), mounted at /ui/."""
    api = _Api(recorder, config, metrics, clock)
    if not config.read_tokens and not config.write_tokens:
        log.warning("api has no tokens configured: every /v1 route but the document answers 401")
    app = web.Application(middlewares=[api.observe, api.problems], client_max_size=MAX_BODY)
    for method, path, name, scope in ROUTES:
        target = getattr(api, name)
        handler = target if scope is None else _guard(api, scope, target)
        app.router.add_route(method, path, handler, name=name)
    for method, path, handler in intake:
        app.router.add_route(method, path, handler, name=path.rpartition("/")[2] + "_intake")
    if ui is not None:
        app.add_subapp("/ui", ui)
    return app


async def start_api(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Serve `app` on host:port (0: any free port); returns the runner and the bound port.

    Stop with ``await runner.cleanup()``.
    """
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=10.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    bound = int(runner.addresses[0][1])
    log.info("listening api=%s:%d", host, bound)
    return runner, bound


def _parsed_or_problem(given: object, index: int) -> str | dict[str, Any]:
    """The normalized address, or the bulk check's answer for an entry that is not one."""
    try:
        return parse_address(given, "addresses", index)
    except ApiProblem as problem:
        return {"address": given, "error": problem.detail}
