"""The command line's arguments: the parser, one function per group of commands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from typing import Any, NoReturn

from . import __version__
from .errors import ConfigError
from .types import AddressState

CONFIG_ENV = "BOUNCESINK_CONFIG"
DESCRIPTION = "Command line of bouncesink: argument parsing and output only."


def _add_config(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--config, before the command (`bouncesink --config F check ...`) or after it; the
    command's own option has no default, so it does not hide one given before."""
    parser.add_argument(
        "--config",
        "-c",
        metavar="FILE",
        default=os.environ.get(CONFIG_ENV) if top else argparse.SUPPRESS,
        help=f"TOML configuration file (default: ${CONFIG_ENV}, else built-in defaults)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bouncesink", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"bouncesink {__version__}")
    parser.add_argument("--log-level", default=None, help="debug, info, warning or error")
    _add_config(parser, top=True)
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=CommandParser
    )
    for add in (
        _add_daemon_commands,
        _add_deliver_command,
        _add_address_commands,
        _add_import_commands,
        _add_listing_commands,
        _add_maintenance_commands,
    ):
        add(sub)
    return parser


Subparsers = Any  # argparse's _SubParsersAction, which it does not name publicly


def _add_daemon_commands(sub: Subparsers) -> None:
    serve = sub.add_parser("serve", help="run the SMTP sink and the processing worker")
    _add_config(serve)

    db = sub.add_parser("db", help="database schema: upgrade, downgrade, current")
    _add_config(db)
    db.add_argument("action", choices=["upgrade", "downgrade", "current"])
    db.add_argument("revision", nargs="?", default=None, help="target revision")

    p = sub.add_parser("parse", help="parse bounce files offline; one JSON object per record")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, mbox files, or -")
    p.add_argument("--explain", action="store_true", help="add the evidence of each verdict")


class CommandParser(argparse.ArgumentParser):
    """A command's parser: a usage error exits with `usage_status` (argparse's 2, or 64,
    EX_USAGE, for ``deliver``, whose caller is a mail server reading sysexits.h); a `strict`
    one refuses unknown arguments itself (else they reach the top parser, which exits 2)."""

    usage_status = 2
    strict = False

    def parse_known_args(  # type: ignore[override]  # one signature for argparse's overloads
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        known, extras = super().parse_known_args(args, namespace)
        if self.strict and extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return known, extras

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(self.usage_status, f"{self.prog}: error: {message}\n")


def _add_deliver_command(sub: Subparsers) -> None:
    deliver = sub.add_parser(
        "deliver",
        help="store one message from standard input (an MTA's pipe transport)",
        description="Store the message on standard input durably, for the daemon to "
        "process. Exit status (sysexits.h): 0 stored; 64 bad options or recipient; 65 empty "
        "or too large; 67 a recipient outside [smtp].domains; 75 not stored now, try again "
        "(database, configuration); 77 a return-path token refused ([tokens] enforce).",
    )
    deliver.usage_status = os.EX_USAGE
    deliver.strict = True
    _add_config(deliver)
    deliver.add_argument(
        "--sender",
        "-f",
        default="",
        metavar="ADDRESS",
        help="the envelope sender (empty, <> or MAILER-DAEMON: a bounce's null sender)",
    )
    deliver.add_argument(
        "--recipient",
        "-r",
        action="extend",
        nargs="+",
        required=True,
        metavar="ADDRESS",
        help="an envelope recipient: a return path of a bounce domain (repeatable, or several "
        "after one --recipient, as Postfix's ${original_recipient} expands)",
    )


def _add_address_commands(sub: Subparsers) -> None:
    check = sub.add_parser("check", help="show the state of addresses")
    _add_config(check)
    check.add_argument("addresses", nargs="+", metavar="ADDRESS")
    check.add_argument("--json", action="store_true", help="one JSON object per address")

    for name, text in (
        ("suppress", "suppress addresses by hand"),
        ("unsuppress", "lift suppressions"),
    ):
        cmd = sub.add_parser(name, help=text)
        _add_config(cmd)
        cmd.add_argument("addresses", nargs="+", metavar="ADDRESS")
        cmd.add_argument("--note", default=None, help="why (kept with the event)")
        cmd.add_argument("--actor", default=os.environ.get("USER") or "cli", help="who")
        if name == "suppress":
            cmd.add_argument(
                "--expires",
                default=None,
                metavar="DAYS",
                type=positive_days,
                help="lift the suppression by itself after DAYS days (1 or more)",
            )


def _add_import_commands(sub: Subparsers) -> None:
    imp = sub.add_parser("import", help="import suppressions (CSV) or old bounces (mbox, maildir)")
    _add_config(imp)
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument(
        "--format",
        choices=["auto", "csv", "bounces"],
        default="auto",
        help="csv: addresses to suppress; bounces: mbox/maildir/.eml files "
        "(auto: .csv files are csv)",
    )

    rep = sub.add_parser("reprocess", help="parse stored messages again with the current rules")
    _add_config(rep)
    rep.add_argument("--json", action="store_true", help="print the report as JSON")


def _add_listing_commands(sub: Subparsers) -> None:
    stats = sub.add_parser("stats", help="refusals per destination domain (block events)")
    _add_config(stats)
    stats.add_argument("--since", default="24h", help="window: 30m, 6h, 7d... (default 24h)")
    stats.add_argument(
        "--kind",
        action="append",
        default=None,
        help="event kinds to count (default: block); repeatable",
    )
    stats.add_argument("--json", action="store_true")

    for name, text in (
        ("list", "list addresses by state (default: suppressed)"),
        ("export", "export addresses as CSV or JSON lines"),
    ):
        cmd = sub.add_parser(name, help=text)
        _add_config(cmd)
        cmd.add_argument(
            "--state",
            default=AddressState.SUPPRESSED.value,
            help="active, soft, suppressed, or any (default: suppressed)",
        )
        cmd.add_argument("--kind", default=None, help="only this kind (hard, soft, complaint...)")
        cmd.add_argument("--category", default=None, help="only this category (bad-mailbox...)")
        cmd.add_argument("--since", default=None, help="last event within: 30m, 6h, 7d...")
        if name == "list":
            cmd.add_argument("--json", action="store_true", help="one JSON object per line")
            cmd.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")
        else:
            cmd.add_argument("--format", choices=["csv", "json"], default="csv")
            cmd.add_argument("--output", "-o", default="-", help="file (default: stdout)")

    msgs = sub.add_parser("messages", help="stored messages, newest first (e.g. unparsable)")
    _add_config(msgs)
    msgs.add_argument("--status", choices=["pending", "processed", "unparsable"], default=None)
    msgs.add_argument("--limit", type=int, default=50)
    msgs.add_argument("--json", action="store_true")


def _add_maintenance_commands(sub: Subparsers) -> None:
    prune = sub.add_parser("prune", help="apply [retention]: drop old raw messages and events")
    _add_config(prune)

    tok = sub.add_parser("token", help="make the signed return path for a recipient")
    _add_config(tok)
    tok.add_argument("addresses", nargs="+", metavar="ADDRESS")
    tok.add_argument("--domain", default=None, help="bounce domain (default: the first configured)")


def positive_days(text: str) -> int:
    """A number of days from 1 up; argparse turns the ValueError into a usage error."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of days from 1, got {text!r}")
    return int(text)


def parse_duration(text: str) -> timedelta:
    units = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
    number, unit = text[:-1], text[-1:].lower()
    if unit not in units or not number.isdigit():
        raise ConfigError(f"--since: expected a duration such as 30m, 6h or 7d, got {text!r}")
    return timedelta(**{units[unit]: int(number)})
