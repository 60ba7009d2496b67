"""HL7 v3 / C-CDA documents: an <id>'s issuer OID or its element types its
extension, and a <name>'s <given> and <family> are a person's
(hushgate.detection.cda, fields). Synthetic examples written for these tests."""

from __future__ import annotations

from helpers import found

HEADER = (
    "Parse the patient header of this C-CDA:\n"
    '<recordTarget><patientRole><id extension="51222331" root="2.16.840.1.113883.19.5"/>'
    '<id extension="521-27-3831" root="2.16.840.1.113883.4.1"/>'
    "<addr><streetAddressLine>7129 N Willow Bend Way</streetAddressLine></addr>"
    "<patient><name><given>Priya</given><family>Al-Masri</family></name>"
    '<birthTime value="19811209"/></patient></patientRole></recordTarget>'
)


def test_the_patient_roles_id_is_a_medical_record_number() -> None:
    assert ("MEDICAL_RECORD_NUMBER", "51222331") in found(HEADER)


def test_an_id_issued_by_the_social_security_administration_is_an_ssn() -> None:
    assert ("US_SSN", "521-27-3831") in found(HEADER)


def test_an_id_issued_by_the_npi_registry_is_an_npi() -> None:
    text = '<assignedAuthor><id extension="1078851452" root="2.16.840.1.113883.4.6"/></assignedAuthor>'
    assert ("US_NPI", "1078851452") in found(text)


def test_given_and_family_inside_a_name_are_a_person() -> None:
    assert {("PERSON", "Priya"), ("PERSON", "Al-Masri")} <= set(found(HEADER))


def test_birth_time_is_a_date_of_birth() -> None:
    assert ("DATE_TIME", "19811209") in found(HEADER)


def test_ids_of_documents_and_other_elements_are_not_typed() -> None:
    text = '<ClinicalDocument><id extension="TT988" root="2.16.840.1.113883.19.5.99999.1"/><setId extension="BB35"/></ClinicalDocument>'
    assert found(text) == []


def test_a_family_element_outside_a_name_is_not_a_person() -> None:
    assert "PERSON" not in {e for e, _ in found("<taxon><family>Rosaceae</family><genus>Malus</genus></taxon>")}


def test_the_documents_encounter_time_is_a_date_of_service() -> None:
    text = '<componentOf><encompassingEncounter><effectiveTime value="20240316"/></encompassingEncounter></componentOf>'
    assert found(text) == [("DATE_TIME", "20240316")]


def test_the_encounter_time_may_be_the_low_bound_after_the_encounter_id() -> None:
    text = (
        '<encompassingEncounter>\n  <id root="2.16.840.1.113883.19" extension="E123"/>\n'
        '  <effectiveTime>\n    <low value="202403161030"/>\n  </effectiveTime>'
    )
    assert ("DATE_TIME", "202403161030") in found(text)


def test_the_documents_own_effective_time_is_not_a_date_of_service() -> None:
    assert found('<ClinicalDocument><effectiveTime value="20240316"/>') == []
