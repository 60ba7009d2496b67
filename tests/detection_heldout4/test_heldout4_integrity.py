"""Held-out set #4 is reproducible and its gold is sound.

Checks the data only: no detection-quality thresholds, no import of ``hushgate``.
Every checksummed identifier is re-validated by code written again here (nothing is
imported from generate.py), so a bug in a value generator cannot vouch for itself.
"""

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
RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]

ENTITY_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME",
    "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI",
    "HEALTH_PLAN_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER",
    "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET",
    "VEHICLE_ID", "DEVICE_ID", "AGE",
}
DOMAINS = {"clinical", "insurance", "banking", "payments", "hr", "support", "devops", "general"}


def spans_of(etype=None):
    for r in RECORDS:
        for s in r["spans"]:
            if etype is None or s["entity_type"] == etype:
                yield r, s, r["text"][s["start"]:s["end"]]


def luhn(num: str) -> bool:
    acc = 0
    for pos, ch in enumerate(reversed(num)):
        v = int(ch) * (2 if pos % 2 else 1)
        acc += v - 9 if v > 9 else v
    return acc % 10 == 0


def context(r, s, width=300):
    if r["format"] in ("csv", "markdown_table"):
        return r["text"][:s["start"]].lower()
    return r["text"][max(0, s["start"] - width):s["start"]].lower()


# ----------------------------------------------------------------------------- file and records

def test_check_mode_reproduces_the_file():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_size_and_hard_negative_share():
    assert len(RECORDS) >= 450
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share


def test_ids_texts_and_record_shape():
    assert [r["id"] for r in RECORDS] == ["h4-%04d" % i for i in range(1, len(RECORDS) + 1)]
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "format", "template", "text", "spans"}, r["id"]
        assert r["text"].strip(), r["id"]
        assert r["domain"] in DOMAINS, r["id"]
        if r["template"].startswith("n_"):
            assert r["kind"] == "hard_negative", r["id"]
        else:
            assert r["template"].startswith("p_") and r["kind"] == r["format"], r["id"]


def test_templates_variety_and_reuse():
    pos = collections.Counter(r["template"] for r in POSITIVES)
    neg = collections.Counter(r["template"] for r in NEGATIVES)
    assert not set(pos) & set(neg)
    assert len(pos) >= 70, len(pos)
    assert len(neg) >= 40, len(neg)
    for name, n in list(pos.items()) + list(neg.items()):
        assert 3 <= n <= 5, (name, n)


def test_scorer_loads_the_file():
    sys.path.insert(0, str(HERE.parent / "detection"))
    try:
        from scoring import load_corpus  # the scorer module only
    finally:
        sys.path.pop(0)
    assert len(load_corpus(CORPUS)) == len(RECORDS)


# ----------------------------------------------------------------------------- span hygiene

def test_spans_in_range_trimmed_known():
    for r, s, v in spans_of():
        assert isinstance(s["start"], int) and isinstance(s["end"], int)
        assert 0 <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
        assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)
        assert v == v.strip(), (r["id"], v)
        if s["entity_type"] == "CARD_TRACK_DATA":  # sentinels are part of the track
            assert v[0] in "%;" and v[-1] == "?", (r["id"], v)
            continue
        assert v[0] not in "\"'<[{,;:" and v[-1] not in "\"'>]},;.:\\", (r["id"], v)


def test_no_overlap_within_a_type():
    for r in RECORDS:
        per = collections.defaultdict(list)
        for s in r["spans"]:
            per[s["entity_type"]].append((s["start"], s["end"]))
        for etype, lst in per.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                assert a[1] <= b[0], (r["id"], etype, a, b)


