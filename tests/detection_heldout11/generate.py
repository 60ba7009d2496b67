# ruff: noqa: UP031  (generated-data helpers: printf-style templates kept for readability)
"""Generate the held-out detection set ``prompts.jsonl`` (stdlib only, one fixed-seed RNG).

    python tests/detection_heldout11/generate.py            # (re)write prompts.jsonl
    python tests/detection_heldout11/generate.py --check    # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout11/generate.py --stats    # print the composition

Record format (same as tests/detection/corpus/README.md):
``{"id", "domain", "kind", "text", "spans": [{"start", "end", "entity_type"}]}`` with
Python ``str`` (code point) offsets.
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
OUTPUT = HERE / "prompts.jsonl"
SEED = 11_2025_0611


def _load(name):
    """Load a sibling helper module by file path and register it under its (h11_-prefixed) name."""
    if name in sys.modules and getattr(sys.modules[name], "__file__", None) == str(
        HERE / (name + ".py")
    ):
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


values = _load("h11_values")
templates_pos = _load("h11_templates_pos")
templates_neg = _load("h11_templates_neg")

ENTITY_TYPES = values.ENTITY_TYPES
DOMAINS = ("healthcare", "finance", "general")
KINDS = (
    "chat",
    "conversation",
    "document",
    "structured",
    "interchange",
    "code",
    "email",
    "multilingual",
    "hard_negative",
)
MAX_REDRAWS = 25


def _unique(rng, make, seen):
    for _ in range(MAX_REDRAWS):
        out = make(rng)
        text = out[0]
        if text not in seen:
            seen.add(text)
            return out
    raise RuntimeError("template keeps producing duplicate texts")


def build_records():
    rng = random.Random(SEED)
    seen = set()
    records = []
    for name, domain, kind, n, fn in templates_pos.TEMPLATES:
        assert domain in DOMAINS and kind in KINDS and kind != "hard_negative", name
        for i in range(n):
            text, spans = _unique(rng, lambda r, fn=fn: values.render(fn(r)), seen)
            spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
            records.append(
                {
                    "id": "%s-%02d" % (name, i + 1),
                    "domain": domain,
                    "kind": kind,
                    "text": text,
                    "spans": spans,
                }
            )
    for name, domain, category, n, fn in templates_neg.TEMPLATES:
        assert domain in DOMAINS, name
        for i in range(n):
            text, _ = _unique(rng, lambda r, fn=fn: (fn(r), None), seen)
            records.append(
                {
                    "id": "%s-%02d" % (name, i + 1),
                    "domain": domain,
                    "kind": "hard_negative",
                    "text": text,
                    "spans": [],
                }
            )
    return records


def dumps(records):
    return "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records
    )


def negative_categories():
    return {name: category for name, _d, category, _n, _f in templates_neg.TEMPLATES}


def stats(records):
    out = []
    neg = [r for r in records if r["kind"] == "hard_negative"]
    out.append(
        "records: %d   positives: %d   hard negatives: %d (%.1f%%)"
        % (
            len(records),
            len(records) - len(neg),
            len(neg),
            100.0 * len(neg) / len(records),
        )
    )
    out.append(
        "templates: %d positive, %d hard-negative"
        % (len(templates_pos.TEMPLATES), len(templates_neg.TEMPLATES))
    )
    out.append("gold spans: %d" % sum(len(r["spans"]) for r in records))
    out.append("")
    out.append(
        "by domain:  "
        + "  ".join(
            "%s %d" % kv
            for kv in sorted(collections.Counter(r["domain"] for r in records).items())
        )
    )
    out.append(
        "by kind:    "
        + "  ".join(
            "%s %d" % kv
            for kv in sorted(collections.Counter(r["kind"] for r in records).items())
        )
    )
    out.append("")
    out.append("spans per entity type:")
    counts = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    recs = collections.Counter(
        t for r in records for t in {s["entity_type"] for s in r["spans"]}
    )
    for t in ENTITY_TYPES:
        out.append("  %-22s %4d spans in %3d records" % (t, counts[t], recs[t]))
    out.append("")
    out.append("hard-negative categories (records):")
    cats = negative_categories()
    cat_counts = collections.Counter(cats[r["id"].rsplit("-", 1)[0]] for r in neg)
    for c, k in sorted(cat_counts.items()):
        out.append("  %-28s %3d" % (c, k))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if prompts.jsonl is not what the generator writes",
    )
    ap.add_argument(
        "--stats",
        action="store_true",
        help="print the composition of the generated set",
    )
    args = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != text:
            print(
                "%s is stale: run python %s" % (OUTPUT, Path(__file__).name),
                file=sys.stderr,
            )
            return 1
        print("%s is up to date (%d records)" % (OUTPUT.name, len(records)))
        return 0
    if args.stats:
        print(stats(records))
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print("wrote %d records to %s" % (len(records), OUTPUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
