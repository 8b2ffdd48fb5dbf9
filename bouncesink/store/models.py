"""Tables of bouncesink: received messages, events per recipient record, address state."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..types import MessageStatus

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every database (SQLite keeps no zone: we store UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoredMessage(Base):
    """One message as received: the raw bytes and the envelope, before anything else."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the raw bytes
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    mail_from: Mapped[str] = mapped_column(String(512))
    rcpt_to: Mapped[list[str]] = mapped_column(JSON)
    peer: Mapped[str | None] = mapped_column(String(128))
    helo: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # None once pruned
    # Return-path token: "unchecked" (tokens off), "signed" (valid token, kept in `token`),
    # "unsigned" (tokens on, none valid: its events never suppress).
    trust: Mapped[str] = mapped_column(String(16), default="unchecked", server_default="unchecked")
    token: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.PENDING)
    message_type: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_messages_status_id", "status", "id"),)


class EventRow(Base):
    """One recipient record of one message, classified; or an operator's action."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    record_index: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(320))
    domain: Mapped[str] = mapped_column(String(255))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
    rule: Mapped[str] = mapped_column(String(128), default="")
    action: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))
    reply_code: Mapped[int | None] = mapped_column(Integer)
    diagnostic: Mapped[str | None] = mapped_column(Text)
    remote_mta: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str | None] = mapped_column(String(32))  # parser module
    manual: Mapped[str | None] = mapped_column(String(16))  # suppress / unsuppress / import
    actor: Mapped[str | None] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # False for a bounce that could not be tied to a recipient we mailed (unsigned, or naming
    # another address than its token): recorded and shown, but never changes a state.
    trusted: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (
        UniqueConstraint("message_id", "record_index", name="uq_events_message_record"),
        Index("ix_events_address_occurred", "address", "occurred_at"),
        Index("ix_events_domain_kind_occurred", "domain", "kind", "occurred_at"),
    )


class AddressRow(Base):
    """The current state of one address, derived from its events by the policy."""

    __tablename__ = "addresses"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    domain: Mapped[str] = mapped_column(String(255), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    suppression_reason: Mapped[str | None] = mapped_column(String(16))
    soft_score: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(16))
    diagnostic: Mapped[str | None] = mapped_column(Text)
    suppressed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    # The API's filtered lists page in (last_event_at, address) order within a state.
    __table_args__ = (
        Index("ix_addresses_state_last_event", "state", "last_event_at", "address"),
        # a domain's addresses in the list's order (the operator's page searches a domain)
        Index("ix_addresses_domain_last_event", "domain", "last_event_at", "address"),
    )


class OutboxState:
    PENDING = "pending"  # to be sent (again) at next_attempt_at
    DELIVERED = "delivered"  # a 2xx answer was received
    FAILED = "failed"  # every attempt failed; kept for review


class WebhookOutboxRow(Base):
    """One state change of one address to be POSTed to one webhook URL, or one decision to
    be pushed to one list manager (a connector: ``connector`` is set).

    Written in the transaction that changes the address's state, so that no change is lost
    and none is announced that did not happen. One row per (change, URL): each receiver has
    its own attempts, backoff and outcome, and a dead receiver never delays another.
    A claimed row's next_attempt_at is pushed past the sender's lease, so that a sender that
    dies mid-delivery leaves the row to be retried by the next one.
    """

    __tablename__ = "webhook_outbox"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    address: Mapped[str] = mapped_column(String(320))
    url: Mapped[str] = mapped_column(String(2048))
    # The change: the event id receivers deduplicate by (one per change, the same for every
    # URL and attempt), and the address's state before and after. The document POSTed is
    # rendered from these when it is sent (bouncesink.webhooks.document).
    event_id: Mapped[str] = mapped_column(String(36))
    previous_state: Mapped[str] = mapped_column(String(16))
    new_state: Mapped[str] = mapped_column(String(16))
    suppression_reason: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(16))
    diagnostic: Mapped[str | None] = mapped_column(Text)
    event_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A connector's row: its name ([[connectors]] name), what it is to do ("suppress" or
    # "unsuppress") and the stored message of the deciding event (read again when sent, for
    # the headers of the returned message). None on a webhook's row.
    connector: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str | None] = mapped_column(String(16))
    message_id: Mapped[int | None] = mapped_column(BigId)
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_webhook_outbox_state_next_attempt", "state", "next_attempt_at"),
        # A connector's rows of one address are pushed in order (see Outbox.claim).
        Index("ix_webhook_outbox_connector_address", "connector", "address", "id"),
    )


class WebhookDeliveryRow(Base):
    """One attempt to deliver one outbox row: the delivery log."""

    __tablename__ = "webhook_deliveries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    outbox_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_outbox.id", ondelete="CASCADE"), index=True
    )
    attempt: Mapped[int] = mapped_column(Integer)  # 1 for the first
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status_code: Mapped[int | None] = mapped_column(Integer)  # None: no HTTP answer
    error: Mapped[str | None] = mapped_column(Text)  # None: delivered
    duration_ms: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)  # a connector's word: "no such contact"…


# -- rollups: counts kept in the transaction that records what they count ----------------------
# (bouncesink.store.rollups writes them; bouncesink.store.dashboard reads them)


class EventHourRow(Base):
    """Events of received bounces per hour by kind by destination domain by provider.

    Operators' actions are not counted. ``provider`` is the mailbox provider named by the
    event's remote MTA or its domain (bouncesink.classify.hosts), else the domain itself.
    Kind first: the page's reads are "this kind since then".
    """

    __tablename__ = "event_hours"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    hour: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    domain: Mapped[str] = mapped_column(String(255), primary_key=True)
    provider: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class DomainHourRow(Base):
    """The same events per destination domain first (all providers together): the rates of a
    page of domains read their own rows only."""

    __tablename__ = "domain_hours"

    domain: Mapped[str] = mapped_column(String(255), primary_key=True)
    hour: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class EventDayRow(Base):
    """The same counts per UTC day (what the 7- and 30-day tops read)."""

    __tablename__ = "event_days"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    domain: Mapped[str] = mapped_column(String(255), primary_key=True)
    provider: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class KindHourRow(Base):
    """Events per hour by kind, all destinations together (the overview's charts)."""

    __tablename__ = "kind_hours"

    hour: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class MessageHourRow(Base):
    """Messages per hour: ``received`` by the hour of receipt; ``processed`` and
    ``unparsable`` by the hour their processing (last) ended, as ``messages.processed_at``."""

    __tablename__ = "message_hours"

    hour: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class SuppressionDayRow(Base):
    """Addresses that became suppressed, per UTC day of the suppression and its reason."""

    __tablename__ = "suppression_days"

    day: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    reason: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class SentHourRow(Base):
    """Recipients sent per hour by destination domain by source.

    ``source`` "policyd" is the Postfix policy service's count (added to); a sender's report
    through ``POST /v1/sent`` is its own source (replaced by a report for the same source,
    domain and hour), or "api" when it names none (added to).
    """

    __tablename__ = "sent_hours"

    hour: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    domain: Mapped[str] = mapped_column(String(255), primary_key=True)
    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    sent: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the table: one B-tree


class RecentTotalRow(Base):
    """Events per kind and destination domain (``dimension`` "domain") or provider
    ("provider") over a sliding span of days ("7d", "30d"): every day from the span's mark
    (:class:`RollupMarkRow`) on. What a week's or a month's top reads, along its index, instead
    of summing a row per day and domain."""

    __tablename__ = "recent_totals"

    span: Mapped[str] = mapped_column(String(8), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_recent_totals_top", "span", "kind", "dimension", "count"),
        {"sqlite_with_rowid": False},
    )


class RollupMarkRow(Base):
    """The first day a span's recent totals count; moved on by Store.advance_rollups, which
    takes the days it leaves out of them."""

    __tablename__ = "rollup_marks"

    span: Mapped[str] = mapped_column(String(8), primary_key=True)
    start: Mapped[datetime] = mapped_column(UTCDateTime())


class AlertRow(Base):
    """One alert (a rate or a provider's blocking) of one scope, raised or cleared.

    Kept so that a restarted daemon knows what it announced: an alert still crossing is not
    raised again, one that ended while it was down is cleared.
    """

    __tablename__ = "alerts"

    alert: Mapped[str] = mapped_column(String(32), primary_key=True)
    scope: Mapped[str] = mapped_column(String(255), primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean)
    since: Mapped[datetime] = mapped_column(UTCDateTime())  # raised at
    value: Mapped[float] = mapped_column(Float)  # at the last evaluation that saw it crossing
    threshold: Mapped[float] = mapped_column(Float)
    volume: Mapped[int] = mapped_column(BigInteger)  # what the value was computed over
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_alerts_active", "active"),)
