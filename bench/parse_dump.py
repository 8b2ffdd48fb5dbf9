"""Dump ``parse(raw)`` of every corpus message as JSON lines, to tell a change in results apart
from a change in speed.

Usage::

    PYTHONPATH=. .venv/bin/python bench/parse_dump.py [CORPUS_DIR] > /tmp/before.jsonl
    # ... change the parser ...
    PYTHONPATH=. .venv/bin/python bench/parse_dump.py [CORPUS_DIR] > /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

Messages read: ``maildir/*/*``, ``mailbox/*`` (split with ``split_mbox``) and
``to-be-debugged-because/**``, in sorted order. One line per message: its name (file, and
``#n`` for the n-th message of an mbox), every field of the Report and every field of each
record; enum values are written as their ``repr``.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncesink.parse import parse, split_mbox  # noqa: E402
from bouncesink.types import Report  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai"


def corpus_messages(corpus: Path) -> Iterator[tuple[str, bytes]]:
    """(name, raw) of every message of the corpus, in a stable order."""
    for sub in sorted((corpus / "maildir").iterdir()):
        if sub.is_dir():
            for f in sorted(sub.iterdir()):
                if f.is_file():
                    yield f"maildir/{sub.name}/{f.name}", f.read_bytes()
    mbox = corpus / "mailbox"
    if mbox.is_dir():
        for f in sorted(mbox.iterdir()):
            for i, raw in enumerate(split_mbox(f.read_bytes())):
                yield f"mailbox/{f.name}#{i}", raw
    debug = corpus / "to-be-debugged-because"
    if debug.is_dir():
        for f in sorted(p for p in debug.rglob("*") if p.is_file()):
            yield str(f.relative_to(corpus)), f.read_bytes()


def plain(value: Any) -> Any:
    """A field value as JSON can hold it: enums as their repr, dataclasses as dicts."""
    if isinstance(value, enum.Enum):
        return repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value


def dump_line(name: str, report: Report) -> str:
    return json.dumps({"name": name, "report": plain(report)}, ensure_ascii=True, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)  # parse logs the messages it cannot read
    for name, raw in corpus_messages(Path(args.corpus)):
        sys.stdout.write(dump_line(name, parse(raw)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
