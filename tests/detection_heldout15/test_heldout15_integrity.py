"""Held-out set 15: the committed file is what the generator produces, and its gold is sound.

The checksum checks below are written independently of ``h15_values`` (they do not call
its generators or validators).
"""

from __future__ import annotations

import base64
import collections
import importlib.util
import json
import re
import statistics
import sys
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name):
    full = "heldout15_test_" + name
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[full] = mod
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate")
values = generate.values

RECORDS = [json.loads(line) for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]

ENTITY_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "US_ZIP_CODE",
                "DATE_TIME", "AGE", "MEDICAL_RECORD_NUMBER", "US_DRIVER_LICENSE", "US_MBI", "US_NPI", "US_DEA",
                "HEALTH_PLAN_ID", "DEVICE_ID", "VEHICLE_ID", "CREDIT_CARD", "CARD_SECURITY_CODE", "US_SSN",
                "US_ITIN", "US_PASSPORT", "CARD_TRACK_DATA", "IBAN_CODE", "US_ROUTING_NUMBER", "US_BANK_ACCOUNT",
                "SWIFT_CODE", "API_KEY", "PRIVATE_KEY", "JWT", "PASSWORD", "HIGH_ENTROPY_SECRET"}


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


# --- independent checksum implementations -----------------------------------------

def luhn_ok(num: str) -> bool:
    if not num.isdigit() or len(num) < 2:
        return False
    s = 0
    for k, ch in enumerate(num[::-1]):
        v = int(ch) * (2 if k % 2 else 1)
        s += v // 10 + v % 10
    return s % 10 == 0


def aba_ok(n: str) -> bool:
    w = [3, 7, 1] * 3
    return len(n) == 9 and n.isdigit() and sum(int(c) * k for c, k in zip(n, w)) % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    moved = s[4:] + s[:4]
    num = "".join(str(ord(c) - 55) if c.isalpha() else c for c in moved)
    return int(num) % 97 == 1


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28,
            "PT": 25, "IE": 22, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "SA": 24, "AE": 23, "TR": 26, "GR": 27,
            "LU": 20, "CZ": 24}


def vin_ok(v: str) -> bool:
    trans = {}
    for c in "0123456789":
        trans[c] = int(c)
    for k, c in enumerate("ABCDEFGH"):
        trans[c] = k + 1
    for k, c in enumerate("JKLMN"):
        trans[c] = k + 1
    trans["P"], trans["R"] = 7, 9
    for k, c in enumerate("STUVWXYZ"):
        trans[c] = k + 2
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    if len(v) != 17 or set(v) & set("IOQ") or not all(c in trans for c in v):
        return False
    rem = sum(trans[c] * w for c, w in zip(v, weights)) % 11
    return v[8] == ("X" if rem == 10 else str(rem))


def dea_ok(v: str) -> bool:
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", v):
        return False
    d = [int(c) for c in v[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                    r"[AC-HJKMNP-RT-Y]{2}\d\d")

API_PREFIXES = ("sk-proj-", "sk-ant-api03-", "AKIA", "ASIA", "ghp_", "github_pat_", "xoxb-", "sk_live_", "rk_live_",
                "AIza", "glpat-", "hf_", "SG.", "npm_")


# --- reproduction and schema ------------------------------------------------------

def test_generator_reproduces_committed_file_byte_for_byte():
    assert generate.dumps(generate.build_records()) == (HERE / "prompts.jsonl").read_text(encoding="utf-8")


def test_generator_is_deterministic_across_runs():
    assert generate.dumps(generate.build_records()) == generate.dumps(generate.build_records())


def test_size_mix_and_schema():
    assert 450 <= len(RECORDS) <= 500
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "text", "spans"}
        assert re.fullmatch(r"h15-[a-z0-9-]+-\d\d", r["id"]), r["id"]
        assert r["id"].startswith("h15-neg-") == (r["kind"] == "hard_negative"), r["id"]
    assert 0.37 <= len(NEGATIVES) / len(RECORDS) <= 0.39
    assert all(not r["spans"] for r in NEGATIVES)
    assert all(r["spans"] for r in POSITIVES)
    assert {r["domain"] for r in RECORDS} == {"healthcare", "finance", "general"}
    assert {r["kind"] for r in RECORDS} == {"chat", "transcript", "note", "email", "form", "structured", "code",
                                           "hard_negative"}
    share = collections.Counter(r["domain"] for r in RECORDS)
    assert 0.35 <= share["healthcare"] / len(RECORDS) <= 0.45
    assert 0.25 <= share["finance"] / len(RECORDS) <= 0.35
    assert 0.25 <= share["general"] / len(RECORDS) <= 0.35
    templates = {i.rsplit("-", 1)[0] for i in ids}
    assert len(templates) >= 80


