"""Check digits and validity rules of identifiers (pure functions over digit
strings). Validation is what separates a card number from an order number."""

from __future__ import annotations

import string
from operator import mul

# A digit's contribution at a doubled position (2d, minus 9 above 9).
_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn_valid(digits: str) -> bool:
    if not digits.isdigit():
        return False
    if digits.isascii():
        # Every second digit from the right doubled (a translation), then the
        # digit sum straight from the ASCII codes: no Python loop per digit.
        kept_and_doubled = digits[-1::-2] + digits[-2::-2].translate(_DOUBLED)
        return (sum(kept_and_doubled.encode()) - 48 * len(digits)) % 10 == 0
    # Other Unicode digits: the arithmetic as it always was.
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def gtin_valid(digits: str) -> bool:
    """GS1 GTIN (8, 12, 13 or 14 digits, the device identifier of a UDI):
    weights 3 and 1 alternating from the digit before the check digit."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isascii() or not digits.isdigit():
        return False
    body = digits[-2::-1]
    total = 3 * sum(map(int, body[0::2])) + sum(map(int, body[1::2]))
    return (10 - total % 10) % 10 == int(digits[-1])


def ssn_valid(digits: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    # Runs of one digit are placeholders, not numbers people have.
    return len(set(digits)) > 1


def itin_valid(digits: str) -> bool:
    """IRS ITIN: 9xx-[50-65|70-88|90-92|94-99]-xxxx."""
    if len(digits) != 9 or not digits.isdigit() or digits[0] != "9":
        return False
    group = int(digits[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


_ABA_WEIGHTS = (3, 7, 1) * 3


def aba_routing_valid(digits: str) -> bool:
    """ABA routing transit number: 3-7-1 weighted checksum and a Federal
    Reserve prefix (00-12, 21-32, 61-72 or 80)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    prefix = int(digits[:2])
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    if len(set(digits)) == 1:
        return False
    if digits.isascii():
        return sum(map(mul, _ABA_WEIGHTS, map(int, digits))) % 10 == 0
    # Other Unicode digits: the arithmetic as it always was.
    return sum(w * (ord(c) - 48) for w, c in zip(_ABA_WEIGHTS, digits)) % 10 == 0


def npi_valid(digits: str) -> bool:
    """NPI: 10 digits starting 1 or 2; Luhn over the number prefixed 80840."""
    return len(digits) == 10 and digits[0] in "12" and luhn_valid("80840" + digits)


_DEA_FIRST = frozenset("ABCDEFGHJKLMPRSTUX")


