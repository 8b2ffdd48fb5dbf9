"""What operators and clients do, as functions over a store: the use cases that the command
line and the HTTP API share (each does its own argument parsing and output).

Imports of old bounces go through the same path as received mail: stored first, then parsed,
classified and recorded by the worker's code, so they count exactly as if they had arrived.
"""

from __future__ import annotations

import asyncio
import csv
import email.utils
import io
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from .config import Config, RetentionConfig
from .configured import configured_recorder as configured_recorder  # where they were, too
from .configured import open_store as open_store
from .configured import policy_config as policy_config
from .configured import prepare_schema as prepare_schema
from .configured import token_policy as token_policy
from .envelope import Recipients, Refusal
from .errors import AddressError, ConfigError, RefusedMessage
from .pipeline import (
    ClassifyFn,
    Incoming,
    ManualAction,
    ParseFn,
    normalize_address,
    parse_address,
    process_all,
)
from .recording import Recorder
from .shapes import AddressView as AddressView  # where they were, for their callers
from .shapes import look_up as look_up
from .store import (
    AddressFilter,
    AddressKey,
    DomainCount,
    MessageInfo,
    PruneResult,
    Store,
    StoredAddress,
    database_error,
)
from .tokens import today_utc
from .types import AddressState, Category, Kind, Reason
from .worker import Worker

T = TypeVar("T")

Progress = Callable[[int], None]


ADDRESS_COLUMNS = ("address", "email", "emailaddress", "email_address", "recipient", "e-mail")
NOTE_COLUMNS = ("reason", "note", "suppressionreason", "type", "description", "error", "status")
DATE_COLUMNS = (
    "lastupdatetime",  # SES
    "suppressedat",  # Postmark
    "createdat",  # Postmark, Mailgun (created_at)
    "created_at",
    "created",  # SendGrid (a Unix time)
    "date",
    "timestamp",
)
# A source's reason that says the address complained: the suppression stays a complaint.
_COMPLAINT_WORDS = ("complaint", "spam", "abuse")
IMPORTED_COMPLAINT = (Kind.COMPLAINT, Category.COMPLAINT, Reason.FEEDBACK)


@dataclass(frozen=True, slots=True)
class CsvImport:
    actions: list[ManualAction]
    skipped: list[tuple[int, str]]  # (line, why)
    unused_columns: tuple[str, ...] = ()  # header columns that mean nothing to us


def read_suppression_csv(text: str, origin: str, now: datetime) -> CsvImport:
    """Addresses from a CSV export of another system (SES, Postmark, SendGrid, Mailgun...).

    A header row is recognised by an address column (address, email, EmailAddress...). The
    source's reason column (Reason, type, error...) is kept as the event's note, and one that
    names a complaint (SES COMPLAINT, Postmark SpamComplaint, SendGrid spam reports) keeps the
    event a complaint; a date column (LastUpdateTime, CreatedAt, created...) dates the event,
    never later than `now`. Other columns are named in ``unused_columns``. Without a header,
    the first column is the address.
    """
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return CsvImport([], [])
    header = [c.strip().lower().replace(" ", "") for c in rows[0]]
    address_col = _column(header, ADDRESS_COLUMNS)
    note_col = _column(header, NOTE_COLUMNS)
    date_col = _column(header, DATE_COLUMNS)
    start = 1 if address_col is not None else 0
    used = {address_col, note_col, date_col}
    unused = tuple(rows[0][i].strip() for i in range(len(header)) if start and i not in used)
    address_col = address_col or 0
    actions: list[ManualAction] = []
    skipped: list[tuple[int, str]] = []
    for line, row in enumerate(rows[start:], start=start + 1):
        if not row or not any(cell.strip() for cell in row):
            continue
        try:
            address = parse_address(row[address_col])
        except (AddressError, IndexError) as exc:
            skipped.append((line, str(exc)))
            continue
        note = _cell(row, note_col)
        dated = _source_date(_cell(row, date_col) or "")
        at = min(dated, now) if dated is not None else now
        complaint = note is not None and any(w in note.lower() for w in _COMPLAINT_WORDS)
        verdict = IMPORTED_COMPLAINT if complaint else None
        actions.append(ManualAction(address, "import", at, origin, note, None, verdict))
    return CsvImport(actions, skipped, unused)


def _column(header: list[str], names: Sequence[str]) -> int | None:
    return next((header.index(c) for c in names if c in header), None)


