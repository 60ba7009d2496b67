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
import sys
import types
from collections.abc import Iterator

import pytest

from hushgate.detection import Detector


def _canary_word(rng: random.Random) -> str:
    # Built at run time, so the canary is in no code object's constants.
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(4)).capitalize()


def _state_strings(roots: list[object]) -> Iterator[str]:
    """Every str reachable from `roots` through containers, instance and
    class attributes, and the globals of hushgate.detection modules."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif isinstance(item, types.ModuleType):
            if item.__name__.startswith("hushgate.detection"):
                stack.extend(vars(item).values())
        elif isinstance(item, type):
            if item.__module__.startswith("hushgate.detection"):
                stack.extend(vars(item).values())
        elif isinstance(item, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
            for cell in getattr(item, "__closure__", None) or ():
                stack.append(cell.cell_contents)
        elif hasattr(item, "__dict__") or hasattr(type(item), "__slots__"):
            stack.extend(vars(item).values() if hasattr(item, "__dict__") else ())
            for cls in type(item).__mro__:
                for slot in getattr(cls, "__slots__", ()):
                    if hasattr(item, slot):
                        stack.append(getattr(item, slot))
            stack.append(type(item))


@pytest.fixture
def canaries() -> dict[str, str]:
    rng = random.Random()
    first, last, key = _canary_word(rng), _canary_word(rng), _canary_word(rng).lower()
    return {"first": first, "last": last, "key": key, "digits": "".join(rng.choice(string.digits) for _ in range(7))}


def _detection_modules() -> list[types.ModuleType]:
    return [m for name, m in sys.modules.items() if name.startswith("hushgate.detection")]


def _memoized_functions() -> list[functools._lru_cache_wrapper]:  # type: ignore[name-defined]
    return [f for m in _detection_modules() for f in vars(m).values() if isinstance(f, functools._lru_cache_wrapper)]  # type: ignore[attr-defined]


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
        {s for s in _state_strings([detector, *_detection_modules()]) if any(c.lower() in s.lower() for c in (first, last, key))}
    )
    assert leaked == []
    assert {f: f.cache_info().currsize for f in _memoized_functions()} == cached_before
