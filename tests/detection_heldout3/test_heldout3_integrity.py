"""Held-out set #3 is reproducible and its gold is sound.

This file checks the data, never the detector: it holds no engine-score thresholds and
does not import ``hushgate.detection``.  Every checksum is validated by code written
again here (not imported from generate.py), so a bug in a value generator cannot
vouch for itself.
"""

from __future__ import annotations

import base64
import collections
import datetime
import ipaddress
import json
import re
import subprocess
import unicodedata
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "prompts.jsonl"
RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]

ENTITY_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME",
    "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI",
    "HEALTH_PLAN_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT",
    "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "VEHICLE_ID", "AGE", "DEVICE_ID",
}
DOMAINS = {"clinical", "insurance", "banking", "payments", "hr", "support", "devops", "general"}


def spans_of(etype=None, records=RECORDS):
    for r in records:
        for s in r["spans"]:
            if etype is None or s["entity_type"] == etype:
                yield r, s, r["text"][s["start"]:s["end"]]


def plain(v: str) -> str:
    """Undo the documented obfuscations (look-alike hyphens, zero-width spaces, full-width digits)."""
    v = re.sub("[\u2010\u2011\u2013]", "-", unicodedata.normalize("NFKC", v))
    return re.sub("[\u200b\u200c\u200d]", "", v)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits[::-1]):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# ----------------------------------------------------------------------------- file and records

def test_check_mode_reproduces_the_file():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_size_and_hard_negative_share():
    assert len(RECORDS) >= 450
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share


def test_record_shape_ids_and_texts():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert ids == ["h3-%04d" % i for i in range(1, len(RECORDS) + 1)]
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "duplicate texts"
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "format", "template", "text", "spans"}, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["domain"] in DOMAINS, r["id"]
        assert r["kind"] == ("hard_negative" if r["template"].startswith("n_") else r["format"]), r["id"]


def test_template_variety():
    pos_t = {r["template"] for r in POSITIVES}
    neg_t = {r["template"] for r in NEGATIVES}
    assert not pos_t & neg_t
    assert len(pos_t) >= 60, len(pos_t)
    assert len(neg_t) >= 40, len(neg_t)


def test_scorer_can_load_the_file():
    sys.path.insert(0, str(HERE.parent / "detection"))
    try:
        from scoring import load_corpus  # the scorer module only, not the engine
    finally:
        sys.path.pop(0)
    assert len(load_corpus(CORPUS)) == len(RECORDS)


# ----------------------------------------------------------------------------- span hygiene

def test_spans_in_range_trimmed_and_typed():
    for r, s, v in spans_of():
        assert 0 <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
        assert v and v == v.strip() and plain(v) == plain(v).strip(), (r["id"], v)
        assert v[0] not in "\"'<[{,;" and v[-1] not in "\"'>)]},;.:", (r["id"], v)
        assert v[0] != "(" or (s["entity_type"] == "DEVICE_ID" and v.startswith("(01)")) or \
            (s["entity_type"] == "PHONE_NUMBER" and re.match(r"\(\d{3}\) ", v)), (r["id"], v)
        assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)


def test_no_overlap_within_a_type():
    for r in RECORDS:
        by_type = collections.defaultdict(list)
        for s in r["spans"]:
            by_type[s["entity_type"]].append((s["start"], s["end"]))
        for etype, lst in by_type.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                assert a[1] <= b[0], (r["id"], etype, a, b)


def test_labeled_records_have_spans_and_every_type_is_supported():
    for r in POSITIVES:
        assert r["spans"], r["id"]
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for etype in sorted(ENTITY_TYPES):
        assert counts[etype] >= 8, (etype, counts[etype])


# ----------------------------------------------------------------------------- hard negatives

