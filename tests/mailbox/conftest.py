"""A real Dovecot (Debian's dovecot-imapd and dovecot-pop3d) per test, on 127.0.0.1.

The fixture writes its own dovecot.conf in a folder of its own (base_dir, state and log there;
listeners for imap, imaps, pop3 and pop3s on free ports; a certificate made for the test; a
passwd-file with one user; Maildir mail under that folder) and runs ``dovecot -F`` as a
subprocess, stopped with SIGTERM at the end. Dovecot's master must start as root (it drops the
privileges of its processes); the mail is kept as ``nobody``. Without Dovecot, or not as root,
the tests are skipped, and fail under BOUNCESINK_REQUIRE_ALL=1.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import poplib
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..conftest import missing
from ..support import self_signed_certificate

USER = "bounces@example.org"
PASSWORD = "mailbox-pass-7f3a"
PROCESSED = "bouncesink-processed"
NOT_BOUNCES = "bouncesink-not-bounces"

CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
{dh}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = {imap}
  }}
  inet_listener imaps {{
    port = {imaps}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = {pop3}
  }}
  inet_listener pop3s {{
    port = {pop3s}
    ssl = yes
  }}
}}
"""


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass
class Dovecot:
    root: Path
    ports: dict[str, int]
    proc: subprocess.Popen[bytes] | None = None
    user: str = USER
    password: str = PASSWORD
    cert: Path = field(init=False)

    def __post_init__(self) -> None:
        self.cert = self.root / "cert.pem"

    def url(self, scheme: str) -> str:
        return f"{scheme}://127.0.0.1:{self.ports[scheme]}"

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- the server ---------------------------------------------------------------------------

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["dovecot", "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its processes in a group of their own, to stop them all
        )
        deadline = time.monotonic() + 15
        while True:
            try:
                with self.session():
                    return
            except (OSError, imaplib.IMAP4.error):
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    proc = self.proc
                    self.stop()
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise AssertionError(f"dovecot did not start: {err}\n{self.log}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        # SIGTERM to every Dovecot process at once: the master alone lets a session in IDLE
        # live on for ten seconds; a server going away closes its connections now
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything left of it
        if proc.stderr is not None:
            proc.stderr.close()

    # -- a client of the test's own, to put mail in and look ---------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[imaplib.IMAP4_SSL]:
        imap = imaplib.IMAP4_SSL(
            "127.0.0.1", self.ports["imaps"], ssl_context=self.context(), timeout=10
        )
        try:
            imap.login(self.user, self.password)
            yield imap
        finally:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                imap.logout()

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.session() as imap:
            typ, data = imap.append(folder, None, None, raw)
            assert typ == "OK", data

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """The raw messages in a folder ([] if it does not exist), read without \\Seen."""
        with self.session() as imap:
            typ, _ = imap.select(f'"{folder}"', readonly=True)
            if typ != "OK":
                return []
            _, data = imap.uid("SEARCH", "ALL")
            found = []
            for uid in data[0].split():
                _, parts = imap.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
                found += [bytes(p[1]) for p in parts if isinstance(p, tuple)]
            return found

    def pop3_count(self) -> int:
        pop = poplib.POP3_SSL("127.0.0.1", self.ports["pop3s"], context=self.context(), timeout=10)
        try:
            pop.user(self.user)
            pop.pass_(self.password)
            count, _ = pop.stat()
            return int(count)
        finally:
            pop.quit()


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot of the test's own, running; its folder is removed afterwards."""
    if shutil.which("dovecot") is None or shutil.which("openssl") is None:
        missing("Dovecot (Debian packages dovecot-imapd, dovecot-pop3d) and openssl")
    if os.geteuid() != 0:
        missing("root, to start Dovecot's master process")
    # Not under pytest's tmp_path: Dovecot's auth process (user dovecot) reads the passwd-file
    # and the mail user (nobody) its Maildir, and pytest's folders are private to root.
    root = Path(tempfile.mkdtemp(prefix="bouncesink-dovecot-"))
    try:
        root.chmod(0o755)
        nobody = pwd.getpwnam("nobody")
        home = root / "home"
        home.mkdir()
        os.chown(home, nobody.pw_uid, nobody.pw_gid)
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        self_signed_certificate(root, "localhost", "IP:127.0.0.1,DNS:localhost")
        ports = dict(zip(("imap", "imaps", "pop3", "pop3s"), free_ports(4), strict=True))
        dh = Path("/usr/share/dovecot/dh.pem")
        (root / "dovecot.conf").write_text(
            CONF.format(
                root=root,
                uid=nobody.pw_uid,
                gid=nobody.pw_gid,
                dh=f"ssl_dh = <{dh}" if dh.exists() else "",
                **ports,
            )
        )
        server = Dovecot(root, ports)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
