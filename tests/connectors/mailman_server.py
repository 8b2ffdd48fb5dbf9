"""A real GNU Mailman 3 core for the tests, its REST API on 127.0.0.1.

Mailman is installed from PyPI into a virtual environment of its own (it pins its own
dependencies), by .ci/run, at ``$BOUNCESINK_MAILMAN_VENV`` (default
``/var/tmp/bouncesink-mailman/venv``). :func:`start` writes a ``mailman.cfg`` into a temporary
folder (var_dir there, a SQLite database, the REST API on a free loopback port served by one
gunicorn worker, the null MTA: no Postfix or Exim needed), runs Mailman's ``master`` in the
foreground with only the REST runner (nothing here receives or sends list mail), waits until
``GET /3.1/system/versions`` answers; at the end it sends master SIGTERM and fails when
anything of its process group had to be killed.

The REST calls below are those of Mailman's own documentation ("Mailman REST API": domains,
lists, membership, preferences), as shipped in the package (``mailman/rest/docs/*.rst``) and
published at https://docs.mailman3.org/projects/mailman/en/latest/src/mailman/rest/docs/.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

VENV_ENV = "BOUNCESINK_MAILMAN_VENV"
DEFAULT_VENV = "/var/tmp/bouncesink-mailman/venv"
ADMIN_USER = "restadmin"
ADMIN_PASS = "restpass-for-tests"
STARTUP_SECONDS = 60

# Runners Mailman starts by default; none is needed to manage lists and members over REST.
IDLE_RUNNERS = (
    "archive",
    "bounces",
    "command",
    "in",
    "lmtp",
    "out",
    "pipeline",
    "retry",
    "task",
    "virgin",
    "digest",
)

CONFIG = """\
[mailman]
layout: tests
site_owner: postmaster@lists.example.org

[paths.tests]
var_dir: {var_dir}

[database]
class: mailman.database.sqlite.SQLiteDatabase
url: sqlite:///$DATA_DIR/mailman.db

[webservice]
hostname: 127.0.0.1
port: {port}
admin_user: {user}
admin_pass: {password}
workers: 1
configuration: {gunicorn_cfg}

[mta]
incoming: mailman.mta.null.NullMTA
"""

# Gunicorn, which serves the REST API: Mailman's own settings (mailman/config/gunicorn.cfg),
# a shorter grace at stop, and no control socket (gunicorn 24 and later make one in $HOME,
# which two Mailman instances would share; older versions ignore the key).
GUNICORN = """\
[gunicorn]
graceful_timeout = 5
timeout = 360
control_socket_disable = true
"""


def venv() -> Path:
    return Path(os.environ.get(VENV_ENV) or DEFAULT_VENV)


def installed() -> bool:
    return (venv() / "bin" / "master").is_file()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Mailman:
    """A running Mailman core: its REST root and an admin client for the test's own calls."""

    url: str  # the REST root, without the API version: http://127.0.0.1:PORT
    username: str
    password: str
    var_dir: Path
    started_in: float  # seconds from the exec of master to the first REST answer
    pgid: int  # master's process group: master, its runners and their workers

    def client(self) -> httpx.Client:
        return httpx.Client(
            base_url=f"{self.url}/3.1", auth=(self.username, self.password), timeout=30
        )

    def log_tail(self, lines: int = 40) -> str:
        path = self.var_dir / "logs" / "mailman.log"
        if not path.exists():
            return "(no mailman.log)"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    # -- the test's own set-up and read-back, through the REST API -----------------------

    def create_domain(self, mail_host: str) -> None:
        with self.client() as c:
            answer = c.post("/domains", data={"mail_host": mail_host})
        assert answer.status_code == 201, answer.text

    def create_list(self, fqdn_listname: str) -> str:
        """The list's list_id (``name.mail.host``)."""
        with self.client() as c:
            answer = c.post("/lists", data={"fqdn_listname": fqdn_listname})
            assert answer.status_code == 201, answer.text
            got = c.get(answer.headers["location"])
        assert got.status_code == 200, got.text
        list_id = got.json()["list_id"]
        assert isinstance(list_id, str)
        return list_id

    def subscribe(self, list_id: str, email: str, **preferences: str) -> str:
        """Subscribe with no confirmation or approval (as an admin does); the member id."""
        data = {
            "list_id": list_id,
            "subscriber": email,
            "pre_verified": "true",
            "pre_confirmed": "true",
            "pre_approved": "true",
            "send_welcome_message": "false",
            **preferences,
        }
        with self.client() as c:
            answer = c.post("/members", data=data)
        assert answer.status_code == 201, answer.text
        return answer.headers["location"].rstrip("/").rsplit("/", 1)[1]

    def delivery_status(self, list_id: str, email: str) -> str:
        """The delivery status in force for a member (member, address, user, system)."""
        with self.client() as c:
            found = c.get("/members/find", params={"subscriber": email, "list_id": list_id})
            assert found.status_code == 200, found.text
            # '*' in a subscriber is a wildcard to Mailman: keep the address itself
            (entry,) = [
                e
                for e in found.json()["entries"]
                if e["email"] == email.lower() and e["role"] == "member"
            ]
            prefs = c.get(f"/members/{entry['member_id']}/all/preferences")
        assert prefs.status_code == 200, prefs.text
        status = prefs.json()["delivery_status"]
        assert isinstance(status, str)
        return status

    def set_delivery_status(self, member_id: str, status: str) -> None:
        with self.client() as c:
            answer = c.patch(f"/members/{member_id}/preferences", data={"delivery_status": status})
        assert answer.status_code == 204, answer.text


