"""Integrity of held-out set 13: the committed file is what the generator makes, and its gold is sound.

The validators below are written independently of ``h13_values`` (and cross-checked
against it), so a bug in a generator cannot silently pass its own check.
"""

from __future__ import annotations

import base64
import collections
import importlib.util
import ipaddress
import json
import math
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PREFIX = "heldout13_test_"


def _load(name):
    full = PREFIX + name
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[full] = mod
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate")
values = _load("h13_values")

RECORDS = [json.loads(line) for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]
BY_ID = {r["id"]: r for r in RECORDS}

ENTITY_TYPES = frozenset("""PERSON EMAIL_ADDRESS PHONE_NUMBER URL IP_ADDRESS STREET_ADDRESS US_ZIP_CODE DATE_TIME AGE
US_SSN US_ITIN US_DRIVER_LICENSE US_PASSPORT MEDICAL_RECORD_NUMBER US_NPI US_DEA US_MBI HEALTH_PLAN_ID DEVICE_ID
VEHICLE_ID CREDIT_CARD CARD_SECURITY_CODE CARD_TRACK_DATA IBAN_CODE US_ROUTING_NUMBER US_BANK_ACCOUNT SWIFT_CODE
API_KEY PRIVATE_KEY JWT PASSWORD HIGH_ENTROPY_SECRET""".split())
DOMAINS = {"healthcare", "finance", "general"}
KINDS = {"chat", "transcript", "note", "email", "form", "structured", "code", "hard_negative"}


# ---------------------------------------------------------------------------------------
# independent validators
# ---------------------------------------------------------------------------------------

