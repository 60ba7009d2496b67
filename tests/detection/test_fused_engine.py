"""The fused scans (scanplan.py) find exactly what pattern-by-pattern scans find.

``reference_engine.ReferenceScanner`` is the engine's former scan path: every
pattern its own ``finditer``, every keyword-led pattern tried at each hit of
its keywords, the former overlap resolution. Same recognizers, same
``propose``: only the way the text is scanned differs, so findings must be
identical, to the byte, on everything we have.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from pathlib import Path

import pytest

from hushgate.detection import DetectionConfig, Detector
from reference_engine import ReferenceScanner

ROOT = Path(__file__).resolve().parents[2]
_CORPORA = (ROOT / "tests" / "detection" / "corpus" / "prompts.jsonl", ROOT / "tests" / "detection_heldout" / "prompts.jsonl")

_DETECTOR = Detector()
_REFERENCE = ReferenceScanner(_DETECTOR)


def _records() -> list[str]:
    texts = []
    for path in _CORPORA:
        with open(path, encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def _bench_prompts() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_detection import corpus_texts, prompts_of_size, sparse_prompts
    finally:
        sys.path.pop(0)
    texts = corpus_texts()
    prompts = []
    for size, count in ((200, 20), (330, 20), (4096, 20), (65536, 2)):
        prompts.extend(prompts_of_size(texts, size, count))
    return prompts + sparse_prompts(4096, 10)


ADVERSARIAL = [
    "",
    '{"resourceType":"Encounter","period":{"start":"2024-02-02T14:10:00Z","end":"2024-02-05T11:00:00Z"}}',
    "1",
    "A",
    "4111 1111 1111 1111 1111 1111 1111",
    "123456789012345678901234567890 555-123-4567",
    "x4111111111111111 4111111111111111x 4111-1111-1111-1111",
    "SSN 123-45-6789-01 and 123\u201145\u20116789 and ０１２-３４-５６７８",
    "IBAN DE89370400440532013000DE89370400440532013000 GB82WEST12345698765432",
    "VIN 1HGCM82633A004352 1HGCM82633A0043521 X1HGCM82633A004352",
    "XJan 12, 2020 Jan 12, 2020 born March 3rd 1962 JAN 2020 of Sept 2019",
    "DEA AB1234563, MBI 1EG4-TE5-MK73 and 1EG4TE5MK73, NPI 1234567893, BIC DEUTDEFF500",
    "192.168.0.1 10.0.0.256 ::1 fe80::1 2001:db8::ff00:42:8329",
    "42 Elm Street, Springfield, IL 62704-1234; 1600 Pennsylvania Ave NW, Washington, DC 20500",
    "Dr. Maria Gonzalez and Mr O'Brien met Seo-yeon Park. Dear Tom,\n",
    '{"patient_name": "Maria Gonzalez", "ssn": "123456789", "city": "Paris", "dob": "1962-03-14"}',
    "token=sk-ant-api03-" + "a" * 40 + " and eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig",
    "9" * 5000,
    ("1 " * 3000) + "SSN 123-45-6789",
    ("A " * 3000) + "GB82WEST12345698765432",
    "\u200b".join("4111111111111111"),
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(3)
    alphabet = "0123456789 -./()+ABCDEFGHJKLMNPRSTUVWXYZ abcdefghijklmnopqrstuvwxyz,:\n|^@"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 600))) for _ in range(count)]


@pytest.mark.parametrize(
    "name, texts",
    [("corpora", _records), ("bench", _bench_prompts), ("adversarial", lambda: ADVERSARIAL), ("random", lambda: _random_texts(300))],
)
def test_same_findings_as_pattern_by_pattern_scans(name: str, texts) -> None:
    differ = [i for i, text in enumerate(texts()) if _DETECTOR.detect(text) != _REFERENCE.detect(text)]
    assert differ == [], f"{name}: {len(differ)} texts differ, first indexes {differ[:10]}"


def test_field_names_and_config_match_the_reference() -> None:
    detector = Detector(DetectionConfig(mrn_patterns=(r"H[0-9]{7}",), thresholds={"PERSON": 0.6}))
    reference = ReferenceScanner(detector)
    for text, field in (("123456789", "ssn"), ("Maria Gonzalez", "patient_name"), ("see H1234567 and MRN 00482913", None)):
        assert detector.detect(text, field_name=field) == reference.detect(text, field)


def test_stepping_returns_what_detect_returns() -> None:
    detector = Detector(DetectionConfig(large_text_chars=100))
    text = " ".join(_bench_prompts()[-12:-8]) + " ".join(ADVERSARIAL[3:16])
    assert len(text) > 3 * 8192
    assert asyncio.run(detector.adetect(text)) == detector.detect(text) == ReferenceScanner(detector).detect(text)


def test_cluster_resolution_matches_the_former_global_pass() -> None:
    from hushgate.detection.findings import Candidate
    from hushgate.detection.resolve import resolve_overlaps
    from reference_engine import _resolve

    rng = random.Random(5)
    types = ["URL", "PASSWORD", "API_KEY", "PERSON", "US_SSN", "PHONE_NUMBER", "STREET_ADDRESS"]
    for _ in range(3000):
        candidates = []
        for _ in range(rng.randint(0, 9)):
            start = rng.randint(0, 60)
            candidates.append(
                Candidate(rng.choice(types), start, start + rng.randint(1, 30), rng.choice((0.5, 0.6, 0.85, 0.9)), rng.choice("AB"))
            )
        fresh = [Candidate(c.entity_type, c.start, c.end, c.score, c.recognizer) for c in candidates]
        assert resolve_overlaps(candidates) == _resolve(fresh)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number glued to a letter ("x12") was matched by the card, street
        # and date regexes, rejected by propose, and swallowed what followed.
        ("ref x12 4111 1111 1111 1111 exp", ("CREDIT_CARD", "4111 1111 1111 1111")),
        ("Lot B12 34 Main St, Springfield, IL 62704", ("STREET_ADDRESS", "34 Main St, Springfield, IL")),
    ],
)
def test_a_number_glued_to_a_word_does_not_hide_the_identifier_after_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(f.entity_type, text[f.start : f.end]) for f in _DETECTOR.detect(text)]
