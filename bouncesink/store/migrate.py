"""Alembic glue: upgrade, downgrade and the schema check that guards start-up.

The check (:func:`require_current`) loads no Alembic: a command that only reads a database
reads its ``alembic_version`` row and the head named by the shipped migration files, which is
what Alembic itself reads (tests/test_migrations.py checks the two heads agree). Alembic is
imported by the commands that migrate.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, SchemaError

if TYPE_CHECKING:  # the schema check (.quickread) reads the head with no SQLAlchemy loaded
    from alembic.config import Config as AlembicConfig
    from sqlalchemy.engine import Connection
    from sqlalchemy.ext.asyncio import AsyncEngine

_REVISION = re.compile(r'^revision(?::[^=]*)? = "([^"]+)"$', re.M)
_DOWN_REVISION = re.compile(r'^down_revision(?::[^=]*)? = (None|"([^"]+)")$', re.M)


def alembic_config() -> AlembicConfig:
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(resources.files("bouncesink.migrations")))
    return cfg


def head_revision() -> str | None:
    """The newest revision of the shipped migrations: the one no other revises."""
    revisions: dict[str, str | None] = {}
    for script in resources.files("bouncesink.migrations").joinpath("versions").iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:  # a form this reading does not know: ask Alembic
            return _alembic_head()
        revisions[revision.group(1)] = down.group(2)
    heads = set(revisions) - set(revisions.values())
    return heads.pop() if len(heads) == 1 else _alembic_head()


def _alembic_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def _run_command(engine: AsyncEngine, command_fn: Any, revision: str) -> None:
    """Run an Alembic command on a connection of `engine`, in one transaction."""
    from alembic.util import CommandError

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
    from alembic import command

    await _run_command(engine, command.upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    from alembic import command

    await _run_command(engine, command.downgrade, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision stamped in the database (Alembic's one-row ``alembic_version``), None when
    there is none: no such table, or an empty one."""

    from sqlalchemy import text

    def _read(connection: Connection) -> str | None:
        if not connection.dialect.has_table(connection, "alembic_version"):
            return None
        rows = connection.execute(text(VERSION_SQL)).all()
        return stamped([row[0] for row in rows])

    async with engine.connect() as connection:
        return await connection.run_sync(_read)


VERSION_SQL = "SELECT version_num FROM alembic_version"


def stamped(versions: list[Any]) -> str | None:
    """The revision that ``alembic_version``'s rows name (None for no row)."""
    if len(versions) > 1:  # branches: not a schema this version of bouncesink made
        raise SchemaError(f"several schema revisions are stamped: {sorted(versions)}")
    return str(versions[0]) if versions else None


async def require_current(engine: AsyncEngine, where: str = "the database") -> None:
    """Refuse to run on a schema that is missing or not at this version's head."""
    check_revision(await current_revision(engine), where)


def check_revision(current: str | None, where: str) -> None:
    """Refuse a schema stamped `current` (None: no schema) unless it is this version's head."""
    head = head_revision()
    if current is None:
        raise SchemaError(f"{where} has no bouncesink schema: run `bouncesink db upgrade`")
    if current != head:
        raise SchemaError(
            f"the schema of {where} is at {current}, this bouncesink needs {head}: "
            "run `bouncesink db upgrade`"
        )
