"""The API other stages build on: Finding, Detector, detect, ENTITY_TYPES."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from helpers import findings, found
from hushgate.detection import ENTITY_TYPES, DetectionConfig, Detector, Finding, adetect, detect

MIXED = (
    "Patient Maria Gonzalez (DOB 03/14/1962, MRN: 00482913) lives at 42 Elm Street, "
    "Springfield, IL 62704. Call 617-555-0142, card 4111 1111 1111 1111, SSN 123-45-6789."
)


def test_finding_is_frozen() -> None:
    finding = Finding("US_SSN", 0, 11, 0.9, "UsSsnRecognizer")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 1  # type: ignore[misc]


def test_every_reported_entity_is_in_the_vocabulary() -> None:
    assert {f.entity_type for f in findings(MIXED)} <= ENTITY_TYPES


def test_findings_are_sorted_and_do_not_overlap() -> None:
    result = findings(MIXED)
    assert len(result) >= 8
    for before, after in zip(result, result[1:]):
        assert before.end <= after.start


def test_scores_are_probabilities() -> None:
    assert all(0.0 <= f.score <= 1.0 for f in findings(MIXED))


def test_module_level_detect_matches_a_default_detector() -> None:
    assert detect(MIXED) == Detector().detect(MIXED)


def test_empty_text_has_no_findings() -> None:
    assert detect("") == []


def test_disabled_entity_is_not_reported() -> None:
    detector = Detector(DetectionConfig(enabled_entities=frozenset({"EMAIL_ADDRESS"})))
    assert {f.entity_type for f in detector.detect(MIXED + " a@example.com")} == {"EMAIL_ADDRESS"}


def test_per_entity_threshold_filters_weak_findings() -> None:
    text = "Maria Gonzalez arrived"
    (person,) = Detector().detect(text)
    strict = Detector(DetectionConfig(thresholds={"PERSON": person.score + 0.01}))
    assert strict.detect(text) == []


def test_unknown_entity_in_config_is_rejected() -> None:
    with pytest.raises(ValueError):
        DetectionConfig(thresholds={"NOT_AN_ENTITY": 0.5})


def test_invalid_mrn_pattern_is_rejected() -> None:
    with pytest.raises(ValueError):
        DetectionConfig(mrn_patterns=("([",))


def test_unknown_phone_region_is_rejected() -> None:
    with pytest.raises(ValueError, match="XX"):
        DetectionConfig(phone_regions=("GB", "XX"))


def test_phone_regions_decide_which_national_numbers_are_phones() -> None:
    text = "call me on 06 12 34 56 78 today"  # a French mobile number, not a British one
    uk_only = Detector(DetectionConfig(phone_regions=("GB",)))
    with_france = Detector(DetectionConfig(phone_regions=("GB", "FR")))
    assert [f.entity_type for f in uk_only.detect(text)] == []
    assert [f.entity_type for f in with_france.detect(text)] == ["PHONE_NUMBER"]


def test_site_mrn_pattern_detects_without_keyword() -> None:
    detector = Detector(DetectionConfig(mrn_patterns=(r"H[0-9]{7}",)))
    text = "see chart for H1234567 before rounds"
    assert ("MEDICAL_RECORD_NUMBER", "H1234567") in [(f.entity_type, text[f.start : f.end]) for f in detector.detect(text)]


@pytest.mark.parametrize(
    ("field", "value", "entity"),
    [
        ("patient_name", "Maria Gonzalez", "PERSON"),
        ("first_name", "Maria", "PERSON"),
        ("lastName", "Okafor", "PERSON"),
        ("ssn", "123456789", "US_SSN"),
        ("mrn", "00482913", "MEDICAL_RECORD_NUMBER"),
        ("dob", "1962-03-14", "DATE_TIME"),
        ("member_id", "XGH448812", "HEALTH_PLAN_ID"),
        ("routing_number", "021000021", "US_ROUTING_NUMBER"),
        ("home_phone", "6175550142", "PHONE_NUMBER"),
        ("zip", "02139", "US_ZIP_CODE"),
    ],
)
def test_field_name_types_a_plain_json_value(field: str, value: str, entity: str) -> None:
    assert (entity, value) in found(value, field_name=field)


def test_field_name_does_not_force_a_value_that_does_not_fit() -> None:
    assert found("n/a", field_name="ssn") == []


def test_plain_name_without_field_or_context_is_not_a_person() -> None:
    assert "PERSON" not in {e for e, _ in found("Okafor")}


def test_detector_is_safe_to_share_between_threads() -> None:
    detector = Detector()
    texts = [MIXED, "SSN 123-45-6789", "nothing here", "email a@example.com"] * 25
    expected = [detector.detect(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(detector.detect, texts)) == expected


@pytest.mark.parametrize("strategy", ["steps", "thread"])
def test_adetect_of_a_large_text_returns_the_same_findings(strategy: str) -> None:
    detector = Detector(DetectionConfig(large_text_chars=10, large_text_strategy=strategy))
    assert asyncio.run(detector.adetect(MIXED)) == detector.detect(MIXED)


def test_adetect_of_a_large_text_lets_other_tasks_run() -> None:
    detector = Detector(DetectionConfig(large_text_chars=10))
    ticks: list[int] = []

    async def ticker() -> None:
        for i in range(1000):
            ticks.append(i)
            await asyncio.sleep(0)

    async def scenario() -> int:
        task = asyncio.create_task(ticker())
        await detector.adetect(MIXED * 20)
        seen = len(ticks)
        task.cancel()
        return seen

    assert asyncio.run(scenario()) > 10


def test_module_level_adetect_matches_detect() -> None:
    assert asyncio.run(adetect(MIXED)) == detect(MIXED)


def test_detection_opens_no_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during detection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    Detector().detect(MIXED + " https://example.com user@example.co.uk")


def test_import_and_construction_print_nothing() -> None:
    code = "from hushgate.detection import Detector; Detector().detect('SSN 123-45-6789 maria@example.com')"
    result = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""


def test_adetect_of_a_large_text_can_be_cancelled_by_a_timeout() -> None:
    detector = Detector(DetectionConfig(large_text_chars=10))

    async def scenario() -> None:
        await asyncio.wait_for(detector.adetect(MIXED * 2000), timeout=0.001)

    with pytest.raises(TimeoutError):
        asyncio.run(scenario())
