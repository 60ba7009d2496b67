"""Generate the held-out evaluation set 10 (``prompts.jsonl`` next to this file).

Usage::

    python tests/detection_heldout10/generate.py           # (re)write prompts.jsonl
    python tests/detection_heldout10/generate.py --check   # exit 1 if prompts.jsonl is stale
    python tests/detection_heldout10/generate.py --stats   # print the composition

Standard library only; one ``random.Random(SEED)`` drives everything, so the output is
byte-for-byte reproducible.  Helper modules are loaded by file path under ``h10_*`` names so
they cannot collide with other test folders on pytest's import path.
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
SEED = 1010_2024
ID_PREFIX = "h10"
MAX_REDRAWS = 25


def _load(name):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


values = _load("h10_values")
templates_pos = _load("h10_templates_pos")
templates_neg = _load("h10_templates_neg")

ENTITY_TYPES = values.ENTITY_TYPES
DOMAINS = ("healthcare", "finance", "general")
KINDS = ("chat", "document", "structured", "code", "multilingual", "obfuscated", "hard_negative")


def build_records():
    rng = random.Random(SEED)
    records = []
    seen_text = set()
    for name, domain, kind, count, fn in templates_pos.REGISTRY + templates_neg.REGISTRY:
        assert domain in DOMAINS and kind in KINDS, (name, domain, kind)
        for i in range(count):
            for _ in range(MAX_REDRAWS):
                text, spans = values.finalize(fn(rng))
                if text not in seen_text:
                    break
            else:
                raise RuntimeError("template %s keeps producing duplicate texts" % name)
            seen_text.add(text)
            if kind == "hard_negative":
                assert not spans, name
            else:
                assert spans, name
            records.append({"id": "%s-%s-%03d" % (ID_PREFIX, name, i + 1), "domain": domain, "kind": kind,
                            "text": text, "spans": spans})
    rng.shuffle(records)  # blind order: templates are not grouped
    return records


def dumps(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records) -> str:
    n = len(records)
    neg = sum(r["kind"] == "hard_negative" for r in records)
    kinds = collections.Counter(r["kind"] for r in records)
    domains = collections.Counter(r["domain"] for r in records)
    types = collections.Counter(s["entity_type"] for r in records for s in r["spans"])
    templates = {r["id"].rsplit("-", 1)[0] for r in records}
    out = ["records: %d" % n,
           "hard negatives: %d (%.1f%%)" % (neg, 100.0 * neg / n),
           "templates: %d (positive %d, hard-negative %d)" % (
               len(templates), len(templates_pos.REGISTRY), len(templates_neg.REGISTRY)),
           "gold spans: %d" % sum(types.values()),
           "",
           "domains:"]
    out += ["  %-14s %4d" % (d, domains[d]) for d in DOMAINS]
    out += ["", "kinds:"]
    out += ["  %-14s %4d" % (k, kinds[k]) for k in KINDS]
    out += ["", "entity types (spans):"]
    out += ["  %-22s %4d" % (t, types[t]) for t in ENTITY_TYPES]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if prompts.jsonl differs from the generator output")
    ap.add_argument("--stats", action="store_true", help="print the composition of the generated set")
    args = ap.parse_args(argv)
    records = build_records()
    text = dumps(records)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            print("%s is stale; run python %s" % (OUT, Path(__file__).as_posix()), file=sys.stderr)
            return 1
        print("%s is up to date (%d records)" % (OUT.name, len(records)))
    if args.stats:
        print(stats(records))
    if not args.check and not args.stats:
        OUT.write_text(text, encoding="utf-8")
        print("wrote %s (%d records)" % (OUT, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
