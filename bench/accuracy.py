"""Accuracy of parse (+ classify, when present) over the Sisimai corpus.

Usage::

    PYTHONPATH=. .venv/bin/python bench/accuracy.py [CORPUS_DIR] [--verbose] [--top N]

CORPUS_DIR defaults to ``../shared/corpus/sisimai`` relative to the repository root. The
reference answers are in ``truth.jsonl`` (one line per file and recipient) and
``not-bounces.txt`` (messages that must yield no record). Figures printed:

- files and messages read, exceptions raised by parse or classify;
- messages with at least one record;
- recipient agreement: the reference recipient is among our records for that file;
- reason, category and kind agreement (the reference reason is mapped to a category and a
  kind by the classifier's own ``category_kind`` with the status, reply code and action, see
  ``expected_category_kind``; the default map when the classifier has none);
- top confusions (expected -> got, with counts and example files);
- records produced on the not-bounces (must be 0);
- dos/ (CRLF) and mac/ (CR-only) copies compared with the bsd/ (LF) original;
- the same agreements without the reference rows of ``bench/disputed.tsv`` (each with its
  class and why), and the listed rows we have come to agree with (stale entries);
- the table rules (text phrases, provider conventions, provider filter signs) that decide on
  one corpus file only, with the verdict that file depends on and the rule's source: a rule
  whose only evidence is that one file is flagged (fold it into a general rule or cite a
  source that is not the corpus). ``--rules`` lists every rule with its file count.
"""

from __future__ import annotations

import argparse
import collections
import fnmatch
import importlib
import json
import logging
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bouncesink.parse import parse, split_mbox  # noqa: E402

DISPUTED = Path(__file__).resolve().parent / "disputed.tsv"


@dataclass(frozen=True)
class Disputed:
    pattern: str  # file glob
    index: int
    reason: str  # the reference reason disputed
    kind: str  # reference, design or judgment
    why: str


def load_disputed(path: Path = DISPUTED) -> list[Disputed]:
    out: list[Disputed] = []
    if not path.is_file():
        return out
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, index, reason, kind, why = line.split("\t")
        out.append(Disputed(pattern, int(index), reason, kind, why))
    return out


def disputed_entry(entries: list[Disputed], row: Mapping[str, Any]) -> Disputed | None:
    for d in entries:
        if (
            d.index == row["recipient_index"]
            and d.reason == row["reason"]
            and fnmatch.fnmatchcase(row["file"], d.pattern)
        ):
            return d
    return None


from bouncesink.types import RecipientRecord, Report  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai"

ClassifyFn = Callable[[RecipientRecord, Report], Any]


def load_classifier() -> tuple[ClassifyFn | None, dict[str, tuple[str, str]] | None, str]:
    """The classifier and the reason -> (category, kind) map, if bouncesink.classify has them."""
    try:
        mod = importlib.import_module("bouncesink.classify")
    except Exception as exc:  # the classifier may not exist yet
        return None, None, f"bouncesink.classify not importable ({type(exc).__name__})"
    fn = getattr(mod, "classify", None)
    mapping = find_reason_map(mod)
    note = "classify found" if callable(fn) else "bouncesink.classify has no classify()"
    note += ", reason map found" if mapping else ", no reason map found (reasons only)"
    return (fn if callable(fn) else None), mapping, note


def find_reason_map(mod: Any) -> dict[str, tuple[str, str]] | None:
    """Look in the classifier package for a table reason -> (category, kind)."""
    from bouncesink.types import Category, Kind, Reason

    modules = [mod]
    for sub in ("mapping", "reasons", "table", "tables", "defaults"):
        try:
            modules.append(importlib.import_module(f"bouncesink.classify.{sub}"))
        except Exception:
            continue
    for m in modules:
        for value in vars(m).values():
            if not isinstance(value, Mapping) or not value:
                continue
            out: dict[str, tuple[str, str]] = {}
            for k, v in value.items():
                if not isinstance(k, Reason):
                    break
                cat = next((x for x in _flatten(v) if isinstance(x, Category)), None)
                kind = next((x for x in _flatten(v) if isinstance(x, Kind)), None)
                if cat is None or kind is None:
                    break
                out[str(k)] = (str(cat), str(kind))
            else:
                if len(out) >= 20:
                    return out
    return None


