"""TOML configuration → frozen config. Every error names the key that is wrong.

Each section is a frozen dataclass; its fields are the keys, with their defaults. A key that is
not a field, a value of the wrong type, or a value that fails its check stops start-up with a
:class:`~bouncesink.errors.ConfigError` such as
``[smtp].listen: expected HOST:PORT, got '2525'``.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError

DEFAULT_DATABASE_URL = "sqlite:///bouncesink.db"


def split_listen(value: str) -> tuple[str, int]:
    """ "HOST:PORT" (or "[v6]:PORT") → (host, port); the value was checked at load."""
    host, _, port = value.rpartition(":")
    return host.strip("[]"), int(port)


def _host_port(value: str) -> str | None:
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        return "expected HOST:PORT"
    return None


def _domains(value: list[str]) -> str | None:
    if not value:
        return "expected at least one domain"
    for domain in value:
        if "@" in domain or "." not in domain.strip(".") or " " in domain:
            return f"expected domain names, got {domain!r}"
    return None


def _database_url(value: str) -> str | None:
    scheme = value.partition(":")[0].partition("+")[0]
    if scheme not in ("sqlite", "postgresql", "postgres") or "://" not in value:
        return "expected sqlite:///PATH or postgresql://USER:PASS@HOST/DB"
    return None


def _positive(value: int) -> str | None:
    return None if value > 0 else "expected a number greater than 0"


def _not_negative(value: int) -> str | None:
    return None if value >= 0 else "expected a number of 0 or more"


def _log_level(value: str) -> str | None:
    levels = ("debug", "info", "warning", "error")
    return None if value.lower() in levels else f"expected one of {', '.join(levels)}"


def _check(fn: Callable[[Any], str | None]) -> dict[str, Any]:
    return {"check": fn}


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    listen: str = field(default="127.0.0.1:2525", metadata=_check(_host_port))
    domains: list[str] = field(
        default_factory=lambda: ["bounces.example.org"], metadata=_check(_domains)
    )
    hostname: str = ""  # name in the greeting; empty: the machine's FQDN
    max_message_size: int = field(default=10 * 1024 * 1024, metadata=_check(_positive))
    max_recipients: int = field(default=100, metadata=_check(_positive))
    max_sessions: int = field(default=200, metadata=_check(_positive))
    sessions_per_minute_per_ip: int = field(default=120, metadata=_check(_not_negative))
    command_timeout: float = field(default=300.0, metadata=_check(_positive))
    tls_cert: str = ""  # PEM certificate chain; with tls_key, STARTTLS is offered
    tls_key: str = ""
    require_tls: bool = False  # refuse MAIL before STARTTLS (most MTAs bounce in clear)
    stop_grace_seconds: float = field(default=20.0, metadata=_check(_not_negative))
    max_line_length: int = field(
        default=65536,
        metadata=_check(lambda v: None if v >= 1001 else "expected at least 1001 (RFC 5321)"),
    )

    @property
    def host(self) -> str:
        return split_listen(self.listen)[0]

    @property
    def port(self) -> int:
        return split_listen(self.listen)[1]


@dataclass(frozen=True, slots=True)
class DatabaseConfig:
    url: str = field(default=DEFAULT_DATABASE_URL, metadata=_check(_database_url))
    pool_size: int = field(default=5, metadata=_check(_positive))


@dataclass(frozen=True, slots=True)
class ProcessingConfig:
    batch_size: int = field(default=200, metadata=_check(_positive))
    poll_seconds: float = 5.0  # how often the worker looks for messages left unprocessed
    processes: int = field(default=1, metadata=_check(_not_negative))
    parse_budget_seconds: float = field(default=10.0, metadata=_check(_positive))


@dataclass(frozen=True, slots=True)
class PolicySection:
    soft_threshold: int = field(default=5, metadata=_check(_positive))
    soft_window_days: int = field(default=30, metadata=_check(_positive))
    soft_lapse_days: int = field(default=14, metadata=_check(_positive))
    soft_suppression_days: int = field(default=90, metadata=_check(_not_negative))
    delivered_clears_soft: bool = True


def _host_port_or_off(value: str) -> str | None:
    return None if value == "" else _host_port(value)


def _tokens(value: list[str]) -> str | None:
    for token in value:
        if len(token) < 16 or any(c.isspace() for c in token):
            return "expected tokens of at least 16 characters without spaces"
    return None


class _Listener:
    """A section with a `listen` key ("HOST:PORT", or "" for off)."""

    __slots__ = ()
    listen: str

    @property
    def enabled(self) -> bool:
        return bool(self.listen)

    @property
    def host(self) -> str:
        return split_listen(self.listen)[0]

    @property
    def port(self) -> int:
        return split_listen(self.listen)[1]


@dataclass(frozen=True, slots=True)
class ApiConfig(_Listener):
    listen: str = field(default="127.0.0.1:8025", metadata=_check(_host_port_or_off))
    read_tokens: list[str] = field(default_factory=list, metadata=_check(_tokens))
    write_tokens: list[str] = field(default_factory=list, metadata=_check(_tokens))


def _token_mode(value: str) -> str | None:
    return None if value in ("off", "tag", "enforce") else "expected off, tag or enforce"


def _token_keys(value: list[str]) -> str | None:
    for entry in value:
        key_id, sep, secret = entry.partition(":")
        if not sep or not key_id.isdigit() or int(key_id) > 255 or len(secret) < 16:
            return "expected entries KEYID:SECRET (KEYID 0-255, SECRET of 16+ characters)"
    return None


@dataclass(frozen=True, slots=True)
class TokensConfig:
    mode: str = field(default="off", metadata=_check(_token_mode))
    keys: list[str] = field(default_factory=list, metadata=_check(_token_keys))
    signing_key: int = -1
    max_age_days: int = field(default=45, metadata=_check(_positive))


@dataclass(frozen=True, slots=True)
class RetentionConfig:
    raw_days: int = field(default=30, metadata=_check(_not_negative))
    events_days: int = field(default=400, metadata=_check(_not_negative))


@dataclass(frozen=True, slots=True)
class PolicydConfig(_Listener):
    listen: str = field(default="", metadata=_check(_host_port_or_off))


def _socket_mode(value: int) -> str | None:
    return None if 0 <= value <= 0o777 else "expected a file mode such as 0o660"


@dataclass(frozen=True, slots=True)
class LmtpConfig(_Listener):
    """[lmtp]: an LMTP server for an MTA that hands the bounces over (bouncesink.lmtp)."""

    listen: str = field(default="", metadata=_check(_host_port_or_off))  # "": no TCP
    socket: str = ""  # a unix socket's path (Postfix's lmtp:unix:), "": none
    socket_mode: int = field(default=0o660, metadata=_check(_socket_mode))

    @property
    def enabled(self) -> bool:
        return bool(self.listen or self.socket)


# -- [[mailboxes]]: bounce mailboxes read over IMAP or POP3 (bouncesink.mailbox) ------------------
# scheme → (protocol, default port, TLS from the start); imap:// and pop3:// upgrade with
# STARTTLS / STLS, or stay in clear only with allow_plaintext = true.
MAILBOX_SCHEMES: dict[str, tuple[str, int, bool]] = {
    "imaps": ("imap", 993, True),
    "imap": ("imap", 143, False),
    "pop3s": ("pop3", 995, True),
    "pop3": ("pop3", 110, False),
}


def _mailbox_url(value: str) -> str | None:
    expected = "expected imaps://HOST[:PORT], imap://, pop3s:// or pop3://"
    parsed = urllib.parse.urlsplit(value)
    if parsed.scheme not in MAILBOX_SCHEMES or not parsed.hostname:
        return expected
    try:
        parsed.port  # noqa: B018 (a port out of range or not a number raises here)
    except ValueError:
        return expected
    if parsed.username or parsed.password:
        return "expected no credentials in the URL (username, password or password_file)"
    if parsed.path not in ("", "/") or parsed.query or parsed.fragment:
        return "expected no path (the folder is the folder key)"
    return None


def _folder(value: str) -> str | None:
    if not value.strip() or any(c in value for c in "\r\n\0"):
        return "expected a folder name"
    return None if value.isascii() else "expected a folder name in ASCII"


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    """One ``[[mailboxes]]`` table: a mailbox that receives bounces, read over IMAP or POP3.

    The password is kept out of repr(), so that no log line shows it.
    """

    url: str = field(default="", metadata=_check(_mailbox_url))
    username: str = ""
    password: str = field(default="", repr=False)
    password_file: str = ""  # the password on the first line (relative to the config file)
    name: str = ""  # in the logs; "": username@host
    folder: str = field(default="INBOX", metadata=_check(_folder))
    processed_folder: str = field(default="bouncesink-processed", metadata=_check(_folder))
    not_bounce_folder: str = field(default="bouncesink-not-bounces", metadata=_check(_folder))
    poll_seconds: float = field(default=60.0, metadata=_check(_positive))
    idle: bool = True  # IMAP IDLE when the server offers it; else polling every poll_seconds
    tls_ca_file: str = ""  # PEM CA certificates to verify the server by; "": the system's
    tls_verify: bool = True
    allow_plaintext: bool = False  # imap:// or pop3:// without STARTTLS / STLS

    @property
    def protocol(self) -> str:
        """ "imap" or "pop3"."""
        return MAILBOX_SCHEMES[urllib.parse.urlsplit(self.url).scheme][0]

    @property
    def host(self) -> str:
        return urllib.parse.urlsplit(self.url).hostname or ""

    @property
    def port(self) -> int:
        parsed = urllib.parse.urlsplit(self.url)
        return parsed.port or MAILBOX_SCHEMES[parsed.scheme][1]

    @property
    def implicit_tls(self) -> bool:
        """TLS from the first byte (imaps://, pop3s://)."""
        return MAILBOX_SCHEMES[urllib.parse.urlsplit(self.url).scheme][2]

    @property
    def label(self) -> str:
        """The name it is known by in the logs (never the password)."""
        return self.name or f"{self.username}@{self.host}"


def _build_mailboxes(tables: Any) -> list[MailboxConfig]:
    """The ``[[mailboxes]]`` array of tables; each error names ``[mailboxes][INDEX].KEY``."""
    return _build_tables("mailboxes", "mailbox", MailboxConfig, tables, _check_mailbox)


def _check_mailbox(at: str, mailbox: MailboxConfig) -> None:
    """Checks of one mailbox that involve more than one key."""
    if not mailbox.url:
        raise ConfigError(f"{at}.url: required (imaps://HOST, imap://, pop3s:// or pop3://)")
    if not mailbox.username:
        raise ConfigError(f"{at}.username: required")
    if bool(mailbox.password) == bool(mailbox.password_file):
        raise ConfigError(f"{at}.password_file: give password or password_file (one of them)")
    if mailbox.allow_plaintext and mailbox.implicit_tls:
        raise ConfigError(f"{at}.allow_plaintext: only for imap:// and pop3:// URLs")
    if mailbox.protocol == "imap":
        folders = (mailbox.folder, mailbox.processed_folder, mailbox.not_bounce_folder)
        if len(set(folders)) < 3:
            raise ConfigError(
                f"{at}.processed_folder: folder, processed_folder and not_bounce_folder must "
                f"be three different folders, got {folders}"
            )


def _webhook_urls(value: list[str]) -> str | None:
    for url in value:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            return f"expected http:// or https:// URLs, got {url!r}"
    return None


def _webhook_secret(value: str) -> str | None:
    return None if value == "" or len(value) >= 16 else "expected at least 16 characters"


@dataclass(frozen=True, slots=True)
class WebhooksConfig:
    urls: list[str] = field(default_factory=list, metadata=_check(_webhook_urls))
    secret: str = field(default="", metadata=_check(_webhook_secret))
    timeout_seconds: float = field(default=10.0, metadata=_check(_positive))
    max_attempts: int = field(default=16, metadata=_check(_positive))
    backoff_seconds: float = field(default=30.0, metadata=_check(_positive))
    max_backoff_seconds: float = field(default=3600.0, metadata=_check(_positive))

    @property
    def enabled(self) -> bool:
        return bool(self.urls)


# What each connector type takes as credentials ("basic": username and password for HTTP
# Basic; "bearer": token). The types themselves live in bouncesink.connectors (REGISTRY); this
# table is what a configuration file may say, so that a wrong key stops every command at load.
CONNECTOR_CREDENTIALS: dict[str, str] = {
    "listmonk": "basic",  # an API user's name, and its API token as the password
    "mailman": "basic",  # the REST API's admin user and password (Mailman 3 core)
    "mautic": "basic",  # a Mautic user, with "Enable HTTP basic auth" on in its API settings
    "keila": "bearer",  # a project's API key
}
_CONNECTOR_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def _connector_type(value: str) -> str | None:
    known = ", ".join(sorted(CONNECTOR_CREDENTIALS))
    return None if value in CONNECTOR_CREDENTIALS else f"expected one of {known}"


def _connector_name(value: str) -> str | None:
    if value == "" or _CONNECTOR_NAME.fullmatch(value):
        return None
    return "expected 1-64 letters, digits, '_', '.' or '-'"


def _connector_url(value: str) -> str | None:
    parsed = urllib.parse.urlsplit(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return "expected an http:// or https:// URL"
    return None


@dataclass(frozen=True, slots=True)
class ConnectorConfig:
    """One ``[[connectors]]`` table: a list manager that bouncesink's decisions are pushed to.

    Secrets (password, token) are kept out of repr(), so that no log line shows them.
    """

    type: str = field(default="", metadata=_check(_connector_type))
    name: str = field(default="", metadata=_check(_connector_name))  # "": the type
    url: str = field(default="", metadata=_check(_connector_url))
    username: str = ""
    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)
    timeout_seconds: float = field(default=10.0, metadata=_check(_positive))
    max_attempts: int = field(default=16, metadata=_check(_positive))
    backoff_seconds: float = field(default=30.0, metadata=_check(_positive))
    max_backoff_seconds: float = field(default=3600.0, metadata=_check(_positive))

    @property
    def label(self) -> str:
        """The name it is known by: in the outbox, the logs and the metrics."""
        return self.name or self.type

    @property
    def credentials(self) -> str:
        """ "basic" or "bearer": what its type takes."""
        return CONNECTOR_CREDENTIALS[self.type]

    @property
    def public_url(self) -> str:
        """The url without any user or password in it: what the outbox and logs may keep."""
        parsed = urllib.parse.urlsplit(self.url)
        host = parsed.netloc.rpartition("@")[2]
        return urllib.parse.urlunsplit(parsed._replace(netloc=host))


def _build_connectors(tables: Any) -> list[ConnectorConfig]:
    """The ``[[connectors]]`` array of tables; each error names ``[connectors][INDEX].KEY``."""
    return _build_tables("connectors", "connector", ConnectorConfig, tables, _check_connector)


_Labelled = TypeVar("_Labelled", MailboxConfig, ConnectorConfig)


def _build_tables(
    key: str,
    what: str,
    cls: type[_Labelled],
    tables: Any,
    check: Callable[[str, _Labelled], None],
) -> list[_Labelled]:
    """An array of tables (``[[KEY]]``) of `cls`, each checked, their labels unique; each error
    names ``[KEY][INDEX].FIELD``."""
    if not isinstance(tables, list):
        raise ConfigError(f"[{key}]: expected [[{key}]] tables, got {tables!r}")
    built: list[_Labelled] = []
    for index, table in enumerate(tables):
        section = f"{key}][{index}"
        item = _build_section(section, cls, table)
        check(f"[{section}]", item)
        built.append(item)
    labels = [item.label for item in built]
    for index, label in enumerate(labels):
        if label in labels[:index]:
            raise ConfigError(
                f"[{key}][{index}].name: {label!r} is already the name of another {what} "
                "(give each a name of its own)"
            )
    return built


def _check_connector(at: str, connector: ConnectorConfig) -> None:
    """Checks of one connector that involve more than one key."""
    if not connector.type:
        raise ConfigError(
            f"{at}.type: required (one of {', '.join(sorted(CONNECTOR_CREDENTIALS))})"
        )
    if not connector.url:
        raise ConfigError(f"{at}.url: required (the {connector.type} server's base URL)")
    if connector.credentials == "basic":
        for key in ("username", "password"):
            if not getattr(connector, key):
                raise ConfigError(f"{at}.{key}: required by {connector.type} (HTTP Basic)")
        if connector.token:
            raise ConfigError(
                f"{at}.token: {connector.type} takes username and password (HTTP Basic), "
                "not a token"
            )
    else:
        if not connector.token:
            raise ConfigError(f"{at}.token: required by {connector.type} (a bearer token)")
        for key in ("username", "password"):
            if getattr(connector, key):
                raise ConfigError(f"{at}.{key}: {connector.type} takes a token (bearer), not {key}")
    if connector.max_backoff_seconds < connector.backoff_seconds:
        raise ConfigError(
            f"{at}.max_backoff_seconds: expected at least backoff_seconds "
            f"({connector.backoff_seconds}), got {connector.max_backoff_seconds}"
        )


def _fraction(value: float) -> str | None:
    return None if 0 < value <= 1 else "expected a fraction above 0 and at most 1 (0.05 is 5 %)"


@dataclass(frozen=True, slots=True)
class AlertsConfig:
    """[alerts]: when the rates or a provider's refusals call for the operator (see
    bouncesink.alerting). Rates are fractions (0.05 is 5 %); the defaults are Amazon SES's
    review and pause levels. Bounce rate: hard bounces per recipient sent; complaint rate:
    complaints per recipient sent; over the last `window_hours`, for all destinations and for
    each destination domain with at least `min_sent` recipients sent in that window."""

    enabled: bool = True
    interval_seconds: float = field(default=60.0, metadata=_check(_positive))
    window_hours: int = field(default=24, metadata=_check(_positive))
    min_sent: int = field(default=500, metadata=_check(_positive))
    bounce_review: float = field(default=0.05, metadata=_check(_fraction))
    bounce_pause: float = field(default=0.10, metadata=_check(_fraction))
    complaint_review: float = field(default=0.001, metadata=_check(_fraction))
    complaint_pause: float = field(default=0.005, metadata=_check(_fraction))
    # a provider suddenly blocking: blocks in the last hour against its own hourly baseline
    blocking_factor: float = field(default=4.0, metadata=_check(_positive))
    blocking_min_blocks: int = field(default=20, metadata=_check(_positive))
    blocking_baseline_days: int = field(default=7, metadata=_check(_positive))


@dataclass(frozen=True, slots=True)
class LogConfig:
    level: str = field(default="info", metadata=_check(_log_level))


# -- [intake.NAME]: ESP webhooks on the API listener (bouncesink.esp) ---------------------------


def _arns(value: list[str]) -> str | None:
    for arn in value:
        if not arn.startswith("arn:") or arn.count(":") < 5 or " " in arn:
            return f"expected topic ARNs (arn:aws:sns:REGION:ACCOUNT:TOPIC), got {arn!r}"
    return None


def _secret(value: str) -> str | None:
    return None if len(value) >= 8 and not value.isspace() else "expected at least 8 characters"


@dataclass(frozen=True, slots=True)
class SesIntakeConfig:
    """``[intake.ses]``: Amazon SES notifications through an SNS topic (HTTPS subscription)."""

    topic_arns: list[str] = field(default_factory=list, metadata=_check(_arns))
    confirm_subscriptions: bool = True  # confirm an allowed topic's subscription by itself


@dataclass(frozen=True, slots=True)
class MailgunIntakeConfig:
    """``[intake.mailgun]``: Mailgun webhooks, signed with the HTTP webhook signing key."""

    signing_key: str = field(default="", repr=False, metadata=_check(_secret))
    max_age_seconds: int = field(default=300, metadata=_check(_positive))


@dataclass(frozen=True, slots=True)
class SendgridIntakeConfig:
    """``[intake.sendgrid]``: SendGrid's signed Event Webhook (ECDSA verification key)."""

    public_key: str = ""  # base64 of the DER SubjectPublicKeyInfo, as SendGrid shows it
    max_age_seconds: int = field(default=300, metadata=_check(_positive))


@dataclass(frozen=True, slots=True)
class PostmarkIntakeConfig:
    """``[intake.postmark]``: Postmark webhooks, with HTTP Basic credentials in their URL."""

    username: str = ""
    password: str = field(default="", repr=False, metadata=_check(_secret))


@dataclass(frozen=True, slots=True)
class IntakeConfig:
    """``[intake]``: each ESP's webhook route exists only when its table is given."""

    max_body_bytes: int = field(default=4 * 1024 * 1024, metadata=_check(_positive))
    ses: SesIntakeConfig | None = None
    mailgun: MailgunIntakeConfig | None = None
    sendgrid: SendgridIntakeConfig | None = None
    postmark: PostmarkIntakeConfig | None = None


@dataclass(frozen=True, slots=True)
class Config:
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    processing: ProcessingConfig = field(default_factory=ProcessingConfig)
    policy: PolicySection = field(default_factory=PolicySection)
    api: ApiConfig = field(default_factory=ApiConfig)
    policyd: PolicydConfig = field(default_factory=PolicydConfig)
    lmtp: LmtpConfig = field(default_factory=LmtpConfig)
    tokens: TokensConfig = field(default_factory=TokensConfig)
    mailboxes: list[MailboxConfig] = field(default_factory=list)  # [[mailboxes]]
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    log: LogConfig = field(default_factory=LogConfig)
    webhooks: WebhooksConfig = field(default_factory=WebhooksConfig)
    connectors: list[ConnectorConfig] = field(default_factory=list)  # [[connectors]]
    intake: IntakeConfig = field(default_factory=IntakeConfig)  # [intake.ses] and the others
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    base_dir: Path = field(default=Path("."), compare=False)  # relative paths resolve here

    def path(self, value: str) -> Path:
        """A path from the configuration, relative to the configuration file's folder."""
        return Path(value) if Path(value).is_absolute() else self.base_dir / value

    def database_path(self) -> Path | None:
        """The SQLite file, resolved against the config file's folder; None for a server."""
        url = self.database.url
        if not url.startswith("sqlite"):
            return None
        path = url.partition(":///")[2]
        if not path or path == ":memory:":
            return None
        return (self.base_dir / path) if not Path(path).is_absolute() else Path(path)


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def _coerce(key: str, value: Any, tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list, got {value!r}")
        return [_coerce(f"{key}[{i}]", v, item_tp) for i, v in enumerate(value)]
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        sub = inner[0] if len(inner) == 1 else None
        if isinstance(sub, type) and dataclasses.is_dataclass(sub):  # a sub-table: [intake.ses]
            return _build_section(key.lstrip("[").replace("].", "."), sub, value)
        raise ConfigError(f"{key}: unsupported type")  # not used by any key
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool):
        raise ConfigError(f"{key}: expected a whole number, got {value!r}")
    if not isinstance(value, tp):
        raise ConfigError(f"{key}: expected {_type_name(tp)}, got {value!r}")
    return value


def _build_section(name: str, cls: type[Any], table: Any) -> Any:
    if name == "mailboxes":
        return _build_mailboxes(table)
    if not isinstance(table, dict):
        raise ConfigError(f"[{name}]: expected a table, got {table!r}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(f"[{name}].{key}: unknown key (known keys: {known})")
        coerced = _coerce(f"[{name}].{key}", value, hints[key])
        check = fields[key].metadata.get("check")
        problem = check(coerced) if check else None
        if problem:
            raise ConfigError(f"[{name}].{key}: {problem}, got {value!r}")
        values[key] = coerced
    return cls(**values)


def from_dict(data: dict[str, Any], base_dir: Path = Path(".")) -> Config:
    """Build a Config from parsed TOML; unknown sections and keys are errors."""
    hints = typing.get_type_hints(Config)
    sections: dict[str, Any] = {}
    for name, table in data.items():
        if name == "base_dir" or name not in hints:
            known = ", ".join(f.name for f in dataclasses.fields(Config) if f.name != "base_dir")
            raise ConfigError(f"[{name}]: unknown section (known sections: {known})")
        if name == "connectors":
            sections[name] = _build_connectors(table)
            continue
        sections[name] = _build_section(name, hints[name], table)
    config = Config(**sections, base_dir=base_dir)
    _check_whole(config)
    return config


def _check_whole(config: Config) -> None:
    """Checks that involve more than one key."""
    _check_intake(config.intake, config.api.enabled)
    smtp = config.smtp
    if bool(smtp.tls_cert) != bool(smtp.tls_key):
        raise ConfigError("[smtp].tls_key: tls_cert and tls_key go together (both or neither)")
    if smtp.require_tls and not smtp.tls_cert:
        raise ConfigError("[smtp].require_tls: needs tls_cert and tls_key")
    tokens = config.tokens
    key_ids = [int(entry.partition(":")[0]) for entry in tokens.keys]
    if tokens.mode != "off" and not key_ids:
        raise ConfigError(f"[tokens].keys: mode {tokens.mode!r} needs at least one key")
    if tokens.keys and tokens.signing_key not in key_ids:
        raise ConfigError(
            f"[tokens].signing_key: expected one of the key ids in [tokens].keys {key_ids}, "
            f"got {tokens.signing_key}"
        )
    retention, policy = config.retention, config.policy
    needed = policy.soft_window_days + policy.soft_lapse_days
    if 0 < retention.events_days < needed:
        raise ConfigError(
            f"[retention].events_days: must be 0 or at least {needed} "
            "([policy].soft_window_days + soft_lapse_days) so that pruning never changes a state"
        )
    alerts = config.alerts
    for name in ("bounce", "complaint"):
        review, pause = getattr(alerts, f"{name}_review"), getattr(alerts, f"{name}_pause")
        if pause < review:
            raise ConfigError(
                f"[alerts].{name}_pause: expected at least {name}_review ({review}), got {pause}"
            )
    webhooks = config.webhooks
    if webhooks.urls and not webhooks.secret:
        raise ConfigError("[webhooks].secret: required when [webhooks].urls is set")
    if webhooks.max_backoff_seconds < webhooks.backoff_seconds:
        raise ConfigError(
            f"[webhooks].max_backoff_seconds: expected at least [webhooks].backoff_seconds "
            f"({webhooks.backoff_seconds}), got {webhooks.max_backoff_seconds}"
        )


def _check_intake(intake: IntakeConfig, api_enabled: bool) -> None:
    """A given [intake.NAME] table has what its ESP's requests are checked with, and the API
    listener that serves its route."""
    given = [n for n in ("ses", "mailgun", "sendgrid", "postmark") if getattr(intake, n)]
    if given and not api_enabled:
        raise ConfigError(
            f"[intake.{given[0]}]: the webhook is served on the API listener; set [api].listen"
        )
    if intake.ses is not None and not intake.ses.topic_arns:
        raise ConfigError(
            "[intake.ses].topic_arns: required (the SNS topics whose notifications are accepted)"
        )
    if intake.mailgun is not None and not intake.mailgun.signing_key:
        raise ConfigError("[intake.mailgun].signing_key: required (Mailgun's webhook signing key)")
    if intake.sendgrid is not None and not intake.sendgrid.public_key:
        raise ConfigError(
            "[intake.sendgrid].public_key: required (the Event Webhook's verification key)"
        )
    if intake.postmark is not None:
        for key in ("username", "password"):
            if not getattr(intake.postmark, key):
                raise ConfigError(f"[intake.postmark].{key}: required (HTTP Basic)")


def load(path: str | Path | None) -> Config:
    """Read a TOML file; None gives the defaults (SQLite file in the current folder)."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return from_dict(data, base_dir=path.resolve().parent)
