"""The normalized view and the map back to original offsets."""

from __future__ import annotations

from helpers import found
from hushgate.detection.normalize import normalize


def test_ascii_text_is_its_own_view() -> None:
    view = normalize("plain ascii")
    assert view.text == "plain ascii" and not view.norm_starts


def test_zero_width_characters_are_removed_from_the_view() -> None:
    assert normalize("12\u200b3").text == "123"


def test_unicode_dashes_become_ascii_hyphens() -> None:
    assert normalize("123\u201145\u20136789").text == "123-45-6789"


def test_full_width_digits_become_ascii() -> None:
    assert normalize("\uff11\uff12\uff13").text == "123"


def test_span_maps_back_to_original_offsets() -> None:
    view = normalize("x\u200b\u200b123")
    start = view.text.index("123")
    assert view.to_original(start, start + 3) == (3, 6)


def test_ssn_with_non_breaking_hyphens_is_found_with_original_span() -> None:
    text = "SSN 123\u201145\u20116789."
    assert ("US_SSN", "123\u201145\u20116789") in found(text)


def test_card_with_zero_width_joiners_is_found_with_original_span() -> None:
    text = "card 4111\u200d1111\u200d1111\u200d1111 ok"
    assert ("CREDIT_CARD", "4111\u200d1111\u200d1111\u200d1111") in found(text)


def test_full_width_ssn_is_found() -> None:
    text = "ssn \uff11\uff12\uff13-\uff14\uff15-\uff16\uff17\uff18\uff19"
    assert ("US_SSN", text[4:]) in found(text)


def test_offsets_after_non_ascii_prefix_are_original_offsets() -> None:
    text = "Ünïcödé 😀 email: jose@example.com"
    assert ("EMAIL_ADDRESS", "jose@example.com") in found(text)


def test_expansion_maps_every_piece_to_its_source_character() -> None:
    view = normalize("a\ufb01b")  # the "fi" ligature expands to two characters
    assert view.text == "afib"
    assert [view.to_original(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (1, 2), (2, 3)]


from hypothesis import given, strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("ab1-9 ") + ["\u200b", "\u2011", "\uff11", "\ufb01", "é", "\u00ad"])


@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_offset_map_is_monotonic_and_in_bounds(text: str) -> None:
    view = normalize(text)
    previous = 0
    for i in range(len(view.text)):
        start, end = view.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert start >= previous
        previous = start
