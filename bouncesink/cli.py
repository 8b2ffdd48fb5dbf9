"""Command line of bouncesink: argument parsing and output only.

Exit status: 0 success; 1 an address asked about has no record (check) or a file could not be
parsed (parse); 2 usage or configuration error; 3 database error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from .cli_parser import build_parser, parse_duration
from .config import Config, load
from .errors import (
    AddressError,
    BouncesinkError,
    ConfigError,
    FileError,
    RefusedMessage,
    StoreError,
)
from .types import AddressState

if TYPE_CHECKING:
    from . import operations
    from .recording import Recorder
    from .store import AddressFilter

T = TypeVar("T")

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3


def _lean_log_records() -> None:
    """Log records without what our format never shows: the caller's file and line, thread
    and process names (the logging HOWTO's "Optimization"). It halves the cost of a line,
    and the daemon writes one per message received."""
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure we expect ends as one line on stderr and its exit
    status (a traceback too with --log-level debug). Anything else is a bug: a traceback."""
    args = build_parser().parse_args(argv)
    debug = (args.log_level or "").upper() == "DEBUG"
    try:
        config = load(args.config) if args.config is not None else Config()
        level = (args.log_level or config.log.level).upper()
        debug = level == "DEBUG"
        _configure_logging(level, args.command)
        return COMMANDS[args.command](args, config)
    except BrokenPipeError:  # `bouncesink export | head -1`: the reader has all it wanted
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        status = _expected_failure(exc)
        if args.command == "deliver":  # a pipe transport: what is not refused is retried
            status = _deliver_status(exc, status)
        if status is None:
            raise
        if debug:
            logging.getLogger(__name__).exception("%s failed", args.command)
        print(f"bouncesink: {_one_line(exc)}", file=sys.stderr)
        return status


def _expected_failure(exc: Exception) -> int | None:
    """The exit status of a failure we expect, or None for a bug."""
    if isinstance(exc, ConfigError | AddressError):
        return EXIT_USAGE
    if isinstance(exc, StoreError):
        return EXIT_STORE
    if isinstance(exc, FileError):
        return EXIT_NOT_FOUND
    if isinstance(exc, BouncesinkError):
        return EXIT_USAGE
    return None


def _deliver_status(exc: Exception, expected: int | None) -> int:
    """`deliver`'s exit status (sysexits.h): a refused message's own; anything else (the
    database, the configuration, or a bug) is 75, EX_TEMPFAIL: the MTA keeps the message
    and tries again."""
    if isinstance(exc, RefusedMessage):
        return exc.status
    if expected is None:  # a bug: its traceback too
        logging.getLogger(__name__).error("deliver failed", exc_info=exc)
    return os.EX_TEMPFAIL


def _one_line(exc: Exception) -> str:
    prefix = {ConfigError: "configuration error: ", StoreError: "database error: "}
    kind = next((p for t, p in prefix.items() if isinstance(exc, t)), "")
    return kind + " ".join(str(exc).split())


def _configure_logging(level: str, command: str) -> None:
    _lean_log_records()
    if command == "deliver" and level == "INFO":  # its stderr goes to the MTA: failures only
        level = "WARNING"
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    if level != "DEBUG":  # aiosmtpd logs every command at info: five lines a message
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        if command != "serve":  # a command's migrations are no news (the daemon's are)
            logging.getLogger("alembic").setLevel(logging.WARNING)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush fails no more."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def cmd_serve(args: argparse.Namespace, config: Config) -> int:
    from .daemon import run

    run(config)  # on uvloop's event loop when it is installed
    return EXIT_OK


def cmd_db(args: argparse.Namespace, config: Config) -> int:
    import asyncio

    from . import operations

    revisions = asyncio.run(operations.migrate_schema(config, args.action, args.revision))
    print(f"schema revision: {revisions.current or 'none'} (this version's head: {revisions.head})")
    return EXIT_OK


def cmd_deliver(args: argparse.Namespace, config: Config) -> int:
    import asyncio

    from . import operations

    raw = _read_message(config.smtp.max_message_size)
    now = datetime.now(UTC)
    done = asyncio.run(operations.deliver(config, raw, args.sender, args.recipient, now))
    for address, refusal in done.refused:
        print(f"bouncesink: not stored for {address}: {refusal.reply}", file=sys.stderr)
    print(f"stored as message {done.message_id} for {', '.join(done.recipients)}")
    return EXIT_OK


def _read_message(limit: int) -> bytes:
    """Standard input, up to one byte over `limit` (the rest is read and dropped: the MTA
    writing it gets no broken pipe, and the message is refused as too large)."""
    raw = sys.stdin.buffer.read(limit + 1)
    if len(raw) > limit:
        while sys.stdin.buffer.read(1 << 20):
            pass
    return raw


# -- parse --------------------------------------------------------------------------------------


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, bytes | Exception]]:
    for name in paths:
        if name == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                yield str(file), file.read_bytes()
            except OSError as exc:
                yield str(file), exc