def _cell(row: list[str], column: int | None) -> str | None:
    if column is None or column >= len(row):
        return None
    return row[column].strip() or None


def _source_date(text: str) -> datetime | None:
    """A date as exports write it: ISO 8601, RFC 5322, or a Unix time; naive means UTC."""
    when: datetime | None = None
    if not text:
        return None
    if text.isdigit():
        when = datetime.fromtimestamp(int(text[:10]), UTC)  # seconds (milliseconds cut)
    else:
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def bounce_files(path: Path) -> Iterator[tuple[str, bytes]]:
    """Messages of an mbox file, a maildir (cur/ and new/), a folder, or a single file."""
    from .parse import split_mbox

    if path.is_dir():
        maildir = [path / "cur", path / "new"]
        folders = [d for d in maildir if d.is_dir()] or [path]
        for folder in folders:
            for file in sorted(p for p in folder.rglob("*") if p.is_file()):
                yield from ((str(file), m) for m in split_mbox(file.read_bytes()))
    else:
        yield from ((str(path), m) for m in split_mbox(path.read_bytes()))


def message_date(raw: bytes, now: datetime) -> datetime:
    """When a bounce was written (its Date header), never later than now."""
    from email.parser import BytesHeaderParser  # `import` only: not in the daemon's memory
    from email.policy import compat32

    head = raw[:65536]
    headers = BytesHeaderParser(policy=compat32).parsebytes(head)
    value = headers.get("Date")
    try:
        when = email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        return now
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(when.astimezone(UTC), now)


async def import_bounces(
    recorder: Recorder,
    messages: Iterable[tuple[str, bytes]],
    now: datetime,
    progress: Progress,
) -> int:
    """Store old bounces as if received at their Date, then process them; returns the count."""
    store = recorder.store
    count = 0
    batch: list[Incoming] = []
    for origin, raw in messages:
        batch.append(
            Incoming(
                raw=raw,
                mail_from="",
                rcpt_to=(),
                received_at=message_date(raw, now),
                peer=f"import:{origin}"[:128],
            )
        )
        if len(batch) >= 200:
            count += len(await store.receive(batch))
            batch.clear()
            progress(count)
    if batch:
        count += len(await store.receive(batch))
        progress(count)
    from . import classify, parse  # the parser and its tables: only the commands that read bounces

    worker = Worker(recorder, parse.parse, classify.classify, clock=lambda: now)
    await worker.drain()
    return count


# -- a message handed over by an MTA's pipe transport -------------------------------------------

# The exit status (sysexits.h) of a recipient refused, by the cause the SMTP server counts.
REFUSED_STATUS = {
    "bad-address": os.EX_USAGE,  # not an address: the command line is wrong
    "foreign-domain": os.EX_NOUSER,
    "bad-token": os.EX_NOPERM,
    "too-many-recipients": os.EX_USAGE,
}


# How MTAs write a bounce's null sender in a command line: Postfix's ${sender} is
# MAILER-DAEMON unless the transport sets null_sender=; stored as "", as SMTP's MAIL FROM:<>.
NULL_SENDERS = ("", "<>", "mailer-daemon")


@dataclass(frozen=True, slots=True)
class Delivered:
    message_id: int
    recipients: tuple[str, ...]  # those it was stored for
    refused: tuple[tuple[str, Refusal], ...]  # the others, each with the SMTP server's reply


async def deliver(
    config: Config, raw: bytes, sender: str, recipients: Sequence[str], now: datetime
) -> Delivered:
    """Store one message that a pipe transport handed over, as the SMTP server would have
    stored it from the same envelope (recipients and tokens checked alike, see
    :mod:`bouncesink.envelope`); returns once it is committed. The daemon's worker processes
    it (it claims what other processes stored).

    :class:`RefusedMessage` for an empty or too large message, a recipient that is not an
    address, or when no recipient is accepted. A database that is not there (or has no
    schema) is never created here.
    """
    limit = config.smtp.max_message_size
    if not raw.strip():
        raise RefusedMessage("the message on standard input is empty", os.EX_DATAERR)
    if len(raw) > limit:
        raise RefusedMessage(
            f"the message is larger than [smtp].max_message_size ({limit} bytes)", os.EX_DATAERR
        )
    rules = Recipients(config.smtp.domains, config.smtp.max_recipients, token_policy(config))
    accepted: list[str] = []
    refused: list[tuple[str, Refusal]] = []
    token: str | None = None
    for address in recipients:
        verdict = rules.check(address, len(accepted), today_utc(now))
        if isinstance(verdict, Refusal):
            refused.append((address, verdict))
            continue
        accepted.append(address)
        token = token or verdict.token
    malformed = [refusal for _, refusal in refused if refusal.cause == "bad-address"]
    if malformed:  # the command line is wrong (a macro of the transport, say): store nothing
        raise RefusedMessage(f"recipient refused: {malformed[0].reply}", os.EX_USAGE)
    if not accepted:
        first = refused[0][1]
        raise RefusedMessage(f"recipient refused: {first.reply}", REFUSED_STATUS[first.cause])
    sender = "" if sender.strip().lower() in NULL_SENDERS else sender
    item = rules.incoming(raw, sender, accepted, token, now, peer="pipe")
    (message_id,) = await with_store(config, lambda rec: rec.store.receive([item]))
    return Delivered(message_id, item.rcpt_to, tuple(refused))


