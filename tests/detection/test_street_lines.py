"""European street lines read by their tail (house number, postal code,
town) and ZIP codes in HL7 addresses, résumé headers and Spanish forms.
Synthetic examples written for these tests."""

from __future__ import annotations

import pytest

from helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wohnhaft Am Kieselgrund 12, 87237 Leipzig, der", "Am Kieselgrund 12, 87237 Leipzig"),
        ("Oğuz Yıldırım\nHolunderstieg 79, 11044 Hamburg\nE-Mail: o@example.org", "Holunderstieg 79, 11044 Hamburg"),
        ("Correspondentieadres: Korenmolenweg 42, 1452 AE Leiden.", "Korenmolenweg 42, 1452 AE Leiden"),
        ("Adres: ul. Pszczelarska 38, 12-662 Poznań\n", "ul. Pszczelarska 38, 12-662 Poznań"),
        ("Beneficiary address: ul. Jaśminowa 37/4, 63-036 Kraków\n", "ul. Jaśminowa 37/4, 63-036 Kraków"),
    ],
)
def test_a_european_street_line_is_found_by_its_postal_code_and_town(text: str, expected: str) -> None:
    assert ("STREET_ADDRESS", expected) in found(text), found(text)


@pytest.mark.parametrize("text", ["Version 2, 12345 Downloads", "Chapter 12, 10115 Berlin", "We shipped 12, 10115 units to Berlin"])
def test_a_number_postal_code_and_word_after_an_everyday_word_is_not_a_street(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PID|1||X||DOE^JANE||19750513|F|||979 Halcyon Ave Apt 12^^Port Alden^ME^04623\nOBR|1", "04623"),
        ("249 Sweetgum Way, Marisol Springs, NM · 87019 · y@example.net", "87019"),
        ("Domicilio: 95 W Halcyon Ave #207, Saguache Bend, CO  C.P. 81115-4371\n", "81115-4371"),
    ],
)
def test_zip_codes_at_an_hl7_segment_end_after_a_middle_dot_and_after_cp(text: str, expected: str) -> None:
    assert ("US_ZIP_CODE", expected) in found(text), found(text)


def test_a_street_line_in_capitals_is_found() -> None:
    text = "SHIRA BEN-DAVID\n99 SADDLEBROOK LANE, UNIT 301\nFLAGSTAFF, AZ 86001\n"
    # The town line below joins the street line (layout.towns_below_addresses).
    assert ("STREET_ADDRESS", "99 SADDLEBROOK LANE, UNIT 301\nFLAGSTAFF, AZ") in found(text), found(text)


@pytest.mark.parametrize("text", ["3 Way valve", "2 Row seats", "5 Park passes", "3 WAY VALVE"])
def test_a_number_before_a_bare_street_word_is_not_an_address(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住所：福岡県福岡市中央区大名3丁目19-7\n電話：03-8454-3596", "福岡県福岡市中央区大名3丁目19-7"),
        ("주소: 서울특별시 송파구 올림픽로21길 24\n진료일", "서울특별시 송파구 올림픽로21길 24"),
        ("地址：北京市朝阳区建国路 177 号 1708 室\n手机", "北京市朝阳区建国路 177 号 1708 室"),
    ],
)
def test_japanese_korean_and_chinese_addresses_after_their_label(text: str, expected: str) -> None:
    assert ("STREET_ADDRESS", expected) in found(text), found(text)


def test_an_address_label_without_a_number_is_not_an_address() -> None:
    assert found("住所：未定") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beneficiary address: Calle Mayor 57, 1º A, 46001 Valencia\nBank", "Calle Mayor 57, 1º A, 46001 Valencia"),
        ("Beneficiary address: Travessa do Moleiro 16, 2.º Esq., 3135-910 Lisboa\nBank", "Travessa do Moleiro 16, 2.º Esq., 3135-910 Lisboa"),
    ],
)
def test_a_floor_and_door_between_house_number_and_postal_code_stay_in_the_street_line(text: str, expected: str) -> None:
    assert ("STREET_ADDRESS", expected) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("i live at 1422 west elm street, springfield il 62704", "1422 west elm street, springfield il"),
        ("send it to 88 oak ave apt 3", "88 oak ave apt 3"),
        ("my address is 77 maple drive", "77 maple drive"),
        ("ship to 500 n michigan ave suite 400, chicago il 60611", "500 n michigan ave suite 400, chicago il"),
        ("resides at 4 oak lane in dover", "4 oak lane"),
    ],
)
def test_a_street_line_typed_in_lower_case_is_an_address(text: str, street: str) -> None:
    assert ("STREET_ADDRESS", street) in found(text), found(text)


@pytest.mark.parametrize(("text", "zip_code"), [("springfield il 62704", "62704"), ("moved to austin texas 73301 in may", "73301")])
def test_a_zip_after_a_lower_case_state_is_a_zip(text: str, zip_code: str) -> None:
    assert ("US_ZIP_CODE", zip_code) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we have 2 main street locations downtown",
        "i walked 3 blocks down oak street to the pharmacy",
        "it's twenty minutes up main street",
        "the clinic on twenty third street",
        "deploy to 3 st regions",
        "the 2 of us drove down elm road",
        "ok 12345 tickets closed",
    ],
)
def test_numbers_before_a_lower_case_street_word_in_prose_are_not_addresses(text: str) -> None:
    assert found(text) == [], found(text)


def test_broadway_ends_a_street_line_like_a_suffix() -> None:
    text = "follow up at 4400 N Broadway, Suite 210, Chicago, IL 60640."
    assert ("STREET_ADDRESS", "4400 N Broadway, Suite 210, Chicago, IL") in found(text), found(text)


def test_a_number_first_calle_line_is_a_street_and_its_name_no_person() -> None:
    text = "Mrs. Yolanda Pérez lives at 18 Calle Luna, San Juan, PR 00901."
    assert ("STREET_ADDRESS", "18 Calle Luna") in found(text) and ("PERSON", "Luna") not in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("2210 Juniper Hollow Rd, Flagstaff, AZ 86001", "2210 Juniper Hollow Rd, Flagstaff, AZ"),
        ("88 Harbor Way, Stephenville, TX 76401", "88 Harbor Way, Stephenville, TX"),
        ("400 Main St, Fl 3, Boston, MA", "400 Main St, Fl 3, Boston, MA"),
    ],
)
def test_a_town_that_starts_like_a_unit_word_is_the_town(text: str, street: str) -> None:
    assert ("STREET_ADDRESS", street) in found(text), found(text)
