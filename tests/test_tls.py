"""STARTTLS with a configured certificate, made here for the test."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from pathlib import Path

from .dsn import dsn
from .support import cli, running_daemon, self_signed_certificate, wait_for_state, write_config


def make_certificate(folder: Path) -> tuple[Path, Path]:
    return self_signed_certificate(folder, "mx.bounces.example.org")


def tls_config(tmp_path: Path, extra: str = "") -> Path:
    make_certificate(tmp_path)
    return write_config(
        tmp_path,
        f"sqlite:///{tmp_path}/db.sqlite",
        smtp_extra=f'tls_cert = "cert.pem"\ntls_key = "key.pem"\n{extra}',
    )


def send_tls(host: str, port: int, cert: Path, raw: bytes) -> str:
    context = ssl.create_default_context(cafile=str(cert))
    context.check_hostname = False  # the test certificate names the MX, not 127.0.0.1
    with smtplib.SMTP(host, port, timeout=30) as client:
        client.ehlo()
        assert client.has_extn("starttls")
        client.starttls(context=context)
        client.ehlo()
        client.sendmail("", ["b@bounces.example.org"], raw)
        sock = client.sock
        assert isinstance(sock, ssl.SSLSocket)
        return str(sock.version())


async def test_starttls_session_delivers_a_bounce(tmp_path: Path) -> None:
    config = tls_config(tmp_path, "max_sessions = 1")
    async with running_daemon(config) as d:
        version = await asyncio.to_thread(
            send_tls, d.host, d.port, tmp_path / "cert.pem", dsn("tls@example.com")
        )
        assert version.startswith("TLSv1.")
        info = await wait_for_state(config, "tls@example.com", "suppressed")
        assert info["state"] == "suppressed"
        # the TLS session's slot was given back: max_sessions = 1 still admits another
        await asyncio.sleep(0.1)
        await asyncio.to_thread(
            send_tls, d.host, d.port, tmp_path / "cert.pem", dsn("tls2@example.com", msgid="2")
        )


async def test_require_tls_refuses_mail_in_clear(tmp_path: Path) -> None:
    config = tls_config(tmp_path, "require_tls = true")
    async with running_daemon(config) as d:

        def clear() -> int:
            with smtplib.SMTP(d.host, d.port, timeout=30) as client:
                client.ehlo()
                return client.mail("")[0]

        assert await asyncio.to_thread(clear) == 530


def test_bad_certificate_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "cert.pem").write_text("not a certificate")
    (tmp_path / "key.pem").write_text("not a key")
    config = write_config(
        tmp_path,
        f"sqlite:///{tmp_path}/db.sqlite",
        smtp_extra='tls_cert = "cert.pem"\ntls_key = "key.pem"',
    )
    out = cli("serve", "--config", str(config), timeout=60)
    assert out.returncode == 2
    assert "[smtp].tls_cert" in out.stderr
