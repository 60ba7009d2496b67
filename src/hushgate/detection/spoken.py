"""Identifiers said aloud: speech-to-text transcripts of calls.

A call-centre transcript writes what the caller said: "four zero double six
four zero six two three", "six one four, double eight four, four five nine
eight", "march seventeenth nineteen thirty eight", a name spelled out
("B-R-E-N-N-A-N", "v i s s e r") and an id read character by character
("1 R T 1 - R F 5 - A F 0 6"). None of it matches a pattern written for
digits, so this stage reads it:

* spoken digits: a run of digit words ("oh" is zero; "double" and "triple"
  repeat the next digit), three digits or more, found from the keyword pass's
  hits (no scan of its own; the gap between two hits must be blanks, a comma
  or a hyphen). Commas and hyphens between words group the
  digits as the caller did ("614-884-4598"). The run is a candidate for every
  recognizer in ``DIGIT_TARGETS`` whose ``value_ok`` accepts the digits, at
  ``SPOKEN_SCORE``: too low to report alone, so the recognizer's own context
  ("social security number" in the agent's question) decides, as for a bare
  nine-digit number;
* spoken dates: a month word, an ordinal day and a spoken year, a
  PersonDateRecognizer candidate (a birth date needs its context too);
* characters read one by one: letters only, within 80 characters after a
  spelling or name word, are a PERSON; in texts that hold spoken digits or
  the word "spell" (a transcript), letters and digits are collapsed
  ("1RT1-RF5-AF06") and offered to the recognizers of alphanumeric ids, like
  spoken digits.

Spans are those of the spoken words, so redaction replaces what was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
REPEATS = {"double": 2, "triple": 3}
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
)
SPELLING_WORDS = ("spell", "spelled", "spelling", "spelt", "last name", "first name", "surname", "name is")
# The keyword pass's words for this stage.
KEYWORDS = frozenset((*DIGIT_WORDS, *REPEATS, *MONTHS, *SPELLING_WORDS))

SPOKEN_SCORE = 0.3
SPELLED_NAME_SCORE = 0.8
# Three: a card's security code is said as three digit words.
MIN_DIGITS = 3
DIGIT_TARGETS = frozenset(
    {
        "US_SSN", "US_ITIN", "PHONE_NUMBER", "US_ZIP_CODE", "CREDIT_CARD", "CARD_SECURITY_CODE", "US_ROUTING_NUMBER",
        "US_BANK_ACCOUNT", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "US_NPI", "US_DRIVER_LICENSE", "US_PASSPORT",
    }
)
ALNUM_TARGETS = frozenset({"US_MBI", "US_PASSPORT", "US_DRIVER_LICENSE", "HEALTH_PLAN_ID", "MEDICAL_RECORD_NUMBER"})

# Between two spoken digits: blanks, a comma or a hyphen.
_GAP = re.compile(r"[ ]{1,2}|,[ ]{1,2}|[ ]?-[ ]?")
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_ORDINAL_ONES = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_DAY = (
    rf"(?:{_ORDINAL_ONES}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    rf"nineteenth|twentieth|twenty[ -](?:{_ORDINAL_ONES})|thirtieth|thirty[ -]first)"
)
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = rf"(?:oh[ ](?:{_ONES})|{_TEENS}|(?:{_TENS})(?:[ -](?:{_ONES}))?)"
_YEAR = rf"(?:(?:eighteen|nineteen|twenty)[ ](?:{_TWO_DIGITS}|hundred)|two[ ]thousand(?:[ ]and)?(?:[ ](?:{_ONES}|{_TEENS}|(?:{_TENS})(?:[ -](?:{_ONES}))?))?)"
# After the month word: "march seventeenth nineteen thirty eight", "may the 2nd, 1950" is not spoken.
_DATE_AFTER_MONTH = re.compile(rf"[ ](?:the[ ])?{_DAY},?[ ](?:of[ ])?{_YEAR}(?![a-z])")
# Characters read one by one: "B-R-E-N-N-A-N", "v i s s e r", "1 R T 1 - R F 5 - A F 0 6".
_SPELLED = re.compile(r"(?<![A-Za-z0-9'])[A-Za-z0-9](?:(?:[ ]|-|[ ]-[ ])[A-Za-z0-9]){2,}(?![A-Za-z0-9'])")
_SPELLED_NAME_REACH = 80


def spoken_candidates(norm: str, lower: str, hits: list[tuple[int, str]], recognizers: Iterable[Recognizer], candidates: list[Candidate]) -> None:
    """Add candidates for the identifiers said aloud in `norm`; `hits` are
    the keyword pass's hits of ``KEYWORDS`` in `lower`, its lower-cased view."""
    digit_runs: list[tuple[int, int, str]] = []
    spelling_ends: list[int] = []
    spelling = False
    run: list[tuple[int, int, str]] = []
    for start, word in hits:
        if word in DIGIT_WORDS or word in REPEATS:
            if run and _GAP.fullmatch(lower, run[-1][1], start) is None:
                _close(run, lower, digit_runs)
                run = []
            run.append((start, start + len(word), word))
            continue
        if run:
            _close(run, lower, digit_runs)
            run = []
        if word in MONTHS:
            date = _DATE_AFTER_MONTH.match(lower, start + len(word))
            if date is not None:
                candidates.append(Candidate("DATE_TIME", start, date.end(), SPOKEN_SCORE, "PersonDateRecognizer"))
        elif word in SPELLING_WORDS:
            spelling_ends.append(start + len(word))
            spelling = spelling or word.startswith("spel")
    if run:
        _close(run, lower, digit_runs)
    if not digit_runs and not spelling_ends:
        return
    targets = [r for r in recognizers if r.ENTITY in DIGIT_TARGETS]
    for start, end, value in digit_runs:
        _offer(value, start, end, targets, candidates)
    # A name spelled out right after "spell", "last name" or "name is".
    for at in spelling_ends:
        spelled = _SPELLED.search(norm, at, at + _SPELLED_NAME_REACH)
        if spelled is not None and spelled.group().replace(" ", "").replace("-", "").isalpha():
            candidates.append(Candidate("PERSON", *spelled.span(), SPELLED_NAME_SCORE, "PersonRecognizer"))
    if digit_runs or spelling:
        # A call transcript: ids read character by character, anywhere in it.
        targets = [r for r in recognizers if r.ENTITY in ALNUM_TARGETS]
        for spelled in _SPELLED.finditer(norm):
            characters = spelled.group().replace(" ", "")
            if not characters.replace("-", "").isalpha() and any(c.isalpha() for c in characters):
                _offer(characters.upper(), *spelled.span(), targets, candidates)


