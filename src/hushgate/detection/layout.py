"""Address blocks and signatures placed by layout: the name line above a
street line, the town line below it, the street line above a town line, and
the name after the dash that closes a message.

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

On the same line, a town after the street's comma that ends the sentence
("... Apt 12, Saguache Bend.") belongs to the address too, not to a person.

Read the other way, a town line makes the line above it a street line when
that starts with a house number, even where the street pattern cannot say so
on its own: mailing labels abbreviate in capitals ("6703 LARKSPUR ST",
"4231 E BIRCHMONT RD"), and "ST" or "DR" alone is too common a token to be
a street suffix everywhere.
"""

from __future__ import annotations

import re

from hushgate.detection.fields import drop_persons_inside
from hushgate.detection.findings import Candidate
from hushgate.detection.names import NOT_NAMES, common_words, name_key
from hushgate.detection.recognizers.location import STREET_SUFFIXES
from hushgate.detection.recognizers.name_forms import WORD
from hushgate.detection.recognizers.speakers import is_speaker

# Two to four words, each capitalised or all capitals; an optional title.
_NAME_LINE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?[ ])?(?P<v>[^\W\d_][^\s\d_,;:]{0,30}(?:[ ][^\W\d_][^\s\d_,;:]{0,30}){1,3})[ \t]*"
)
SCORE = 0.7
# A town line: "Springfield, MA 01103", "Ann Arbor MI 48104-1234".
_TOWN_LINE = re.compile(
    r"[ \t]*(?P<v>[A-Z][A-Za-z.'\-]{1,25}(?:[ ][A-Z][A-Za-z.'\-]{1,25}){0,2},?[ ]{1,2}[A-Z]{2})[ ]{1,2}[0-9]{5}(?:-[0-9]{4})?[ \t]*(?:\r?\n|\Z)"
)

# A street line: house number, an optional direction, one to five words
# (each capitalised or a number like "42ND"), an optional unit.
_STREET_LINE = re.compile(
    r"[ \t]*(?P<v>[0-9]{1,6}[A-Z]?[ ](?:[NSEW]\.?[ ])?[A-Z0-9][\w'.\-]{0,24}(?:[ ][A-Z0-9][\w'.\-]{0,24}){0,4}"
    r"(?:,?[ ](?:APT|Apt|UNIT|Unit|STE|Ste|SUITE|Suite|#)\.?[ ]?#?[A-Za-z0-9\-]{1,6})?)[ \t]*"
)
_SUFFIX_WORDS = frozenset(suffix.lower() for suffix in STREET_SUFFIXES)
_STREET_SCORE = 0.75


def streets_above_towns(text: str, candidates: list[Candidate]) -> None:
    """Add a STREET_ADDRESS candidate for the street line above each town line
    ("Springfield, MA 01103") that no street candidate covers yet; it spans
    the town too, as ``towns_below_addresses`` would."""
    zips = [c for c in candidates if c.entity_type == "US_ZIP_CODE"]
    if not zips:
        return
    streets = [c for c in candidates if c.entity_type == "STREET_ADDRESS"]
    for candidate in zips:
        line_start = text.rfind("\n", 0, candidate.start) + 1
        if line_start < 2:
            continue
        town = _TOWN_LINE.match(text, line_start)
        if town is None or town.end("v") > candidate.start:
            continue
        above_end = line_start - 1
        if text[above_end - 1 : above_end] == "\r":
            above_end -= 1
        above_start = text.rfind("\n", 0, above_end) + 1
        if any(s.start < line_start and s.end > above_start for s in streets):
            continue
        street = _STREET_LINE.fullmatch(text, above_start, above_end)
        if street is None:
            continue
        words = street.group("v").split(",")[0].split()
        last = words[-1].rstrip(".").lower()
        # "2024 Annual Report" above a town line is a heading, not a street.
        if last not in _SUFFIX_WORDS and last in common_words():
            continue
        added = Candidate("STREET_ADDRESS", street.start("v"), town.end("v"), _STREET_SCORE, "StreetAddressRecognizer")
        candidates.append(added)
        streets.append(added)


# ", Saguache Bend." / ", Ashford Mills?\n": one to three capitalised words ending a sentence or
# line; not an abbreviation ("Av. Insurgentes Sur 1602, Col. Roma").
_TOWN_AFTER = re.compile(r",[ ](?P<v>[A-Z][a-z]{3,20}(?:[ ][A-Z][a-z]{2,20}){0,2})(?=[.?!]*(?:\r?\n|\Z)|[.?!][ ])")


def towns_after_streets(text: str, candidates: list[Candidate]) -> None:
    """Extend each street candidate over the town after its comma when the
    town ends the sentence; drop the PERSON candidates the town held."""
    towns: list[tuple[int, int]] = []
    for candidate in candidates:
        if candidate.entity_type == "STREET_ADDRESS" and text.startswith(", ", candidate.end):
            town = _TOWN_AFTER.match(text, candidate.end)
            if town is not None:
                candidate.end = town.end("v")
                towns.append(town.span("v"))
    if towns:
        drop_persons_inside(towns, candidates)


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


# "what do I do? - Faadumo" at the very end: a sentence, a dash (the
# normalized view writes "—" as "-"), one or two name words. Only the text's
# tail is searched: a dash is everywhere, a closing one only here.
_CLOSING_SIGNATURE = re.compile(rf"[.?!](?:[ ]|\r?\n|\\n)-[ ](?P<v>{WORD}(?:[ ]{WORD})?)[ .!]*\Z")
_TAIL_CHARS = 64


def closing_signature(text: str, candidates: list[Candidate]) -> None:
    """Add a PERSON candidate for the name after a dash that ends the text."""
    found = _CLOSING_SIGNATURE.search(text, max(0, len(text) - _TAIL_CHARS))
    if found is not None and is_speaker(text, *found.span("v")):
        candidates.append(Candidate("PERSON", *found.span("v"), 0.6, "PersonRecognizer"))