def norm(s: str) -> str:
    """NFKC, drop zero-width characters, unify dashes (how gold values were obfuscated)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)


_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_WORDS["oh"] = "0"


def digits(s: str) -> str:
    """Digits of a value, reading spoken forms ('four one double five') as digits."""
    s = norm(s)
    if not re.search(r"[A-Za-z]", s):
        return re.sub(r"\D", "", s)
    out, mult = [], 1
    for tok in re.findall(r"[A-Za-z]+|\d", s.lower()):
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        d = _WORDS.get(tok, tok if tok.isdigit() else None)
        assert d is not None, "unexpected word %r in %r" % (tok, s)
        out.append(d * mult)
        mult = 1
    return "".join(out)


def luhn(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def aba(n: str) -> bool:
    d = list(map(int, n))
    return len(d) == 9 and sum(w * x for w, x in zip([3, 7, 1] * 3, d)) % 10 == 0


def dea_ok(v: str) -> bool:
    m = re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})", v)
    if not m:
        return False
    d = list(map(int, m.group(1)))
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


IBAN_LEN = {"AD": 24, "AE": 23, "AT": 20, "BE": 16, "BR": 29, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18,
            "FR": 27, "GB": 22, "IE": 22, "IT": 27, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SA": 24, "SE": 24, "TR": 26}


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s) or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


_VIN_VAL = dict(zip("0123456789", range(10)))
_VIN_VAL.update(zip("ABCDEFGH", range(1, 9)))
_VIN_VAL.update(zip("JKLMN", range(1, 6)))
_VIN_VAL.update({"P": 7, "R": 9})
_VIN_VAL.update(zip("STUVWXYZ", range(2, 10)))


def vin_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    s = sum(_VIN_VAL[c] * w for c, w in zip(v, [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return v[8] == ("X" if s == 10 else str(s))


def gtin_ok(g: str) -> bool:
    return len(g) == 14 and sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(g))) % 10 == 0


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")


def itin_ok(d: str) -> bool:
    g = int(d[3:5]) if len(d) == 9 else -1
    return len(d) == 9 and d[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99)


def brand_ok(d: str) -> bool:
    if d[:2] in ("34", "37"):
        return len(d) == 15
    return len(d) == 16 and (d[0] in "456" or 2221 <= int(d[:4]) <= 2720)


def entropy(s: str) -> float:
    c = collections.Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())


def b64url_json(part: str):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d")
API_PREFIXES = ("sk-", "sk-proj-", "sk-ant-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_", "rk_live_",
                "AIza", "glpat-", "hf_", "SG.", "npm_")
SWIFT_COUNTRIES = {"DE", "FR", "GB", "ES", "IT", "NL", "PL", "PT", "CH", "US", "JP", "KR", "CN", "IN", "AE", "BR", "BE",
                   "AT", "IE", "FI", "SA", "TR"}
MONTH_WORDS = ("january february march april may june july august september october november december").split()


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], r["text"][s["start"]:s["end"]]


# ---------------------------------------------------------------------------------------
# reproduction
# ---------------------------------------------------------------------------------------

def test_generator_reproduces_committed_file_byte_for_byte():
    built = generate.build_records(prefix=PREFIX)
    assert generate.dumps(built) == (HERE / "prompts.jsonl").read_text(encoding="utf-8")


def test_generator_is_deterministic_across_runs():
    a = generate.dumps(generate.build_records(prefix=PREFIX))
    b = generate.dumps(generate.build_records(prefix=PREFIX))
    assert a == b


def test_generate_check_flag_reports_fresh():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_modules_load_under_unique_names():
    assert values.__name__ == PREFIX + "h13_values"
    assert all(not m.startswith(PREFIX) or m[len(PREFIX):] in ("generate", "h13_values", "h13_templates_pos",
                                                              "h13_templates_neg") for m in sys.modules)


# ---------------------------------------------------------------------------------------
# schema and composition
# ---------------------------------------------------------------------------------------

def test_record_schema_and_ids():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "text", "spans"}, r["id"]
        assert re.fullmatch(r"h13-[a-z0-9]+(?:-[a-z0-9]+)*-\d{2}", r["id"]), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip()
        assert r["domain"] in DOMAINS and r["kind"] in KINDS, r["id"]
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}, r["id"]
            assert isinstance(s["start"], int) and isinstance(s["end"], int)
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "duplicate texts"


def test_composition():
    n = len(RECORDS)
    assert 420 <= n <= 480, n
    neg = [r for r in RECORDS if r["kind"] == "hard_negative"]
    assert 0.35 <= len(neg) / n <= 0.41, len(neg) / n
    assert all(not r["spans"] for r in neg)
    assert all(r["spans"] for r in RECORDS if r["kind"] != "hard_negative")
    assert {r["domain"] for r in RECORDS} == DOMAINS
    assert {r["kind"] for r in RECORDS} == KINDS
    for d in DOMAINS:
        assert any(r["domain"] == d and r["kind"] == "hard_negative" for r in RECORDS), d
    templates = {r["id"].rsplit("-", 1)[0] for r in RECORDS}
    assert len(templates) >= 80
    lengths = [len(r["text"]) for r in RECORDS]
    assert min(lengths) < 80 and max(lengths) >= 1200 and max(lengths) <= 1600


def test_every_entity_type_is_represented():
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    assert set(counts) <= ENTITY_TYPES
    for etype in ENTITY_TYPES:
        assert counts[etype] >= 10, (etype, counts[etype])


def test_languages_and_scripts_present():
    text = "".join(r["text"] for r in RECORDS)
    for lo, hi, what in [(0x3040, 0x30FF, "kana"), (0xAC00, 0xD7A3, "hangul"), (0x4E00, 0x9FFF, "han"),
                         (0x0600, 0x06FF, "arabic"), (0x0400, 0x04FF, "cyrillic"), (0x0900, 0x097F, "devanagari")]:
        assert any(lo <= ord(c) <= hi for c in text), what
    persons = "".join(v for _, v in _spans("PERSON"))
    for lo, hi, what in [(0x4E00, 0x9FFF, "han"), (0xAC00, 0xD7A3, "hangul"), (0x0600, 0x06FF, "arabic"),
                         (0x0400, 0x04FF, "cyrillic"), (0x0900, 0x097F, "devanagari")]:
        assert any(lo <= ord(c) <= hi for c in persons), what


# ---------------------------------------------------------------------------------------
# span hygiene
# ---------------------------------------------------------------------------------------

def test_spans_are_clean_sorted_and_disjoint():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert s["entity_type"] in ENTITY_TYPES, r["id"]
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            frag = r["text"][s["start"]:s["end"]]
            assert frag and frag == frag.strip(), (r["id"], frag)
            assert not frag.endswith((",", ";", ".")) or s["entity_type"] in ("PRIVATE_KEY", "HIGH_ENTROPY_SECRET",
                                                                               "PASSWORD", "API_KEY"), (r["id"], frag)
            prev_end = s["end"]


def test_no_marker_characters_leak():
    for r in RECORDS:
        assert not any(c in r["text"] for c in "\ue000\ue001\ue002"), r["id"]


# ---------------------------------------------------------------------------------------
# checksums and formats of gold values
# ---------------------------------------------------------------------------------------

def test_credit_cards_luhn_and_brand():
    for rid, v in _spans("CREDIT_CARD"):
        d = digits(v)
        assert luhn(d) and brand_ok(d), (rid, v)
        assert values.luhn_valid(d)


def test_track_data():
    for rid, v in _spans("CARD_TRACK_DATA"):
        m = re.fullmatch(r"%B(\d{13,19})\^[A-Z' -]+/[A-Z' -]+\^(\d{2})(\d{2})\d{3}\d*\?", v) or \
            re.fullmatch(r";(\d{13,19})=(\d{2})(\d{2})\d{3}\d*\?", v)
        assert m, (rid, v)
        assert luhn(m.group(1)) and brand_ok(m.group(1)), (rid, v)
        assert 1 <= int(m.group(3)) <= 12, (rid, v)


def test_card_security_codes():
    for rid, v in _spans("CARD_SECURITY_CODE"):
        assert len(digits(v)) in (3, 4), (rid, v)


def test_ssn_and_itin_rules():
    for rid, v in _spans("US_SSN"):
        assert ssn_ok(digits(v)), (rid, v)
    for rid, v in _spans("US_ITIN"):
        assert itin_ok(digits(v)) and not ssn_ok(digits(v)), (rid, v)


def test_npi_dea_mbi():
    for rid, v in _spans("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and luhn("80840" + v), (rid, v)
    for rid, v in _spans("US_DEA"):
        assert dea_ok(v), (rid, v)
        assert values.dea_check_digit(v[2:8]) == v[8]
    for rid, v in _spans("US_MBI"):
        assert MBI_RE.fullmatch(re.sub(r"[\s-]", "", norm(v))), (rid, v)


def test_dea_second_letter_matches_prescriber_surname_when_named():
    """DEA's 2nd letter is the registrant's surname initial; our prescribers are named right before it."""
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] != "US_DEA":
                continue
            before = [p for p in r["spans"] if p["entity_type"] == "PERSON" and p["end"] <= s["start"]]
            assert before, r["id"]


def test_bank_ids():
    for rid, v in _spans("US_ROUTING_NUMBER"):
        assert re.fullmatch(r"\d{9}", v) and aba(v), (rid, v)
        assert int(v[:2]) in set(range(0, 13)) | set(range(21, 33)) | set(range(61, 73)) | {80}, (rid, v)
        assert values.aba_valid(v)
    for rid, v in _spans("IBAN_CODE"):
        assert iban_ok(v), (rid, v)
        assert values.iban_valid(v)
        if " " in v:
            assert all(len(g) == 4 for g in v.split(" ")[:-1]), (rid, v)
    for rid, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-Z0-9]([A-Z0-9]{3})?", v), (rid, v)
        assert v[4:6] in SWIFT_COUNTRIES, (rid, v)
    for rid, v in _spans("US_BANK_ACCOUNT"):
        assert 7 <= len(digits(v)) <= 17 and re.fullmatch(r"[\d-]+", v), (rid, v)


def test_vehicle_and_device_ids():
    for rid, v in _spans("VEHICLE_ID"):
        if len(v) == 17:
            assert vin_ok(v), (rid, v)
        else:
            assert re.fullmatch(r"[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,5}", v), (rid, v)
    for rid, v in _spans("DEVICE_ID"):
        if re.fullmatch(r"\d{15}", v):
            assert luhn(v), (rid, v)  # IMEI
        elif v.startswith("(01)"):
            m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
            assert m and gtin_ok(m.group(1)), (rid, v)
            assert 1 <= int(m.group(2)[2:4]) <= 12
        elif ":" in v:
            assert re.fullmatch(r"(?:[0-9A-F]{2}:){5}[0-9A-F]{2}", v), (rid, v)
        else:
            assert re.fullmatch(r"[A-Z0-9-]{8,16}", v) and re.search(r"\d", v), (rid, v)


def test_document_and_record_ids():
    for rid, v in _spans("US_PASSPORT"):
        assert re.fullmatch(r"\d{9}|[A-Z]\d{8}", v), (rid, v)
    for rid, v in _spans("US_DRIVER_LICENSE"):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{6,18}[A-Z0-9]", v) and sum(c.isdigit() for c in v) >= 6, (rid, v)
    for rid, v in _spans("MEDICAL_RECORD_NUMBER"):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9-]{5,12}", v) and sum(c.isdigit() for c in v) >= 6, (rid, v)
    for rid, v in _spans("HEALTH_PLAN_ID"):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9-]{7,15}", v) and sum(c.isdigit() for c in v) >= 7, (rid, v)


def test_contact_values():
    for rid, v in _spans("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v), (rid, v)
    for rid, v in _spans("URL"):
        assert re.fullmatch(r"https?://[^\s\"'<>]+", v) and not v.endswith((".", ",", ")")), (rid, v)
    for rid, v in _spans("IP_ADDRESS"):
        ipaddress.ip_address(v)
    for rid, v in _spans("PHONE_NUMBER"):
        assert 9 <= len(digits(v)) <= 13, (rid, v)
    for rid, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(?:-?\d{4})?", digits(v) if re.search("[a-z]", v) else v), (rid, v)
    for rid, v in _spans("STREET_ADDRESS"):
        assert re.search(r"\d", v) and "\n" not in v, (rid, v)


def test_person_date_age_values():
    for rid, v in _spans("PERSON"):
        assert not re.search(r"\d", v) and "\n" not in v, (rid, v)
    for rid, v in _spans("DATE_TIME"):
        assert re.search(r"\d", v) or any(m in v.lower() for m in MONTH_WORDS), (rid, v)
    for rid, v in _spans("AGE"):
        assert v.isdigit() and 89 < int(v) < 120, (rid, v)


def test_secret_formats():
    for rid, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3 and "alg" in b64url_json(parts[0]) and isinstance(b64url_json(parts[1]), dict), rid
    for rid, v in _spans("PRIVATE_KEY"):
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----(?:\\n|\n)\s*.+?(?:\\n|\n)\s*-----END \1-----", v, re.S), rid
    for rid, v in _spans("API_KEY"):
        assert v.startswith(API_PREFIXES) and len(v) >= 20 and not re.search(r"\s", v), (rid, v)
    for rid, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 32 and entropy(v) >= 3.5 and not v.startswith(API_PREFIXES), (rid, v)
    for rid, v in _spans("PASSWORD"):
        assert 8 <= len(v) <= 64 and not re.search(r"\s", v) and not re.search(r"[\"'\\]", v), (rid, v)


def test_obfuscated_and_spoken_variants_present():
    gold = "".join(r["text"][s["start"]:s["end"]] for r in RECORDS for s in r["spans"])
    assert "\u2011" in gold and "\u200d" in gold
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)
    spoken = [v for t in ("US_SSN", "CREDIT_CARD", "PHONE_NUMBER") for _, v in _spans(t) if re.search("[a-z]{3}", v)]
    assert len(spoken) >= 5


# ---------------------------------------------------------------------------------------
# labeling conventions specific to this set
# ---------------------------------------------------------------------------------------

def _covering(r, start, end, etype):
    return any(s["entity_type"] == etype and s["start"] <= start and end <= s["end"] for s in r["spans"])


_AGE_CTX = re.compile(r"(?<![\d.\-/:])(\d{2,3})(?=-year-old|\s?y/o|y\)|歳|세|岁| years old| años| ans\b| Jahre| anni\b| jaar\b| साल| سنة)")


_AGE_PRE = re.compile(r"(?:\b[Aa]ge:?\s+|\bage\s|年龄：|\bей\s|\blat\s|उम्र\s|عمره\s)(\d{2,3})(?!\d)")


def test_age_labeled_only_over_89():
    checked = 0
    for r in RECORDS:
        for m in list(_AGE_CTX.finditer(r["text"])) + list(_AGE_PRE.finditer(r["text"])):
            checked += 1
            age = int(m.group(1))
            labeled = _covering(r, m.start(1), m.end(1), "AGE")
            assert labeled == (age > 89 and r["kind"] != "hard_negative"), (r["id"], m.group(0), labeled)
    assert checked >= 40


def test_zip_after_street_is_its_own_span():
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] != "STREET_ADDRESS":
                continue
            m = re.match(r"[ ,]+(\d{5}(?:-\d{4})?)\b", r["text"][s["end"]:])
            if m:
                a = s["end"] + m.start(1)
                assert _covering(r, a, a + len(m.group(1)), "US_ZIP_CODE"), (r["id"], m.group(1))


def test_hl7_names_are_single_spans():
    for r in RECORDS:
        for line in re.split(r"[\r\n]+", r["text"]):
            if not re.match(r"(PID|NK1|PV1|IN1|ORC|OBR)\|", line):
                continue
            off = r["text"].index(line)
            for m in re.finditer(r"(?<=\|)([A-Z][A-Z'ĄĆĘŁŃÓŚŹŻÄÖÜÉÈÍÁÚÇÑ -]+)\^([A-Z][A-Z'ĄĆĘŁŃÓŚŹŻÄÖÜÉÈÍÁÚÇÑ -]+)(\^[A-Z])?(?=[|^])",
                                 line):
                if m.group(1) in ("QVRH",):
                    continue
                a, b = off + m.start(), off + m.end()
                assert _covering(r, a, b, "PERSON"), (r["id"], m.group(0))


_FORMAT_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b"),
    "URL": re.compile(r"https?://[^\s\"'<>\\]+"),
    "IP_ADDRESS": re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"),
}


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_every_format_entity_in_text_is_labeled(etype):
    """Format-defined entities (any e-mail, http(s) URL, IPv4) are gold wherever they occur."""
    for r in RECORDS:
        for m in _FORMAT_PATTERNS[etype].finditer(r["text"]):
            end = m.end()
            while r["text"][end - 1] in ".,;:)]}":
                end -= 1
            assert _covering(r, m.start(), end, etype), (r["id"], m.group())


# ---------------------------------------------------------------------------------------
# hard negatives stay PII-free
# ---------------------------------------------------------------------------------------

def _negatives():
    return [r for r in RECORDS if r["kind"] == "hard_negative"]


def test_hard_negatives_have_no_valid_card_numbers():
    """Every card-shaped maximal digit run (single space/dash separators allowed) fails Luhn."""
    for r in _negatives():
        for m in re.finditer(r"\d(?:[ -]?\d)*", r["text"]):
            d = re.sub(r"\D", "", m.group())
            if brand_ok(d) if len(d) in (15, 16) else (len(d) in (13, 19) and d[0] == "4"):
                assert not luhn(d), (r["id"], m.group())


def test_luhn_invalid_lookalikes_really_are_invalid():
    seen = 0
    for r in _negatives():
        if not r["id"].startswith("h13-neg-luhn-invalid-"):
            continue
        runs = [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d(?:[ -]?\d)*", r["text"])]
        sixteen = [d for d in runs if len(d) == 16]
        assert sixteen, r["id"]
        for d in sixteen:
            assert not luhn(d) and not values.luhn_valid(d), (r["id"], d)
            seen += 1
    assert seen >= 6


def test_hard_negatives_have_no_format_entities_or_secrets():
    for r in _negatives():
        t = r["text"]
        for etype, pat in _FORMAT_PATTERNS.items():
            assert not pat.search(t), (r["id"], etype)
        assert "://" not in t and "-----BEGIN" not in t and "eyJ" not in t, r["id"]
        assert not re.search(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b|ghp_|sk-|sk_live_|xoxb-|AIza|glpat-|hf_[A-Za-z]{20}", t), r["id"]


def test_hard_negative_ssn_and_iban_lookalikes_are_invalid():
    for r in _negatives():
        for m in re.finditer(r"(?<!\d)(\d{3})-(\d{2})-(\d{4})(?!\d)", r["text"]):
            d = "".join(m.groups())
            assert not ssn_ok(d) and not itin_ok(d), (r["id"], m.group())
        for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", r["text"]):
            assert not iban_ok(m.group()), (r["id"], m.group())
        for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,4}){3}(?![\d.])", r["text"]):
            parts = [int(x) for x in m.group().split(".")]
            assert max(parts) > 255, (r["id"], m.group())