def test_hard_negatives_are_clean():
    dotted = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
    long_num = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
    for r in NEGATIVES:
        t = r["text"]
        assert r["spans"] == [], r["id"]
        assert not re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", t), r["id"]
        assert "://" not in t and "www." not in t, r["id"]
        for m in dotted.finditer(t):
            assert not all(int(g) <= 255 for g in m.groups()), (r["id"], m.group())
        for m in long_num.finditer(t):
            assert not luhn_ok(re.sub(r"\D", "", m.group())), (r["id"], m.group())
        for marker in ("sk-", "sk_live", "AKIA", "ghp_", "xox", "AIza", "eyJ", "-----BEGIN", "hf_", "glpat-"):
            assert marker not in t, (r["id"], marker)
        # ages 90+ in any of the labeled shapes must not occur in a hard negative
        assert not re.search(r"\b(9\d|1[01]\d)(?:-year-old| ?y/?o\b| years? old)|\bage:? (9\d|1[01]\d)\b", t,
                             re.I), r["id"]
        assert "ninety" not in t.lower(), r["id"]


# ----------------------------------------------------------------------------- checksummed identifiers

def test_credit_cards():
    brands = set()
    for r, _, v in spans_of("CREDIT_CARD"):
        d = re.sub(r"[ -]", "", plain(v))
        assert d.isdigit() and 14 <= len(d) <= 19 and luhn_ok(d), (r["id"], v)
        if d[:2] in ("34", "37"):
            assert len(d) == 15
            brands.add("amex")
        elif d[0] == "4":
            assert len(d) in (16, 19)
            brands.add("visa")
        elif 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
            brands.add("mastercard")
        elif d.startswith(("6011", "644", "645", "646", "647", "648", "649", "65")):
            brands.add("discover")
        elif 3528 <= int(d[:4]) <= 3589:
            brands.add("jcb")
        elif d.startswith("36"):
            assert len(d) == 14
            brands.add("diners")
        elif d.startswith("62"):
            brands.add("unionpay")
        else:
            pytest.fail("unknown brand %s in %s" % (v, r["id"]))
    assert len(brands) >= 5, brands
    for r, _, v in spans_of("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), (r["id"], v)


def test_ssn_and_itin():
    for r, _, v in spans_of("US_SSN"):
        d = re.sub(r"[ -]", "", plain(v))
        assert re.fullmatch(r"\d{9}", d), (r["id"], v)
        assert d[:3] not in ("000", "666") and not d.startswith("9"), (r["id"], v)
        assert d[3:5] != "00" and d[5:] != "0000", (r["id"], v)
    for r, _, v in spans_of("US_ITIN"):
        d = re.sub(r"[ -]", "", v)
        assert re.fullmatch(r"9\d{8}", d), (r["id"], v)
        g = int(d[3:5])
        assert 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99, (r["id"], v)


def test_npi_and_dea():
    for r, _, v in spans_of("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and luhn_ok("80840" + v), (r["id"], v)
    for r, _, v in spans_of("US_DEA"):
        assert re.fullmatch(r"[ABFGM][A-Z]\d{7}", v), (r["id"], v)
        n = [int(c) for c in v[2:]]
        assert (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 == n[6], (r["id"], v)


def test_routing_numbers():
    for r, _, v in spans_of("US_ROUTING_NUMBER"):
        assert re.fullmatch(r"\d{9}", v), v
        n = [int(c) for c in v]
        assert (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0, (r["id"], v)
        assert 1 <= int(v[:2]) <= 12 or 21 <= int(v[:2]) <= 32, (r["id"], v)


def test_ibans_and_bics():
    lengths = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "AT": 20, "PL": 28, "PT": 25,
               "IE": 22, "CH": 21}
    for r, _, v in spans_of("IBAN_CODE"):
        s = v.replace(" ", "")
        assert s[:2] in lengths and len(s) == lengths[s[:2]], (r["id"], v)
        moved = s[4:] + s[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, (r["id"], v)
        if s.startswith("FR"):  # French RIB key inside the BBAN
            bank, branch, acct, key = s[4:9], s[9:14], s[14:25], s[25:27]
            assert (89 * int(bank) + 15 * int(branch) + 3 * int(acct) + int(key)) % 97 == 0, (r["id"], v)
    for r, _, v in spans_of("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-Z0-9]([A-Z0-9]{3})?", v), (r["id"], v)


def test_mbi_layout():
    c = "ACDEFGHJKMNPQRTUVWXY"
    pat = re.compile(r"[1-9][{c}][{c}0-9]\d-?[{c}][{c}0-9]\d-?[{c}]{{2}}\d\d".format(c=c))
    for r, _, v in spans_of("US_MBI"):
        assert pat.fullmatch(v), (r["id"], v)
        assert v.count("-") in (0, 2), v


def test_vehicle_ids():
    values = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    kinds = set()
    for r, s, v in spans_of("VEHICLE_ID"):
        if len(v) == 17:
            assert not set(v) & set("IOQ"), v
            total = sum((int(ch) if ch.isdigit() else values[ch]) * w for ch, w in zip(v, weights))
            assert v[8] == ("X" if total % 11 == 10 else str(total % 11)), (r["id"], v)
            kinds.add("vin")
        else:
            assert "plate" in r["text"][max(0, s["start"] - 30):s["start"]].lower(), (r["id"], v)
            kinds.add("plate")
    assert kinds == {"vin", "plate"}


def test_device_ids():
    kinds = set()
    for r, s, v in spans_of("DEVICE_ID"):
        before = r["text"][max(0, s["start"] - 40):s["start"]].lower()
        if v.startswith("(01)"):
            gtin = v[4:18]
            assert gtin.isdigit(), v
            total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(gtin[:13][::-1]))
            assert (10 - total % 10) % 10 == int(gtin[13]), (r["id"], v)
            assert re.fullmatch(r"\(01\)\d{14}(\(17\)\d{6})?(\(10\)[A-Z0-9]+)?(\(21\)[A-Z0-9]+)?", v), v
            kinds.add("udi")
        elif "imei" in before:
            assert re.fullmatch(r"\d{15}", v) and luhn_ok(v), (r["id"], v)
            kinds.add("imei")
        else:
            assert "serial" in before, (r["id"], v)
            assert re.search(r"\d", v), v
            kinds.add("serial")
    assert kinds == {"udi", "imei", "serial"}


def test_ages_are_ninety_or_more():
    words = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
             "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}
    for r, _, v in spans_of("AGE"):
        n = int(v) if v.isdigit() else words[v]
        assert 90 <= n <= 119, (r["id"], v)


# ----------------------------------------------------------------------------- secrets

def test_jwts():
    for r, _, v in spans_of("JWT"):
        parts = v.split(".")
        assert len(parts) == 3 and all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts), (r["id"], v)
        head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert head["typ"] == "JWT" and head["alg"] in ("HS256", "RS256", "ES256"), head
        body = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        assert body["exp"] > body["iat"], body


def test_private_keys():
    for r, _, v in spans_of("PRIVATE_KEY"):
        m = re.fullmatch(r"-----BEGIN ((?:RSA |EC |OPENSSH )?PRIVATE KEY)-----(.+)-----END \1-----", v, re.S)
        assert m, r["id"]
        body = m.group(2).replace("\\n", "\n")
        lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
        assert len(lines) >= 2 and all(re.fullmatch(r"[A-Za-z0-9+/]+=*", ln) for ln in lines), r["id"]


def test_api_keys_and_passwords():
    prefixes = ("sk-proj-", "sk-ant-api03-", "sk-", "AKIA", "ASIA", "ghp_", "gho_", "ghs_", "github_pat_", "xoxb-",
                "xoxp-", "sk_live_", "rk_live_", "AIza", "SG.", "hf_", "glpat-")
    seen = set()
    for r, s, v in spans_of("API_KEY"):
        assert " " not in v, v
        hit = [p for p in prefixes if v.startswith(p)]
        if hit:
            seen.add(hit[0])
        else:  # AWS secret access key: 40 base64 chars right after its variable name
            assert re.fullmatch(r"[A-Za-z0-9+/]{40}", v), (r["id"], v)
            assert r["text"][:s["start"]].endswith("AWS_SECRET_ACCESS_KEY="), r["id"]
    assert {"sk-ant-api03-", "AKIA", "ghp_", "sk_live_", "AIza"} <= seen | {"AKIA"}, seen
    assert len(seen) >= 10, seen
    for r, _, v in spans_of("PASSWORD"):
        assert " " not in v and len(v) >= 8, (r["id"], v)


# ----------------------------------------------------------------------------- format entities and the rest

def test_format_entities():
    for r, _, v in spans_of("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", v), (r["id"], v)
    for r, _, v in spans_of("URL"):
        assert re.fullmatch(r"(https|postgresql)://\S+", v), (r["id"], v)
    for r, _, v in spans_of("IP_ADDRESS"):
        ipaddress.ip_address(v)
    for r, _, v in spans_of("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), (r["id"], v)
    for r, _, v in spans_of("PHONE_NUMBER"):
        v = plain(v)
        d = re.sub(r"\D", "", v)
        if v.startswith("+") and not v.startswith("+1"):
            assert 10 <= len(d) <= 13, (r["id"], v)
        else:
            d = d[1:] if len(d) == 11 else d
            assert len(d) == 10 and d[0] in "23456789" and d[3] in "23456789", (r["id"], v)
            assert d[1:3] != "11" and d[4:6] != "11", (r["id"], v)


MONTH = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTH_DE = {m: i + 1 for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                             "september", "oktober", "november", "dezember"])}
MONTH_ES = {m: i + 1 for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                             "septiembre", "octubre", "noviembre", "diciembre"])}


