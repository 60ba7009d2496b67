"""Identifiers split across two texts, or hidden in base64."""

from __future__ import annotations

import base64

import pytest

from hushgate.detection import Finding
from hushgate.detection.engine import Detector
from hushgate.detection.seams import encoded_findings, merge_without_overlap, seam_findings

DETECTOR = Detector()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_ssn_split_across_two_texts_is_found_in_both_parts() -> None:
    texts = ["my SSN is 536-22-", "8472 thanks"]
    found = seam_findings(texts, DETECTOR)
    parts = sorted((i, texts[i][f.start : f.end], f.entity_type) for i, f in found)
    assert parts == [(0, "536-22-", "US_SSN"), (1, "8472", "US_SSN")]


def test_card_split_at_a_separator_space_is_found() -> None:
    texts = ["card 4111 1111 ", "1111 1111 exp 09/27"]
    found = seam_findings(texts, DETECTOR)
    assert sorted((i, f.entity_type) for i, f in found) == [(0, "CREDIT_CARD"), (1, "CREDIT_CARD")]


def test_seams_between_sentences_are_not_scanned() -> None:
    calls = []

    class Recording:
        def detect(self, text: str, *, field_name: str | None = None) -> list[Finding]:
            calls.append(text)
            return []

    seam_findings(["Thanks for the update.", "Next week works.", "See you then!"], Recording())
    assert calls == []


def test_identifiers_wholly_inside_one_text_are_not_reported_again() -> None:
    assert seam_findings(["SSN 536-22-8472 on file", "ok"], DETECTOR) == []


@pytest.mark.parametrize(
    ("plain", "entity"),
    [("SSN 536-22-8472", "US_SSN"), ("write to maria.lopez@example.org", "EMAIL_ADDRESS")],
)
def test_base64_token_hiding_an_identifier_is_a_finding_over_the_token(plain: str, entity: str) -> None:
    token = _b64(plain)
    text = f"decode {token} and file it"
    [finding] = encoded_findings(text, DETECTOR)
    assert finding.entity_type == entity and text[finding.start : finding.end] == token


@pytest.mark.parametrize(
    "text",
    [
        "decode " + _b64("nothing sensitive in here at all"),
        "commit 3f2a9c1e7b4d8a6f5e0c2b1a9d8e7f6a5b4c3d2e",
        "see the follow-up-appointment-reminder template",
        "build ID BUILD20241105RELEASE",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
    ],
    ids=["encoded_harmless_text", "hex_digest", "hyphenated_words", "upper_case_id", "uuid"],
)
def test_tokens_without_an_encoded_identifier_are_not_findings(text: str) -> None:
    assert encoded_findings(text, DETECTOR) == []


def test_merge_keeps_existing_findings_over_overlapping_extras() -> None:
    existing = [Finding("JWT", 0, 40, 0.9, "jwt")]
    extra = [Finding("EMAIL_ADDRESS", 10, 30, 0.8, "encoded"), Finding("US_SSN", 50, 61, 0.9, "seam")]
    assert [f.entity_type for f in merge_without_overlap(existing, extra)] == ["JWT", "US_SSN"]
