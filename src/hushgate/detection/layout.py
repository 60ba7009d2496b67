"""Address blocks placed by layout: the name line above a street line, and
the town line below it.

Letters, statements, EOBs and shipping labels put the addressee's name on
the line right above the street line:

    SOPHIE DUBOIS
    9292 Juniper Ridge Pl, Suite 210

Nothing in the name line itself says "person" (no title, no keyword, and the
gazetteer often does not know the name), but its place does. The rule only
looks at lines directly above a STREET_ADDRESS candidate that starts a line.

Below the street line, "Springfield, MA 01103" is the same address's town
(a Safe Harbor identifier of its own): the street candidate is extended over
"Springfield, MA" (the ZIP code stays a US_ZIP_CODE of its own).
"""

from __future__ import annotations

import re

from hushgate.detection.findings import Candidate
from hushgate.detection.names import NOT_NAMES, name_key

# Two to four words, each capitalised or all capitals; an optional title.
_NAME_LINE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?[ ])?(?P<v>[^\W\d_][^\s\d_,;:]{0,30}(?:[ ][^\W\d_][^\s\d_,;:]{0,30}){1,3})[ \t]*"
)
SCORE = 0.7
# A town line: "Springfield, MA 01103", "Ann Arbor MI 48104-1234".
_TOWN_LINE = re.compile(
    r"[ \t]*(?P<v>[A-Z][A-Za-z.'\-]{1,25}(?:[ ][A-Z][A-Za-z.'\-]{1,25}){0,2},?[ ]{1,2}[A-Z]{2})[ ]{1,2}[0-9]{5}(?:-[0-9]{4})?[ \t]*(?:\r?\n|\Z)"
)


def names_above_addresses(text: str, candidates: list[Candidate]) -> None:
    """Add a PERSON candidate for the name line above each street line."""
    for candidate in [c for c in candidates if c.entity_type == "STREET_ADDRESS"]:
        start = candidate.start
        if start < 2 or text[start - 1] != "\n":
            continue
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = _NAME_LINE.fullmatch(text, line_start, start - 1)
        if line is None:
            continue
        words = line.group("v").split(" ")
        if not all(_name_word(word) for word in words):
            continue
        # One writing for the whole line: "Sophie Dubois" or "SOPHIE DUBOIS".
        if len({word.isupper() for word in words}) > 1:
            continue
        candidates.append(Candidate("PERSON", *line.span("v"), SCORE, "PersonRecognizer"))


def _name_word(word: str) -> bool:
    return word[0].isupper() and name_key(word).rstrip(".") not in NOT_NAMES


def towns_below_addresses(text: str, candidates: list[Candidate]) -> None:
    """Extend each street candidate that ends its line over the town line below."""
    for candidate in candidates:
        if candidate.entity_type != "STREET_ADDRESS":
            continue
        end = candidate.end
        while end < len(text) and text[end] in " \t\r":
            end += 1
        if end >= len(text) or text[end] != "\n":
            continue
        town = _TOWN_LINE.match(text, end + 1)
        if town is not None:
            candidate.end = town.end("v")
