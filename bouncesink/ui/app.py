"""The operator's page at /ui/: routes, the session check, login and logout.

Mounted on the API listener (:func:`bouncesink.api.build_app`, ``ui=``): the same tokens
decide who sees (``[api].read_tokens``) and who acts (``[api].write_tokens``). A page asked
without a valid session cookie redirects to the login form; a fragment or a POST without one
is 401. Every POST carries the session's CSRF token and an Origin header naming this host,
else it is 403 (the login form's POST, which has no session yet, needs the Origin).

The cookie is HttpOnly, SameSite=Strict, limited to /ui/, and Secure unless the page is
served over plain http on a loopback name (127.0.0.0/8, ::1, localhost): there the cookie
never leaves the machine, and a browser would not keep a Secure cookie from plain http
anyway (Chromium makes an exception for localhost, Firefox not in every version). Anywhere
else the page must be served over https (a TLS reverse proxy in front of [api].listen):
over plain http a browser refuses the Secure cookie, and the login form says so.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from importlib import resources
from urllib.parse import quote, urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler

from ..api_io import ApiProblem
from ..config import AlertsConfig, ApiConfig
from ..recording import Recorder
from .data import Thresholds
from .html import Html, fmt, page
from .session import COOKIE, SESSION_SECONDS, Session, Sessions
from .views import Views

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
PREFIX = "/ui"
# What may load on a page: our own stylesheet, script and fetches; no frames, no inline code.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
OPEN_PATHS = ("/ui/login", "/ui/login/check", "/ui/static/ui.css", "/ui/static/ui.js")
STATIC = {"ui.css": "text/css", "ui.js": "text/javascript"}


def utc_now() -> datetime:
    return datetime.now(UTC)


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def secure_cookie(request: web.Request) -> bool:
    """Whether the session cookie is marked Secure (see the module's text)."""
    return request.secure or not is_loopback(request.url.host)


def same_origin(request: web.Request) -> bool:
    """The request's Origin names this host (scheme aside: a TLS proxy may stand between)."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    return urlsplit(origin).netloc.lower() == request.host.lower()


def _safe_next(text: str | None) -> str:
    """Where to go after login: a path of the page, never another site."""
    if text and text.startswith(PREFIX + "/") and not text.startswith("//") and "\\" not in text:
        return text
    return PREFIX + "/"


class Ui:
    def __init__(
        self, recorder: Recorder, config: ApiConfig, clock: Clock, thresholds: Thresholds
    ) -> None:
        self.sessions = Sessions(config.read_tokens, config.write_tokens)
        self.clock = clock
        self.views = Views(recorder, clock, thresholds)

    # -- the gate -----------------------------------------------------------------------------

    @web.middleware
    async def gate(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path == PREFIX:
            raise web.HTTPPermanentRedirect(PREFIX + "/")
        if request.path in OPEN_PATHS:
            response = await handler(request)
        else:
            session = self.sessions.read(request.cookies.get(COOKIE), self.clock())
            if session is None:
                if request.method == "GET" and not request.path.startswith("/ui/fragment/"):
                    target = request.path_qs
                    raise web.HTTPSeeOther(f"{PREFIX}/login?next={quote(target, safe='/')}")
                raise ApiProblem(401, "unauthorized", "log in first: no valid session cookie")
            if request.method == "POST":
                await self._check_post(request, session)
            request["session"] = session
            request["csrf"] = self.sessions.csrf(session)
            response = await self._page_or_problem(request, handler)
        response.headers.update(SECURITY_HEADERS)
        return response

    async def _page_or_problem(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """A page that cannot be shown (a bad address, no such message) is a page that says
        why, with the problem's status; fragments and POSTs answer the problem itself."""
        try:
            return await handler(request)
        except (ApiProblem, web.HTTPNotFound) as exc:
            if request.method != "GET" or request.path.startswith("/ui/fragment/"):
                raise
            if isinstance(exc, ApiProblem):
                status, detail = exc.status, exc.detail
            else:
                status, detail = 404, f"nothing at {request.path}"
            return self.views.problem_page(request, status, detail)

    async def _check_post(self, request: web.Request, session: Session) -> None:
        if not same_origin(request):
            raise ApiProblem(403, "forbidden", "the request's Origin is not this page's")
        form = await request.post()
        given = form.get("csrf")
        if not self.sessions.csrf_ok(session, given if isinstance(given, str) else None):
            raise ApiProblem(403, "forbidden", "the form's CSRF token is missing or not valid")
        request["form"] = form

    # -- login and logout ---------------------------------------------------------------------

    def _login_page(self, request: web.Request, notice: Html, status: int = 200) -> web.Response:
        body = page("login.html", notice=notice, next=_safe_next(request.query.get("next")))
        return web.Response(text=body, content_type="text/html", status=status)

    async def login_form(self, request: web.Request) -> web.StreamResponse:
        notice = Html("")
        if request.query.get("bye"):
            notice = Html('<p class="notice ok" role="status">You are logged out.</p>')
        return self._login_page(request, notice)

    async def login(self, request: web.Request) -> web.StreamResponse:
        if not same_origin(request):
            raise ApiProblem(403, "forbidden", "the request's Origin is not this page's")
        form = await request.post()
        token = form.get("token")
        session = self.sessions.login(token, self.clock()) if isinstance(token, str) else None
        next_value = form.get("next")
        target = _safe_next(next_value if isinstance(next_value, str) else None)
        if session is None:
            log.warning("ui login refused peer=%s", request.remote)
            notice = Html('<p class="notice error" role="alert">That token is not valid.</p>')
            return self._login_page(request, notice, status=401)
        log.info("ui login actor=%s write=%s", session.actor, session.may_write)
        response = web.HTTPSeeOther(f"{PREFIX}/login/check?next={quote(target, safe='/')}")
        response.set_cookie(
            COOKIE,
            self.sessions.cookie(session),
            max_age=SESSION_SECONDS,
            path=PREFIX + "/",
            secure=secure_cookie(request),
            httponly=True,
            samesite="Strict",
        )
        return response

    async def login_check(self, request: web.Request) -> web.StreamResponse:
        """Where a login lands: on with the cookie, or why the browser did not keep it."""
        if self.sessions.read(request.cookies.get(COOKIE), self.clock()) is not None:
            raise web.HTTPSeeOther(_safe_next(request.query.get("next")))
        notice = fmt(
            '<p class="notice error" role="alert">The token is valid, but the browser did not '
            "keep the session cookie. Over plain http the cookie is marked Secure (and so "
            "refused) unless the page is reached on 127.0.0.1 or localhost: open {} over "
            "https (a TLS reverse proxy), or through an SSH tunnel to 127.0.0.1.</p>",
            request.host,
        )
        return self._login_page(request, notice, status=401)

    async def logout(self, request: web.Request) -> web.StreamResponse:
        session: Session = request["session"]
        self.sessions.revoke(session, self.clock())
        log.info("ui logout actor=%s", session.actor)
        response = web.HTTPSeeOther(f"{PREFIX}/login?bye=1")
        response.del_cookie(COOKIE, path=PREFIX + "/")
        return response

    async def static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in STATIC:
            raise web.HTTPNotFound()
        data = resources.files(__package__).joinpath("static", name).read_bytes()
        return web.Response(body=data, content_type=STATIC[name], charset="utf-8")


def build_ui(
    recorder: Recorder,
    config: ApiConfig,
    *,
    clock: Clock = utc_now,
    alerts: AlertsConfig | None = None,
) -> web.Application:
    """The page as an aiohttp application, to mount at /ui on the API's; `alerts`: the
    rates that call for the operator (default: [alerts]'s defaults, Amazon SES's levels)."""
    ui = Ui(recorder, config, clock, Thresholds.of(alerts or AlertsConfig()))
    app = web.Application(middlewares=[ui.gate])
    views = ui.views
    routes: list[tuple[str, str, Callable[[web.Request], Awaitable[web.StreamResponse]]]] = [
        ("GET", "/login", ui.login_form),
        ("POST", "/login", ui.login),
        ("GET", "/login/check", ui.login_check),
        ("POST", "/logout", ui.logout),
        ("GET", "/static/{name}", ui.static),
        ("GET", "/", views.overview),
        ("GET", "/fragment/overview", views.overview_fragment),
        ("GET", "/rates", views.rates),
        ("GET", "/addresses", views.addresses),
        ("GET", "/addresses/{address}", views.address),
        ("POST", "/addresses/{address}/suppress", views.suppress),
        ("POST", "/addresses/{address}/unsuppress", views.unsuppress),
        ("GET", "/messages", views.messages),
        ("GET", "/messages/{id}", views.message),
        ("GET", "/messages/{id}/raw", views.raw),
        ("POST", "/messages/{id}/reprocess", views.reprocess),
    ]
    for method, path, handler in routes:
        app.router.add_route(method, path, handler)
    return app
