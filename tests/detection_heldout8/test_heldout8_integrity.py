"""Integrity checks for the heldout8 corpus. Imports nothing from hushgate; no quality thresholds."""
from __future__ import annotations

import base64
import collections
import datetime
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "prompts.jsonl"

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME", "AGE",
    "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI",
    "HEALTH_PLAN_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER",
    "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET", "DEVICE_ID",
    "VEHICLE_ID",
}


def _load():
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


RECORDS = _load()
POS = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEG = [r for r in RECORDS if r["kind"] == "hard_negative"]


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r, s, r["text"][s["start"]:s["end"]]


# ------------------------------------------------------------------ validators (independent of generator)
def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card_brand_ok(pan):
    n = len(pan)
    if pan[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(pan[:2]) <= 55 or 2221 <= int(pan[:4]) <= 2720:
        return n == 16
    if pan[:2] in ("34", "37"):
        return n == 15
    if pan[:4] == "6011" or pan[:2] == "65" or 644 <= int(pan[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(pan[:4]) <= 3589:
        return 16 <= n <= 19
    if pan[:2] in ("36", "38") or 300 <= int(pan[:3]) <= 305:
        return n == 14
    if pan[:2] == "62":
        return 16 <= n <= 19
    return False


def aba_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    p = int(d[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    return (3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) + int(d[7])) + int(d[2]) + int(d[5]) + int(d[8])) % 10 == 0


def ssn_ok(s):
    d = re.sub(r"[-\s]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and n != 0


def itin_ok(s):
    d = re.sub(r"[-\s]", "", s)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99) and d[5:] != "0000"


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn("80840" + s)


def dea_ok(s):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_A = "[AC-HJKMNP-RT-Y]"
MBI_RE = re.compile("[1-9]{A}[{A0}0-9][0-9]{A}[{A0}0-9][0-9]{A}{A}[0-9][0-9]".replace("{A0}", "AC-HJKMNP-RT-Y").replace("{A}", MBI_A))


def mbi_ok(s):
    return bool(MBI_RE.fullmatch(s.replace("-", "")))


IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "CH": 21, "BE": 16, "AT": 20, "PL": 28}


def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) or IBAN_LEN.get(c[:2]) != len(c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def vin_ok(s):
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    tr = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    rem = sum(tr[ch] * w[i] for i, ch in enumerate(s)) % 11
    return s[8] == ("X" if rem == 10 else str(rem))


def gtin_ok(g):
    body, chk = g[:-1], int(g[-1])
    w = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - w % 10) % 10 == chk


DATE_FORMATS = ["%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d.%m.%Y", "%Y%m%d", "%Y-%m-%d %H:%M"]


def date_ok(s):
    for f in DATE_FORMATS:
        try:
            d = datetime.datetime.strptime(s, f)
        except ValueError:
            continue
        if 1900 <= d.year <= 2025:
            return True
    return False


# ------------------------------------------------------------------ structure
def test_generator_check_passes():
    res = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_counts_and_shares():
    assert len(RECORDS) >= 400
    share = len(NEG) / len(RECORDS)
    assert 0.35 <= share <= 0.40
    pos_t = collections.Counter(r["template"] for r in POS)
    neg_t = collections.Counter(r["template"] for r in NEG)
    assert len(pos_t) >= 60 and len(neg_t) >= 40
    assert not set(pos_t) & set(neg_t)
    for c in list(pos_t.values()) + list(neg_t.values()):
        assert 3 <= c <= 5


def test_record_fields_and_ids():
    for i, r in enumerate(RECORDS, 1):
        assert set(r) == {"id", "domain", "kind", "format", "template", "text", "spans"}
        assert r["id"] == "h8-%04d" % i
        if r["kind"] != "hard_negative":
            assert r["kind"] == r["format"]
        assert 150 <= len(r["text"]) <= 1000


def test_texts_unique():
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)