def _record_json(file: str, report: Any, record: Any, explain: bool) -> dict[str, Any]:
    from . import classify

    verdict = classify.classify(record, report)
    out: dict[str, Any] = {
        "file": file,
        "recipient": record.recipient,
        "action": record.action.value if record.action else None,
        "status": record.status,
        "reply_code": record.reply_code,
        "diagnostic": record.diagnostic,
        "remote_mta": record.remote_mta,
        "reason": verdict.reason.value,
        "category": verdict.category.value,
        "kind": verdict.kind.value,
        "rule": verdict.rule,
        "message_type": report.message_type.value,
    }
    if explain:
        out["evidence"] = verdict.evidence
        out["source"] = record.source
        out["command"] = record.command
        out["reporting_mta"] = record.reporting_mta or report.reporting_mta
        out["original_recipient"] = record.original_recipient
        out["mta_category"] = record.mta_category
    return out


def cmd_parse(args: argparse.Namespace, config: Config) -> int:
    from . import parse

    status = EXIT_OK
    for file, data in _inputs(args.paths):
        if isinstance(data, Exception):
            _emit({"file": file, "error": f"cannot read: {data}"})
            status = EXIT_NOT_FOUND
            continue
        if not data.strip():
            _emit({"file": file, "recipient": None, "kind": "none", "error": "empty file"})
            status = EXIT_NOT_FOUND
            continue
        for raw in parse.split_mbox(data):
            report = parse.parse(raw)
            if report.error:
                _emit({"file": file, "recipient": None, "kind": "none", "error": report.error})
                status = EXIT_NOT_FOUND
            elif not report.records:
                _emit(
                    {
                        "file": file,
                        "recipient": None,
                        "kind": "none",
                        "message_type": report.message_type.value,
                    }
                )
            for record in report.records:
                _emit(_record_json(file, report, record, args.explain))
    return status


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


# -- check --------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    from .pipeline import parse_address
    from .shapes import iso, look_up
    from .store import quick_reader, read

    now = datetime.now(UTC)
    lapse = config.policy.soft_lapse_days
    addresses = [parse_address(a) for a in args.addresses]  # a bad one is said before all else
    reader = quick_reader(config.database.url, config.base_dir)  # loads no SQLAlchemy
    if reader is None:  # a URL that only the Store takes (a query string, in memory)
        views = _run_with_store(config, lambda rec: look_up(rec.store, addresses, now, lapse))
    else:
        views = read(reader, lambda r: look_up(r, addresses, now, lapse))
    status = EXIT_OK
    for view in views:
        row = view.row
        if row is None:
            status = EXIT_NOT_FOUND
        current = row is not None and not view.over  # a state ended by the clock shows no cause
        info = {
            "address": view.address,
            "found": row is not None,
            "state": view.state.value,
            "suppression_reason": row.suppression_reason if row and current else None,
            "kind": row.kind if row else None,
            "category": row.category if row else None,
            "reason": row.reason if row else None,
            "status": row.status if row else None,
            "diagnostic": row.diagnostic if row else None,
            "soft_score": row.soft_score if row and current else 0,
            "last_event_at": iso(row.last_event_at) if row else None,
            "expires_at": iso(row.expires_at) if row and current else None,
            "note": view.note,
        }
        if args.json:
            _emit(info)
        else:
            print(_check_line(info))
    return status


