"""Integrity checks for the heldout7 blind set (no detector involved, no quality thresholds)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "prompts.jsonl"

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME",
    "AGE", "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA",
    "US_MBI", "HEALTH_PLAN_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE",
    "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD",
    "HIGH_ENTROPY_SECRET", "DEVICE_ID", "VEHICLE_ID",
}
NESTINGS = {("URL", "PASSWORD"), ("CARD_TRACK_DATA", "CREDIT_CARD")}  # (outer, inner)


def _load():
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


RECORDS = _load()
LABELED = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]


def _spans_of(etype):
    return [(r["id"], r["text"][s["start"]:s["end"]]) for r in RECORDS for s in r["spans"] if s["entity_type"] == etype]


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return 16 <= len(d) <= 19
    return False


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    ok_prefix = 0 <= int(s[:2]) <= 12 or 21 <= int(s[:2]) <= 32 or 61 <= int(s[:2]) <= 72 or s[:2] == "80"
    return ok_prefix and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    area, group, serial = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


def itin_ok(s):
    m = re.fullmatch(r"9(\d{2})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    g = int(m.group(3))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok("80840" + s)


def dea_ok(s):
    m = re.fullmatch(r"[A-Z][A-Z9](\d{7})", s)
    if not m:
        return False
    d = [int(c) for c in m.group(1)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def mbi_ok(s):
    s = s.replace("-", "")
    al = "[AC-HJKMNP-RT-Y]"
    an = "[AC-HJKMNP-RT-Y0-9]"
    return bool(re.fullmatch("[1-9]" + al + an + r"\d" + al + an + r"\d" + al + al + r"\d\d", s))


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "CH": 21, "BE": 16, "AT": 20, "PL": 28,
            "IE": 22, "PT": 25, "SE": 24, "NO": 15, "DK": 18}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_ok(s):
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    total = sum((int(c) if c.isdigit() else VIN_TR[c]) * VIN_W[i] for i, c in enumerate(s))
    return s[8] == ("X" if total % 11 == 10 else str(total % 11))


def gtin_ok(g):
    body, chk = g[:-1], int(g[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == chk


DATE_FORMATS = ["%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%Y%m%d", "%d.%m.%Y", "%d/%m/%Y",
                "%Y%m%d%H%M"]


def date_ok(s):
    for f in DATE_FORMATS:
        try:
            d = dt.datetime.strptime(s, f)
        except ValueError:
            continue
        if 1890 <= d.year <= 2026:
            return True
    return False


def jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3 or not s.startswith("eyJ"):
        return False
    hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    return "alg" in hdr


# ---------------------------------------------------------------- structure
def test_check_flag_passes():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_counts_and_shares():
    assert len(RECORDS) >= 400
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    pos_t = Counter(r["template"] for r in LABELED)
    neg_t = Counter(r["template"] for r in NEGATIVES)
    assert len(pos_t) >= 60 and len(neg_t) >= 40
    assert not set(pos_t) & set(neg_t)
    for name, n in list(pos_t.items()) + list(neg_t.items()):
        assert 3 <= n <= 5, (name, n)


def test_record_shape_ids_and_uniqueness():
    keys = {"id", "domain", "kind", "format", "template", "text", "spans"}
    for i, r in enumerate(RECORDS, 1):
        assert set(r) == keys, r["id"]
        assert r["id"] == "h7-%04d" % i
        assert 200 <= len(r["text"]) <= 900, r["id"]
        if r["kind"] != "hard_negative":
            assert r["kind"] == r["format"]
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)


def test_spans_hygiene():
    for r in RECORDS:
        text = r["text"]
        for s in r["spans"]:
            assert s["entity_type"] in TYPES, (r["id"], s)
            assert 0 <= s["start"] < s["end"] <= len(text), (r["id"], s)
            frag = text[s["start"]:s["end"]]
            assert frag == frag.strip() and frag, (r["id"], s)
        spans = r["spans"]
        for i, a in enumerate(spans):
            for b in spans[i + 1:]:
                if max(a["start"], b["start"]) >= min(a["end"], b["end"]):
                    continue
                assert a["entity_type"] != b["entity_type"], (r["id"], a, b)
                outer, inner = (a, b) if a["end"] - a["start"] >= b["end"] - b["start"] else (b, a)
                assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"], (r["id"], a, b)
                assert (outer["entity_type"], inner["entity_type"]) in NESTINGS, (r["id"], a, b)


def test_labeled_have_spans_negatives_none():
    assert all(r["spans"] for r in LABELED)
    assert all(not r["spans"] for r in NEGATIVES)


def test_every_type_has_support():
    c = Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for t in sorted(TYPES):
        assert c[t] >= 8, (t, c[t])


# ---------------------------------------------------------------- hard negatives stay clean
KEY_PREFIX = re.compile(r"(?<![A-Za-z0-9])(sk_live_|sk_test_|rk_live_|pk_live_|ghp_|gho_|github_pat_|glpat-|"
                        r"xox[abposr]-|AKIA[0-9A-Z]{8}|ASIA[0-9A-Z]{8}|AIza|sk-|SG\.[A-Za-z0-9_-]{8}|hf_[A-Za-z]{8}|"
                        r"npm_[A-Za-z0-9]{8})")
AGE_PATTERNS = [
    re.compile(r"(?i)\b(?:age[sd]?|aged)\s*:?\s*(\d{2,3})\b"),
    re.compile(r"(?i)\b(\d{2,3})[- ](?:years?|yrs?)[- ]old\b"),
    re.compile(r"(?i)\b(\d{2,3})\s*(?:y/?o|años|jahre)\b"),
    re.compile(r"(?i)\bis (\d{2,3})\b"),
]


@pytest.mark.parametrize("rec", NEGATIVES, ids=lambda r: r["id"])
def test_hard_negative_is_clean(rec):
    t = rec["text"]
    assert not re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", t)
    assert "://" not in t and "www." not in t.lower()
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])", t):
        assert not all(int(g) <= 255 for g in m.groups()), m.group(0)
    for m in re.finditer(r"\d+", t):
        run = m.group(0)
        if 13 <= len(run) <= 19:
            assert not luhn_ok(run), run
    for m in re.finditer(r"\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}\b", t):
        assert not luhn_ok(re.sub(r"\D", "", m.group(0))), m.group(0)
    assert not KEY_PREFIX.search(t)
    assert "eyJ" not in t
    assert "-----BEGIN" not in t and "PRIVATE KEY-----" not in t
    assert not re.search(r"\b\d{3}-\d{2}-\d{4}\b", t)
    for pat in AGE_PATTERNS:
        for m in pat.finditer(t):
            assert int(m.group(1)) < 90, m.group(0)


# ---------------------------------------------------------------- identifier re-validation
VALIDATORS = {
    "CREDIT_CARD": card_ok,
    "US_ROUTING_NUMBER": aba_ok,
    "US_SSN": ssn_ok,
    "US_ITIN": itin_ok,
    "US_NPI": npi_ok,
    "US_DEA": dea_ok,
    "US_MBI": mbi_ok,
    "IBAN_CODE": iban_ok,
    "VEHICLE_ID": vin_ok,
    "DATE_TIME": date_ok,
    "AGE": lambda s: s.isdigit() and 90 <= int(s) <= 119,
    "JWT": jwt_ok,
    "CARD_SECURITY_CODE": lambda s: bool(re.fullmatch(r"\d{3,4}", s)),
    "US_ZIP_CODE": lambda s: bool(re.fullmatch(r"\d{5}(-\d{4})?", s)) and s[:5] != "00000",
    "SWIFT_CODE": lambda s: bool(re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", s)),
    "EMAIL_ADDRESS": lambda s: bool(re.fullmatch(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", s)),
    "URL": lambda s: bool(re.match(r"[a-z][a-z0-9+]*://\S+$", s)),
    "PRIVATE_KEY": lambda s: s.startswith("-----BEGIN ") and s.endswith("PRIVATE KEY-----") and "-----END " in s,
    "US_BANK_ACCOUNT": lambda s: bool(re.fullmatch(r"\d{6,17}", s)),
    "US_PASSPORT": lambda s: bool(re.fullmatch(r"[A-Z]?\d{8,9}", s)),
}


@pytest.mark.parametrize("etype", sorted(VALIDATORS))
def test_identifier_validators(etype):
    spans = _spans_of(etype)
    assert spans
    bad = [(rid, val) for rid, val in spans if not VALIDATORS[etype](val)]
    assert not bad, bad[:5]


def test_card_track_data_and_nested_pan():
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] != "CARD_TRACK_DATA":
                continue
            frag = r["text"][s["start"]:s["end"]]
            assert re.fullmatch(r";\d{13,19}=\d{4}\d{3}\d+\?", frag) or frag.startswith("%B"), frag
            inner = [x for x in r["spans"] if x["entity_type"] == "CREDIT_CARD"
                     and s["start"] <= x["start"] and x["end"] <= s["end"]]
            assert len(inner) == 1
            assert card_ok(r["text"][inner[0]["start"]:inner[0]["end"]])


def test_ip_addresses_parse():
    import ipaddress
    for rid, val in _spans_of("IP_ADDRESS"):
        ipaddress.ip_address(val)


def test_device_ids():
    for rid, val in _spans_of("DEVICE_ID"):
        digits = val.replace("-", "")
        if digits.isdigit() and len(digits) == 15:
            assert luhn_ok(digits), (rid, val)  # IMEI
        elif val.startswith("(01)"):
            assert gtin_ok(val[4:18]), (rid, val)  # GS1 UDI
            m = re.search(r"\(17\)(\d{6})", val)
            assert m and dt.datetime.strptime(m.group(1), "%y%m%d")
        elif re.fullmatch(r"([0-9A-F]{2}[:-]){5}[0-9A-F]{2}", val):
            pass  # MAC address
        else:
            assert re.fullmatch(r"[A-Z0-9]{8,14}", val), (rid, val)  # serial


def test_connection_string_nesting():
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == "PASSWORD":
                outer = [u for u in r["spans"] if u["entity_type"] == "URL" and u["start"] <= s["start"]
                         and s["end"] <= u["end"]]
                if outer:
                    u = r["text"][outer[0]["start"]:outer[0]["end"]]
                    assert "://" in u and "@" in u


def test_no_hushgate_import():
    src = Path(__file__).read_text(encoding="utf-8")
    assert ("import " + "hushgate") not in src and ("from " + "hushgate") not in src