def _flatten(v: Any) -> list[Any]:
    if isinstance(v, tuple | list):
        return list(v)
    return [getattr(v, a, None) for a in ("category", "kind")]


def expected_category_kind(
    reason: str, row: dict[str, Any], rec: RecipientRecord, reason_map: dict[str, tuple[str, str]]
) -> tuple[str, str]:
    """Category and kind that the reference reason implies for this record.

    A delay or a success is categorized by what it is, whatever its reason (the record's
    action); otherwise the classifier's own ``category_kind`` decides, with the reference's
    status and reply code (else the record's), so that a 4xx ``notaccept`` is a routing error.
    The bare default map is the fallback.
    """
    from bouncesink.types import Action, Reason

    if rec.action is Action.DELAYED:
        return "delayed", "delayed"
    if rec.action in (Action.DELIVERED, Action.RELAYED, Action.EXPANDED):
        return "delivered", "delivered"
    try:
        from bouncesink.classify import category_kind

        reply = int(row["replycode"]) if row.get("replycode") else rec.reply_code
        category, kind = category_kind(Reason(reason), row.get("status") or rec.status, reply)
        return str(category), str(kind)
    except Exception:  # an older classifier without category_kind, or an unknown reason
        return reason_map.get(reason, ("?", "?"))


# The reference parser writes this placeholder where the message names no recipient; we
# write None (an empty string here).
PLACEHOLDER = "undisclosed-recipient-in-headers@libsisimai.org.invalid"


def norm_addr(addr: str | None) -> str:
    value = (addr or "").strip().strip("<>").lower()
    return "" if value == PLACEHOLDER else value


@dataclass
class Outcome:
    name: str
    report: Report | None = None
    reasons: list[tuple[RecipientRecord, str | None, str | None, str | None]] = field(
        default_factory=list
    )
    error: str | None = None
    rules: dict[int, str] = field(default_factory=dict)  # id(record) -> classification rule


def run_one(name: str, raw: bytes, classify_fn: ClassifyFn | None) -> Outcome:
    out = Outcome(name)
    try:
        out.report = parse(raw)
    except Exception:
        out.error = "parse: " + traceback.format_exc(limit=3)
        return out
    for rec in out.report.records:
        reason = cat = kind = None
        if classify_fn is not None:
            try:
                c = classify_fn(rec, out.report)
                reason, cat, kind = str(c.reason), str(c.category), str(c.kind)
                out.rules[id(rec)] = c.rule
            except Exception:
                out.error = "classify: " + traceback.format_exc(limit=3)
        out.reasons.append((rec, reason, cat, kind))
    return out


# --- rules that decide on one corpus file only ---------------------------------------------
# A refinement appended to a rule id that is a rule of its own (a provider's filter sign).
_OWN_REFINEMENTS = ("filter",)


def rule_ids(rule: str) -> list[str]:
    """The table rules in a classification's rule id, refinements that are rules of their own
    included: ``text:en:userunknown:01:filter:kddi:02`` → the phrase and the KDDI sign."""
    parts = rule.split(":")
    if parts[0] == "text":
        head, rest = parts[:4], parts[4:]
    elif parts[0] == "host":
        head, rest = parts[:3], parts[3:]
    else:
        head, rest = parts[:2], parts[2:]
    out = [":".join(head)]
    for i, part in enumerate(rest):
        if part in _OWN_REFINEMENTS:
            out.append(":".join(rest[i : i + 3]))
    return out


def rule_sources() -> dict[str, str]:
    """Rule id → its source, for the rule tables that carry one (empty where none is said)."""
    out: dict[str, str] = {}
    try:
        from bouncesink.classify import hosts
        from bouncesink.classify.patterns import TABLES
    except Exception:
        return out
    for lang, entries in TABLES:
        for p in entries:
            out[f"text:{lang}:{p.reason.value}:{p.number:02d}"] = getattr(p, "source", "")
    for host, texts in hosts.HOST_TEXT_RULES.items():
        for t in texts:
            out[f"host:{host}:{t.number:02d}"] = getattr(t, "source", "")
    for host, signs in getattr(hosts, "FILTERS_SAY_UNKNOWN", {}).items():
        for sign in signs:
            out[f"filter:{host}:{sign.number:02d}"] = getattr(sign, "source", "")
    return out