def test_nesting_only_where_documented():
    """Spans of different types may overlap only as documented nestings."""
    allowed = {("CARD_TRACK_DATA", "CREDIT_CARD"), ("CARD_TRACK_DATA", "PERSON"), ("URL", "PASSWORD")}
    for r in RECORDS:
        sp = r["spans"]
        for i, a in enumerate(sp):
            for b in sp[i + 1:]:
                if a["start"] < b["end"] and b["start"] < a["end"] and a["entity_type"] != b["entity_type"]:
                    outer, inner = (a, b) if a["end"] - a["start"] >= b["end"] - b["start"] else (b, a)
                    assert (outer["entity_type"], inner["entity_type"]) in allowed, (r["id"], a, b)
                    assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"], (r["id"], a, b)


def test_every_type_has_support_and_positives_have_spans():
    for r in POSITIVES:
        assert r["spans"], r["id"]
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for etype in sorted(ENTITY_TYPES):
        assert counts[etype] >= 8, (etype, counts[etype])


# ----------------------------------------------------------------------------- hard negatives

IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
LONG_NUM = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
SECRET_MARKERS = re.compile(r"(?<![A-Za-z0-9])(sk-|sk_live|rk_live|AKIA|ASIA|ghp_|gho_|github_pat_|glpat-|xox[bp]-|AIza|"
                            r"SG\.|hf_|npm_|dop_v1_|shpat_|pypi-|eyJ)|-----BEGIN")
IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def mod97_ok(s: str) -> bool:
    s = s.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def test_hard_negatives_are_pii_free():
    for r in NEGATIVES:
        t = r["text"]
        assert r["spans"] == [], r["id"]
        assert not re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", t), r["id"]
        assert "://" not in t and "www." not in t.lower(), r["id"]
        for m in IPV4.finditer(t):
            assert not all(int(x) <= 255 for x in m.groups()), (r["id"], m.group())
        for m in LONG_NUM.finditer(t):
            assert not luhn(re.sub(r"\D", "", m.group())), (r["id"], m.group())
        assert not SECRET_MARKERS.search(t), (r["id"], SECRET_MARKERS.search(t).group())
        for m in IBAN_LIKE.finditer(t):
            assert not mod97_ok(m.group()), (r["id"], m.group())
        assert not re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", t), r["id"]
        assert not re.search(r"\b(9\d|1[01]\d)(?:-year-old| ?y/?o\b|yo\b| years? old)|\bage:? (9\d|1[01]\d)\b"
                             r"|\baged (9\d|1[01]\d)\b(?! days)", t, re.I), r["id"]
        assert "ninety" not in t.lower(), r["id"]


# ----------------------------------------------------------------------------- payment cards

def test_credit_cards_luhn_and_brand():
    brands = set()
    for r, _, v in spans_of("CREDIT_CARD"):
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and luhn(d), (r["id"], v)
        n2, n4 = int(d[:2]), int(d[:4])
        if d[0] == "4":
            assert len(d) in (16, 19), v
            brands.add("visa")
        elif 51 <= n2 <= 55 or 2221 <= n4 <= 2720:
            assert len(d) == 16, v
            brands.add("mastercard")
        elif n2 in (34, 37):
            assert len(d) == 15, v
            brands.add("amex")
        elif d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
            assert len(d) == 16, v
            brands.add("discover")
        elif 3528 <= n4 <= 3589:
            assert len(d) == 16, v
            brands.add("jcb")
        elif n2 == 36:
            assert len(d) == 14, v
            brands.add("diners")
        elif n2 == 62:
            assert len(d) == 16, v
            brands.add("unionpay")
        else:
            pytest.fail("unknown card brand %r in %s" % (v, r["id"]))
        if " " in v or "-" in v:
            groups = re.split(r"[ -]", v)
            assert [len(g) for g in groups] in ([4, 4, 4, 4], [4, 6, 5], [4, 6, 4], [4, 4, 4, 4, 3]), (r["id"], v)
    assert len(brands) >= 6, brands


