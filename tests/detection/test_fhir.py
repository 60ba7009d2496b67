"""FHIR identifiers are typed by their system or identifier-type code, and
pretty-printed name arrays are read (hushgate.detection.fhir, fields).
Synthetic examples written for these tests."""

from __future__ import annotations

import pytest

from helpers import found

PATIENT = """{
  "resourceType": "Patient",
  "identifier": [
    {
      "use": "usual",
      "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
      "value": "E185144962"
    },
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "521-27-3831"}
  ],
  "name": [
    {
      "use": "official",
      "family": "Thibodeaux",
      "given": [
        "Eleanor"
      ]
    }
  ],
  "telecom": [{"system": "phone", "value": "555-0100"}]
}"""


def test_an_identifier_of_type_mr_is_a_medical_record_number() -> None:
    assert ("MEDICAL_RECORD_NUMBER", "E185144962") in found(PATIENT)


def test_an_identifier_in_the_us_ssn_system_is_an_ssn() -> None:
    assert ("US_SSN", "521-27-3831") in found(PATIENT)


def test_a_given_name_in_a_pretty_printed_array_is_a_person() -> None:
    assert ("PERSON", "Eleanor") in found(PATIENT)


def test_a_value_without_an_identifier_system_or_type_is_not_typed_by_one() -> None:
    text = '{"code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]}, "valueString": "normal", "note": [{"value": "ABC123"}]}'
    assert [value for _, value in found(text) if value == "ABC123"] == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            '{"resourceType":"Appointment","status":"booked","start":"2024-03-18T09:30:00-05:00","end":"2024-03-18T10:00:00-05:00"}',
            ["2024-03-18T09:30:00-05:00", "2024-03-18T10:00:00-05:00"],
        ),
        ('{"resourceType":"Encounter","period":{"start":"2024-02-02T14:10:00Z","end":"2024-02-05T11:00:00Z"}}', ["2024-02-02T14:10:00Z", "2024-02-05T11:00:00Z"]),
    ],
)
def test_an_appointments_or_encounters_period_is_a_person_date(text: str, dates: list[str]) -> None:
    assert [value for entity, value in found(text) if entity == "DATE_TIME"] == dates, found(text)


def test_a_coverages_period_is_not_a_person_date() -> None:
    assert found('{"resourceType":"Coverage","period":{"start":"2024-01-01","end":"2024-12-31"}}') == []


@pytest.mark.parametrize("key", ["performedDateTime", "effectiveDateTime", "occurrenceDateTime"])
def test_when_a_procedure_observation_or_immunization_happened_is_a_person_date(key: str) -> None:
    text = f'{{"resourceType":"Procedure","{key}":"2024-03-18T09:30:00Z"}}'
    assert ("DATE_TIME", "2024-03-18T09:30:00Z") in found(text), found(text)
