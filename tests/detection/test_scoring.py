"""Tests of the corpus scorer itself, on tiny hand-made records."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import scoring  # noqa: E402
from scoring import CorpusRecord, Span, compatible, load_corpus, score  # noqa: E402


@dataclass
class F:
    entity_type: str
    start: int
    end: int


def rec(text, spans=(), rid="r1", domain="general", kind="chat"):
    return CorpusRecord(rid, domain, kind, text, tuple(Span(s, e, t) for s, e, t in spans))


def const(*findings):
    return lambda text: list(findings)


TEXT = "Call Anna Smith at 555-201-4432 today."  # Anna Smith: 5..15, phone: 19..31
GOLD = [(5, 15, "PERSON"), (19, 31, "PHONE_NUMBER")]


def test_perfect_detector():
    r = score([rec(TEXT, GOLD)], const(F("PERSON", 5, 15), F("PHONE_NUMBER", 19, 31)))
    assert r.recall("PERSON") == r.recall("PHONE_NUMBER") == 1.0
    assert r.precision("PERSON") == r.precision("PHONE_NUMBER") == 1.0
    assert r.leak_rate == 0.0 and r.misses == [] and r.false_positives == []


def test_miss_is_reported():
    r = score([rec(TEXT, GOLD)], const(F("PERSON", 5, 15)))
    assert r.recall("PHONE_NUMBER") == 0.0
    assert r.misses == [("r1", "PHONE_NUMBER")]
    assert r.entity("PHONE_NUMBER").support == 1
    assert r.leak.leaked_chars == 12 and r.leak.gold_chars == 22
    assert r.leak_rate == pytest.approx(12 / 22)


def test_false_positive_is_reported():
    r = score([rec(TEXT, GOLD)], const(F("PERSON", 5, 15), F("PHONE_NUMBER", 19, 31), F("DATE_TIME", 32, 37)))
    assert r.precision("DATE_TIME") == 0.0
    assert r.false_positives == [("r1", "DATE_TIME")]
    assert r.recall("PERSON") == 1.0 and r.leak_rate == 0.0


def test_wrong_type_is_a_miss_and_a_false_positive_but_not_a_leak():
    r = score([rec(TEXT, GOLD[1:])], const(F("US_SSN", 19, 31)))
    assert r.recall("PHONE_NUMBER") == 0.0
    assert r.precision("US_SSN") == 0.0
    assert r.leak_rate == 0.0  # type-agnostic: the characters were covered


def test_partial_overlap_half_rule():
    # "Smith" covers 5 of 10 gold chars (50%): found; "Anna" covers 4 (40%): missed.
    r = score([rec(TEXT, GOLD[:1])], const(F("PERSON", 10, 15)))
    assert r.recall("PERSON") == 1.0 and r.precision("PERSON") == 1.0
    assert r.leak.leaked_chars == 5
    r = score([rec(TEXT, GOLD[:1])], const(F("PERSON", 5, 9)))
    assert r.recall("PERSON") == 0.0
    # ...but the short prediction is still a true positive (it overlaps fully)
    assert r.precision("PERSON") == 1.0


def test_oversized_prediction_counts_when_gold_is_half_of_it():
    # "Call Anna Smith" (0..15) contains the 10-char gold: overlap 10 >= 0.5 * min(15, 10)
    r = score([rec(TEXT, GOLD[:1])], const(F("PERSON", 0, 15)))
    assert r.recall("PERSON") == 1.0 and r.precision("PERSON") == 1.0


def test_union_of_fragments_finds_the_gold_span():
    r = score([rec(TEXT, GOLD[:1])], const(F("PERSON", 5, 9), F("PERSON", 10, 12)))
    assert r.recall("PERSON") == 1.0  # 6 of 10 chars covered by the union
    assert r.leak.leaked_chars == 4


def test_compatibility_table():
    assert compatible("US_ITIN", "US_SSN") and compatible("US_SSN", "US_ITIN")
    assert compatible("US_ZIP_CODE", "STREET_ADDRESS")
    assert compatible("PASSWORD", "API_KEY") and compatible("HIGH_ENTROPY_SECRET", "API_KEY")
    assert not compatible("HIGH_ENTROPY_SECRET", "URL")
    assert not compatible("US_BANK_ACCOUNT", "HEALTH_PLAN_ID")
    assert not compatible("PHONE_NUMBER", "US_SSN")
    text = "ITIN 912-78-1234"
    r = score([rec(text, [(5, 16, "US_ITIN")])], const(F("US_SSN", 5, 16)))
    assert r.recall("US_ITIN") == 1.0 and r.precision("US_SSN") == 1.0


def test_false_alarm_rate_on_hard_negatives():
    recs = [rec("order 123", rid="n1", kind="hard_negative"),
            rec("version 1.2.3", rid="n2", kind="hard_negative"),
            rec(TEXT, GOLD, rid="p1")]

    def detect(text):
        return [F("PHONE_NUMBER", 0, 5)] if text.startswith("order") else []

    r = score(recs, detect)
    assert r.hard_negatives == 2
    assert r.false_alarm_ids == ["n1"]
    assert r.false_alarm_rate == 0.5
    assert r.recall("PERSON") == 0.0 and r.precision("PHONE_NUMBER") == 0.0


def test_per_domain_and_kind_leak():
    recs = [rec(TEXT, GOLD, rid="h", domain="healthcare", kind="clinical_note"),
            rec(TEXT, GOLD, rid="f", domain="finance", kind="chat")]

    def detect(text, calls=[]):
        calls.append(1)
        return [F("PERSON", 5, 15), F("PHONE_NUMBER", 19, 31)] if len(calls) == 2 else []

    r = score(recs, detect)
    assert r.domain_leak_rates == {"finance": 0.0, "healthcare": 1.0}
    assert r.kind_leak_rates == {"chat": 0.0, "clinical_note": 1.0}
    assert r.leak_rate == 0.5


def test_accepts_dict_findings_and_rejects_bad_offsets():
    r = score([rec(TEXT, GOLD[:1])], const({"entity_type": "PERSON", "start": 5, "end": 15}))
    assert r.recall("PERSON") == 1.0
    with pytest.raises(ValueError):
        score([rec(TEXT, GOLD[:1])], const(F("PERSON", 30, 99)))


def test_no_predictions_means_precision_one_recall_zero():
    r = score([rec(TEXT, GOLD)], const())
    assert r.precision("PERSON") == 1.0 and r.recall("PERSON") == 0.0
    assert r.leak_rate == 1.0


def test_table_mentions_everything():
    r = score([rec(TEXT, GOLD), rec("nothing at all here", rid="n", kind="hard_negative")],
              const(F("PERSON", 5, 15)))
    table = r.to_table()
    for needle in ("PERSON", "PHONE_NUMBER", "leak rate", "false alarms", "precision", "recall"):
        assert needle in table
    assert "1 of 1 records" in table  # the hard negative got a (false) finding


def test_load_corpus_default_and_shape():
    records = load_corpus()
    assert len(records) >= 350
    assert all(isinstance(r, CorpusRecord) for r in records)
    assert load_corpus(scoring.DEFAULT_CORPUS)[0] == records[0]
