"""The daemon serves the HTTP API beside SMTP: a bounce received over SMTP is visible through
the API and counted in /metrics."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx

from .dsn import dsn
from .support import running_daemon, send, wait_for_state, write_config

TOKEN = "read-token-0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_bounce_over_smtp_is_seen_through_the_api(tmp_path: Path) -> None:
    port = free_port()
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    text = config.read_text().replace(
        '[api]\nlisten = ""\n', f'[api]\nlisten = "127.0.0.1:{port}"\nread_tokens = ["{TOKEN}"]\n'
    )
    config.write_text(text)
    async with running_daemon(config) as d:
        await asyncio.to_thread(send, d.host, d.port, dsn("api@example.com"))
        await wait_for_state(config, "api@example.com", "suppressed")
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            unauthorized = await client.get("/v1/suppressions/api@example.com")
            assert unauthorized.status_code == 401
            got = await client.get(
                "/v1/suppressions/api@example.com", headers={"Authorization": f"Bearer {TOKEN}"}
            )
            assert got.status_code == 200
            body = got.json()
            assert (body["state"], body["category"], body["reason"]) == (
                "suppressed",
                "bad-mailbox",
                "userunknown",
            )
            assert (await client.get("/healthz")).status_code == 200
            metrics = (await client.get("/metrics")).text
    assert "bouncesink_messages_received_total 1.0" in metrics
    assert 'bouncesink_records_total{category="bad-mailbox",kind="hard"} 1.0' in metrics
    assert "bouncesink_processing_seconds_count 1.0" in metrics
