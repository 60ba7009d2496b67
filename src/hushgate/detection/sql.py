"""SQL inserts: a column list types the values below it.

``INSERT INTO patients (first_name, dob, ssn) VALUES ('Amara', '1984-02-11',
'512-44-9031')`` says what each value is, exactly like a table header or a
JSON key. Each column name goes through the field rules and each value must
pass the recognizer's ``value_ok`` (``tables.labelled_cell_candidates``).
Inserts without a column list are left to the recognizers' own patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hushgate.detection.tables import labelled_cell_candidates

_INSERT = re.compile(
    r"insert[ \t\r\n]+(?:ignore[ \t\r\n]+)?into[ \t\r\n]+[\w.\"`\[\]]{1,128}[ \t\r\n]*\((?P<columns>[^()]{1,4000})\)[ \t\r\n]*values[ \t\r\n]*",
    re.IGNORECASE,
)
_COLUMN = re.compile(r"[ \t\r\n]*[\"`\[]?(?P<name>[A-Za-z_][\w ]{0,63}?)[\"`\]]?[ \t\r\n]*(?:,|\Z)")
# One value of a row: a quoted string (quotes doubled or escaped inside) or a bare token.
_VALUE = re.compile(r"[ \t\r\n]*(?:'(?P<single>(?:[^'\\]|''|\\.){0,500})'|\"(?P<double>(?:[^\"\\]|\\.){0,500})\"|(?P<bare>[^,()'\"\s]{1,100}))[ \t\r\n]*")
_MAX_ROWS = 1000


def _columns(text: str) -> list[str] | None:
    names = []
    position = 0
    while position < len(text):
        match = _COLUMN.match(text, position)
        if match is None or match.end() == position:
            return None
        names.append(match.group("name").strip())
        position = match.end()
    return names


def insert_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(column name, value start, value end) of every value of every insert
    with a column list whose rows line up with it."""
    for insert in _INSERT.finditer(text):
        columns = _columns(insert.group("columns"))
        if not columns:
            continue
        position = insert.end()
        for _ in range(_MAX_ROWS):
            if text[position : position + 1] != "(":
                break
            row: list[tuple[int, int]] = []
            position += 1
            while True:
                value = _VALUE.match(text, position)
                if value is None:
                    break
                row.append(value.span(value.lastgroup))
                position = value.end()
                if text[position : position + 1] != ",":
                    break
                position += 1
            if text[position : position + 1] != ")":
                break
            if len(row) == len(columns):
                yield from ((column, start, end) for column, (start, end) in zip(columns, row) if start < end)
            position += 1
            while position < len(text) and text[position] in " \t\r\n,":
                position += 1


def sql_candidates(text: str, field_rule, candidates: list, place_keys: frozenset[str]) -> None:
    labelled_cell_candidates(text, insert_cells(text), field_rule, candidates, place_keys)
