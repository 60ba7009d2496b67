"""Shortcuts in validators give the answers of the long way round.

Each shortcut skips work (a library call, a split into groups) on the claim
that the result is already known; these tests check the claim on generated
values against the original code, kept here verbatim.
"""

from __future__ import annotations

import random

import phonenumbers

from hushgate.detection.recognizers.contact import _DIGIT_GROUPS, _NANP_SHAPE, _NATIONAL_GROUPINGS, _NATIONAL_LAYOUT, PhoneRecognizer


def _original_plausible(value: str) -> bool:
    """PhoneRecognizer._plausible before the +1 shortcut."""
    if value.count("/") >= 2:
        return False
    if value[0] != "+":
        groups = _DIGIT_GROUPS.findall(value)
        if tuple(map(len, groups)) not in _NATIONAL_GROUPINGS:
            return False
        digits = "".join(groups)
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        if len(digits) == 10:
            return digits[0] in "23456789" and digits[3] in "23456789" and digits[1:3] != "11"
    try:
        parsed = phonenumbers.parse(value, "US")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(parsed):
        return True
    return _NANP_SHAPE.fullmatch(value) is not None


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _nanp_shaped(rng: random.Random) -> str:
    prefix = rng.choice(["", "1", "+1", "1 ", "+1 ", "1.", "+1.", "1-", "+1-"])
    area = rng.choice("23456789") + _digits(rng, 2)
    area = rng.choice([f"({area})", f"({area}) ", area + rng.choice(" .-")])
    return prefix + area + _digits(rng, 3) + rng.choice(" .-") + _digits(rng, 4)


def _phone_like(rng: random.Random) -> str:
    """What the phone scan hands over: digit groups and separators, sometimes
    a country code, sometimes one of the common layouts."""
    if rng.random() < 0.3:
        return _nanp_shaped(rng)
    head = rng.choice(["", "", "+", "+1 ", "+44 ", "+33 ", "(", "0", "011 "])
    groups = [_digits(rng, rng.randint(1, 6)) for _ in range(rng.randint(1, 5))]
    body = ""
    for group in groups:
        body += group + rng.choice([" ", "-", ".", "/", ") ", "", " (", "--"])
    value = (head + body).rstrip(" -./()")
    return value if value and value[-1].isdigit() else value + _digits(rng, 1)


def test_nanp_shaped_values_always_parse() -> None:
    # The +1 shortcut answers True without parsing: correct only because
    # phonenumbers never rejects this layout as unparseable.
    rng = random.Random(11)
    for _ in range(20000):
        value = _nanp_shaped(rng)
        assert _NANP_SHAPE.fullmatch(value)
        phonenumbers.parse(value, "US")


def test_plausible_agrees_with_the_original() -> None:
    rng = random.Random(12)
    for _ in range(6000):
        value = _phone_like(rng)
        assert PhoneRecognizer._plausible(value) == _original_plausible(value), value


def test_national_layout_is_the_grouping_test() -> None:
    rng = random.Random(13)
    for _ in range(20000):
        value = _phone_like(rng)
        expected = tuple(map(len, _DIGIT_GROUPS.findall(value))) in _NATIONAL_GROUPINGS
        assert (_NATIONAL_LAYOUT.fullmatch(value) is not None) == expected, value
