"""Column headers of CSV/TSV/markdown tables type the cells below them
(hushgate.detection.tables). Synthetic examples written for these tests."""

from __future__ import annotations

import pytest

from helpers import found

from hushgate.detection.tables import table_cells

CSV = (
    "Clean up this export:\n"
    "employee_id,surname,given_name,birth_date,passport_number,license_no\n"
    "4471,Okafor,Chidi,1979-11-02,X81234567,K203-551-7781\n"
    "4472,Lindqvist,Sara,03/14/1988,C03318842,88 201 447\n"
)

MARKDOWN = (
    "Summarize the census:\n\n"
    "| Room | Resident | Chart # | Date of Birth |\n"
    "|:--|:--|--:|---|\n"
    "| 2B | Harold Jensen | 00418832 | 1941-06-30 |\n"
    "| 3A | Mae Collins | 00577120 | 02/11/1939 |\n"
)

TSV = "acct_holder\taccount_number\tzip\nNora Bell\t004417729\t30309\n"

SEMICOLON = "nom;name;cvv\nx;Ines Duarte;4821\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CSV, ("US_PASSPORT", "X81234567")),
        (CSV, ("US_DRIVER_LICENSE", "K203-551-7781")),  # "license_no": abbreviated "number"
        (CSV, ("US_DRIVER_LICENSE", "88 201 447")),
        (CSV, ("DATE_TIME", "03/14/1988")),
        (CSV, ("PERSON", "Lindqvist")),
        (MARKDOWN, ("MEDICAL_RECORD_NUMBER", "00418832")),  # "Chart #"
        (MARKDOWN, ("DATE_TIME", "02/11/1939")),
        (TSV, ("US_BANK_ACCOUNT", "004417729")),
        (TSV, ("US_ZIP_CODE", "30309")),
        (SEMICOLON, ("CARD_SECURITY_CODE", "4821")),
    ],
)
def test_header_types_cells(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # Cells under columns without a field rule stay untyped.
        ("region,units,sold\nNorth,60614,120\nSouth,73301,98\n", "US_ZIP_CODE"),
        # A row that does not line up with the header is not guessed.
        ("name,zip\nAna Ruiz,\"10001, 10002\",extra\n", "US_ZIP_CODE"),
        # Markdown needs its separator row.
        ("| zip | qty |\n| 60614 | 3 |\n", "US_ZIP_CODE"),
        # A blank line ends the table.
        ("qty,zip\n3,60614\n\n4,73301\n", "US_ZIP_CODE:73301"),
        # A generic "name" column of products is not a column of persons.
        ("| Name | Price |\n|---|---|\n| Quantum | 19.99 |\n| Orbit | 24.50 |\n", "PERSON"),
        # Prose with commas is not a header.
        ("We met at noon, discussed the plan, and left.\nThe passport, as usual, 533380006 pages\n", "US_PASSPORT"),
        # Values still have to pass the recognizer's own check.
        ("passport_no,cvv\nunknown,n/a\n", "US_PASSPORT"),
    ],
)
def test_lookalike_tables_are_not_typed(text: str, entity: str) -> None:
    entity, _, value = entity.partition(":")
    hits = [v for e, v in found(text) if e == entity]
    assert (value not in hits) if value else not hits, found(text)


def test_place_columns_veto_person() -> None:
    text = "city,state,employee_name\nCharlotte,NC,Jordan Park\nMadison,WI,Grace Liu\n"
    persons = [v for e, v in found(text) if e == "PERSON"]
    assert "Jordan Park" in persons and "Grace Liu" in persons
    assert "Charlotte" not in persons and "Madison" not in persons


def test_cells_offsets_and_header_shapes() -> None:
    text = "x\n| A | B |\n|---|---|\n|  1 | \"two\" |\n"
    cells = list(table_cells(text))
    assert [(label, text[s:e]) for label, s, e in cells] == [("A", "1"), ("B", "two")]
    assert list(table_cells("a,b\n")) == []  # a header with no rows
    assert list(table_cells("a,b,c")) == []  # no newline: not looked at


def test_markdown_table_without_outer_pipes_is_read() -> None:
    text = "Name | DOB | Member ID | Plan\n---|---|---|---\nTran, Minh | 02/07/1966 | XQW882910443 | Gold PPO\n"
    assert {("PERSON", "Tran, Minh"), ("DATE_TIME", "02/07/1966"), ("HEALTH_PLAN_ID", "XQW882910443")} <= set(found(text))



def test_first_and_last_columns_are_names_the_gazetteer_backs() -> None:
    text = "id,first,last,email\n1,Lakshmi,Iyer,li@mail.example\n2,Monday,Friday,x@mail.example\n"
    hits = set(found(text))
    assert {("PERSON", "Lakshmi"), ("PERSON", "Iyer")} <= hits
    assert not {("PERSON", "Monday"), ("PERSON", "Friday")} & hits


def test_quoted_csv_cell_with_a_comma_is_one_cell() -> None:
    text = 'patient,dob,mrn\n"Lopez, Maria",04/25/1951,00418832\n'
    assert [(label, text[s:e]) for label, s, e in table_cells(text)] == [
        ("patient", "Lopez, Maria"),
        ("dob", "04/25/1951"),
        ("mrn", "00418832"),
    ]


