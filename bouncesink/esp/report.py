"""An ESP's event as a standard report: an RFC 3464 DSN for a failure, an RFC 5965 ARF
feedback report for a complaint. Pure: values in, bytes out.

The webhooks of SES, Mailgun, SendGrid and Postmark each say the same few things in their own
JSON. Written as the report a mail server would have sent, an event goes the way of every
bounce: stored, then parsed and classified by bouncesink's own parser and classifier. The ESP's
own label (its bounce type) travels in an ``X-Bouncesink-Esp-Type`` header, for the reader;
the verdict comes from the status and the remote server's words, as for any DSN.

The bytes depend on the event's fields only (no clock, no random boundary): an ESP that sends
the same event again gives the same bytes, which the store keeps once (its message digest is
unique), so a replayed event records nothing twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from ..codes import first_reply_code, first_status

MAX_TEXT = 2000  # characters kept of one value (a remote reply of a few lines fits)
FOLD_AT = 76

# A diagnostic that names its type already ("smtp; 550 ...", "X-Postfix; ..."): kept as given.
_TYPED_RE = re.compile(r"^\s*(?:smtp|x-[a-z0-9-]+)\s*;", re.I)
_CONTROLS_RE = re.compile(r"[\x00-\x1f\x7f\s]+")
_NAME_TYPE_RE = re.compile(r"^\s*[A-Za-z-]{1,20}\s*;\s*")  # "dns; " / "dsn; " before a host


@dataclass(frozen=True, slots=True)
class Failure:
    """One recipient's failure as the ESP reports it."""

    recipient: str
    status: str | None = None  # the enhanced status code the ESP gives (5.1.1), if any
    diagnostic: str | None = None  # the remote server's reply, or the ESP's reason
    delayed: bool = False  # the ESP will try again (DSN Action: delayed)
    remote_mta: str | None = None


@dataclass(frozen=True, slots=True)
class EspEvent:
    """A bounce (`failures`) or a complaint (`complained`) from one ESP."""

    source: str  # "ses", "mailgun", "sendgrid", "postmark"
    event_id: str  # the ESP's own id of the event
    occurred_at: datetime
    failures: tuple[Failure, ...] = ()
    complained: tuple[str, ...] = ()
    feedback_type: str = "abuse"
    reporting_mta: str | None = None
    original_message_id: str | None = None
    esp_type: str | None = None  # the ESP's own label ("Permanent/General"): a hint only
    user_agent: str = ""  # a complaint's reporter (the feedback loop), when the ESP says


def clean(value: object, limit: int = MAX_TEXT) -> str:
    """One line of text: controls and line breaks become spaces (no header can be injected),
    runs of blanks one space, at most `limit` characters."""
    return _CONTROLS_RE.sub(" ", str(value)).strip()[:limit]


def _ascii(value: str) -> str:
    return value.encode("ascii", "replace").decode("ascii")


def _fold(name: str, value: str) -> str:
    """``Name: value`` folded at blanks to lines of about FOLD_AT characters (RFC 5322)."""
    lines: list[str] = []
    line = f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > FOLD_AT and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " "
        line = f"{line} {word}" if line != " " else f" {word}"
    lines.append(line)
    return "\r\n".join(lines)


def _host(value: str) -> str:
    """A host name for an MTA field, without a type ("dsn; a4-8.smtp-out.amazonses.com")."""
    return _ascii(_NAME_TYPE_RE.sub("", clean(value, 300)))[:255]


def _status(failure: Failure) -> str:
    """The DSN's Status: the ESP's enhanced code, else the one the reply states, else the
    class of the reply code (or of the failure: 4 when the ESP retries, 5 when it gave up)."""
    given = first_status(failure.status) if failure.status else None
    if given:
        return given
    stated = first_status(failure.diagnostic)
    if stated:
        return stated
    reply = first_reply_code(failure.diagnostic)
    if reply is not None and reply >= 400:
        return f"{reply // 100}.0.0"
    return "4.0.0" if failure.delayed else "5.0.0"


def _diagnostic(text: str) -> str:
    return text if _TYPED_RE.match(text) else f"smtp; {text}"


