#!/usr/bin/env python3
"""Deterministic generator for the held-out detection set 6 (stdlib only).

    python tests/detection_heldout6/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout6/generate.py --check   # exit 1 if the committed file differs
    python tests/detection_heldout6/generate.py --stats   # composition tables

Gold spans are recorded while each text is assembled: a template returns a list of
plain strings and ``(ENTITY_TYPE, [pieces...])`` tuples (nesting allowed for the
documented nestings); offsets are computed during rendering, never by searching.
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402
from templates_pos import POSITIVE  # noqa: E402
from templates_neg import NEGATIVE  # noqa: E402

SEED = 60606
REPS = 4
OUT = HERE / "prompts.jsonl"


def render(pieces):
    out, spans = [], []
    pos = 0

    def walk(ps):
        nonlocal pos
        for p in ps:
            if isinstance(p, str):
                out.append(p)
                pos += len(p)
            else:
                etype, sub = p
                start = pos
                walk(sub)
                spans.append({"start": start, "end": pos, "entity_type": etype})

    walk(pieces)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["entity_type"]))
    return "".join(out), spans


def build():
    rng = random.Random(SEED)
    recs = []
    for rep in range(REPS):
        for kind_list in (POSITIVE, NEGATIVE):
            for t in kind_list:
                res = t.fn(rng)
                text, spans = render([res] if isinstance(res, str) else res)
                recs.append({"domain": t.domain, "kind": t.kind, "format": t.fmt,
                             "template": t.name, "text": text, "spans": spans})
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        rec = {"id": "h6-%04d" % i}
        rec.update(r)
        out.append(rec)
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def stats(recs):
    def table(title, counter):
        print("\n%s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))
    print("records: %d" % len(recs))
    hn = sum(r["kind"] == "hard_negative" for r in recs)
    print("hard negatives: %d (%.1f%%)" % (hn, 100.0 * hn / len(recs)))
    print("templates: %d positive, %d negative" % (len({r["template"] for r in recs if r["kind"] != "hard_negative"}),
                                                   len({r["template"] for r in recs if r["kind"] == "hard_negative"})))
    table("by kind", Counter(r["kind"] for r in recs))
    table("by domain", Counter(r["domain"] for r in recs))
    table("by format", Counter(r["format"] for r in recs))
    table("spans by entity type", Counter(s["entity_type"] for r in recs for s in r["spans"]))
    lens = sorted(len(r["text"]) for r in recs)
    print("\ntext length min/median/max: %d/%d/%d" % (lens[0], lens[len(lens) // 2], lens[-1]))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    recs = build()
    data = dumps(recs)
    if a.check:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if cur != data:
            print("prompts.jsonl is stale: run generate.py", file=sys.stderr)
            return 1
        print("prompts.jsonl up to date (%d records)" % len(recs))
    elif a.stats:
        stats(recs)
    else:
        OUT.write_text(data, encoding="utf-8")
        print("wrote %d records to %s" % (len(recs), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