def test_span_hygiene():
    for r in RECORDS:
        text = r["text"]
        if r["kind"] == "hard_negative":
            assert r["spans"] == []
            continue
        assert r["spans"], r["id"]
        by_type = collections.defaultdict(list)
        for s in r["spans"]:
            assert s["entity_type"] in TYPES
            assert 0 <= s["start"] < s["end"] <= len(text)
            val = text[s["start"]:s["end"]]
            assert val == val.strip(), (r["id"], val)
            if s["entity_type"] != "CARD_TRACK_DATA":
                assert val.strip(".,;:") == val, (r["id"], val)
            by_type[s["entity_type"]].append((s["start"], s["end"]))
        for spans in by_type.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], (r["id"], a, b)


def test_every_type_has_support():
    c = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for t in TYPES:
        assert c[t] >= 8, t


def test_nesting_only_documented():
    allowed = {("CARD_TRACK_DATA", "CREDIT_CARD"), ("CARD_TRACK_DATA", "PERSON"), ("URL", "PASSWORD")}
    for r in POS:
        for a in r["spans"]:
            for b in r["spans"]:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    outer, inner = (a, b) if (a["end"] - a["start"]) >= (b["end"] - b["start"]) else (b, a)
                    assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"]
                    assert (outer["entity_type"], inner["entity_type"]) in allowed, r["id"]


# ------------------------------------------------------------------ hard negatives are clean
PROVIDER_PREFIXES = ["sk_live_", "sk_test_", "rk_live_", "pk_live_", "AKIA", "ASIA", "ghp_", "gho_", "ghs_", "github_pat_",
                     "xoxb-", "xoxp-", "AIza", "sk-proj-", "sk-ant-", "glpat-", "SG.", "hf_", "npm_"]


