"""Generate the blind held-out detection set 12 (``prompts.jsonl``).

stdlib only, one ``random.Random(SEED)``; the output is byte-for-byte reproducible.

    python tests/detection_heldout12/generate.py          # (re)write prompts.jsonl
    python tests/detection_heldout12/generate.py --check  # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout12/generate.py --stats  # print the composition
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
SEED = 1212_2025


def _load(name):
    spec = importlib.util.spec_from_file_location("heldout12_" + name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


values = _load("h12_values")
pos = _load("h12_templates_pos")
neg = _load("h12_templates_neg")

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME", "AGE",
    "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI",
    "HEALTH_PLAN_ID", "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE",
    "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD",
    "HIGH_ENTROPY_SECRET",
)
DOMAINS = ("healthcare", "finance", "general")
KINDS = ("chat", "transcript", "note", "email", "form", "structured", "code", "hard_negative")


def build_records():
    rng = random.Random(SEED)
    records = pos.build_positive(rng)
    seen = {r["text"] for r in records}
    for name, domain, category, count, fn in neg.NEG_TEMPLATES:
        for i in range(count):
            for _attempt in range(20):  # avoid verbatim duplicates among the pick()-based templates
                text = fn(rng)
                if text not in seen:
                    break
            seen.add(text)
            records.append({"id": "h12-%s-%02d" % (name, i), "domain": domain, "kind": "hard_negative", "text": text, "spans": []})
    rng.shuffle(records)
    for r in records:
        r["spans"] = sorted(r["spans"], key=lambda s: (s["start"], s["end"]))
    return records


def dumps(records):
    return "".join(json.dumps({"id": r["id"], "domain": r["domain"], "kind": r["kind"], "text": r["text"], "spans": r["spans"]},
                              ensure_ascii=False) + "\n" for r in records)


def stats(records):
    lines = []
    n = len(records)
    hn = sum(r["kind"] == "hard_negative" for r in records)
    lines.append("records: %d   hard negatives: %d (%.1f%%)   positive: %d   spans: %d"
                 % (n, hn, 100 * hn / n, n - hn, sum(len(r["spans"]) for r in records)))
    lines.append("by domain: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["domain"] for r in records).items())))
    lines.append("by kind:   " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["kind"] for r in records).items())))
    lines.append("templates: %d positive, %d hard-negative" % (len(pos.TEMPLATES), len(neg.NEG_TEMPLATES)))
    lines.append("spans per entity type:")
    counts = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    for et in ENTITY_TYPES:
        lines.append("  %-22s %4d" % (et, counts[et]))
    lines.append("hard-negative categories:")
    for name, domain, category, count, _fn in neg.NEG_TEMPLATES:
        lines.append("  %-44s %-10s %d" % (category, domain, count))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl is not what the generator produces")
    ap.add_argument("--stats", action="store_true", help="print the composition")
    args = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            print("prompts.jsonl is stale; run python %s" % Path(__file__).name, file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
        return 0
    if args.stats:
        print(stats(records))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print("wrote %s (%d records)" % (OUT, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