# -- the store, as configured -------------------------------------------------------------------


async def with_store(config: Config, work: Callable[[Recorder], Awaitable[T]]) -> T:
    """Open the configured store, do `work` with its recorder (which holds it:
    ``recorder.store``), and close it.

    The schema must exist and be current (SchemaError naming the database otherwise: only
    `serve` and `db upgrade` create one). A failure of the database itself comes out as one
    :class:`StoreError`.
    """
    store = open_store(config)
    try:
        await store.require_schema()
        return await work(configured_recorder(config, store))
    except Exception as exc:
        raise _as_store_error(exc, store) from exc
    finally:
        await store.close()


def _as_store_error(exc: Exception, store: Store) -> Exception:
    """`exc` as a one-line StoreError if the database failed, else `exc` itself."""
    error = database_error(exc, store.location)
    return exc if error is None else error


@dataclass(frozen=True, slots=True)
class Revisions:
    current: str | None
    head: str | None  # the newest this version of bouncesink knows


async def migrate_schema(config: Config, action: str, revision: str | None) -> Revisions:
    """Upgrade (to `revision`, else the newest) or downgrade the schema, or only say where it
    is (action "current")."""
    store = open_store(config)
    try:
        if action == "upgrade":
            await store.upgrade(revision or "head")
        elif action == "downgrade":
            if not revision:
                raise ConfigError("db downgrade: give the target revision (or 'base')")
            await store.downgrade(revision)
        return Revisions(await store.schema_revision(), store.head_revision())
    except Exception as exc:
        raise _as_store_error(exc, store) from exc
    finally:
        await store.close()


# -- addresses ----------------------------------------------------------------------------------


async def address_pages(
    store: Store, where: AddressFilter, now: datetime, size: int
) -> AsyncIterator[list[StoredAddress]]:
    """Every address `where` selects, a page at a time (keyset paging: see store.queries)."""
    after: AddressKey | None = None
    while True:
        rows = await store.list_addresses(where, now, size, after)
        if rows:
            yield rows
        if len(rows) < size:
            return
        after = AddressKey(rows[-1].last_event_at, rows[-1].address)


# -- operators' actions -------------------------------------------------------------------------


def manual_actions(
    action: str,
    addresses: Iterable[str],
    now: datetime,
    *,
    actor: str | None,
    note: str | None,
    expires_days: int | None = None,
) -> list[ManualAction]:
    """Suppress or unsuppress actions for `addresses` (checked: AddressError if one is not)."""
    expires_at = now + timedelta(days=expires_days) if expires_days else None
    return [ManualAction(parse_address(a), action, now, actor, note, expires_at) for a in addresses]


async def record_manual(
    recorder: Recorder, actions: Sequence[ManualAction], now: datetime
) -> list[ManualAction]:
    """Record `actions`, except an unsuppress of an address with no record (there is nothing
    to lift, and no record is made); returns the actions left out."""
    unsuppress = [a.address for a in actions if a.action == "unsuppress"]
    known = await recorder.store.lookup(unsuppress) if unsuppress else {}
    left_out = [a for a in actions if a.action == "unsuppress" and a.address not in known]
    await recorder.add_manual_events([a for a in actions if a not in left_out], now)
    return left_out


async def suppress(
    recorder: Recorder,
    address: str,
    now: datetime,
    *,
    actor: str | None,
    note: str | None = None,
    expires_at: datetime | None = None,
) -> bool:
    """Suppress one address by hand; returns whether it had a record before."""
    existed = bool(await recorder.store.lookup([address]))
    await recorder.add_manual_event(
        address, "suppress", now, actor=actor, note=note, expires_at=expires_at
    )
    return existed


