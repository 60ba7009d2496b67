#!/usr/bin/env python3
"""Deterministic generator for the heldout8 detection corpus (stdlib only).

    python tests/detection_heldout8/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout8/generate.py --check   # exit 1 if committed file differs
    python tests/detection_heldout8/generate.py --stats   # composition tables

Gold spans are recorded while each text is assembled from pieces: a template
returns plain strings and (ENTITY_TYPE, value) tuples, where value may itself be
a list of pieces (documented nestings).  Nothing is found by searching text.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h8_templates_neg import NEGATIVE  # noqa: E402
from h8_templates_pos import POSITIVE  # noqa: E402
from h8_values import V  # noqa: E402

SEED = 20240808
OUT = HERE / "prompts.jsonl"
POS_REPS = 4
NEG_REPS_4 = 36  # first 36 negative templates used 4x, the rest 3x


def assemble(pieces):
    """Concatenate pieces; return (text, spans) with spans recorded during assembly."""
    out, spans = [], []
    pos = 0

    def walk(items):
        nonlocal pos
        for it in items:
            if isinstance(it, str):
                out.append(it)
                pos += len(it)
            else:
                etype, value = it
                start = pos
                if isinstance(value, str):
                    out.append(value)
                    pos += len(value)
                else:
                    walk(value)
                spans.append({"start": start, "end": pos, "entity_type": etype})

    walk(pieces)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["entity_type"]))
    return "".join(out), spans


def build():
    rng = random.Random(SEED)
    v = V(rng)
    jobs = []
    for name, domain, fmt, fn in POSITIVE:
        for _ in range(POS_REPS):
            jobs.append(("pos", name, domain, fmt, fn))
    for i, (name, domain, fmt, fn) in enumerate(NEGATIVE):
        for _ in range(4 if i < NEG_REPS_4 else 3):
            jobs.append(("neg", name, domain, fmt, fn))
    rng.shuffle(jobs)
    records, seen = [], set()
    for n, (kind, name, domain, fmt, fn) in enumerate(jobs, 1):
        for _attempt in range(50):
            if kind == "pos":
                text, spans = assemble(fn(v))
            else:
                text, spans = fn(v), []
            if text not in seen:
                break
        else:
            raise RuntimeError("could not produce a unique text for " + name)
        seen.add(text)
        records.append({"id": "h8-%04d" % n, "domain": domain, "kind": fmt if kind == "pos" else "hard_negative",
                        "format": fmt, "template": name, "text": text, "spans": spans})
    return records


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def stats(records):
    def table(title, counter):
        print("\n%s" % title)
        for k, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-24s %5d" % (k, c))

    neg = sum(r["kind"] == "hard_negative" for r in records)
    print("records: %d  hard negatives: %d (%.1f%%)" % (len(records), neg, 100.0 * neg / len(records)))
    print("templates: %d positive, %d negative" % (len(POSITIVE), len(NEGATIVE)))
    lens = [len(r["text"]) for r in records]
    print("text length: min %d, max %d, mean %.0f" % (min(lens), max(lens), sum(lens) / len(lens)))
    table("by domain", collections.Counter(r["domain"] for r in records))
    table("by kind", collections.Counter(r["kind"] for r in records))
    table("spans by entity type", collections.Counter(s["entity_type"] for r in records for s in r["spans"]))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    records = build()
    data = render(records)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != data:
            print("prompts.jsonl is out of date; run generate.py", file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
        return 0
    if args.stats:
        stats(records)
        return 0
    OUT.write_text(data, encoding="utf-8")
    print("wrote %d records to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
