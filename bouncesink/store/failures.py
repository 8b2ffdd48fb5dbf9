"""What a failure of the database is, said in one line, and where the database is.

Loads no SQLAlchemy: the point readers (.quickread) use it as the engines do (an exception
of SQLAlchemy's can only be one when SQLAlchemy is loaded).
"""

from __future__ import annotations

import sqlite3
import sys

from ..errors import SchemaError, StoreError


def _first_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    text = str(cause).strip().splitlines()
    return text[0] if text else type(cause).__name__


def _sqlalchemy_error(exc: BaseException) -> bool:
    module = sys.modules.get("sqlalchemy.exc")
    return module is not None and isinstance(exc, module.SQLAlchemyError)


def database_error(exc: BaseException, where: str) -> StoreError | None:
    """The one-line :class:`StoreError` for a failure of the database at `where` (refused,
    unreachable, wrong password, missing database, unopenable file), or None when `exc` is
    not a database failure (a bug, or a file of the operator's)."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, BrokenPipeError):  # our reader went away (`| head`), not the database
        return None
    # sqlite3.Error: what the direct statements (store/direct.py) raise, unwrapped
    database = isinstance(exc, sqlite3.Error | ConnectionError | TimeoutError)
    database = database or _sqlalchemy_error(exc) or type(exc).__module__.startswith("asyncpg")
    if isinstance(exc, OSError) and exc.filename is None and exc.errno is not None:
        database = database or not isinstance(exc, FileNotFoundError | PermissionError)
    if not database:
        return None
    advice = (
        "check [database].url, that the server runs and that the role may log in"
        if "://" in where
        else "check [database].url and that its folder exists and is writable"
    )
    return StoreError(f"cannot use the database at {where}: {_first_line(exc)} ({advice})")


def no_database(where: str) -> SchemaError:
    """The error of a SQLite file that is not there (a read never creates one)."""
    return SchemaError(
        f"no database at {where}: create it with `bouncesink db upgrade` "
        "(or `bouncesink serve`), or point [database].url at the right one"
    )
