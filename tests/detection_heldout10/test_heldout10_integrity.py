"""Integrity of the held-out set 10 gold (prompts.jsonl).

Checks only the gold data: reproducibility, schema, span hygiene, entity types, checksums of every
labeled identifier, synthetic hosts/IPs, and that hard negatives are clean.  Imports nothing from
the detector; helper modules are loaded by file path under unique ``h10_*`` names.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


values = _load("h10_values")


def _load_generate():
    name = "h10_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


generate = _load_generate()

PROMPTS = HERE / "prompts.jsonl"
RECORDS = [json.loads(line) for line in PROMPTS.read_text(encoding="utf-8").splitlines() if line.strip()]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]

norm = values.norm


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], r["text"][s["start"]:s["end"]]


# --------------------------------------------------------------------------------------
# Reproducibility
# --------------------------------------------------------------------------------------
def test_generate_check_passes():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_generator_reproduces_file_byte_for_byte():
    assert generate.dumps(generate.build_records()) == PROMPTS.read_text(encoding="utf-8")


def test_generator_is_deterministic():
    assert generate.dumps(generate.build_records()) == generate.dumps(generate.build_records())


# --------------------------------------------------------------------------------------
# Schema, size and mix
# --------------------------------------------------------------------------------------
def test_records_are_well_formed():
    for r in RECORDS:
        assert list(r) == ["id", "domain", "kind", "text", "spans"], r.get("id")
        assert isinstance(r["id"], str) and r["id"].startswith("h10-")
        assert r["domain"] in generate.DOMAINS, r["id"]
        assert r["kind"] in generate.KINDS, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert isinstance(r["spans"], list), r["id"]
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}, r["id"]
            assert isinstance(s["start"], int) and isinstance(s["end"], int), r["id"]
        for c in (values.OPEN, values.MID, values.CLOSE):
            assert c not in r["text"], r["id"]


def test_ids_and_texts_unique():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in RECORDS]
    assert len(texts) == len(set(texts))


def test_size_and_hard_negative_share():
    assert 450 <= len(RECORDS) <= 520
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    templates = {r["id"].rsplit("-", 1)[0] for r in RECORDS}
    assert len(templates) >= 120
    assert {r["domain"] for r in RECORDS} == set(generate.DOMAINS)
    assert {r["kind"] for r in RECORDS} == set(generate.KINDS)


def test_positives_have_spans_and_negatives_have_none():
    assert all(r["spans"] for r in POSITIVES)
    assert all(not r["spans"] for r in NEGATIVES)


# --------------------------------------------------------------------------------------
# Span hygiene
# --------------------------------------------------------------------------------------
def test_spans_in_bounds_sorted_disjoint_and_stripped():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert 0 <= prev_end <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            frag = r["text"][s["start"]:s["end"]]
            assert frag and frag == frag.strip(), (r["id"], frag)
            prev_end = s["end"]


def test_entity_types_allowed_and_each_represented():
    allowed = set(values.ENTITY_TYPES)
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    assert set(counts) <= allowed, set(counts) - allowed
    for etype in values.ENTITY_TYPES:
        assert counts[etype] >= 10, (etype, counts[etype])


# --------------------------------------------------------------------------------------
# Span text matches its type (checksums for every checksummed identifier)
# --------------------------------------------------------------------------------------
TITLE_RE = re.compile(r"^(dr|mr|mrs|ms|mx|prof|dra|herr|frau|m|mme)\.?\s", re.I)
CRED_RE = re.compile(r",?\s(md|do|rn|np|pa-c|dds|phd)$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://[^\s\"'<>\\]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")


def test_person_spans():
    for rid, v in _spans("PERSON"):
        n = norm(v)
        assert not re.search(r"\d", n), (rid, v)
        assert not TITLE_RE.match(n) and not CRED_RE.search(n), (rid, v)


def test_date_address_zip_spans():
    for rid, v in _spans("DATE_TIME"):
        assert re.search(r"\d", norm(v)), (rid, v)
    for rid, v in _spans("STREET_ADDRESS"):
        assert re.search(r"\d", norm(v)) and re.search(r"[A-Za-zÀ-ž]{2}", v), (rid, v)
    for rid, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", norm(v)), (rid, v)


def test_credit_cards_luhn_and_brand_lengths():
    for rid, v in _spans("CREDIT_CARD"):
        assert values.card_valid(v), (rid, v)


def test_ssn_and_itin_rules():
    for rid, v in _spans("US_SSN"):
        assert values.ssn_valid(v), (rid, v)
    for rid, v in _spans("US_ITIN"):
        assert values.itin_valid(v), (rid, v)


def test_npi_dea_mbi():
    for rid, v in _spans("US_NPI"):
        assert values.npi_valid(norm(v)), (rid, v)
    for rid, v in _spans("US_DEA"):
        assert values.dea_valid(norm(v)), (rid, v)
    for rid, v in _spans("US_MBI"):
        assert values.mbi_valid(v), (rid, v)


def test_routing_iban_swift_vin():
    for rid, v in _spans("US_ROUTING_NUMBER"):
        assert values.aba_valid(norm(v)), (rid, v)
    for rid, v in _spans("IBAN_CODE"):
        compact = norm(v).replace(" ", "")
        assert values.iban_valid(compact), (rid, v)
        assert len(compact) == values.IBAN_LENGTHS[compact[:2]], (rid, v)
    for rid, v in _spans("SWIFT_CODE"):
        assert values.SWIFT_RE.fullmatch(v), (rid, v)
    for rid, v in _spans("VEHICLE_ID"):
        assert values.vin_valid(v), (rid, v)


def test_secret_formats():
    for rid, v in _spans("JWT"):
        assert values.jwt_valid(v), (rid, v)
    for rid, v in _spans("PRIVATE_KEY"):
        assert values.private_key_valid(v), rid
    for rid, v in _spans("API_KEY"):
        assert values.api_key_valid(v), (rid, v)
    for rid, v in _spans("PASSWORD"):
        assert len(v) >= 6 and not re.search(r"\s", v), (rid, v)
    for rid, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 24 and not re.search(r"\s", v) and not v.startswith(values.API_PREFIXES), (rid, v)


def test_format_spans_are_synthetic():
    for rid, v in _spans("EMAIL_ADDRESS"):
        n = norm(v)
        assert EMAIL_RE.fullmatch(n), (rid, v)
        assert values.host_is_reserved(n.split("@", 1)[1]), (rid, v)
    for rid, v in _spans("URL"):
        m = re.match(r"https?://([^/:?#]+)", v)
        assert m and values.host_is_reserved(m.group(1)), (rid, v)
    for rid, v in _spans("IP_ADDRESS"):
        assert values.ip_is_synthetic(v), (rid, v)


@pytest.mark.parametrize("etype,pattern", [("EMAIL_ADDRESS", EMAIL_RE), ("URL", URL_RE), ("IP_ADDRESS", IPV4_RE)])
def test_every_format_entity_in_text_is_labeled(etype, pattern):
    """Format-defined entities (any e-mail, URL, IPv4) are gold wherever they occur."""
    for r in RECORDS:
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
        for m in pattern.finditer(r["text"]):
            assert any(a <= m.start() and m.end() <= b + 1 for a, b in gold), (r["id"], m.group())


def test_obfuscated_variants_present():
    gold = "".join(r["text"][s["start"]:s["end"]] for r in RECORDS for s in r["spans"])
    for ch in ("\u2011", "\u2013", "\u200d", "\u200b"):
        assert ch in gold, repr(ch)
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)
    # obfuscation characters never occur outside gold spans
    for r in RECORDS:
        covered = set()
        for s in r["spans"]:
            covered.update(range(s["start"], s["end"]))
        for i, c in enumerate(r["text"]):
            if c in "\u2011\u200d\u200b" or 0xFF10 <= ord(c) <= 0xFF19:
                assert i in covered, (r["id"], repr(c))


def test_no_phone_numbers_anywhere():
    """Phone numbers are not in this set's type list, so no text may contain one (gold stays complete)."""
    phone = re.compile(r"(?<![\d-])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\d-])")
    for r in RECORDS:
        assert not phone.search(r["text"]), (r["id"], phone.search(r["text"]).group())


