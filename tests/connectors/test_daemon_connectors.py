"""The daemon as operators run it, with [[connectors]] for listmonk, Mautic and Keila (local
stand-ins of their APIs, tests/connectors/fakes.py) and a webhook: bounces arrive over real
SMTP, an operator unsuppresses with the `bouncesink` command, and each list manager gets
exactly the requests its documentation describes, at least once, and nothing for a block or
a lone soft failure; one that answers 500 is retried, one that hangs delays no other."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from bouncesink.store import Store

from ..dsn import dsn
from ..support import cli, running_daemon, send, wait_for_state, write_config
from . import fakes

CAMPAIGN = "5c0a1f5e-8f43-4d0e-9a51-0d4a4f4e7d11"


def _connectors(**urls: str) -> str:
    """[[connectors]] tables for the fakes, retrying fast; a "down" one times out soon."""
    tables = []
    for name, url in urls.items():
        kind = name.split("_")[0]
        creds = {
            "listmonk": f'username = "{fakes.LISTMONK_USER}"\npassword = "{fakes.LISTMONK_TOKEN}"',
            "mautic": f'username = "{fakes.MAUTIC_USER}"\npassword = "{fakes.MAUTIC_PASSWORD}"',
            "keila": f'token = "{fakes.KEILA_TOKEN}"',
        }[kind]
        tables.append(
            f'[[connectors]]\ntype = "{kind}"\nname = "{name}"\nurl = "{url}"\n{creds}\n'
            f"timeout_seconds = 2\nbackoff_seconds = 0.05\nmax_backoff_seconds = 0.2\n"
        )
    return "\n".join(tables)


async def eventually(check: Callable[[], bool], what: str, limit: float = 15) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while True:
        if check():
            return
        assert loop.time() < deadline, f"not within {limit} s: {what}"
        await asyncio.sleep(0.05)


async def test_daemon_pushes_suppressions_and_unsuppresses_to_each_list_manager(
    tmp_path: Path, sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every line the daemon logs, httpx's requests included
    async with (
        fakes.serving(fakes.Listmonk(fail_next=[500])) as listmonk,
        fakes.serving(fakes.Mautic()) as mautic,
        fakes.serving(fakes.Keila()) as keila,
        fakes.serving(fakes.Keila(hang=True)) as down,
        fakes.serving(fakes.Hook()) as hook,
    ):
        sub = listmonk.add_subscriber("gone@example.com")
        contact = mautic.add_contact("gone@example.com")
        person = keila.add_contact("gone@example.com")
        for fake in (listmonk, mautic, keila):  # the other addresses are known there too
            for address in ("blocked@example.com", "full@example.com"):
                getattr(fake, "add_subscriber", getattr(fake, "add_contact", None))(address)
        extra = (
            _connectors(
                listmonk=listmonk.url, mautic=mautic.url, keila=keila.url, keila_down=down.url
            )
            + f'\n[webhooks]\nurls = ["{hook.url}/hook"]\nsecret = "s3cret-for-webhook-tests"\n'
        )
        config = write_config(tmp_path, sqlite_url, extra)
        block = dsn([("blocked@example.com", "5.7.1", "550 5.7.1 Message rejected as spam")])
        soft = dsn([("full@example.com", "4.2.2", "552 4.2.2 Mailbox full")], msgid="2")
        hard = dsn("gone@example.com", msgid="3").replace(
            b"Subject: News\r\n",
            f"Subject: News\r\nX-Listmonk-Campaign: {CAMPAIGN}\r\n"
            f"X-Listmonk-Subscriber: {sub['uuid']}\r\n".encode(),
        )
        async with running_daemon(config) as d:
            for raw in (block, soft, hard):
                await asyncio.to_thread(send, d.host, d.port, raw)
            await wait_for_state(config, "gone@example.com", "suppressed")
            await wait_for_state(config, "full@example.com", "soft")
            await eventually(lambda: sub["status"] == "blocklisted", "listmonk blocklisted")
            await eventually(lambda: mautic.email_dnc(contact["id"]) != [], "mautic DNC")
            await eventually(lambda: person["status"] == "unreachable", "keila unreachable")
            await eventually(lambda: len(hook.seen) >= 2, "the webhook")  # soft, suppressed
            assert down.arrived.is_set()  # tried, and still hanging: it held up nothing

            # listmonk: one 500, then the one documented webhook, recorded once
            posts = [s for s in listmonk.seen if s.path == "/webhooks/bounce"]
            assert len(posts) == 2 and posts[0].body == posts[1].body
            body = posts[1].json()
            assert {k: body[k] for k in ("email", "type", "source", "campaign_uuid")} == {
                "email": "gone@example.com",
                "type": "hard",
                "source": "bouncesink",
                "campaign_uuid": CAMPAIGN,
            }
            assert body["subscriber_uuid"] == sub["uuid"]
            assert json.loads(body["meta"])["reason"] == "userunknown"
            assert len(listmonk.bounces) == 1
            # Mautic: the look-up and the Do-Not-Contact, reason 2
            assert [(s.method, s.path) for s in mautic.seen] == [
                ("GET", "/api/contacts"),
                ("POST", f"/api/contacts/{contact['id']}/dnc/email/add"),
            ]
            assert mautic.seen[1].form()["reason"] == ["2"]
            # Keila: the look-up and the status
            assert [(s.method, s.json() if s.body else None) for s in keila.seen] == [
                ("GET", None),
                ("PATCH", {"data": {"status": "unreachable"}}),
            ]
            # nothing about the block or the lone soft failure reached any of them
            for fake in (listmonk, mautic, keila, down):
                text = b" ".join(s.body + json.dumps(s.query).encode() for s in fake.seen)
                assert b"blocked@" not in text and b"full@" not in text, fake
            store = Store.open(sqlite_url)
            try:
                (event,) = await store.events_of("blocked@example.com")
                assert event.kind == "block"  # received, processed, and kept to itself
            finally:
                await store.close()

            # an operator's unsuppress, with the command
            before = {id(f): len(f.seen) for f in (listmonk, mautic, keila)}
            done = await asyncio.to_thread(
                cli, "unsuppress", "--config", str(config), "gone@example.com"
            )
            assert done.returncode == 0, done.stderr
            await eventually(lambda: sub["status"] == "enabled", "listmonk enabled")
            await eventually(lambda: mautic.email_dnc(contact["id"]) == [], "mautic DNC gone")
            await eventually(lambda: person["status"] == "active", "keila active")
            assert [(s.method, s.path) for s in listmonk.seen[before[id(listmonk)] :]] == [
                ("GET", "/api/subscribers"),
                ("GET", f"/api/subscribers/{sub['id']}/bounces"),
                ("DELETE", f"/api/subscribers/{sub['id']}/bounces"),
                ("PATCH", f"/api/subscribers/{sub['id']}"),
            ]
            assert [(s.method, s.path) for s in mautic.seen[before[id(mautic)] :]] == [
                ("GET", "/api/contacts"),
                ("POST", f"/api/contacts/{contact['id']}/dnc/email/remove"),
            ]
            down.release.set()  # let the hanging one go, so that the daemon stops at once
        for fake in (listmonk, mautic, keila):
            assert fake.problems == [], fake
        assert "connector delivered" in caplog.text and "connector=keila" in caplog.text
        for secret in (fakes.LISTMONK_TOKEN, fakes.MAUTIC_PASSWORD, fakes.KEILA_TOKEN):
            assert secret not in caplog.text  # never logged, at any level
