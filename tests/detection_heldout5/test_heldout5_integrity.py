"""Integrity checks for the held-out-5 evaluation set (tests/detection_heldout5/prompts.jsonl).

These tests check the *data* only: reproducibility, composition, span hygiene,
hard-negative cleanliness and independent re-validation of every gold identifier.
They import nothing from ``hushgate`` and contain no detection-quality thresholds.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "prompts.jsonl"
GENERATOR = HERE / "generate.py"

ENTITY_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE",
    "DATE_TIME", "AGE", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER",
    "US_NPI", "US_DEA", "US_MBI", "HEALTH_PLAN_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA",
    "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT",
    "PASSWORD", "HIGH_ENTROPY_SECRET", "DEVICE_ID", "VEHICLE_ID",
}
# (outer, inner) pairs that may nest; every other pair of spans must be disjoint
ALLOWED_NESTING = {("CARD_TRACK_DATA", "CREDIT_CARD"), ("URL", "PASSWORD")}


def _load():
    recs = []
    with open(CORPUS, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                recs.append(json.loads(line))
    return recs


RECORDS = _load()
POS = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEG = [r for r in RECORDS if r["kind"] == "hard_negative"]


def _spans(rec):
    return [(s["start"], s["end"], s["entity_type"], rec["text"][s["start"]:s["end"]]) for s in rec["spans"]]


def _all_spans(etype):
    return [(r["id"], v) for r in RECORDS for (_, _, t, v) in _spans(r) if t == etype]


# ---------------------------------------------------------------------------
# independent validators
# ---------------------------------------------------------------------------


def luhn(num: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def card_brand_ok(pan: str) -> bool:
    n = len(pan)
    if pan.startswith("4"):
        return n in (13, 16, 19)
    if 51 <= int(pan[:2]) <= 55 or 2221 <= int(pan[:4]) <= 2720:
        return n == 16
    if pan[:2] in ("34", "37"):
        return n == 15
    if pan.startswith("6011") or pan.startswith("65") or 644 <= int(pan[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(pan[:4]) <= 3589:
        return 16 <= n <= 19
    if pan[:2] in ("36", "38") or 300 <= int(pan[:3]) <= 305:
        return n == 14
    return False


def aba_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{9}", s):
        return False
    p = int(s[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def itin_ok(s: str) -> bool:
    m = re.fullmatch(r"9(\d{2})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def npi_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn("80840" + s)


def dea_ok(s: str) -> bool:
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_MBI_A = "[AC-HJKMNP-RT-Y]"
_MBI_RE = re.compile(r"[1-9]%s[0-9AC-HJKMNP-RT-Y]\d%s[0-9AC-HJKMNP-RT-Y]\d%s%s\d\d" % (_MBI_A, _MBI_A, _MBI_A, _MBI_A))


def mbi_ok(s: str) -> bool:
    if "-" in s and not re.fullmatch(r"\w{4}-\w{3}-\w{4}", s):
        return False
    return bool(_MBI_RE.fullmatch(s.replace("-", "")))


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "IT": 27, "ES": 24, "PT": 25, "PL": 28, "NL": 18, "BE": 16,
            "CH": 21, "AT": 20, "IE": 22}


def iban_ok(s: str) -> bool:
    if " " in s and not re.fullmatch(r"[A-Z0-9]{4}( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?", s):
        return False
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) or IBAN_LEN.get(c[:2]) != len(c):
        return False
    return int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1


_VIN_VAL = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
            "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
            "X": 7, "Y": 8, "Z": 9}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def gtin_ok(g: str) -> bool:
    body, chk = g[:-1], int(g[-1])
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - tot % 10) % 10 == chk


def device_ok(s: str) -> bool:
    if re.fullmatch(r"\d{15}", s):
        return luhn(s)  # IMEI
    m = re.fullmatch(r"\(01\)(\d{14})(\(17\)\d{6})?(\(10\)[A-Z0-9]+)?(\(21\)[A-Z0-9]+)?", s)
    if m:
        return gtin_ok(m.group(1))
    if re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", s):
        return True
    return bool(re.fullmatch(r"[A-Z0-9][A-Z0-9-]{6,18}[A-Z0-9]", s))


MONTHS = {}
for _names in (
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
):
    for _i, _n in enumerate(_names, 1):
        MONTHS[_n] = _i
        MONTHS.setdefault(_n[:3], _i)


def date_ok(s: str) -> bool:
    """True when ``s`` is a real calendar date (optionally with a time) in a known rendering."""
    def real(y, m, d):
        try:
            dt.date(int(y), int(m), int(d))
            return 1900 <= int(y) <= 2030
        except (ValueError, TypeError):
            return False

    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", s)
    if m:
        return real(*m.groups()[:3])
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2}))?", s)
    if m:
        if m.group(4) and not (int(m.group(4)) < 24 and int(m.group(5)) < 60):
            return False
        return real(*m.groups()[:3])
    m = re.fullmatch(r"(\d{2})[/.](\d{2})[/.](\d{4})", s)
    if m:
        a, b, y = m.groups()
        return real(y, a, b) or real(y, b, a)
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return real(m.group(3), MONTHS[m.group(1).lower()], m.group(2))
    m = re.fullmatch(r"(\d{1,2})\.? (?:de )?(\w+) (?:de )?(\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return real(m.group(3), MONTHS[m.group(2).lower()], m.group(1))
    return False


SWIFT_COUNTRIES = {"DE", "PT", "IT", "PL", "GB", "FR", "ES", "US", "NL", "CH", "BE", "AT", "IE"}

API_KEY_RE = re.compile(
    r"sk-proj-[A-Za-z0-9_-]{20,}|sk-ant-api\d\d-[A-Za-z0-9_-]{40,}|AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|github_pat_\w{20,}"
    r"|[sr]k_live_[A-Za-z0-9]{20,}|xox[abprs]-[0-9A-Za-z-]{20,}|AIza[0-9A-Za-z_-]{35}|glpat-[0-9A-Za-z_-]{20}"
    r"|SG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}|hf_[A-Za-z]{30,}|npm_[A-Za-z0-9]{36}")
API_PREFIX_ANYWHERE = re.compile(
    r"\bsk-(?:proj|ant|live|[A-Za-z0-9]{20})|\b[sr]k_(?:live|test)_|\bAKIA[A-Z2-7]{12}|\bghp_|\bgithub_pat_|\bxox[abprs]-|\bAIza[0-9A-Za-z_-]{10}"
    r"|\bglpat-|\bSG\.[0-9A-Za-z_-]{10}|\bhf_[A-Za-z]{20}|\bnpm_[A-Za-z0-9]{20}")


def jwt_ok(s: str) -> bool:
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return False
    return "alg" in hdr


def pem_ok(s: str) -> bool:
    return bool(re.fullmatch(r"-----BEGIN ((?:[A-Z]+ )?)PRIVATE KEY-----(?:\\n|\s)+[A-Za-z0-9+/=\s\\n]+?-----END \1PRIVATE KEY-----", s, re.S))


def person_ok(s: str) -> bool:
    if re.search(r"\d|@", s) or len(s) < 2:
        return False
    if re.match(r"(?i)(dr|mr|mrs|ms|prof|dott)\.?\s", s) or re.search(r",\s*(MD|DDS|RN|PhD)$", s):
        return False
    return bool(re.fullmatch(r"[^\W\d_][\w'’.,^/ -]*[^\W\d_]", s))


VALIDATORS = {
    "PERSON": person_ok,
    "EMAIL_ADDRESS": lambda s: bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", s)),
    "PHONE_NUMBER": lambda s: bool(re.fullmatch(r"\+?[\d ().-]+", s)) and 10 <= len(re.sub(r"\D", "", s)) <= 15,
    "URL": lambda s: bool(re.fullmatch(r"[a-z][a-z0-9+.-]*://\S+", s)),
    "IP_ADDRESS": lambda s: _ip_ok(s),
    "STREET_ADDRESS": lambda s: bool(re.match(r"\d+ \S", s)) and bool(re.search(r"[A-Za-z]{2}", s)),
    "US_ZIP_CODE": lambda s: bool(re.fullmatch(r"\d{5}(-\d{4})?", s)) and not s.startswith("00000"),
    "DATE_TIME": date_ok,
    "AGE": lambda s: s.isdigit() and 90 <= int(s) <= 119,
    "US_SSN": ssn_ok,
    "US_ITIN": itin_ok,
    "US_DRIVER_LICENSE": lambda s: bool(re.fullmatch(
        r"[A-Z]\d{7}|\d{8,9}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]\d{3}-\d{4}-\d{4}|WDL[A-Z0-9]{9}|[A-Z]\d{14}", s)),
    "US_PASSPORT": lambda s: bool(re.fullmatch(r"[A-Z]\d{8}|\d{9}", s)),
    "MEDICAL_RECORD_NUMBER": lambda s: bool(re.fullmatch(r"[A-Z]{0,2}[0-9-]{6,12}", s)) and len(re.sub(r"\D", "", s)) >= 6,
    "US_NPI": npi_ok,
    "US_DEA": dea_ok,
    "US_MBI": mbi_ok,
    "HEALTH_PLAN_ID": lambda s: bool(re.fullmatch(r"[A-Z]{1,3}\d{8,10}(\d\d)?", s)),
    "CREDIT_CARD": lambda s: _card_ok(s),
    "CARD_SECURITY_CODE": lambda s: bool(re.fullmatch(r"\d{3,4}", s)),
    "CARD_TRACK_DATA": lambda s: _track_pan(s) is not None,
    "IBAN_CODE": iban_ok,
    "US_ROUTING_NUMBER": aba_ok,
    "US_BANK_ACCOUNT": lambda s: bool(re.fullmatch(r"\d{6,17}", s)),
    "SWIFT_CODE": lambda s: bool(re.fullmatch(r"[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?", s)) and s[4:6] in SWIFT_COUNTRIES,
    "API_KEY": lambda s: bool(API_KEY_RE.fullmatch(s)),
    "PRIVATE_KEY": pem_ok,
    "JWT": jwt_ok,
    "PASSWORD": lambda s: 6 <= len(s) <= 64 and not re.search(r"\s", s),
    "HIGH_ENTROPY_SECRET": lambda s: bool(re.fullmatch(r"[A-Za-z0-9+/=_-]{24,128}", s)) and not API_KEY_RE.match(s)
    and len(set(s)) >= 12,
    "DEVICE_ID": device_ok,
    "VEHICLE_ID": vin_ok,
}


def _ip_ok(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def _card_ok(s):
    if not re.fullmatch(r"\d{4}([ -]?)\d{4,6}(\1\d{4,5})*(\1\d{1,4})?", s):
        return False
    pan = re.sub(r"[ -]", "", s)
    return 13 <= len(pan) <= 19 and luhn(pan) and card_brand_ok(pan)


def _track_pan(s):
    m = re.fullmatch(r"%B(\d{13,19})\^[A-Z /.-]{2,26}\^\d{4}\d{3}\d*\?", s) or re.fullmatch(r";(\d{13,19})=\d{4}\d{3}\d*\?", s)
    if not m or not luhn(m.group(1)) or not card_brand_ok(m.group(1)):
        return None
    return m.group(1)


# context cues for context-keyed identifiers: a cue must occur before the span (keyword,
# field name, column header) or right after it (HL7 identifier type code such as ^MR)
CUES = {
    "US_DRIVER_LICENSE": r"(?i)driver|licen[cs]e|\bDL\b",
    "US_PASSPORT": r"(?i)passport",
    "MEDICAL_RECORD_NUMBER": r"(?i)\bmrn\b|medical record|\^MR\b|\bMR\b",
    "HEALTH_PLAN_ID": r"(?i)member|\bid\b|\*MI\*",
    "US_ROUTING_NUMBER": r"(?i)routing|\baba\b",
    "US_BANK_ACCOUNT": r"(?i)account|:50K:",
    "CARD_SECURITY_CODE": r"(?i)cvv|cvc|security code",
    "US_DEA": r"(?i)dea\b",
    "US_ITIN": r"(?i)\bitin\b|taxpayer",
    "VEHICLE_ID": r"(?i)\bvin\b",
    "HIGH_ENTROPY_SECRET": r"(?i)secret|signing|key",
    "US_MBI": r"(?i)medicare|\bmbi\b",
    "US_NPI": r"(?i)npi\b|PV1",
    "US_SSN": r"(?i)ssn\b|social|seguro",
    "DEVICE_ID": r"(?i)serial|imei|udi|mac",
}


# ---------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------


def test_generator_check_passes():
    proc = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_record_fields():
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "format", "template", "text", "spans"}, r["id"]
        assert r["kind"] in ("positive", "hard_negative"), r["id"]
        for k in ("domain", "format", "template", "text"):
            assert isinstance(r[k], str) and r[k], (r["id"], k)


def test_counts_and_shares():
    assert len(RECORDS) >= 400
    share = len(NEG) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    pos_t = Counter(r["template"] for r in POS)
    neg_t = Counter(r["template"] for r in NEG)
    assert len(pos_t) >= 60 and len(neg_t) >= 40
    assert not set(pos_t) & set(neg_t), "a template produced both kinds"
    for t, n in list(pos_t.items()) + list(neg_t.items()):
        assert 3 <= n <= 5, (t, n)


def test_ids_sequential():
    assert [r["id"] for r in RECORDS] == ["h5-%04d" % i for i in range(1, len(RECORDS) + 1)]


def test_texts_unique_and_sized():
    texts = [r["text"] for r in RECORDS]
    assert len(set(texts)) == len(texts)
    for r in RECORDS:
        assert 200 <= len(r["text"]) <= 900, (r["id"], len(r["text"]))


def test_spans_in_range_trimmed_known():
    for r in RECORDS:
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}
            assert isinstance(s["start"], int) and isinstance(s["end"], int)
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)
            v = r["text"][s["start"]:s["end"]]
            assert v == v.strip(), (r["id"], v)


def test_span_overlaps_only_documented_nesting():
    for r in RECORDS:
        sp = _spans(r)
        for i, a in enumerate(sp):
            for b in sp[i + 1:]:
                if a[1] <= b[0] or b[1] <= a[0]:
                    continue
                assert a[2] != b[2], ("same-type overlap", r["id"], a, b)
                outer, inner = (a, b) if a[0] <= b[0] and b[1] <= a[1] else (b, a)
                assert outer[0] <= inner[0] and inner[1] <= outer[1], ("partial overlap", r["id"], a, b)
                assert (outer[2], inner[2]) in ALLOWED_NESTING, ("undocumented nesting", r["id"], outer[2], inner[2])


def test_track_data_contains_nested_pan():
    for r in RECORDS:
        sp = _spans(r)
        for s, e, t, v in sp:
            if t == "CARD_TRACK_DATA":
                pan = _track_pan(v)
                inner = [x for x in sp if x[2] == "CREDIT_CARD" and s <= x[0] and x[1] <= e]
                assert len(inner) == 1 and inner[0][3] == pan, r["id"]


def test_url_passwords_are_inside_urls():
    for r in RECORDS:
        sp = _spans(r)
        for s, e, t, v in sp:
            if t == "URL" and re.match(r"[a-z]+://[^/@]+:[^/@]+@", v):
                assert any(x[2] == "PASSWORD" and s < x[0] and x[1] < e for x in sp), r["id"]


def test_kind_and_spans_agree():
    for r in POS:
        assert r["spans"], r["id"]
    for r in NEG:
        assert r["spans"] == [], r["id"]


def test_every_entity_type_has_support():
    c = Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for t in sorted(ENTITY_TYPES):
        assert c[t] >= 8, (t, c[t])


@pytest.mark.parametrize("etype", sorted(ENTITY_TYPES))
def test_identifier_values_validate(etype):
    bad = [(rid, v) for rid, v in _all_spans(etype) if not VALIDATORS[etype](v)]
    assert not bad, bad[:5]


@pytest.mark.parametrize("etype", sorted(CUES))
def test_context_keyed_ids_have_a_cue(etype):
    bad = []
    for r in RECORDS:
        for s, e, t, v in _spans(r):
            if t == etype and not re.search(CUES[etype], r["text"][:s] + " " + r["text"][e:e + 20]):
                bad.append((r["id"], v))
    assert not bad, bad[:5]


# ---------------------------------------------------------------------------
# hard negatives must be PII-free
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")
RUN_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
GROUPED_RE = re.compile(r"(?<!\d)(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5})(?![\d])")
SSN_SHAPE_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
AGE_RES = (
    re.compile(r"(?i)\b(?:age[ds]?|aged|âgée?|età|edad|alter|wiek)\b\W{0,4}(\d{2,3})\b"),
    re.compile(r"(?i)\b(\d{2,3})\s*(?:-|\s)?(?:years?[- ]old|yrs?[- ]old|y/?o\b|yo\b|anni\b|ans\b|años\b|jahre\b|lat\b)"),
)


@pytest.mark.parametrize("rec", NEG, ids=[r["id"] for r in NEG])
def test_hard_negative_is_clean(rec):
    t = rec["text"]
    assert not EMAIL_RE.search(t)
    assert "://" not in t and "www." not in t.lower()
    for m in IPV4_RE.finditer(t):
        assert not all(int(x) <= 255 for x in m.groups()), m.group(0)
    for m in RUN_RE.finditer(t):
        assert not luhn(m.group(0)), m.group(0)
    for m in GROUPED_RE.finditer(t):
        d = re.sub(r"\D", "", m.group(0))
        assert not (13 <= len(d) <= 19 and luhn(d)), m.group(0)
    assert not API_PREFIX_ANYWHERE.search(t)
    assert "eyJ" not in t
    assert "-----BEGIN" not in t and "PRIVATE KEY-----" not in t
    assert not SSN_SHAPE_RE.search(t)
    for rx in AGE_RES:
        for m in rx.finditer(t):
            assert int(m.group(1)) < 90, m.group(0)
