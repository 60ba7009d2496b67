"""Dates tied to a person in the forms claims, letters and forms print
them: dashed month names, Japanese and Korean dates, birth dates in a
claim form's boxes, and both ends of a stay. Synthetic examples written
for these tests."""

from __future__ import annotations

import pytest

from helpers import found


def dates(text: str) -> list[str]:
    return [value for entity, value in found(text) if entity == "DATE_TIME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My date of birth is FEB-13-1960 in case you need it.", "FEB-13-1960"),
        ("生年月日: 1988年10月9日", "1988年10月9日"),
        ("생년월일: 1988년 10월 9일", "1988년 10월 9일"),
        ("受診日: 2023年1月24日", "2023年1月24日"),
        ("3. PATIENT'S BIRTH DATE  05 07 1944   SEX M", "05 07 1944"),
        ("Me llamo Itzel Tlapale, nací el 11 de agosto de 1955 y vivo en Austin.", "11 de agosto de 1955"),
        ("Fecha de la cita: 4 de agosto de 2024", "4 de agosto de 2024"),
        ("Compte rendu de consultation du 5 décembre 2025", "5 décembre 2025"),
        ("24A. DATE(S) OF SERVICE  From 02/16/2024 To 02/17/2024", "02/16/2024"),
    ],
)
def test_person_dates_in_printed_and_foreign_forms(text: str, expected: str) -> None:
    assert expected in dates(text), found(text)


def test_both_ends_of_a_stay_share_the_context_after_the_second() -> None:
    text = "Frau Weber, die sich vom 26.07.2023 bis 29.07.2023 in unserer stationären Behandlung befand."
    assert dates(text) == ["26.07.2023", "29.07.2023"]


@pytest.mark.parametrize(
    "text",
    [
        "Release window 2024-01-01 to 2024-01-31 for version 3.",
        "Build FEB-13-1960 is a part number.",
        "Zeitraum vom 01.01.2024 bis 31.01.2024 laut Rechnung.",
        "The 2023年 budget rose 10月 over plan.",
    ],
)
def test_ranges_and_look_alikes_without_person_context_are_not_person_dates(text: str) -> None:
    assert dates(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fecha de atención: 27/10/2025", "27/10/2025"),
        ("Data do atendimento: 09/01/2025", "09/01/2025"),
        ("Data przyjęcia: 23.08.2025", "23.08.2025"),
        ("진료일: 2024년 1월 22일", "2024년 1월 22일"),
        ("Doses given:\n  - MMR: 04/14/2019 (lot GIJ305)\n  - Varicella: 03/01/2018 (lot IMUABK)", "03/01/2018"),
        ("| Rm | Patient | Admitted |\n|---|---|---|\n| 425 | Carmela Esposito | 2024-04-28 |", "2024-04-28"),
        ('patient_name,dob,appt_time\n"Featherstone, Delia",1965-05-29,2025-01-23T07:30', "2025-01-23T07:30"),
        ('{"subject": {"display": "Carmela Bonfanti"}, "authoredOn": "2024-04-05"}', "2024-04-05"),
    ],
)
def test_visit_admission_vaccination_and_appointment_dates(text: str, expected: str) -> None:
    assert expected in dates(text), found(text)


def test_a_disease_seasons_date_is_not_a_person_date() -> None:
    assert dates("Influenza season peaked on 01/15/2024 nationally.") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pt admitted 3/3 for CHF, d/c'd 3/7 to SNF.", "3/7"),
        ("Follow up with cardiology 3/21.", "3/21"),
        ("progress note 3/14: pt seen at bedside", "3/14"),
        ("appt 5/6 at 9am", "5/6"),
    ],
)
def test_a_month_and_day_after_a_discharge_follow_up_or_note_word_is_a_person_date(text: str, date: str) -> None:
    assert ("DATE_TIME", date) in found(text), found(text)


def test_a_fraction_after_follow_up_is_not_a_date() -> None:
    assert found("follow up in 2/3 of cases") == []
