"""Where a mailbox's server is and how to reach it: the same for IMAP and POP3."""

from __future__ import annotations

import ssl
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Server:
    host: str
    port: int
    implicit_tls: bool  # imaps://, pop3s://: TLS from the first byte
    upgrade: bool  # imap:// with STARTTLS, pop3:// with STLS (False only with allow_plaintext)
    context: ssl.SSLContext | None
    timeout: float


class LoginRefused(Exception):
    """The server refused the username or password (no point retrying at once)."""
