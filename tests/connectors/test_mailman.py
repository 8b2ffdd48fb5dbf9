"""The mailman connector against a real GNU Mailman 3 core (tests/connectors/mailman_server.py).

Mailman runs once per module, its REST API on 127.0.0.1; each test subscribes addresses of its
own to the module's two lists, and reads back through the REST API what happened to them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..conftest import missing
from . import mailman_server
from .mailman_server import Mailman

DOMAIN = "lists.example.org"


@dataclass(frozen=True)
class Lists:
    mailman: Mailman
    news: str  # list ids
    dev: str


@pytest.fixture(scope="module")
def mailman(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mailman]:
    if not mailman_server.installed():
        missing(
            f"Mailman 3 core (not installed in {mailman_server.venv()}: "
            f"see .ci/run, or set {mailman_server.VENV_ENV})"
        )
    with mailman_server.start(tmp_path_factory.mktemp("mailman")) as server:
        yield server


@pytest.fixture(scope="module")
def lists(mailman: Mailman) -> Lists:
    mailman.create_domain(DOMAIN)
    return Lists(
        mailman, mailman.create_list(f"news@{DOMAIN}"), mailman.create_list(f"dev@{DOMAIN}")
    )


def test_mailman_core_answers_on_loopback(mailman: Mailman) -> None:
    with mailman.client() as c:
        versions = c.get("/system/versions")
        refused = c.get("/system/versions", auth=("restadmin", "wrong"))
    assert versions.status_code == 200
    assert versions.json()["mailman_version"].startswith("GNU Mailman 3.")
    assert refused.status_code == 401
    print(f"Mailman core answered {mailman.started_in:.2f} s after its start")


def test_memberships_are_found_by_address(lists: Lists) -> None:
    mm = lists.mailman
    for list_id in (lists.news, lists.dev):
        mm.subscribe(list_id, "carol@example.com")
    mm.subscribe(lists.news, "dave@example.com")
    with mm.client() as c:
        carol = c.get("/members/find", params={"subscriber": "carol@example.com"}).json()
        dave = c.get("/members/find", params={"subscriber": "dave@example.com"}).json()
    assert sorted(e["list_id"] for e in carol["entries"]) == sorted([lists.news, lists.dev])
    assert [e["list_id"] for e in dave["entries"]] == [lists.news]
    assert mm.delivery_status(lists.dev, "carol@example.com") == "enabled"


def test_stopping_leaves_no_process(tmp_path: Path) -> None:
    if not mailman_server.installed():
        missing("Mailman 3 core")
    with mailman_server.start(tmp_path) as server:
        pgid = _group_of_listener(server)
        assert len(_members(pgid)) >= 2  # master, the REST runner (and its worker)
    deadline = time.monotonic() + 5
    while _members(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _members(pgid) == []


def _group_of_listener(server: Mailman) -> int:
    """The process group of the master whose var_dir is the server's."""
    pid_file = server.var_dir / "master.pid"
    return os.getpgid(int(pid_file.read_text().split()[0]))


def _members(pgid: int) -> list[int]:
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