def _wait_ready(proc: subprocess.Popen[bytes], url: str, var_dir: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    with httpx.Client(auth=(ADMIN_USER, ADMIN_PASS), timeout=5) as client:
        while True:
            with contextlib.suppress(httpx.TransportError):
                if client.get(f"{url}/3.1/system/versions").status_code == 200:
                    return
            if proc.poll() is not None or time.monotonic() > deadline:
                log = var_dir / "logs" / "mailman.log"
                text = log.read_text(errors="replace") if log.exists() else "(no log)"
                raise AssertionError(f"Mailman did not start (exit {proc.poll()}):\n{text}")
            time.sleep(0.1)


def group_members(pgid: int) -> list[int]:
    """The live (not zombie) processes of a process group."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _stop(proc: subprocess.Popen[bytes]) -> list[str]:
    """SIGTERM to master, which stops its runners; then SIGKILL to whatever of the group
    is left. What had to be killed (nothing when Mailman stopped cleanly)."""
    left: list[str] = []
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            left.append(f"master {proc.pid} (30 s after SIGTERM)")
            proc.kill()
            proc.wait()
    deadline = time.monotonic() + 5
    while group_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left += [f"process {pid}" for pid in group_members(proc.pid)]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    return left


@contextlib.contextmanager
def start(folder: Path) -> Iterator[Mailman]:
    """Mailman core in `folder`, its REST API on a free loopback port, until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    var_dir = folder / "var"
    port = free_port()
    cfg = folder / "mailman.cfg"
    gunicorn_cfg = folder / "gunicorn.cfg"
    gunicorn_cfg.write_text(GUNICORN, encoding="utf-8")
    text = CONFIG.format(
        var_dir=var_dir,
        port=port,
        user=ADMIN_USER,
        password=ADMIN_PASS,
        gunicorn_cfg=gunicorn_cfg,
    )
    text += "".join(f"\n[runner.{name}]\nstart: no\n" for name in IDLE_RUNNERS)
    cfg.write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MAILMAN_"))}
    url = f"http://127.0.0.1:{port}"
    began = time.monotonic()
    with (folder / "master.out").open("wb") as out:
        proc = subprocess.Popen(
            [str(venv() / "bin" / "master"), "-C", str(cfg)],
            cwd=folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_ready(proc, url, var_dir)
        yield Mailman(url, ADMIN_USER, ADMIN_PASS, var_dir, time.monotonic() - began, proc.pid)
    except BaseException:
        _stop(proc)
        raise
    killed = _stop(proc)
    assert not killed, f"Mailman did not stop cleanly on SIGTERM: killed {', '.join(killed)}"
