"""The line above a street address names its addressee (detection/layout.py)."""

from __future__ import annotations

import pytest

from helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FIRST HARBOR CREDIT UNION   Statement\nSOPHIE DUBOIS\n9292 Juniper Ridge Pl, Suite 210\nRALEIGH, NC 27661", "SOPHIE DUBOIS"),
        ("Ship to:\nNgozi Eze\n8549 Willow Creek Blvd\nDes Moines, IA 50309", "Ngozi Eze"),
        ("Mr. Rahul Iyer\n902 Maple Pl, Apt 11C", "Rahul Iyer"),
    ],
)
def test_the_line_above_a_street_line_is_a_person(text: str, expected: str) -> None:
    assert ("PERSON", expected) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ACCOUNT SUMMARY\n123 Main Street",
        "Acme Health Partners\n100 Main Street",
        "Harbor View Apartments\n12 Main Street",
        "Billing Department\n55 Elm Street",
        "Sophie DUBOIS Review\n12 Main Street",  # mixed writing is not a label line
        "Please send the refund to\n12 Main Street",
    ],
)
def test_other_lines_above_a_street_line_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


def test_a_name_line_needs_the_street_line_right_below() -> None:
    text = "TAVITA LEAUPEPE\n\n8549 Willow Creek Blvd"  # unknown to the gazetteer
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


def test_the_town_line_below_a_street_line_joins_the_address() -> None:
    text = "Margaret O'Connell\n14 Elm Street\nSpringfield, MA 01103\n\nDear Ms. O'Connell,"
    hits = set(found(text))
    assert ("STREET_ADDRESS", "14 Elm Street\nSpringfield, MA") in hits
    assert ("US_ZIP_CODE", "01103") in hits


def test_a_line_below_an_address_that_is_not_a_town_line_stays_out() -> None:
    text = "14 Elm Street\nPlease call me about the delivery window 01103"
    assert ("STREET_ADDRESS", "14 Elm Street") in set(found(text))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("WOJCIECH KACZMAREK\n6703 LARKSPUR ST\nPort Ashby, ME 04041-8510", "6703 LARKSPUR ST\nPort Ashby, ME"),
        ("OTTAVIA SFORZINI\n4231 E BIRCHMONT RD\nBrackett, IL 61891-2276", "4231 E BIRCHMONT RD\nBrackett, IL"),
        ("Remit to:\n88 KESTREL DR APT 4B\r\nDayton, OH 45402", "88 KESTREL DR APT 4B\r\nDayton, OH"),
    ],
)
def test_the_line_above_a_town_line_is_a_street_line(text: str, street: str) -> None:
    assert ("STREET_ADDRESS", street) in found(text), found(text)


def test_the_name_above_a_street_line_found_by_its_town_line_is_a_person() -> None:
    assert ("PERSON", "WOJCIECH KACZMAREK") in found("WOJCIECH KACZMAREK\n6703 LARKSPUR ST\nPort Ashby, ME 04041")


@pytest.mark.parametrize(
    "text",
    [
        "2024 Annual Report\nBoston, MA 02110",  # a heading ends in an everyday word
        "Order 12345 shipped\nBoston, MA 02110",  # no house number first
        "3 items in cart\nBoston, MA 02110",  # lower-case words
        "6703 LARKSPUR ST\n\nPort Ashby, ME 04041",  # not the line right above
    ],
)
def test_other_lines_above_a_town_line_are_not_streets(text: str) -> None:
    assert "STREET_ADDRESS" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Caller: 11244 W Granger Bluff Pkwy Apt 12, Saguache Bend.\nAgent: thanks", "11244 W Granger Bluff Pkwy Apt 12, Saguache Bend"),
        ("is it still 667 SW Harrowgate Dr Unit C, Ashford Mills?\n", "667 SW Harrowgate Dr Unit C, Ashford Mills"),
    ],
)
def test_the_town_after_a_street_line_that_ends_the_sentence_is_part_of_the_address(text: str, street: str) -> None:
    hits = found(text)
    assert ("STREET_ADDRESS", street) in hits and "PERSON" not in {e for e, _ in hits}, hits


def test_a_name_after_a_street_line_in_a_running_sentence_stays_a_person() -> None:
    assert ("PERSON", "Maria Lopez") in found("I live at 12 Oak St, Maria Lopez is my landlord")
