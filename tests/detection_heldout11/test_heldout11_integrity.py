"""Integrity of the held-out set's gold labels (no detector is imported or run here)."""

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


def _load(name, alias):
    spec = importlib.util.spec_from_file_location(alias, HERE / (name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


generate = _load("generate", "h11_heldout11_generate")
values = _load("h11_values", "h11_heldout11_values")

RECORDS = [
    json.loads(line)
    for line in (HERE / "prompts.jsonl").read_text(encoding="utf-8").splitlines()
]
POSITIVES = [r for r in RECORDS if r["kind"] != "hard_negative"]
NEGATIVES = [r for r in RECORDS if r["kind"] == "hard_negative"]
ALLOWED_TYPES = frozenset(values.ENTITY_TYPES)


def _norm(s):
    """Undo the deliberate obfuscations (NFKC, zero-width characters, Unicode dashes) and JSON escaping."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", s)


def _spans(etype):
    for r in RECORDS:
        for s in r["spans"]:
            if s["entity_type"] == etype:
                yield r["id"], _norm(r["text"][s["start"] : s["end"]])


def _digits(s):
    return re.sub(r"\D", "", s)


# --------------------------------------------------------------------------- reproducibility


def test_generate_check_cli_passes():
    proc = subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_generator_reproduces_committed_file_byte_for_byte():
    assert generate.dumps(generate.build_records()) == (
        HERE / "prompts.jsonl"
    ).read_text(encoding="utf-8")


def test_generator_is_deterministic_across_runs():
    assert generate.dumps(generate.build_records()) == generate.dumps(
        generate.build_records()
    )


def test_stats_cli_runs():
    proc = subprocess.run(
        [sys.executable, str(HERE / "generate.py"), "--stats"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and "hard negatives" in proc.stdout


# --------------------------------------------------------------------------- shape


def test_record_schema_and_ids():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        assert list(r) == ["id", "domain", "kind", "text", "spans"], r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert re.fullmatch(r"[a-z0-9_]+-\d{2}", r["id"]), r["id"]
        assert r["domain"] in generate.DOMAINS and r["kind"] in generate.KINDS, r["id"]
        for s in r["spans"]:
            assert set(s) == {"start", "end", "entity_type"}, r["id"]
            assert all(isinstance(s[k], int) for k in ("start", "end")), r["id"]
    assert {r["domain"] for r in RECORDS} == set(generate.DOMAINS)
    assert {r["kind"] for r in RECORDS} == set(generate.KINDS)
    templates = {i.rsplit("-", 1)[0] for i in ids}
    assert len(templates) >= 150


def test_size_and_hard_negative_share():
    assert 450 <= len(RECORDS) <= 500
    share = len(NEGATIVES) / len(RECORDS)
    assert 0.35 <= share <= 0.40, share
    assert all(r["spans"] for r in POSITIVES)
    assert all(not r["spans"] for r in NEGATIVES)
    cats = generate.negative_categories()
    assert len({cats[r["id"].rsplit("-", 1)[0]] for r in NEGATIVES}) >= 30


def test_texts_are_unique():
    texts = [r["text"] for r in RECORDS]
    assert len(texts) == len(set(texts))


def test_spans_in_bounds_sorted_disjoint_and_clean():
    for r in RECORDS:
        prev_end = 0
        for s in r["spans"]:
            assert s["entity_type"] in ALLOWED_TYPES, (r["id"], s)
            assert prev_end <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            frag = r["text"][s["start"] : s["end"]]
            assert frag == frag.strip() and frag, (r["id"], frag)
            opening = (
                "\"'`<[{"
                if s["entity_type"] in ("PHONE_NUMBER", "DEVICE_ID")
                else "\"'`<([{"
            )
            assert frag[0] not in opening and frag[-1] not in "\"'`>)]},;:", (
                r["id"],
                frag,
            )
            prev_end = s["end"]


def test_every_entity_type_is_represented():
    counts = collections.Counter(s["entity_type"] for r in RECORDS for s in r["spans"])
    assert set(counts) == ALLOWED_TYPES
    for etype in ALLOWED_TYPES:
        assert counts[etype] >= 10, etype


def test_obfuscated_variants_present():
    gold = "".join(
        r["text"][s["start"] : s["end"]] for r in RECORDS for s in r["spans"]
    )
    for ch in ("\u2011", "\u2013", "\u200d", "\u200b"):
        assert ch in gold, repr(ch)
    assert any(0xFF10 <= ord(c) <= 0xFF19 for c in gold)


# --------------------------------------------------------------------------- checksums and formats of gold values


def test_credit_cards_luhn_and_brand_lengths():
    for rid, v in _spans("CREDIT_CARD"):
        d = _digits(v)
        assert values.luhn_valid(d), (rid, v)
        if d[:2] in ("34", "37"):
            assert len(d) == 15, rid
        else:
            assert len(d) == 16 and (d[0] in "456" or 2221 <= int(d[:4]) <= 2720), rid


def test_card_security_codes_and_track_data():
    for rid, v in _spans("CARD_SECURITY_CODE"):
        assert re.fullmatch(r"\d{3,4}", v), (rid, v)
    for rid, v in _spans("CARD_TRACK_DATA"):
        m = re.fullmatch(
            r"%B(\d{13,19})\^[A-Z /]{2,26}\^(\d{4})\d+\?", v
        ) or re.fullmatch(r";(\d{13,19})=(\d{4})\d+\?", v)
        assert m, (rid, v)
        assert values.luhn_valid(m.group(1)), rid


def test_ssn_and_itin_rules():
    for rid, v in _spans("US_SSN"):
        d = _digits(v)
        assert values.ssn_valid(d), (rid, v)
    for rid, v in _spans("US_ITIN"):
        d = _digits(v)
        assert len(d) == 9 and d[0] == "9" and 70 <= int(d[3:5]) <= 88, (rid, v)


def test_npi_dea_mbi():
    for rid, v in _spans("US_NPI"):
        assert values.npi_valid(v), (rid, v)
    for rid, v in _spans("US_DEA"):
        assert (
            re.fullmatch(r"[A-Z]{2}\d{7}", v) and values.dea_check_digit(v[2:8]) == v[8]
        ), (rid, v)
    for rid, v in _spans("US_MBI"):
        assert values.MBI_RE.fullmatch(v.replace("-", "")), (rid, v)
        assert re.fullmatch(r"\w{11}|\w{4}-\w{3}-\w{4}", v), (rid, v)


def test_banking_identifiers():
    for rid, v in _spans("US_ROUTING_NUMBER"):
        assert values.aba_valid(v), (rid, v)
        assert int(v[:2]) in set(range(1, 13)) | set(range(21, 33)), (rid, v)
    for rid, v in _spans("IBAN_CODE"):
        compact = v.replace(" ", "")
        assert values.iban_valid(compact), (rid, v)
        assert len(compact) == values.IBAN_LENGTHS[compact[:2]], (rid, v)
    for rid, v in _spans("SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-Z0-9]([A-Z0-9]{3})?", v), (
            rid,
            v,
        )
    for rid, v in _spans("US_BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{8,12}", v), (rid, v)


def test_vehicle_and_device_ids():
    for rid, v in _spans("VEHICLE_ID"):
        if len(v) == 17 and v.isalnum():
            assert not set(v) & set("IOQ") and values.vin_check_char(v) == v[8], (
                rid,
                v,
            )
        else:
            assert re.fullmatch(r"[A-Z0-9]{2,4}[ -]?[A-Z0-9]{3,4}", v), (rid, v)
    for rid, v in _spans("DEVICE_ID"):
        if v.isdigit():
            assert len(v) == 15 and values.luhn_valid(v), (rid, v)  # IMEI
        elif v.startswith("(01)"):
            gtin = v[4:18]
            assert gtin.isdigit() and values.gs1_check_digit(gtin[:-1]) == gtin[-1], (
                rid,
                v,
            )
        else:
            assert re.fullmatch(r"[A-Z0-9-]{8,16}", v), (rid, v)


def test_person_health_and_travel_ids_have_plausible_shape():
    for rid, v in _spans("US_PASSPORT"):
        assert re.fullmatch(r"\d{9}|[A-Z]\d{8}", v), (rid, v)
    for rid, v in _spans("US_DRIVER_LICENSE"):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{6,18}[A-Z0-9]", v) and re.search(
            r"\d", v
        ), (rid, v)
    for etype in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID"):
        for rid, v in _spans(etype):
            assert re.search(r"\d{4}", v.replace(" ", "").replace("-", "")), (rid, v)
    for rid, v in _spans("US_ZIP_CODE"):
        assert re.fullmatch(r"\d{5}(-?\d{4})?", v), (rid, v)
    for rid, v in _spans("AGE"):
        assert v.isdigit() and 0 <= int(v) <= 120, (rid, v)
    for rid, v in _spans("DATE_TIME"):
        assert re.search(r"\d", v), (rid, v)


RESERVED_HOST = re.compile(
    r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(example|test|invalid|localhost)|example)$"
)


def test_email_and_url_hosts_are_reserved():
    for rid, v in _spans("EMAIL_ADDRESS"):
        assert re.fullmatch(r"[\w.+-]+@[\w.-]+", v), (rid, v)
        assert RESERVED_HOST.search(v.split("@", 1)[1].lower()), (rid, v)
    for rid, v in _spans("URL"):
        m = re.fullmatch(r"https?://([\w.-]+)(:\d+)?([/?#].*)?", v)
        assert m and RESERVED_HOST.search(m.group(1).lower()), (rid, v)


_SAFE_NETS = [
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "2001:db8::/32",
    )
]


def test_ip_addresses_are_private_or_documentation():
    for rid, v in _spans("IP_ADDRESS"):
        ip = ipaddress.ip_address(v)
        assert any(ip in n for n in _SAFE_NETS), (rid, v)


def test_us_phone_numbers_are_fictional_555_01xx():
    n_us = 0
    for rid, v in _spans("PHONE_NUMBER"):
        if (v.startswith("+") and not v.startswith("+1")) or v.startswith("0"):
            continue  # other countries' formats
        d = _digits(v)
        if len(d) == 11:
            assert d[0] == "1", (rid, v)
            d = d[1:]
        assert len(d) == 10 and d[3:8] == "55501", (rid, v)
        n_us += 1
    assert n_us >= 50


def test_secret_formats():
    for rid, v in _spans("JWT"):
        parts = v.split(".")
        assert len(parts) == 3, rid
        header = json.loads(
            base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4))
        )
        assert header.get("typ") == "JWT" and "alg" in header, rid
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    for rid, v in _spans("PRIVATE_KEY"):
        v = v.replace("\\n", "\n")
        assert re.fullmatch(
            r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v
        ), rid
    prefixes = (
        "sk-proj-",
        "sk-ant-api03-",
        "sk-",
        "AKIA",
        "ghp_",
        "github_pat_",
        "xoxb-",
        "xoxp-",
        "sk_live_",
        "rk_live_",
        "AIza",
    )
    for rid, v in _spans("API_KEY"):
        assert v.startswith(prefixes), (rid, v)
        assert len(v) >= 20 and " " not in v, (rid, v)
    for rid, v in _spans("PASSWORD"):
        assert len(v) >= 8 and not re.search(r"\s", v), (rid, v)
    for rid, v in _spans("HIGH_ENTROPY_SECRET"):
        assert len(v) >= 16 and not re.search(r"\s", v), (rid, v)


# --------------------------------------------------------------------------- labeling completeness


_FORMAT_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "URL": re.compile(r"https?://[^\s\"'<>\\]+"),
    "IP_ADDRESS": re.compile(
        r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
        r"|2001:db8:[0-9a-f:]+"
    ),
}
_CREDENTIALS = {"PASSWORD", "API_KEY", "HIGH_ENTROPY_SECRET", "PRIVATE_KEY", "JWT"}


@pytest.mark.parametrize("etype", sorted(_FORMAT_PATTERNS))
def test_every_format_entity_in_positive_text_is_labeled(etype):
    """Any e-mail, URL or IP in a positive is gold of its type (or lies inside a labeled credential)."""
    for r in POSITIVES:
        gold = [(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == etype]
        creds = [
            (s["start"], s["end"])
            for s in r["spans"]
            if s["entity_type"] in _CREDENTIALS
        ]
        for m in _FORMAT_PATTERNS[etype].finditer(r["text"]):
            if etype == "EMAIL_ADDRESS" and re.fullmatch(
                r"[\d.]+", m.group().split("@")[1]
            ):
                continue  # user@host in an ssh command: the host is the (labeled) IP, not an e-mail
            covered = any(a <= m.start() and m.end() <= b + 1 for a, b in gold)
            in_cred = any(a <= m.start() < b for a, b in creds)
            assert covered or in_cred, (r["id"], m.group())


HL7_EXPECT = {
    ("PID", 3): {"MEDICAL_RECORD_NUMBER"},
    ("PID", 5): {"PERSON"},
    ("PID", 7): {"DATE_TIME"},
    ("PID", 11): {"STREET_ADDRESS"},
    ("PID", 13): {"PHONE_NUMBER"},
    ("PID", 19): {"US_SSN"},
    ("PID", 20): {"US_DRIVER_LICENSE"},
    ("NK1", 2): {"PERSON"},
    ("NK1", 5): {"PHONE_NUMBER"},
    ("PV1", 7): {"US_NPI", "PERSON"},
    ("PV1", 44): {"DATE_TIME"},
    ("IN1", 16): {"PERSON"},
    ("IN1", 18): {"DATE_TIME"},
    ("IN1", 36): {"HEALTH_PLAN_ID"},
    ("ORC", 12): {"PERSON"},
    ("OBR", 7): {"DATE_TIME"},
    ("OBR", 16): {"US_NPI", "PERSON"},
}
HL7_UNLABELED = {("MSH", 7), ("EVN", 2), ("PV1", 19), ("OBX", 5)}


def _hl7_fields(r):
    """Yield (segment, HL7 field number, start, end) for every v2 segment line in a record."""
    text, offset = r["text"], 0
    for line in text.split("\n"):
        m = re.match(r"([A-Z][A-Z0-9]{2})\|", line)
        if m:
            seg = m.group(1)
            pos = offset + 4
            fields = line[4:].split("|")
            for i, f in enumerate(fields):
                # MSH-1 is the field separator itself, so after "MSH|" the first field is MSH-2
                num = i + 2 if seg == "MSH" else i + 1
                yield seg, num, pos, pos + len(f)
                pos += len(f) + 1
        offset += len(line) + 1


def test_hl7_v2_field_positions_carry_the_expected_labels():
    checked = 0
    for r in POSITIVES:
        if r["kind"] != "interchange" or "MSH|^~\\&|" not in r["text"]:
            continue
        for seg, num, a, b in _hl7_fields(r):
            inside = {
                s["entity_type"]
                for s in r["spans"]
                if a <= s["start"] and s["end"] <= b
            }
            crossing = [
                s
                for s in r["spans"]
                if s["start"] < b
                and s["end"] > a
                and not (a <= s["start"] and s["end"] <= b)
            ]
            assert not crossing, (r["id"], seg, num)
            if (seg, num) in HL7_EXPECT and b > a:
                assert HL7_EXPECT[(seg, num)] <= inside, (r["id"], seg, num, inside)
                checked += 1
            if (seg, num) in HL7_UNLABELED:
                assert not inside, (r["id"], seg, num, inside)
            if seg == "MSH" and num == 2:
                assert r["text"][a:b] == "^~\\&", r["id"]
            if (seg, num) == ("PID", 11) and b > a:
                comps = r["text"][a:b].split("^")
                assert len(comps) >= 5 and re.fullmatch(r"\d{5}(-\d{4})?", comps[4]), (
                    r["id"],
                    comps,
                )
    assert checked >= 50


def test_x12_spans_stay_inside_one_element():
    for r in POSITIVES:
        if "~" not in r["text"] or "ST*" not in r["text"]:
            continue
        for s in r["spans"]:
            frag = r["text"][s["start"] : s["end"]]
            assert "*" not in frag and "~" not in frag, (r["id"], frag)


# --------------------------------------------------------------------------- hard negatives stay clean


_SECRET_SHAPES = re.compile(
    r"\bsk-[A-Za-z0-9_-]{16,}|\bsk-ant-|\bAKIA[A-Z0-9]{12,}|\bghp_[A-Za-z0-9]{20,}|"
    r"github_pat_|\bxox[bpas]-\d|\b[rs]k_live_|\bAIza[\w-]{20,}|-----BEGIN|\beyJ[\w-]{10,}\.|"
    r"\bwhsec_"
)


def test_hard_negatives_have_no_format_entities_or_credentials():
    for r in NEGATIVES:
        t = r["text"]
        assert "http://" not in t and "https://" not in t and "mailto:" not in t, r[
            "id"
        ]
        for pat in _FORMAT_PATTERNS.values():
            assert not pat.search(t), (r["id"], pat.search(t).group())
        assert not _SECRET_SHAPES.search(t), (r["id"], _SECRET_SHAPES.search(t).group())


def test_hard_negative_lookalikes_are_invalid():
    for r in NEGATIVES:
        t = r["text"]
        for m in re.finditer(
            r"\d(?:[ -]?\d)*", t
        ):  # maximal digit runs, spaces/dashes allowed
            d = _digits(m.group())
            if len(d) in (15, 16) and d[0] in "3456":
                assert not values.luhn_valid(d), (r["id"], m.group())
        for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", t):
            d = _digits(m.group())
            assert not values.ssn_valid(d), (r["id"], m.group())
            assert not (d[0] == "9" and 70 <= int(d[3:5]) <= 88), (r["id"], m.group())
        for m in re.finditer(
            r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", t
        ):
            compact = m.group().replace(" ", "")
            if compact[:2] in values.IBAN_LENGTHS:
                assert not values.iban_valid(compact), (r["id"], m.group())
        for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", t):
            if re.search(r"(?i)routing|aba", t):
                assert not values.aba_valid(m.group()), (r["id"], m.group())


# --------------------------------------------------------------------------- independence


def test_folder_never_imports_or_runs_the_detector():
    banned = re.compile(r"^\s*(from|import)\s+" + "hush" + "gate", re.MULTILINE)
    for path in HERE.glob("*.py"):
        assert not banned.search(path.read_text(encoding="utf-8")), path.name


def test_readme_documents_blind_construction():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for f in (
        "tests/detection/corpus/README.md",
        "tests/detection/scoring.py",
        "tests/detection/corpus/test_corpus_integrity.py",
    ):
        assert f in readme
    assert "synthetic" in readme.lower()


def _overlaps_gold(r, a, b):
    return any(s["start"] < b and a < s["end"] for s in r["spans"])


def test_positives_have_no_unlabeled_lookalikes():
    """Valid SSN shapes, Luhn-valid PANs and 555-01xx phones in a positive are always inside a gold span."""
    for r in POSITIVES:
        t = r["text"]
        for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", t):
            if values.ssn_valid(_digits(m.group())):
                assert _overlaps_gold(r, m.start(), m.end()), (r["id"], m.group())
        for m in re.finditer(r"\d(?:[ -]?\d)*", t):
            d = _digits(m.group())
            if len(d) in (15, 16) and d[0] in "3456" and values.luhn_valid(d):
                assert _overlaps_gold(r, m.start(), m.end()), (r["id"], m.group())
        for m in re.finditer(r"555[-. ]?01\d\d", t):
            assert _overlaps_gold(r, m.start(), m.end()), (r["id"], m.group())


def test_person_names_are_labeled_at_every_occurrence():
    for r in POSITIVES:
        t = r["text"]
        names = {
            t[s["start"] : s["end"]] for s in r["spans"] if s["entity_type"] == "PERSON"
        }
        for n in names:
            for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t):
                assert _overlaps_gold(r, m.start(), m.end()), (r["id"], n)