def _check_line(info: dict[str, Any]) -> str:
    if not info["found"]:
        return f"{info['address']}: active (no bounce recorded)"
    parts = [f"{info['address']}: {info['state']}"]
    if info["suppression_reason"]:
        parts.append(f"({info['suppression_reason']})")
    details = [
        f"{k}={info[k]}" for k in ("kind", "category", "reason", "status") if info[k] is not None
    ]
    if info["soft_score"]:
        details.append(f"soft_score={info['soft_score']}")
    if info["expires_at"]:
        details.append(f"expires={info['expires_at']}")
    if info["last_event_at"]:
        details.append(f"last_event={info['last_event_at']}")
    line = " ".join(parts + details)
    if info["note"]:
        line += f"\n  note: {info['note']}"
    if info["diagnostic"]:
        line += f"\n  diagnostic: {info['diagnostic']}"
    return line


# -- operators' commands -------------------------------------------------------------------------


def _run_with_store(config: Config, work: Callable[[Recorder], Awaitable[T]]) -> T:
    """Run `work` on the configured store, which must exist: only `serve` and `db upgrade`
    create one (a command run from the wrong folder must not start an empty database that
    the daemon never reads)."""
    import asyncio

    from . import operations

    return asyncio.run(operations.with_store(config, work))


def cmd_manual(args: argparse.Namespace, config: Config) -> int:
    from . import operations

    now = datetime.now(UTC)
    actions = operations.manual_actions(
        args.command,
        args.addresses,
        now,
        actor=args.actor,
        note=args.note,
        expires_days=getattr(args, "expires", None),
    )
    left_out = _run_with_store(config, lambda rec: operations.record_manual(rec, actions, now))
    for action in actions:
        if action in left_out:
            print(f"{action.address}: nothing to unsuppress (no record of this address)")
        else:
            print(f"{action.address}: {args.command}ed")
    return EXIT_NOT_FOUND if left_out else EXIT_OK


def cmd_import(args: argparse.Namespace, config: Config) -> int:
    from . import operations

    now = datetime.now(UTC)
    status = EXIT_OK
    csv_imports: list[tuple[Path, operations.CsvImport]] = []
    bounce_paths: list[Path] = []
    for name in args.paths:
        path = Path(name)
        if args.format == "csv" or (args.format == "auto" and path.suffix.lower() == ".csv"):
            text = _read_text(path)
            result = operations.read_suppression_csv(text, f"import:{path.name}", now)
            if result.unused_columns:
                print(
                    f"{path}: columns not used: {', '.join(result.unused_columns)}", file=sys.stderr
                )
            for line, why in result.skipped:
                print(f"{path}:{line}: skipped: {why}", file=sys.stderr)
                status = EXIT_NOT_FOUND
            csv_imports.append((path, result))
        elif not path.exists() or not os.access(path, os.R_OK):
            raise FileError(f"cannot read {path}: no such file or no permission to read it")
        else:
            bounce_paths.append(path)

    async def work(rec: Recorder) -> None:
        for path, result in csv_imports:
            done = await rec.add_manual_events(result.actions, now)
            print(f"{path}: {done} addresses suppressed (import), {len(result.skipped)} skipped")
        for path in bounce_paths:
            with Progress(f"{path.name}: storing") as bar:
                messages = operations.bounce_files(path)
                count = await operations.import_bounces(rec, messages, now, bar.update)
            print(f"{path}: {count} messages imported and processed")

    _run_with_store(config, work)
    return status


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise FileError(f"cannot read {path}: {exc.strerror or exc}") from exc


