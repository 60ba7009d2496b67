"""SWIFT MT payment messages (MT103, MT202 COV): a party field's tag types
its lines.

``:50K:`` (ordering customer) and ``:59:`` (beneficiary customer) hold an
account line (``/DE89370400440532013000``), then the party's name and up to
three address lines. The structured options ``:50F:`` and ``:59F:`` number
their lines instead: ``1/`` name, ``2/`` address, ``3/`` country and town,
and in ``:50F:`` ``4/`` date of birth. Option ``A`` of a party or bank field
(``:52A:`` ordering institution ... ``:58A:`` beneficiary institution) carries a
BIC, after an optional account line. The tag says what each line is,
exactly like a JSON key; the account still has to pass the recognizer's
``value_ok``.
"""

from __future__ import annotations

import re

from hushgate.detection.fields import FieldRules
from hushgate.detection.findings import Candidate
from hushgate.detection.names import ORG_WORDS

_PARTY = re.compile(r"(?m)^:(?:50[AFK]?|59[AF]?):")
# Basic header (block 1: app id, service id, sender's logical terminal) and
# application header (block 2: direction, message type, receiver).
_HEADER_BIC = re.compile(r"(?:\{1:F[0-9]{2}|\{2:I[0-9]{3})(?P<bic>[A-Z]{6}[A-Z0-9]{2})")
# Option A of the bank fields: an optional "/account" line, then the BIC.
_BIC_FIELD = re.compile(r"(?m)^:5[2-8]A:(?:/[^\r\n]{1,40}\r?\n)?(?P<bic>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Za-z0-9])")
# The field ends at the next tag or at the end of the text block.
_FIELD_END = re.compile(r"(?m)^:[0-9]{2}[A-Z]?:|^-\}")
_NUMBERED = re.compile(r"([1-8])/(.+)")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")
_MAX_LINES = 6


def swift_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """Add candidates for the sender's and receiver's BICs of the header
    blocks, and the account, name, address and birth-date lines of every
    ordering-customer and beneficiary field."""
    # "{1:F01CFYBIE9JAXXX2343178846}{2:I103CCNYNL28XXXXN}": the BICs run on into the blocks' other fields.
    for header in _HEADER_BIC.finditer(text):
        rules.add_typed("bic", text, *header.span("bic"), candidates)
    for field in _BIC_FIELD.finditer(text):
        rules.add_typed("bic", text, *field.span("bic"), candidates)
    for tag in _PARTY.finditer(text):
        stop = _FIELD_END.search(text, tag.end())
        end = len(text) if stop is None else stop.start()
        lines = []
        position = tag.end()
        for line in text[tag.end() : end].split("\n")[:_MAX_LINES]:
            stripped = line.rstrip("\r ")
            if stripped:
                lines.append((position, position + len(stripped), stripped))
            position += len(line) + 1
        if tag.group().endswith("F:"):
            _structured(text, lines, rules, candidates)
        else:
            _free_form(text, lines, tag.group().endswith("A:"), rules, candidates)


def _account(text: str, start: int, end: int, value: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    # "/DE89...", "//FW021000021" (a Fedwire routing number), "/12345678".
    account = value.lstrip("/")
    offset = start + len(value) - len(account)
    if value.startswith("//FW"):
        key, offset = "routingnumber", offset + 2
    else:
        key = "iban" if _IBAN_SHAPE.fullmatch(account) else "accountnumber"
    rules.add_typed(key, text, offset, end, candidates)


def _free_form(text: str, lines: list[tuple[int, int, str]], bic: bool, rules: FieldRules, candidates: list[Candidate]) -> None:
    # Account and party-identifier lines come first: "/DE89...", "//FW021000021".
    while lines and lines[0][2].startswith("/"):
        _account(text, *lines[0], rules, candidates)
        lines = lines[1:]
    if bic or not lines:
        return
    start, end, name = lines[0]
    if not _company(name):
        _typed(rules, "fullname", start, end, candidates)
    for start, end, _ in lines[1:4]:
        _typed(rules, "address", start, end, candidates)


def _structured(text: str, lines: list[tuple[int, int, str]], rules: FieldRules, candidates: list[Candidate]) -> None:
    for start, end, line in lines:
        if line.startswith("/"):
            _account(text, start, end, line, rules, candidates)
            continue
        numbered = _NUMBERED.fullmatch(line)
        if numbered is None:
            continue
        number, value_start = numbered.group(1), start + 2
        if number == "1" and not _company(numbered.group(2)):
            _typed(rules, "fullname", value_start, end, candidates)
        elif number in ("2", "3"):
            _typed(rules, "address", value_start, end, candidates)
        elif number == "4":
            rules.add_typed("dateofbirth", text, value_start, end, candidates)


def _typed(rules: FieldRules, key: str, start: int, end: int, candidates: list[Candidate]) -> None:
    """A line the tag types, whatever it looks like: names and addresses in
    MT messages are upper case and free text (no ``value_ok`` to pass)."""
    recognizer = rules.rule(key)
    if recognizer is not None:
        candidates.append(Candidate(recognizer.ENTITY, start, end, recognizer.FIELD_SCORE, recognizer.name))


def _company(name: str) -> bool:
    """'ACME TRADING LTD', 'FIRST NATIONAL BANK': a company, not a person."""
    return any(word.strip(".,").lower() in ORG_WORDS for word in name.split())
