"""Held-out set 14: the committed file is exactly what the generator produces, and its gold is sound.

Checksums are re-implemented here on purpose (not imported from h14_values), so a bug in a
generator cannot hide itself.
"""

from __future__ import annotations

import base64
import collections
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name):
    modname = "heldout14_test_" + name
    if modname in sys.modules:
        return sys.modules[modname]
    spec = importlib.util.spec_from_file_location(modname, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[modname] = mod
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate")

RECORDS = [json.loads(line) for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]

ENTITY_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE",
                "DATE_TIME", "AGE", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER",
                "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID", "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD",
                "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT",
                "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET"}
DOMAINS = {"healthcare", "finance", "general"}
KINDS = {"chat", "transcript", "note", "email", "form", "structured", "code", "hard_negative"}


# --------------------------------------------------------------------------- normalisation helpers

def _norm(s: str) -> str:
    """NFKC (full-width digits), drop zero-width characters, unify dashes."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)


_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9"}


def _spoken(s: str) -> str:
    """'four one two, double five, E G' -> '41255EG' (only when the value is spoken); else unchanged."""
    toks = re.findall(r"[A-Za-z]+|\d", s)
    if not any(t.lower() in _DIGIT_WORDS for t in toks):
        return s
    out, mult = [], 1
    for t in toks:
        low = t.lower()
        if low in ("double", "triple"):
            mult = 2 if low == "double" else 3
            continue
        if low in _DIGIT_WORDS:
            out.append(_DIGIT_WORDS[low] * mult)
        elif len(t) == 1 and t.isupper():
            out.append(t * mult)
        elif t.isdigit():
            out.append(t * mult)
        else:
            raise AssertionError("unexpected token %r in spoken value %r" % (t, s))
        mult = 1
    return "".join(out)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", _spoken(_norm(s)))


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], _norm(r["text"][s["start"]:s["end"]])


# --------------------------------------------------------------------------- independent checksums

def luhn_ok(d: str) -> bool:
    if not d.isdigit():
        return False
    tot = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if k % 2 else 1)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def aba_ok(d: str) -> bool:
    if not re.fullmatch(r"\d{9}", d):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0 and (
        0 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32 or 61 <= int(d[:2]) <= 72 or d[:2] == "80")


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28,
            "PT": 25, "IE": 22, "TR": 26, "SA": 24, "AE": 23, "NO": 15, "SE": 24, "DK": 18, "GR": 27, "FI": 18,
            "LU": 20}


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def dea_ok(s: str) -> bool:
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_VIN_T = {**{str(k): k for k in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
          "Y": 8, "Z": 9}


def vin_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(_VIN_T[c] * k for c, k in zip(v, w)) % 11
    return v[8] == ("X" if r == 10 else str(r))


_MBI = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                  r"[AC-HJKMNP-RT-Y]{2}\d\d")


def card_brand_ok(d: str) -> bool:
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if len(d) != 16:
        return False
    return (d[0] == "4" or "51" <= d[:2] <= "55" or 2221 <= int(d[:4]) <= 2720 or d.startswith("6011")
            or d.startswith("65") or 644 <= int(d[:3]) <= 649)


_WORD_NUM = {"ninety": 90, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "hundred": 100}


def _age_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    total = 0
    for w in re.split(r"[\s-]+", s.lower()):
        if w == "hundred":
            total = (total or 1) * 100
        elif w in _WORD_NUM:
            total += _WORD_NUM[w]
        elif w != "and":
            raise AssertionError(s)
    return total


# --------------------------------------------------------------------------- reproduction and schema

def test_generator_reproduces_committed_file_byte_for_byte():
    assert generate.dumps(generate.build_records()) == (HERE / "prompts.jsonl").read_text(encoding="utf-8")


def test_generator_is_deterministic_across_runs():
    assert generate.dumps(generate.build_records()) == generate.dumps(generate.build_records())


def test_generate_check_cli_reports_fresh():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    stats = subprocess.run([sys.executable, str(HERE / "generate.py"), "--stats"], capture_output=True, text=True)
    assert stats.returncode == 0 and "hard negatives" in stats.stdout


def test_module_names_are_prefixed():
    assert generate.values.__name__.startswith("heldout14_test_")
    assert generate.templates_pos.__name__.startswith("heldout14_test_")
    assert generate.templates_neg.__name__.startswith("heldout14_test_")


def test_schema_ids_and_composition():
    assert 420 <= len(RECORDS) <= 480
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        assert list(r) == ["id", "domain", "kind", "text", "spans"], r["id"]
        assert re.fullmatch(r"h14-[a-z0-9]+(?:-[a-z0-9]+)*-\d{2}", r["id"]), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip()
        assert r["domain"] in DOMAINS and r["kind"] in KINDS, r["id"]
        for s in r["spans"]:
            assert list(s) == ["start", "end", "entity_type"], r["id"]
            assert isinstance(s["start"], int) and isinstance(s["end"], int)
    assert {r["domain"] for r in RECORDS} == DOMAINS
    assert {r["kind"] for r in RECORDS} == KINDS
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.41, share
    assert all(not r["spans"] for r in NEGATIVES)
    assert all(r["spans"] for r in POSITIVES)
    templates = {i.rsplit("-", 1)[0] for i in ids}
    assert len(templates) >= 80
    for dmn in DOMAINS:
        assert sum(r["domain"] == dmn for r in NEGATIVES) >= 30, dmn
    assert max(len(r["text"]) for r in RECORDS) <= 1800
    assert min(len(r["text"]) for r in RECORDS) < 120


def test_spans_in_bounds_sorted_disjoint_and_trimmed():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            frag = r["text"][s["start"]:s["end"]]
            assert frag and frag == frag.strip(), (r["id"], frag)
            assert not frag[0].isspace() and not frag[-1].isspace()
            prev_end = s["end"]


def test_every_entity_type_is_represented():
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    assert set(counts) == ENTITY_TYPES
    for etype in ENTITY_TYPES:
        assert counts[etype] >= 10, (etype, counts[etype])


def test_generator_constants_match():
    assert set(generate.ENTITY_TYPES) == ENTITY_TYPES
    assert set(generate.DOMAINS) == DOMAINS and set(generate.KINDS) == KINDS


# --------------------------------------------------------------------------- gold values validate

def test_credit_cards_luhn_and_brand():
    for rid, v in _spans("CREDIT_CARD"):
        d = _digits(v)
        assert luhn_ok(d) and card_brand_ok(d), (rid, v)


def test_card_security_codes():
    for rid, v in _spans("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", _digits(v)), (rid, v)


def test_card_track_data():
    for rid, v in _spans("CARD_TRACK_DATA"):
        m1 = re.fullmatch(r"%B(\d{13,19})\^[A-Z \-]+/[A-Z \-]+\^\d{7}\d*\?", v)
        m2 = re.fullmatch(r";(\d{13,19})=\d{7}\d*\?", v)
        m = m1 or m2
        assert m and luhn_ok(m.group(1)), (rid, v)


def test_ssn_rules():
    for rid, v in _spans("US_SSN"):
        d = _digits(v)
        assert len(d) == 9, (rid, v)
        assert d[:3] not in ("000", "666") and d[0] != "9", (rid, v)
        assert d[3:5] != "00" and d[5:] != "0000", (rid, v)


def test_itin_rules():
    ok_groups = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))
    for rid, v in _spans("US_ITIN"):
        d = _digits(v)
        assert len(d) == 9 and d[0] == "9" and int(d[3:5]) in ok_groups, (rid, v)


def test_npi_luhn_with_80840_prefix():
    for rid, v in _spans("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and luhn_ok("80840" + v), (rid, v)


def test_dea_check_digit():
    for rid, v in _spans("US_DEA"):
        assert dea_ok(v), (rid, v)


def test_mbi_format():
    for rid, v in _spans("US_MBI"):
        compact = _spoken(v).replace("-", "").replace(" ", "")
        assert _MBI.fullmatch(compact), (rid, v)


def test_routing_numbers_aba():
    for rid, v in _spans("US_ROUTING_NUMBER"):
        assert aba_ok(v), (rid, v)


def test_ibans_mod97_and_country_length():
    for rid, v in _spans("IBAN_CODE"):
        assert iban_ok(v), (rid, v)
        if " " in v:
            assert all(len(g) == 4 for g in v.split(" ")[:-1]), (rid, v)


def test_swift_codes():
    for rid, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", v), (rid, v)


def test_vehicle_ids():
    for rid, v in _spans("VEHICLE_ID"):
        if len(v) == 17:
            assert vin_ok(v), (rid, v)
        else:  # license plate
            assert re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]{3,7}", v) and re.search(r"\d", v), (rid, v)
    assert sum(len(v) == 17 for _r, v in _spans("VEHICLE_ID")) >= 10


def test_device_ids():
    for rid, v in _spans("DEVICE_ID"):
        if re.fullmatch(r"\d{15}", v):  # IMEI
            assert luhn_ok(v), (rid, v)
        elif ":" in v and "(" not in v:
            assert re.fullmatch(r"[0-9A-F]{2}(?::[0-9A-F]{2}){5}", v), (rid, v)
        else:
            assert re.search(r"\d", v) and len(v) >= 8, (rid, v)


def test_zip_codes():
    for rid, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(?:-?\d{4})?", _spoken(v).replace(" ", "")), (rid, v)


def test_age_only_over_89():
    for rid, v in _spans("AGE"):
        assert _age_value(v) > 89, (rid, v)


def test_phone_numbers_have_plausible_digit_counts():
    for rid, v in _spans("PHONE_NUMBER"):
        assert 10 <= len(_digits(v)) <= 13, (rid, v)


def test_passports_and_licenses():
    for rid, v in _spans("US_PASSPORT"):
        assert re.fullmatch(r"\d{9}|[A-Z]\d{8}", v), (rid, v)
    for rid, v in _spans("US_DRIVER_LICENSE"):
        assert re.search(r"\d{4}", v.replace(" ", "").replace("-", "")), (rid, v)


def test_person_spans_are_names():
    for rid, v in _spans("PERSON"):
        assert len(v) >= 2 and not re.search(r"\d|@", v), (rid, v)
        assert not re.match(r"(?:Dr|Mr|Mrs|Ms)\.?\s", v), (rid, v)  # titles stay outside the span


def test_mrn_and_plan_ids_contain_digits():
    for etype in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "US_BANK_ACCOUNT"):
        for rid, v in _spans(etype):
            assert len(re.sub(r"\D", "", v)) >= 4, (rid, etype, v)
    for rid, v in _spans("US_BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{6,17}", v), (rid, v)


def test_secret_formats():
    for rid, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3, rid
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        assert header.get("alg") and "exp" in payload, rid
    for rid, v in _spans("PRIVATE_KEY"):
        v = re.sub(r"\n[ \t]+", "\n", v.replace("\\n", "\n"))
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v), rid
    prefixes = ("sk-proj-", "sk-ant-api03-", "sk-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_",
                "rk_live_", "AIza", "glpat-", "hf_", "SG.", "npm_")
    for rid, v in _spans("API_KEY"):
        assert v.startswith(prefixes) and len(v) >= 20, (rid, v)
    for rid, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 32 and len(set(v)) >= 12, (rid, v)
    for rid, v in _spans("PASSWORD"):
        assert 8 <= len(v) <= 40 and " " not in v, (rid, v)


_FORMAT_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "URL": re.compile(r"https?://[^\s\"'<>]+"),
    "IP_ADDRESS": re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"),
}


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_format_entities_are_labeled_wherever_they_occur(etype):
    for r in RECORDS:
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
        for m in _FORMAT_PATTERNS[etype].finditer(r["text"]):
            assert any(a <= m.start() and m.end() <= b + 1 for a, b in gold), (r["id"], m.group())


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_format_entity_spans_are_well_formed(etype):
    for rid, v in _spans(etype):
        if etype == "IP_ADDRESS" and ":" in v:
            assert re.fullmatch(r"[0-9a-f:]+", v) and "::" in v, (rid, v)
        else:
            assert _FORMAT_PATTERNS[etype].fullmatch(v), (rid, v)


# --------------------------------------------------------------------------- hard negatives stay clean

def test_hard_negative_lookalikes_fail_luhn():
    seen = 0
    for r in NEGATIVES:
        for m in re.finditer(r"\d(?:[ -]?\d)*", _norm(r["text"])):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and d[0] in "23456":
                assert not luhn_ok(d), (r["id"], m.group())
                seen += 1
    assert seen >= 10  # the set really does contain card-like Luhn-invalid numbers


def test_hard_negatives_have_no_pii_shapes():
    key_rx = re.compile(r"(?<![\w-])(?:sk-[A-Za-z0-9]|sk_live_|rk_live_|AKIA[A-Z0-9]{8}|ASIA[A-Z0-9]{8}|ghp_|"
                        r"github_pat_|xox[bp]-|AIza|glpat-|hf_[A-Za-z0-9]{10}|SG\.[\w-]{10}|npm_[A-Za-z0-9]{10})")
    for r in NEGATIVES:
        t = _norm(r["text"])
        for etype, rx in _FORMAT_PATTERNS.items():
            assert not rx.search(t), (r["id"], etype)
        assert "-----BEGIN" not in t and not re.search(r"eyJ[\w-]{8,}\.", t), r["id"]
        assert not key_rx.search(t), r["id"]
        assert not re.search(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", t), r["id"]  # SSN-shaped
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t):
            assert not iban_ok(m.group()), (r["id"], m.group())
        for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", t):
            assert not (aba_ok(m.group()) and re.search(r"routing|ABA", t, re.I)), (r["id"], m.group())


# --------------------------------------------------------------------------- coverage of the brief

def test_obfuscated_variants_present():
    gold = "".join(r["text"][s["start"]:s["end"]] for r in POSITIVES for s in r["spans"])
    for ch in ("\u2011", "\u2013", "\u200d"):
        assert ch in gold, repr(ch)
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)


def test_native_script_names_present():
    scripts = {"han": r"[\u4e00-\u9fff]", "hangul": r"[\uac00-\ud7af]", "arabic": r"[\u0600-\u06ff]",
               "hebrew": r"[\u0590-\u05ff]", "greek": r"[\u0370-\u03ff]", "thai": r"[\u0e00-\u0e7f]",
               "devanagari": r"[\u0900-\u097f]"}
    names = [v for _rid, v in _spans("PERSON")]
    for script, rx in scripts.items():
        assert sum(bool(re.search(rx, n)) for n in names) >= 1, script
    assert any("々" in n or re.search(r"[\u3040-\u30ff]", r["text"]) for r in POSITIVES for n in [r["text"]])


def test_spoken_values_present_and_decodable():
    spoken = [(rid, v) for etype in ("US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "US_MBI", "US_ZIP_CODE")
              for rid, v in _spans(etype) if _spoken(v) != v]
    assert len(spoken) >= 10


def test_hl7_names_are_single_spans():
    hl7 = [r for r in POSITIVES if r["text"].lstrip().startswith("MSH|") or "\nMSH|" in r["text"]]
    assert hl7
    carets = [v for r in hl7 for s in r["spans"] if s["entity_type"] == "PERSON"
              for v in [r["text"][s["start"]:s["end"]]] if "^" in v]
    assert carets and all(re.fullmatch(r"[A-Z' \-]+\^[A-Z' \-]+(?:\^[A-Z])?", v) for v in carets), carets


def test_zip_spans_never_inside_street_spans():
    for r in POSITIVES:
        for s in r["spans"]:
            if s["entity_type"] == "STREET_ADDRESS":
                frag = r["text"][s["start"]:s["end"]]
                assert not re.search(r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$", frag), (r["id"], frag)
