"""Integrity checks for held-out set 6. Structural only: no detector, no quality thresholds."""

import datetime
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
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
# documented nestings: (outer, inner)
NESTINGS = {("CARD_TRACK_DATA", "CREDIT_CARD"), ("CARD_TRACK_DATA", "PERSON"), ("URL", "PASSWORD")}


def _load():
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


RECORDS = _load()
POS = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEG = [r for r in RECORDS if r["kind"] == "hard_negative"]


def _values(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], r["text"][s["start"]:s["end"]]


# ------------------------------------------------------------------ reproducibility & composition
def test_generator_check_passes():
    res = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_counts_and_shares():
    assert len(RECORDS) >= 400
    share = len(NEG) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    pos_t = Counter(r["template"] for r in POS)
    neg_t = Counter(r["template"] for r in NEG)
    assert len(pos_t) >= 60 and len(neg_t) >= 40
    assert not set(pos_t) & set(neg_t)
    for t, n in list(pos_t.items()) + list(neg_t.items()):
        assert 3 <= n <= 5, (t, n)
    per_type = Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for t in TYPES:
        assert per_type[t] >= 8, (t, per_type[t])


def test_record_shape():
    keys = ["id", "domain", "kind", "format", "template", "text", "spans"]
    for r in RECORDS:
        assert list(r) == keys, r["id"]
        assert isinstance(r["text"], str) and 200 <= len(r["text"]) <= 950, (r["id"], len(r["text"]))


def test_ids_sequential():
    assert [r["id"] for r in RECORDS] == ["h6-%04d" % i for i in range(1, len(RECORDS) + 1)]


def test_texts_unique():
    c = Counter(r["text"] for r in RECORDS)
    assert all(v == 1 for v in c.values())


# ------------------------------------------------------------------ span hygiene
def test_spans_in_range_trimmed_known():
    for r in RECORDS:
        t = r["text"]
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}
            assert s["entity_type"] in TYPES, (r["id"], s)
            assert 0 <= s["start"] < s["end"] <= len(t), (r["id"], s)
            v = t[s["start"]:s["end"]]
            assert v == v.strip(), (r["id"], s)
            assert v.strip(".,;:") == v or s["entity_type"] == "CARD_TRACK_DATA", (r["id"], s)


def test_no_same_type_overlap_and_only_documented_nesting():
    for r in RECORDS:
        sp = r["spans"]
        for i, a in enumerate(sp):
            for b in sp[i + 1:]:
                if max(a["start"], b["start"]) < min(a["end"], b["end"]):
                    assert a["entity_type"] != b["entity_type"], (r["id"], a, b)
                    outer, inner = (a, b) if (a["end"] - a["start"]) >= (b["end"] - b["start"]) else (b, a)
                    assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"], (r["id"], a, b)
                    assert (outer["entity_type"], inner["entity_type"]) in NESTINGS, (r["id"], a, b)


def test_labeled_records_have_spans_and_negatives_none():
    for r in POS:
        assert r["spans"], r["id"]
    for r in NEG:
        assert r["spans"] == [], r["id"]


# ------------------------------------------------------------------ hard negatives stay clean
def _luhn(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


KEY_PREFIX = re.compile(r"(?<![A-Za-z0-9])(sk-[A-Za-z0-9]|sk_live_|sk_test_|rk_live_|pk_live_|ghp_|gho_|ghs_|github_pat_|"
                        r"AKIA[A-Z0-9]{4}|ASIA[A-Z0-9]{4}|xox[abpr]-|glpat-|AIza[0-9A-Za-z_-]{8}|hf_[A-Za-z0-9]{8}|npm_[A-Za-z0-9]{8}|"
                        r"SG\.[A-Za-z0-9_-]{8})")
AGE_RE = re.compile(r"(?i)(?:\b(\d{2,3})\s*(?:-|\s)?(?:year|yr)s?(?:-|\s)old\b|\b(\d{2,3})\s*(?:y/?o|y\.o\.|yo)\b|"
                    r"\bage[ds]?\s*:?\s*(\d{2,3})\b|\b(\d{2,3})\s+(?:años|ans|Jahre|jaar|taong)\b|\bturned\s+(\d{2,3})\b)")


@pytest.mark.parametrize("rec", NEG, ids=lambda r: r["id"])
def test_hard_negative_clean(rec):
    t = rec["text"]
    assert not re.search(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]", t)
    assert "://" not in t and "www." not in t.lower()
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)", t):
        assert not all(int(g) <= 255 for g in m.groups()), m.group(0)
    for m in re.finditer(r"\d+", t):
        if 13 <= len(m.group(0)) <= 19:
            assert not _luhn(m.group(0)), m.group(0)
    for m in re.finditer(r"(?<!\d)\d{4}(?:[ -]\d{4}){2,3}(?!\d)", t):  # separated card-like groups
        d = re.sub(r"\D", "", m.group(0))
        assert not _luhn(d), m.group(0)
    assert not KEY_PREFIX.search(t)
    assert "eyJ" not in t
    assert "-----BEGIN" not in t and "PRIVATE KEY-----" not in t
    assert not re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", t)
    for m in AGE_RE.finditer(t):
        n = int(next(g for g in m.groups() if g))
        assert n < 90, m.group(0)


