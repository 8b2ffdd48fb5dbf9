"""The Mautic and Keila connectors against stand-ins of their APIs (tests/connectors/fakes.py,
which cites what it follows: Mautic's docs/rest_api/contacts.rst — List Contacts, Add Do Not
Contact, Remove from Do Not Contact; Keila's contact controller, schema and router)."""

from __future__ import annotations

import base64
from datetime import timedelta

from bouncesink.metrics import Metrics

from . import fakes
from .pushing import NOW, bounce, complaint, connector_config, drain, hard, recording

DAY = timedelta(days=1)


def _mautic_basic() -> str:
    pair = f"{fakes.MAUTIC_USER}:{fakes.MAUTIC_PASSWORD}".encode()
    return "Basic " + base64.b64encode(pair).decode()


# -- Mautic -----------------------------------------------------------------------------------


async def test_mautic_a_bounce_is_do_not_contact_bounced_a_complaint_unsubscribed(
    sqlite_url: str,
) -> None:
    async with fakes.serving(fakes.Mautic()) as mautic:
        gone = mautic.add_contact("gone@example.com")
        spam = mautic.add_contact("spam@example.com")
        config = connector_config("mautic", mautic.url)
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("gone@example.com"))
            await bounce(rec, complaint("spam@example.com"))
            await drain(rec.store, config)
        # the two decisions go at once: each is a look-up, then a Do-Not-Contact
        assert sorted((s.method, s.path) for s in mautic.seen) == [
            ("GET", "/api/contacts"),
            ("GET", "/api/contacts"),
            ("POST", f"/api/contacts/{gone['id']}/dnc/email/add"),
            ("POST", f"/api/contacts/{spam['id']}/dnc/email/add"),
        ]
        assert all(s.headers["Authorization"] == _mautic_basic() for s in mautic.seen)
        searches = sorted(s.query["search"][0] for s in mautic.seen if s.method == "GET")
        assert searches == ["email:gone@example.com", "email:spam@example.com"]
        adds = {s.path: s.form() for s in mautic.seen if s.method == "POST"}
        add = adds[f"/api/contacts/{gone['id']}/dnc/email/add"]
        assert set(add) == {"reason", "comments"}
        assert add["reason"] == ["2"]  # bounced
        assert add["comments"] == [
            "bouncesink: hard-bounce userunknown 5.1.1: 550 5.1.1 user unknown"
        ]
        assert adds[f"/api/contacts/{spam['id']}/dnc/email/add"]["reason"] == ["1"]  # unsubscribed
        assert [e["reason"] for e in mautic.email_dnc(gone["id"])] == [2]
        assert [e["reason"] for e in mautic.email_dnc(spam["id"])] == [1]
        assert mautic.problems == []


async def test_mautic_unsuppress_removes_a_bounce_but_not_a_persons_unsubscribe(
    sqlite_url: str,
) -> None:
    async with fakes.serving(fakes.Mautic()) as mautic:
        bounced = mautic.add_contact("back@example.com")
        person = mautic.add_contact(
            "optout@example.com",
            dnc=[{"id": 90, "reason": 1, "comments": "User unsubscribed.", "channel": "email",
                  "channelId": 4}],
        )  # fmt: skip
        config = connector_config("mautic", mautic.url)
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("back@example.com"), NOW - DAY)
            await drain(rec.store, config)
            mautic.seen.clear()
            await rec.add_manual_event("optout@example.com", "import", NOW - DAY)
            await drain(rec.store, config)
            # then the person unsubscribed in Mautic: the entry is theirs now
            (entry,) = mautic.email_dnc(person["id"])
            entry.update(reason=1, comments="User unsubscribed.")
            mautic.seen.clear()
            await rec.add_manual_event("back@example.com", "unsuppress", NOW)
            await rec.add_manual_event("optout@example.com", "unsuppress", NOW)
            await drain(rec.store, config)
        removes = [s.path for s in mautic.seen if s.path.endswith("/remove")]
        assert removes == [f"/api/contacts/{bounced['id']}/dnc/email/remove"]
        assert mautic.email_dnc(bounced["id"]) == []
        assert [e["reason"] for e in mautic.email_dnc(person["id"])] == [1]
        assert mautic.problems == []


