"""Shortcuts in validators give the answers of the long way round.

Each shortcut skips work (a library call, a split into groups) on the claim
that the result is already known; these tests check the claim on generated
values against the original code, kept here verbatim.
"""

from __future__ import annotations

import random

import phonenumbers

from hushgate.detection.recognizers.contact import (
    _DIGIT_GROUPS,
    _NANP_SHAPE,
    _NATIONAL_GROUPINGS,
    _NATIONAL_LAYOUT,
    PhoneRecognizer,
    _trunk_prefixed,
)


def _original_plausible(value: str) -> bool:
    """PhoneRecognizer._plausible written plainly, without the +1 shortcut."""
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
    if _NANP_SHAPE.fullmatch(value) is not None:
        return True
    # A country code and plain digit groups of a possible length.
    groups = value[1:].replace("-", " ").replace(".", " ").split(" ")
    plain = value[0] == "+" and 3 <= len(groups) <= 5 and all(g.isdigit() for g in groups)
    plain = plain and 1 <= len(groups[0]) <= 3 and groups[0][0] != "0" and all(2 <= len(g) <= 6 for g in groups[1:])
    return plain and phonenumbers.is_possible_number(parsed)


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
    us_only = PhoneRecognizer(regions=())
    rng = random.Random(12)
    for _ in range(6000):
        value = _phone_like(rng)
        assert us_only._plausible(value) == _original_plausible(value), value


def test_national_layouts_without_ten_digits_agree_with_phonenumbers() -> None:
    # Eleven- and twelve-digit runs without a "+" (IPv4 addresses, part
    # numbers) are rejected without parsing: phonenumbers reads them as NANP
    # numbers, which have ten digits.
    us_only = PhoneRecognizer(regions=())
    rng = random.Random(13)
    layouts = sorted(layout for layout in _NATIONAL_GROUPINGS if sum(layout) != 10)
    checked = 0
    for _ in range(20000):
        layout = rng.choice(layouts)
        groups = [_digits(rng, n) for n in layout]
        if rng.random() < 0.3:
            # The leading digits phonenumbers treats specially.
            groups[0] = (rng.choice(["1", "11", "111", "10", "12", "00", "011"]) + groups[0])[: len(groups[0])]
        value = rng.choice([".", " ", "-"]).join(groups)
        if _trunk_prefixed(value):
            continue  # _national_score's test
        checked += 1
        assert us_only._plausible(value) == _original_plausible(value), value
    assert checked > 15000
    assert not us_only._plausible("192.168.168.213")


def test_numbers_from_every_region_are_validated_without_recompiling_metadata_patterns(monkeypatch) -> None:
    # The recognizers' own patterns fill re's 512-entry cache: without
    # phonenumbers' pattern cache, each region's metadata regexes were
    # compiled again on every call (~7x the cost of a prompt).
    import re

    from hushgate.detection import Detector

    detector = Detector()
    texts = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(region)
        if example is not None:
            texts.append("call " + phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL) + " today")
    first = [detector.detect(t) for t in texts]
    compiled: list[str] = []
    real_compile = re.compile

    def counting_compile(pattern, flags=0):
        compiled.append(pattern)
        return real_compile(pattern, flags)

    monkeypatch.setattr(re, "compile", counting_compile)
    assert [detector.detect(t) for t in texts] == first
    assert sum(1 for f in first if any(x.entity_type == "PHONE_NUMBER" for x in f)) > 200
    assert compiled == []


def test_national_layout_is_the_grouping_test() -> None:
    rng = random.Random(13)
    for _ in range(20000):
        value = _phone_like(rng)
        expected = tuple(map(len, _DIGIT_GROUPS.findall(value))) in _NATIONAL_GROUPINGS
        assert (_NATIONAL_LAYOUT.fullmatch(value) is not None) == expected, value


