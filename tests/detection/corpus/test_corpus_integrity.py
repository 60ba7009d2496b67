"""The committed corpus is exactly what the generator produces, and its gold is sound."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name):
    spec = importlib.util.spec_from_file_location("hushgate_corpus_" + name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate")
values = generate.values

RECORDS = [json.loads(line) for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]


def _norm(s: str) -> str:
    """NFKC, drop zero-width characters, unify dashes (how the gold values were obfuscated)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], _norm(r["text"][s["start"]:s["end"]])


def test_generator_reproduces_committed_file_byte_for_byte():
    assert generate.dumps(generate.build_records()) == (HERE / "prompts.jsonl").read_text(encoding="utf-8")


def test_generator_is_deterministic_across_runs():
    assert generate.dumps(generate.build_records()) == generate.dumps(generate.build_records())


def test_size_mix_and_schema():
    assert len(RECORDS) >= 350
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    templates = {i.rsplit("-", 1)[0] for i in ids}
    assert len(templates) >= 80
    negatives = [r for r in RECORDS if r["kind"] == "hard_negative"]
    assert len(negatives) / len(RECORDS) >= 0.25
    assert all(not r["spans"] for r in negatives)
    assert all(r["spans"] for r in RECORDS if r["kind"] != "hard_negative")
    assert {r["domain"] for r in RECORDS} == set(generate.DOMAINS)
    assert {r["kind"] for r in RECORDS} == set(generate.KINDS)
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "text", "spans"}


def test_spans_are_clean_sorted_and_disjoint():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert s["entity_type"] in generate.ENTITY_TYPES
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            frag = r["text"][s["start"]:s["end"]]
            assert frag == frag.strip() and frag, (r["id"], frag)
            prev_end = s["end"]


def test_every_entity_type_is_represented():
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for etype in generate.ENTITY_TYPES:
        assert counts[etype] >= 10, etype


def _digits(s):
    return re.sub(r"\D", "", s)


def test_credit_cards_are_luhn_valid_with_brand_lengths():
    for rid, v in _spans("CREDIT_CARD"):
        d = _digits(v)
        assert values.luhn_valid(d), rid
        if d[:2] in ("34", "37"):
            assert len(d) == 15
        else:
            assert len(d) == 16 and (d[0] in "456" or 2221 <= int(d[:4]) <= 2720), rid


def test_ssn_rules():
    for rid, v in _spans("US_SSN"):
        d = _digits(v)
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", rid
        assert d[3:5] != "00" and d[5:] != "0000", rid


def test_itin_rules():
    for rid, v in _spans("US_ITIN"):
        d = _digits(v)
        assert len(d) == 9 and d[0] == "9" and 70 <= int(d[3:5]) <= 88, rid


def test_npi_dea_mbi_routing_iban_vin():
    for rid, v in _spans("US_NPI"):
        assert len(v) == 10 and values.luhn_valid("80840" + v), rid
    for rid, v in _spans("US_DEA"):
        assert re.fullmatch(r"[A-Z]{2}\d{7}", v) and values.dea_check_digit(v[2:8]) == v[8], rid
    for rid, v in _spans("US_MBI"):
        assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                            r"[AC-HJKMNP-RT-Y]{2}\d\d", v.replace("-", "")), rid
    for rid, v in _spans("US_ROUTING_NUMBER"):
        assert len(v) == 9 and values.aba_valid(v), rid
    for rid, v in _spans("IBAN_CODE"):
        compact = v.replace(" ", "")
        assert values.iban_valid(compact) and len(compact) == values.IBAN_LENGTHS[compact[:2]], rid
    for rid, v in _spans("VEHICLE_ID"):
        assert len(v) == 17 and not set(v) & set("IOQ") and values.vin_check_char(v) == v[8], rid


def test_secret_formats():
    for rid, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3 and json.loads(__import__("base64").urlsafe_b64decode(parts[0] + "==")), rid
    for rid, v in _spans("PRIVATE_KEY"):
        v = v.replace("\\n", "\n")
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n.*\n-----END \1-----", v, re.S), rid
    prefixes = ("sk-", "sk-proj-", "sk-ant-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_",
                "rk_live_", "AIza")
    for rid, v in _spans("API_KEY"):
        assert v.startswith(prefixes) or re.fullmatch(r"[A-Za-z0-9/+]{40}", v), rid
    for rid, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v), rid


def test_hard_negative_lookalikes_are_invalid():
    """No hard negative accidentally contains a valid card or SSN-with-context."""
    for r in RECORDS:
        if r["kind"] != "hard_negative":
            continue
        for m in re.finditer(r"\d(?:[ -]?\d)*", r["text"]):  # maximal digit runs
            d = _digits(m.group())
            if len(d) in (15, 16) and d[0] in "3456":
                assert not values.luhn_valid(d), (r["id"], m.group())
        assert "@" not in r["text"] and "http" not in r["text"], r["id"]


def test_obfuscated_variants_present():
    gold = "".join(r["text"][s["start"]:s["end"]] for r in RECORDS for s in r["spans"])
    for ch in ("\u2011", "\u2013", "\u200d"):
        assert ch in gold, repr(ch)
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)


_FORMAT_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "URL": re.compile(r"https?://[^\s\"'<>]+"),
    "IP_ADDRESS": re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"),
}


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_every_format_entity_in_text_is_labeled(etype):
    """Format-defined entities (any e-mail, URL, IPv4) are gold wherever they occur."""
    for r in RECORDS:
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
        for m in _FORMAT_PATTERNS[etype].finditer(r["text"]):
            assert any(a <= m.start() and m.end() <= b + 1 for a, b in gold), (r["id"], m.group())
