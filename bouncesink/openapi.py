"""The OpenAPI 3.1 document of the HTTP API, written by hand (served at /v1/openapi.json).

The tests check it against the application: every route and method of :data:`api.ROUTES` is
here with its scope (``x-scope``), and every response the API gives matches the schema
documented for its status.
"""

from __future__ import annotations

import copy
from typing import Any

from . import __version__ as VERSION

JSON = "application/json"
PROBLEM = "application/problem+json"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


_TIME = {"type": "string", "format": "date-time"}
_TIME_OR_NULL = {"type": ["string", "null"], "format": "date-time"}

SCHEMAS: dict[str, Any] = {
    "Problem": {
        "description": "RFC 9457 problem details.",
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string", "description": "urn:bouncesink:problem:SLUG or about:blank"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string", "description": "what was wrong, naming the field"},
        },
    },
    "Health": {
        "type": "object",
        "required": ["status", "database"],
        "additionalProperties": False,
        "properties": {
            "status": {"const": "ok"},
            "database": {"enum": ["sqlite", "postgresql"]},
        },
    },
    "Suppression": {
        "description": "An address's current state and the evidence for it. A suppression "
        "whose expires_at has passed shows as active.",
        "type": "object",
        "additionalProperties": False,
        "required": [
            "address",
            "state",
            "suppression_reason",
            "kind",
            "category",
            "reason",
            "status",
            "diagnostic",
            "soft_score",
            "event_count",
            "suppressed_at",
            "last_event_at",
            "expires_at",
        ],
        "properties": {
            "address": {"type": "string", "format": "email"},
            "state": {"enum": ["active", "soft", "suppressed"]},
            "suppression_reason": {
                "enum": ["hard-bounce", "soft-threshold", "complaint", "manual", "import", None]
            },
            "kind": _nullable("string", description="kind of the deciding event"),
            "category": _nullable("string"),
            "reason": _nullable("string", description="Sisimai reason (userunknown, ...)"),
            "status": _nullable("string", description="RFC 3463 status, e.g. 5.1.1"),
            "diagnostic": _nullable("string"),
            "soft_score": {"type": "integer", "minimum": 0},
            "event_count": {"type": "integer", "minimum": 0},
            "suppressed_at": _TIME_OR_NULL,
            "last_event_at": _TIME_OR_NULL,
            "expires_at": _TIME_OR_NULL,
        },
    },
    "SuppressionList": {
        "type": "object",
        "required": ["items", "next_cursor"],
        "additionalProperties": False,
        "properties": {
            "items": {"type": "array", "items": _ref("Suppression")},
            "next_cursor": _nullable("string", description="pass as cursor; null: last page"),
        },
    },
    "ManualSuppression": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "note": {"type": "string", "maxLength": 2000},
            "expires_at": {**_TIME, "description": "the suppression ends then (future)"},
        },
    },
    "CheckRequest": {
        "type": "object",
        "required": ["addresses"],
        "additionalProperties": False,
        "properties": {
            "addresses": {"type": "array", "maxItems": 10000, "items": {"type": "string"}}
        },
    },
    "CheckResult": {
        "type": "object",
        "required": ["address", "found", "state", "suppression_reason", "expires_at"],
        "additionalProperties": False,
        "properties": {
            "address": {"type": "string", "description": "normalized"},
            "found": {"type": "boolean", "description": "false: never seen, so active"},
            "state": {"enum": ["active", "soft", "suppressed"]},
            "suppression_reason": _nullable("string"),
            "expires_at": _TIME_OR_NULL,
        },
    },
    "CheckError": {
        "type": "object",
        "required": ["address", "error"],
        "additionalProperties": False,
        "description": "an entry that is not an e-mail address (the others are answered)",
        "properties": {
            "address": {"description": "the entry as given"},
            "error": {"type": "string"},
        },
    },
    "CheckResponse": {
        "type": "object",
        "required": ["results"],
        "additionalProperties": False,
        "properties": {
            "results": {
                "type": "array",
                "description": "one per address given, in the same order",
                "items": {"oneOf": [_ref("CheckResult"), _ref("CheckError")]},
            }
        },
    },
    "Event": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "id",
            "message_id",
            "occurred_at",
            "kind",
            "category",
            "reason",
            "rule",
            "action",
            "status",
            "reply_code",
            "diagnostic",
            "remote_mta",
            "source",
            "manual",
            "actor",
            "note",
            "expires_at",
        ],
        "properties": {
            "id": {"type": "integer"},
            "message_id": _nullable("integer", description="GET /v1/messages/{id}/raw"),
            "occurred_at": _TIME,
            "kind": {"type": "string"},
            "category": {"type": "string"},
            "reason": {"type": "string"},
            "rule": {"type": "string", "description": "the classification rule that fired"},
            "action": _nullable("string"),
            "status": _nullable("string"),
            "reply_code": _nullable("integer"),
            "diagnostic": _nullable("string"),
            "remote_mta": _nullable("string"),
            "source": _nullable("string", description="parser module"),
            "manual": {"enum": ["suppress", "unsuppress", "import", None]},
            "actor": _nullable("string"),
            "note": _nullable("string"),
            "expires_at": _TIME_OR_NULL,
        },
    },
    "EventList": {
        "type": "object",
        "required": ["address", "items", "next_cursor"],
        "additionalProperties": False,
        "properties": {
            "address": {"type": "string"},
            "items": {"type": "array", "items": _ref("Event")},
            "next_cursor": _nullable("string"),
        },
    },
    "SentReport": {
        "description": "Recipients a sender sent, per destination domain and hour (the "
        "denominator of the bounce and complaint rates). With a source, a report replaces the "
        "source's earlier one for the same domain and hour, so a report sent twice counts once; "
        "without one, the counts are added (source api).",
        "type": "object",
        "required": ["counts"],
        "additionalProperties": False,
        "properties": {
            "source": {
                "type": "string",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$",
                "description": "the sender's name; not api or policyd",
            },
            "counts": {
                "type": "array",
                "minItems": 1,
                "maxItems": 10000,
                "items": {
                    "type": "object",
                    "required": ["domain", "hour", "sent"],
                    "additionalProperties": False,
                    "properties": {
                        "domain": {"type": "string", "description": "destination domain"},
                        "hour": {
                            **_TIME,
                            "description": "any instant of the hour (2026-12-03T10:00:00Z)",
                        },
                        "sent": {"type": "integer", "minimum": 0},
                    },
                },
            },
        },
    },
    "SentResult": {
        "type": "object",
        "required": ["source", "rows", "recipients", "replaced"],
        "additionalProperties": False,
        "properties": {
            "source": {"type": "string"},
            "rows": {"type": "integer", "description": "(domain, hour) counts written"},
            "recipients": {"type": "integer"},
            "replaced": {
                "type": "boolean",
                "description": "true: the source's earlier counts were replaced",
            },
        },
    },
}

