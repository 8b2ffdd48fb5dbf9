"""The ESP webhook routes on the API listener, one per configured ``[intake.NAME]`` table.

A request is read (at most ``[intake].max_body_bytes``), checked and read by its ESP's
:class:`~.common.Intake`, and each event it reports is written as a standard report
(:mod:`.report`) and stored like a message received over SMTP: through the group committer,
durable before the ``200`` answer. What the store cannot take is a ``503`` (the ESP sends the
request again later). Parsing and classifying then happen in the worker, as for any bounce.

Trust: these messages are stored with trust ``authenticated``: the request was signed by the
ESP (or carried its credentials), which is what a signed return path proves for a bounce
received over SMTP, so their events count even when ``[tokens].mode`` requires signed return
paths (see :func:`bouncesink.pipeline.attribute`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from aiohttp import web

from ..api_io import ApiProblem
from ..config import IntakeConfig
from ..pipeline import Incoming
from . import report
from .common import Batch, Intake
from .fetch import HttpsGet, HttpsGetter
from .mailgun import MailgunIntake
from .postmark import PostmarkIntake
from .sendgrid import SendgridIntake
from .ses import SesIntake

log = logging.getLogger(__name__)

Submit = Callable[[Incoming], Awaitable[int]]
Clock = Callable[[], datetime]
Route = tuple[str, str, Callable[[web.Request], Awaitable[web.StreamResponse]]]
TRUST = "authenticated"
RETRY_AFTER = "60"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def intakes(config: IntakeConfig, https_get: HttpsGet | None = None) -> list[Intake]:
    """The configured ESPs (a ConfigError for a key that cannot be used)."""
    found: list[Intake] = []
    if config.ses is not None:
        found.append(SesIntake(config.ses, https_get or HttpsGetter()))
    if config.mailgun is not None:
        found.append(MailgunIntake(config.mailgun))
    if config.sendgrid is not None:
        found.append(SendgridIntake(config.sendgrid))
    if config.postmark is not None:
        found.append(PostmarkIntake(config.postmark))
    return found


def routes(
    config: IntakeConfig,
    submit: Submit,
    *,
    https_get: HttpsGet | None = None,
    clock: Clock = _utc_now,
) -> list[Route]:
    """``POST /v1/intake/NAME`` for each configured ESP.

    `https_get`: how the SES intake fetches signing certificates and confirms subscriptions
    (default :class:`HttpsGetter`: verified HTTPS to the SNS host the URL names, after the host
    check). Tests pass one that reaches a local server; the host check is the same.
    """
    return [
        ("POST", f"/v1/intake/{intake.name}", _Endpoint(intake, submit, config, clock).handle)
        for intake in intakes(config, https_get)
    ]


class _Endpoint:
    def __init__(self, intake: Intake, submit: Submit, config: IntakeConfig, clock: Clock) -> None:
        self._intake = intake
        self._submit = submit
        self._max_body = config.max_body_bytes
        self._clock = clock

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await _read(request, self._max_body)
        now = self._clock()
        batch = await self._intake.receive(body, request.headers, now)
        ids = await self._store(batch, now)
        log.info(
            "esp=%s events=%d ignored=%d messages=%s%s",
            self._intake.name,
            len(batch.events),
            batch.ignored,
            ",".join(map(str, ids)) or "-",
            f" note={batch.note!r}" if batch.note else "",
        )
        answer: dict[str, object] = {"recorded": len(ids), "ignored": batch.ignored}
        if batch.note:
            answer["note"] = batch.note
        return web.json_response(answer)

    async def _store(self, batch: Batch, now: datetime) -> list[int]:
        messages = [
            Incoming(
                raw=report.message(event),
                mail_from="",
                rcpt_to=(),
                received_at=min(event.occurred_at, now),  # the event's time, never ahead
                peer=f"esp:{self._intake.name}",
                trust=TRUST,
            )
            for event in batch.events
        ]
        results = await asyncio.gather(*(self._submit(m) for m in messages), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:  # our own failure: the ESP sends the request again
            if batch.failed is not None:
                batch.failed()
            log.error(
                "esp=%s cannot store events=%d error=%r", self._intake.name, len(messages),
                failures[0],
            )  # fmt: skip
            raise ApiProblem(
                503,
                "store-unavailable",
                "the events could not be stored; send them again later",
                headers={"Retry-After": RETRY_AFTER},
            )
        return [r for r in results if isinstance(r, int)]


async def _read(request: web.Request, limit: int) -> bytes:
    """The body, or 413 when it is over `limit` bytes (read no further than that)."""
    too_large = ApiProblem(413, "too-large", f"the body is larger than {limit} bytes")
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    body = await request.content.read(limit + 1)
    while len(body) <= limit:
        more = await request.content.read(limit + 1 - len(body))
        if not more:
            break
        body += more
    if len(body) > limit:
        raise too_large
    return body