def test_text_lengths():
    lens = [len(r["text"]) for r in RECORDS]
    assert min(lens) >= 30 and max(lens) <= 2100
    assert 300 <= statistics.median(lens) <= 500
    assert sum(n < 100 for n in lens) >= 5 and sum(n > 1500 for n in lens) >= 3


def test_languages_and_scripts():
    text = "".join(r["text"] for r in RECORDS)
    scripts = {"cjk": r"[\u4e00-\u9fff]", "kana": r"[\u3040-\u30ff]", "hangul": r"[\uac00-\ud7af]",
               "cyrillic": r"[\u0400-\u04ff]", "arabic": r"[\u0600-\u06ff]", "devanagari": r"[\u0900-\u097f]",
               "greek": r"[\u0370-\u03ff]"}
    for name, pat in scripts.items():
        assert re.search(pat, text), name
    for word in ("Fecha de nacimiento", "Geburtsdatum" if "Geburtsdatum" in text else "geb.", "né(e) le",
                 "Telemóvel", "Beneficiario", "telefoon", "telefon", "Merhaba"):
        assert word in text, word


# --- span hygiene ----------------------------------------------------------------

def test_spans_are_clean_sorted_and_disjoint():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}
            assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            frag = r["text"][s["start"]:s["end"]]
            assert frag and frag == frag.strip(), (r["id"], frag)
            assert not any(0xE000 <= ord(c) <= 0xF8FF for c in frag), r["id"]
            prev_end = s["end"]


def test_every_entity_type_is_represented():
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    for etype in ENTITY_TYPES:
        assert counts[etype] >= 12, (etype, counts[etype])


def test_repeated_values_are_labeled_everywhere():
    """If a gold value occurs again in the same text, that occurrence is gold too."""
    for r in POSITIVES:
        text = r["text"]
        for s in r["spans"]:
            if s["entity_type"] in ("AGE", "CARD_SECURITY_CODE"):
                continue
            val = text[s["start"]:s["end"]]
            if len(val) < 5:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
                assert any(g["start"] <= m.start() and m.end() <= g["end"] for g in r["spans"]), (r["id"], val)


# --- checksums and formats of gold identifiers -----------------------------------

def test_credit_cards():
    for rid, v in _spans("CREDIT_CARD"):
        d = _digits(v)
        assert luhn_ok(d), rid
        if d[:2] in ("34", "37"):
            assert len(d) == 15, rid
        else:
            assert len(d) == 16, rid
            assert d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720 \
                or d.startswith("6011") or d.startswith("65"), rid


def test_card_track_data():
    for rid, v in _spans("CARD_TRACK_DATA"):
        m = re.fullmatch(r"%B(\d{13,19})\^[A-Z /'-]{2,26}\^\d{4}\d{3}\d*\?", v) or \
            re.fullmatch(r";(\d{13,19})=\d{4}\d{3}\d*\?", v)
        assert m and luhn_ok(m.group(1)), (rid, v)


