"""Bounce mailboxes (``[[mailboxes]]``): for senders whose bounces land in a mailbox they
cannot move, read over IMAP (IDLE or polling) or POP3, stored like bounces received by SMTP.

The room: :mod:`.message` (a fetched message as an :class:`~bouncesink.pipeline.Incoming`),
:mod:`.imap` and :mod:`.pop3` (one blocking connection each, on the standard library),
:mod:`.reader` (the asyncio loop per mailbox: store first, then move or delete). The daemon
reads the log-ins with :func:`access` at start-up, starts a reader per mailbox and
closes them before the store stops.
"""

from __future__ import annotations

import ssl

from ..config import Config, MailboxConfig
from ..errors import ConfigError
from .reader import Access, MailboxReader, Submit

__all__ = ["Access", "MailboxReader", "Submit", "access"]


def access(config: Config) -> list[Access]:
    """The log-in of each ``[[mailboxes]]`` table. A password file or CA file that cannot be
    read is a :class:`ConfigError` naming its key, at start-up rather than at the first
    connection."""
    found = []
    for index, mailbox in enumerate(config.mailboxes):
        at = f"[mailboxes][{index}]"
        found.append(
            Access(mailbox, _password(config, mailbox, at), _tls_context(config, mailbox, at))
        )
    return found


def _password(config: Config, mailbox: MailboxConfig, at: str) -> str:
    if mailbox.password:
        return mailbox.password
    path = config.path(mailbox.password_file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"{at}.password_file: cannot read {path}: {why}") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ConfigError(f"{at}.password_file: {path} is empty (the password is its first line)")
    return lines[0]


def _tls_context(config: Config, mailbox: MailboxConfig, at: str) -> ssl.SSLContext | None:
    """None for a clear-text connection (imap:// or pop3:// with allow_plaintext)."""
    if mailbox.allow_plaintext and not mailbox.implicit_tls:
        return None
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if mailbox.tls_ca_file:
        path = config.path(mailbox.tls_ca_file)
        try:
            context.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"{at}.tls_ca_file: cannot load {path}: {exc}") from exc
    if not mailbox.tls_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
