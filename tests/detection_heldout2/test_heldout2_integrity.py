"""Held-out set #2 is reproducible and its gold is sound.

No engine-score thresholds here on purpose: this file checks the data, not the
detector.  Validators are written again here (not imported from generate.py) so
that a bug in a value generator cannot hide itself.
"""

from __future__ import annotations

import base64
import collections
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "prompts.jsonl"
RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]

ENTITY_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME",
    "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI",
    "HEALTH_PLAN_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER",
    "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET", "VEHICLE_ID",
}
# documented placeholder/test values that may appear in hard negatives (README: "Placeholders")
PLACEHOLDERS = {"4242424242424242", "4111111111111111"}


def _spans(kind=None):
    for r in RECORDS:
        for s in r["spans"]:
            if kind is None or s["entity_type"] == kind:
                yield r, r["text"][s["start"]:s["end"]]


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# ----------------------------------------------------------------------------- the file

def test_generator_check_passes():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_record_count_and_hard_negative_share():
    assert len(RECORDS) >= 400
    assert len(NEGATIVES) / len(RECORDS) >= 0.30


def test_record_shape():
    ids = [r["id"] for r in RECORDS]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "duplicate texts"
    for r in RECORDS:
        assert {"id", "domain", "kind", "format", "template", "text", "spans"} <= set(r)
        assert r["domain"] in {"clinical", "insurance", "banking", "hr", "support", "devops", "general"}
        assert r["kind"] == "hard_negative" or r["kind"] == r["format"]


def test_scorer_loads_it():
    sys.path.insert(0, str(HERE.parent / "detection"))
    try:
        from scoring import load_corpus
    finally:
        sys.path.pop(0)
    assert len(load_corpus(CORPUS)) == len(RECORDS)


# ----------------------------------------------------------------------------- spans

def test_spans_in_range_trimmed_and_known_types():
    for r in RECORDS:
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            val = r["text"][s["start"]:s["end"]]
            assert val == val.strip() and val, (r["id"], val)
            assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)


def test_no_overlapping_gold_spans_of_same_type():
    for r in RECORDS:
        by_type = collections.defaultdict(list)
        for s in r["spans"]:
            by_type[s["entity_type"]].append((s["start"], s["end"]))
        for t, lst in by_type.items():
            lst.sort()
            for (a0, a1), (b0, b1) in zip(lst, lst[1:]):
                assert a1 <= b0, (r["id"], t, (a0, a1), (b0, b1))


def test_hard_negatives_carry_no_spans_and_no_format_entities():
    ipv4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
    for r in NEGATIVES:
        assert r["spans"] == [], r["id"]
        t = r["text"]
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", t) and "://" not in t and "www." not in t, r["id"]
        for m in ipv4.finditer(t):
            assert not all(int(g) <= 255 for g in m.groups()), (r["id"], m.group())
        for m in re.finditer(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", t):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) == 16 and digits not in PLACEHOLDERS:
                assert not _luhn(digits), (r["id"], m.group())


def test_positives_have_spans():
    for r in POSITIVES:
        assert r["spans"], r["id"]


# ----------------------------------------------------------------------------- values

def test_credit_cards_pass_luhn_and_cover_several_brands():
    brands = set()
    for r, v in _spans("CREDIT_CARD"):
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 14 <= len(d) <= 16 and _luhn(d), (r["id"], v)
        brands.add("amex" if d[:2] in ("34", "37") else "visa" if d[0] == "4" else "disc" if d.startswith("6011")
                   else "jcb" if 3528 <= int(d[:4]) <= 3589 else "diners" if d.startswith("36") else "mc")
    assert len(brands) >= 5, brands


def test_ssn_and_itin_rules():
    for r, v in _spans("US_SSN"):
        d = v.replace("-", "")
        assert re.fullmatch(r"\d{9}", d), v
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", (r["id"], v)
    for r, v in _spans("US_ITIN"):
        d = v.replace("-", "")
        g = int(d[3:5])
        assert d[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99), (r["id"], v)


def test_npi_dea_aba():
    for r, v in _spans("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and _luhn("80840" + v), (r["id"], v)
    for r, v in _spans("US_DEA"):
        assert re.fullmatch(r"[ABFGMPR][A-Z]\d{7}", v), v
        d = [int(c) for c in v[2:]]
        assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], (r["id"], v)
    for r, v in _spans("US_ROUTING_NUMBER"):
        x = [int(c) for c in v]
        assert len(x) == 9 and (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0, v
        assert 1 <= int(v[:2]) <= 12 or 21 <= int(v[:2]) <= 32, v


def test_iban_mod97_and_country_lengths():
    lengths = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "CH": 21, "BE": 16, "IE": 22, "PT": 25}
    for r, v in _spans("IBAN_CODE"):
        s = v.replace(" ", "")
        assert len(s) == lengths[s[:2]], (r["id"], v)
        assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1, (r["id"], v)


def test_mbi_layout():
    pat = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d\d")
    for r, v in _spans("US_MBI"):
        assert pat.fullmatch(v), (r["id"], v)


def test_vin_check_digit_or_plate():
    trans = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    for r, v in _spans("VEHICLE_ID"):
        if len(v) != 17:  # licence plates, keyword-led
            assert "plate" in r["text"], (r["id"], v)
            continue
        assert not set(v) & set("IOQ"), v
        rem = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(v, weights)) % 11
        assert v[8] == ("X" if rem == 10 else str(rem)), (r["id"], v)


def test_format_entities():
    for r, v in _spans("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", v), (r["id"], v)
    for r, v in _spans("IP_ADDRESS"):
        ipaddress.ip_address(v)
    for r, v in _spans("URL"):
        assert re.match(r"[a-z][a-z0-9+.-]*://", v), (r["id"], v)
    for r, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v


def test_secrets():
    for r, v in _spans("JWT"):
        head, _body, _sig = v.split(".")
        assert json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))["typ"] == "JWT"
    for r, v in _spans("PRIVATE_KEY"):
        assert v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"), r["id"]
    prefixes = ("sk-proj-", "sk-ant-", "sk-", "AKIA", "ghp_", "gho_", "ghs_", "xoxb-", "xoxp-", "sk_live_", "rk_live_", "AIza")
    for r, v in _spans("API_KEY"):
        assert v.startswith(prefixes), (r["id"], v)
    seen = {p for _, v in _spans("API_KEY") for p in ("sk-ant-", "AKIA", "gh", "xox", "_live_", "AIza", "sk-proj-") if p in v}
    assert len(seen) == 7, seen


def test_person_spans_exclude_titles():
    for r, v in _spans("PERSON"):
        assert not re.match(r"(Dr|Mr|Mrs|Ms|Mx|Prof)\.", v), (r["id"], v)
        assert not v.endswith((" MD", ", MD", " DO")), (r["id"], v)


def test_dates_have_person_context():
    cues = ("dob", "birth", "born", "admitted", "discharged", "service", "collected", "seen", "married", "written",
            "admin_date", "\"dob\"", "birthdate", "servicedate")
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] != "DATE_TIME":
                continue
            window = r["text"][max(0, s["start"] - 400):s["start"]].lower()
            assert any(c in window for c in cues) or r["format"] in ("hl7", "csv", "markdown_table"), (r["id"], s)


@pytest.mark.parametrize("etype", sorted(ENTITY_TYPES))
def test_every_entity_type_has_support(etype):
    assert sum(1 for _ in _spans(etype)) >= 5, etype
