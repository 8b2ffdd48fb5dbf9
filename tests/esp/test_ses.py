"""Amazon SES through SNS into a running daemon, signed exactly as SNS signs.

- SNS message bodies: https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html and
  https://docs.aws.amazon.com/sns/latest/dg/http-subscription-confirmation-json.html
- the string to sign, SignatureVersion 1 (SHA1withRSA) and 2 (SHA256withRSA):
  https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html ("name\\nvalue\\n"
  for Message, MessageId, Subject if present, Timestamp, TopicArn, Type; for the confirmations
  Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type), written again here from
  the documentation rather than taken from bouncesink;
- SES notifications: https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html and
  https://docs.aws.amazon.com/ses/latest/dg/notification-examples.html.

The signing certificate is a self-signed one made here. It is served over HTTPS by a local
server holding a certificate for ``sns.us-east-1.amazonaws.com``; the daemon reaches it through
its ``https_get`` (a resolver that sends that host name to 127.0.0.1, and an SSL context that
trusts the local certificate): the URLs in the messages, and the daemon's check of their host,
are those of production.
"""

from __future__ import annotations

import base64
import json
import socket
import ssl
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from bouncesink.api_io import ApiProblem
from bouncesink.config import SesIntakeConfig
from bouncesink.esp import HttpsGetter
from bouncesink.esp.ses import SesIntake, string_to_sign

from .support import Daemon, esp_daemon

SNS_HOST = "sns.us-east-1.amazonaws.com"
TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-bounces"
OTHER_TOPIC = "arn:aws:sns:us-east-1:123456789012:someone-elses"
CERT_PATH = "/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem"
OTHER_CERT_PATH = "/SimpleNotificationService-0000000000000000000000000000000f.pem"
INTAKE = f'[intake.ses]\ntopic_arns = ["{TOPIC}"]\n'


def certificate(key: rsa.RSAPrivateKey, name: str, *, ca: bool = False) -> x509.Certificate:
    """A self-signed certificate (no CA above it) for `name`."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    return builder.sign(key, hashes.SHA256())


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


# -- signing as SNS does ------------------------------------------------------------------------

NOTIFICATION_FIELDS = ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
CONFIRMATION_FIELDS = (
    "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type",
)  # fmt: skip


def canonical(message: dict[str, Any]) -> bytes:
    names = NOTIFICATION_FIELDS if message["Type"] == "Notification" else CONFIRMATION_FIELDS
    return "".join(f"{n}\n{message[n]}\n" for n in names if n in message).encode()


def sign(message: dict[str, Any], key: rsa.RSAPrivateKey, version: str = "1") -> dict[str, Any]:
    algorithm = hashes.SHA1() if version == "1" else hashes.SHA256()
    signature = key.sign(canonical(message), padding.PKCS1v15(), algorithm)
    return {
        **message,
        "SignatureVersion": version,
        "Signature": base64.b64encode(signature).decode(),
    }


def notification(ses: dict[str, Any], *, topic: str = TOPIC, cert_path: str = CERT_PATH,
                 host: str = SNS_HOST) -> dict[str, Any]:  # fmt: skip
    return {
        "Type": "Notification",
        "MessageId": str(uuid.uuid4()),
        "TopicArn": topic,
        "Message": json.dumps(ses),
        "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "SigningCertURL": f"https://{host}{cert_path}",
        "UnsubscribeURL": f"https://{SNS_HOST}/?Action=Unsubscribe&SubscriptionArn={topic}:1",
    }


def mail(destination: list[str]) -> dict[str, Any]:
    return {
        "timestamp": "2026-11-27T14:59:37.000Z",
        "source": "news@example.org",
        "sourceArn": "arn:aws:ses:us-east-1:123456789012:identity/example.org",
        "sendingAccountId": "123456789012",
        "messageId": "0000014644fe5ef6-9a483358-9170-4cb4-a269-f5dcdf415321-000000",
        "destination": destination,
    }


def bounce(recipients: list[dict[str, str]], kind: str, sub: str, feedback: str) -> dict[str, Any]:
    return {
        "notificationType": "Bounce",
        "bounce": {
            "bounceType": kind,
            "bounceSubType": sub,
            "bouncedRecipients": recipients,
            "timestamp": "2026-11-27T14:59:38.237Z",
            "feedbackId": feedback,
            "reportingMTA": "dsn; a4-8.smtp-out.us-east-1.amazonses.com",
            "remoteMtaIp": "192.0.2.25",
        },
        "mail": mail([r["emailAddress"] for r in recipients]),
    }


# -- the local SNS host ---------------------------------------------------------------------------


@dataclass
class SnsHost:
    """Serves signing certificates and answers ConfirmSubscription; keeps what was asked."""

    certificates: dict[str, bytes]
    asked: list[str] = field(default_factory=list)
    port: int = 0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.asked.append(request.path_qs)
        if request.path in self.certificates:
            return web.Response(body=self.certificates[request.path])
        if request.query.get("Action") == "ConfirmSubscription":
            return web.Response(
                text="<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>"
                f"{request.query['TopicArn']}:1</SubscriptionArn></ConfirmSubscriptionResult>"
                "</ConfirmSubscriptionResponse>",
                content_type="text/xml",
            )
        return web.Response(status=404, text="<Error><Code>NotFound</Code></Error>")


class ToLoopback(AbstractResolver):
    """Every host name resolves to the local SNS host."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(hostname=host, host="127.0.0.1", port=self.port,
                          family=socket.AF_INET, proto=0, flags=socket.AI_NUMERICHOST)
        ]  # fmt: skip

    async def close(self) -> None:
        return None


