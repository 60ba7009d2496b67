"""Overlap resolution is deterministic and leaves no overlaps."""

from __future__ import annotations

from hushgate.detection.findings import Candidate
from hushgate.detection.resolve import resolve_overlaps


def c(entity: str, start: int, end: int, score: float, recognizer: str = "r") -> Candidate:
    return Candidate(entity, start, end, score, recognizer)


def test_higher_score_wins_an_overlap() -> None:
    kept = resolve_overlaps([c("US_SSN", 0, 11, 0.9), c("PHONE_NUMBER", 0, 11, 0.6)])
    assert [k.entity_type for k in kept] == ["US_SSN"]


def test_longer_span_wins_at_equal_score() -> None:
    kept = resolve_overlaps([c("US_ZIP_CODE", 5, 10, 0.8), c("STREET_ADDRESS", 0, 20, 0.8)])
    assert [k.entity_type for k in kept] == ["STREET_ADDRESS"]


def test_entity_priority_breaks_score_and_length_ties() -> None:
    kept = resolve_overlaps([c("PHONE_NUMBER", 0, 16, 0.9), c("CREDIT_CARD", 0, 16, 0.9)])
    assert [k.entity_type for k in kept] == ["CREDIT_CARD"]


def test_result_does_not_depend_on_input_order() -> None:
    items = [c("A", 0, 5, 0.5, "x"), c("B", 3, 9, 0.5, "y"), c("C", 8, 12, 0.7, "z"), c("D", 20, 25, 0.1)]
    assert resolve_overlaps(items) == resolve_overlaps(list(reversed(items)))


def test_adjacent_spans_both_survive_sorted_by_start() -> None:
    kept = resolve_overlaps([c("B", 5, 9, 0.5), c("A", 0, 5, 0.5)])
    assert [(k.start, k.end) for k in kept] == [(0, 5), (5, 9)]