_CORPUS_FILE_RE = re.compile(r"\b(?:lhost|rhost|rfc3464|rfc3834|arf|make-test)-[a-z0-9]*-?\d+")


def corpus_only(source: str) -> bool:
    """True when a rule's source is nothing at all, or corpus files only and fewer than two
    of them (a generic phrase needs two unrelated senders; anything else needs a source
    outside the corpus: an RFC, a provider's documentation, an MTA's source)."""
    text = source.strip().lower()
    if not text:
        return True
    if not text.startswith("corpus") or ";" in text or "rfc" in text:
        return False
    return len(set(_CORPUS_FILE_RE.findall(text))) < 2


def message_file(name: str) -> str:
    """One name for a message and its line-ending copies (maildir/bsd|dos|mac/X → X)."""
    parts = name.split("/")
    if len(parts) == 3 and parts[0] == "maildir" and parts[1] in ("bsd", "dos", "mac"):
        return parts[2]
    return name


def rule_report(outcomes: Mapping[str, Outcome], show_all: bool) -> None:
    """Print the table rules that decide on one corpus file only (see the module docstring)."""
    files: dict[str, set[str]] = collections.defaultdict(set)
    verdicts: dict[str, set[str]] = collections.defaultdict(set)
    for name, o in outcomes.items():
        for rec, reason, _category, kind in o.reasons:
            rule = o.rules.get(id(rec))
            if rule is None:
                continue
            for rid in rule_ids(rule):
                files[rid].add(message_file(name))
                verdicts[rid].add(f"{reason}/{kind}")
    sources = rule_sources()
    tables = [r for r in files if r in sources]
    single = sorted(r for r in tables if len(files[r]) == 1)
    flagged = [r for r in single if corpus_only(sources[r])]
    print(
        f"table rules deciding on the corpus: {len(tables)} of {len(sources)}; on one file "
        f"only: {len(single)}, of which {len(flagged)} rest on that one file (FLAG)"
    )
    for r in single:
        mark = "FLAG" if r in flagged else "    "
        src = sources[r] or "<no source>"
        print(
            f"  {mark} {r:<34} {next(iter(files[r])):<28} "
            f"{','.join(sorted(verdicts[r])):<24} {src[:90]}"
        )
    if show_all:
        print("every table rule that decided, with its file count:")
        for r in sorted(tables, key=lambda r: (-len(files[r]), r)):
            print(f"  {len(files[r]):4}  {r}")


def iter_messages(corpus: Path) -> Iterator[tuple[str, bytes]]:
    maildir = corpus / "maildir"
    for sub in sorted(p for p in maildir.iterdir() if p.is_dir()):
        for f in sorted(sub.iterdir()):
            yield str(f.relative_to(corpus)), f.read_bytes()
    dbg = corpus / "to-be-debugged-because"
    if dbg.is_dir():
        for f in sorted(dbg.rglob("*")):
            if f.is_file():
                yield str(f.relative_to(corpus)), f.read_bytes()
    mbox = corpus / "mailbox"
    if mbox.is_dir():
        for f in sorted(mbox.iterdir()):
            for i, msg in enumerate(split_mbox(f.read_bytes()), 1):
                yield f"{f.relative_to(corpus)}#{i}", msg


