"""The mailman connector against a real GNU Mailman 3 core (tests/connectors/mailman_server.py).

Mailman runs once per module, its REST API on 127.0.0.1, and must stop cleanly on SIGTERM at
the end (mailman_server.start checks); each test subscribes addresses of its own to the
module's two lists, and reads back through the REST API what happened to them.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from bouncesink.config import ConnectorConfig
from bouncesink.connectors import REGISTRY, ConnectorError, Decision, Pushed
from bouncesink.connectors.mailman import Mailman as MailmanConnector
from bouncesink.connectors.sender import auth_of
from bouncesink.store import PushAction, Store
from bouncesink.store.models import OutboxState
from bouncesink.types import SuppressionReason

from ..conftest import missing
from ..dsn import dsn
from ..support import check, cli, running_daemon, send, write_config
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
        # master, the REST runner and its gunicorn worker; all gone after the module, or
        # start() fails the teardown
        assert len(mailman_server.group_members(server.pgid)) >= 3
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


# -- the connector on its own, against the real Mailman ------------------------------------


def connector(mailman: Mailman, url: str = "", password: str = "") -> MailmanConnector:
    config = ConnectorConfig(
        type="mailman",
        url=url or mailman.url,
        username=mailman.username,
        password=password or mailman.password,
    )
    return MailmanConnector(config)


def decision(address: str, action: PushAction = PushAction.SUPPRESS) -> Decision:
    suppress = action is PushAction.SUPPRESS
    return Decision(
        event_id=uuid.uuid4().hex,
        action=action,
        address=address,
        cause=SuppressionReason.HARD_BOUNCE if suppress else None,
        kind="hard" if suppress else None,
        category="bad-mailbox" if suppress else None,
        reason="userunknown" if suppress else None,
        status="5.1.1" if suppress else None,
        diagnostic="550 5.1.1 user unknown" if suppress else None,
        event_at=datetime.now(UTC),
        created_at=datetime.now(UTC),
        message_id=None,
        attempt=1,
    )


async def push(c: MailmanConnector, d: Decision) -> Pushed:
    """As the sender does: the connector's url as base URL, its credentials, no redirects."""
    async with httpx.AsyncClient(
        base_url=c.config.url, auth=auth_of(c), timeout=10, follow_redirects=False
    ) as http:
        return await c.push(d, http)


def unique(name: str) -> str:
    return f"{name}.{uuid.uuid4().hex[:8]}@example.com"


def test_mailman_is_a_registered_connector_type() -> None:
    assert REGISTRY["mailman"] is MailmanConnector


async def test_suppress_and_unsuppress_every_membership(lists: Lists) -> None:
    mm, ann, bob = lists.mailman, unique("ann"), unique("bob")
    for list_id in (lists.news, lists.dev):
        await asyncio.to_thread(mm.subscribe, list_id, ann)
    await asyncio.to_thread(mm.subscribe, lists.news, bob)
    c = connector(mm)

    pushed = await push(c, decision(ann))
    assert (pushed.status_code, pushed.nothing_to_do) == (204, False)
    assert lists.news in (pushed.note or "") and lists.dev in (pushed.note or "")
    assert await statuses(mm, ann, lists.news, lists.dev) == ["by_bounces", "by_bounces"]
    assert await statuses(mm, bob, lists.news) == ["enabled"]

    again = await push(c, decision(ann))  # a repeated push (after a crash) does no harm
    assert again.nothing_to_do and "already by_bounces" in (again.note or "")

    back = await push(c, decision(ann, PushAction.UNSUPPRESS))
    assert (back.status_code, back.nothing_to_do) == (204, False)
    assert await statuses(mm, ann, lists.news, lists.dev) == ["enabled", "enabled"]
    assert await statuses(mm, bob, lists.news) == ["enabled"]


async def test_a_members_own_choice_is_never_overridden(lists: Lists) -> None:
    """by_user (the member's own) and by_moderator stay as they are, both ways."""
    mm, frank = lists.mailman, unique("frank")
    await asyncio.to_thread(mm.subscribe, lists.news, frank)
    await asyncio.to_thread(mm.subscribe, lists.dev, frank, delivery_status="by_user")
    c = connector(mm)
    pushed = await push(c, decision(frank))
    assert "left as it was on " + lists.dev + " (by_user)" in (pushed.note or "")
    assert await statuses(mm, frank, lists.news, lists.dev) == ["by_bounces", "by_user"]
    await push(c, decision(frank, PushAction.UNSUPPRESS))
    assert await statuses(mm, frank, lists.news, lists.dev) == ["enabled", "by_user"]


async def test_an_address_with_no_membership_is_settled(lists: Lists) -> None:
    mm, owner = lists.mailman, unique("owner")
    with mm.client() as client:  # an owner of a list is not a member of it
        answer = client.post(
            "/members", data={"list_id": lists.news, "subscriber": owner, "role": "owner"}
        )
    assert answer.status_code == 201, answer.text
    for address in (unique("nobody"), owner):
        pushed = await push(connector(mm), decision(address))
        assert pushed.nothing_to_do and "member of no list" in (pushed.note or "")


