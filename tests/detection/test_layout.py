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
