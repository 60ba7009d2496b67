"""Integrity of the blind held-out set 12: checks the gold only (no detector is imported or run)."""

from __future__ import annotations

import base64
import collections
import importlib.util
import ipaddress
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name):
    spec = importlib.util.spec_from_file_location("heldout12_test_" + name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate")
values = _load("h12_values")

RECORDS = [json.loads(line) for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]

ALLOWED_TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE", "DATE_TIME", "AGE",
    "US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "MEDICAL_RECORD_NUMBER", "US_NPI", "US_DEA", "US_MBI",
    "HEALTH_PLAN_ID", "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_TRACK_DATA", "IBAN_CODE",
    "US_ROUTING_NUMBER", "US_BANK_ACCOUNT", "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD",
    "HIGH_ENTROPY_SECRET",
}


def _norm(s: str) -> str:
    """NFKC, drop zero-width characters, unify dashes (how some gold values were obfuscated)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], _norm(r["text"][s["start"]:s["end"]])


def _digits(s):
    return re.sub(r"\D", "", s)


# ------------------------------------------------------------- reproducibility

def test_generate_check_passes():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_generator_reproduces_file_and_is_deterministic():
    a = generate.dumps(generate.build_records())
    assert a == (HERE / "prompts.jsonl").read_text(encoding="utf-8")
    assert a == generate.dumps(generate.build_records())


# ------------------------------------------------------------- shape

def test_records_well_formed_and_ids_unique():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "text", "spans"}, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["domain"] in generate.DOMAINS and r["kind"] in generate.KINDS, r["id"]
        assert r["id"].startswith("h12-")
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}
            assert isinstance(s["start"], int) and isinstance(s["end"], int)


def test_size_and_mix():
    assert 400 <= len(RECORDS) <= 460
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    assert {r["domain"] for r in RECORDS} == set(generate.DOMAINS)
    assert {r["kind"] for r in RECORDS} == set(generate.KINDS)
    assert len({r["id"].rsplit("-", 1)[0] for r in RECORDS}) >= 80
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)


def test_types_are_the_allowed_32_and_all_represented():
    assert set(generate.ENTITY_TYPES) == ALLOWED_TYPES and len(ALLOWED_TYPES) == 32
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    assert set(counts) <= ALLOWED_TYPES
    for et in ALLOWED_TYPES:
        assert counts[et] >= 8, et


def test_spans_in_bounds_clean_sorted_disjoint():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert s["entity_type"] in ALLOWED_TYPES, r["id"]
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            frag = r["text"][s["start"]:s["end"]]
            assert frag and frag == frag.strip() and frag.strip("\"'") == frag, (r["id"], frag)
            prev_end = s["end"]


def test_positive_records_have_spans_and_negatives_none():
    assert all(r["spans"] for r in POSITIVES)
    assert all(not r["spans"] for r in NEGATIVES)


# ------------------------------------------------------------- checksums of labeled values

def test_credit_cards_luhn_and_brand_lengths():
    for rid, v in _spans("CREDIT_CARD"):
        d = _digits(v)
        assert values.luhn_valid(d), rid
        if d[:2] in ("34", "37"):
            assert len(d) == 15, rid
        else:
            assert len(d) == 16 and (d[0] in "456" or 2221 <= int(d[:4]) <= 2720), rid


def test_track_data_embeds_valid_pan():
    for rid, v in _spans("CARD_TRACK_DATA"):
        m = re.fullmatch(r"%B(\d{13,19})\^[^^]+\^\d{7,}\?|;(\d{13,19})=\d{7,}\?", v)
        assert m, (rid, v)
        assert values.luhn_valid(m.group(1) or m.group(2)), rid


def test_cvv_shape():
    for rid, v in _spans("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), rid


def test_ssn_and_itin_rules():
    for rid, v in _spans("US_SSN"):
        d = _digits(v)
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", rid
        assert d[3:5] != "00" and d[5:] != "0000", rid
    for rid, v in _spans("US_ITIN"):
        d = _digits(v)
        assert len(d) == 9 and d[0] == "9" and 70 <= int(d[3:5]) <= 88, rid


def test_npi_dea_mbi():
    for rid, v in _spans("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and values.luhn_valid("80840" + v), rid
    for rid, v in _spans("US_DEA"):
        assert re.fullmatch(r"[A-Z]{2}\d{7}", v), rid
        d = [int(c) for c in v[2:]]
        assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], rid
    for rid, v in _spans("US_MBI"):
        assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                            r"[AC-HJKMNP-RT-Y]{2}\d\d", v.replace("-", "")), rid


def test_routing_iban_swift():
    for rid, v in _spans("US_ROUTING_NUMBER"):
        d = [int(c) for c in v]
        assert len(v) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0, rid
    for rid, v in _spans("IBAN_CODE"):
        c = v.replace(" ", "")
        assert len(c) == values.IBAN_LENGTHS[c[:2]], rid
        assert int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1, rid
    for rid, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v), rid


def test_vins_and_imeis():
    n_vin = 0
    for rid, v in _spans("VEHICLE_ID"):
        if len(v) == 17:
            n_vin += 1
            assert values.vin_valid(v), rid
        else:
            assert re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{3,8}", v), (rid, v)  # licence plate
    assert n_vin >= 8
    for rid, v in _spans("DEVICE_ID"):
        if re.fullmatch(r"\d{15}", v):
            assert values.luhn_valid(v), rid  # IMEI


def test_secret_formats():
    for rid, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert header["typ"] == "JWT", rid
    for rid, v in _spans("PRIVATE_KEY"):
        v = v.replace("\\n", "\n")
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n.*\n-----END \1-----", v, re.S), rid
    prefixes = ("sk-", "sk-proj-", "sk-ant-", "AKIA", "ghp_", "xoxb-", "sk_live_", "AIza")
    for rid, v in _spans("API_KEY"):
        assert v.startswith(prefixes), rid
    for rid, v in _spans("PASSWORD"):
        assert not re.search(r"\s", v) and len(v) >= 8, rid
    for rid, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 32 and not re.search(r"\s", v), rid


# ------------------------------------------------------------- synthetic-only values

RESERVED_HOST = re.compile(r"(^|\.)(example\.(com|org|net)|example|test)$")


def test_contact_values_are_synthetic():
    for rid, v in _spans("EMAIL_ADDRESS"):
        assert RESERVED_HOST.search(v.rsplit("@", 1)[1]), (rid, v)
    for rid, v in _spans("URL"):
        host = re.match(r"https?://([^/:?#]+)", v).group(1)
        assert RESERVED_HOST.search(host), (rid, v)
    for rid, v in _spans("IP_ADDRESS"):
        ip = ipaddress.ip_address(v)
        assert ip.is_private or ip in ipaddress.ip_network("2001:db8::/32"), (rid, v)
    for rid, v in _spans("PHONE_NUMBER"):
        d = _digits(v)
        if v.startswith(("+1", "1 ", "(")) or (len(d) == 10 and not v.startswith(("0", "+"))):
            d = d[-10:]
            assert d[3:6] == "555" and d[6:8] == "01", (rid, v)


def test_ages_and_zips():
    for rid, v in _spans("AGE"):
        assert v.isdigit() and 89 < int(v) < 120, rid
    for rid, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), rid


def test_obfuscated_variants_present():
    gold = "".join(r["text"][s["start"]:s["end"]] for r in RECORDS for s in r["spans"])
    assert "\u200d" in gold and ("\u2011" in gold or "\u2013" in gold)
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)


# ------------------------------------------------------------- hard negatives are clean

IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")


def test_hard_negatives_hold_no_lookalike_that_validates():
    for r in NEGATIVES:
        t = r["text"]
        assert not _FORMAT_PATTERNS["EMAIL_ADDRESS"].search(t) and "://" not in t and "www." not in t, r["id"]
        assert not IPV4.search(t), r["id"]
        assert not re.search(r"555[-. ]?01\d\d", t), r["id"]
        assert not re.search(r"-----BEGIN|eyJ[A-Za-z0-9_-]+\.|AKIA|sk-|ghp_|xox[bp]-|sk_live_|AIza", t), r["id"]
        for m in re.finditer(r"\d(?:[ -]?\d)*", t):
            d = _digits(m.group())
            if len(d) in (15, 16) and d[0] in "3456":
                assert not values.luhn_valid(d), (r["id"], m.group())
            if len(d) == 9 and re.fullmatch(r"\d{3}-\d{2}-\d{4}", m.group()):
                raise AssertionError(("SSN-shaped value in a hard negative", r["id"], m.group()))


def test_luhn_invalid_lookalikes_are_present():
    found = 0
    for r in NEGATIVES:
        for m in re.finditer(r"\d(?:[ -]?\d)*", r["text"]):
            d = _digits(m.group())
            if len(d) == 16 and d[0] in "45":
                found += 1
    assert found >= 5


# ------------------------------------------------------------- format entities are labeled everywhere

_FORMAT_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "URL": re.compile(r"https?://[^\s\"'<>`]+"),
    "IP_ADDRESS": IPV4,
}


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_every_format_entity_in_text_is_labeled(etype):
    for r in RECORDS:
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
        for m in _FORMAT_PATTERNS[etype].finditer(r["text"]):
            assert any(a <= m.start() and m.end() <= b + 1 for a, b in gold), (r["id"], m.group())
