"""Deterministic generator for the labeled detection corpus (stdlib only).

    python tests/detection/corpus/generate.py            # rewrite prompts.jsonl
    python tests/detection/corpus/generate.py --check    # exit 1 if it differs

Records come from hand-written templates (templates_positive.py,
templates_negative.py) filled with synthetic values (values.py).  Gold spans are
computed from where each value is inserted, so they are exact by construction.
The output is byte-for-byte reproducible: one fixed seed, one Random instance
consumed in template order, no set/dict-order or hash dependence.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import templates_negative  # noqa: E402
import templates_positive  # noqa: E402
import values  # noqa: E402

SEED = 20251124
OUTPUT = HERE / "prompts.jsonl"

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS",
    "US_ZIP_CODE", "DATE_TIME", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE",
    "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID", "CREDIT_CARD",
    "CARD_SECURITY_CODE", "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE",
    "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "VEHICLE_ID",
)
DOMAINS = ("healthcare", "finance", "general")
KINDS = ("chat", "json", "tool_args", "clinical_note", "support_ticket", "hl7_fhir", "email",
         "code", "hard_negative")

PLACEHOLDER = re.compile(r"\[\[(?:([A-Z_]+|-|\*)(?::([a-z0-9_]+))?(?:#(\w+))?|([A-Z_]+)=([^\]]+))\]\]")


def render(template: str, rng: random.Random):
    """Fill one template; return (text, spans)."""
    ctx: dict = {}
    cache: dict = {}
    out: list[str] = []
    pos = 0
    spans = []
    last = 0
    for m in PLACEHOLDER.finditer(template):
        literal = template[last:m.start()]
        out.append(literal)
        pos += len(literal)
        last = m.end()
        label, gen, key = m.group(1), m.group(2), m.group(3)
        if m.group(4):  # [[TYPE=literal]]: fixed text, labeled
            label, gen = m.group(4), None
            value = m.group(5)
        elif gen is None:
            if label in ("-", "*"):
                raise ValueError("placeholder %r needs a generator" % m.group(0))
            gen = values.DEFAULT_GEN[label]
        if gen is None:
            pass
        elif key is not None and not gen.startswith(("full", "first", "last", "fml", "lastfirst",
                                                   "upper", "hl7name", "pemail", "dea", "city",
                                                   "state", "zip", "addr", "hl7_addr")):
            cache_key = (gen, key)
            if cache_key not in cache:
                cache[cache_key] = values.GENERATORS[gen](rng, ctx, key)
            value = cache[cache_key]
        else:
            value = values.GENERATORS[gen](rng, ctx, key)
        if isinstance(value, str):
            segments = [(value, None if label in ("-", "*") else label)]
        else:
            if label != "*":
                raise ValueError("composite generator %r needs the '*' label" % gen)
            segments = value
        for text, seg_label in segments:
            if seg_label is not None:
                if seg_label not in ENTITY_TYPES:
                    raise ValueError("unknown entity type %r" % seg_label)
                spans.append({"start": pos, "end": pos + len(text), "entity_type": seg_label})
            out.append(text)
            pos += len(text)
    out.append(template[last:])
    return "".join(out), spans


def build_records() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    seen_ids = set()
    for tid, domain, kind, template, n in templates_positive.T + templates_negative.T:
        if tid in seen_ids:
            raise ValueError("duplicate template id %s" % tid)
        seen_ids.add(tid)
        assert domain in DOMAINS and kind in KINDS, (tid, domain, kind)
        for i in range(n):
            text, spans = render(template, rng)
            if kind == "hard_negative" and spans:
                raise ValueError("hard negative %s has labeled spans" % tid)
            if kind != "hard_negative" and not spans:
                raise ValueError("positive template %s has no spans" % tid)
            if kind in ("json", "tool_args") or (kind in ("hl7_fhir", "hard_negative")
                                                  and text.lstrip()[:1] in "{["):
                try:
                    json.loads(text)  # JSON payloads must stay valid JSON
                except ValueError as exc:
                    raise ValueError("template %s renders invalid JSON: %s" % (tid, exc)) from None
            records.append({"id": "%s-%d" % (tid, i + 1), "domain": domain, "kind": kind,
                            "text": text, "spans": spans})
    return records


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    data = dumps(build_records())
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != data:
            print("prompts.jsonl is stale: run tests/detection/corpus/generate.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(data, encoding="utf-8", newline="\n")
    print("wrote %d records to %s" % (data.count("\n"), OUTPUT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