def _original_luhn(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _original_brand(digits: str) -> bool:
    from hushgate.detection.checksums import _CARD_BRANDS

    for ranges, width, lengths in _CARD_BRANDS:
        if len(digits) not in lengths:
            continue
        prefix = int(digits[:width])
        if any(low <= prefix <= high for low, high in ranges):
            return True
    return False


def _digit_strings(rng: random.Random, count: int) -> list[str]:
    out = ["", "0", "00", "18", "79927398713", "4111111111111111", "\u0664\u0661\u0661\u0661", "\uff14" * 16, "12a4"]
    for _ in range(count):
        length = rng.randint(1, 21)
        prefix = rng.choice(["", "4", "5", "34", "37", "6011", "65", "644", "3528", "300", "36", "62", "50", "2221", "2720", "2200", "2205"])
        value = (prefix + _digits(rng, length))[: max(length, len(prefix))]
        if rng.random() < 0.05:
            value = value[:3] + rng.choice("\u0660\u0665\uff19\u09e7") + value[3:]
        out.append(value)
    return out


def test_luhn_agrees_with_the_digit_loop() -> None:
    from hushgate.detection.checksums import luhn_valid

    for value in _digit_strings(random.Random(14), 30000):
        assert luhn_valid(value) == _original_luhn(value), value


def test_card_brand_table_agrees_with_the_brand_ranges() -> None:
    from hushgate.detection.checksums import card_brand_valid

    values = [v for v in _digit_strings(random.Random(15), 30000) if v.isdigit()]
    # Every prefix of every brand at every length, and their neighbours.
    for length in range(12, 20):
        for four in range(10000):
            values.append(f"{four:04d}" + "0" * (length - 4))
    for value in values:
        assert card_brand_valid(value) == _original_brand(value), value


def _original_plausible_numeric(value: str) -> bool:
    from hushgate.detection.recognizers.dates import _NUMERIC

    match = _NUMERIC.fullmatch(value)
    if match is None:
        return False
    a, b, c = match.groups()
    separators = {ch for ch in value if not ch.isdigit()}
    if len(separators) != 1:
        return False
    first, second, third = int(a), int(b), int(c)
    if len(a) == 4:
        return 1 <= second <= 12 and 1 <= third <= 31 and len(c) == 2 and 1880 <= first <= 2100
    if len(a) > 2 or len(c) == 3:
        return False
    if "." in separators and len(c) != 4:
        return False
    month_first = 1 <= first <= 12 and 1 <= second <= 31
    day_first = 1 <= second <= 12 and 1 <= first <= 31
    return month_first or day_first


def test_numeric_date_check_agrees_with_the_original() -> None:
    from hushgate.detection.recognizers.dates import _plausible_numeric

    rng = random.Random(16)
    for _ in range(30000):
        parts = [_digits(rng, rng.randint(1, 5)) for _ in range(3)]
        if rng.random() < 0.5:
            parts[0] = rng.choice(["1880", "2100", "1879", "2101", "1962", "12", "31", "32", "0", "00", "13"])
        value = parts[0] + rng.choice("/.-x") + parts[1] + rng.choice("/.-") + parts[2] + rng.choice(["", "", "/", "1"])
        assert _plausible_numeric(value) == _original_plausible_numeric(value), value


def _ip_texts(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        if rng.random() < 0.5:
            octets = [rng.choice([str(rng.randint(0, 300)), "0" + str(rng.randint(0, 99)), "00", "0"]) for _ in range(4)]
            value = ".".join(o[:3] for o in octets)
            out.append(value + rng.choice(["", "", "/24", "/8"]))
        else:
            groups = ["".join(rng.choice("0123456789abcdefABCDEF") for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 10))]
            value = ":".join(groups)
            value += rng.choice(["", "", "", ".1.2.3.4", ":1.2.3.4", "%eth0", "%a:b", "/64", "::"])
            out.append(value)
    return out


def test_ip_checks_agree_with_ipaddress() -> None:
    import ipaddress

    from hushgate.detection.recognizers.contact import IpAddressRecognizer

    def reference(value: str, v6: bool) -> bool:
        address = value.split("/", 1)[0]
        try:
            if v6:
                if address.count(":") < 2:
                    return False
                ipaddress.IPv6Address(address)
            else:
                ipaddress.IPv4Address(address)
        except ValueError:
            return False
        return True

    recognizer = IpAddressRecognizer()
    (ipv4, ipv4_pattern), _ = recognizer.compiled
    for value in _ip_texts(random.Random(17), 40000):
        assert IpAddressRecognizer._valid(value, True) == reference(value, True), value
        # propose's IPv4 check, on what the ipv4 pattern matches.
        if ipv4.fullmatch(value):
            proposed = list(recognizer.propose(value, ipv4.fullmatch(value), ipv4_pattern))
            assert bool(proposed) == reference(value, False), value
    for octet in [str(i) for i in range(1000)] + ["0" + str(i) for i in range(100)] + ["00" + str(i) for i in range(10)]:
        value = f"10.{octet[:3]}.0.1"
        match = ipv4.fullmatch(value)
        assert bool(list(recognizer.propose(value, match, ipv4_pattern))) == reference(value, False), value


def _original_iban_valid(value: str) -> bool:
    from hushgate.detection.checksums import IBAN_LENGTHS

    compact = value.replace(" ", "").replace("-", "").upper()
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is None or len(compact) != expected or not compact.isalnum():
        return False
    if not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def _iban_like(rng: random.Random) -> str:
    from hushgate.detection.checksums import IBAN_LENGTHS

    country = rng.choice(sorted(IBAN_LENGTHS))
    length = IBAN_LENGTHS[country] + rng.choice([0, 0, 0, -1, 1])
    body = "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if rng.random() < 0.3 else "0123456789") for _ in range(max(0, length - 4)))
    numeric = int((body + country + "00").translate(str.maketrans({chr(65 + i): str(10 + i) for i in range(26)})))
    check = f"{98 - numeric % 97:02d}" if rng.random() < 0.7 else _digits(rng, 2)
    value = country + check + body
    if rng.random() < 0.3:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if rng.random() < 0.2:
        value = value.lower()
    if rng.random() < 0.05:
        value = value[:6] + rng.choice("\u0663\u00e9\u00df") + value[7:]
    return value


def test_iban_check_agrees_with_the_original() -> None:
    from hushgate.detection.checksums import iban_valid

    rng = random.Random(18)
    agreed = 0
    for _ in range(20000):
        value = _iban_like(rng)
        try:
            expected: object = _original_iban_valid(value)
        except ValueError:
            expected = ValueError
        try:
            got: object = iban_valid(value)
        except ValueError:
            got = ValueError
        assert got == expected, value
        agreed += expected is True
    assert agreed > 1000


def test_iban_propose_agrees_with_the_character_walk() -> None:
    from hushgate.detection.checksums import IBAN_LENGTHS, iban_valid
    from hushgate.detection.recognizers.finance import IbanRecognizer

    recognizer = IbanRecognizer()
    (compiled, pattern), = recognizer.compiled

    def walk(text: str, start: int, end: int) -> list[tuple[int, int]]:
        if start > 0 and text[start - 1].isalnum():
            return []
        expected = IBAN_LENGTHS.get(text[start : start + 2])
        if expected is None:
            return []
        seen, position = 0, start
        while position < end and seen < expected:
            if text[position].isalnum():
                seen += 1
            position += 1
        if seen != expected or (position < len(text) and text[position].isalnum()) or not iban_valid(text[start:position]):
            return []
        return [(start, position)]

    rng = random.Random(19)
    for _ in range(6000):
        text = rng.choice(["", "IBAN ", "x", "-"]) + _iban_like(rng).upper() + rng.choice(["", " ", "1", " 12", "-AB", "."])
        for match in compiled.finditer(text):
            got = [(c.start, c.end) for c in recognizer.propose(text, match, pattern)]
            assert got == walk(text, *match.span()), text


def _original_vin_valid(value: str) -> bool:
    from hushgate.detection.checksums import _VIN_VALUES, _VIN_WEIGHTS

    value = value.upper()
    if len(value) != 17 or any(c not in _VIN_VALUES for c in value):
        return False
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    total = sum(_VIN_VALUES[c] * w for c, w in zip(value, _VIN_WEIGHTS)) % 11
    return value[8] == ("X" if total == 10 else str(total))


def test_vin_check_agrees_with_the_original() -> None:
    from hushgate.detection.checksums import vin_valid

    rng = random.Random(20)
    alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    for _ in range(40000):
        kind = rng.random()
        if kind < 0.1:
            value = _digits(rng, 17)
        elif kind < 0.2:
            value = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(17))
        else:
            value = "".join(rng.choice(alphabet) for _ in range(rng.choice([17, 17, 17, 16, 18])))
        if rng.random() < 0.1:
            value = value.lower()
        if rng.random() < 0.05:
            value = value[:5] + rng.choice("IOQ\u0663\u00e9") + value[6:]
        # Half of them with the right check digit.
        if rng.random() < 0.5 and len(value) == 17 and _original_vin_valid(value[:8] + "0" + value[9:]) is False:
            for check in "0123456789X":
                if _original_vin_valid(value[:8] + check + value[9:]):
                    value = value[:8] + check + value[9:]
                    break
        assert vin_valid(value) == _original_vin_valid(value), value


