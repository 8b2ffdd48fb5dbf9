"""The exception hierarchy of bouncesink. Messages say what was wrong and what to do."""

from __future__ import annotations


class BouncesinkError(Exception):
    """Base of every error bouncesink raises on purpose."""


class ConfigError(BouncesinkError):
    """The configuration file is missing, unreadable, or has a wrong key or value."""


class StoreError(BouncesinkError):
    """The database could not be reached or did not take a write."""


class SchemaError(StoreError):
    """The database schema is missing or older than this version of bouncesink."""


class TokenError(BouncesinkError):
    """A return-path token is malformed, badly signed or expired."""


class AddressError(BouncesinkError, ValueError):
    """A string given as an e-mail address is not one."""


class FileError(BouncesinkError):
    """A file named on the command line cannot be read or written."""


class RefusedMessage(BouncesinkError):
    """A message handed over on standard input (``deliver``) that is not taken: empty, too
    large, or none of its recipients accepted. `status` is the exit status (sysexits.h)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status