async def test_addresses_are_matched_exactly(lists: Lists) -> None:
    """Mailman folds case, and reads '*' in a subscriber as a wildcard: only the address
    itself is touched. A '+' travels encoded."""
    mm = lists.mailman
    tag = uuid.uuid4().hex[:8]
    plus, star, other = f"a+{tag}@example.com", f"a*{tag}@example.com", f"abc{tag}@example.com"
    for address in (plus, star, other):
        await asyncio.to_thread(mm.subscribe, lists.news, address)
    c = connector(mm)
    await push(c, decision(f"A+{tag}@example.com"))  # the local part as the bounce had it
    assert await statuses(mm, plus, lists.news) == ["by_bounces"]
    await push(c, decision(star))
    assert await statuses(mm, star, lists.news) == ["by_bounces"]
    assert await statuses(mm, other, lists.news) == ["enabled"]


async def test_a_url_with_the_api_version_is_taken_as_it_is(lists: Lists) -> None:
    mm, gil = lists.mailman, unique("gil")
    await asyncio.to_thread(mm.subscribe, lists.dev, gil)
    await push(connector(mm, url=f"{mm.url}/3.1/"), decision(gil))
    assert await statuses(mm, gil, lists.dev) == ["by_bounces"]


async def test_wrong_credentials_and_wrong_url_are_failed_attempts(lists: Lists) -> None:
    mm = lists.mailman
    with pytest.raises(ConnectorError) as refused:
        await push(connector(mm, password="not-the-password"), decision(unique("h")))
    assert refused.value.status_code == 401 and not refused.value.permanent
    assert "REST API authorization failed" in str(refused.value)  # Mailman's own words
    with pytest.raises(ConnectorError) as lost:
        await push(connector(mm, url=f"{mm.url}/mailman/api"), decision(unique("h")))
    assert lost.value.status_code == 404 and not lost.value.permanent
    assert "no Mailman REST API at" in str(lost.value)


async def statuses(mm: Mailman, address: str, *list_ids: str) -> list[str]:
    return [await asyncio.to_thread(mm.delivery_status, lid, address) for lid in list_ids]


# -- end to end: a bounce over SMTP to the daemon, read back in Mailman --------------------


async def wait_for_statuses(
    mm: Mailman, address: str, list_ids: tuple[str, ...], wanted: list[str]
) -> list[str]:
    deadline = time.monotonic() + 60  # processing and pushing are asynchronous
    while True:
        got = await statuses(mm, address, *list_ids)
        if got == wanted or time.monotonic() > deadline:
            return got
        await asyncio.sleep(0.2)


def readme_example(mm: Mailman) -> str:
    """README's Mailman 3 example, pointed at this Mailman (its url and admin password)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("### Mailman 3\n", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    for key, value in (("url", mm.url), ("username", mm.username), ("password", mm.password)):
        example, n = re.subn(rf'^{key} = "[^"]*"', f'{key} = "{value}"', example, flags=re.M)
        assert n == 1, f"README's Mailman 3 example has no {key}"
    return example


async def connector_rows(db_url: str, address: str) -> list[tuple[str | None, str]]:
    """(action, state) of the mailman connector's outbox rows of an address."""
    store = Store.open(db_url)
    try:
        rows = await store.outbox.rows(address)
    finally:
        await store.close()
    return [(r.action, r.state) for r in rows if r.connector == "mailman"]


async def test_a_hard_bounce_reaches_mailman_and_unsuppress_undoes_it(
    lists: Lists, tmp_path: Path
) -> None:
    mm, both = lists.mailman, (lists.news, lists.dev)
    ann, bob, erin = unique("ann"), unique("bob"), unique("erin")
    for list_id in both:
        await asyncio.to_thread(mm.subscribe, list_id, ann)
        await asyncio.to_thread(mm.subscribe, list_id, erin)
    await asyncio.to_thread(mm.subscribe, lists.news, bob)
    db_url = f"sqlite:///{tmp_path}/db.sqlite"
    config = write_config(tmp_path, db_url, readme_example(mm))
    blocked = (erin, "5.7.1", "550 5.7.1 Service unavailable; client host blocked using Spamhaus")
    async with running_daemon(config) as d:
        await asyncio.to_thread(send, d.host, d.port, dsn([blocked], msgid="block"))
        await asyncio.to_thread(send, d.host, d.port, dsn(ann, msgid="hard"))
        wanted = ["by_bounces", "by_bounces"]
        assert await wait_for_statuses(mm, ann, both, wanted) == wanted
        assert await statuses(mm, bob, lists.news) == ["enabled"]
        # the block was recorded (before the hard bounce) and pushed nothing
        _, (ann_state, erin_state) = await asyncio.to_thread(check, config, ann, erin)
        assert (ann_state["state"], ann_state["reason"]) == ("suppressed", "userunknown")
        assert erin_state["found"] is True and erin_state["state"] == "active"
        assert await connector_rows(db_url, erin) == []
        assert await statuses(mm, erin, *both) == ["enabled", "enabled"]

        unsuppress = await asyncio.to_thread(
            cli, "unsuppress", "--config", str(config), "--note", "mailbox fixed", ann
        )
        assert unsuppress.returncode == 0, unsuppress.stderr
        wanted = ["enabled", "enabled"]
        assert await wait_for_statuses(mm, ann, both, wanted) == wanted
    assert await connector_rows(db_url, ann) == [
        ("suppress", OutboxState.DELIVERED),
        ("unsuppress", OutboxState.DELIVERED),
    ]
    assert await statuses(mm, bob, lists.news) == ["enabled"]