def cmd_reprocess(args: argparse.Namespace, config: Config) -> int:
    from . import operations

    async def work(rec: Recorder) -> tuple[operations.ReprocessReport, int]:
        with Progress("reprocessing") as bar:
            report = await operations.reprocess_stored(rec, datetime.now(UTC), bar.update)
        return report, await rec.store.pruned_count()

    report, pruned = _run_with_store(config, work)
    if args.json:
        _emit(
            {
                "messages": report.messages,
                "pruned_messages": pruned,
                "changed_messages": report.changed_messages,
                "events_before": report.events_before,
                "events_after": report.events_after,
                "state_changes": [
                    {"address": c.address, "before": c.before, "after": c.after}
                    for c in report.state_changes
                ],
            }
        )
    else:
        print(
            f"{report.messages} messages reprocessed, {report.changed_messages} changed; "
            f"events {report.events_before} -> {report.events_after}; "
            f"{len(report.state_changes)} addresses changed state"
        )
        for change in report.state_changes:
            print(f"  {change.address}: {change.before} -> {change.after}")
        if pruned:
            print(
                f"{pruned} messages not read again: their raw bytes were pruned "
                "([retention].raw_days); their events stay as recorded"
            )
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, config: Config) -> int:
    from . import operations

    now = datetime.now(UTC)
    since = now - parse_duration(args.since)
    kinds = tuple(args.kind or ["block"])
    lapse = config.policy.soft_lapse_days
    found = _run_with_store(
        config, lambda rec: operations.stats(rec.store, since, kinds, now, lapse)
    )
    rows, totals = found.domains, found.totals
    if args.json:
        for row in rows:
            _emit(
                {
                    "domain": row.domain,
                    "kind": row.kind,
                    "reason": row.reason,
                    "count": row.count,
                    "last_at": row.last_at.isoformat(),
                }
            )
        return EXIT_OK
    print(
        f"events since {since:%Y-%m-%d %H:%M} UTC: "
        + (", ".join(f"{k} {n}" for k, n in sorted(totals.items())) or "none")
    )
    print("addresses now: " + ", ".join(f"{state} {n}" for state, n in found.states.items()))
    if rows:
        print(f"{'count':>7}  {'domain':<32} {'kind':<10} reason")
        for row in rows:
            print(f"{row.count:>7}  {row.domain:<32} {row.kind:<10} {row.reason}")
    return EXIT_OK


def _address_filter(args: argparse.Namespace, config: Config) -> AddressFilter:
    state = None if args.state == "any" else args.state
    if state is not None and state not in tuple(AddressState):
        raise ConfigError(f"--state: expected active, soft, suppressed or any, got {args.state!r}")
    since = datetime.now(UTC) - parse_duration(args.since) if args.since else None
    from .store import AddressFilter  # the database library only for commands that use it

    return AddressFilter(
        state=state,
        kind=args.kind,
        category=args.category,
        since=since,
        soft_lapse_days=config.policy.soft_lapse_days,
    )


def _pages(
    config: Config,
    where: AddressFilter,
    emit: Callable[[list[dict[str, Any]]], bool],
    opened: Callable[[], None] = lambda: None,
) -> int:
    """Walk the filtered address list page by page; `emit` returns False to stop. `opened`
    is called once the database is found, before the first page (a header, say)."""
    from . import operations
    from .shapes import suppression_json

    lapse = config.policy.soft_lapse_days

    async def work(rec: Recorder) -> int:
        opened()
        now, count = datetime.now(UTC), 0
        async for rows in operations.address_pages(rec.store, where, now, 1000):
            count += len(rows)
            if not emit([suppression_json(row, now, lapse) for row in rows]):
                break
        return count

    return _run_with_store(config, work)


def cmd_list(args: argparse.Namespace, config: Config) -> int:
    where = _address_filter(args, config)
    shown = 0

    def emit(items: list[dict[str, Any]]) -> bool:
        nonlocal shown
        for item in items:
            if args.limit and shown >= args.limit:
                return False
            shown += 1
            if args.json:
                _emit(item)
            else:
                print(_list_line(item))
        return True

    def header() -> None:
        if not args.json:
            print(_list_line(LIST_HEADER))

    _pages(config, where, emit, header)
    return EXIT_OK


LIST_HEADER = {
    "address": "address",
    "state": "state",
    "kind": "kind",
    "category": "category",
    "reason": "reason",
    "last_event_at": "last event",
}


def _list_line(item: dict[str, Any]) -> str:
    return (
        f"{item['address']:<40} {item['state']:<10} {item['kind'] or '-':<9} "
        f"{item['category'] or '-':<18} {item['reason'] or '-':<15} "
        f"{item['last_event_at'] or '-'}"
    )


