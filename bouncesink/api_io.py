"""What the HTTP API reads and writes: validation of input, problems, cursors (the JSON and
CSV shapes of addresses and events are in :mod:`bouncesink.shapes`).

Every validation failure is an :class:`ApiProblem` whose detail names the parameter or field
that is wrong, e.g. ``'not-an-address' is not an email address (expected local-part@domain)``.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from aiohttp import web

from .errors import AddressError
from .pipeline import address_problem
from .pipeline import parse_address as pipeline_parse_address
from .shapes import iso
from .store import AddressKey, EventKey, StoredAddress, StoredEvent

PROBLEM_TYPE = "urn:bouncesink:problem:"  # + slug; "about:blank" for plain HTTP errors
PROBLEM_TITLES = {
    "unauthorized": "Unauthorized",
    "forbidden": "Forbidden",
    "invalid-address": "Invalid address",
    "invalid-parameter": "Invalid parameter",
    "invalid-body": "Invalid request body",
    "not-found": "Not found",
    "gone": "Gone",
    "database-unavailable": "Database unavailable",
    "internal-error": "Internal error",
}
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def problem_response(
    status: int,
    slug: str | None,
    title: str,
    detail: str,
    headers: Mapping[str, str] | None = None,
) -> web.Response:
    """An RFC 9457 problem details response."""
    body = {
        "type": PROBLEM_TYPE + slug if slug else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    keep = {k: v for k, v in (headers or {}).items() if k.lower() != "content-type"}
    return web.json_response(
        body, status=status, headers=keep, content_type="application/problem+json"
    )


class ApiProblem(Exception):
    """An error answer; the API's middleware turns it into a problem details response."""

    def __init__(
        self, status: int, slug: str, detail: str, *, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.headers = dict(headers or {})

    def response(self) -> web.Response:
        title = PROBLEM_TITLES.get(self.slug, self.slug)
        return problem_response(self.status, self.slug, title, self.detail, self.headers)


# -- input --------------------------------------------------------------------------------------


def parse_address(given: object, name: str = "address", index: int | None = None) -> str:
    """A normalized address (:func:`bouncesink.pipeline.parse_address`), or a 400 problem
    naming the field. `index` is the position in a list field (``addresses[3]``)."""
    field = name if index is None else f"{name}[{index}]"
    return parse_or_problem(given, field)


def parse_or_problem(given: object, field: str) -> str:
    try:
        if isinstance(given, str):
            return pipeline_parse_address(given)
    except AddressError:
        pass
    raise ApiProblem(400, "invalid-address", f"{field}: {address_problem(given)}")


def query_params(request: web.Request, known: Iterable[str]) -> dict[str, str]:
    """The query parameters, each at most once; an unknown one is a 400 naming it."""
    allowed = tuple(known)
    params: dict[str, str] = {}
    for key, value in request.query.items():
        if key not in allowed:
            listing = ", ".join(allowed) if allowed else "none"
            raise ApiProblem(
                400, "invalid-parameter", f"{key}: unknown query parameter (known: {listing})"
            )
        if key in params:
            raise ApiProblem(400, "invalid-parameter", f"{key}: given more than once")
        params[key] = value
    return params


def parse_limit(text: str | None) -> int:
    if text is None:
        return DEFAULT_LIMIT
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise ApiProblem(
            400, "invalid-parameter", f"limit: expected 1 to {MAX_LIMIT}, got {text!r}"
        )
    return int(text)


def parse_timestamp(name: str, text: str, problem: str = "invalid-parameter") -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ApiProblem(
            400,
            problem,
            f"{name}: expected an ISO 8601 timestamp with a time zone "
            f"(2026-11-27T12:00:00Z), got {text!r}",
        )
    return moment


async def json_body(
    request: web.Request, *, required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, Any]:
    """The request's JSON object with exactly the known keys (an empty body is `{}`)."""
    raw = await request.read()
    if not raw.strip():
        data: Any = {}
    else:
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiProblem(400, "invalid-body", f"the body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ApiProblem(400, "invalid-body", "the body must be a JSON object")
    for key in data:
        if key not in required and key not in optional:
            known = ", ".join((*required, *optional))
            raise ApiProblem(400, "invalid-body", f"{key}: unknown field (known: {known})")
    for key in required:
        if key not in data:
            raise ApiProblem(400, "invalid-body", f"{key}: required")
    return data


# -- cursors (opaque to clients: base64url of a JSON array) --------------------------------------


def _encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def _decode_cursor(text: str) -> list[Any]:
    try:
        data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        data = None
    if not isinstance(data, list) or len(data) != 2:
        raise ApiProblem(400, "invalid-parameter", "cursor: not a cursor this API gave out")
    return data


def address_cursor(row: StoredAddress) -> str:
    return _encode_cursor([iso(row.last_event_at), row.address])


def parse_address_cursor(text: str) -> AddressKey:
    at, address = _decode_cursor(text)
    if not isinstance(address, str) or not (at is None or isinstance(at, str)):
        raise ApiProblem(400, "invalid-parameter", "cursor: not a cursor this API gave out")
    return AddressKey(parse_timestamp("cursor", at) if at is not None else None, address)


def event_cursor(row: StoredEvent) -> str:
    return _encode_cursor([iso(row.occurred_at), row.id])


def parse_event_cursor(text: str) -> EventKey:
    at, event_id = _decode_cursor(text)
    if not isinstance(at, str) or not isinstance(event_id, int):
        raise ApiProblem(400, "invalid-parameter", "cursor: not a cursor this API gave out")
    return EventKey(parse_timestamp("cursor", at), event_id)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
