"""Keys type their values wherever a prompt writes key/value pairs: JSON,
code and SQL, YAML and .env lines, query strings, XML and FHIR XML
(``hushgate.detection.fields``). Values come from the gazetteer-independent
field rules, so names the gazetteer does not know are still found.
Examples are synthetic and written for these tests."""

from __future__ import annotations

import pytest

from helpers import found

KEYED_VALUES = [
    # code and SQL: quoted values after "=", "==" or ":"
    ("SELECT * FROM patients WHERE last_name = 'Kowalczyk';", ("PERSON", "Kowalczyk")),
    ('Patient(first_name="Amara", last_name="Nwosu")', ("PERSON", "Nwosu")),
    ("if member_ssn == '401882291':", ("US_SSN", "401882291")),
    ("{'last_name': 'Nwosu', 'plan': 'gold'}", ("PERSON", "Nwosu")),
    ('<patient lastName="Nwosu" birthDate="1988-07-21">', ("PERSON", "Nwosu")),
    # YAML, .env and INI lines
    ("first_name: Amara\nlast_name: Nwosu\n", ("PERSON", "Amara")),
    ("first_name: Amara\nlast_name: Nwosu\n", ("PERSON", "Nwosu")),
    ("patient:\n  - given_name: Chiamaka\n    dob: 1988-07-21\n", ("PERSON", "Chiamaka")),
    ("PATIENT_NAME=Amara Nwosu\nLOG_LEVEL=debug\n", ("PERSON", "Amara Nwosu")),
    ("SESSION_SECRET=(VrFzT(N5pPdS4qny^aT4k_^dw&tK\n", ("PASSWORD", "(VrFzT(N5pPdS4qny^aT4k_^dw&tK")),
    ("db_password: hunter2[x] # rotated monthly\n", ("PASSWORD", "hunter2[x]")),
    # query strings
    ("GET /api/lookup?first_name=Amara&last_name=Nwosu HTTP/1.1", ("PERSON", "Nwosu")),
    ("https://portal.example/search?mrn=A7781234&view=full", ("MEDICAL_RECORD_NUMBER", "A7781234")),
    # log lines (logfmt) and cookies
    ("2025-11-02T10:14:22Z INFO login ok user=mgonzalez patient_id=MRN0048213", ("MEDICAL_RECORD_NUMBER", "MRN0048213")),
    ("Cookie: session=abc123; last_name=Nwosu", ("PERSON", "Nwosu")),
    # XML and FHIR XML
    ("<patient><firstName>Amara</firstName><lastName>Nwosu</lastName></patient>", ("PERSON", "Nwosu")),
    ('<name><family value="Nwosu"/><given value="Amara"/></name>', ("PERSON", "Nwosu")),
    ('<birthDate value="1988-07-21"/>', ("DATE_TIME", "1988-07-21")),
]


@pytest.mark.parametrize(("text", "expected"), KEYED_VALUES)
def test_a_key_types_its_value_in_every_syntax(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


NOT_PERSONS = [
    # A bare "name" in configuration and code names services and products.
    "spec:\n  containers:\n    - name: app\n      image: nginx\n",
    "logger = logging.getLogger(name='Payment Service')",
    "Field(name='Order Total', type='int')",
    # "family", "given" and "driver" mean other things outside person records.
    "h1 {\n  font-family: Roboto\n}",
    "family: Roboto\nsize: 12\n",
    "<family>Arial</family>",
    "SELECT * FROM plants WHERE family = 'Lamiaceae'",
    "driver=Chrome headless=true",
    # Place keys veto a person reading of their value, in every syntax.
    "city: Jordan\ncountry: Chad\n",
    "<city>Jordan</city>",
    "WHERE city = 'Florence'",
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_configuration_names_and_places_are_not_persons(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


def test_an_unquoted_secret_value_with_blanks_is_left_to_the_keyword_rules() -> None:
    assert "PASSWORD" not in {e for e, _ in found("secret_note: call me after the standup\n")}


def test_a_json_pair_is_read_once() -> None:
    assert found('{"ssn": "401-88-2291"}') == [("US_SSN", "401-88-2291")]


def test_a_label_in_prose_is_not_a_configuration_key() -> None:
    # The same field name types the value in configuration, not after a
    # capitalised prose label, where the keyword rules decide.
    assert ("PERSON", "Zyxwq") in found("guarantor: Zyxwq\n")
    assert "PERSON" not in {e for e, _ in found("Guarantor: Zyxwq\n")}


def test_pairs_of_json_escaped_inside_a_json_string_are_read() -> None:
    text = '{"text": "{\\"displayName\\": \\"Aoi Matsudaira\\", \\"email\\": \\"m@example.org\\"}"}'
    assert ("PERSON", "Aoi Matsudaira") in found(text)
