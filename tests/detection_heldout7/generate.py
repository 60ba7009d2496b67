"""Deterministic generator for the heldout7 blind detection set.

    python tests/detection_heldout7/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout7/generate.py --check   # exit 1 if the committed file differs
    python tests/detection_heldout7/generate.py --stats   # composition tables

Stdlib only.  One random.Random(SEED) is consumed in a fixed order.  Gold spans are
recorded while the text is assembled from pieces, never by searching the text.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from h7_neg import NEGATIVE  # noqa: E402
from h7_pos import POSITIVE  # noqa: E402
from h7_values import V  # noqa: E402

SEED = 7_2025_0611
USES_POS = 4
USES_NEG = 4
OUT = HERE / "prompts.jsonl"
MIN_LEN, MAX_LEN = 200, 900
FILLERS = [
    "\n\nPlease keep the tone professional and the answer short.",
    "\n\nI need this within the hour, so a concise answer is best.",
    "\n\nUse plain language; the reader is not a specialist.",
    "\n\nBullet points are fine if that is clearer.",
]


def assemble(pieces):
    out, spans = [], []
    pos = 0

    def walk(ps):
        nonlocal pos
        for p in ps:
            if isinstance(p, str):
                out.append(p)
                pos += len(p)
                continue
            etype, val = p
            start = pos
            if isinstance(val, str):
                out.append(val)
                pos += len(val)
            else:
                walk(val)
            spans.append({"start": start, "end": pos, "entity_type": etype})

    walk(pieces)
    text = "".join(out)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["entity_type"]))
    return text, spans


def build():
    rng = random.Random(SEED)
    v = V(rng)
    schedule = [("pos", i) for i in range(len(POSITIVE)) for _ in range(USES_POS)]
    schedule += [("neg", i) for i in range(len(NEGATIVE)) for _ in range(USES_NEG)]
    rng.shuffle(schedule)
    seen = set()
    records = []
    for n, (kind, idx) in enumerate(schedule, 1):
        name, domain, fmt, fn = (POSITIVE if kind == "pos" else NEGATIVE)[idx]
        for _attempt in range(50):
            if kind == "pos":
                text, spans = assemble(fn(v))
            else:
                text, spans = fn(v), []
            if len(text) < MIN_LEN:
                text += FILLERS[rng.randrange(len(FILLERS))]
            if text not in seen:
                break
        else:
            raise RuntimeError("could not produce a unique text for %s" % name)
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            raise RuntimeError("%s produced a text of length %d" % (name, len(text)))
        seen.add(text)
        records.append({"id": "h7-%04d" % n, "domain": domain,
                        "kind": fmt if kind == "pos" else "hard_negative",
                        "format": fmt, "template": name, "text": text, "spans": spans})
    return records


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records):
    lines = ["records: %d" % len(records)]
    neg = sum(r["kind"] == "hard_negative" for r in records)
    lines.append("hard negatives: %d (%.1f%%)" % (neg, 100.0 * neg / len(records)))
    lines.append("templates: %d positive, %d negative" % (len(POSITIVE), len(NEGATIVE)))
    for title, key in (("domain", "domain"), ("kind", "kind"), ("format", "format")):
        c = Counter(r[key] for r in records)
        lines.append("\nby %s:" % title)
        lines += ["  %-14s %4d" % (k, c[k]) for k in sorted(c)]
    c = Counter(s["entity_type"] for r in records for s in r["spans"])
    lines.append("\nspans by entity type (total %d):" % sum(c.values()))
    lines += ["  %-22s %4d" % (k, c[k]) for k in sorted(c)]
    lengths = sorted(len(r["text"]) for r in records)
    lines.append("\ntext length min/median/max: %d/%d/%d" % (lengths[0], lengths[len(lengths) // 2], lengths[-1]))
    return "\n".join(lines)


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
            print("prompts.jsonl is stale; run generate.py", file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
        return 0
    if args.stats:
        print(stats(records))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print("wrote %d records to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
