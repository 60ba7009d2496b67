"""Government identifiers: SSN, ITIN, driver's license, passport (HIPAA G, K)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.alternation import one_of
from hushgate.detection.checksums import itin_valid, ssn_valid
from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer, bounded, digits_only
from hushgate.detection.recognizers.keyed import ANSWER_ID_SEP, SEP, KeyedPattern
from hushgate.detection.recognizers.us_states import STATE_CODES, STATE_NAMES

# Nine digits starting a digit run ("(?<!..)" after the first digit keeps the
# C-level skip-ahead on "[0-9]" and stops retries inside long digit runs).
NINE_DIGITS = r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{2}[\- .]?[0-9]{2}[\- .]?[0-9]{4}(?![0-9])"
# One scan serves SSN, ITIN and ABA routing numbers. Consistent separators
# (123-45-6789, 123 45 6789) score as formatted; a bare run of nine digits (or
# mixed separators, e.g. after a zero-width character was folded away) is
# anything from a zip+4 to an order number: it only counts with context.
FORMATTED_SCORE = 0.85
_NINE_DIGIT_PATTERNS = (Pattern("nine_digits", NINE_DIGITS, 0.3),)


# The separators NINE_DIGITS allows, deleted: its match minus them is its
# digits (what digits_only returns, without a generator per character).
_NO_SEPARATORS = str.maketrans("", "", "- .")
_PASSPORT_VALUE = re.compile(r"[A-Za-z]{0,2}[0-9]{6,9}")


class _NineDigitRecognizer(Recognizer):
    PATTERNS = _NINE_DIGIT_PATTERNS

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span()
        if not bounded(text, start, end):
            return
        # Part of a longer dashed number (phone, card, 123-45-6789-01).
        if end + 1 < len(text) and text[end] in "-." and text[end + 1].isdigit():
            return
        if start > 1 and text[start - 1] in "-." and text[start - 2].isdigit():
            return
        value = match.group()
        if not self.valid_digits(value.translate(_NO_SEPARATORS)):
            return
        formatted = len(value) == 11 and value[3] == value[6] and value[3] in "- ."
        yield self.candidate(start, end, FORMATTED_SCORE if formatted else pattern.score)

    def valid_digits(self, digits: str) -> bool:
        raise NotImplementedError

    def validate_result(self, pattern_text: str) -> bool | None:
        return self.valid_digits(digits_only(pattern_text))

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return len(value) <= 11 and all(c.isdigit() or c in "- ." for c in value) and self.valid_digits(digits_only(value))


class UsSsnRecognizer(_NineDigitRecognizer):
    ENTITY = "US_SSN"
    CONTEXT = (
        "ssn", "ssns", "social security", "social security number", "social security no",
        "social", "ss#", "ss", "soc sec", "ssn#", "socialsecuritynumber", "social_security_number",
    )
    NEGATIVE_CONTEXT = ("routing", "aba", "order", "invoice", "tracking", "zip", "npi", "account", "acct", "member")
    FIELD_NAMES = ("ssn", "socialsecuritynumber", "socialsecurity", "ssnumber", "patientssn", "subscriberssn")

    def valid_digits(self, digits: str) -> bool:
        return ssn_valid(digits)


class UsItinRecognizer(_NineDigitRecognizer):
    ENTITY = "US_ITIN"
    CONTEXT = ("itin", "taxpayer identification", "taxpayer id", "tin", "tax id", "individual taxpayer")
    FIELD_NAMES = ("itin", "taxpayerid", "tin", "taxid")

    def valid_digits(self, digits: str) -> bool:
        return itin_valid(digits)


def _has_digit_and_length(value: str, low: int, high: int) -> bool:
    compact = value.replace("-", "").replace(" ", "")
    return low <= len(compact) <= high and any(c.isdigit() for c in compact)


class UsDriverLicenseRecognizer(Recognizer):
    ENTITY = "US_DRIVER_LICENSE"
    # Formats differ by state (A1234567, 123456789, D123-4567-8901...), so
    # the keyword is what makes a value a license number.
    # Up to 16 characters in one run (a UK licence: MORGA753116SM9IJ), or
    # up to five groups (Florida: W425-123-45-678-0).
    _VALUE = r"[a-z0-9][a-z0-9]{0,15}(?:[\- ][0-9][a-z0-9]{0,11}){0,4}"
    # The issuing state often stands between keyword and number: "driver's
    # license: New York 033 741 398", "DL (TX) 12345678".
    _SEP = SEP + (
        r"(?:\(?" + one_of(sorted({*STATE_NAMES.lower().split("|"), *(c.lower() for c in STATE_CODES)}, key=lambda w: (-len(w), w)))
        + r"\)?(?![a-z0-9])[ \t]{0,2}[:,#\-]?[ \t]{1,3})?"
    )
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "driver's license|driver\u2019s license|drivers license|driver license|driver's licence|drivers licence|"
            "driver licence|driving license|driving licence|driver's lic|drivers lic|driver lic|dl|d.l.|dln|"
            "operator's license|operator license|oln|cdl|"
            # Spanish, Portuguese, German, French, Italian, Dutch, Polish, Turkish.
            "licencia de conducir|licencia de manejo|licencia de conductor|carteira de motorista|cnh|führerschein|"
            "führerscheinnummer|permis de conduire|patente di guida|rijbewijs|rijbewijsnummer|prawo jazdy|ehliyet|sürücü belgesi",
            _VALUE,
            0.85,
            sep=_SEP,
        ),
        KeyedPattern("keyed_weak", "license|licence|lic", _VALUE, 0.55),
        KeyedPattern(
            "answer",
            "driver's license|drivers license|driver license|license number|licence number|dl number",
            # "C1707670", "J 567 352 389 887", "X126-980-30-925-9": a digit within the first four characters.
            r"(?=[a-z0-9 \-]{0,3}[0-9])[a-z0-9]{1,16}(?:[\- ][0-9][a-z0-9]{0,11}){0,4}",
            0.85,
            suffix=r"(?![a-z0-9])",
            # "It's a CA license, C1707670".
            sep=ANSWER_ID_SEP + r"(?:a[ ][a-z]{2}[ ]licen[cs]e,?[ ])?",
        ),
    )
    CONTEXT = ("driver", "license", "licence", "dmv", "dl")
    FIELD_NAMES = (
        "driverslicense", "driverlicense", "dl", "dlnumber", "licensenumber", "driverslicensenumber",
        "driverlicensenumber", "driverslicence", "driverlicence", "licencenumber", "dlnum",
    )

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start, end = match.span("v")
        if not bounded(text, start, end):
            return
        value = text[start:end]
        if not _has_digit_and_length(value, 5, 20):
            return
        # A word first is prose, not a number's prefix ("license plate 7ABC123").
        head = value.split(" ", 1)[0].split("-", 1)[0]
        if len(head) > 2 and head.isalpha():
            return
        # After a bare "license" the value must look like a number, not
        # "Apache-2.0" or "GPL 3": four digits or more.
        if pattern.name == "keyed_weak" and sum(c.isdigit() for c in value) < 4:
            return
        yield self.candidate(start, end, pattern.score)

    def validate_result(self, pattern_text: str) -> bool | None:
        return _has_digit_and_length(pattern_text, 5, 20)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return all(c.isalnum() or c in "- " for c in value) and _has_digit_and_length(value, 5, 20)


class UsPassportRecognizer(Recognizer):
    ENTITY = "US_PASSPORT"
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyed",
            "passport|pasaporte|passeport|reisepass|reisepassnummer|passaporto|passaporto usa|travel document|pp#|pp no|"
            # With the issuing country: "Pasaporte estadounidense G74846149".
            "pasaporte estadounidense|passeport américain|passaporto statunitense|passaporte americano|us passport|"
            "passport book|passport book number|passport card|passport card number",
            r"[a-z]{0,2}[0-9]{6,9}",
            0.85,
        ),
        # A transcript's answer: "passport number on file?\nCustomer: yes it's 522334455".
        KeyedPattern("answer", "passport|passport number", r"[a-z]{0,2}[0-9]{6,9}", 0.85, suffix=r"(?![a-z0-9])", sep=ANSWER_ID_SEP),
    )
    CONTEXT = ("passport",)
    FIELD_NAMES = ("passport", "passportnumber", "passportno")

    def validate_result(self, pattern_text: str) -> bool | None:
        return 6 <= len(pattern_text) <= 11

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return _PASSPORT_VALUE.fullmatch(value) is not None