async def test_mautic_no_contact_is_nothing_to_do_and_wrong_password_is_retried(
    sqlite_url: str,
) -> None:
    async with fakes.serving(fakes.Mautic()) as mautic:
        config = connector_config("mautic", mautic.url)
        wrong = connector_config("mautic", mautic.url, name="mautic-2", password="nope",
                                 max_attempts=2)  # fmt: skip
        metrics = Metrics(process=False)
        async with recording(sqlite_url, [config, wrong]) as rec:
            await bounce(rec, hard("stranger@example.com"))
            await drain(rec.store, config, wrong, metrics=metrics)
            rows = {r.connector: r for r in await rec.store.outbox.rows()}
            (found,) = await rec.store.outbox.deliveries(rows["mautic"].id)
        assert rows["mautic"].state == "delivered"
        assert found.note == "nothing to do: no contact with this address"
        assert (rows["mautic-2"].state, rows["mautic-2"].attempts) == ("failed", 2)
        assert rows["mautic-2"].last_error == (
            'contact look-up: HTTP 401 {"errors": [{"message": "API authorization denied.", '
            '"code": 401, "type": "access_denied"}]}'
        )
        sample = metrics.registry.get_sample_value
        nothing = {"connector": "mautic", "outcome": "nothing-to-do"}
        assert sample("bouncesink_connector_attempts_total", nothing) == 1
        assert mautic.problems == []


# -- Keila ------------------------------------------------------------------------------------


async def test_keila_status_unreachable_unsubscribed_and_active_again(sqlite_url: str) -> None:
    async with fakes.serving(fakes.Keila()) as keila:
        gone = keila.add_contact("gone@example.com")
        spam = keila.add_contact("spam@example.com")
        config = connector_config("keila", keila.url)
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("gone@example.com"), NOW - DAY)
            await bounce(rec, complaint("spam@example.com"), NOW - DAY)
            await drain(rec.store, config)
            assert (gone["status"], spam["status"]) == ("unreachable", "unsubscribed")
            await rec.add_manual_event("gone@example.com", "unsuppress", NOW)
            await rec.add_manual_event("spam@example.com", "unsuppress", NOW)
            await drain(rec.store, config)
            rows = await rec.store.outbox.rows("spam@example.com")
            (left,) = await rec.store.outbox.deliveries(rows[-1].id)
        assert gone["status"] == "active"
        assert spam["status"] == "unsubscribed"  # Keila cannot tell it from the person's own
        assert left.note is not None and "left unsubscribed" in left.note
        lookups = [s for s in keila.seen if s.method == "GET"]
        assert {s.path for s in lookups} == {"/api/v1/contacts"}
        assert ['{"email": "gone@example.com"}'] in [s.query["filter"] for s in lookups]
        patches = sorted(
            (s.path, s.json()["data"]["status"]) for s in keila.seen if s.method == "PATCH"
        )
        assert patches == sorted(
            [
                (f"/api/v1/contacts/{gone['id']}", "unreachable"),
                (f"/api/v1/contacts/{spam['id']}", "unsubscribed"),
                (f"/api/v1/contacts/{gone['id']}", "active"),
            ]
        )
        assert all(
            s.json() == {"data": {"status": s.json()["data"]["status"]}}
            for s in keila.seen
            if s.method == "PATCH"
        )
        assert all(s.headers["Authorization"] == f"Bearer {fakes.KEILA_TOKEN}" for s in keila.seen)
        assert keila.problems == []


async def test_keila_no_contact_is_nothing_to_do(sqlite_url: str) -> None:
    async with fakes.serving(fakes.Keila()) as keila:
        config = connector_config("keila", keila.url)
        async with recording(sqlite_url, [config]) as rec:
            await bounce(rec, hard("stranger@example.com"))
            await drain(rec.store, config)
            (row,) = await rec.store.outbox.rows()
            (log,) = await rec.store.outbox.deliveries(row.id)
        assert (row.state, log.note) == ("delivered", "nothing to do: no contact with this address")
        assert [s.method for s in keila.seen] == ["GET"]
        assert keila.problems == []
