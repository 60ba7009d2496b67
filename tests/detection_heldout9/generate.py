#!/usr/bin/env python3
"""Generate the held-out-9 detection corpus (prompts.jsonl) — deterministic, stdlib only.

    python tests/detection_heldout9/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout9/generate.py --check   # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout9/generate.py --stats   # print the composition

One ``random.Random(SEED)`` drives everything.  Texts are assembled from pieces
(plain strings and ``(ENTITY_TYPE, value)`` tuples); gold spans come from the
piece boundaries, never from searching the finished text.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import h9_templates_neg as neg  # noqa: E402
import h9_templates_pos as pos  # noqa: E402
import h9_values as values  # noqa: E402

SEED = 9_417_2024
OUT = HERE / "prompts.jsonl"
ENTITY_TYPES = values.ENTITY_TYPES
POS_REPEATS = (3,)  # instances per positive template
NEG_REPEATS = (3, 2)  # negative templates alternate 3 and 2 instances
# a fourth instance for templates that carry the rarest entity types
POS_EXTRA = {"fin_pos_terminal_log": 4, "fin_msr_parse_code": 4, "eng_jwt_debug_chat": 4, "eng_ssh_key_chat": 4,
             "eng_gcp_sa_json": 4, "fin_itin_chat": 4, "hc_hl7_adt": 4, "eng_har_cookie_jwt": 4}
MAX_TRIES = 60  # redraws of a template when it reproduces an already emitted text


def _jobs():
    jobs = []
    for i, (name, domain, fmt, fn) in enumerate(pos.TEMPLATES):
        jobs += [(True, name, domain, fmt, fn)] * POS_EXTRA.get(name, POS_REPEATS[i % len(POS_REPEATS)])
    for i, (name, domain, fmt, fn) in enumerate(neg.TEMPLATES):
        jobs += [(False, name, domain, fmt, fn)] * NEG_REPEATS[i % len(NEG_REPEATS)]
    return jobs


def build_records() -> list[dict]:
    rng = random.Random(SEED)
    g = values.Gen(rng)
    jobs = _jobs()
    rng.shuffle(jobs)
    seen: set[str] = set()
    records = []
    for idx, (is_pos, name, domain, fmt, fn) in enumerate(jobs, 1):
        for _ in range(MAX_TRIES):
            if is_pos:
                text, spans = values.assemble(fn(g))
            else:
                out = fn(g)
                if not isinstance(out, str):
                    raise TypeError("negative template %s must return a plain string" % name)
                text, spans = out, []
            if text not in seen:
                break
        else:
            raise RuntimeError("template %s keeps producing duplicate texts" % name)
        seen.add(text)
        records.append({
            "id": "h9-%04d" % idx,
            "domain": domain,
            "kind": fmt if is_pos else "hard_negative",
            "format": fmt,
            "template": name,
            "text": text,
            "spans": spans,
        })
    return records


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def stats(records: list[dict]) -> str:
    n = len(records)
    negs = [r for r in records if r["kind"] == "hard_negative"]
    lines = []
    lines.append("records: %d   labeled: %d   hard negatives: %d (%.1f%%)" % (n, n - len(negs), len(negs),
                                                                           100.0 * len(negs) / n))
    lines.append("templates: %d positive, %d negative" % (len(pos.TEMPLATES), len(neg.TEMPLATES)))
    lengths = sorted(len(r["text"]) for r in records)
    lines.append("text length (chars): min %d, median %d, max %d; <=300: %d, >1000: %d" % (
        lengths[0], int(statistics.median(lengths)), lengths[-1], sum(1 for x in lengths if x <= 300),
        sum(1 for x in lengths if x > 1000)))
    lines.append("")
    lines.append("%-16s %8s %8s %8s" % ("domain", "records", "labeled", "hard_neg"))
    by_dom = collections.defaultdict(lambda: [0, 0])
    for r in records:
        by_dom[r["domain"]][r["kind"] == "hard_negative"] += 1
    for d in sorted(by_dom):
        p_, n_ = by_dom[d]
        lines.append("%-16s %8d %8d %8d" % (d, p_ + n_, p_, n_))
    lines.append("")
    lines.append("%-16s %8s %8s" % ("format", "labeled", "hard_neg"))
    by_fmt = collections.defaultdict(lambda: [0, 0])
    for r in records:
        by_fmt[r["format"]][r["kind"] == "hard_negative"] += 1
    for f in sorted(by_fmt):
        lines.append("%-16s %8d %8d" % (f, by_fmt[f][0], by_fmt[f][1]))
    lines.append("")
    lines.append("%-16s %8s" % ("kind", "records"))
    for k, c in sorted(collections.Counter(r["kind"] for r in records).items()):
        lines.append("%-16s %8d" % (k, c))
    lines.append("")
    counts = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    lines.append("%-22s %6s %8s" % ("entity_type", "spans", "records"))
    rec_counts = collections.Counter(t for r in records for t in {s["entity_type"] for s in r["spans"]})
    for t in ENTITY_TYPES:
        lines.append("%-22s %6d %8d" % (t, counts[t], rec_counts[t]))
    lines.append("%-22s %6d" % ("total", sum(counts.values())))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl is out of date")
    ap.add_argument("--stats", action="store_true", help="print the corpus composition")
    args = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            print("prompts.jsonl is out of date; run: python %s" % Path(__file__).name, file=sys.stderr)
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