# ------------------------------------------------------------------ identifier validators (independent of generator)
def luhn_ok(d):
    return d.isdigit() and _luhn(d)


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return n == 14
    return False


def test_credit_cards():
    for rid, v in _values("CREDIT_CARD"):
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and luhn_ok(d) and card_brand_ok(d), (rid, v)


def test_track_data():
    for r in RECORDS:
        t = r["text"]
        for s in r["spans"]:
            if s["entity_type"] != "CARD_TRACK_DATA":
                continue
            v = t[s["start"]:s["end"]]
            assert re.fullmatch(r"%B\d{13,19}\^[A-Z /]+\^\d{7,}\?|;\d{13,19}=\d{7,}\?", v), (r["id"], v)
            inner = [x for x in r["spans"] if x["entity_type"] == "CREDIT_CARD"
                     and s["start"] <= x["start"] and x["end"] <= s["end"]]
            assert len(inner) == 1, r["id"]


def test_cvv():
    for rid, v in _values("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), (rid, v)


def aba_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    p = int(d[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


def test_routing():
    for rid, v in _values("US_ROUTING_NUMBER"):
        assert aba_ok(v), (rid, v)


def test_bank_accounts():
    for rid, v in _values("US_BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{6,17}", v), (rid, v)


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def itin_ok(v):
    m = re.fullmatch(r"(9\d{2})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    g = int(m.group(3))
    return (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99) and int(m.group(4)) != 0


def test_ssn_itin():
    for rid, v in _values("US_SSN"):
        assert ssn_ok(v), (rid, v)
    for rid, v in _values("US_ITIN"):
        assert itin_ok(v), (rid, v)


def test_npi():
    for rid, v in _values("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and luhn_ok("80840" + v), (rid, v)


def test_dea():
    for rid, v in _values("US_DEA"):
        m = re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})", v)
        assert m, (rid, v)
        d = [int(c) for c in m.group(1)]
        assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], (rid, v)


def test_mbi():
    a = "[AC-HJKMNP-RT-Y]"
    an = "[AC-HJKMNP-RT-Y0-9]"
    pat = re.compile(r"[1-9]%s%s\d-?%s%s\d-?%s%s\d\d" % (a, an, a, an, a, a))
    for rid, v in _values("US_MBI"):
        assert pat.fullmatch(v), (rid, v)
        assert v.count("-") in (0, 2), (rid, v)


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "CH": 21, "IE": 22, "AT": 20,
            "PT": 25, "PL": 28, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20}


def test_iban():
    for rid, v in _values("IBAN_CODE"):
        s = v.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s), (rid, v)
        assert IBAN_LEN.get(s[:2]) == len(s), (rid, v)
        assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1, (rid, v)


def test_swift():
    for rid, v in _values("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v), (rid, v)


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}


def test_vin():
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    for rid, v in _values("VEHICLE_ID"):
        assert re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v), (rid, v)
        c = sum(VIN_MAP[ch] * k for ch, k in zip(v, w)) % 11
        assert v[8] == ("X" if c == 10 else str(c)), (rid, v)


def test_device_ids():
    for rid, v in _values("DEVICE_ID"):
        if re.fullmatch(r"\d{15}", v):
            assert luhn_ok(v), (rid, v)  # IMEI
        elif v.startswith("(01)"):
            m = re.match(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)[A-Z0-9]+\(21\)[A-Z0-9]+$", v)
            assert m, (rid, v)
            g = m.group(1)
            tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(g[:-1])))
            assert (10 - tot % 10) % 10 == int(g[-1]), (rid, v)
            yy, mm, dd = int(m.group(2)[:2]), int(m.group(2)[2:4]), int(m.group(2)[4:])
            datetime.date(2000 + yy, mm, dd)
        elif ":" in v:
            assert re.fullmatch(r"[0-9A-F]{2}(:[0-9A-F]{2}){5}", v), (rid, v)
        else:
            assert re.fullmatch(r"[A-Z0-9]{4,}(-[A-Z0-9]+)?", v), (rid, v)