def test_card_security_codes():
    for rid, v in _spans("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), rid


def test_ssn_and_itin():
    for rid, v in _spans("US_SSN"):
        d = _digits(v)
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", rid
        assert d[3:5] != "00" and d[5:] != "0000", rid
    for rid, v in _spans("US_ITIN"):
        d = _digits(v)
        assert len(d) == 9 and d[0] == "9", rid
        assert 70 <= int(d[3:5]) <= 88 or int(d[3:5]) in (90, 91, 92, 94, 95, 96, 97, 98, 99), rid


def test_health_identifiers():
    for rid, v in _spans("US_NPI"):
        assert re.fullmatch(r"[12]\d{9}", v) and luhn_ok("80840" + v), rid
    for rid, v in _spans("US_DEA"):
        assert dea_ok(v), (rid, v)
    for rid, v in _spans("US_MBI"):
        assert MBI_RE.fullmatch(v.replace("-", "")), (rid, v)
    for rid, v in _spans("MEDICAL_RECORD_NUMBER"):
        assert re.fullmatch(r"[A-Z0-9-]{6,12}", v) and sum(c.isdigit() for c in v) >= 6, (rid, v)
    for rid, v in _spans("HEALTH_PLAN_ID"):
        assert re.fullmatch(r"[A-Z0-9-]{8,14}", v) and sum(c.isdigit() for c in v) >= 8, (rid, v)


def test_age_only_over_89():
    for rid, v in _spans("AGE"):
        assert v.isdigit() and 89 < int(v) <= 115, (rid, v)
    # no unlabeled age over 89 anywhere ("94-year-old", "94 yo", "Age/Sex: 94F")
    pats = [re.compile(r"(?<![\w.])(\d{2,3})(?=[- ]?(?:year|yo\b|y/o|歳|岁|세|años))"),
            re.compile(r"(?i)\bage(?:/sex)?:?\s+(\d{2,3})\b")]
    for r in RECORDS:
        ages = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "AGE"]
        for m in (m for pat in pats for m in pat.finditer(r["text"])):
            if int(m.group(1)) > 89:
                assert (m.start(1), m.end(1)) in ages, (r["id"], m.group())


def test_vehicle_and_device_ids():
    for rid, v in _spans("VEHICLE_ID"):
        assert vin_ok(v), (rid, v)
    n_imei = 0
    for rid, v in _spans("DEVICE_ID"):
        if v.isdigit():
            assert len(v) == 15 and luhn_ok(v), (rid, v)
            n_imei += 1
        else:
            assert re.fullmatch(r"[A-Z]{2,3}[A-Z0-9-]{5,14}", v), (rid, v)
    assert n_imei >= 10


def test_financial_identifiers():
    for rid, v in _spans("US_ROUTING_NUMBER"):
        assert aba_ok(v), (rid, v)
        assert 1 <= int(v[:2]) <= 12 or 21 <= int(v[:2]) <= 32, (rid, v)
    for rid, v in _spans("US_BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{6,17}", v), (rid, v)
    for rid, v in _spans("IBAN_CODE"):
        compact = v.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact), (rid, v)
        assert iban_ok(compact) and len(compact) == IBAN_LEN[compact[:2]], (rid, v)
    for rid, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v), (rid, v)


def test_government_ids():
    for rid, v in _spans("US_PASSPORT"):
        assert re.fullmatch(r"(?:\d{9}|[A-Z]\d{8})", v), (rid, v)
    for rid, v in _spans("US_DRIVER_LICENSE"):
        assert re.fullmatch(r"[A-Z0-9-]{7,18}", v) and sum(c.isdigit() for c in v) >= 3, (rid, v)


def test_contact_and_location_formats():
    for rid, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), (rid, v)
    for rid, v in _spans("PHONE_NUMBER"):
        assert 9 <= len(_digits(v)) <= 13, (rid, v)
    for rid, v in _spans("STREET_ADDRESS"):
        assert re.match(r"\d", v) and re.search(r"[A-Za-z]{2}", v), (rid, v)
    for rid, v in _spans("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
    for rid, v in _spans("URL"):
        assert re.fullmatch(r"https?://\S+", v), (rid, v)
    for rid, v in _spans("IP_ADDRESS"):
        parts = v.split(".")
        assert len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts), (rid, v)
    for rid, v in _spans("DATE_TIME"):
        assert re.search(r"\d", v), (rid, v)


def test_secret_formats():
    for rid, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3, rid
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert header["typ"] == "JWT" and "alg" in header, rid
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    for rid, v in _spans("PRIVATE_KEY"):
        v = v.replace("\\n", "\n")
        v = re.sub(r"\n[ \t]+", "\n", v)
        assert re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v), rid
    for rid, v in _spans("API_KEY"):
        assert v.startswith(API_PREFIXES), (rid, v)
        assert len(v) >= 20, rid
    for rid, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 32 and not re.search(r"\s", v), (rid, v)
    for rid, v in _spans("PASSWORD"):
        assert 8 <= len(v) <= 40 and not re.search(r"\s", v), (rid, v)


