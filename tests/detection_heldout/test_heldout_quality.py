"""Held-out quality floors for hushgate.detection.detect.

tests/detection_heldout/prompts.jsonl is an independent evaluation set: written from
fresh templates without reading the engine's source or the main corpus templates
(tests/detection/corpus/), which the engine is being tuned against.  The scorer and
its matching rule are the shared ones in tests/detection/scoring.py.

The floors below are NOT tuned to the engine's current numbers.  They are the
minimum a privacy gateway has to hold on text it has never seen:

* Checksum / fixed-format identifiers (cards, SSN/ITIN, NPI, DEA, MBI, ABA routing,
  IBAN, VIN, e-mail, IP, URL, JWT, PEM private keys): recall >= 0.95 each.  These
  are found by their shape plus a checksum, not by guessing, so a miss is a bug,
  not a judgment call; every gold value here passes its checksum and sits next to a
  context word.  0.95 leaves room for one odd layout, not for a category.
* Overall leak rate < 0.15: at most 15% of all gold PII characters may leave the
  gateway unmasked.  Above that, "zero retention" is not a claim we can make about
  arbitrary prompts.
* Hard-negative false alarms < 0.25: fewer than one in four PII-free prompts
  (order ids, hashes, versions, codes, doses, company names ...) may be touched.
  More than that and users turn the gateway off, which leaks everything.

If a floor fails, that is a finding about generalization.  Fix the engine, do not
lower the floor, and do not tune against this file (write a new held-out set if you
ever do).
"""

from __future__ import annotations

import functools
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = HERE / "prompts.jsonl"
sys.path.insert(0, str(ROOT / "tests" / "detection"))

from scoring import load_corpus, score  # noqa: E402

_spec = importlib.util.spec_from_file_location("heldout_generate", HERE / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

CHECKSUM_FORMAT_ENTITIES = (
    "CREDIT_CARD", "US_SSN", "US_ITIN", "US_NPI", "US_DEA", "US_MBI", "US_ROUTING_NUMBER", "IBAN_CODE",
    "VEHICLE_ID", "EMAIL_ADDRESS", "IP_ADDRESS", "URL", "JWT", "PRIVATE_KEY",
)
MIN_CHECKSUM_FORMAT_RECALL = 0.95
# Tightened to the engine's numbers plus a margin (4.5% leak, 0 of 97 false
# alarms) after the det-quality rules; this set was looked at while writing them,
# so it is a development set now, and a second held-out set is the unseen measure.
MAX_LEAK_RATE = 0.065
MAX_FALSE_ALARM_RATE = 0.05


@functools.lru_cache(maxsize=1)
def _records():
    return load_corpus(CORPUS)


@functools.lru_cache(maxsize=1)
def _report():
    from hushgate.detection import detect

    return score(_records(), detect)


# ----------------------------- the set itself -----------------------------------------


def test_regenerates_byte_for_byte(tmp_path):
    out = tmp_path / "prompts.jsonl"
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == CORPUS.read_bytes(), "prompts.jsonl is stale or generate.py is not deterministic"


def test_shape_and_mix():
    recs = _records()
    assert len(recs) >= 250
    assert len({r.id for r in recs}) == len(recs)
    negatives = sum(r.is_hard_negative for r in recs)
    assert 0.25 <= negatives / len(recs) <= 0.35
    for r in recs:
        if r.is_hard_negative:
            assert not r.spans, r.id
        else:
            assert r.spans, r.id


def test_span_hygiene():
    for r in _records():
        for s in r.spans:
            value = r.text[s.start:s.end]
            assert value and value == value.strip(), (r.id, value)


_CHECKS = {
    "CREDIT_CARD": lambda v: gen.luhn_ok(re.sub(r"[ -]", "", v)) and 13 <= len(re.sub(r"[ -]", "", v)) <= 19,
    "US_SSN": gen.ssn_ok,
    "US_ITIN": gen.itin_ok,
    "US_NPI": gen.npi_ok,
    "US_DEA": gen.dea_ok,
    "US_ROUTING_NUMBER": gen.aba_ok,
    "IBAN_CODE": gen.iban_ok,
    "VEHICLE_ID": gen.vin_ok,
    "US_MBI": gen.mbi_ok,
}


def test_every_gold_identifier_passes_its_checksum():
    checked = 0
    for r in _records():
        for s in r.spans:
            check = _CHECKS.get(s.entity_type)
            if check:
                assert check(r.text[s.start:s.end]), (r.id, s.entity_type, r.text[s.start:s.end])
                checked += 1
    assert checked > 150


def test_hard_negatives_hold_no_format_pii():
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    link = re.compile(r"https?://|www\.", re.I)
    ipv4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
    for r in _records():
        if not r.is_hard_negative:
            continue
        assert not email.search(r.text), r.id
        assert not link.search(r.text), r.id
        for m in ipv4.finditer(r.text):
            assert not all(int(g) <= 255 for g in m.groups()), (r.id, m.group())
        for m in re.finditer(r"\d{13,19}", r.text):
            assert not gen.luhn_ok(m.group()), (r.id, m.group())


# ----------------------------- the floors ----------------------------------------------


@pytest.mark.parametrize("entity", CHECKSUM_FORMAT_ENTITIES)
def test_checksum_and_format_recall(entity):
    report = _report()
    e = report.entity(entity)
    assert e.support >= 10, "held-out set too thin for %s" % entity
    assert e.recall >= MIN_CHECKSUM_FORMAT_RECALL, "%s recall %.3f (%d/%d); missed in %s" % (
        entity, e.recall, e.found, e.support, ", ".join(report.misses_for(entity)))


def test_overall_leak_rate():
    report = _report()
    assert report.leak_rate < MAX_LEAK_RATE, "leak rate %.2f%%\n%s" % (100 * report.leak_rate, report.to_table())


def test_hard_negative_false_alarms():
    report = _report()
    assert report.false_alarm_rate < MAX_FALSE_ALARM_RATE, "false alarms %.2f%%: %s" % (
        100 * report.false_alarm_rate, ", ".join(report.false_alarm_ids))