def dea_valid(value: str) -> bool:
    """DEA registration: 2 letters + 7 digits; the last digit is the units
    digit of (d1+d3+d5) + 2*(d2+d4+d6)."""
    value = value.upper()
    if len(value) != 9 or value[0] not in _DEA_FIRST:
        return False
    if not (value[1].isalpha() or value[1] == "9") or not value[2:].isdigit():
        return False
    d = [ord(c) - 48 for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_MBI_LETTERS = frozenset(string.ascii_uppercase) - set("SLOIBZ")
_DIGITS = frozenset(string.digits)
_MBI_ALNUM = _MBI_LETTERS | _DIGITS
# CMS layout: C A AN N A AN N A A N N (C = 1-9, A = letter without S L O I B Z).
_MBI_LAYOUT = (
    frozenset("123456789"),
    _MBI_LETTERS,
    _MBI_ALNUM,
    _DIGITS,
    _MBI_LETTERS,
    _MBI_ALNUM,
    _DIGITS,
    _MBI_LETTERS,
    _MBI_LETTERS,
    _DIGITS,
    _DIGITS,
)


def mbi_valid(value: str) -> bool:
    value = value.replace("-", "").upper()
    return len(value) == 11 and all(c in allowed for c, allowed in zip(value, _MBI_LAYOUT))


# IBAN lengths per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


_BASE36 = str.maketrans({chr(ord("A") + i): str(10 + i) for i in range(26)})


def iban_valid(value: str) -> bool:
    """ISO 13616: per-country length and mod-97 == 1."""
    compact = value.replace(" ", "").replace("-", "").upper()
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is None or len(compact) != expected or not compact.isalnum():
        return False
    if not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    if rearranged.isascii():
        # Letters to their base-36 values (A -> 10 ... Z -> 35) in one pass.
        numeric = rearranged.translate(_BASE36)
    else:
        numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
               **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


_VIN_CHARS = frozenset(_VIN_VALUES)


def vin_valid(value: str) -> bool:
    """North American VIN: 17 chars without I, O, Q; check digit at 9."""
    value = value.upper()
    if len(value) != 17 or not _VIN_CHARS.issuperset(value):
        return False
    # Only ASCII digits and capitals are left: some digit means not all
    # letters, some letter not all digits.
    if value.isalpha() or value.isdigit():
        return False
    total = sum(map(mul, map(_VIN_VALUES.__getitem__, value), _VIN_WEIGHTS)) % 11
    return value[8] == ("X" if total == 10 else str(total))


# Card brands: (prefix ranges, allowed lengths). A Luhn-valid number outside
# every brand is far more likely an order number than a card.
_CARD_BRANDS: tuple[tuple[tuple[tuple[int, int], ...], int, tuple[int, ...]], ...] = (
    (((4, 4),), 1, (13, 16, 19)),  # Visa
    (((51, 55),), 2, (16,)),  # Mastercard
    (((2221, 2720),), 4, (16,)),  # Mastercard 2-series
    (((34, 34), (37, 37)), 2, (15,)),  # American Express
    (((6011, 6011),), 4, (16, 17, 18, 19)),  # Discover
    (((644, 649),), 3, (16, 17, 18, 19)),  # Discover
    (((65, 65),), 2, (16, 17, 18, 19)),  # Discover
    (((3528, 3589),), 4, (16, 17, 18, 19)),  # JCB
    (((300, 305), (309, 309)), 3, (14, 16, 17, 18, 19)),  # Diners Club
    (((36, 36), (38, 39)), 2, (14, 16, 17, 18, 19)),  # Diners Club
    (((62, 62),), 2, (16, 17, 18, 19)),  # UnionPay
    (((50, 50), (56, 58), (67, 67)), 2, (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
    (((2200, 2204),), 4, (16, 17, 18, 19)),  # Mir
)


def _brand_prefixes() -> dict[int, frozenset[str]]:
    """Card length -> the 4-digit prefixes some brand allows at that length
    (brand prefixes are at most 4 digits wide): ~10,000 strings in all."""
    table: dict[int, set[str]] = {}
    for ranges, width, lengths in _CARD_BRANDS:
        for low, high in ranges:
            for prefix in range(low, high + 1):
                for tail in range(10 ** (4 - width)):
                    four = f"{prefix:0{width}d}{tail:0{4 - width}d}" if width < 4 else f"{prefix:04d}"
                    for length in lengths:
                        table.setdefault(length, set()).add(four)
    return {length: frozenset(fours) for length, fours in table.items()}


# One set lookup instead of 13 brand checks per candidate number.
_BRAND_PREFIXES = _brand_prefixes()


def card_brand_valid(digits: str) -> bool:
    if digits.isascii() and digits.isdigit() and len(digits) >= 4:
        fours = _BRAND_PREFIXES.get(len(digits))
        return fours is not None and digits[:4] in fours
    for ranges, width, lengths in _CARD_BRANDS:
        if len(digits) not in lengths:
            continue
        prefix = int(digits[:width])
        if any(low <= prefix <= high for low, high in ranges):
            return True
    return False


def card_valid(digits: str) -> bool:
    return digits.isdigit() and 12 <= len(digits) <= 19 and len(set(digits)) > 1 and card_brand_valid(digits) and luhn_valid(digits)
