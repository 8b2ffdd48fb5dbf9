"""Every way a bounce comes in ends the same: one daemon, a hard bounce for a different
address by each input — SMTP, LMTP, the pipe command (`bouncesink deliver`), an IMAP mailbox
(a real Dovecot), an ESP webhook (Postmark's, signed by HTTP Basic) — and each address ends
suppressed and reaches the list manager's connector (a local listmonk checking every request
against its documented API, tests/connectors/fakes.py) as the same documented request."""

from __future__ import annotations

import asyncio
import base64
import json
import smtplib
import subprocess
import sys
from pathlib import Path

import httpx

from .connectors import fakes
from .dsn import dsn
from .mailbox.conftest import PROCESSED, Dovecot, dovecot, free_ports  # noqa: F401 (a fixture)
from .support import running_daemon, send, wait_for_state, write_config

RECIPIENT = "b-1@bounces.example.org"
POSTMARK = ("postmark", "hook-password-0123")
SOURCES = ("smtp", "lmtp", "pipe", "imap", "postmark")


def address(source: str) -> str:
    return f"gone-{source}@example.com"


def postmark_bounce(email: str) -> dict[str, object]:
    """A Postmark bounce webhook (postmarkapp.com/developer/webhooks/bounce-webhook)."""
    return {
        "RecordType": "Bounce",
        "ID": 4323372036854775801,
        "Type": "HardBounce",
        "TypeCode": 1,
        "Name": "Hard bounce",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Description": "The server was unable to deliver your message (ex: unknown user, "
        "mailbox not found).",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": email,
        "From": "sender@example.org",
        "BouncedAt": "2026-11-05T16:33:54.9070259Z",
        "Inactive": True,
        "CanActivate": True,
        "Subject": "News",
    }


def config_for(tmp_path: Path, server: Dovecot, listmonk_url: str) -> tuple[Path, int, int]:
    lmtp_port, api_port = free_ports(2)
    (tmp_path / "mailbox.pass").write_text(server.password + "\n")
    extra = (
        f'[lmtp]\nlisten = "127.0.0.1:{lmtp_port}"\n'
        f'[intake.postmark]\nusername = "{POSTMARK[0]}"\npassword = "{POSTMARK[1]}"\n'
        f'[[mailboxes]]\nurl = "{server.url("imaps")}"\nusername = "{server.user}"\n'
        f'password_file = "mailbox.pass"\ntls_ca_file = "{server.cert}"\npoll_seconds = 1\n'
        f'[[connectors]]\ntype = "listmonk"\nurl = "{listmonk_url}"\n'
        f'username = "{fakes.LISTMONK_USER}"\npassword = "{fakes.LISTMONK_TOKEN}"\n'
        "backoff_seconds = 0.05\nmax_backoff_seconds = 0.2\n"
    )
    path = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite", extra)
    api = f'[api]\nlisten = "127.0.0.1:{api_port}"\nread_tokens = ["every-source-read-0123"]\n'
    path.write_text(path.read_text().replace('[api]\nlisten = ""\n', api))
    return path, lmtp_port, api_port


async def test_each_input_ends_as_the_same_suppression_and_push(
    tmp_path: Path,
    dovecot: Dovecot,  # noqa: F811
) -> None:
    async with fakes.serving(fakes.Listmonk()) as listmonk:
        subscribers = {s: listmonk.add_subscriber(address(s)) for s in SOURCES}
        config, lmtp_port, api_port = config_for(tmp_path, dovecot, listmonk.url)
        async with running_daemon(config) as d:
            await asyncio.to_thread(send, d.host, d.port, dsn(address("smtp"), msgid="smtp"))

            def by_lmtp() -> None:
                with smtplib.LMTP("127.0.0.1", lmtp_port, timeout=30) as client:
                    client.sendmail("", [RECIPIENT], dsn(address("lmtp"), msgid="lmtp"))

            await asyncio.to_thread(by_lmtp)
            deliver = ("deliver", "--config", str(config), "--sender", "MAILER-DAEMON")
            piped = await asyncio.to_thread(
                subprocess.run,
                [sys.executable, "-m", "bouncesink.cli", *deliver, "--recipient", RECIPIENT],
                input=dsn(address("pipe"), msgid="pipe"),
                capture_output=True,
                timeout=60,
            )
            assert piped.returncode == 0, piped.stderr
            await asyncio.to_thread(dovecot.append, dsn(address("imap"), msgid="imap"))
            auth = base64.b64encode(":".join(POSTMARK).encode()).decode()
            async with httpx.AsyncClient(timeout=30) as client:
                posted = await client.post(
                    f"http://127.0.0.1:{api_port}/v1/intake/postmark",
                    content=json.dumps(postmark_bounce(address("postmark"))).encode(),
                    headers={"Authorization": f"Basic {auth}", "Content-Type": "application/json"},
                )
            assert posted.status_code == 200, posted.text

            for source in SOURCES:
                info = await wait_for_state(config, address(source), "suppressed")
                assert (info["state"], info["kind"], info["reason"]) == (
                    "suppressed",
                    "hard",
                    "userunknown",
                ), source
            deadline = asyncio.get_running_loop().time() + 20
            while any(s["status"] != "blocklisted" for s in subscribers.values()):
                assert asyncio.get_running_loop().time() < deadline, subscribers
                await asyncio.sleep(0.1)
        assert len(dovecot.messages(PROCESSED)) == 1  # the mailbox's bounce, moved after storing

    posts = [s.json() for s in listmonk.seen if s.path == "/webhooks/bounce"]
    assert sorted(p["email"] for p in posts) == sorted(address(s) for s in SOURCES)
    for post in posts:  # the same documented request, whatever the input
        assert (post["type"], post["source"]) == ("hard", "bouncesink")
        assert json.loads(post["meta"])["reason"] == "userunknown"
