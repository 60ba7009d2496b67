"""FHIR identifiers are typed by their system or identifier-type code, and
pretty-printed name arrays are read (hushgate.detection.fhir, fields).
Synthetic examples written for these tests."""

from __future__ import annotations

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
