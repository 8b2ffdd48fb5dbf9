"""Alembic glue: upgrade, downgrade and the schema check that guards start-up."""

from __future__ import annotations

from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from ..errors import ConfigError, SchemaError


def alembic_config() -> AlembicConfig:
    """An Alembic config pointing at the migrations shipped inside the package."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("bouncesink.migrations")))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def _run_command(engine: AsyncEngine, command_fn: Any, revision: str) -> None:
    """Run an Alembic command on a connection of `engine`, in one transaction."""

    def _run(connection: Connection) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command_fn(cfg, revision)

    async with engine.connect() as connection:
        try:
            await connection.run_sync(_run)
        except CommandError as exc:  # an unknown or ambiguous revision
            raise ConfigError(
                f"{exc}: give a revision of `bouncesink db current`'s list, 'head' "
                f"(this version's head is {head_revision()}) or 'base'"
            ) from exc
        await connection.commit()


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    await _run_command(engine, command.upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    await _run_command(engine, command.downgrade, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    def _read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(_read)


async def require_current(engine: AsyncEngine, where: str = "the database") -> None:
    """Refuse to run on a schema that is missing or not at this version's head."""
    current, head = await current_revision(engine), head_revision()
    if current is None:
        raise SchemaError(f"{where} has no bouncesink schema: run `bouncesink db upgrade`")
    if current != head:
        raise SchemaError(
            f"the schema of {where} is at {current}, this bouncesink needs {head}: "
            "run `bouncesink db upgrade`"
        )
