"""The store, its recorder and the token policy as a configuration asks for them.

Shared by the daemon and the commands (:mod:`bouncesink.operations` names them too), in a
module of their own: the daemon builds its parts from these without loading the commands'
use cases.
"""

from __future__ import annotations

from . import policy
from .config import Config
from .recording import Recorder
from .store import ConnectorTarget, Store
from .tokens import TokenPolicy, parse_keys


def policy_config(config: Config) -> policy.PolicyConfig:
    section = config.policy
    return policy.PolicyConfig(
        soft_threshold=section.soft_threshold,
        soft_window_days=section.soft_window_days,
        soft_lapse_days=section.soft_lapse_days,
        soft_suppression_days=section.soft_suppression_days,
        delivered_clears_soft=section.delivered_clears_soft,
    )


def token_policy(config: Config) -> TokenPolicy:
    """How received messages' return-path tokens are checked ([tokens])."""
    section = config.tokens
    return TokenPolicy(section.mode, parse_keys(section.keys), section.max_age_days)


def open_store(config: Config) -> Store:
    return Store.open(
        config.database.url, base_dir=config.base_dir, pool_size=config.database.pool_size
    )


def configured_recorder(config: Config, store: Store) -> Recorder:
    """What records into `store` with the configured policy and webhooks."""
    connectors = tuple(ConnectorTarget(c.label, c.public_url) for c in config.connectors)
    return Recorder(store, policy_config(config), tuple(config.webhooks.urls), connectors)


async def prepare_schema(store: Store) -> None:
    """SQLite is created and migrated on first start; PostgreSQL must be upgraded by hand."""
    if store.dialect == "sqlite":
        await store.upgrade()
    else:
        await store.require_schema()