def signature(o: Outcome) -> list[tuple[str, str, str, str]]:
    if o.report is None:
        return [("<exception>", "", "", "")]
    return sorted(
        (norm_addr(r.recipient), str(r.action), r.status or "", str(r.reply_code or ""))
        for r, *_ in o.reasons
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--verbose", "-v", action="store_true", help="print per-file mismatches")
    ap.add_argument("--top", type=int, default=15, help="confusions to show")
    ap.add_argument("--no-classify", action="store_true", help="parse only")
    ap.add_argument("--rules", action="store_true", help="every deciding rule, file counts")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    logging.basicConfig(level=logging.ERROR)  # parse logs its caught errors as warnings

    classify_fn, reason_map, note = (
        (None, None, "disabled") if args.no_classify else (load_classifier())
    )
    truth: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for line in (corpus / "truth.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            truth[row["file"]].append(row)
    not_bounces = {
        x.strip() for x in (corpus / "not-bounces.txt").read_text().splitlines() if x.strip()
    }

    t0 = time.perf_counter()
    outcomes: dict[str, Outcome] = {}
    files: set[str] = set()
    for name, raw in iter_messages(corpus):
        files.add(name.split("#")[0])
        outcomes[name] = run_one(name, raw, classify_fn)
    elapsed = time.perf_counter() - t0

    exceptions = [o for o in outcomes.values() if o.error]
    with_records = [o for o in outcomes.values() if o.report and o.report.records]
    types = collections.Counter(
        str(o.report.message_type) for o in outcomes.values() if o.report is not None
    )

    rcpt_total = rcpt_ok = null_total = null_ok = 0
    rcpt_undisputed = [0, 0]  # [rows, recipient found] among the undisputed rows
    status_total = status_ok = code_total = code_ok = 0
    reason_total = reason_ok = cat_ok = kind_ok = 0
    disputes = load_disputed()
    # Among the undisputed rows: [total, reason, category, kind]; disputed rows by class.
    undisputed = [0, 0, 0, 0]
    disputed_by: collections.Counter[str] = collections.Counter()
    stale: list[str] = []
    used: set[Disputed] = set()
    confusions: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    mismatches: list[str] = []
    for fname, rows in sorted(truth.items()):
        o = outcomes.get(fname)
        ours = o.reasons if o else []
        by_addr = {norm_addr(r.recipient): (r, rs, c, k) for r, rs, c, k in ours}
        for row in rows:
            expected = norm_addr(row["recipient"])
            hit = by_addr.get(expected) if expected else None
            dispute = disputed_entry(disputes, row)
            if row["recipient"] and not expected:  # the placeholder: a record without address
                rcpt_total += 1
                hit = by_addr.get("")
                rcpt_ok += hit is not None
                if dispute is None:
                    rcpt_undisputed[0] += 1
                    rcpt_undisputed[1] += hit is not None
                if hit is None:
                    mismatches.append(f"{fname}: expected a record without recipient")
            elif expected:
                rcpt_total += 1
                if dispute is None:
                    rcpt_undisputed[0] += 1
                    rcpt_undisputed[1] += bool(hit)
                if hit:
                    rcpt_ok += 1
                else:
                    got = ", ".join(sorted(by_addr)) or "<no record>"
                    mismatches.append(f"{fname}: recipient {expected!r} not in [{got}]")
            else:
                null_total += 1
                idx = row["recipient_index"] - 1
                if idx < len(ours):
                    null_ok += 1
                    hit = ours[idx]
            if row.get("status"):
                status_total += 1
                status_ok += bool(hit and hit[0].status == row["status"])
            if row.get("replycode"):
                code_total += 1
                code_ok += bool(hit and str(hit[0].reply_code) == str(row["replycode"]))
            if classify_fn is None:
                continue
            reason_total += 1
            got_reason = hit[1] if hit else "<no record>"
            exp_reason = row["reason"]
            if got_reason == exp_reason:
                reason_ok += 1
            else:
                confusions[(exp_reason, str(got_reason))].append(fname)
                mismatches.append(f"{fname}: reason {exp_reason} -> {got_reason}")
            row_cat = row_kind = False
            if reason_map and hit:
                exp_cat, exp_kind = expected_category_kind(exp_reason, row, hit[0], reason_map)
                row_cat, row_kind = hit[2] == exp_cat, hit[3] == exp_kind
                cat_ok += row_cat
                kind_ok += row_kind
            if dispute is None:
                undisputed[0] += 1
                undisputed[1] += got_reason == exp_reason
                undisputed[2] += row_cat
                undisputed[3] += row_kind
            else:
                used.add(dispute)
                disputed_by[dispute.kind] += 1
                if got_reason == exp_reason:
                    stale.append(f"{fname}#{row['recipient_index']}")

    nb_records = {n: len(o.reasons) for n, o in outcomes.items() if n in not_bounces}

    # Line-ending copies against the LF original.
    le_total = le_same = 0
    le_diff: list[str] = []
    for name, o in sorted(outcomes.items()):
        parts = name.split("/")
        if len(parts) != 3 or parts[1] not in ("dos", "mac"):
            continue
        ref = outcomes.get(f"maildir/bsd/{parts[2]}")
        if ref is None:
            other = "mac" if parts[1] == "dos" else "dos"
            ref = outcomes.get(f"maildir/{other}/{parts[2]}")
            if ref is None or parts[1] == "mac":
                continue  # compare dos with mac once only
        le_total += 1
        if signature(o) == signature(ref):
            le_same += 1
        else:
            le_diff.append(f"{name}: {signature(o)} != {signature(ref)}")

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else f"{a}/0"

    print(f"corpus: {corpus}")
    print(f"classifier: {note}")
    print(f"files: {len(files)}   messages: {len(outcomes)}   time: {elapsed:.2f}s")
    print(f"exceptions: {len(exceptions)}")
    unparsable = [n for n, o in outcomes.items() if o.report and o.report.error]
    print(f"unparsable (parse caught an internal error): {len(unparsable)}  {unparsable[:5]}")
    for o in exceptions[:10]:
        print(f"  {o.name}: {(o.error or '').strip().splitlines()[-1]}")
    print(f"message types: {dict(sorted(types.items()))}")
    bounces = [o for n, o in outcomes.items() if n not in not_bounces]
    print(
        "messages with >=1 record: "
        + pct(len([o for o in with_records if o.name not in not_bounces]), len(bounces))
    )
    print(f"recipient agreement: {pct(rcpt_ok, rcpt_total)}")
    print(f"  rows with no reference recipient that got a record: {pct(null_ok, null_total)}")
    print(f"status agreement (rows with a reference status): {pct(status_ok, status_total)}")
    print(f"reply code agreement (rows with a reference code): {pct(code_ok, code_total)}")
    if classify_fn is not None:
        print(f"reason exact agreement: {pct(reason_ok, reason_total)}")
        if reason_map:
            print(f"category agreement: {pct(cat_ok, reason_total)}")
            print(f"kind agreement: {pct(kind_ok, reason_total)}")
        total, ok_reason, ok_cat, ok_kind = undisputed
        classes = ", ".join(f"{k} {n}" for k, n in sorted(disputed_by.items()))
        print(
            f"without the {sum(disputed_by.values())} disputed reference rows "
            f"({classes}; bench/disputed.tsv):"
        )
        print(f"  recipients {pct(rcpt_undisputed[1], rcpt_undisputed[0])}")
        print(f"  reason {pct(ok_reason, total)}")
        if reason_map:
            print(f"  category {pct(ok_cat, total)}   kind {pct(ok_kind, total)}")
        if stale:
            print(f"  disputed rows we now agree with (stale entries): {', '.join(stale)}")
        unused = [d.pattern for d in disputes if d not in used]
        if unused:
            print(f"  entries of bench/disputed.tsv that match no reference row: {unused}")
        print("top confusions (expected -> got: count, examples):")
        ranked = sorted(confusions.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for (exp, got), names in ranked[: args.top]:
            print(f"  {exp:>16} -> {got:<16} {len(names):3}  {', '.join(names[:3])}")
    else:
        print("reason agreement: n/a (no classifier)")
    print(f"records on not-bounces: {sum(nb_records.values())}  {nb_records}")
    print(f"line-ending copies identical to LF original: {pct(le_same, le_total)}")
    if classify_fn is not None:
        rule_report(outcomes, args.rules)
    if args.verbose:
        print("\nper-file mismatches:")
        for m in mismatches:
            print("  " + m)
        for m in le_diff:
            print("  line endings: " + m)
        for o in exceptions:
            print(f"  exception in {o.name}:\n{o.error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