@dataclass
class Setup:
    key: rsa.RSAPrivateKey
    other_key: rsa.RSAPrivateKey
    sns: SnsHost
    getter: HttpsGetter


@pytest.fixture
async def setup(tmp_path: Path) -> AsyncIterator[Setup]:
    key, other_key, tls_key = new_key(), new_key(), new_key()
    pem = certificate(key, SNS_HOST).public_bytes(serialization.Encoding.PEM)
    other_pem = certificate(other_key, SNS_HOST).public_bytes(serialization.Encoding.PEM)
    sns = SnsHost({CERT_PATH: pem, OTHER_CERT_PATH: other_pem})
    tls_cert = certificate(tls_key, SNS_HOST, ca=True)
    cert_file, key_file = tmp_path / "sns-tls.pem", tmp_path / "sns-tls.key"
    cert_file.write_bytes(tls_cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        tls_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server_ssl = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ssl.load_cert_chain(cert_file, key_file)
    app = web.Application()
    app.router.add_get("/{tail:.*}", sns.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_ssl)
    await site.start()
    sns.port = int(runner.addresses[0][1])
    client_ssl = ssl.create_default_context(cafile=str(cert_file))
    getter = HttpsGetter(ssl_context=client_ssl, resolver=ToLoopback(sns.port))
    try:
        yield Setup(key, other_key, sns, getter)
    finally:
        await runner.cleanup()


async def post(d: Daemon, message: dict[str, Any]) -> int:
    body = json.dumps(message).encode()
    headers = {"x-amz-sns-message-type": message["Type"], "Content-Type": "text/plain"}
    return (await d.post("ses", body, headers)).status_code


def test_the_string_to_sign_is_the_documented_one() -> None:
    """The example of AWS's page, field for field."""
    message = {
        "Type": "Notification",
        "Message": "My Test Message",
        "MessageId": "4d4dc071-ddbf-465d-bba8-08f81c89da64",
        "Subject": "My subject",
        "Timestamp": "2019-01-31T04:37:04.321Z",
        "TopicArn": "arn:aws:sns:us-east-2:123456789012:s4-MySNSTopic-1G1WEFCOXTC0P",
    }
    expected = (
        "Message\nMy Test Message\nMessageId\n4d4dc071-ddbf-465d-bba8-08f81c89da64\n"
        "Subject\nMy subject\nTimestamp\n2019-01-31T04:37:04.321Z\n"
        "TopicArn\narn:aws:sns:us-east-2:123456789012:s4-MySNSTopic-1G1WEFCOXTC0P\n"
        "Type\nNotification\n"
    )
    assert string_to_sign(message) == expected.encode() == canonical(message)


async def test_ses_subscription_bounces_and_complaints(tmp_path: Path, setup: Setup) -> None:
    async with esp_daemon(tmp_path, INTAKE, setup.getter) as d:
        subscribe_url = (
            f"https://{SNS_HOST}/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token=2336412f37fb"
        )
        confirmation = {
            "Type": "SubscriptionConfirmation",
            "MessageId": str(uuid.uuid4()),
            "Token": "2336412f37fb",
            "TopicArn": TOPIC,
            "Message": f"You have chosen to subscribe to the topic {TOPIC}.\nTo confirm the "
            "subscription, visit the SubscribeURL included in this message.",
            "SubscribeURL": subscribe_url,
            "Timestamp": "2026-11-27T14:50:00.000Z",
            "SigningCertURL": f"https://{SNS_HOST}{CERT_PATH}",
        }
        assert await post(d, sign(confirmation, setup.key)) == 200
        assert f"/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token=2336412f37fb" in (
            setup.sns.asked
        )

        hard = bounce(
            [{"emailAddress": "gone@example.com", "action": "failed", "status": "5.1.1",
              "diagnosticCode": "smtp; 550 5.1.1 <gone@example.com>: Recipient address "
              "rejected: User unknown in virtual mailbox table"}],
            "Permanent", "General", "feedback-hard-1",
        )  # fmt: skip
        hard_message = sign(notification(hard), setup.key, "1")
        assert await post(d, hard_message) == 200
        # SES calls it Permanent/General; the remote server blames our sending IP.
        blocked = bounce(
            [{"emailAddress": "listed@example.com", "action": "failed", "status": "5.7.1",
              "diagnosticCode": "smtp; 550 5.7.1 blocked by spamhaus"}],
            "Permanent", "General", "feedback-block-1",
        )  # fmt: skip
        assert await post(d, sign(notification(blocked), setup.key, "2")) == 200
        complaint = {
            "notificationType": "Complaint",
            "complaint": {
                "userAgent": "ExampleCorp Feedback Loop (V0.01)",
                "complainedRecipients": [{"emailAddress": "angry@example.com"}],
                "complaintFeedbackType": "abuse",
                "arrivalDate": "2026-11-27T14:59:38.237Z",
                "timestamp": "2026-11-27T14:59:38.237Z",
                "feedbackId": "feedback-complaint-1",
            },
            "mail": mail(["angry@example.com"]),
        }
        assert await post(d, sign(notification(complaint), setup.key, "2")) == 200
        delivery = {
            "notificationType": "Delivery",
            "delivery": {"timestamp": "2026-11-27T14:59:38.237Z", "recipients": ["ok@example.com"],
                         "smtpResponse": "250 ok", "reportingMTA": "a8-70.smtp-out.amazonses.com"},
            "mail": mail(["ok@example.com"]),
        }  # fmt: skip
        assert await post(d, sign(notification(delivery), setup.key)) == 200

        # The same notification again (SNS retries with the same MessageId), and the same
        # SES event in a new SNS message: one message, one event.
        assert await post(d, hard_message) == 200
        assert await post(d, sign(notification(hard), setup.key, "2")) == 200

        (event,) = await d.wait_events("gone@example.com")
        assert (event["kind"], event["reason"], event["status"]) == ("hard", "userunknown", "5.1.1")
        state = await d.state("gone@example.com")
        assert state is not None and state["state"] == "suppressed"

        (event,) = await d.wait_events("listed@example.com")
        assert (event["kind"], event["category"]) == ("block", "spam-related")
        state = await d.state("listed@example.com")
        assert state is None or state["state"] != "suppressed"

        (event,) = await d.wait_events("angry@example.com")
        state = await d.state("angry@example.com")
        assert state is not None
        assert (state["state"], state["suppression_reason"]) == ("suppressed", "complaint")

        assert await d.state("ok@example.com") is None
        assert len(await d.messages()) == 3
        assert setup.sns.asked.count(CERT_PATH) == 1  # fetched once, then kept


async def test_ses_forgeries_record_nothing(tmp_path: Path, setup: Setup) -> None:
    async with esp_daemon(tmp_path, INTAKE, setup.getter) as d:
        event = bounce(
            [{"emailAddress": "victim@example.com", "status": "5.1.1",
              "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
            "Permanent", "General", "feedback-forged",
        )  # fmt: skip
        good = sign(notification(event), setup.key)
        tampered = {**good, "Message": good["Message"].replace("5.1.1", "5.1.2")}
        assert await post(d, tampered) == 401
        # Signed by another key than the certificate's at SigningCertURL.
        assert await post(d, sign(notification(event), setup.other_key)) == 401
        # A real SNS certificate (another topic's, say) does not make a wrong signature good.
        other = sign(notification(event, cert_path=OTHER_CERT_PATH), setup.key)
        assert await post(d, other) == 401
        # A topic that is not ours, signed all right.
        assert await post(d, sign(notification(event, topic=OTHER_TOPIC), setup.key)) == 403
        # Certificates from anywhere but an SNS host over https are not fetched.
        for host in (
            f"127.0.0.1:{setup.sns.port}",
            "sns.us-east-1.amazonaws.com.attacker.example",
            "sns.us-east-1.amazonaws.com@attacker.example",
            "attacker.example/sns.us-east-1.amazonaws.com",
            "sns.us-east-1.amazonaws.com:8443",
        ):
            forged = sign(notification(event, host=host), setup.key)
            assert await post(d, forged) == 401, host
        # A path of the SNS host where no certificate is (404): refused, nothing fetched.
        nowhere = sign(notification(event, cert_path="/SimpleNotificationService-0.pem"), setup.key)
        assert await post(d, nowhere) == 401
        plain = sign(notification(event), setup.key)
        plain["SigningCertURL"] = plain["SigningCertURL"].replace("https:", "http:")
        assert await post(d, plain) == 401
        unsigned = notification(event)
        assert await post(d, unsigned) == 401
        assert (await d.post("ses", b"{not json")).status_code == 400
        shapeless = sign(notification({"notificationType": "Bounce", "mail": mail([])}), setup.key)
        assert await post(d, shapeless) == 400

        # Nothing was asked of another host.
        assert setup.sns.asked == [CERT_PATH, OTHER_CERT_PATH, "/SimpleNotificationService-0.pem"]
        assert await d.events("victim@example.com") == []
        assert await d.state("victim@example.com") is None
        assert await d.messages() == []


async def test_an_sns_host_that_does_not_answer_is_a_503(setup: Setup) -> None:
    """Our own trouble reaching SNS: the notification is not refused, SNS sends it again."""
    closed = HttpsGetter(ssl_context=ssl.create_default_context(), resolver=ToLoopback(1))
    intake = SesIntake(SesIntakeConfig(topic_arns=[TOPIC]), closed)
    message = sign(notification(mail([])), setup.key)
    with pytest.raises(ApiProblem) as caught:
        await intake.receive(json.dumps(message).encode(), {}, datetime.now(UTC))
    assert caught.value.status == 503
