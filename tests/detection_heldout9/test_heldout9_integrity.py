"""Integrity of the held-out-9 corpus: reproducible, well-formed, checksums valid, negatives clean.

Imports nothing from hushgate and scores no detector: these tests only check the
gold itself.  Helpers are loaded by file path so that the module names cannot
collide with other test folders on pytest's import path.
"""

from __future__ import annotations

import collections
import datetime
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location("h9_loaded_" + name, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate")  # puts HERE on sys.path, then imports the h9_* helpers
V = generate.values
POS = generate.pos
NEG = generate.neg

RECORDS = [json.loads(line) for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]
LABELED = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]
ENTITY_TYPES = set(V.ENTITY_TYPES)


def _spans(etype):
    for r in LABELED:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r, s, r["text"][s["start"]:s["end"]]


# ---------------------------------------------------------------------------
# reproducibility
# ---------------------------------------------------------------------------

def test_generator_reproduces_committed_file_byte_for_byte():
    assert generate.dumps(generate.build_records()) == (HERE / "prompts.jsonl").read_text(encoding="utf-8")


def test_generator_is_deterministic():
    assert generate.dumps(generate.build_records()) == generate.dumps(generate.build_records())


def test_generate_check_cli_passes():
    proc = subprocess.run([sys.executable, str(HERE / "generate.py"), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


# ---------------------------------------------------------------------------
# schema and composition
# ---------------------------------------------------------------------------

def test_schema_ids_and_kinds():
    ids = [r["id"] for r in RECORDS]
    assert ids == ["h9-%04d" % i for i in range(1, len(RECORDS) + 1)]
    pos_names = {t[0] for t in POS.TEMPLATES}
    neg_names = {t[0] for t in NEG.TEMPLATES}
    assert len(pos_names) == len(POS.TEMPLATES) and len(neg_names) == len(NEG.TEMPLATES), "duplicate template names"
    assert not pos_names & neg_names
    for r in RECORDS:
        assert set(r) == {"id", "domain", "kind", "format", "template", "text", "spans"}, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        if r["kind"] == "hard_negative":
            assert r["spans"] == [] and r["template"] in neg_names, r["id"]
        else:
            assert r["kind"] == r["format"] and r["spans"] and r["template"] in pos_names, r["id"]
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "duplicate texts"


def test_composition():
    assert 400 <= len(RECORDS) <= 500
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    assert len(POS.TEMPLATES) >= 60 and len(NEG.TEMPLATES) >= 40
    used = {r["template"] for r in RECORDS}
    assert used == {t[0] for t in POS.TEMPLATES} | {t[0] for t in NEG.TEMPLATES}
    assert len({r["domain"] for r in RECORDS}) >= 10
    assert len({r["format"] for r in RECORDS}) >= 15
    lengths = [len(r["text"]) for r in RECORDS]
    assert min(lengths) < 250 and max(lengths) > 1000


def test_every_entity_type_is_covered():
    counts = collections.Counter(s["entity_type"] for r in LABELED for s in r["spans"])
    assert set(counts) == ENTITY_TYPES
    for t in ENTITY_TYPES:
        assert counts[t] >= 5, t


def test_structured_bodies_parse():
    for r in RECORDS:
        if r["format"] in ("json", "tool_call"):
            json.loads(r["text"])
        elif r["format"] == "fhir":
            json.loads(r["text"][r["text"].index("{"):])


# ---------------------------------------------------------------------------
# span hygiene
# ---------------------------------------------------------------------------

def test_spans_in_bounds_typed_sorted_and_disjoint():
    """No overlaps and no nesting at all: every gold span is disjoint from the others."""
    for r in LABELED:
        prev_end = 0
        for s in r["spans"]:
            assert s["entity_type"] in ENTITY_TYPES, (r["id"], s)
            assert isinstance(s["start"], int) and isinstance(s["end"], int)
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            frag = r["text"][s["start"]:s["end"]]
            assert frag == frag.strip(), (r["id"], frag)
            prev_end = s["end"]


_MT_HEADER = re.compile(r"(?:\{1:F01|\{2:I103)$")


def test_spans_do_not_cut_tokens():
    """Gold never starts or ends inside an alphanumeric token (BICs glued into MT103 header blocks excepted)."""
    for r in LABELED:
        t = r["text"]
        for s in r["spans"]:
            before = t[s["start"] - 1] if s["start"] else " "
            after = t[s["end"]] if s["end"] < len(t) else " "
            if s["entity_type"] == "SWIFT_CODE" and _MT_HEADER.search(t[:s["start"]]):
                continue
            assert not before.isalnum() and not after.isalnum(), (r["id"], t[s["start"]:s["end"]])


# ---------------------------------------------------------------------------
# checksummed and fixed-format values
# ---------------------------------------------------------------------------

def _d(v):
    return V.only_digits(v)


def test_credit_cards_luhn_and_brand():
    for r, _, v in _spans("CREDIT_CARD"):
        n = V.normalize(v)
        assert re.fullmatch(r"\d[\d -]*\d", n), (r["id"], v)
        assert V.card_valid(_d(v)), (r["id"], v)


def test_card_security_codes():
    for r, _, v in _spans("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), (r["id"], v)


def test_card_track_data():
    t1 = re.compile(r"%B(\d{12,19})\^[A-Z' /.-]{2,26}\^\d{4}\d{3}\d*\?")
    t2 = re.compile(r";(\d{12,19})=\d{4}\d{3}\d*\?")
    for r, _, v in _spans("CARD_TRACK_DATA"):
        m = t1.fullmatch(v) or t2.fullmatch(v)
        assert m and V.card_valid(m.group(1)), (r["id"], v)


def test_ssn_and_itin():
    for r, _, v in _spans("US_SSN"):
        n = V.normalize(v)
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", n), (r["id"], v)
        assert V.ssn_valid(_d(v)), (r["id"], v)
    for r, _, v in _spans("US_ITIN"):
        assert re.fullmatch(r"9\d{2}([- ]?)\d{2}\1\d{4}", v), (r["id"], v)
        assert V.itin_valid(_d(v)), (r["id"], v)


def test_npi_dea_mbi():
    for r, _, v in _spans("US_NPI"):
        assert V.npi_valid(v), (r["id"], v)
    for r, _, v in _spans("US_DEA"):
        assert V.dea_valid(v), (r["id"], v)
    for r, _, v in _spans("US_MBI"):
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{3}-[0-9A-Z]{4}|[0-9A-Z]{11}", v), (r["id"], v)
        assert V.mbi_valid(v), (r["id"], v)


def test_iban_routing_swift_vin():
    for r, _, v in _spans("IBAN_CODE"):
        assert V.iban_valid(v), (r["id"], v)
        if " " in v:
            assert all(len(p) == 4 for p in v.split(" ")[:-1]), (r["id"], v)
    for r, _, v in _spans("US_ROUTING_NUMBER"):
        assert V.aba_valid(v), (r["id"], v)
    for r, _, v in _spans("SWIFT_CODE"):
        assert V.SWIFT_RE.fullmatch(v), (r["id"], v)
    for r, _, v in _spans("VEHICLE_ID"):
        assert V.vin_valid(v), (r["id"], v)


def test_device_ids():
    for r, _, v in _spans("DEVICE_ID"):
        if v.isdigit():
            assert V.imei_valid(v), (r["id"], v)
        elif V.MAC_RE.fullmatch(v):
            pass
        else:
            assert re.fullmatch(r"[A-Z0-9-]{10,16}", v) and re.search(r"\d", v), (r["id"], v)


def test_secrets():
    for r, _, v in _spans("JWT"):
        assert V.jwt_valid(v), (r["id"], v)
    for r, _, v in _spans("PRIVATE_KEY"):
        pem = v.replace("\\n", "\n")
        pem = "\n".join(line.strip() for line in pem.split("\n"))
        assert V.PEM_RE.fullmatch(pem), (r["id"], v[:40])
    for r, _, v in _spans("API_KEY"):
        assert v.startswith(V.API_KEY_PREFIXES) and len(v) >= 20, (r["id"], v)
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+", v), (r["id"], v)
    for r, _, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 32 and not v.startswith(V.API_KEY_PREFIXES), (r["id"], v)
        assert not re.search(r"\s", v), (r["id"], v)
    for r, _, v in _spans("PASSWORD"):
        assert 4 <= len(v) <= 64 and not re.search(r"\s", v), (r["id"], v)


# ---------------------------------------------------------------------------
# synthetic contact data and other formats
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
URL_RE = re.compile(r"https?://[^\s\"'<>\\`]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\.?\d)")


def test_emails_urls_ips_are_synthetic():
    for r, _, v in _spans("EMAIL_ADDRESS"):
        assert EMAIL_RE.fullmatch(v), (r["id"], v)
        assert V.synthetic_domain(v.rsplit("@", 1)[1]), (r["id"], v)
    for r, _, v in _spans("URL"):
        m = re.fullmatch(r"https?://([A-Za-z0-9.-]+)(?::\d+)?(?:[/?#]\S*)?", v)
        assert m, (r["id"], v)
        host = m.group(1).lower()
        assert V.synthetic_domain(host) or host in V.PUBLIC_URL_HOSTS, (r["id"], v)
    for r, _, v in _spans("IP_ADDRESS"):
        assert V.synthetic_ip(v), (r["id"], v)


def test_phone_numbers():
    for r, _, v in _spans("PHONE_NUMBER"):
        n = V.normalize(v)
        assert re.fullmatch(r"\+?[\d(][\d ().-]*\d", n), (r["id"], v)
        d = _d(v)
        assert 10 <= len(d) <= 13, (r["id"], v)
        if n.startswith("+1") or (len(d) == 10 and not n.startswith("0")):
            us = d[-10:]
            assert us[3:6] == "555" and us[6:8] == "01", (r["id"], v)  # fictional 555-01xx range


def test_zip_age_street():
    for r, _, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), (r["id"], v)
    for r, _, v in _spans("AGE"):
        assert v.isdigit() and 90 <= int(v) <= 120, (r["id"], v)
    for r, _, v in _spans("STREET_ADDRESS"):
        assert re.search(r"\d", v) and len(v) >= 8, (r["id"], v)


_MONTHS = {m.lower(): i + 1 for names in (V.MONTHS_EN, V.MONTHS_ES, V.MONTHS_FR, V.MONTHS_IT, V.MONTHS_DE)
           for i, m in enumerate(names)}


def _parse_date(v: str) -> datetime.date | None:
    v = v.strip()
    pats = [
        (r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?", "ymd"),
        (r"(\d{4})(\d{2})(\d{2})(?:\d{4})?", "ymd"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "mdy_or_dmy"),
        (r"(\d{2})\.(\d{2})\.(\d{4})", "dmy"),
        (r"(\d{2})-([A-Z]{3})-(\d{4})", "dMy"),
        (r"([A-Za-z]+) (\d{1,2}), (\d{4})", "Mdy"),
        (r"(\d{1,2}) ([A-Za-z]{3}) (\d{4})", "dMy"),
        (r"(\d{1,2}) de ([a-z]+) de (\d{4})", "dMy"),
        (r"(\d{1,2})\.? ([^\W\d]+) (\d{4})", "dMy"),
    ]
    for pat, kind in pats:
        m = re.fullmatch(pat, v)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if kind == "ymd":
                return datetime.date(int(a), int(b), int(c))
            if kind == "dmy":
                return datetime.date(int(c), int(b), int(a))
            if kind == "mdy_or_dmy":
                try:
                    return datetime.date(int(c), int(a), int(b))
                except ValueError:
                    return datetime.date(int(c), int(b), int(a))
            if kind == "Mdy":
                return datetime.date(int(c), _MONTHS[a.lower()], int(b))
            if kind == "dMy":
                mon = b.lower()
                month = _MONTHS.get(mon) or next(i for n, i in _MONTHS.items() if n[:3] == mon[:3])
                return datetime.date(int(c), month, int(a))
        except (ValueError, KeyError, StopIteration):
            return None
    return None


def test_dates_parse_and_are_plausible():
    for r, _, v in _spans("DATE_TIME"):
        d = _parse_date(v)
        assert d is not None, (r["id"], v)
        assert datetime.date(1915, 1, 1) <= d <= V.REF_DATE + datetime.timedelta(days=30), (r["id"], v)


def test_ages_agree_with_birth_dates_where_both_are_given():
    """When a record labels exactly one AGE and one birth date next to it, they are consistent."""
    for r in LABELED:
        ages = [s for s in r["spans"] if s["entity_type"] == "AGE"]
        if len(ages) != 1:
            continue
        age = int(r["text"][ages[0]["start"]:ages[0]["end"]])
        births = [s for s in r["spans"] if s["entity_type"] == "DATE_TIME"
                  and re.search(r"(?i)(dob|birth|born)\W{0,4}(\w+\W+){0,2}$", r["text"][max(0, s["start"] - 40):s["start"]])]
        for s in births[:1]:
            d = _parse_date(r["text"][s["start"]:s["end"]])
            assert abs(V.age_on(d) - age) <= 1, (r["id"], age, d)


def _name_tokens():
    toks = set()
    for n in V.FIRST_NAMES + V.LAST_NAMES:
        for t in n.split():
            toks.add(t.lower())
            toks.add(V._ascii(t).lower())
    return toks


def test_person_names_are_from_the_synthetic_pools():
    toks = _name_tokens()
    for r, _, v in _spans("PERSON"):
        parts = [p for p in re.split(r"[ ,^*]+", v.replace("''", "'")) if p]
        assert parts, (r["id"], v)
        for p in parts:
            assert p.lower() in toks or re.fullmatch(r"[A-Z]", p), (r["id"], v, p)


# Context cues a human reader relies on for identifiers that have no self-evident format.
CUES = {
    "MEDICAL_RECORD_NUMBER": ("mrn", "medical record", "^mr", '"code": "mr"'),
    "HEALTH_PLAN_ID": ("member", "subscriber id", "afiliado", "mi*"),
    "US_BANK_ACCOUNT": ("account", "acct"),
    "US_PASSPORT": ("passport", "passeport", "passaporto"),
    "US_DRIVER_LICENSE": ("license", "licence"),
    "VEHICLE_ID": ("vin",),
    "CARD_SECURITY_CODE": ("cvv", "cvc", "security code"),
    "US_ROUTING_NUMBER": ("routing", "aba"),
    "US_MBI": ("medicare", "mbi"),
    "US_NPI": ("npi", "xx*", "pv1|"),
    "US_DEA": ("dea",),
    "US_ITIN": ("itin",),
    "SWIFT_CODE": ("bic", "swift", ":52a:", ":57a:", "{1:f01", "{2:i103"),
}


def _context(r, s):
    t = r["text"]
    ctx = t[max(0, s["start"] - 120):min(len(t), s["end"] + 8)]
    if r["format"] in ("csv", "markdown"):
        ctx = t[:s["start"]]  # the header row names the column
    elif r["format"] == "hl7":
        eol = t.find("\n", s["end"])
        ctx = t[t.rfind("\n", 0, s["start"]) + 1:eol if eol >= 0 else len(t)]  # the segment line (PID-3 ^MR, PID-19)
    return ctx.lower()


@pytest.mark.parametrize("etype", sorted(CUES))
def test_context_keyed_identifiers_have_a_cue(etype):
    for r, s, v in _spans(etype):
        ctx = _context(r, s)
        assert any(c in ctx for c in CUES[etype]), (r["id"], v)


def test_bare_ssns_and_device_serials_have_a_cue():
    for r, s, v in _spans("US_SSN"):
        if V.normalize(v).isdigit():
            assert any(c in _context(r, s) for c in ("ssn", "social", "pid|")), (r["id"], v)
    for r, s, v in _spans("DEVICE_ID"):
        if not v.isdigit() and not V.MAC_RE.fullmatch(v):
            assert any(c in _context(r, s) for c in ("serial", "série", "device")), (r["id"], v)


def test_obfuscated_values_are_present_and_normalise():
    gold = [v for t in ENTITY_TYPES for _, _, v in _spans(t)]
    joined = "".join(gold)
    assert "\u2011" in joined or "\u2013" in joined or "\u200d" in joined
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in joined)


# ---------------------------------------------------------------------------
# format entities are labeled wherever they occur in labeled records
# ---------------------------------------------------------------------------

def _covered(r, start, end, types):
    return any(s["start"] <= start and end <= s["end"] and s["entity_type"] in types for s in r["spans"])


def test_every_email_url_ipv4_in_labeled_text_is_gold():
    for r in LABELED:
        t = r["text"]
        for m in EMAIL_RE.finditer(t):
            assert _covered(r, m.start(), m.end(), {"EMAIL_ADDRESS"}), (r["id"], m.group())
        for m in URL_RE.finditer(t):
            end = m.end() - (len(m.group()) - len(m.group().rstrip(".,;:)]")))
            assert _covered(r, m.start(), end, {"URL"}), (r["id"], m.group())
        for m in IPV4_RE.finditer(t):
            assert _covered(r, m.start(), m.end(), {"IP_ADDRESS", "URL"}), (r["id"], m.group())


def test_card_shaped_and_ssn_shaped_values_in_labeled_text_are_gold():
    for r in LABELED:
        t = V.normalize(r["text"])  # same length as the original for every obfuscation used
        if len(t) != len(r["text"]):
            continue
        for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])", t):
            if V.card_valid(_d(m.group())):
                assert _covered(r, m.start(), m.end(), {"CREDIT_CARD", "CARD_TRACK_DATA", "DEVICE_ID",
                                                        "US_BANK_ACCOUNT"}), (r["id"], m.group())
        for m in re.finditer(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", t):
            assert _covered(r, m.start(), m.end(), {"US_SSN", "US_ITIN"}), (r["id"], m.group())


# ---------------------------------------------------------------------------
# hard negatives are free of obvious PII
# ---------------------------------------------------------------------------

KEY_PREFIX_RE = re.compile(r"(?<![A-Za-z0-9])(?:sk-|sk_live_|rk_live_|pk_live_|whsec_|AKIA|ASIA|ghp_|gho_|github_pat_|"
                           r"xox[abp]-|AIza|glpat-|hf_|SG\.|npm_|pypi-|dop_v1_)[A-Za-z0-9_\-]{10,}")
AGE_RES = (
    re.compile(r"\b(\d{2,3})[- ](?:years?|yrs?)[- ]old\b", re.I),
    re.compile(r"\b(\d{2,3})[- ]?(?:yo|y/o|y\.o\.)(?![a-z])", re.I),
    re.compile(r"\b(?:age|aged)\s*[:=]?\s*(\d{2,3})\b", re.I),
    re.compile(r"\b(\d{2,3})\s+(?:Jahre|años|ans|anni|anos)\b"),
)


def _digit_runs(text):
    for m in re.finditer(r"\d+(?:[ \-\u2011\u2013]\d+)*", text):
        yield m.group()
    for m in re.finditer(r"\d{13,}", text):
        yield m.group()


@pytest.mark.parametrize("rec", NEGATIVES, ids=[r["id"] for r in NEGATIVES])
def test_hard_negative_is_pii_free(rec):
    t = rec["text"]
    n = V.normalize(t)
    assert not EMAIL_RE.search(n), EMAIL_RE.search(n).group()
    assert not re.search(r"https?://|www\.", n, re.I)
    assert not IPV4_RE.search(n), IPV4_RE.search(n).group()
    assert not KEY_PREFIX_RE.search(n), KEY_PREFIX_RE.search(n).group()
    assert "-----BEGIN" not in n and "PRIVATE KEY-----" not in n
    assert not re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", n)
    assert not re.search(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.", n)
    for run in _digit_runs(n):
        d = re.sub(r"\D", "", run)
        if 13 <= len(d) <= 19:
            assert not V.luhn_valid(d), run
    for rx in AGE_RES:
        for m in rx.finditer(n):
            assert int(m.group(1)) < 90, m.group()
