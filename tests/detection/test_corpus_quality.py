"""Quality gate: hushgate.detection.detect over the labeled corpus must meet these thresholds.

The corpus (tests/detection/corpus/prompts.jsonl) is generated independently of the
detection engine; the scorer and its matching rule are documented in scoring.py.
Failure messages print the score table and the ids of the records involved (the
corpus is synthetic, so ids and entity types are safe to print).

Thresholds and why
------------------
* Checksum / fixed-format identifiers (issue #3): recall >= 0.98, precision >= 0.95.
  These have a validator or a rigid shape, and every instance in the corpus is valid,
  so a miss is a bug, not ambiguity.
* PHONE_NUMBER: recall >= 0.95, precision >= 0.90.  libphonenumber validates them,
  but formats vary (international, dotted, "1 (..)") and the hard negatives carry
  phone-shaped version strings on purpose.
* Context-keyed identifiers (MRN, health plan id, bank account, passport, driver's
  license, SWIFT/BIC, VIN, CVV, password): recall >= 0.90, precision >= 0.85.
  Every instance has a context word or JSON key nearby, but the value alone is an
  ordinary digit/letter run, so a few context-window misses are tolerable.
* PERSON: recall >= 0.90, precision >= 0.80.  Without an NER model names come from
  context rules + a gazetteer; the corpus uses names of many origins, HL7
  "LAST^FIRST" and all-caps forms, and lone surnames after titles.  0.90 keeps the
  overall leak goal (< 10%) reachable since names are the largest share of gold chars;
  0.80 precision tolerates capitalised words near name contexts.
* STREET_ADDRESS and US_ZIP_CODE: recall >= 0.85, precision >= 0.80.  Free-form
  lines (directionals, units, HL7 caret-separated, upper case) and bare 5-digit ZIPs
  are ambiguous; the issue's reference shows 50-70% address leakage for stock tools.
* DATE_TIME: recall >= 0.85, precision >= 0.80.  Only dates tied to a person (DOB,
  admission, discharge, visit, death) are gold; release dates, log timestamps and
  invoice dates in the same texts are not, so precision needs context, not a regex.
* Overall leak rate < 0.10 and hard-negative false-alarm rate < 0.15 (issue #3 goals).
* Per-domain leak rate < 0.15: a domain (healthcare leaks most in the issue's
  reference numbers) must not hide behind a good average.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from scoring import load_corpus, score  # noqa: E402

FIXED_FORMAT = ["US_SSN", "US_ITIN", "CREDIT_CARD", "IBAN_CODE", "US_ROUTING_NUMBER", "US_NPI",
                "US_DEA", "US_MBI", "EMAIL_ADDRESS", "IP_ADDRESS", "URL", "JWT", "PRIVATE_KEY", "API_KEY"]
CONTEXT_KEYED = ["MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "US_BANK_ACCOUNT", "US_PASSPORT",
                 "US_DRIVER_LICENSE", "SWIFT_CODE", "VEHICLE_ID", "CARD_SECURITY_CODE", "PASSWORD"]

# entity -> (min recall, min precision)
THRESHOLDS: dict[str, tuple[float, float]] = {e: (0.98, 0.95) for e in FIXED_FORMAT}
THRESHOLDS.update({e: (0.90, 0.85) for e in CONTEXT_KEYED})
THRESHOLDS.update({
    "PHONE_NUMBER": (0.95, 0.90),
    "PERSON": (0.90, 0.80),
    "STREET_ADDRESS": (0.85, 0.80),
    "US_ZIP_CODE": (0.85, 0.80),
    "DATE_TIME": (0.85, 0.80),
})

MAX_LEAK_RATE = 0.10
MAX_DOMAIN_LEAK_RATE = 0.15
MAX_FALSE_ALARM_RATE = 0.15
DOMAINS = ["healthcare", "finance", "general"]


@pytest.fixture(scope="module")
def report():
    # Imported here, not at module level, so that a missing engine fails these tests
    # loudly without breaking collection of the rest of the suite.
    from hushgate.detection import detect

    return score(load_corpus(), detect)


def _ids(ids, limit=25):
    ids = list(ids)
    more = " (+%d more)" % (len(ids) - limit) if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more


@pytest.mark.parametrize("entity", sorted(THRESHOLDS))
def test_recall(report, entity):
    minimum = THRESHOLDS[entity][0]
    e = report.entity(entity)
    assert e.support > 0, "corpus has no %s spans" % entity
    assert e.recall >= minimum, (
        "%s recall %.3f < %.2f; missed in: %s\n%s"
        % (entity, e.recall, minimum, _ids(report.misses_for(entity)), report.to_table()))


@pytest.mark.parametrize("entity", sorted(THRESHOLDS))
def test_precision(report, entity):
    minimum = THRESHOLDS[entity][1]
    e = report.entity(entity)
    assert e.precision >= minimum, (
        "%s precision %.3f < %.2f; false positives in: %s\n%s"
        % (entity, e.precision, minimum, _ids(report.false_positives_for(entity)), report.to_table()))


def test_leak_rate(report):
    assert report.leak_rate < MAX_LEAK_RATE, (
        "leak rate %.3f >= %.2f\n%s" % (report.leak_rate, MAX_LEAK_RATE, report.to_table()))


@pytest.mark.parametrize("domain", DOMAINS)
def test_domain_leak_rate(report, domain):
    rate = report.domain_leak_rates.get(domain)
    assert rate is not None, "no gold spans in domain %s" % domain
    assert rate < MAX_DOMAIN_LEAK_RATE, (
        "%s leak rate %.3f >= %.2f\n%s" % (domain, rate, MAX_DOMAIN_LEAK_RATE, report.to_table()))


def test_false_alarm_rate(report):
    assert report.false_alarm_rate < MAX_FALSE_ALARM_RATE, (
        "hard-negative false alarms %.3f >= %.2f in: %s\n%s"
        % (report.false_alarm_rate, MAX_FALSE_ALARM_RATE, _ids(report.false_alarm_ids), report.to_table()))
