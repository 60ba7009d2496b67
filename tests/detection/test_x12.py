"""X12 EDI: segment ids and qualifiers type the elements of claims and
eligibility files (hushgate.detection.x12). Synthetic examples written for
these tests."""

from __future__ import annotations

import pytest

from helpers import found

ELIGIBILITY = (
    "Check this 271:\n"
    "ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*SUNVALE        *240301*1130*^*00501*000032568*0*P*:~\n"
    "NM1*IL*1*DELACROIX-HART*FATIMA****MI*W963617090~\n"
    "DMG*D8*20100718*M~\n"
    "DTP*472*D8*20210720~\n"
    "N3*742 Evergreen Terrace~\n"
    "N4*Springfield*IL*62704~\n"
    "REF*SY*521273831~\n"
    "PER*IC*BILLING*TE*2175550143~\n"
    "NM1*85*2*SUNVALE CLINIC*****XX*1078851452~\n"
    "EB*1**30**GOLD PPO~"
)


@pytest.mark.parametrize(
    "expected",
    [
        ("PERSON", "DELACROIX-HART"),
        ("PERSON", "FATIMA"),
        ("HEALTH_PLAN_ID", "W963617090"),
        ("DATE_TIME", "20100718"),
        ("DATE_TIME", "20210720"),
        ("STREET_ADDRESS", "742 Evergreen Terrace"),
        ("US_ZIP_CODE", "62704"),
        ("US_SSN", "521273831"),
        ("PHONE_NUMBER", "2175550143"),
        ("US_NPI", "1078851452"),
    ],
)
def test_segment_qualifiers_type_elements(expected: tuple[str, str]) -> None:
    assert expected in found(ELIGIBILITY)


def test_an_organizations_name_is_not_a_person() -> None:
    assert "PERSON" not in {e for e, _ in found("NM1*85*2*SUNVALE CLINIC*****XX*1078851452~")}


def test_dates_of_the_interchange_are_not_person_dates() -> None:
    text = "GS*HB*SENDER*RECEIVER*20240301*1130*1*X*005010X279A1~\nBHT*0022*13*10001234*20240301*1319~"
    assert "DATE_TIME" not in {e for e, _ in found(text)}


def test_a_members_plan_date_is_a_person_date() -> None:
    assert ("DATE_TIME", "20240101") in found("NM1*IL*1*DOE*JANE****MI*W1234567~\nDTP*291*D8*20240101~")


def test_a_valid_mbi_in_a_member_id_element_is_reported_as_an_mbi() -> None:
    text = "NM1*IL*1*OFORI-ATTA*YAW****MI*5JR3CW9DX74~DMG*D8*19510831~"
    assert ("US_MBI", "5JR3CW9DX74") in found(text), found(text)