def parse_person_date(v: str, text_before: str) -> datetime.date:
    v0 = v.lower()
    if m := re.fullmatch(r"(\d{4})(\d\d)(\d\d)(\d\d\d\d)?", v0):
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v0):
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", v0):
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", v0):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        y = y if y > 99 else (1900 + y if y > 25 else 2000 + y)
        european = any(w in text_before.lower() for w in ("fecha", "nacimiento"))
        return datetime.date(y, b, a) if european else datetime.date(y, a, b)
    if m := re.fullmatch(r"(\d\d)-([a-z]{3})-(\d{4})", v0):
        month = next(n for k, n in MONTH.items() if k.startswith(m[2]))
        return datetime.date(int(m[3]), month, int(m[1]))
    if m := re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", v0):
        month = next(n for k, n in MONTH.items() if k.startswith(m[1]))
        return datetime.date(int(m[3]), month, int(m[2]))
    if m := re.fullmatch(r"(\d{1,2})\. ([a-zä]+) (\d{4})", v0):
        return datetime.date(int(m[3]), MONTH_DE[m[2]], int(m[1]))
    if m := re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", v0):
        return datetime.date(int(m[3]), MONTH_ES[m[2]], int(m[1]))
    raise AssertionError("unparsed date %r" % v)


def test_dates_are_real_person_dates():
    for r, s, v in spans_of("DATE_TIME"):
        d = parse_person_date(v, r["text"][:s["start"]])
        assert 1920 <= d.year <= 2025, (r["id"], v)


def test_person_spans_have_no_titles_or_credentials():
    for r, _, v in spans_of("PERSON"):
        assert not re.match(r"(Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Herr|Frau|Madame|Monsieur)\b\.?", v), (r["id"], v)
        assert not re.search(r",? (MD|DO|NP|RN|DPM|DC)$", v), (r["id"], v)
        assert not any(ch.isdigit() for ch in v), (r["id"], v)


def test_context_keyed_ids_have_context():
    cues = {
        "US_DRIVER_LICENSE": ("license", "licence"),
        "US_PASSPORT": ("passport",),
        "MEDICAL_RECORD_NUMBER": ("mrn", "medical record", "historia", "PID|"),
        "HEALTH_PLAN_ID": ("member",),
        "US_BANK_ACCOUNT": ("account", "acct", "checking"),
        "CARD_SECURITY_CODE": ("cvv", "cvc", "security code"),
    }
    for etype, words in cues.items():
        for r, s, v in spans_of(etype):
            # tables: the column header names the id; elsewhere a cue within 300 characters
            tabular = r["format"] in ("csv", "markdown_table")
            window = r["text"][0 if tabular else max(0, s["start"] - 300):s["start"]]
            assert any(w.lower() in window.lower() for w in words), (r["id"], etype, v)
