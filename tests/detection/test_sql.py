"""SQL inserts: the column list types the values (``hushgate.detection.sql``)."""

from __future__ import annotations

from helpers import found
from hushgate.detection.sql import insert_cells


def test_insert_columns_type_their_values() -> None:
    text = "INSERT INTO patients (first_name, last_name, dob, ssn) VALUES ('Amara', 'Nwosu', '1984-02-11', '512-44-9031');"
    assert {("PERSON", "Amara"), ("PERSON", "Nwosu"), ("DATE_TIME", "1984-02-11"), ("US_SSN", "512-44-9031")} <= set(found(text))


def test_every_row_of_a_multi_row_insert_is_typed() -> None:
    text = "insert into members (member_id, last_name) values\n  ('W22918837', 'Okafor'),\n  ('W22918845', 'Lindqvist');"
    hits = set(found(text))
    assert {("HEALTH_PLAN_ID", "W22918837"), ("HEALTH_PLAN_ID", "W22918845"), ("PERSON", "Lindqvist")} <= hits


def test_quoted_values_may_hold_commas_quotes_and_brackets() -> None:
    text = "INSERT INTO t (note, last_name) VALUES ('seen (twice), ''urgent''', 'Okafor')"
    assert [(column, text[start:end]) for column, start, end in insert_cells(text)] == [
        ("note", "seen (twice), ''urgent''"),
        ("last_name", "Okafor"),
    ]


def test_a_row_that_does_not_line_up_with_the_columns_is_skipped() -> None:
    assert list(insert_cells("INSERT INTO t (a, b) VALUES ('x')")) == []


def test_an_insert_without_a_column_list_types_nothing() -> None:
    assert list(insert_cells("INSERT INTO employees VALUES (1042, 'Haruto', 'Sato')")) == []
