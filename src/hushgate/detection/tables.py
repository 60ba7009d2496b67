"""Column headers type table cells: CSV/TSV and markdown tables in a prompt.

A header row names what the cells below it are (``last_name,dob,dl_number``;
``| Patient | MRN | DOB |``), exactly like a JSON key types its value. The
engine maps each header through the same field rules as JSON keys, and each
cell must still pass the recognizer's ``value_ok``.

Rules, stated generally:

* a header row has 2-40 cells, separated by ``,``, ``;``, a tab or (markdown)
  ``|``; every cell is a short label: starts with a letter, at most 40
  characters and 5 words, letters/digits/space/``_ # . / ( ) ' -`` only;
* a markdown header (outer pipes optional) must be followed by its
  ``|---|:--|`` separator row;
* data rows are the consecutive non-blank lines after the header with the
  same separator and exactly the same number of cells; a quoted CSV cell
  (``"Lopez, Maria"``) is one cell. A row with one cell too many is read
  only when the extra comma splits a name into "Surname, Given" under a
  person column (``Nguyen, Rafael,7PR1WC7PF93,...``) and nowhere else; other
  rows that do not line up are skipped, never guessed;
* the table ends at the first blank line or line without the separator.

Cost: one ``str.find`` per line plus a split of lines that contain a
separator; texts without a newline are not looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from hushgate.detection.fields import GENERIC_NAME_KEYS, PRODUCT_KEYS, gazetteer_backs, normalize_field_name
from hushgate.detection.findings import Candidate

_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9 _#./()'\-]{0,39}")
_MD_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?\Z")
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


def _rejoin_split_name(text: str, row: list[tuple[int, int]], name_columns: frozenset[int]) -> list[tuple[int, int]] | None:
    """`row`, one cell longer than its header, with the two cells of the
    one person column that hold "Surname, Given" joined; None when no
    person column, or more than one, explains the extra cell."""
    joined = None
    for column in name_columns:
        if column + 1 >= len(row):
            continue
        (lo, comma), (given, hi) = row[column], row[column + 1]
        if not (
            _SURNAME_CELL.fullmatch(text, lo, comma)
            and _GIVEN_CELL.fullmatch(text, given, hi)
            and text[lo].isupper()
            and text[given].isupper()
        ):
            continue
        if joined is not None:
            return None
        joined = [*row[:column], (lo, hi), *row[column + 2 :]]
    return joined


def _header(text: str, cells: list[tuple[int, int]]) -> bool:
    if not 2 <= len(cells) <= _MAX_CELLS:
        return False
    for lo, hi in cells:
        label = text[lo:hi]
        if not label or _LABEL.fullmatch(label) is None or label.count(" ") > 4:
            return False
    return True


def table_cells(text: str, is_name_label: Callable[[str], bool] | None = None) -> Iterator[tuple[str, int, int]]:
    """(header label, cell start, cell end) for every non-empty data cell of
    every table whose header row is recognised. `is_name_label` says which
    header labels name a person (for names split by an unquoted comma)."""
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
            separator_end, following = _line_end(text, following)
            if _MD_SEPARATOR.match(text, end + 1, separator_end) is None or following < 0:
                continue
        labels = [text[lo:hi] for lo, hi in header]
        name_columns = frozenset(
            i for i, label in enumerate(labels) if delimiter == "," and is_name_label is not None and is_name_label(label)
        )
        row_start = following
        while row_start >= 0:
            row_end, following = _line_end(text, row_start)
            if row_start == row_end or delimiter not in text[row_start:row_end]:
                break
            row = _cells(text, row_start, row_end, delimiter)
            if name_columns and len(row) == len(labels) + 1:
                row = _rejoin_split_name(text, row, name_columns) or row
            if len(row) == len(labels):
                for label, (lo, hi) in zip(labels, row):
                    if lo < hi:
                        yield label, lo, hi
            position = row_end
            row_start = following


_BARE_ACCOUNT_KEYS = frozenset({"account", "acct", "accountno", "acctno"})


def _is_routing(field_rule, label: str) -> bool:
    recognizer = field_rule(normalize_field_name(label))
    return recognizer is not None and recognizer.ENTITY == "US_ROUTING_NUMBER"


def table_candidates(text: str, field_rule, candidates: list, place_keys: frozenset[str]) -> None:
    """Add a candidate for every table cell whose header has a field rule and
    whose value passes that recognizer's ``value_ok``; drop PERSON candidates
    inside cells of place columns (city, state, employer...)."""
    def is_name_label(label: str) -> bool:
        recognizer = field_rule(normalize_field_name(label))
        return recognizer is not None and recognizer.ENTITY == "PERSON"

    labelled_cell_candidates(text, table_cells(text, is_name_label), field_rule, candidates, place_keys)


def labelled_cell_candidates(text: str, cells: Iterable[tuple[str, int, int]], field_rule, candidates: list, place_keys: frozenset[str]) -> None:
    """``table_candidates`` for any (label, start, end) cells: table columns,
    SQL insert columns."""
    places: list[tuple[int, int]] = []
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
        if recognizer.ENTITY == "PERSON" and key in GENERIC_NAME_KEYS:
            # "| Name | Price |" lists products as often as people: the
            # gazetteer must know a first name, or every word as a surname.
            if not gazetteer_backs(value):
                continue
        candidates.append(Candidate(recognizer.ENTITY, start, end, recognizer.FIELD_SCORE, recognizer.name))
    if places:
        candidates[:] = [
            c for c in candidates
            if c.entity_type != "PERSON" or not any(s <= c.start and c.end <= e for s, e in places)
        ]

