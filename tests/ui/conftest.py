"""A real `bouncesink serve` that received real bounces over SMTP, and a real headless
Chromium (Debian's chromium and chromium-driver, driven by selenium) to look at its page.

Both are started once per module. Without chromium or chromium-driver the browser tests are
skipped, and fail under BOUNCESINK_REQUIRE_ALL=1 (.ci/run installs both).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import smtplib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bouncesink.cli import main

from ..conftest import DATA, missing
from ..support import ServeProcess, serve_process, write_config

READ_TOKEN = "ui-read-token-5b1e0c9a"
WRITE_TOKEN = "ui-write-token-8d27f4e3"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
# A name that is not a loopback one, resolved by Chromium alone to 127.0.0.1: the page
# reached as a remote operator would reach it over plain http.
REMOTE_NAME = "bouncesink.test"
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromedriver")


def nested(depth: int) -> bytes:
    """A report nested `depth` multiparts deep: the parser gives up on it ("message nested
    too deeply"), so it is kept and listed as unparsable with that error."""
    part = b"Content-Type: text/plain\r\n\r\nx\r\n"
    for i in range(depth):
        b = b"b%d" % i
        part = (
            b'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"\r\n'
            b"\r\n--%s\r\n%s\r\n--%s--\r\n" % (b, b, part, b)
        )
    head = b"From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n"
    return head + part


UNPARSABLE = nested(1000)


@dataclass
class Site:
    serve: ServeProcess
    config: Path
    base: str  # http://127.0.0.1:PORT
    port: int
    hard_addresses: list[str]  # addresses that bounces of tests/data suppressed (hard)

    def cli_many(self, *commands: tuple[str, ...]) -> list[str]:
        return [self.cli_text(*args) for args in commands]

    def cli_json(self, *args: str) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.cli_text(*args, "--json").splitlines()]

    def cli_text(self, *args: str) -> str:
        """What `bouncesink ARGS` prints: the command's own main(), run in this process (a
        process of its own costs a second or more of start-up on a busy machine)."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*args, "--config", str(self.config)])
        assert status in (0, 1), err.getvalue()
        return out.getvalue()


def _api_port(log: Path) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if "listening api=" in text:
            return int(text.split("listening api=")[1].split()[0].rpartition(":")[2])
        time.sleep(0.05)
    raise AssertionError(f"the API did not start:\n{log.read_text(errors='replace')}")


def _send_corpus(host: str, port: int) -> int:
    """Every bounce of tests/data, and one unparsable message, in one SMTP session."""
    files = sorted(DATA.glob("*.eml"))
    with smtplib.SMTP(host, port, timeout=60) as client:
        for path in files:
            client.sendmail("", ["b-1@bounces.example.org"], path.read_bytes())
        client.sendmail("", ["b-1@bounces.example.org"], UNPARSABLE)
    return len(files) + 1


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("ui")
    config = write_config(root, f"sqlite:///{root}/db.sqlite")
    text = config.read_text().replace(
        '[api]\nlisten = ""\n',
        f'[api]\nlisten = "127.0.0.1:0"\nread_tokens = ["{READ_TOKEN}"]\n'
        f'write_tokens = ["{WRITE_TOKEN}"]\n'
        "[alerts]\ninterval_seconds = 0.5\n",  # rates judged twice a second, not a minute
    )
    config.write_text(text)
    with serve_process(config) as serve:
        port = _api_port(serve.log)
        sent = _send_corpus(serve.host, serve.port)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        headers = {"Authorization": f"Bearer {READ_TOKEN}"}
        while True:  # processing is asynchronous: wait until nothing is pending
            metrics = _metrics(httpx.get(f"{base}/metrics").text)
            received = metrics.get("bouncesink_messages_received_total", 0)
            if received >= sent and metrics.get("bouncesink_pending_messages") == 0:
                break
            assert time.monotonic() < deadline, metrics
            time.sleep(0.2)
        listed = httpx.get(
            f"{base}/v1/suppressions", params={"kind": "hard", "limit": "3"}, headers=headers
        ).json()
        yield Site(serve, config, base, port, [item["address"] for item in listed["items"]])


def _metrics(text: str) -> dict[str, float]:
    """Prometheus' text format: the samples without labels, by name."""
    found = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if line and not line.startswith("#") and "{" not in name:
            found[name] = float(value)
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not all(shutil.which(p) for p in CHROMIUM):
        missing("Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium (the test extra)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM[0]
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--host-resolver-rules=MAP {REMOTE_NAME} 127.0.0.1",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(CHROMIUM[1]))
    driver.set_page_load_timeout(30)
    driver.implicitly_wait(5)  # an element looked for may come with the next page
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