def _luhn_runs(text):
    for m in re.finditer(r"\d(?:[ -]?\d)*", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            yield m.group()
        for piece in re.findall(r"\d+", m.group()):
            if 13 <= len(piece) <= 19 and luhn(piece):
                yield piece


@pytest.mark.parametrize("r", NEG, ids=lambda r: r["id"])
def test_hard_negative_clean(r):
    t = r["text"]
    assert not re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", t)
    assert "://" not in t and "www." not in t.lower()
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", t):
        assert not all(int(x) <= 255 for x in m.groups()), m.group()
    assert not list(_luhn_runs(t))
    for p in PROVIDER_PREFIXES:
        assert p not in t, p
    assert "eyJ" not in t
    assert "-----BEGIN" not in t and "PRIVATE KEY-----" not in t
    assert not re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", t)
    assert not re.search(r"(?<!\d)(9\d|1[01]\d)(?:\s*|-)(?:years?|yrs?|yo\b|y/o|año|Jahre|ans\b|साल)", t, re.I)
    assert not re.search(r"\bage[ds]?\s*(?:of\s*)?:?\s*(9\d|1[01]\d)\b", t, re.I)


# ------------------------------------------------------------------ identifier re-validation
def test_cards():
    for r, s, v in _spans("CREDIT_CARD"):
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and luhn(d) and card_brand_ok(d), (r["id"], v)


def test_cvv():
    for r, s, v in _spans("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), (r["id"], v)


def test_track_data():
    for r, s, v in _spans("CARD_TRACK_DATA"):
        m2 = re.fullmatch(r";(\d{13,19})=(\d{4})\d*\?", v)
        m1 = re.fullmatch(r"%B(\d{13,19})\^[A-Z /]{2,26}\^(\d{4})\d*\?", v)
        m = m1 or m2
        assert m, (r["id"], v)
        pan = m.group(1)
        assert luhn(pan) and card_brand_ok(pan)
        inner = [x for x in r["spans"] if x["entity_type"] == "CREDIT_CARD" and s["start"] <= x["start"] and x["end"] <= s["end"]]
        assert len(inner) == 1 and r["text"][inner[0]["start"]:inner[0]["end"]] == pan
        yymm = m.group(2)
        assert 1 <= int(yymm[2:]) <= 12


def test_routing():
    for r, s, v in _spans("US_ROUTING_NUMBER"):
        assert aba_ok(v), (r["id"], v)


def test_bank_account():
    for r, s, v in _spans("US_BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{6,17}", v), (r["id"], v)


def test_ssn():
    for r, s, v in _spans("US_SSN"):
        assert ssn_ok(v), (r["id"], v)


def test_itin():
    for r, s, v in _spans("US_ITIN"):
        assert itin_ok(v), (r["id"], v)


def test_npi():
    for r, s, v in _spans("US_NPI"):
        assert npi_ok(v), (r["id"], v)


def test_dea():
    for r, s, v in _spans("US_DEA"):
        assert dea_ok(v), (r["id"], v)


def test_mbi():
    for r, s, v in _spans("US_MBI"):
        assert mbi_ok(v), (r["id"], v)


def test_iban():
    for r, s, v in _spans("IBAN_CODE"):
        assert iban_ok(v), (r["id"], v)


def test_swift():
    for r, s, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", v), (r["id"], v)


def test_vin():
    for r, s, v in _spans("VEHICLE_ID"):
        assert vin_ok(v), (r["id"], v)


def test_device_ids():
    for r, s, v in _spans("DEVICE_ID"):
        if re.fullmatch(r"\d{15}", v):
            assert luhn(v), (r["id"], v)  # IMEI
        elif v.startswith("(01)"):
            m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)[A-Z0-9]+\(21\)[A-Z0-9]+", v)
            assert m and gtin_ok(m.group(1)), (r["id"], v)
        elif ":" in v:
            assert re.fullmatch(r"[0-9A-F]{2}(?::[0-9A-F]{2}){5}", v), (r["id"], v)
        else:
            assert re.fullmatch(r"[A-Z0-9]{8,14}", v), (r["id"], v)  # serial after a 'serial' cue


def test_dates():
    for r, s, v in _spans("DATE_TIME"):
        assert date_ok(v), (r["id"], v)


def test_ages():
    for r, s, v in _spans("AGE"):
        assert v.isdigit() and 90 <= int(v) <= 119, (r["id"], v)


def test_format_entities():
    for r, s, v in _spans("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", v), v
    for r, s, v in _spans("IP_ADDRESS"):
        ipaddress.ip_address(v)
    for r, s, v in _spans("URL"):
        assert re.fullmatch(r"[a-z][a-z0-9+]*://\S+", v), v
    for r, s, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(?:-\d{4})?", v) and v[:5] != "00000", v
    for r, s, v in _spans("PHONE_NUMBER"):
        assert 10 <= len(re.sub(r"\D", "", v)) <= 13, v


def test_secrets():
    for r, s, v in _spans("API_KEY"):
        assert any(v.startswith(p) for p in PROVIDER_PREFIXES), v
    for r, s, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 24 and not any(v.startswith(p) for p in PROVIDER_PREFIXES), v
    for r, s, v in _spans("PRIVATE_KEY"):
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----.*-----END \1-----", v, re.S), v[:40]
    for r, s, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3 and v.startswith("eyJ")
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert "alg" in hdr
    for r, s, v in _spans("PASSWORD"):
        assert " " not in v and len(v) >= 6, v


def test_password_nested_in_connection_urls():
    for r in POS:
        for s in r["spans"]:
            v = r["text"][s["start"]:s["end"]]
            if s["entity_type"] == "URL" and re.match(r"[a-z]+://[^/@\s]+:[^/@\s]+@", v):
                inner = [x for x in r["spans"] if x["entity_type"] == "PASSWORD" and s["start"] < x["start"] and x["end"] < s["end"]]
                assert len(inner) == 1, r["id"]


def test_context_keyed_ids_have_cue():
    cues = {
        "US_DRIVER_LICENSE": r"licen[cs]e",
        "US_PASSPORT": r"passport",
        "MEDICAL_RECORD_NUMBER": r"MRN|medical record|historia clínica|カルテ|<id|PID\|",
        "HEALTH_PLAN_ID": r"member|subscriber",
        "US_BANK_ACCOUNT": r"account",
        "US_ROUTING_NUMBER": r"routing",
        "CARD_SECURITY_CODE": r"cvc|cvv|security code",
        "US_DEA": r"dea",
        "US_ITIN": r"itin",
        "VEHICLE_ID": r"vin",
        "HIGH_ENTROPY_SECRET": r"secret",
    }
    for etype, cue in cues.items():
        for r, s, v in _spans(etype):
            window = r["text"][max(0, s["start"] - 260):s["start"]]
            assert re.search(cue, window, re.I), (r["id"], etype)
