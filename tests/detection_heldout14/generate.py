"""Generate the held-out set 14 (``prompts.jsonl``) deterministically.

    python tests/detection_heldout14/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout14/generate.py --check   # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout14/generate.py --stats   # print the composition

Stdlib only. Every record gets its own ``random.Random("h14:<template>:<i>")`` so adding or
editing one template never changes the records of another. Sibling modules are loaded with
importlib under a ``heldout14_`` name prefix so they never collide with other test folders.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "prompts.jsonl"
SEED = "h14"

# module-name prefix for siblings: "heldout14_" when run as a script, "<prefix>" when this file was
# itself loaded as "<prefix>generate" (e.g. "heldout14_test_generate" from the integrity test).
PREFIX = __name__[: -len("generate")] if __name__.endswith("generate") and __name__ != "generate" else "heldout14_"

DOMAINS = ("healthcare", "finance", "general")
KINDS = ("chat", "transcript", "note", "email", "form", "structured", "code", "hard_negative")
ENTITY_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE",
                "DATE_TIME", "AGE", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER",
                "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID", "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD",
                "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT",
                "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET")


def _load(name):
    modname = PREFIX + name
    if modname in sys.modules:
        return sys.modules[modname]
    spec = importlib.util.spec_from_file_location(modname, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[modname] = mod
    spec.loader.exec_module(mod)
    return mod


values = _load("h14_values")
templates_pos = _load("h14_templates_pos")
templates_neg = _load("h14_templates_neg")


def all_templates():
    return list(templates_pos.TEMPLATES) + list(templates_neg.TEMPLATES)


def build_records() -> list[dict]:
    records = []
    seen = set()
    for name, domain, kind, n, fn in all_templates():
        if name in seen:
            raise ValueError("duplicate template name %s" % name)
        seen.add(name)
        if domain not in DOMAINS or kind not in KINDS:
            raise ValueError("bad domain/kind for %s" % name)
        for i in range(n):
            rng = random.Random("%s:%s:%d" % (SEED, name, i))
            doc = values.Doc()
            text, spans = doc.render(fn(rng, doc, i))
            records.append({"id": "h14-%s-%02d" % (name, i + 1), "domain": domain, "kind": kind, "text": text,
                            "spans": spans})
    validate(records)
    return records


_FORMATS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "URL": re.compile(r"https?://[^\s\"'<>]+"),
    "IP_ADDRESS": re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"),
}


def validate(records: list[dict]) -> None:
    """Cheap build-time guards (the integrity test repeats them independently)."""
    for r in records:
        text = r["text"]
        prev = 0
        for s in r["spans"]:
            if s["entity_type"] not in ENTITY_TYPES:
                raise ValueError("%s: unknown type %s" % (r["id"], s["entity_type"]))
            frag = text[s["start"]:s["end"]]
            if not frag or frag != frag.strip() or s["start"] < prev:
                raise ValueError("%s: bad span %r" % (r["id"], frag))
            prev = s["end"]
        if (r["kind"] == "hard_negative") != (not r["spans"]):
            raise ValueError("%s: negatives must have no spans, positives must have some" % r["id"])
        for etype, rx in _FORMATS.items():
            gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
            for m in rx.finditer(text):
                if not any(a <= m.start() and m.end() <= b + 1 for a, b in gold):
                    raise ValueError("%s: unlabeled %s %r" % (r["id"], etype, m.group()))


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records: list[dict]) -> str:
    out = []
    neg = sum(r["kind"] == "hard_negative" for r in records)
    out.append("records: %d   hard negatives: %d (%.1f%%)   templates: %d" % (
        len(records), neg, 100 * neg / len(records), len({r["id"].rsplit("-", 1)[0] for r in records})))
    by_dk = collections.Counter((r["domain"], r["kind"]) for r in records)
    out.append("")
    out.append("%-12s" % "domain" + "".join("%14s" % k for k in KINDS) + "%8s" % "total")
    for dmn in DOMAINS:
        row = [by_dk[(dmn, k)] for k in KINDS]
        out.append("%-12s" % dmn + "".join("%14d" % c for c in row) + "%8d" % sum(row))
    out.append("%-12s" % "total" + "".join("%14d" % sum(by_dk[(dm, k)] for dm in DOMAINS) for k in KINDS)
               + "%8d" % len(records))
    ents = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    out.append("")
    out.append("spans: %d" % sum(ents.values()))
    for e in ENTITY_TYPES:
        out.append("  %-22s %4d" % (e, ents[e]))
    lens = sorted(len(r["text"]) for r in records)
    out.append("")
    out.append("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl differs from a fresh build")
    ap.add_argument("--stats", action="store_true", help="print the composition of a fresh build")
    args = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if args.stats:
        print(stats(records))
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            print("prompts.jsonl is stale: run python %s" % Path(__file__).relative_to(Path.cwd())
                  if Path.cwd() in Path(__file__).parents else "prompts.jsonl is stale", file=sys.stderr)
            return 1
        print("prompts.jsonl is up to date (%d records)" % len(records))
        return 0
    if not args.stats:
        OUT.write_text(text, encoding="utf-8")
        print("wrote %s (%d records)" % (OUT, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