def test_name_split_by_an_unquoted_comma_is_rejoined_under_a_person_column() -> None:
    text = (
        "beneficiary,mbi,dob,rendering_npi\n"
        "Nguyen, Rafael,7PR1WC7PF93,12/22/1938,2897186534\n"
        "Van der Berg, Hamza,4EA4HQ1TM42,07/04/1933,2434766061\n"
    )
    hits = set(found(text))
    assert {("PERSON", "Nguyen, Rafael"), ("DATE_TIME", "12/22/1938"), ("US_NPI", "2897186534")} <= hits
    assert {("PERSON", "Van der Berg, Hamza"), ("DATE_TIME", "07/04/1933")} <= hits


def test_extra_cell_outside_a_person_column_is_not_guessed() -> None:
    # The extra comma is in a free-text column, not in a name: the row is skipped.
    text = "item,zip,note\nLamp,60614,Red, large\n"
    assert [label for label, _, _ in table_cells(text, lambda label: "name" if label == "item" else None)] == []


def test_bare_account_column_beside_a_routing_column_is_a_bank_account() -> None:
    text = "name,email,routing,account,amount\nLeilani Pham,lp@mail.example,637707640,377626131,1181.00\n"
    assert ("US_BANK_ACCOUNT", "377626131") in found(text)


def test_bare_account_column_alone_is_not_typed() -> None:
    text = "customer,account,amount\nAcme Corp,377626131,1181.00\n"
    assert "US_BANK_ACCOUNT" not in {entity for entity, _ in found(text)}


def test_address_split_by_unquoted_commas_is_rejoined_under_an_address_column() -> None:
    text = (
        "first,last,email,address,zip\n"
        "Yusuf,Lopez-Herrera,yl@mail.example,1254 N Harbor View Terrace, Apt 2, Raleigh, NC,27601\n"
        "Brenda,Koval,bk@mail.example,88 Elm St, Durham, NC,27701\n"
    )
    hits = set(found(text))
    assert {("STREET_ADDRESS", "1254 N Harbor View Terrace, Apt 2, Raleigh, NC"), ("US_ZIP_CODE", "27601")} <= hits
    assert {("STREET_ADDRESS", "88 Elm St, Durham, NC"), ("US_ZIP_CODE", "27701"), ("PERSON", "Lopez-Herrera")} <= hits


def test_pipe_table_of_three_columns_needs_no_separator_row() -> None:
    text = "NAME | DOB | SSN\nYARA ABERNATHY | 08/07/1987 | 571-35-4211\n"
    assert {("DATE_TIME", "08/07/1987"), ("US_SSN", "571-35-4211")} <= set(found(text))


def test_psql_result_with_its_rule_is_a_table() -> None:
    text = "select email, temp_password from users;\n email | temp_password | ip\n-------+---------------+----\n ana@mail.example | qlEdymewNfYL | 10.0.0.7\n"
    assert ("PASSWORD", "qlEdymewNfYL") in found(text)


def test_date_given_column_of_an_immunization_table_is_a_person_date() -> None:
    text = "| Name | DOB | Vaccine | Date given |\n|---|---|---|---|\n| Nour Kaya | 09/20/1975 | Tdap | 12/14/2023 |\n"
    assert ("DATE_TIME", "12/14/2023") in found(text)


def test_misaligned_rows_of_random_csv_never_raise() -> None:
    import random

    rng = random.Random(5)
    pieces = ["Ana", "Ruiz", "12 Elm St", "Apt 2", "NC", "27601", '"x, y"', "", " ", "'", '"', "1,2", "Lopez, Maria", "-"]
    for _ in range(3000):
        header = ",".join(rng.choice(["name", "first", "last", "address", "zip", "dob", "street", "note"]) for _ in range(rng.randint(2, 6)))
        rows = "\n".join(",".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(1, 4)))
        list(table_cells(header + "\n" + rows + "\n", lambda label: {"name": "name", "address": "address"}.get(label)))
        found(header + "\n" + rows + "\n")


KYC_FORM = (
    "| Field | Value |\n|---|---|\n| Applicant | Rania Al-Haddad |\n| DOB | Nov 19 1935 |\n"
    "| US passport number | C55560621 |\n| Driver license (IL) | B882-0692-5363 |\n"
)


@pytest.mark.parametrize(
    ("entity", "value"),
    [("US_PASSPORT", "C55560621"), ("US_DRIVER_LICENSE", "B882-0692-5363"), ("PERSON", "Rania Al-Haddad")],
)
def test_a_two_column_table_read_as_a_form_types_each_value_by_its_label(entity: str, value: str) -> None:
    assert (entity, value) in found(KYC_FORM), found(KYC_FORM)


def test_a_single_pipe_row_is_not_read_as_a_form() -> None:
    # Two rows at least: one "| a | b |" line is as often prose as a table.
    assert "US_PASSPORT" not in {e for e, _ in found("| Passport | C55560621 |")}


def test_the_header_of_a_two_column_table_is_not_a_form_row() -> None:
    from hushgate.detection.tables import key_value_rows

    text = "| Passport | Holder |\n|---|---|\n| C55560621 | Ana Lee |\n| X81234567 | Bo Chen |"
    assert [label for label, _, _ in key_value_rows(text)] == ["C55560621", "X81234567"]