# --------------------------------------------------------------------------------------
# Hard negatives are clean
# --------------------------------------------------------------------------------------
def test_hard_negatives_contain_no_format_entities_or_secrets():
    for r in NEGATIVES:
        t = r["text"]
        assert "@" not in t and "http" not in t, r["id"]
        assert not IPV4_RE.search(t), (r["id"], IPV4_RE.search(t).group())
        assert "-----BEGIN" not in t and "eyJ" not in t, r["id"]
        assert not re.search(r"(?<![A-Za-z0-9_])(?:%s)" % "|".join(map(re.escape, values.API_PREFIXES)), t), r["id"]
        for c in t:
            assert c not in values.ZERO_WIDTH, r["id"]


def test_hard_negative_lookalikes_are_invalid():
    for r in NEGATIVES:
        t = r["text"]
        for m in re.finditer(r"\d(?:[ -]?\d)*", t):  # maximal digit runs
            d = re.sub(r"\D", "", m.group())
            if len(d) in (15, 16) and d[0] in "3456":
                assert not values.luhn_valid(d), (r["id"], m.group())
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", t):
            assert not values.iban_valid(m.group()), (r["id"], m.group())
        for m in re.finditer(r"\b[A-HJ-NPR-Z0-9]{17}\b", t):
            if re.search(r"[A-Z]", m.group()) and re.search(r"\d", m.group()):
                assert not values.vin_valid(m.group()), (r["id"], m.group())
        for m in re.finditer(r"(?i)routing\D{0,12}(\d{9})\b", t):
            assert not values.aba_valid(m.group(1)), (r["id"], m.group())
        for m in re.finditer(r"NPI\D{0,12}(\d{10})\b", t):
            assert not values.npi_valid(m.group(1)), (r["id"], m.group())
        for m in re.finditer(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])", t):
            assert not values.ssn_valid(m.group()) and not values.itin_valid(m.group()), (r["id"], m.group())


# --------------------------------------------------------------------------------------
# Independence from the detector
# --------------------------------------------------------------------------------------
def test_folder_does_not_import_the_detector_or_hold_results():
    for py in HERE.glob("*.py"):
        src = py.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+hushgate\b", src, re.M), py.name
        assert "import_module(\"hushgate" not in src, py.name
    for f in HERE.iterdir():
        assert not re.search(r"result|score|report|predict", f.name, re.I), f.name