def _common_headers(event: EspEvent, subject: str, report_type: str, boundary: str) -> list[str]:
    identity = hashlib.sha256(f"{event.source}\0{event.event_id}".encode()).hexdigest()[:40]
    headers = [
        f"Date: {format_datetime(event.occurred_at.astimezone(UTC))}",
        f"From: {event.source} webhook <mailer-daemon@{event.source}.esp.invalid>",
        f"Subject: {subject}",
        f"Message-ID: <{identity}@{event.source}.esp.invalid>",
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-replied",
        f"X-Bouncesink-Source: {event.source}",
        _fold("X-Bouncesink-Event-Id", _ascii(clean(event.event_id, 256))),
    ]
    if event.esp_type:
        headers.append(_fold("X-Bouncesink-Esp-Type", _ascii(clean(event.esp_type, 200))))
    headers.append(
        f'Content-Type: multipart/report; report-type={report_type};\r\n\tboundary="{boundary}"'
    )
    return headers


def _original_headers(event: EspEvent, recipients: Sequence[str]) -> list[str]:
    lines = []
    if event.original_message_id:
        mid = _ascii(clean(event.original_message_id, 500)).strip("<>")
        lines.append(f"Message-ID: <{mid}>")
    if recipients:
        lines.append(_fold("To", ", ".join(recipients)))
    return lines


def _boundary(body: str) -> str:
    return "=_bouncesink_" + hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _assemble(headers: list[str], parts: list[tuple[str, list[str]]], boundary: str) -> bytes:
    out = [*headers, "", "This is a MIME-encapsulated message.", ""]
    for content_type, lines in parts:
        out += [f"--{boundary}", content_type, "", *lines, ""]
    out.append(f"--{boundary}--")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def dsn(event: EspEvent) -> bytes:
    """The event's failures as an RFC 3464 delivery status notification."""
    reporting = _host(event.reporting_mta) if event.reporting_mta else ""
    per_message = [f"Reporting-MTA: dns; {reporting or event.source + '.esp.invalid'}"]
    per_message.append(f"Arrival-Date: {format_datetime(event.occurred_at.astimezone(UTC))}")
    records: list[str] = []
    for failure in event.failures:
        records.append("")
        records.append(f"Final-Recipient: rfc822; {failure.recipient}")
        records.append(f"Action: {'delayed' if failure.delayed else 'failed'}")
        records.append(f"Status: {_status(failure)}")
        if failure.remote_mta:
            records.append(f"Remote-MTA: dns; {_host(failure.remote_mta)}")
        if failure.diagnostic and clean(failure.diagnostic):
            records.append(_fold("Diagnostic-Code", _diagnostic(clean(failure.diagnostic))))
    human = f"{event.source} webhook, event {_ascii(clean(event.event_id, 256))}"
    status_lines = per_message + records
    boundary = _boundary("\n".join([human, *status_lines]))
    parts = [
        ("Content-Type: text/plain; charset=us-ascii", [f"Event: {human}."]),
        ("Content-Type: message/delivery-status; charset=utf-8", status_lines),
        (
            "Content-Type: text/rfc822-headers",
            _original_headers(event, [f.recipient for f in event.failures]),
        ),
    ]
    headers = _common_headers(
        event, "Delivery Status Notification (Failure)", "delivery-status", boundary
    )
    return _assemble(headers, parts, boundary)


def arf(event: EspEvent) -> bytes:
    """The event's complaint as an RFC 5965 feedback report (one Original-Rcpt-To each)."""
    feedback_type = _ascii(clean(event.feedback_type, 40)).lower() or "abuse"
    fields = [
        f"Feedback-Type: {feedback_type}",
        f"User-Agent: {_ascii(clean(event.user_agent or event.source + ' webhook', 200))}",
        "Version: 1",
    ]
    fields += [f"Original-Rcpt-To: {address}" for address in event.complained]
    fields.append(f"Arrival-Date: {format_datetime(event.occurred_at.astimezone(UTC))}")
    if event.reporting_mta:
        fields.append(f"Reporting-MTA: dns; {_host(event.reporting_mta)}")
    human = f"{event.source} webhook, event {_ascii(clean(event.event_id, 256))}"
    boundary = _boundary("\n".join([human, *fields]))
    parts = [
        ("Content-Type: text/plain; charset=us-ascii", [f"Event: {human}."]),
        ("Content-Type: message/feedback-report", fields),
        ("Content-Type: text/rfc822-headers", _original_headers(event, list(event.complained))),
    ]
    headers = _common_headers(event, "Complaint report", "feedback-report", boundary)
    return _assemble(headers, parts, boundary)


def message(event: EspEvent) -> bytes:
    """The report an event stands for: a DSN for failures, an ARF report for a complaint."""
    return arf(event) if event.complained else dsn(event)