def _close(run: list[tuple[int, int, str]], lower: str, out: list[tuple[int, int, str]]) -> None:
    """The digits of a run of digit words ("double" repeats the next one),
    grouped where the speaker paused (a comma or hyphen), if long enough."""
    while run and run[-1][2] in REPEATS:
        run = run[:-1]
    groups: list[str] = []
    group = ""
    repeat = 1
    previous_end = -1
    for start, end, word in run:
        if previous_end >= 0 and lower[previous_end:start].strip(" ") in (",", "-") and group:
            groups.append(group)
            group = ""
        previous_end = end
        if word in REPEATS:
            repeat = REPEATS[word]
            continue
        group += DIGIT_WORDS[word] * repeat
        repeat = 1
    if group:
        groups.append(group)
    digits = sum(len(g) for g in groups)
    if digits >= MIN_DIGITS and run:
        out.append((run[0][0], run[-1][1], "-".join(groups)))


def _offer(value: str, start: int, end: int, targets: list[Recognizer], candidates: list[Candidate]) -> None:
    """A candidate of every target recognizer that accepts the value, at a
    score only its context can raise to a finding."""
    plain = value.replace("-", "")
    for recognizer in targets:
        if recognizer.value_ok(value) or (plain != value and recognizer.value_ok(plain)):
            candidates.append(Candidate(recognizer.ENTITY, start, end, SPOKEN_SCORE, recognizer.name))