async def unsuppress(
    recorder: Recorder,
    address: str,
    now: datetime,
    *,
    actor: str | None,
    note: str | None = None,
) -> bool:
    """Lift a suppression by hand; an address with no record is left alone (returns False)."""
    if not await recorder.store.lookup([address]):
        return False
    await recorder.add_manual_event(address, "unsuppress", now, actor=actor, note=note)
    return True


@dataclass(frozen=True, slots=True)
class StateChange:
    address: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ReprocessReport:
    messages: int
    changed_messages: int
    events_before: int
    events_after: int
    state_changes: tuple[StateChange, ...]


def _signature(events: Sequence[Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (e.record_index, e.address, str(e.kind), str(e.category), str(e.reason), e.rule, e.trusted)
        for e in events
    )


async def reprocess(
    recorder: Recorder,
    parser: ParseFn,
    classifier: ClassifyFn,
    now: datetime,
    *,
    batch_size: int = 200,
    progress: Callable[[int], None] | None = None,
    only: int | None = None,
) -> ReprocessReport:
    """Parse every stored message again with the current rules (`only`: the message of that
    id alone; none if it is not there, not processed yet, or its raw bytes were pruned).

    Only messages whose events change are rewritten (their old events replaced, never added
    to), and the addresses they touch are re-derived; running it twice changes nothing more.
    """
    store, loop = recorder.store, asyncio.get_running_loop()
    total = changed_count = before_count = after_count = 0
    after = 0 if only is None else only - 1
    changes: list[StateChange] = []
    while True:
        batch = await store.stored_messages(after, batch_size if only is None else 1)
        batch = [m for m in batch if only is None or m.id == only]
        if not batch:
            break
        after = batch[-1].id
        outcomes = await loop.run_in_executor(None, process_all, batch, parser, classifier)
        old = await store.events_of_messages([m.id for m in batch])
        before_count += sum(len(v) for v in old.values())
        after_count += sum(len(o.events) for o in outcomes)
        changed = [o for o in outcomes if _signature(old[o.message_id]) != _signature(o.events)]
        total += len(batch)
        if changed:
            touched = {e.address for o in changed for e in old[o.message_id]}
            touched |= {normalize_address(e.address) for o in changed for e in o.events}
            states_before = await store.lookup(sorted(touched))
            received = {m.id: m.received_at for m in batch}
            await recorder.record(changed, received, now, replace=True)
            states_after = await store.lookup(sorted(touched))
            for address in sorted(touched):
                b, a = states_before.get(address), states_after.get(address)
                b_state = b.state if b else AddressState.ACTIVE
                a_state = a.state if a else AddressState.ACTIVE
                if b_state != a_state:
                    changes.append(StateChange(address, b_state, a_state))
            changed_count += len(changed)
        if progress is not None:
            progress(total)
        if only is not None:
            break
    return ReprocessReport(total, changed_count, before_count, after_count, tuple(changes))


async def reprocess_stored(
    recorder: Recorder, now: datetime, progress: Progress | None = None
) -> ReprocessReport:
    """Parse every stored message again with the current rules (see worker.reprocess)."""
    from . import classify, parse

    return await reprocess(recorder, parse.parse, classify.classify, now, progress=progress)


@dataclass(frozen=True, slots=True)
class Stats:
    domains: list[DomainCount]
    totals: dict[str, int]  # events per kind
    states: dict[str, int]  # addresses per state now (policy.state_at, in SQL)


async def stats(
    store: Store, since: datetime, kinds: tuple[str, ...], now: datetime, soft_lapse_days: int
) -> Stats:
    """Events of `kinds` per destination domain since a time, events per kind, and how many
    addresses are in each state at `now`."""
    return Stats(
        await store.domain_stats(since, kinds),
        await store.totals(since),
        await store.state_counts(now, soft_lapse_days),
    )


@dataclass(frozen=True, slots=True)
class Messages:
    rows: list[MessageInfo]
    counts: dict[str, int]  # stored messages per status


async def messages(store: Store, status: str | None, limit: int) -> Messages:
    """Stored messages, newest first (of one status, if given), and how many of each."""
    return Messages(await store.messages(status, limit), await store.message_counts())


async def prune(store: Store, now: datetime, retention: RetentionConfig) -> PruneResult:
    """Apply [retention]: drop old raw bytes and events (see Store.prune for what stays)."""
    return await store.prune(now, retention.raw_days, retention.events_days)
