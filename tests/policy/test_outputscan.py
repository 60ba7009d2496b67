"""Output scanning: identifiers in the answer that the prompt did not contain."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hushgate.detection import Detector
from hushgate.policy.outputscan import WINDOW, OutputBlocked, OutputScanner
from hushgate.policy.vault import Vault

SSN = "123-45-6789"


def scanner(detector: Detector, action: str, vault: Vault | None = None) -> tuple[OutputScanner, Counter[str]]:
    counts: Counter[str] = Counter()
    v = vault or Vault()
    return OutputScanner(detector.detect, lambda f: True, v.was_seen, action, counts), counts


def run(s: OutputScanner, pieces: list[str]) -> str:
    return "".join(s.feed(p) for p in pieces) + s.flush()


def test_new_identifier_is_redacted(detector: Detector) -> None:
    s, counts = scanner(detector, "redact")
    assert run(s, [f"Your SSN is {SSN}."]) == "Your SSN is [REDACTED:US_SSN]."
    assert counts["US_SSN"] == 1


def test_identifier_from_the_prompt_is_not_reported(detector: Detector) -> None:
    vault = Vault()
    vault.saw(SSN)
    s, counts = scanner(detector, "redact", vault)
    assert run(s, [f"Your SSN is {SSN}."]) == f"Your SSN is {SSN}."
    assert not counts


def test_block_raises_before_the_identifier_is_released(detector: Detector) -> None:
    s, _ = scanner(detector, "block")
    with pytest.raises(OutputBlocked):
        run(s, [f"Your SSN is {SSN}."])


def test_allow_counts_without_changing_text(detector: Detector) -> None:
    s, counts = scanner(detector, "allow")
    assert run(s, [f"Your SSN is {SSN}."]) == f"Your SSN is {SSN}."
    assert counts["US_SSN"] == 1


def test_stream_releases_text_once_it_is_a_window_behind(detector: Detector) -> None:
    s, _ = scanner(detector, "redact")
    released = s.feed("x " * WINDOW * 2)
    assert 0 < len(released) <= WINDOW * 4 - WINDOW


@settings(max_examples=60, derandomize=True, deadline=None)
@given(cut=st.integers(min_value=1, max_value=400), filler=st.integers(min_value=0, max_value=300))
def test_identifier_split_across_chunks_never_leaks(detector: Detector, cut: int, filler: int) -> None:
    text = "word " * (filler // 5) + f"The SSN on file is {SSN} and that is all. " + "tail " * 40
    cut = min(cut, len(text) - 1)
    s, _ = scanner(detector, "redact")
    out = run(s, [text[:cut], text[cut:]])
    assert SSN not in out
    assert out == text.replace(SSN, "[REDACTED:US_SSN]")
