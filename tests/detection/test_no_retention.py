"""Zero retention inside the detector: once a call returns, nothing the
detector keeps (the Detector, its recognizers, the detection modules and
their classes) holds text of the prompt.

A cache keyed by prompt words or JSON keys would keep patient names in
memory for the life of the process, and would flatter the benchmark, which
sends the same prompts again and again.
"""

from __future__ import annotations

import functools
import random
import string

import pytest

from hushgate.detection import Detector
from tests.support.retention import modules, reachable_values


def _canary_word(rng: random.Random) -> str:
    # Built at run time, so the canary is in no code object's constants.
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(4)).capitalize()


@pytest.fixture
def canaries() -> dict[str, str]:
    rng = random.Random()
    first, last, key = _canary_word(rng), _canary_word(rng), _canary_word(rng).lower()
    return {"first": first, "last": last, "key": key, "digits": "".join(rng.choice(string.digits) for _ in range(7))}


def _memoized_functions() -> list[functools._lru_cache_wrapper]:  # type: ignore[name-defined]
    return [f for m in modules("hushgate.detection") for f in vars(m).values() if isinstance(f, functools._lru_cache_wrapper)]  # type: ignore[attr-defined]


def test_a_detector_keeps_no_prompt_text_after_a_call(canaries: dict[str, str]) -> None:
    detector = Detector()
    detector.detect("Warm-up: Dear Ana Lee, SSN 123-45-6789.")
    # functools caches cannot be walked: none may grow with new text instead.
    cached_before = {f: f.cache_info().currsize for f in _memoized_functions()}
    first, last, key = canaries["first"], canaries["last"], canaries["key"]
    texts = [
        f"Patient {first} {last} was seen today. Dear {first}, thanks. {first.upper()} {last.upper()}",
        f'{{"{key}_name": "{first} {last}", "{key}": "{canaries["digits"]}", "patient_name": "{last}"}}',
        f"{key}_name,{key}_ssn\n{first} {last},{canaries['digits']}\n",
    ]
    for text in texts:
        assert detector.detect(text) is not None
    detector.detect(f"{first} {last}", field_name=f"{key}_patient_name")
    del texts

    leaked = sorted(
        {s for s in reachable_values(detector, *modules("hushgate.detection")) if any(c.lower() in s.lower() for c in (first, last, key))}
    )
    assert leaked == []
    assert {f: f.cache_info().currsize for f in _memoized_functions()} == cached_before