def test_card_security_codes():
    for r, s, v in spans_of("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), (r["id"], v)
        assert any(k in context(r, s, 80) for k in ("cvv", "cvc", "security code")), (r["id"], v)


def test_track_data():
    for r, s, v in spans_of("CARD_TRACK_DATA"):
        m1 = re.fullmatch(r"%B(\d{13,19})\^([A-Z' -]+/[A-Z' -]+)\^(\d\d)(\d\d)(\d{3})\d*\?", v)
        m2 = re.fullmatch(r";(\d{13,19})=(\d\d)(\d\d)(\d{3})\d*\?", v)
        assert m1 or m2, (r["id"], v)
        pan = (m1 or m2).group(1)
        assert luhn(pan), (r["id"], v)
        month = int(m1.group(4) if m1 else m2.group(3))
        assert 1 <= month <= 12, (r["id"], v)
        inner = [x for x in r["spans"] if x["entity_type"] == "CREDIT_CARD" and s["start"] < x["start"] < s["end"]]
        assert len(inner) == 1 and r["text"][inner[0]["start"]:inner[0]["end"]] == pan, r["id"]


# ----------------------------------------------------------------------------- government ids

def test_ssn_rules():
    for r, s, v in spans_of("US_SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v), (r["id"], v)
        d = re.sub(r"\D", "", v)
        area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
        assert 0 < area < 900 and area != 666 and group > 0 and serial > 0, (r["id"], v)


def test_itin_rules():
    for r, s, v in spans_of("US_ITIN"):
        assert re.fullmatch(r"9\d\d-?\d\d-?\d{4}", v), (r["id"], v)
        g = int(re.sub(r"\D", "", v)[3:5])
        assert 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99, (r["id"], v)
        assert "itin" in context(r, s, 120), r["id"]


def test_driver_licenses_and_passports():
    for r, s, v in spans_of("US_DRIVER_LICENSE"):
        assert re.search(r"\d", v) and len(re.sub(r"[ -]", "", v)) >= 7, (r["id"], v)
        assert re.search(r"licen[cs]e|\bdl\b", context(r, s, 200)), (r["id"], v)
    for r, s, v in spans_of("US_PASSPORT"):
        assert re.fullmatch(r"[A-Z]\d{8}|[1-9]\d{8}", v), (r["id"], v)
        assert "passport" in context(r, s, 200), (r["id"], v)


# ----------------------------------------------------------------------------- health ids

def test_npi_luhn_with_prefix():
    for r, s, v in spans_of("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v), (r["id"], v)
        assert luhn("80840" + v), (r["id"], v)


def test_dea_check_digit():
    for r, s, v in spans_of("US_DEA"):
        assert re.fullmatch(r"[ABFGM][A-Z]\d{7}", v), (r["id"], v)
        n = [int(c) for c in v[2:]]
        assert (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 == n[6], (r["id"], v)
        assert "dea" in context(r, s), r["id"]


def test_mbi_layout():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    for r, s, v in spans_of("US_MBI"):
        c = v.replace("-", "")
        assert v.count("-") in (0, 2), v
        if "-" in v:
            assert v[4] == "-" and v[8] == "-", v
        assert len(c) == 11, v
        assert c[0] in "123456789" and c[1] in a and c[2] in an and c[3].isdigit(), (r["id"], v)
        assert c[4] in a and c[5] in an and c[6].isdigit(), (r["id"], v)
        assert c[7] in a and c[8] in a and c[9].isdigit() and c[10].isdigit(), (r["id"], v)


def test_mrn_and_member_ids_have_context():
    cues = {
        "MEDICAL_RECORD_NUMBER": ("mrn", "medical record", "expediente", "pid|"),
        "HEALTH_PLAN_ID": ("member", "subscriber"),
    }
    for etype, words in cues.items():
        for r, s, v in spans_of(etype):
            assert re.search(r"\d", v) and " " not in v, (r["id"], v)
            assert any(w in context(r, s) for w in words), (r["id"], etype, v)


# ----------------------------------------------------------------------------- bank ids

def test_routing_numbers():
    for r, s, v in spans_of("US_ROUTING_NUMBER"):
        assert re.fullmatch(r"\d{9}", v), v
        n = [int(c) for c in v]
        assert (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]) % 10 == 0, (r["id"], v)
        assert 1 <= int(v[:2]) <= 12 or 21 <= int(v[:2]) <= 32, (r["id"], v)
        assert any(w in context(r, s, 120) for w in ("routing", "aba", "ruta")), (r["id"], v)


def test_bank_accounts_have_context():
    for r, s, v in spans_of("US_BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{8,17}", v), (r["id"], v)
        assert any(w in context(r, s, 120) for w in ("account", "acct", "checking", "cuenta", ":50k:/")), (r["id"], v)


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "IE": 22,
            "LU": 20, "AE": 23, "TR": 26, "SA": 24}


def test_ibans():
    for r, s, v in spans_of("IBAN_CODE"):
        if " " in v:
            assert all(len(g) == 4 for g in v.split(" ")[:-1]) and 1 <= len(v.split(" ")[-1]) <= 4, v
        c = v.replace(" ", "")
        assert c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]], (r["id"], v)
        assert mod97_ok(c), (r["id"], v)
        bban = c[4:]
        if c[:2] == "FR":
            assert (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21]) + int(bban[21:])) % 97 == 0, v
        if c[:2] == "BE":
            assert (int(bban[:10]) % 97 or 97) == int(bban[10:]), v
        if c[:2] == "NL":
            assert sum(int(x) * (10 - i) for i, x in enumerate(bban[4:])) % 11 == 0, v
        if c[:2] == "PL":
            w = [3, 9, 7, 1, 3, 9, 7]
            assert (sum(int(x) * y for x, y in zip(bban[:7], w)) + int(bban[7])) % 10 == 0, v
        if c[:2] == "ES":
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(digits):
                x = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
                return {11: 0, 10: 1}.get(x, x)
            assert dc("00" + bban[:8]) == int(bban[8]) and dc(bban[10:]) == int(bban[9]), v
        if c[:2] == "TR":
            assert bban[5] == "0", v