def cmd_export(args: argparse.Namespace, config: Config) -> int:
    where = _address_filter(args, config)
    if args.output == "-":
        count = _export(config, where, args.format, sys.stdout)
    else:
        try:
            out = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise FileError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
        with out:
            count = _export(config, where, args.format, out)
        print(f"{count} addresses written to {args.output}", file=sys.stderr)
    return EXIT_OK


def _export(config: Config, where: AddressFilter, fmt: str, out: TextIO) -> int:
    from .shapes import CSV_FIELDS, csv_page

    def header() -> None:
        if fmt == "csv":
            out.write(",".join(CSV_FIELDS) + "\r\n")

    def emit(items: list[dict[str, Any]]) -> bool:
        if fmt == "csv":
            out.write(csv_page(items))
        else:
            out.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        bar.update(done[0] + len(items))
        done[0] += len(items)
        return True

    done = [0]
    with Progress("exporting") as bar:
        return _pages(config, where, emit, header)


def cmd_messages(args: argparse.Namespace, config: Config) -> int:
    from . import operations

    found = _run_with_store(
        config, lambda rec: operations.messages(rec.store, args.status, args.limit)
    )
    rows, counts = found.rows, found.counts
    if not args.json:
        print("messages: " + (", ".join(f"{k} {n}" for k, n in sorted(counts.items())) or "none"))
    for row in rows:
        if args.json:
            _emit(
                {
                    "id": row.id,
                    "received_at": row.received_at.isoformat(),
                    "status": row.status,
                    "message_type": row.message_type,
                    "size": row.size,
                    "peer": row.peer,
                    "error": row.error,
                }
            )
        else:
            error = f"  {row.error}" if row.error else ""
            print(
                f"{row.id:>8}  {row.received_at:%Y-%m-%d %H:%M:%S}  {row.status:<10} "
                f"{row.message_type or '-':<10} {row.size:>9}{error}"
            )
    return EXIT_OK


def cmd_prune(args: argparse.Namespace, config: Config) -> int:
    from . import operations

    result = _run_with_store(
        config, lambda rec: operations.prune(rec.store, datetime.now(UTC), config.retention)
    )
    print(
        f"raw bytes dropped from {result.raw_dropped} messages; "
        f"{result.events_deleted} events, {result.messages_deleted} messages and "
        f"{result.webhooks_deleted} settled webhooks deleted"
    )
    return EXIT_OK


def cmd_token(args: argparse.Namespace, config: Config) -> int:
    from . import tokens
    from .pipeline import parse_address

    keys = tokens.parse_keys(config.tokens.keys)
    if config.tokens.signing_key not in keys:
        raise ConfigError("[tokens].keys: no signing key configured; see config.example.toml")
    domain = args.domain or config.smtp.domains[0]
    key = keys[config.tokens.signing_key]
    for address in args.addresses:
        local = tokens.make_token(
            config.tokens.signing_key,
            key,
            tokens.today_utc(),
            address=parse_address(address),
        )
        print(f"{local}@{domain}")
    return EXIT_OK


class Progress:
    """A one-line progress counter on a terminal; silent in a pipe."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.active = sys.stderr.isatty()

    def __enter__(self) -> Progress:
        return self

    def update(self, done: int) -> None:
        if self.active:
            sys.stderr.write(f"\r{self.label}: {done}")
            sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.active:
            sys.stderr.write("\n")


COMMANDS: dict[str, Callable[[argparse.Namespace, Config], int]] = {
    "serve": cmd_serve,
    "db": cmd_db,
    "deliver": cmd_deliver,
    "parse": cmd_parse,
    "check": cmd_check,
    "suppress": cmd_manual,
    "unsuppress": cmd_manual,
    "import": cmd_import,
    "reprocess": cmd_reprocess,
    "stats": cmd_stats,
    "prune": cmd_prune,
    "list": cmd_list,
    "messages": cmd_messages,
    "export": cmd_export,
    "token": cmd_token,
}

if __name__ == "__main__":
    sys.exit(main())
