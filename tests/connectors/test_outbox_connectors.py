"""What reaches a list manager, and how: the outbox rows of connectors (written with the
change, only for suppressions and operators' unsuppresses), claimed per connector and per
address in order, retried, logged and counted; on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import re
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from bouncesink import policy
from bouncesink.config import CONNECTOR_CREDENTIALS, ConnectorConfig, WebhooksConfig, from_dict
from bouncesink.connectors import REGISTRY, build
from bouncesink.errors import ConfigError
from bouncesink.metrics import Metrics
from bouncesink.policy import AddressStatus
from bouncesink.store import Attempt, Previous, PushAction, Target
from bouncesink.store.outbox import pushed
from bouncesink.types import AddressState, Category, Kind, Reason, SuppressionReason
from bouncesink.webhooks import WebhookSender

from . import fakes
from .pushing import (
    NOW,
    block,
    bounce,
    complaint,
    connector_config,
    hard,
    recording,
    run_until,
    sender_for,
    settled,
    soft,
)

DAY = timedelta(days=1)


def _targets(kind: str = "keila") -> list[ConnectorConfig]:
    return [connector_config(kind, "http://127.0.0.1:9")]


async def test_only_suppressions_and_unsuppresses_are_queued_for_connectors(db_url: str) -> None:
    """A block, a single soft failure and an expiry reach no list manager; a hard bounce, the
    soft threshold, a complaint, an operator's suppress and unsuppress and an import do.
    The webhooks still get every change."""
    config = policy.PolicyConfig(soft_threshold=2)
    async with recording(db_url, _targets(), config, ["http://127.0.0.1:9/hook"]) as rec:
        start = NOW - 10 * DAY
        await bounce(rec, hard("hard@example.com"), start)
        await bounce(rec, block("block@example.com"), start)
        await bounce(rec, soft("once@example.com"), start)
        await bounce(rec, soft("twice@example.com"), start)
        await bounce(rec, soft("twice@example.com"), start + DAY)
        await bounce(rec, complaint("spam@example.com"), start)
        await rec.add_manual_event("op@example.com", "suppress", start, actor="ops")
        await rec.add_manual_event("op@example.com", "unsuppress", start + DAY, actor="ops")
        await rec.add_manual_event("csv@example.com", "import", start, note="from SES")
        await rec.add_manual_event("brief@example.com", "suppress", start, expires_at=start + DAY)
        assert await rec.rederive_due(NOW) >= 1  # brief@ ends by its expiry
        rows = await rec.store.outbox.rows()
        pushed_rows = [
            (r.address, r.action, r.suppression_reason) for r in rows if r.connector == "keila"
        ]
        assert pushed_rows == [
            ("hard@example.com", "suppress", "hard-bounce"),
            ("twice@example.com", "suppress", "soft-threshold"),
            ("spam@example.com", "suppress", "complaint"),
            ("op@example.com", "suppress", "manual"),
            ("op@example.com", "unsuppress", None),
            ("csv@example.com", "suppress", "import"),
            ("brief@example.com", "suppress", "manual"),
        ]
        webhook = {(r.address, r.new_state) for r in rows if r.connector is None}
        assert ("once@example.com", "soft") in webhook  # the webhooks hear of it
        assert ("brief@example.com", "active") in webhook  # the expiry too
        assert not any(r.address == "block@example.com" for r in rows)
        # a connector row carries the stored bounce that decided it
        hard_row = next(r for r in rows if r.address == "hard@example.com" and r.connector)
        assert hard_row.message_id is not None
        assert hard_row.url == "http://127.0.0.1:9"
        same_change = [r for r in rows if r.address == "hard@example.com"]
        assert len({r.event_id for r in same_change}) == 1  # one change, one event id


def test_the_filter_refuses_a_block_and_a_single_soft_failure_by_name() -> None:
    """Even a status that the policy never derives (a block or a lone soft failure that
    "suppresses") is refused: the rule does not rest on the policy alone."""
    active = Previous(AddressState.ACTIVE, None, None)
    for kind, why in (
        (Kind.BLOCK, SuppressionReason.HARD_BOUNCE),
        (Kind.SOFT, SuppressionReason.HARD_BOUNCE),
        (Kind.SOFT, None),
    ):
        status = AddressStatus(
            state=AddressState.SUPPRESSED,
            suppression_reason=why,
            kind=kind,
            category=Category.SPAM_RELATED,
            reason=Reason.BLOCKED,
        )
        assert pushed(active, status) is None, (kind, why)
    threshold = AddressStatus(
        state=AddressState.SUPPRESSED,
        suppression_reason=SuppressionReason.SOFT_THRESHOLD,
        kind=Kind.SOFT,
    )
    assert pushed(active, threshold) is PushAction.SUPPRESS
    # suppressed again for the same cause: nothing new to say
    again = Previous(AddressState.SUPPRESSED, "soft-threshold", "mailboxfull")
    assert pushed(again, threshold) is None
    # a score that lapsed or a suppression that expired is no operator's unsuppress
    suppressed = Previous(AddressState.SUPPRESSED, "manual", "suppressed")
    assert pushed(suppressed, AddressStatus()) is None
    assert pushed(suppressed, AddressStatus(manual="unsuppress")) is PushAction.UNSUPPRESS


async def test_an_address_reaches_a_connector_in_order(db_url: str) -> None:
    """The unsuppress waits until the suppress before it is settled, however retries fall."""
    async with recording(db_url, _targets()) as rec:
        await bounce(rec, hard("a@example.com"), NOW - DAY)
        await rec.add_manual_event("a@example.com", "unsuppress", NOW)
        await bounce(rec, hard("b@example.com"), NOW)
        outbox, lease = rec.store.outbox, timedelta(minutes=1)
        target = Target(connector="keila")
        first = await outbox.claim(target, 10, NOW, lease)
        assert [(c.address, c.action) for c in first] == [
            ("a@example.com", "suppress"),
            ("b@example.com", "suppress"),
        ]
        later = NOW + 2 * lease  # the first sender died: its claims are due again
        again = await outbox.claim(target, 10, later, lease)
        assert [(c.address, c.action, c.attempt) for c in again] == [
            ("a@example.com", "suppress", 2),
            ("b@example.com", "suppress", 2),
        ]
        assert await outbox.claim(target, 10, later, lease) == []  # nothing else is due
        await outbox.settle(Attempt(again[0], later, 1), later, retry_at=None)
        due = await outbox.next_due(target)
        assert due is not None and due <= later
        (then,) = await outbox.claim(target, 10, later, lease)
        assert (then.address, then.action) == ("a@example.com", "unsuppress")


async def test_the_unsuppress_is_pushed_once_the_suppress_is_settled(db_url: str) -> None:
    async with fakes.serving(fakes.Keila(fail_next=[503])) as keila:
        config = connector_config("keila", keila.url)
        keila.add_contact("a@example.com")
        async with recording(db_url, [config]) as rec:
            await bounce(rec, hard("a@example.com"), NOW - DAY)
            await rec.add_manual_event("a@example.com", "unsuppress", NOW)
            await run_until([sender_for(rec.store, config)], settled(rec.store, "keila"))
            rows = await rec.store.outbox.rows()
        changes = [
            (s.method, s.json()["data"]["status"]) for s in keila.seen if s.method == "PATCH"
        ]
        assert changes == [("PATCH", "unreachable"), ("PATCH", "active")]
        assert [r.state for r in rows] == ["delivered", "delivered"]
        assert keila.problems == []


async def test_each_target_claims_only_its_own_rows(db_url: str) -> None:
    configs = [
        connector_config("keila", "http://127.0.0.1:9"),
        connector_config("listmonk", "http://127.0.0.1:9"),
    ]
    async with recording(db_url, configs, webhook_urls=["http://127.0.0.1:9"]) as rec:
        await bounce(rec, hard("a@example.com"))
        outbox, lease = rec.store.outbox, timedelta(minutes=1)
        keila = await outbox.claim(Target(connector="keila"), 10, NOW, lease)
        listmonk = await outbox.claim(Target(connector="listmonk"), 10, NOW, lease)
        # the webhook URL is the connectors' URL here: still only the webhook row
        webhook = await outbox.claim(["http://127.0.0.1:9"], 10, NOW, lease)
        assert [c.connector for c in keila] == ["keila"]
        assert [c.connector for c in listmonk] == ["listmonk"]
        assert [(c.connector, c.action) for c in webhook] == [(None, None)]


async def test_500_then_200_is_retried_and_delivered_once(db_url: str) -> None:
    async with fakes.serving(fakes.Keila(fail_next=[500])) as keila:
        contact = keila.add_contact("a@example.com")
        config = connector_config("keila", keila.url)
        metrics = Metrics(process=False)
        async with recording(db_url, [config]) as rec:
            await bounce(rec, hard("a@example.com"))
            await run_until([sender_for(rec.store, config, metrics)], settled(rec.store))
            (row,) = await rec.store.outbox.rows()
            log = await rec.store.outbox.deliveries(row.id)
        assert (row.state, row.attempts) == ("delivered", 2)
        assert [(d.attempt, d.status_code) for d in log] == [(1, 500), (2, 200)]
        assert log[0].error is not None and "HTTP 500" in log[0].error
        assert log[1].error is None and log[1].note is not None and "unreachable" in log[1].note
        assert [s.method for s in keila.seen] == ["GET", "GET", "PATCH"]  # one change made
        assert contact["status"] == "unreachable"
        sample = metrics.registry.get_sample_value
        labels = {"connector": "keila"}
        assert sample("bouncesink_connector_attempts_total", labels | {"outcome": "failed"}) == 1
        assert sample("bouncesink_connector_attempts_total", labels | {"outcome": "delivered"}) == 1
        assert sample("bouncesink_connector_gave_up_total", labels) == 0
        assert keila.problems == []


async def test_a_connector_that_is_down_delays_no_other_and_no_webhook(db_url: str) -> None:
    async with (
        fakes.serving(fakes.Keila(hang=True)) as down,
        fakes.serving(fakes.Mautic()) as up,
        fakes.serving(fakes.Hook()) as hook,
    ):
        up.add_contact("a@example.com")
        dead = connector_config("keila", down.url, name="keila-down", timeout_seconds=3)
        live = connector_config("mautic", up.url)
        hooks = WebhooksConfig(urls=[hook.url], secret="s3cret-for-webhook-tests")
        async with recording(db_url, [dead, live], webhook_urls=[hook.url]) as rec:
            for i in range(3):
                await bounce(rec, hard(f"a{i}@example.com" if i else "a@example.com"))
            webhooks = WebhookSender(rec.store.outbox, hooks, poll_seconds=0.02)
            senders = [sender_for(rec.store, dead), sender_for(rec.store, live)]
            task = asyncio.create_task(webhooks.run())

            async def others_done() -> bool:
                rows = await rec.store.outbox.rows()
                others = [r for r in rows if r.connector != "keila-down"]
                return all(r.state == "delivered" for r in others)

            try:
                await run_until(senders, others_done, limit=10)
            finally:
                webhooks.stop()
                await task
            rows = await rec.store.outbox.rows()
        assert down.arrived.is_set()  # it was tried, and is still waiting for an answer
        assert all(r.state == "pending" for r in rows if r.connector == "keila-down")
        assert sum(1 for r in rows if r.connector == "mautic" and r.state == "delivered") == 3
        assert up.problems == []


async def test_a_refused_request_fails_at_once_and_credentials_are_retried(db_url: str) -> None:
    async with fakes.serving(fakes.Keila()) as keila:
        keila.add_contact("a@example.com")
        wrong = connector_config("keila", keila.url, token="not-the-project-key", max_attempts=2)
        metrics = Metrics(process=False)
        async with recording(db_url, [wrong]) as rec:
            await bounce(rec, hard("a@example.com"))
            await run_until([sender_for(rec.store, wrong, metrics)], settled(rec.store))
            (row,) = await rec.store.outbox.rows()
            log = await rec.store.outbox.deliveries(row.id)
        assert (row.state, row.attempts) == ("failed", 2)  # 403: retried until max_attempts
        assert [d.status_code for d in log] == [403, 403]
        assert row.last_error is not None and "Not authorized" in row.last_error
        assert "not-the-project-key" not in row.last_error
        sample = metrics.registry.get_sample_value
        assert sample("bouncesink_connector_gave_up_total", {"connector": "keila"}) == 1


# -- configuration ----------------------------------------------------------------------------


def _load(*tables: dict[str, object]) -> list[ConnectorConfig]:
    return from_dict({"connectors": list(tables)}, base_dir=Path(".")).connectors


LISTMONK = {"type": "listmonk", "url": "https://lists.example.org", "username": "bouncesink",
            "password": "tok3n-of-the-api-user"}  # fmt: skip


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ([{"url": "https://x.example"}], "[connectors][0].type: required"),
        ([{"type": "sendy", "url": "https://x.example"}], "[connectors][0].type: expected one of"),
        ([{"type": "keila", "token": "t"}], "[connectors][0].url: required"),
        ([{"type": "keila", "url": "ftp://x", "token": "t"}], "[connectors][0].url: expected an"),
        ([{"type": "keila", "url": "https://x"}], "[connectors][0].token: required by keila"),
        (
            [{"type": "keila", "url": "https://x", "token": "t", "password": "p"}],
            "[connectors][0].password: keila takes a token",
        ),
        ([{**LISTMONK, "password": ""}], "[connectors][0].password: required by listmonk"),
        ([{**LISTMONK, "token": "t"}], "[connectors][0].token: listmonk takes username"),
        ([{**LISTMONK, "colour": "red"}], "[connectors][0].colour: unknown key"),
        ([{**LISTMONK, "timeout_seconds": 0}], "[connectors][0].timeout_seconds: expected a"),
        ([LISTMONK, LISTMONK], "[connectors][1].name: 'listmonk' is already the name"),
        ([{**LISTMONK, "name": "two words"}], "[connectors][0].name: expected 1-64"),
        (
            [{**LISTMONK, "backoff_seconds": 60, "max_backoff_seconds": 1}],
            "[connectors][0].max_backoff_seconds: expected at least",
        ),
    ],
)
def test_config_errors_name_the_key(tables: list[dict[str, object]], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _load(*tables)
    assert str(caught.value).startswith(message), caught.value


def test_connectors_must_be_an_array_of_tables() -> None:
    with pytest.raises(ConfigError, match=r"^\[connectors\]: expected \[\[connectors\]\]"):
        from_dict({"connectors": {"type": "keila"}})


def test_config_names_and_secrets() -> None:
    (first, second) = _load(LISTMONK, {**LISTMONK, "name": "listmonk-eu"})
    assert (first.label, second.label) == ("listmonk", "listmonk-eu")
    assert first.credentials == "basic"
    assert "tok3n-of-the-api-user" not in repr(first)  # never in a log line
    (keila,) = _load({"type": "keila", "url": "https://app.keila.io", "token": "k3y"})
    assert keila.credentials == "bearer" and "k3y" not in repr(keila)
    assert [c.name for c in build([first, keila])] == ["listmonk", "keila"]
    (embedded,) = _load({**LISTMONK, "url": "https://u:secret@lists.example.org:8443/lm"})
    assert embedded.public_url == "https://lists.example.org:8443/lm"  # what the outbox keeps


def test_the_readme_and_the_example_configure_each_connector() -> None:
    """Each [[connectors]] example of README's "Connectors" section loads, and so does the
    commented table of config.example.toml once uncommented."""
    repo = Path(__file__).resolve().parents[2]
    readme = (repo / "README.md").read_text()
    section = readme.split("## Connectors", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```toml\n(.*?)```", section, re.S)
    kinds = []
    for example_block in blocks:
        (connector,) = from_dict(tomllib.loads(example_block)).connectors
        kinds.append(connector.type)
    assert {"listmonk", "mautic", "keila"} <= set(kinds)
    example = (repo / "config.example.toml").read_text()
    table = example.split("# [[connectors]]\n", 1)[1].split("\n\n", 1)[0]
    lines = [line.removeprefix("# ") for line in table.splitlines()]
    text = "[[connectors]]\n" + "\n".join(line for line in lines if not line.startswith("#"))
    (connector,) = from_dict(tomllib.loads(text)).connectors
    assert (connector.type, connector.label, connector.credentials) == (
        "listmonk",
        "listmonk",
        "basic",
    )


def test_every_registered_type_is_configurable_and_named_by_its_class() -> None:
    assert set(REGISTRY) <= set(CONNECTOR_CREDENTIALS)
    assert {"listmonk", "mautic", "keila"} <= set(REGISTRY)
    assert all(kind == cls.TYPE for kind, cls in REGISTRY.items())
