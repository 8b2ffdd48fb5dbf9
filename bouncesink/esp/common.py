"""What every ESP's webhook shares: what a request gives (:class:`Batch`), the reading of its
JSON with problems that name the field, and the answers for bad requests.

A request that is not the ESP's documented shape is a 400 problem naming the field; one whose
signature or credentials do not check is a 401 problem, and nothing is recorded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from ..api_io import ApiProblem
from ..errors import AddressError
from ..pipeline import parse_address
from .report import EspEvent


@dataclass
class Batch:
    """What one webhook request said: events to record, and how many were not recorded
    (deliveries, opens, ...). `failed` runs when the events could not be stored."""

    events: list[EspEvent] = field(default_factory=list)
    ignored: int = 0
    note: str | None = None
    failed: Callable[[], None] | None = None


class Intake(Protocol):
    """One ESP's webhook: checks a request and reads its events."""

    name: str

    async def receive(self, body: bytes, headers: Mapping[str, str], now: datetime) -> Batch:
        """The events of an authentic request; raises :class:`ApiProblem` for any other."""
        ...


def unauthorized(detail: str, challenge: str | None = None) -> ApiProblem:
    headers = {"WWW-Authenticate": challenge} if challenge else None
    return ApiProblem(401, "unauthorized", detail, headers=headers)


def invalid(detail: str) -> ApiProblem:
    return ApiProblem(400, "invalid-body", detail)


def json_document(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise invalid(f"the body is not valid JSON: {exc}") from exc


def obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid(f"{where}: expected a JSON object")
    return value


def text(data: Mapping[str, Any], key: str, where: str) -> str:
    """A required, non-empty string field."""
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise invalid(f"{where}.{key}: expected a non-empty string")
    return value


def optional_text(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise invalid(f"{where}.{key}: expected a string")
    return value or None


def items(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    """A required, non-empty list field."""
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise invalid(f"{where}.{key}: expected a non-empty list")
    return value


def address(value: Any, where: str) -> str:
    """A recipient address, normalized; a 400 naming the field if it is not one."""
    if isinstance(value, str):
        try:
            return parse_address(value)
        except AddressError:
            pass
    raise invalid(f"{where}: {value!r} is not an e-mail address")


def iso_time(value: Any, where: str) -> datetime:
    """An ISO 8601 time (``2016-01-27T14:59:38.237Z``); a time without a zone is UTC."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise invalid(f"{where}: expected an ISO 8601 time, got {value!r}")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def unix_time(value: Any, where: str) -> datetime:
    """A Unix time in seconds (an integer, a fraction, or a string of one)."""
    try:
        seconds = float(value) if isinstance(value, int | float | str) else None
        if isinstance(value, bool) or seconds is None:
            raise ValueError
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise invalid(f"{where}: expected a Unix time, got {value!r}") from exc


def fresh(moment: datetime, now: datetime, max_age_seconds: int, what: str) -> None:
    """Refuse a signed timestamp older (or further ahead) than the allowed age: a captured
    request cannot be replayed later."""
    age = abs((now - moment).total_seconds())
    if age > max_age_seconds:
        raise unauthorized(
            f"{what} is {int(age)} s away from now (at most {max_age_seconds} s accepted)"
        )
