"""What the daemon keeps in memory: a daemon that takes SMTP alone loads no HTTP server or
client, no metrics library (nothing can scrape them), no ESP webhook code (cryptography), no
Alembic, no command's use cases and no parser in its main process, and its parsing processes
load no SQLAlchemy."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from .support import write_config

HEAVY = [
    "aiohttp",
    "cryptography",
    "alembic",
    "mako",
    "bouncesink.parse",
    "bouncesink.classify",
    "httpx",  # no webhook URL, no list manager: nothing to send
    "prometheus_client",  # no API: no scrape reads the metrics
    "bouncesink.operations",  # the commands' use cases
    "bouncesink.lmtp",  # no [lmtp]
    "bouncesink.policyd",  # no [policyd]
    "sqlalchemy.dialects.postgresql",  # a SQLite database
]

PROBE = textwrap.dedent(
    """
    import asyncio, json, os, signal, sys
    from bouncesink.config import load
    from bouncesink.daemon import serve

    def children():
        found = {}
        for pid in os.listdir("/proc"):
            try:
                stat = open(f"/proc/{pid}/stat").read()
                if int(stat.rpartition(")")[2].split()[1]) != os.getpid():
                    continue
                found[pid] = {
                    "cmdline": open(f"/proc/{pid}/cmdline").read(),
                    "sqlalchemy": "/sqlalchemy/" in open(f"/proc/{pid}/maps").read(),
                }
            except (OSError, ValueError, IndexError):
                continue
        return found

    def ready(host, port):
        loaded = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
        print(json.dumps({"loaded": loaded, "children": children()}), flush=True)
        # once serve() waits for its stop signal
        asyncio.get_running_loop().call_soon(os.kill, os.getpid(), signal.SIGTERM)

    if __name__ == "__main__":
        asyncio.run(serve(load(sys.argv[1]), on_ready=ready))
    """
)


def probe(config: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(config), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=config.parent,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_an_smtp_only_daemon_loads_what_it_uses(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    for start in ("a new database (migrated aside)", "a current database (only checked)"):
        found = probe(config)
        assert found["loaded"] == [], start
        children = found["children"]
        assert isinstance(children, dict)
        parsers = [c for c in children.values() if "spawn_main" in c["cmdline"]]
        assert len(parsers) == 1, children  # [processing] processes = 1
        assert not parsers[0]["sqlalchemy"]


def test_the_api_is_loaded_when_configured(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path}/db.sqlite")
    text = config.read_text().replace('[api]\nlisten = ""', '[api]\nlisten = "127.0.0.1:0"')
    config.write_text(text)
    loaded = probe(config)["loaded"]
    assert isinstance(loaded, list)
    assert "aiohttp" in loaded
    assert "prometheus_client" in loaded  # its metrics are served at GET /metrics
