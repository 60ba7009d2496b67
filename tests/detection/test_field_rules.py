"""A JSON key or column header names the recognizer for its value.

The engine looks up a key's own prefixes and suffixes instead of testing
every declared field name (and caches nothing across calls). These tests
keep the original rule, word for word, as the oracle.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hushgate.detection import Detector
from hushgate.detection.fields import JSON_PAIR, NOT_PERSON_KEYS, _json_key_name, normalize_field_name


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def reference_field_rule(detector: Detector, key: str):  # type: ignore[no-untyped-def]
    """The rule as first written: exact name, else the first declared field
    name (3+ characters) that the key ends or starts with."""
    recognizer = detector._fields.names.get(key)
    if recognizer is None and key not in NOT_PERSON_KEYS:
        for name, rule in detector._fields.names.items():
            if len(name) >= 3 and (key.endswith(name) or key.startswith(name)):
                recognizer = rule
                break
    return recognizer


def keys_around_field_names(detector: Detector) -> list[str]:
    rng = random.Random(5)
    names = list(detector._fields.names)
    affixes = ["", "patient", "home", "x", "id", "number", "primary", "zz", *rng.sample(names, 20)]
    keys = set(names) | set(NOT_PERSON_KEYS)
    for name in names:
        for _ in range(6):
            keys.add(rng.choice(affixes) + name + rng.choice(affixes))
            keys.add(name[: rng.randrange(1, len(name) + 1)])
            keys.add(name[rng.randrange(len(name)) :])
    return sorted(keys)


def test_field_rule_matches_the_declaration_order_rule_on_keys_around_every_field_name(detector: Detector) -> None:
    for key in keys_around_field_names(detector):
        assert detector._fields.rule(key) is reference_field_rule(detector, key), key


@given(key=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", max_size=30))
def test_field_rule_matches_the_declaration_order_rule_on_any_key(detector: Detector, key: str) -> None:
    assert detector._fields.rule(key) is reference_field_rule(detector, key)


@given(key=st.from_regex(r"[A-Za-z][A-Za-z0-9_\- ]{0,40}", fullmatch=True))
def test_json_pair_keys_are_normalized_like_field_names(key: str) -> None:
    match = JSON_PAIR.search(f'"{key}": "v"')
    assert match is not None and match.group("k") == key
    assert _json_key_name(key) == normalize_field_name(key)