def test_ip_addresses():
    import ipaddress
    for rid, v in _values("IP_ADDRESS"):
        ipaddress.ip_address(v)


def test_emails_urls_phones_zips():
    for rid, v in _values("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), (rid, v)
    for rid, v in _values("URL"):
        assert re.fullmatch(r"[a-z]+://\S+", v), (rid, v)
    for rid, v in _values("PHONE_NUMBER"):
        d = re.sub(r"\D", "", v)
        assert 10 <= len(d) <= 13 and re.fullmatch(r"[+(\d][\d ().-]+", v), (rid, v)
    for rid, v in _values("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), (rid, v)


def test_street_addresses_start_with_number():
    for rid, v in _values("STREET_ADDRESS"):
        assert re.match(r"\d+ \S", v), (rid, v)
        assert not re.search(r"\b\d{5}(-\d{4})?$", v), (rid, v)


MONTHS = {}
for _names in (["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
               ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
               ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
               ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
               ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]):
    for _i, _n in enumerate(_names, 1):
        MONTHS[_n] = _i
        MONTHS.setdefault(_n[:3], _i)


def parse_date(v):
    """Return a datetime.date for every accepted rendering, else raise."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2})?)?", v)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(\d{4})?", v)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", v)
    if m:  # US or day-first; accept if either reading is a real date
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return datetime.date(y, a, b)
        except ValueError:
            return datetime.date(y, b, a)
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", v)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", v)
    if m:
        return datetime.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})(?:\.| de)? ([^\W\d_]+)(?: de)? (\d{4})", v)
    if m:
        return datetime.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    raise ValueError(v)


def test_dates_are_real():
    for rid, v in _values("DATE_TIME"):
        d = parse_date(v)
        assert 1900 <= d.year <= 2026, (rid, v)


def test_ages():
    for rid, v in _values("AGE"):
        assert re.fullmatch(r"\d{2,3}", v) and 90 <= int(v) <= 119, (rid, v)


def test_context_keyed_ids_shapes():
    for rid, v in _values("US_PASSPORT"):
        assert re.fullmatch(r"[A-Z]?\d{8,9}", v) and len(v) == 9, (rid, v)
    for rid, v in _values("US_DRIVER_LICENSE"):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{6,18}[A-Z0-9]", v), (rid, v)
    for rid, v in _values("MEDICAL_RECORD_NUMBER"):
        assert re.fullmatch(r"[A-Z]{0,2}-?\d[\d-]{4,}\d", v), (rid, v)
    for rid, v in _values("HEALTH_PLAN_ID"):
        assert re.fullmatch(r"[A-Z]{1,3}-?\d[\d-]{7,}\d", v), (rid, v)


def test_secrets_shapes():
    for rid, v in _values("JWT"):
        parts = v.split(".")
        assert len(parts) == 3 and parts[0].startswith("eyJ"), (rid, v)
        import base64
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert "alg" in hdr
    for rid, v in _values("PRIVATE_KEY"):
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----(\\n|\n).+(\\n|\n)-----END \1-----", v, re.S), (rid, v[:40])
    for rid, v in _values("API_KEY"):
        assert KEY_PREFIX.match(v) or v.startswith("sk-ant-"), (rid, v)
    for rid, v in _values("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 24 and not KEY_PREFIX.match(v), (rid, v)
    for rid, v in _values("PASSWORD"):
        assert 6 <= len(v) <= 64 and " " not in v, (rid, v)


def test_nested_passwords_inside_urls():
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == "PASSWORD":
                outer = [u for u in r["spans"] if u["entity_type"] == "URL" and u["start"] <= s["start"] and s["end"] <= u["end"]]
                if outer:
                    assert r["text"][s["start"] - 1] == ":" and r["text"][s["end"]] == "@", r["id"]


def test_person_spans_have_no_titles():
    for rid, v in _values("PERSON"):
        assert not re.match(r"(?i)(dr|mr|mrs|ms|prof)\.?\s", v), (rid, v)
        assert not re.search(r",\s*(MD|RN|DO|NP|PA)$", v), (rid, v)


def test_domains_and_formats_are_varied():
    assert len({r["domain"] for r in RECORDS}) >= 15
    assert len({r["format"] for r in RECORDS}) >= 15
    per_template_domain = defaultdict(set)
    for r in RECORDS:
        per_template_domain[r["template"]].add((r["domain"], r["format"], r["kind"]))
    assert all(len(v) == 1 for v in per_template_domain.values())
