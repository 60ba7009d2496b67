#!/usr/bin/env python
"""Generate held-out set 13 (``prompts.jsonl`` next to this file).

    python tests/detection_heldout13/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout13/generate.py --check   # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout13/generate.py --stats   # print the composition

Deterministic: every record has its own ``random.Random`` seeded from the set seed, the
template name and the record index, so adding a template never changes other records.
Stdlib only.  Sibling modules are loaded with importlib under unique names
(``heldout13_`` prefix by default) so they never clash with other test folders.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "prompts.jsonl"
SEED = "hushgate-heldout13-v1"

DOMAINS = ("healthcare", "finance", "general")
KINDS = ("chat", "transcript", "note", "email", "form", "structured", "code", "hard_negative")


def load_module(name: str, prefix: str = "heldout13_"):
    full = prefix + name
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[full] = mod  # dataclasses need the module registered while executing
    spec.loader.exec_module(mod)
    return mod


def load_siblings(prefix: str = "heldout13_"):
    values = load_module("h13_values", prefix)
    pos = load_module("h13_templates_pos", prefix)
    neg = load_module("h13_templates_neg", prefix)
    pos.bind(values)
    neg.bind(values)
    return values, pos, neg


def build_records(prefix: str = "heldout13_") -> list[dict]:
    values, pos, neg = load_siblings(prefix)
    records, seen = [], set()
    for name, domain, kind, count, fn in list(pos.TEMPLATES) + list(neg.TEMPLATES):
        if name in seen:
            raise ValueError("duplicate template " + name)
        seen.add(name)
        for i in range(count):
            rng = random.Random("%s|%s|%d" % (SEED, name, i))
            out = fn(rng, i)
            d, k = domain, kind
            if isinstance(out, tuple):
                if len(out) == 2:
                    k, out = out
                else:
                    d, k, out = out
            text, spans = values.render(out)
            rec = {"id": "h13-%s-%02d" % (name, i + 1), "domain": d, "kind": k, "text": text, "spans": spans}
            _validate(rec, values.ENTITY_TYPES)
            records.append(rec)
    texts = collections.Counter(r["text"] for r in records)
    dups = [t[:60] for t, c in texts.items() if c > 1]
    if dups:
        raise ValueError("duplicate texts: %r" % dups)
    return records


def _validate(rec: dict, entity_types) -> None:
    assert rec["domain"] in DOMAINS and rec["kind"] in KINDS, rec["id"]
    assert (rec["kind"] == "hard_negative") == (not rec["spans"]), rec["id"]
    prev = 0
    for s in rec["spans"]:
        assert s["entity_type"] in entity_types, (rec["id"], s)
        assert prev <= s["start"] < s["end"] <= len(rec["text"]), (rec["id"], s)
        frag = rec["text"][s["start"]:s["end"]]
        assert frag == frag.strip(), (rec["id"], frag)
        prev = s["end"]


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records: list[dict]) -> str:
    n = len(records)
    neg = sum(r["kind"] == "hard_negative" for r in records)
    lines = ["records: %d   hard negatives: %d (%.1f%%)   templates: %d" % (
        n, neg, 100.0 * neg / n, len({r["id"].rsplit("-", 1)[0] for r in records}))]
    lines.append("by domain: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["domain"] for r in records).items())))
    lines.append("by kind:   " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["kind"] for r in records).items())))
    dk = collections.Counter((r["domain"], r["kind"]) for r in records)
    lines.append("domain x kind:")
    for d in DOMAINS:
        lines.append("  %-10s " % d + "  ".join("%s=%d" % (k, dk[(d, k)]) for k in KINDS if dk[(d, k)]))
    lens = sorted(len(r["text"]) for r in records)
    lines.append("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    ec = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    lines.append("spans: %d" % sum(ec.values()))
    for k, v in sorted(ec.items()):
        lines.append("  %-22s %d" % (k, v))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl differs from the generator output")
    ap.add_argument("--stats", action="store_true", help="print the composition")
    args = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            print("prompts.jsonl is stale: run python %s" % Path(__file__).name, file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
    if args.stats:
        print(stats(records))
    if not args.check and not args.stats:
        OUT.write_text(text, encoding="utf-8")
        print("wrote %s (%d records)" % (OUT, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