# --- format entities and hard negatives --------------------------------------------

_FORMAT_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z][\w-]*"),  # not user@1.2.3.4 (ssh)
    "URL": re.compile(r"https?://[^\s\"'<>`]+"),
    "IP_ADDRESS": re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"),
}


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_every_format_entity_in_text_is_labeled(etype):
    """Format-defined entities (any e-mail, URL, IPv4) are gold wherever they occur."""
    for r in RECORDS:
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
        if etype == "EMAIL_ADDRESS":  # "key@host" inside a labeled URL (e.g. a Sentry DSN) is part of the URL
            gold += [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "URL"]
        for m in _FORMAT_PATTERNS[etype].finditer(r["text"]):
            end = m.end()
            while end > m.start() and r["text"][end - 1] in "\\.,;:)]}":
                end -= 1  # trailing JSON escapes / punctuation are not part of the entity
            assert any(a <= m.start() and end <= b for a, b in gold), (r["id"], m.group())


def test_hard_negatives_have_no_lookalike_that_validates():
    for r in NEGATIVES:
        t = r["text"]
        for m in re.finditer(r"\d(?:[ -]?\d)*", t):  # maximal digit runs
            d = _digits(m.group())
            if 13 <= len(d) <= 19 and d[0] in "3456":
                assert not luhn_ok(d), (r["id"], m.group())
        assert "http://" not in t and "https://" not in t, r["id"]
        assert not re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", t), r["id"]
        assert not re.search(r"\beyJ[\w-]{10,}\.[\w-]{10,}\.", t), r["id"]
        for pre in API_PREFIXES:
            for m in re.finditer(re.escape(pre) + r"[\w-]*", t):
                assert "REDACTED" in m.group() or len(m.group()) < 16, (r["id"], m.group())
        for m in re.finditer(r"(\d{2,3})[- ]?(?:year|yo\b|y/o)", t):
            assert int(m.group(1)) <= 89, r["id"]


def test_obfuscated_variants_present():
    gold = "".join(r["text"][s["start"]:s["end"]] for r in RECORDS for s in r["spans"])
    for ch in ("\u2011", "\u2013", "\u200d"):
        assert ch in gold, repr(ch)
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)


def test_json_payloads_parse():
    """Records that are a bare JSON document stay valid JSON after rendering (nested JSON too)."""
    n = 0
    for r in RECORDS:
        t = r["text"].strip()
        if t.startswith("{") and t.endswith("}"):
            obj = json.loads(t)
            n += 1
            stack = [obj]
            while stack:
                o = stack.pop()
                if isinstance(o, dict):
                    stack.extend(o.values())
                elif isinstance(o, list):
                    stack.extend(o)
                elif isinstance(o, str) and o[:1] in "{[" and o[-1:] in "}]":
                    stack.append(json.loads(o))
    assert n >= 30


# --- the Doc helper itself -----------------------------------------------------------

def test_doc_rejects_unplaced_and_duplicated_values():
    d = values.Doc()
    d("PERSON", "Ana Ruiz")
    with pytest.raises(AssertionError):
        d.render("nothing here")
    d = values.Doc()
    ph = d("PERSON", "Ana Ruiz")
    with pytest.raises(AssertionError):
        d.render(ph + " and " + ph)


def test_doc_survives_nested_json():
    d = values.Doc()
    key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"
    inner = values.jd({"k": d("PRIVATE_KEY", key), "who": d("PERSON", "Zoë \"Z\" Ng")})
    outer = values.jd({"args": inner, "mail": d("EMAIL_ADDRESS", "z.ng@example.org")})
    text, spans = d.render(outer)
    parsed = json.loads(text)
    assert json.loads(parsed["args"]) == {"k": key, "who": "Zoë \"Z\" Ng"}
    got = {s["entity_type"]: text[s["start"]:s["end"]] for s in spans}
    assert got["PRIVATE_KEY"] == json.dumps(json.dumps(key)[1:-1])[1:-1]
    assert got["EMAIL_ADDRESS"] == "z.ng@example.org"
