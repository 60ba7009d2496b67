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


def test_a_containing_loser_keeps_the_parts_the_winner_leaves_uncovered() -> None:
    url = c("URL", 0, 40, 0.8)
    password = c("PASSWORD", 16, 28, 0.9)
    assert [(x.entity_type, x.start, x.end) for x in resolve_overlaps([url, password])] == [
        ("URL", 0, 16), ("PASSWORD", 16, 28), ("URL", 28, 40),
    ]  # fmt: skip


def test_remainders_shorter_than_the_minimum_are_dropped() -> None:
    outer = c("URL", 0, 20, 0.8)
    inner = c("PASSWORD", 1, 19, 0.9)
    assert [(x.entity_type, x.start, x.end) for x in resolve_overlaps([outer, inner])] == [("PASSWORD", 1, 19)]


def test_a_partial_overlap_keeps_no_remainder() -> None:
    assert [(x.entity_type, x.start) for x in resolve_overlaps([c("PERSON", 0, 10, 0.6), c("US_SSN", 5, 16, 1.0)])] == [("US_SSN", 5)]


def test_a_password_inside_a_higher_scoring_url_still_wins() -> None:
    url = c("URL", 0, 40, 1.0)  # context-boosted
    password = c("PASSWORD", 16, 28, 0.9)
    assert ("PASSWORD", 16, 28) in [(x.entity_type, x.start, x.end) for x in resolve_overlaps([url, password])]


def test_connection_string_password_is_found_even_when_the_url_is_boosted() -> None:
    from hushgate.detection import detect

    text = "REDIS_URL=redis://default:Payb*1220GQI@73.227.102.48:6379"
    found = {(f.entity_type, text[f.start : f.end]) for f in detect(text)}
    assert ("PASSWORD", "Payb*1220GQI") in found


def test_userinfo_of_a_connection_string_is_not_an_email() -> None:
    from hushgate.detection import detect

    text = 'uri = "mongodb+srv://reporting:Pntc=5779FTS@cluster0.example.net/?retryWrites=true"'
    assert "EMAIL_ADDRESS" not in {f.entity_type for f in detect(text)}


def test_an_outer_reading_of_the_same_type_leaves_no_remainder() -> None:
    from hushgate.detection import detect

    text = "Contact Maria Lopez at 555-201-3344 tomorrow."
    people = [text[f.start : f.end] for f in detect(text) if f.entity_type == "PERSON"]
    assert people == ["Maria Lopez"]


def test_an_identifier_on_exactly_a_generic_ids_span_is_the_more_specific_reading() -> None:
    for generic in ("HEALTH_PLAN_ID", "MEDICAL_RECORD_NUMBER"):
        kept = resolve_overlaps([c("US_MBI", 30, 41, 0.8), c(generic, 30, 41, 0.85)])
        assert [(k.entity_type, k.score) for k in kept] == [("US_MBI", 0.85)]


def test_the_specific_reading_applies_in_larger_clusters_too() -> None:
    kept = resolve_overlaps([c("US_MBI", 30, 41, 0.8), c("HEALTH_PLAN_ID", 30, 41, 0.85), c("PERSON", 20, 31, 0.5)])
    assert [k.entity_type for k in kept] == ["US_MBI"]


def test_an_identifier_on_a_different_span_than_the_generic_id_is_not_lifted() -> None:
    kept = resolve_overlaps([c("US_MBI", 30, 41, 0.8), c("HEALTH_PLAN_ID", 28, 41, 0.85)])
    assert [k.entity_type for k in kept] == ["HEALTH_PLAN_ID"]
