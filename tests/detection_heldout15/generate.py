"""Generate the held-out set 15 (``prompts.jsonl``) deterministically.

    python tests/detection_heldout15/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout15/generate.py --check   # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout15/generate.py --stats   # print the composition

Every record gets its own ``random.Random("h15:<template>:<index>")`` so adding or
editing one template never changes another template's records.  Standard library only.
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


_PREFIX = "heldout15_test_" if __name__.startswith("heldout15_test_") else "heldout15_"


def _load(name: str):
    full = _PREFIX + name
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[full] = mod
    spec.loader.exec_module(mod)
    return mod


values = _load("h15_values")
templates_pos = _load("h15_templates_pos")
templates_neg = _load("h15_templates_neg")

DOMAINS = ("healthcare", "finance", "general")
KINDS = ("chat", "transcript", "note", "email", "form", "structured", "code", "hard_negative")
ENTITY_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE",
                "DATE_TIME", "AGE", "MEDICAL_RECORD_NUMBER", "US_DRIVER_LICENSE", "US_MBI", "US_NPI", "US_DEA",
                "HEALTH_PLAN_ID", "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "US_SSN",
                "US_ITIN", "US_PASSPORT", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT",
                "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET")


def all_templates():
    tpls = list(templates_pos.TEMPLATES) + list(templates_neg.TEMPLATES)
    names = [t.name for t in tpls]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    if dup:
        raise ValueError("duplicate template names: %s" % dup)
    for t in tpls:
        if t.domain not in DOMAINS or t.kind not in KINDS:
            raise ValueError("bad domain/kind in %s" % t.name)
        if (t.kind == "hard_negative") != t.name.startswith("neg-"):
            raise ValueError("negative templates (and only they) start with neg-: %s" % t.name)
    return tpls


def build_records():
    records = []
    for t in all_templates():
        for i in range(t.count):
            rng = random.Random("h15:%s:%d" % (t.name, i))
            doc = values.Doc()
            try:
                text, spans = doc.render(t.fn(doc, rng, i))
            except Exception as exc:
                raise RuntimeError("template %s record %d: %s" % (t.name, i, exc)) from exc
            for s in spans:
                if s["entity_type"] not in ENTITY_TYPES:
                    raise ValueError("unknown entity type %s in %s" % (s["entity_type"], t.name))
            if t.kind == "hard_negative" and spans:
                raise ValueError("hard negative %s has spans" % t.name)
            if t.kind != "hard_negative" and not spans:
                raise ValueError("positive record %s-%d has no spans" % (t.name, i))
            records.append({"id": "h15-%s-%02d" % (t.name, i), "domain": t.domain, "kind": t.kind,
                            "text": text, "spans": spans})
    return records


def dumps(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def stats(records) -> str:
    out = []
    n = len(records)
    neg = sum(r["kind"] == "hard_negative" for r in records)
    out.append("records: %d   hard negatives: %d (%.1f%%)   templates: %d" % (
        n, neg, 100.0 * neg / n, len({r["id"].rsplit("-", 1)[0] for r in records})))
    lens = sorted(len(r["text"]) for r in records)
    out.append("text length: min %d  median %d  max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    out.append("")
    out.append("domain x kind")
    hdr = "%-12s" % "" + "".join("%14s" % k for k in KINDS) + "%8s" % "total"
    out.append(hdr)
    for d in DOMAINS:
        row = [sum(1 for r in records if r["domain"] == d and r["kind"] == k) for k in KINDS]
        out.append("%-12s" % d + "".join("%14d" % c for c in row) + "%8d" % sum(row))
    row = [sum(1 for r in records if r["kind"] == k) for k in KINDS]
    out.append("%-12s" % "total" + "".join("%14d" % c for c in row) + "%8d" % n)
    out.append("")
    out.append("spans per entity type")
    cnt = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    recs = collections.Counter(t for r in records for t in {s["entity_type"] for s in r["spans"]})
    for e in ENTITY_TYPES:
        out.append("  %-22s %5d spans in %4d records" % (e, cnt[e], recs[e]))
    out.append("  %-22s %5d" % ("total", sum(cnt.values())))
    out.append("")
    out.append("templates")
    per = collections.OrderedDict()
    for r in records:
        per.setdefault(r["id"].rsplit("-", 1)[0][4:], [r["domain"], r["kind"], 0])[2] += 1
    for name, (d, k, c) in per.items():
        out.append("  %-34s %-11s %-14s %3d" % (name, d, k, c))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl is stale")
    ap.add_argument("--stats", action="store_true", help="print the composition")
    a = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if a.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            print("prompts.jsonl is stale; run: python tests/detection_heldout15/generate.py", file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
        return 0
    if a.stats:
        print(stats(records))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print("wrote %s (%d records)" % (OUT, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
