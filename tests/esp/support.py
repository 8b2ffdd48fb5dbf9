"""A running bouncesink daemon with ESP webhooks on, and the operator's views of what it
recorded: the HTTP API (state, events) and the `messages` command (stored messages).

The daemon requires signed return paths ([tokens] mode enforce) in every ESP test: an
authenticated webhook's events must count all the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bouncesink.config import load
from bouncesink.daemon import serve
from bouncesink.esp import HttpsGet

from ..support import cli

READ_TOKEN = "esp-read-token-0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Daemon:
    config: Path
    client: httpx.AsyncClient  # base_url: the API listener

    async def post(
        self, esp: str, body: bytes, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        return await self.client.post(
            f"/v1/intake/{esp}",
            content=body,
            headers={"Content-Type": "application/json", **(headers or {})},
        )

    async def state(self, address: str) -> dict[str, Any] | None:
        """The address's suppression record as the API shows it; None when it has none."""
        got = await self.client.get(f"/v1/suppressions/{address}", headers=self._auth)
        if got.status_code == 404:
            return None
        assert got.status_code == 200, got.text
        body = got.json()
        assert isinstance(body, dict)
        return body

    async def events(self, address: str) -> list[dict[str, Any]]:
        got = await self.client.get(f"/v1/addresses/{address}/events", headers=self._auth)
        assert got.status_code == 200, got.text
        items = got.json()["items"]
        assert isinstance(items, list)
        return items

    async def wait_events(self, address: str, count: int = 1) -> list[dict[str, Any]]:
        """The address's events once `count` are recorded (processing is asynchronous)."""
        deadline = time.monotonic() + 15
        while True:
            found = await self.events(address)
            if len(found) >= count or time.monotonic() > deadline:
                return found
            await asyncio.sleep(0.05)

    async def messages(self) -> list[dict[str, Any]]:
        """`bouncesink messages --json`: every stored message, as the operator lists them."""
        proc = await asyncio.to_thread(
            cli, "messages", "--json", "--limit", "1000", "--config", str(self.config)
        )
        assert proc.returncode == 0, proc.stderr
        return [json.loads(line) for line in proc.stdout.splitlines()]

    @property
    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {READ_TOKEN}"}


def write_config(tmp_path: Path, intake: str) -> Path:
    path = tmp_path / "bouncesink.toml"
    path.write_text(
        f"""\
[smtp]
listen = "127.0.0.1:0"
domains = ["bounces.example.org"]
[database]
url = "sqlite:///{tmp_path}/db.sqlite"
[processing]
poll_seconds = 0.5
processes = 0
[api]
listen = "127.0.0.1:{free_port()}"
read_tokens = ["{READ_TOKEN}"]
[tokens]
mode = "enforce"
keys = ["1:esp-tests-token-key-0123"]
signing_key = 1
{intake}
""",
        encoding="utf-8",
    )
    return path


@contextlib.asynccontextmanager
async def esp_daemon(
    tmp_path: Path, intake: str, https_get: HttpsGet | None = None
) -> AsyncIterator[Daemon]:
    """The daemon in this loop, as `bouncesink serve` runs it, with `intake` in its config."""
    config_path = write_config(tmp_path, intake)
    config = load(config_path)
    ready: asyncio.Future[tuple[str, int]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        serve(config, on_ready=lambda h, p: ready.set_result((h, p)), https_get=https_get)
    )
    await asyncio.wait_for(ready, 30)
    base = f"http://{config.api.host}:{config.api.port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            yield Daemon(config_path, client)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
