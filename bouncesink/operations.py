"""What operators do from the command line, as functions over a store (output is the CLI's).

Imports of old bounces go through the same path as received mail: stored first, then parsed,
classified and recorded by the worker's code, so they count exactly as if they had arrived.
"""

from __future__ import annotations

import csv
import email.utils
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from . import classify, parse
from .errors import AddressError
from .pipeline import Incoming, ManualAction, normalize_address
from .store import Store
from .worker import Worker

Progress = Callable[[int], None]

ADDRESS_COLUMNS = ("address", "email", "emailaddress", "email_address", "recipient", "e-mail")
NOTE_COLUMNS = ("reason", "note", "suppressionreason", "type", "description")


def check_address(address: str) -> str:
    """The normalized address, or :class:`AddressError` saying what is wrong with it."""
    normalized = normalize_address(address)
    local, at, domain = normalized.rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in normalized):
        raise AddressError(f"not an e-mail address: {address!r}")
    if len(local.encode()) > 64 or len(normalized.encode()) > 320:
        raise AddressError(f"address too long: {address!r}")
    return normalized


@dataclass(frozen=True, slots=True)
class CsvImport:
    actions: list[ManualAction]
    skipped: list[tuple[int, str]]  # (line, why)


def read_suppression_csv(text: str, origin: str, now: datetime) -> CsvImport:
    """Addresses from a CSV export of another system (SES, Postmark, SendGrid, Mailgun...).

    A header row is recognised by an address column (address, email, EmailAddress...); a
    reason or note column, if any, becomes the event's note. Without a header, the first
    column is the address.
    """
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return CsvImport([], [])
    header = [c.strip().lower().replace(" ", "") for c in rows[0]]
    address_col = next((header.index(c) for c in ADDRESS_COLUMNS if c in header), None)
    note_col = next((header.index(c) for c in NOTE_COLUMNS if c in header), None)
    start = 1 if address_col is not None else 0
    address_col = address_col or 0
    actions: list[ManualAction] = []
    skipped: list[tuple[int, str]] = []
    for line, row in enumerate(rows[start:], start=start + 1):
        if not row or not any(cell.strip() for cell in row):
            continue
        try:
            address = check_address(row[address_col])
        except (AddressError, IndexError) as exc:
            skipped.append((line, str(exc)))
            continue
        note = row[note_col].strip() if note_col is not None and note_col < len(row) else None
        actions.append(ManualAction(address, "import", now, actor=origin, note=note or None))
    return CsvImport(actions, skipped)


def bounce_files(path: Path) -> Iterator[tuple[str, bytes]]:
    """Messages of an mbox file, a maildir (cur/ and new/), a folder, or a single file."""
    if path.is_dir():
        maildir = [path / "cur", path / "new"]
        folders = [d for d in maildir if d.is_dir()] or [path]
        for folder in folders:
            for file in sorted(p for p in folder.rglob("*") if p.is_file()):
                yield from ((str(file), m) for m in parse.split_mbox(file.read_bytes()))
    else:
        yield from ((str(path), m) for m in parse.split_mbox(path.read_bytes()))


def message_date(raw: bytes, now: datetime) -> datetime:
    """When a bounce was written (its Date header), never later than now."""
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
    store: Store, messages: Iterable[tuple[str, bytes]], now: datetime, progress: Progress
) -> int:
    """Store old bounces as if received at their Date, then process them; returns the count."""
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
    worker = Worker(store, parse.parse, classify.classify, clock=lambda: now)
    await worker.drain()
    return count