def _original_aba(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit():
        return False
    prefix = int(digits[:2])
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    if len(set(digits)) == 1:
        return False
    weights = (3, 7, 1) * 3
    return sum(w * (ord(c) - 48) for w, c in zip(weights, digits)) % 10 == 0


def test_routing_number_check_agrees_with_the_original() -> None:
    from hushgate.detection.checksums import aba_routing_valid

    rng = random.Random(21)
    hits = 0
    for _ in range(40000):
        value = rng.choice(["0", "1", "2", "3", "6", "7", "8", ""]) + _digits(rng, rng.choice([8, 8, 8, 9, 7]))
        if rng.random() < 0.05:
            value = value[:4] + rng.choice("\u0663\uff15") + value[5:]
        assert aba_routing_valid(value) == _original_aba(value), value
        hits += _original_aba(value)
    assert hits > 500


def _parsed_national_score(recognizer: PhoneRecognizer, value: str) -> float:
    """PhoneRecognizer._national_score by phonenumbers.parse, region by region."""
    layout = tuple(map(len, _DIGIT_GROUPS.findall(value)))
    score = 0.0
    for region in recognizer.regions:
        try:
            parsed = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            if layout == tuple(map(len, _DIGIT_GROUPS.findall(national))):
                return recognizer.TRUNK_SCORE
            score = recognizer.BARE_SCORE
    return score


def _trunk_number(rng: random.Random) -> str:
    total = rng.randint(9, 12)
    digits = "0" + rng.choice("123456789") + _digits(rng, total - 2)
    cuts = sorted(rng.sample(range(2, total), rng.randint(1, 3)))
    parts = [digits[i:j] for i, j in zip([0, *cuts], [*cuts, total])]
    return rng.choice(" -.").join(parts)


def test_trunk_numbers_score_as_parsing_them_would() -> None:
    # _TrunkRegion builds the number from the region's metadata instead of
    # parsing it 13 times: the same answers on every grouping.
    recognizer = PhoneRecognizer()
    rng = random.Random(14)
    for _ in range(6000):
        value = _trunk_number(rng)
        groups = _DIGIT_GROUPS.findall(value)
        assert recognizer._national_score(value, groups) == _parsed_national_score(recognizer, value), value
