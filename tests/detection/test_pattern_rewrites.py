"""Patterns rewritten for speed match exactly what their original forms did.

Each rewrite (possessive quantifiers, cheap necessary look-aheads, word lists
grouped by first letter) claims to change no match. The original regexes are
kept here verbatim and compared with the recognizers' current ones, match by
match (span and groups) and as full matches, on generated strings built from
the characters and words these patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest

from hushgate.detection.alternation import one_of
from hushgate.detection.recognizers.dates import PersonDateRecognizer
from hushgate.detection.recognizers.finance import CreditCardRecognizer
from hushgate.detection.recognizers.location import STATE_NAMES, StreetAddressRecognizer

_OLD_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Square|Sq|Loop|Pike|Plaza|Plz|"
    r"Crescent|Cres|Alley|Row|Path|Run|Point|Pt|Commons|Heights|Hts|Expressway|Expy|Freeway|Fwy|"
    r"Turnpike|Tpke|Ridge|Crossing|Xing|Close|Walk|Grove|Glen|Green|Park|Creek|Hollow|Landing|Mall|Cove|Bend|"
    # Session 11: the same in capitals (three letters or more), as statements print them.
    r"STREET|AVENUE|AVE|ROAD|BOULEVARD|BLVD|LANE|DRIVE|COURT|PLACE|WAY|TERRACE|TER|PARKWAY|PKWY|HIGHWAY|HWY|CIRCLE|CIR|"
    r"TRAIL|TRL|SQUARE|LOOP|PIKE|PLAZA|PLZ|CRESCENT|CRES|ALLEY|ROW|PATH|RUN|POINT|COMMONS|HEIGHTS|HTS|EXPRESSWAY|EXPY|"
    r"FREEWAY|FWY|TURNPIKE|TPKE|RIDGE|CROSSING|XING|CLOSE|WALK|GROVE|GLEN|GREEN|PARK|CREEK|HOLLOW|LANDING|MALL|COVE|BEND)"
)
_OLD_STATE = r"(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|" + STATE_NAMES + ")"
_OLD_STREET = (
    r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{0,5}(?=[A-Za-z]?(?:-[0-9]{1,4})?[ ]{1,2}[A-Z0-9])[A-Za-z]?(?:-[0-9]{1,4})?[ ]{1,2}(?:[NSEW]\.?[ ]|North[ ]|South[ ]|East[ ]|West[ ]|NE[ ]|NW[ ]|SE[ ]|SW[ ])?"
    # Session 11: at least one word names the street ("3 Way valve" is not an address).
    r"(?:[A-Z0-9][A-Za-z0-9'\-]{0,20}\.?[ ]){1,4}" + _OLD_SUFFIX + r"\.?(?:[ ](?:N|S|E|W|NE|NW|SE|SW)\.?)?(?![A-Za-z])"
    r"(?:,?[ ]{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Bldg|Building|Room|Rm|Lot|Space|APT|SUITE|STE|UNIT|FLOOR|BLDG|ROOM|#)\.?[ ]{0,2}#?[ ]?[A-Za-z0-9\-]{1,6})?"
    r"(?:,?[ ]{1,2}[A-Z][A-Za-z.'\-]{1,20}(?:[ ][A-Z][A-Za-z.'\-]{1,20}){0,2},?[ ]{1,2}"
    r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}(?![A-Za-z0-9])|" + _OLD_STATE + r"(?![A-Za-z])))?"
)
_OLD_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_OLD_MONTH_TAIL = r"(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember|\.)?"
_OLD_DIGIT_DATE = (
    r"[0-9](?<![A-Za-z0-9][0-9])(?:(?P<n>[0-9]{0,3}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4})|[0-9]?(?:st|nd|rd|th)?[ \-](?:of[ ])?"
    + _OLD_MONTH + _OLD_MONTH_TAIL + r",?[ \-][0-9]{2,4})(?![0-9])"
)
_OLD_MONTH_DATE = (
    r"(?<![A-Za-z0-9])" + _OLD_MONTH + _OLD_MONTH_TAIL
    + r"(?:(?P<d>[ ]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?,?[ ]{1,2}[0-9]{4})"
    + r"|[ ]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9]|,?[ ]{1,2}[0-9])|,?[ ]{1,2}(?:of[ ])?(?:19|20)[0-9]{2})(?![0-9])"
)
_OLD_CARD = r"[0-9](?<![A-Za-z0-9][0-9])(?:[ \-]{0,2}[0-9]){11,18}"


def _pattern(recognizer: type, name: str) -> str:
    return next(p.regex for p in recognizer.PATTERNS if p.name == name)


REWRITES = [
    ("street", _OLD_STREET, _pattern(StreetAddressRecognizer, "street")),
    ("digit_led", _OLD_DIGIT_DATE, _pattern(PersonDateRecognizer, "digit_led")),
    ("month_led", _OLD_MONTH_DATE, _pattern(PersonDateRecognizer, "month_led")),
    ("pan", _OLD_CARD, _pattern(CreditCardRecognizer, "pan")),
]

_TOKENS = (
    "0 1 2 3 4 5 6 7 8 9 12 123 1234 12345 123456 2024 1962 19 20 99 00 0000 4111 1111 5500 378282 "
    "- -- / . .. , : ; ' \" | ^ ( ) + # % _ @ T Z x a A b e th st nd rd of "
    "Main St Street Ave Av Avenue Rd Road Blvd Dr Drive Ln Lane Ct Way Pl Pt Park N S E W NE SW North Apt Suite Unit Ste Rm "
    "Springfield IL CA NY New York Boston MA ID OR Texas Washington DC "
    "Jan January Feb February Mar March Apr April May Jun June Jul Aug August Sep Sept September Oct Nov Dec JAN DEC"
).split() + [" ", " ", " ", "  ", "\n"]
_CHARS = "0123456789 -/.,:#'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\n"


def _pick(rng: random.Random, *choices: str) -> str:
    return rng.choice(choices)


def _address_or_date(rng: random.Random) -> str:
    """Near-misses of the shapes these patterns look for: every part optional
    or slightly off, so the cases where a look-ahead or a possessive
    repetition decides come up often."""
    number = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 7)))
    if rng.random() < 0.5:
        parts = [
            number,
            _pick(rng, "", "", "B", "b", "-4", "-12", "A-7", "-", "/", "."),
            _pick(rng, " ", " ", "  ", "   ", "", "\n"),
            _pick(rng, "", "", "N ", "N. ", "NE ", "North ", "S "),
            " ".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 5))),
            _pick(rng, " ", ""),
            _pick(rng, "St", "Street", "Ave", "Pt", "Park", "Sq", "Mall", "Xing", "Sth", "Ro"),
            _pick(rng, "", ".", " N", " SW.", "x", ","),
            _pick(rng, "", ", Apt 4", " Suite #12", ",  Unit B-2", " # 7"),
            _pick(rng, "", ", Springfield, IL", " Austin TX", ", New York, New York", ", Boise, ID.", " Mc O'Neil, Ohio"),
        ]
    else:
        parts = [
            number[: rng.randint(1, 4)],
            _pick(rng, "/", ".", "-", " ", "st ", "th of ", "nd-", "", "rd"),
            _pick(rng, "03", "3", "12", "123", "Mar", "March", "Sept", "Sep.", "DEC", "Dece", "Jun"),
            _pick(rng, "/", ".", "-", ", ", " ", ",", ""),
            number[: rng.randint(1, 6)],
            _pick(rng, "", "T10", "0", "x", " ", "/"),
        ]
    return "".join(parts)


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        mode = rng.random()
        if mode < 0.3:
            out.append(" ".join(_address_or_date(rng) for _ in range(rng.randint(1, 3))))
        elif mode < 0.6:
            out.append(rng.choice(["", " "]).join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 14))))
        elif mode < 0.8:
            out.append("".join(rng.choice("0123456789 -/.") for _ in range(rng.randint(1, 50))))
        else:
            out.append("".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 60))))
    return out


_INPUTS = _strings(12000, 7) + [
    "123 Main Street Springfield IL 62704",
    "947 S Old Mill St, Dayton, OH",
    "13378 Willow Bend Avenue Apt 12, Austin, Texas",
    "12B-4  North Park Road",
    "12-4 Main St, 7-12  Oak Ave",
    "12 Abcdefghijklmnopqrstu St, 12 Abcdefghijklmnopqrstuv St, 12 Abcdefghijklmnopqrst. St",
    "born 14th of March, 1962 and 03/14/1962, 1962-03-14",
    "Sept 5 2020, Sep. 2019, September 3rd, 2021",
    "4111 1111 1111 1111 and 3782-822463-10005 and 1 2 3 4 5 6 7 8 9 0 1 2",
]


@pytest.mark.parametrize(("name", "old", "new"), REWRITES, ids=[r[0] for r in REWRITES])
def test_rewritten_pattern_matches_what_the_original_did(name: str, old: str, new: str) -> None:
    assert old != new
    before, after = re.compile(old), re.compile(new)
    for text in _INPUTS:
        assert [m.span() + m.groups() for m in before.finditer(text)] == [m.span() + m.groups() for m in after.finditer(text)], text
        assert bool(before.fullmatch(text)) == bool(after.fullmatch(text)), text
        # Anchored attempts at every position, as the fused scan makes them.
        for position in range(len(text)):
            a, b = before.match(text, position), after.match(text, position)
            assert (a and a.span() + a.groups()) == (b and b.span() + b.groups()), (text, position)


def test_one_of_keeps_the_order_of_words_with_a_shared_first_letter() -> None:
    words = ["Sep", "Sept", "St", "Street", "N", "NE", "Mar", "May"]
    grouped = re.compile(one_of(words))
    flat = re.compile("(?:" + "|".join(words) + ")")
    for text in ("Sept", "Street", "NE", "Ma", "Mayday", "Sep", "x"):
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in grouped.finditer(text)]
        for tail in (r"t\b", r"\b", "E", "ay"):
            a, b = re.match(flat.pattern + tail, text), re.match(grouped.pattern + tail, text)
            assert (a and a.span()) == (b and b.span()), (text, tail)
    assert one_of(["a.b", "#"]) == r"(?:a\.b|\#)"



def test_one_of_matches_what_the_flat_alternation_matches_on_nested_words() -> None:
    # Words over a tiny alphabet nest and share prefixes all the time; the
    # tails make the regex backtrack into the alternation, so the order in
    # which words are tried decides the match.
    rng = random.Random(12)
    for _ in range(400):
        words = list(dict.fromkeys("".join(rng.choice("ab.") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))))
        for tail in ("", "b", "(?!a)", r"\.", "a?b"):
            flat = re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")" + tail)
            grouped = re.compile(one_of(words) + tail)
            for _ in range(20):
                text = "".join(rng.choice("ab.") for _ in range(rng.randint(0, 8)))
                for position in range(len(text) + 1):
                    a, b = flat.match(text, position), grouped.match(text, position)
                    assert (a and a.span()) == (b and b.span()), (words, tail, text, position)

def test_state_before_a_zip_is_found_as_before() -> None:
    from hushgate.detection.recognizers.location import _STATE_BEFORE

    old = re.compile(r"(?:([A-Z]{2})|(?:" + STATE_NAMES + r")),?[ ]{1,2}\Z")
    rng = random.Random(8)
    words = STATE_NAMES.split("|") + ["IL", "NY", "ID", "Xx", "West", "Kansas", "Arkansas", "Springfield", "A", "iL", "ILL"]
    for _ in range(4000):
        text = "".join(rng.choice([*words, " ", "  ", ", ", ",", "12345", "(", "\n", "x"]) for _ in range(rng.randint(1, 8)))
        for start in range(len(text) + 1):
            a = old.search(text, max(0, start - 20), start)
            # propose searches only after a space (the pattern's last character).
            b = _STATE_BEFORE.search(text, max(0, start - 20), start) if start > 0 and text[start - 1] == " " else None
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, start)


def test_email_local_part_is_found_as_before() -> None:
    from hushgate.detection.recognizers.contact import _EMAIL_LOCAL_TAIL

    old = re.compile(r"[A-Za-z0-9._%+'\-]{1,64}\Z")
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(["a", "b.c", "x_y", " ", "  ", "'", "-", "+tag", "%", "\n", ",", "@", "z" * 30, "é"]) for _ in range(rng.randint(1, 12)))
        for at in range(len(text) + 1):
            a = old.search(text, max(0, at - 64), at)
            b = _EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
            assert (a and a.span()) == (b and b.span()), (text, at)