ISO_COUNTRIES = set(IBAN_LEN) | {"US", "IT", "SE", "DK", "NO", "FI", "PT"}


def test_swift_codes():
    for r, s, v in spans_of("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?", v), (r["id"], v)
        assert v[4:6] in ISO_COUNTRIES, (r["id"], v)


# ----------------------------------------------------------------------------- vehicle, device, age

VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def test_vehicle_ids():
    kinds = set()
    for r, s, v in spans_of("VEHICLE_ID"):
        ctx = context(r, s, 40)
        if len(v) == 17 and "vin" in ctx:
            assert re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v), v
            total = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_WEIGHTS))
            assert v[8] == ("X" if total % 11 == 10 else str(total % 11)), (r["id"], v)
            assert v[9] not in "UZ0", v
            kinds.add("vin")
        else:
            assert "plate" in ctx and 5 <= len(v) <= 8, (r["id"], v)
            kinds.add("plate")
    assert kinds == {"vin", "plate"}


def test_device_ids():
    kinds = set()
    for r, s, v in spans_of("DEVICE_ID"):
        ctx = context(r, s, 60)
        if v.startswith("(01)"):
            m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d\d)(\d\d)(\d\d)\(10\)([A-Z0-9]+)(\(21\)[A-Z0-9]+)?", v)
            assert m, (r["id"], v)
            g = m.group(1)
            total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(g[:13])))
            assert (10 - total % 10) % 10 == int(g[13]), (r["id"], v)
            datetime.date(2000 + int(m.group(2)), int(m.group(3)), int(m.group(4)))
            kinds.add("udi")
        elif re.fullmatch(r"\d{15}", v):
            assert luhn(v) and "imei" in ctx, (r["id"], v)
            kinds.add("imei")
        elif re.fullmatch(r"[0-9A-F]{2}([:-])[0-9A-F]{2}(\1[0-9A-F]{2}){4}", v):
            assert "mac" in ctx, (r["id"], v)
            assert int(v[:2], 16) & 1 == 0, v  # unicast
            kinds.add("mac")
        else:
            assert "serial" in ctx and re.search(r"\d", v), (r["id"], v)
            kinds.add("serial")
    assert kinds == {"udi", "imei", "mac", "serial"}, kinds


