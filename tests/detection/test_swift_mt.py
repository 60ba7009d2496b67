"""SWIFT MT payment messages (``hushgate.detection.swift_mt``): the ordering
customer's and beneficiary's fields type their lines. Messages are synthetic
and written for these tests."""

from __future__ import annotations

import pytest

from helpers import found

MT103 = """{1:F01BANKBEBBAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:
:20:REF2025111301
:23B:CRED
:32A:251113EUR12500,00
:50K:/BE71096123456769
AMARA OKOYE
14 RUE DE LA LOI
1040 BRUSSELS BE
:52A:GEBABEBB
:59:/DE89370400440532013000
HANS MUELLER
FRIEDRICHSTRASSE 12
10117 BERLIN
:70:INVOICE 4471
:71A:SHA
-}"""


@pytest.mark.parametrize(
    "expected",
    [
        ("IBAN_CODE", "BE71096123456769"),
        ("PERSON", "AMARA OKOYE"),
        ("STREET_ADDRESS", "14 RUE DE LA LOI"),
        ("STREET_ADDRESS", "1040 BRUSSELS BE"),
        ("IBAN_CODE", "DE89370400440532013000"),
        ("PERSON", "HANS MUELLER"),
        ("STREET_ADDRESS", "FRIEDRICHSTRASSE 12"),
        ("STREET_ADDRESS", "10117 BERLIN"),
    ],
)
def test_free_form_party_fields_type_their_lines(expected: tuple[str, str]) -> None:
    assert expected in found(MT103)


def test_reference_and_remittance_fields_are_not_parties() -> None:
    values = {value for _, value in found(MT103)}
    assert "REF2025111301" not in values and "INVOICE 4471" not in values


def test_structured_option_numbers_its_lines() -> None:
    text = ":50F:/12345678\n1/JOHN SMITH\n2/1 MAIN STREET\n3/US/NEW YORK\n4/19800101\n:59:/GB29NWBK60161331926819\nJANE ROE\n"
    results = found(text)
    for expected in [
        ("US_BANK_ACCOUNT", "12345678"),
        ("PERSON", "JOHN SMITH"),
        ("STREET_ADDRESS", "1 MAIN STREET"),
        ("STREET_ADDRESS", "US/NEW YORK"),
        ("DATE_TIME", "19800101"),
        ("IBAN_CODE", "GB29NWBK60161331926819"),
        ("PERSON", "JANE ROE"),
    ]:
        assert expected in results, (expected, results)


def test_a_company_beneficiary_is_not_a_person() -> None:
    assert "PERSON" not in {e for e, _ in found(":59:/123456789\nACME TRADING LTD\n10 HIGH STREET\n:70:RENT")}


def test_a_fedwire_routing_line_is_a_routing_number() -> None:
    assert ("US_ROUTING_NUMBER", "021000021") in found(":59:/123456789\n//FW021000021\nMARIA LOPEZ\n:70:RENT")


@pytest.mark.parametrize("text", ["Ratio 3:59:12 elapsed", "meeting at 9:59:00", "see section :59: of the spec"])
def test_clock_times_and_prose_are_not_fields(text: str) -> None:
    assert not {e for e, _ in found(text)} & {"PERSON", "STREET_ADDRESS", "US_BANK_ACCOUNT"}


@pytest.mark.parametrize(
    ("message", "bic"),
    [
        (":57A:SFABDEYY\n:59:/DE03262096303026027126\nJANE DOE\n", "SFABDEYY"),
        (":56A:/C/123456789\nCHASUS33XXX\n:57A:SFABDEYY\n", "CHASUS33XXX"),
    ],
)
def test_option_a_bank_fields_carry_a_bic(message: str, bic: str) -> None:
    assert ("SWIFT_CODE", bic) in found(message)
