"""Amazon SES through Amazon SNS: ``POST /v1/intake/ses``.

SES publishes bounce and complaint notifications to an SNS topic; the topic has an HTTPS
subscription to this route. Every SNS message is checked before anything else is read:

1. its ``TopicArn`` is one of ``[intake.ses].topic_arns`` (else 403);
2. its ``SigningCertURL`` is ``https://`` on a host matching ``SNS_HOST`` (else 401), and the
   certificate there is fetched (once per URL, then kept) over verified HTTPS;
3. its ``Signature`` is the certificate key's RSA signature, SHA1 for ``SignatureVersion`` 1,
   SHA256 for 2, of the string to sign AWS documents for its ``Type``: "name\\nvalue\\n" for
   Message, MessageId, Subject (when present), Timestamp, TopicArn, Type for a Notification;
   Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type for the confirmations
   (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html).

Then a ``SubscriptionConfirmation`` is confirmed by a GET of its ``SubscribeURL`` (an SNS host
too), a ``Notification`` is read as SES's notification
(https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html): ``Bounce``
(``bouncedRecipients``: emailAddress, status, diagnosticCode; ``feedbackId`` is the event's id)
and ``Complaint`` (``complainedRecipients``) are recorded; ``Delivery`` and the other event
types are acknowledged.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import urllib.parse
from collections import OrderedDict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ..api_io import ApiProblem
from ..config import SesIntakeConfig
from .common import (
    Batch,
    address,
    invalid,
    iso_time,
    items,
    json_document,
    obj,
    optional_text,
    text,
    unauthorized,
)
from .fetch import FetchError, HttpsGet
from .report import EspEvent, Failure

log = logging.getLogger(__name__)

NAME = "ses"
SNS_HOST = re.compile(r"^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$")
SIGNED_FIELDS = {
    "Notification": ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"),
    "SubscriptionConfirmation": (
        "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type",
    ),
    "UnsubscribeConfirmation": (
        "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type",
    ),
}  # fmt: skip
HASHES = {"1": hashes.SHA1, "2": hashes.SHA256}
MAX_CERTIFICATES = 32  # signing certificates kept (SNS has one per region, renewed rarely)


def string_to_sign(message: Mapping[str, Any]) -> bytes:
    """The string SNS signs for a message of its Type (an optional Subject left out)."""
    lines: list[str] = []
    for name in SIGNED_FIELDS[message["Type"]]:
        value = message.get(name)
        if value is None and name == "Subject":
            continue
        if not isinstance(value, str):
            raise invalid(f"{name}: expected a string (it is signed)")
        lines += [name, value]
    return ("\n".join(lines) + "\n").encode()


def sns_url(value: Any, name: str) -> str:
    """An https URL on an Amazon SNS host, or 401: only SNS may sign, and be visited."""
    url = value if isinstance(value, str) else ""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if (
        parts.scheme != "https"
        or parts.username is not None
        or port not in (None, 443)
        or not SNS_HOST.fullmatch(parts.hostname or "")
    ):
        raise unauthorized(f"{name}: not an https URL of an Amazon SNS host: {value!r}")
    return url


class SesIntake:
    """SNS messages of the allowed topics, signature-checked; SES's events in them."""

    name = NAME

    def __init__(self, config: SesIntakeConfig, get: HttpsGet) -> None:
        self._topics = frozenset(config.topic_arns)
        self._confirm = config.confirm_subscriptions
        self._get = get
        self._keys: OrderedDict[str, rsa.RSAPublicKey] = OrderedDict()

    async def receive(self, body: bytes, headers: Mapping[str, str], now: datetime) -> Batch:
        message = obj(json_document(body), "body")
        kind = message.get("Type")
        if kind not in SIGNED_FIELDS:
            raise invalid(f"Type: expected one of {', '.join(SIGNED_FIELDS)}, got {kind!r}")
        topic = text(message, "TopicArn", "body")
        if topic not in self._topics:
            raise ApiProblem(
                403, "forbidden", f"TopicArn: {topic} is not one of [intake.ses].topic_arns"
            )
        await self._verify(message, now)
        if kind == "SubscriptionConfirmation":
            return await self._subscribe(message, topic)
        if kind == "UnsubscribeConfirmation":
            log.warning("ses: the subscription to %s was removed", topic)
            return Batch(note="unsubscribe confirmation noted")
        return read_notification(obj(json_document(message["Message"].encode()), "Message"))

    async def _verify(self, message: Mapping[str, Any], now: datetime) -> None:
        version = message.get("SignatureVersion")
        if version not in HASHES:
            raise unauthorized(f"SignatureVersion: expected 1 or 2, got {version!r}")
        url = sns_url(message.get("SigningCertURL"), "SigningCertURL")
        try:
            signature = base64.b64decode(str(message.get("Signature", "")), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise unauthorized("Signature: not base64") from exc
        signed = string_to_sign(message)
        key = await self._key(url, now)
        try:
            key.verify(signature, signed, padding.PKCS1v15(), HASHES[version]())
        except InvalidSignature as exc:
            raise unauthorized("the SNS signature does not match the signing certificate") from exc

    async def _key(self, url: str, now: datetime) -> rsa.RSAPublicKey:
        key = self._keys.get(url)
        if key is not None:
            return key
        try:
            pem = await self._get(url)
        except FetchError as exc:
            log.error("ses: cannot fetch the signing certificate error=%s", exc)
            if exc.status is not None and 400 <= exc.status < 500:  # SNS has no such certificate
                raise unauthorized(f"SigningCertURL: no certificate there: {url}") from exc
            raise ApiProblem(
                503, "unavailable", "cannot fetch the SNS signing certificate; try again later"
            ) from exc
        try:
            certificate = x509.load_pem_x509_certificate(pem)
        except ValueError as exc:
            raise unauthorized(f"SigningCertURL: not a PEM certificate: {url}") from exc
        if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
            raise unauthorized(f"SigningCertURL: the certificate is not valid now: {url}")
        public = certificate.public_key()
        if not isinstance(public, rsa.RSAPublicKey):
            raise unauthorized(f"SigningCertURL: not an RSA certificate: {url}")
        self._keys[url] = public
        while len(self._keys) > MAX_CERTIFICATES:
            self._keys.popitem(last=False)
        return public

    async def _subscribe(self, message: Mapping[str, Any], topic: str) -> Batch:
        url = sns_url(message.get("SubscribeURL"), "SubscribeURL")
        if not self._confirm:
            log.warning("ses: subscription to %s awaits confirmation: visit %s", topic, url)
            return Batch(note="subscription not confirmed ([intake.ses].confirm_subscriptions)")
        try:
            await self._get(url)
        except FetchError as exc:
            log.error("ses: cannot confirm the subscription topic=%s error=%s", topic, exc)
            raise ApiProblem(
                503, "unavailable", "cannot confirm the subscription; try again later"
            ) from exc
        log.info("ses: subscription confirmed topic=%s", topic)
        return Batch(note="subscription confirmed")


def read_notification(data: dict[str, Any]) -> Batch:
    """SES's notification (or event publishing record): its bounce or complaint."""
    kind = data.get("notificationType") or data.get("eventType")
    if not isinstance(kind, str):
        raise invalid("Message.notificationType: expected a string")
    mail = obj(data.get("mail"), "Message.mail")
    common = mail.get("commonHeaders")
    message_id = (
        optional_text(common, "messageId", "Message.mail.commonHeaders")
        if isinstance(common, dict)
        else None
    )
    if message_id is None and isinstance(mail.get("messageId"), str):
        message_id = f"{mail['messageId']}@email.amazonses.com"
    if kind == "Bounce":
        return Batch([_bounce(obj(data.get("bounce"), "Message.bounce"), message_id)])
    if kind == "Complaint":
        return Batch([_complaint(obj(data.get("complaint"), "Message.complaint"), message_id)])
    return Batch(ignored=1, note=f"{kind} notifications are not recorded")


def _bounce(bounce: dict[str, Any], message_id: str | None) -> EspEvent:
    where = "Message.bounce"
    failures = []
    for index, entry in enumerate(items(bounce, "bouncedRecipients", where)):
        at = f"{where}.bouncedRecipients[{index}]"
        recipient = obj(entry, at)
        failures.append(
            Failure(
                address(recipient.get("emailAddress"), f"{at}.emailAddress"),
                status=optional_text(recipient, "status", at),
                diagnostic=optional_text(recipient, "diagnosticCode", at),
                delayed=optional_text(recipient, "action", at) == "delayed",
                remote_mta=optional_text(bounce, "remoteMtaIp", where),
            )
        )
    label = "/".join(
        t for t in (optional_text(bounce, k, where) for k in ("bounceType", "bounceSubType")) if t
    )
    return EspEvent(
        NAME,
        text(bounce, "feedbackId", where),
        iso_time(bounce.get("timestamp"), f"{where}.timestamp"),
        failures=tuple(failures),
        reporting_mta=optional_text(bounce, "reportingMTA", where),
        original_message_id=message_id,
        esp_type=label or None,
    )


def _complaint(complaint: dict[str, Any], message_id: str | None) -> EspEvent:
    where = "Message.complaint"
    recipients = [
        address(obj(entry, f"{where}.complainedRecipients[{i}]").get("emailAddress"),
                f"{where}.complainedRecipients[{i}].emailAddress")
        for i, entry in enumerate(items(complaint, "complainedRecipients", where))
    ]  # fmt: skip
    return EspEvent(
        NAME,
        text(complaint, "feedbackId", where),
        iso_time(complaint.get("timestamp"), f"{where}.timestamp"),
        complained=tuple(recipients),
        feedback_type=optional_text(complaint, "complaintFeedbackType", where) or "abuse",
        original_message_id=message_id,
        esp_type="Complaint",
        user_agent=optional_text(complaint, "userAgent", where) or "",
    )
