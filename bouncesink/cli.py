"""Command line of bouncesink: argument parsing and output only.

Exit status: 0 success; 1 an address asked about has no record (check) or a file could not be
parsed (parse); 2 usage or configuration error; 3 database error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__, classify, parse
from .config import Config, load
from .errors import BouncesinkError, ConfigError, StoreError
from .store import normalize_address

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
CONFIG_ENV = "BOUNCESINK_CONFIG"


def _add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        "-c",
        metavar="FILE",
        default=os.environ.get(CONFIG_ENV),
        help=f"TOML configuration file (default: ${CONFIG_ENV}, else built-in defaults)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bouncesink", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"bouncesink {__version__}")
    parser.add_argument("--log-level", default=None, help="debug, info, warning or error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the SMTP sink and the processing worker")
    _add_config(serve)

    db = sub.add_parser("db", help="database schema: upgrade, downgrade, current")
    _add_config(db)
    db.add_argument("action", choices=["upgrade", "downgrade", "current"])
    db.add_argument("revision", nargs="?", default=None, help="target revision")

    p = sub.add_parser("parse", help="parse bounce files offline; one JSON object per record")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, mbox files, or -")
    p.add_argument("--explain", action="store_true", help="add the evidence of each verdict")

    check = sub.add_parser("check", help="show the state of addresses")
    _add_config(check)
    check.add_argument("addresses", nargs="+", metavar="ADDRESS")
    check.add_argument("--json", action="store_true", help="one JSON object per address")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load(args.config) if getattr(args, "config", None) is not None else Config()
        level = (args.log_level or config.log.level).upper()
        logging.basicConfig(
            level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s %(message)s"
        )
        handler = COMMANDS[args.command]
        return handler(args, config)
    except ConfigError as exc:
        print(f"bouncesink: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"bouncesink: database error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except BouncesinkError as exc:
        print(f"bouncesink: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def cmd_serve(args: argparse.Namespace, config: Config) -> int:
    from .daemon import serve

    asyncio.run(serve(config))
    return EXIT_OK


def cmd_db(args: argparse.Namespace, config: Config) -> int:
    from .daemon import open_store
    from .store import migrate

    async def run() -> int:
        store = open_store(config)
        try:
            if args.action == "upgrade":
                await migrate.upgrade(store.engines.writer, args.revision or "head")
            elif args.action == "downgrade":
                if not args.revision:
                    raise ConfigError("db downgrade: give the target revision (or 'base')")
                await migrate.downgrade(store.engines.writer, args.revision)
            current = await migrate.current_revision(store.engines.reader) or "none"
            print(f"schema revision: {current} (this version's head: {migrate.head_revision()})")
            return EXIT_OK
        finally:
            await store.close()

    return asyncio.run(run())


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
    return out


def cmd_parse(args: argparse.Namespace, config: Config) -> int:
    status = EXIT_OK
    for file, data in _inputs(args.paths):
        if isinstance(data, Exception):
            _emit({"file": file, "error": f"cannot read: {data}"})
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
    from .daemon import open_store, prepare_schema

    async def run() -> dict[str, Any]:
        store = open_store(config)
        try:
            await prepare_schema(store)
            return await store.lookup(args.addresses)
        finally:
            await store.close()

    rows = asyncio.run(run())
    status = EXIT_OK
    for given in args.addresses:
        address = normalize_address(given)
        row = rows.get(address)
        if row is None:
            status = EXIT_NOT_FOUND
        info = {
            "address": address,
            "found": row is not None,
            "state": row.state if row else "active",
            "suppression_reason": row.suppression_reason if row else None,
            "kind": row.kind if row else None,
            "category": row.category if row else None,
            "reason": row.reason if row else None,
            "status": row.status if row else None,
            "diagnostic": row.diagnostic if row else None,
            "soft_score": row.soft_score if row else 0,
            "last_event_at": row.last_event_at.isoformat() if row and row.last_event_at else None,
            "expires_at": row.expires_at.isoformat() if row and row.expires_at else None,
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
    if info["last_event_at"]:
        details.append(f"last_event={info['last_event_at']}")
    line = " ".join(parts + details)
    if info["diagnostic"]:
        line += f"\n  diagnostic: {info['diagnostic']}"
    return line


COMMANDS = {"serve": cmd_serve, "db": cmd_db, "parse": cmd_parse, "check": cmd_check}

if __name__ == "__main__":
    sys.exit(main())