WORD_AGES = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
             "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}


def test_ages_ninety_or_older_and_younger_ages_unlabeled():
    for r, s, v in spans_of("AGE"):
        n = int(v) if v.isdigit() else WORD_AGES[v.lower()]
        assert 90 <= n <= 119, (r["id"], v)
    # an age phrase under 90 is never labeled, and every 90+ phrase in a labeled record is
    for r in POSITIVES:
        ages = {(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "AGE"}
        for m in re.finditer(r"\b(\d{2,3})(?=-year-old| y/o|yo\b| years old)|\b(?:age|aged) (\d{2,3})\b", r["text"]):
            g = 1 if m.group(1) else 2
            n = int(m.group(g))
            assert ((m.start(g), m.end(g)) in ages) == (n >= 90), (r["id"], m.group())


# ----------------------------------------------------------------------------- secrets

def _b64url_json(part: str):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def test_jwts_decode():
    for r, s, v in spans_of("JWT"):
        head, body, sig = v.split(".")
        assert re.fullmatch(r"[A-Za-z0-9_-]+", head + body + sig), r["id"]
        h = _b64url_json(head)
        b = _b64url_json(body)
        assert h["typ"] == "JWT" and h["alg"] in ("HS256", "RS256", "ES256"), h
        assert b["exp"] > b["iat"], b
        raw = base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4))
        assert len(raw) == {"HS256": 32, "RS256": 256, "ES256": 64}[h["alg"]], r["id"]


def test_private_keys_are_whole_pem_blocks():
    for r, s, v in spans_of("PRIVATE_KEY"):
        m = re.fullmatch(r"-----BEGIN ((?:RSA |EC |OPENSSH )?PRIVATE KEY)-----(.+?)-----END \1-----", v, re.S)
        assert m, r["id"]
        body = m.group(2).replace("\\n", "\n")
        lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
        assert lines and all(re.fullmatch(r"[A-Za-z0-9+/]+=*", ln) for ln in lines), r["id"]
        der = base64.b64decode("".join(lines))
        label = m.group(1)
        if label == "OPENSSH PRIVATE KEY":
            assert der.startswith(b"openssh-key-v1\x00"), r["id"]
        else:
            assert der[0] == 0x30, r["id"]  # DER SEQUENCE
        if label == "EC PRIVATE KEY":
            assert len(der) == 121, r["id"]


KEY_PATTERNS = [
    r"sk-(proj|svcacct)-[A-Za-z0-9_-]{64}T3BlbkFJ[A-Za-z0-9_-]{64}", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", r"(AKIA|ASIA)[A-Z2-7]{16}", r"gh[pos]_[A-Za-z0-9]{36}",
    r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}", r"glpat-[A-Za-z0-9_-]{20}", r"xox[bp]-\d{12}-\d{13}-[A-Za-z0-9]{24}",
    r"[sr]k_live_51[A-Za-z0-9]{97}", r"AIza[A-Za-z0-9_-]{35}", r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    r"npm_[A-Za-z0-9]{36}", r"hf_[A-Za-z]{34}", r"SK[0-9a-f]{32}", r"dop_v1_[0-9a-f]{64}", r"shpat_[0-9a-f]{32}",
    r"key-[0-9a-f]{32}", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{60,}", r"lin_api_[A-Za-z0-9]{40}", r"EAAA[A-Za-z0-9_-]{60}",
]


def test_api_keys_match_a_provider_format():
    seen = set()
    for r, s, v in spans_of("API_KEY"):
        hits = [i for i, p in enumerate(KEY_PATTERNS) if re.fullmatch(p, v)]
        assert hits, (r["id"], v)
        seen.add(hits[0])
    assert len(seen) >= 12, sorted(seen)