_PROBLEM_CONTENT = {PROBLEM: {"schema": _ref("Problem")}}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": _PROBLEM_CONTENT}


def _json(description: str, schema: str, **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": _ref(schema)}}, **extra}


_AUTH = {
    "401": _problem("no bearer token, or an unknown one (WWW-Authenticate: Bearer)"),
    "503": _problem("the database did not answer"),
}
_BAD = {"400": _problem("a parameter, the address or the body is not valid")}
_TOO_LARGE = {"413": _problem("the body is larger than 8 MiB")}


def _param(name: str, where: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema,
    }


_ADDRESS = _param(
    "address",
    "path",
    "an email address, percent-encoded (%40 for @; + as it is)",
    {"type": "string"},
)
_LIMIT = _param("limit", "query", "page size", {"type": "integer", "minimum": 1, "maximum": 1000})
_CURSOR = _param("cursor", "query", "next_cursor of the previous page (opaque)", {"type": "string"})
_FILTERS = [
    _param(
        "state", "query", "default suppressed", {"enum": ["suppressed", "soft", "active", "any"]}
    ),
    _param("kind", "query", "kind of the deciding event (hard, soft, ...)", {"type": "string"}),
    _param("category", "query", "category (bad-mailbox, ...)", {"type": "string"}),
    _param("since", "query", "last_event_at at or after (ISO 8601 with zone)", _TIME),
]


def _op(name: str, scope: str | None, summary: str, **rest: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": name, "summary": summary, "x-scope": scope}
    if scope is None:
        op["security"] = []
    else:
        op["description"] = f"Needs a {scope} token" + (
            " (write tokens may read)." if scope == "read" else "."
        )
    op.update(rest)
    return op


PATHS: dict[str, Any] = {
    "/healthz": {
        "get": _op(
            "healthz",
            None,
            "The daemon runs and its database answers",
            responses={
                "200": _json("healthy", "Health"),
                "503": _problem("the database did not answer"),
            },
        )
    },
    "/metrics": {
        "get": _op(
            "metrics",
            None,
            "Prometheus metrics (counts only; no token needed)",
            responses={
                "200": {
                    "description": "Prometheus text exposition format 0.0.4",
                    "content": {"text/plain": {"schema": {"type": "string"}}},
                }
            },
        )
    },
    "/v1/openapi.json": {
        "get": _op(
            "openapi",
            None,
            "This document",
            responses={
                "200": {
                    "description": "OpenAPI 3.1",
                    "content": {JSON: {"schema": {"type": "object"}}},
                }
            },
        )
    },
    "/v1/suppressions": {
        "get": _op(
            "list_suppressions",
            "read",
            "List addresses by state, oldest last event first",
            parameters=[*_FILTERS, _LIMIT, _CURSOR],
            responses={"200": _json("one page", "SuppressionList"), **_BAD, **_AUTH},
        )
    },
    "/v1/suppressions/export": {
        "get": _op(
            "export_suppressions",
            "read",
            "The whole filtered list, streamed",
            parameters=[
                *_FILTERS,
                _param("format", "query", "default csv", {"enum": ["csv", "json"]}),
            ],
            responses={
                "200": {
                    "description": "CSV with a header row (Suppression fields), or a JSON array",
                    "content": {
                        "text/csv": {"schema": {"type": "string"}},
                        JSON: {"schema": {"type": "array", "items": _ref("Suppression")}},
                    },
                },
                **_BAD,
                **_AUTH,
            },
        )
    },
    "/v1/suppressions/check": {
        "post": _op(
            "check_suppressions",
            "read",
            "The state of up to 10,000 addresses at once",
            requestBody={"required": True, "content": {JSON: {"schema": _ref("CheckRequest")}}},
            responses={
                "200": _json("one result per address", "CheckResponse"),
                **_BAD,
                **_AUTH,
                **_TOO_LARGE,
            },
        )
    },
    "/v1/suppressions/{address}": {
        "parameters": [_ADDRESS],
        "get": _op(
            "get_suppression",
            "read",
            "One address's state",
            responses={
                "200": _json("the address's record", "Suppression"),
                **_BAD,
                **_AUTH,
                "404": _problem("nothing was ever recorded for this address (it is active)"),
            },
        ),
        "put": _op(
            "put_suppression",
            "write",
            "Suppress an address by hand (actor: the token's id)",
            requestBody={
                "required": False,
                "content": {JSON: {"schema": _ref("ManualSuppression")}},
            },
            responses={
                "200": _json("suppressed (the address had a record)", "Suppression"),
                "201": _json("suppressed (a new record)", "Suppression"),
                **_BAD,
                **_TOO_LARGE,
                **_AUTH,
                "403": _problem("a read token"),
            },
        ),
        "delete": _op(
            "delete_suppression",
            "write",
            "Unsuppress an address by hand",
            parameters=[_param("note", "query", "why", {"type": "string"})],
            responses={
                "200": _json("the address, now active", "Suppression"),
                **_BAD,
                **_AUTH,
                "403": _problem("a read token"),
                "404": _problem("nothing was ever recorded for this address"),
            },
        ),
    },
    "/v1/addresses/{address}/events": {
        "parameters": [_ADDRESS],
        "get": _op(
            "list_events",
            "read",
            "An address's events, newest first (the evidence)",
            parameters=[_LIMIT, _CURSOR],
            responses={"200": _json("one page", "EventList"), **_BAD, **_AUTH},
        ),
    },
    "/v1/messages/{id}/raw": {
        "parameters": [
            _param("id", "path", "a message id (Event.message_id)", {"type": "integer"})
        ],
        "get": _op(
            "raw_message",
            "read",
            "A stored message as received",
            responses={
                "200": {
                    "description": "the raw bytes",
                    "content": {"message/rfc822": {"schema": {"type": "string"}}},
                },
                **_BAD,
                **_AUTH,
                "404": _problem("no such message"),
                "410": _problem("the message's bytes were pruned"),
            },
        ),
    },
    "/v1/sent": {
        "post": _op(
            "post_sent",
            "write",
            "Report recipients sent per destination domain and hour",
            requestBody={"required": True, "content": {JSON: {"schema": _ref("SentReport")}}},
            responses={
                "200": _json("recorded", "SentResult"),
                **_BAD,
                **_TOO_LARGE,
                **_AUTH,
                "403": _problem("a read token"),
            },
        )
    },
}


def document() -> dict[str, Any]:
    """The whole OpenAPI document (a fresh copy: callers may change it)."""
    return copy.deepcopy(
        {
            "openapi": "3.1.0",
            "info": {
                "title": "bouncesink",
                "version": VERSION,
                "description": "Suppression state of the addresses bouncesink has seen bounce. "
                "Errors are RFC 9457 problem details. Unknown query parameters are errors.",
            },
            "components": {
                "schemas": SCHEMAS,
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            },
            "security": [{"bearer": []}],
            "paths": PATHS,
        }
    )
