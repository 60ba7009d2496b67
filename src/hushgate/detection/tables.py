"""Column headers type table cells: CSV/TSV and markdown tables in a prompt.

A header row names what the cells below it are (``last_name,dob,dl_number``;
``| Patient | MRN | DOB |``), exactly like a JSON key types its value. The
engine maps each header through the same field rules as JSON keys, and each
cell must still pass the recognizer's ``value_ok``.

Rules, stated generally:

* a header row has 2-40 cells, separated by ``,``, ``;``, a tab or (markdown)
  ``|``; every cell is a short label: starts with a letter, at most 40
  characters and 5 words, letters/digits/space/``_ # . / ( ) ' -`` only;
* a markdown header (outer pipes optional) with two labels must be followed
  by its ``|---|:--|`` separator row; with three or more (psql results,
  pasted pipe tables) the separator row (markdown's or psql's ``---+---``)
  is optional;
* data rows are the consecutive non-blank lines after the header with the
  same separator and exactly the same number of cells; a quoted CSV cell
  (``"Lopez, Maria"``) is one cell. A row with one to three cells too many
  is read only when the extra commas split one value of a person or address
  column ("Surname, Given": ``Nguyen, Rafael,7PR1WC7PF93,...``; a street
  line and its unit, town and state: ``1254 N Harbor View Terrace, Apt 2,
  Raleigh, NC,27601``) and no other column; other rows that do not line up
  are skipped, never guessed;
* the table ends at the first blank line or line without the separator;
* a two-column pipe table is also read row by row, as a form: in
  ``| US passport number | C55560621 |`` the first cell is the label of the
  second (``key_value_rows``). Only rows that start their line with a pipe
  and end it with one, in a block of at least two, and not a header (the
  row above a ``|---|`` separator).

Cost: one ``str.find`` per line plus a split of lines that contain a
separator; texts without a newline are not looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from hushgate.detection.fields import GENERIC_NAME_KEYS, PRODUCT_KEYS, gazetteer_backs, normalize_field_name
from hushgate.detection.findings import Candidate

_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9 _#./()'\-]{0,39}")
_MD_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?\Z")
# psql's rule under its header: "------+---------".
_PSQL_SEPARATOR = re.compile(r"[ \t]*-{2,}(?:\+-{2,})+[ \t]*\Z")
_DELIMITERS = ("\t", "|", ";", ",")
_LABEL_RE = r"[A-Za-z][A-Za-z0-9 _#./()'\-]{0,39}+"
# A line made of 2+ short labels and separators. Found with one scan anchored on
# the newline (the first line is tried with match); the rules are then checked
# in Python on these few lines only.
_ROW_RE = rf"(?P<row>[ \t]*\|?[ \t]*{_LABEL_RE}(?:[ \t]*[,;\t|][ \t]*{_LABEL_RE}){{1,39}}[ \t]*\|?[ \t]*)(?=\r?\n)"
_HEADER_ROW = re.compile(_ROW_RE)
_HEADER_ROW_AFTER_NEWLINE = re.compile(r"\n" + _ROW_RE)
_MAX_CELLS = 40


def _line_end(text: str, start: int) -> tuple[int, int]:
    """(end of the line's content, start of the next line or -1)."""
    end = text.find("\n", start)
    if end < 0:
        return len(text), -1
    stop = end - 1 if end > start and text[end - 1] == "\r" else end
    return stop, end + 1


def _cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """Cell spans of one row, stripped of blanks and quotes."""
    line = text[start:end]
    if delimiter == "|":
        body = line.strip()
        if body.startswith("|"):
            offset = start + line.index("|") + 1
            body = body[1:]
        else:
            # GFM lets a table omit its outer pipes ("Name | DOB"); the
            # separator row below the header still marks it as a table.
            offset = start + len(line) - len(line.lstrip())
        if body.endswith("|"):
            body = body[:-1]
    else:
        offset = start
        body = line
    spans = []
    position = offset
    for raw in _split(body, delimiter):
        lo, hi = position, position + len(raw)
        position = hi + 1
        while lo < hi and text[lo] in " \t\"'":
            lo += 1
        while hi > lo and text[hi - 1] in " \t\"'":
            hi -= 1
        spans.append((lo, hi))
    return spans


def _split(body: str, delimiter: str) -> list[str]:
    """`body` split at `delimiter`, a double-quoted CSV cell kept whole."""
    parts = body.split(delimiter)
    if '"' not in body or delimiter == "|":
        return parts
    cells: list[str] = []
    open_cell: list[str] | None = None
    for part in parts:
        if open_cell is not None:
            open_cell.append(part)
            if part.rstrip(" \t").endswith('"'):
                cells.append(delimiter.join(open_cell))
                open_cell = None
            continue
        stripped = part.strip(" \t")
        if stripped.startswith('"') and not (len(stripped) > 1 and stripped.endswith('"')):
            open_cell = [part]
        else:
            cells.append(part)
    if open_cell is not None:
        # An unterminated quote: the line is not CSV after all.
        return parts
    return cells


# "Nguyen, Rafael" / "Van der Berg, Hamza" split by an unquoted comma.
_SURNAME_CELL = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:[ '\-][^\W\d_]+){0,3}")
_GIVEN_CELL = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:[ \-][^\W\d_]+){0,2}\.?")
# "1254 N Harbor View Terrace, Apt 2, Raleigh, NC": a street line, then
# unit, town and state parts split by unquoted commas.
_STREET_CELL = re.compile(r"[0-9]{1,6}[A-Za-z]?[ ][^\W\d_][\w .'\-]{1,60}")
_ADDRESS_PART_CELL = re.compile(r"(?:[^\W\d_][\w .'#\-]{0,40}|#[ ]?[0-9A-Za-z\-]{1,8})")


def _joins(text: str, row: list[tuple[int, int]], column: int, kind: str, extra: int) -> bool:
    """Whether cells column..column+extra of `row` are the parts of one
    value of `kind` ("name": "Surname, Given"; "address": a street line and
    its unit, town and state)."""
    parts = row[column : column + extra + 1]
    if len(parts) != extra + 1:
        return False
    if kind == "name":
        if extra != 1:
            return False
        (lo, comma), (given, hi) = parts
        return bool(
            _SURNAME_CELL.fullmatch(text, lo, comma)
            and _GIVEN_CELL.fullmatch(text, given, hi)
            and text[lo].isupper()
            and text[given].isupper()
        )
    first, *rest = parts
    return bool(_STREET_CELL.fullmatch(text, *first)) and all(_ADDRESS_PART_CELL.fullmatch(text, *part) for part in rest)


def _rejoin(text: str, row: list[tuple[int, int]], kinds: dict[int, str], extra: int) -> list[tuple[int, int]] | None:
    """`row`, `extra` cells longer than its header, with the cells of the one
    name or address column that unquoted commas split joined again; None
    when no column, or more than one, explains the extra cells."""
    joined = None
    for column, kind in kinds.items():
        if not _joins(text, row, column, kind, extra):
            continue
        if joined is not None:
            return None
        joined = [*row[:column], (row[column][0], row[column + extra][1]), *row[column + extra + 1 :]]
    return joined


def _header(text: str, cells: list[tuple[int, int]]) -> bool:
    if not 2 <= len(cells) <= _MAX_CELLS:
        return False
    for lo, hi in cells:
        label = text[lo:hi]
        if not label or _LABEL.fullmatch(label) is None or label.count(" ") > 4:
            return False
    return True


def table_cells(text: str, column_kind: Callable[[str], str | None] | None = None) -> Iterator[tuple[str, int, int]]:
    """(header label, cell start, cell end) for every non-empty data cell of
    every table whose header row is recognised. `column_kind` says which
    header labels hold names ("name") or street addresses ("address"), whose
    values unquoted commas may split."""
    if "\n" not in text:
        return
    position = 0
    first = _HEADER_ROW.match(text)
    matches = iter(()) if first is None else iter((first,))
    while True:
        match = next(matches, None)
        if match is None:
            match = _HEADER_ROW_AFTER_NEWLINE.search(text, position)
            if match is None:
                return
        start = match.start("row")
        end, following = _line_end(text, start)
        position = end
        if following < 0:
            return
        line = text[start:end]
        delimiter = next((d for d in _DELIMITERS if d in line), None)
        if delimiter is None:
            continue
        header = _cells(text, start, end, delimiter)
        if not _header(text, header):
            continue
        if delimiter == "|":
            separator_end, after_separator = _line_end(text, following)
            if _MD_SEPARATOR.match(text, following, separator_end) or _PSQL_SEPARATOR.match(text, following, separator_end):
                following = after_separator
            elif len(header) < 3:
                # Two labels and a pipe are as often prose: a markdown table needs its separator row.
                continue
            if following < 0:
                continue
        labels = [text[lo:hi] for lo, hi in header]
        kinds: dict[int, str] = {}
        if delimiter == "," and column_kind is not None:
            kinds = {i: kind for i, label in enumerate(labels) if (kind := column_kind(label)) is not None}
        row_start = following
        while row_start >= 0:
            row_end, following = _line_end(text, row_start)
            if row_start == row_end or delimiter not in text[row_start:row_end]:
                break
            row = _cells(text, row_start, row_end, delimiter)
            if kinds and len(labels) < len(row) <= len(labels) + 3:
                row = _rejoin(text, row, kinds, len(row) - len(labels)) or row
            if len(row) == len(labels):
                for label, (lo, hi) in zip(labels, row):
                    if lo < hi:
                        yield label, lo, hi
            position = row_end
            row_start = following


# Matched at each line that starts with "|" (a multi-line "^" scan tries every position).
# Possessive cells: a row of more than two cells fails at its third pipe without backtracking.
_KEY_VALUE_ROW = re.compile(r"\|(?P<k>[^|\r\n]{1,48}+)\|(?P<v>[^|\r\n]{1,200}+)\|[ \t]*(?=\r?\n|\Z)")


def key_value_rows(text: str) -> Iterator[tuple[str, int, int]]:
    """(label, value start, value end) for the rows of two-column pipe
    tables read as forms: ``| DOB | Nov 19 1935 |``."""
    starts = [0] if text.startswith("|") else []
    at = text.find("\n|")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n|", at + 1)
    rows = [row for start in starts if (row := _KEY_VALUE_ROW.match(text, start)) is not None and not _above_separator(text, row.end())]
    for index, match in enumerate(rows):
        # A block: another such row (or a separator row between) on the line above or below.
        if any(0 <= other < len(rows) and _adjacent(text, rows[min(index, other)], rows[max(index, other)]) for other in (index - 1, index + 1)):
            label = match.group("k").strip(" \t")
            start, end = match.span("v")
            value = text[start:end]
            if _LABEL.fullmatch(label) and value.strip(" \t"):
                lead = len(value) - len(value.lstrip(" \t"))
                yield label, start + lead, start + len(value.rstrip(" \t"))


def _above_separator(text: str, end: int) -> bool:
    following = text.find("\n", end)
    if following < 0:
        return False
    separator_end, _ = _line_end(text, following + 1)
    return _MD_SEPARATOR.match(text, following + 1, separator_end) is not None


def _adjacent(text: str, upper: re.Match[str], lower: re.Match[str]) -> bool:
    between = text[upper.end() : lower.start()]
    return between.count("\n") == 1 or (between.count("\n") == 2 and _MD_SEPARATOR.match(between.strip("\r\n")) is not None)


# What only people have: beside it a bare "name" column names people
# (an e-mail column makes a table of users or contacts; a date column is
# typed only when its header names a person's date: birth, visit).
_PERSONAL_COLUMNS = frozenset(
    {"US_SSN", "US_ITIN", "US_MBI", "MEDICAL_RECORD_NUMBER", "US_DRIVER_LICENSE", "US_PASSPORT", "EMAIL_ADDRESS", "DATE_TIME"}
)
# Columns of appointment and schedule exports that hold a clinician's name.
_CLINICIAN_KEYS = frozenset({"provider", "doctor", "clinician", "surgeon", "renderingprovider", "attendingprovider"})
_BARE_ACCOUNT_KEYS = frozenset({"account", "acct", "accountno", "acctno"})


def _is_routing(field_rule, label: str) -> bool:
    recognizer = field_rule(normalize_field_name(label))
    return recognizer is not None and recognizer.ENTITY == "US_ROUTING_NUMBER"


def table_candidates(text: str, field_rule, candidates: list, place_keys: frozenset[str]) -> None:
    """Add a candidate for every table cell whose header has a field rule and
    whose value passes that recognizer's ``value_ok``; drop PERSON candidates
    inside cells of place columns (city, state, employer...)."""
    def column_kind(label: str) -> str | None:
        recognizer = field_rule(normalize_field_name(label))
        entity = recognizer.ENTITY if recognizer is not None else None
        return {"PERSON": "name", "STREET_ADDRESS": "address"}.get(entity)  # type: ignore[arg-type]

    labelled_cell_candidates(text, table_cells(text, column_kind), field_rule, candidates, place_keys)
    labelled_cell_candidates(text, key_value_rows(text), field_rule, candidates, place_keys)


def labelled_cell_candidates(text: str, cells: Iterable[tuple[str, int, int]], field_rule, candidates: list, place_keys: frozenset[str]) -> None:
    """``table_candidates`` for any (label, start, end) cells: table columns,
    SQL insert columns."""
    places: list[tuple[int, int]] = []
    generic_names: dict[str, list[tuple[int, int, bool, Any]]] = {}
    about_people = False
    cells = list(cells)
    # "sku,name,qty,price": a generic name column of a product table names products.
    products = any(normalize_field_name(label) in PRODUCT_KEYS for label, _, _ in cells)
    # "name,routing,account,amount": beside a routing number, a bare
    # "account" column holds bank account numbers (alone it is too often a
    # customer or ledger account).
    bank_account = None
    if any(_is_routing(field_rule, label) for label in {label for label, _, _ in cells}):
        bank_account = field_rule("accountnumber")
    for label, start, end in cells:
        key = normalize_field_name(label.replace("#", " number"))
        if key in place_keys or (products and key in GENERIC_NAME_KEYS):
            # Cells that name a place, or a product: no person inside.
            places.append((start, end))
            continue
        recognizer = field_rule(key)
        if recognizer is None and key in _BARE_ACCOUNT_KEYS:
            recognizer = bank_account
        generic = key in GENERIC_NAME_KEYS
        if recognizer is None and key in _CLINICIAN_KEYS:
            # "provider" names a cloud or a payer as often as a clinician: like "name".
            recognizer, generic = field_rule("physician"), True
        if recognizer is None:
            # "passport_no", "DL num", "Chart nbr": abbreviations of "number".
            for short in ("no", "num", "nbr"):
                if key.endswith(short) and len(key) > len(short) + 1:
                    recognizer = field_rule(key[: -len(short)] + "number")
                    break
        if recognizer is None:
            continue
        value = text[start:end]
        if not recognizer.value_ok(value):
            continue
        if recognizer.ENTITY == "PERSON" and generic:
            # "| Name | Price |" lists products as often as people: decided
            # per column, below.
            generic_names.setdefault(label, []).append((start, end, gazetteer_backs(value), recognizer))
            continue
        if recognizer.ENTITY in _PERSONAL_COLUMNS:
            about_people = True
        candidates.append(Candidate(recognizer.ENTITY, start, end, recognizer.FIELD_SCORE, recognizer.name))
    for column in generic_names.values():
        # The gazetteer must know a first name, or every word as a surname;
        # where it backs half of a column's cells (two at least), or the
        # table holds identifiers only people have (an SSN column), the
        # column lists people, and its other names ("Gwon, Min-jun") too.
        backed = sum(known for _, _, known, _ in column)
        people = about_people or (backed >= 2 and 2 * backed >= len(column))
        for start, end, known, recognizer in column:
            if known or people:
                candidates.append(Candidate(recognizer.ENTITY, start, end, recognizer.FIELD_SCORE, recognizer.name))
    if places:
        candidates[:] = [
            c for c in candidates
            if c.entity_type != "PERSON" or not any(s <= c.start and c.end <= e for s, e in places)
        ]