def test_high_entropy_secrets_and_passwords():
    for r, s, v in spans_of("HIGH_ENTROPY_SECRET"):
        assert re.fullmatch(r"[A-Za-z0-9+/]{32,64}", v), (r["id"], v)
        assert len(set(v)) >= 10, v
        assert re.search(r"secret|key", context(r, s, 40)), (r["id"], v)
    for r, s, v in spans_of("PASSWORD"):
        assert " " not in v and len(v) >= 8, (r["id"], v)
        assert re.search(r"password|postgres(ql)?://\w+:$", context(r, s, 60)), (r["id"], v)


# ----------------------------------------------------------------------------- contact and format entities

def test_emails_urls_ips():
    for r, s, v in spans_of("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", v), (r["id"], v)
    for r, s, v in spans_of("URL"):
        assert re.fullmatch(r"(https|postgres|postgresql)://\S+", v), (r["id"], v)
    for r, s, v in spans_of("IP_ADDRESS"):
        ip = ipaddress.ip_address(v)
        assert not ip.is_loopback and not ip.is_unspecified, v


def test_zip_codes():
    for r, s, v in spans_of("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v) and v[:5] != "00000", (r["id"], v)


def test_phone_numbers():
    for r, s, v in spans_of("PHONE_NUMBER"):
        digits = re.sub(r"\D", "", v)
        if v.startswith("+") and not v.startswith("+1"):
            assert 10 <= len(digits) <= 13, (r["id"], v)
            continue
        if len(digits) == 11:
            assert digits[0] == "1", v
            digits = digits[1:]
        assert len(digits) == 10, (r["id"], v)
        area, exch = digits[:3], digits[3:6]
        assert area[0] in "23456789" and exch[0] in "23456789", (r["id"], v)
        assert area[1:] != "11" and exch[1:] != "11" and exch != "555", (r["id"], v)


def test_street_addresses_start_with_a_number():
    for r, s, v in spans_of("STREET_ADDRESS"):
        assert re.match(r"\d{1,5} [A-Za-z]", v), (r["id"], v)


# ----------------------------------------------------------------------------- dates and people

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MONTHS_DE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "dezember"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def parse_date(v: str) -> datetime.date:
    t = v.lower()
    if m := re.fullmatch(r"(\d{4})(\d\d)(\d\d)", t):
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", t):
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t):
        return datetime.date(int(m[3]), int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", t):
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d\d)-([a-z]{3})-(\d{4})", t):
        return datetime.date(int(m[3]), [x[:3] for x in MONTHS].index(m[2]) + 1, int(m[1]))
    if m := re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", t):
        month = [x for x in MONTHS if x.startswith(m[1])]
        assert len(month) == 1 and (m[1] == month[0] or len(m[1]) == 3), v
        return datetime.date(int(m[3]), MONTHS.index(month[0]) + 1, int(m[2]))
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", t):
        return datetime.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})\. ([a-zä]+) (\d{4})", t):
        return datetime.date(int(m[3]), MONTHS_DE.index(m[2]) + 1, int(m[1]))
    if m := re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", t):
        return datetime.date(int(m[3]), MONTHS_ES.index(m[2]) + 1, int(m[1]))
    raise AssertionError("unparsed date %r" % v)


def test_dates_are_real_and_person_related():
    for r, s, v in spans_of("DATE_TIME"):
        d = parse_date(v)
        assert 1920 <= d.year <= 2025, (r["id"], v)


def test_person_spans():
    for r, s, v in spans_of("PERSON"):
        assert not re.match(r"(dr|mr|mrs|ms|prof|herr|frau)\b\.?", v, re.I), (r["id"], v)
        assert not re.search(r",? (MD|DO|RN|NP)$", v), (r["id"], v)
        assert not re.search(r"\d", v), (r["id"], v)
        assert len(v) >= 2, (r["id"], v)


def test_name_variety():
    people = [v for _, _, v in spans_of("PERSON")]
    assert any(v.isupper() for v in people)
    assert any(v.islower() for v in people)
    assert any(re.fullmatch(r"[^,]+, [^,]+", v) for v in people)
    assert any(re.match(r"[A-Z]\. ", v) for v in people)
    assert any("^" in v for v in people)
    assert sum(1 for v in people if re.search(r"[^\x00-\x7f]", v)) >= 30
