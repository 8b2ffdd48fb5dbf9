"""Amazon SES notifications sent by e-mail through SNS: a JSON document in the body.

``notificationType`` is Bounce (bouncedRecipients: emailAddress, action, status,
diagnosticCode), Complaint (complainedRecipients, complaintFeedbackType) or Delivery
(delivery.recipients, smtpResponse).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from bouncesink.codes import first_reply_code, first_status
from bouncesink.parse._address import clean_address
from bouncesink.parse._bounds import MAX_RECORDS
from bouncesink.parse._context import Context
from bouncesink.parse.rfc3464 import parse_action
from bouncesink.types import Action, MessageType, RecipientRecord

logger = logging.getLogger(__name__)

NAME = "amazonses"
MESSAGE_TYPE = MessageType.BOUNCE

HINT = '"notificationType"'
ADDRESS_RE = re.compile(r'"emailAddress"\s*:\s*"([^"]+)"')


def detect(ctx: Context) -> list[RecipientRecord] | None:
    for text in ctx.texts:
        at = text.find(HINT)
        if at < 0:
            continue
        start = text.rfind("{", 0, at)
        doc = _load(text[start:] if start >= 0 else text[at:])
        if doc is not None:
            return _records(doc) or None
        addrs = [a for a in (clean_address(x) for x in ADDRESS_RE.findall(text)) if a]
        return [RecipientRecord(recipient=a, action=Action.FAILED, source=NAME) for a in addrs]
    return None


def _load(text: str) -> dict[str, Any] | None:
    end = text.rfind("}")
    body = text[: end + 1]
    for candidate in (body, body.replace("\n ", ""), body.replace("\n", "")):
        try:
            doc = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(doc, dict):
            return doc
    return None


def _records(doc: dict[str, Any]) -> list[RecipientRecord]:
    kind = str(doc.get("notificationType") or doc.get("eventType") or "").lower()
    out: list[RecipientRecord] = []
    if kind == "bounce":
        bounce = doc.get("bounce") or {}
        mta = bounce.get("reportingMTA")
        for rcpt in (bounce.get("bouncedRecipients") or [])[:MAX_RECORDS]:
            if not isinstance(rcpt, dict):
                continue
            diag = str(rcpt.get("diagnosticCode") or "")
            diag = diag.partition(";")[2].strip() if diag.lower().startswith("smtp;") else diag
            out.append(
                RecipientRecord(
                    recipient=clean_address(str(rcpt.get("emailAddress", ""))),
                    action=parse_action(rcpt.get("action")) or Action.FAILED,
                    status=first_status(str(rcpt.get("status") or "")) or first_status(diag),
                    reply_code=first_reply_code(diag),
                    diagnostic=diag or None,
                    reporting_mta=_host(mta),
                    source=NAME,
                )
            )
    elif kind == "complaint":
        complaint = doc.get("complaint") or {}
        ftype = str(complaint.get("complaintFeedbackType") or "abuse")
        for rcpt in (complaint.get("complainedRecipients") or [])[:MAX_RECORDS]:
            if isinstance(rcpt, dict):
                out.append(
                    RecipientRecord(
                        recipient=clean_address(str(rcpt.get("emailAddress", ""))),
                        action=Action.FEEDBACK,
                        feedback_type=ftype,
                        source=NAME,
                    )
                )
    elif kind == "delivery":
        delivery = doc.get("delivery") or {}
        smtp = str(delivery.get("smtpResponse") or "")
        for addr in (delivery.get("recipients") or [])[:MAX_RECORDS]:
            out.append(
                RecipientRecord(
                    recipient=clean_address(str(addr)),
                    action=Action.DELIVERED,
                    status=first_status(smtp),
                    reply_code=first_reply_code(smtp),
                    diagnostic=smtp or None,
                    reporting_mta=_host(delivery.get("reportingMTA")),
                    source=NAME,
                )
            )
    return [r for r in out if r.recipient]


def _host(value: object) -> str | None:
    if not value:
        return None
    text = str(value)
    return text.partition(";")[2].strip() or text if ";" in text else text
