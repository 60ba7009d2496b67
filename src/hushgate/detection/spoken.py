"""Identifiers said aloud: speech-to-text transcripts of calls.

A call-centre transcript writes what the caller said: "four zero double six
four zero six two three", "six one four, double eight four, four five nine
eight", "march seventeenth nineteen thirty eight", a name spelled out
("B-R-E-N-N-A-N", "v i s s e r") and an id read character by character
("1 R T 1 - R F 5 - A F 0 6"). None of it matches a pattern written for
digits, so this stage reads it:

* spoken digits: a run of digit words ("oh" is zero; "double" and "triple"
  repeat the next digit), three digits or more, found from the keyword pass's
  hits (no scan of its own; the gap between two hits must be blanks, a comma,
  a hyphen or the word "dash"). Commas and hyphens between words group the
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
  spoken digits;
* spoken e-mail addresses ("d dot okafor at mailbox dot com"), from a "dot"
  before a top-level domain, at ``SPOKEN_SCORE`` (the e-mail recognizer's
  context decides); a letter with its spelling aid ("W as in William") and
  ids said as digit words and letters ("one e g four t e five ..."), looked
  for around the digit words; a month and day without a year, or the day
  first ("the fourth of july ..."); a five-digit run right after a spoken
  state name is a ZIP.

Spans are those of the spoken words, so redaction replaces what was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hushgate.detection.findings import Candidate
from hushgate.detection.number_words import DAY, DIGIT_WORDS, ONES, TEENS, TENS, YEAR
from hushgate.detection.recognizers.base import Recognizer
from hushgate.detection.recognizers.us_states import LOWER_STATE_NAMES

REPEATS = {"double": 2, "triple": 3}
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
)
SPELLING_WORDS = ("spell", "spelled", "spelling", "spelt", "last name", "first name", "surname", "name is")
# "d dot okafor at mailbox dot com": an address said aloud.
DOT = "dot"
# "W as in William": a letter spelled on the phone.
AS_IN = "as in"
# The keyword pass's words for this stage.
KEYWORDS = frozenset((*DIGIT_WORDS, *REPEATS, *MONTHS, *SPELLING_WORDS, DOT, AS_IN))

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

# Between two spoken digits: blanks, a comma, a hyphen or the word "dash".
_GAP = re.compile(r"[ ]{1,2}|,[ ]{1,2}|[ ]?-[ ]?|[ ]dash[ ]")
_GROUP_BREAKS = (",", "-", "dash")
# After the month word: "march seventeenth nineteen thirty eight", "may the 2nd, 1950" is not spoken.
_DATE_AFTER_MONTH = re.compile(rf"[ ](?:the[ ])?{DAY},?[ ](?:of[ ])?{YEAR}(?![a-z])")
# "passed away on october ninth": no year, so only a person-date context makes it one
# ("the march twentieth meeting" is not). Not after "may": "you may first call".
_DAY_AFTER_MONTH = re.compile(rf"[ ](?:the[ ])?{DAY}(?![a-z])")
# "the fourth of july two thousand and nine": the day before the month.
_DAY_OF_BEFORE = re.compile(rf"(?<![a-z]){DAY}[ ]of[ ]\Z")
_YEAR_AFTER = re.compile(rf",?[ ]{YEAR}(?![a-z])")
# Characters read one by one: "B-R-E-N-N-A-N", "v i s s e r", "1 R T 1 - R F 5 - A F 0 6",
# "W as in William, 8 4 4, 2 7 1" (a letter and the word that spells it).
_CHARACTER = r"[A-Za-z0-9](?:[ ]as[ ]in[ ][A-Za-z]{2,12})?"
_SPELLED = re.compile(rf"(?<![A-Za-z0-9'])(?:{_CHARACTER})(?:(?:[ ]|-|[ ]-[ ]|,[ ])(?:{_CHARACTER})){{2,}}(?![A-Za-z0-9'])")
_DIGIT_WORDS_OF_AN_ID = 4
# Around a digit word: the letters said before it ("x g h four ..."), the id after it.
_MIXED_BEFORE = 40
_MIXED_REACH = 240
# Digit words and letters read in turn: "one e g four t e five m k seven three" (an MBI).
_SPOKEN_CHARACTER = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|[a-z](?:[ ]as[ ]in[ ][a-z]{2,12})?)(?![a-z'])"
_SPOKEN_CHARACTERS = re.compile(rf"(?<![a-z0-9']){_SPOKEN_CHARACTER}(?:(?:[ ]|,[ ]|[ ]?-[ ]?){_SPOKEN_CHARACTER}){{5,}}")
_SPELLING_AID = re.compile(r"[ ]as[ ]in[ ][A-Za-z]+|[ ,\-]")
# An e-mail address said aloud, found from a "dot" before its top-level domain.
_SPOKEN_EMAIL_BEFORE = re.compile(
    rf"(?<![a-z0-9'])[a-z0-9]+(?:[ ](?:dot|underscore|dash|hyphen)[ ][a-z0-9]+|[ ](?:{ONES}|{TEENS}|{TENS}|zero|oh)(?![a-z])){{0,6}}"
    r"[ ]at[ ][a-z0-9]+(?:[ ]dot[ ][a-z0-9]+){0,3}[ ]\Z"
)
_TOP_LEVEL_DOMAIN = re.compile(r"[ ](?:com|org|net|edu|gov|io|co|us|info|biz|me|ca|uk|de|fr|health|care)(?![a-z0-9])")
_EMAIL_REACH = 100
# A spoken ZIP right after its state: "springfield illinois six two seven oh four".
_STATE_NAME_BEFORE = re.compile(r"(?<![a-z])(?:" + LOWER_STATE_NAMES + r"),?[ ]\Z")
ZIP_AFTER_STATE_SCORE = 0.8
_SPELLED_NAME_REACH = 80


def spoken_candidates(norm: str, lower: str, hits: list[tuple[int, str]], recognizers: Iterable[Recognizer], candidates: list[Candidate]) -> None:
    """Add candidates for the identifiers said aloud in `norm`; `hits` are
    the keyword pass's hits of ``KEYWORDS`` in `lower`, its lower-cased view."""
    digit_runs: list[tuple[int, int, str]] = []
    spelling_ends: list[int] = []
    spelling = False
    digit_starts: list[int] = []
    run: list[tuple[int, int, str]] = []
    for start, word in hits:
        if word == DOT:
            _spoken_email(lower, start, candidates)
            continue
        if word == AS_IN:
            # After a lone letter: "W as in William", not "as in the last visit".
            spelling = spelling or (start > 1 and lower[start - 1] == " " and lower[start - 2].isalnum() and (start == 2 or not lower[start - 3].isalnum()))
            continue
        if word in DIGIT_WORDS or word in REPEATS:
            digit_starts.append(start)
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
            if date is None and word != "may":
                date = _DAY_AFTER_MONTH.match(lower, start + len(word))
            if date is not None:
                candidates.append(Candidate("DATE_TIME", start, date.end(), SPOKEN_SCORE, "PersonDateRecognizer"))
            elif lower[start - 4 : start] == " of " and (day := _DAY_OF_BEFORE.search(lower, max(0, start - 32), start)):
                year = _YEAR_AFTER.match(lower, start + len(word))
                candidates.append(Candidate("DATE_TIME", day.start(), year.end() if year else start + len(word), SPOKEN_SCORE, "PersonDateRecognizer"))
        elif word in SPELLING_WORDS:
            spelling_ends.append(start + len(word))
            spelling = spelling or word.startswith("spel")
    if run:
        _close(run, lower, digit_runs)
    transcript = bool(digit_runs) or spelling
    # Digit words between letters ("one e g four t e ...") make no run of their own.
    mixed = len(digit_starts) >= _DIGIT_WORDS_OF_AN_ID
    if not transcript and not spelling_ends and not mixed:
        return
    targets = [r for r in recognizers if r.ENTITY in DIGIT_TARGETS]
    for start, end, value in digit_runs:
        if len(value) == 5 and _STATE_NAME_BEFORE.search(lower, max(0, start - 24), start) is not None:
            candidates.append(Candidate("US_ZIP_CODE", start, end, ZIP_AFTER_STATE_SCORE, "UsZipCodeRecognizer"))
            continue
        _offer(value, start, end, targets, candidates)
    # A name spelled out right after "spell", "last name" or "name is".
    for at in spelling_ends:
        spelled = _SPELLED.search(norm, at, at + _SPELLED_NAME_REACH)
        if spelled is not None and spelled.group().replace(" ", "").replace("-", "").isalpha():
            candidates.append(Candidate("PERSON", *spelled.span(), SPELLED_NAME_SCORE, "PersonRecognizer"))
    targets = [r for r in recognizers if r.ENTITY in ALNUM_TARGETS]
    if mixed:
        _mixed_characters(lower, digit_starts, targets, candidates)
    if transcript:
        # A call transcript: ids read character by character, anywhere in it.
        for spelled in _SPELLED.finditer(norm):
            said = spelled.group()
            characters = _SPELLING_AID.sub("", said) if " as in " in said or "," in said else said.replace(" ", "")
            if not characters.replace("-", "").isalpha() and any(c.isalpha() for c in characters):
                _offer(characters.upper(), *spelled.span(), targets, candidates)


def _mixed_characters(lower: str, digit_starts: list[int], targets: list[Recognizer], candidates: list[Candidate]) -> None:
    """Ids said as digit words and letters in turn ("one e g four t e five m
    k seven three", "d as in david, one two three"), looked for around the
    digit words only: the scan led by any letter is too costly for a whole
    long text."""
    position = 0
    for at in digit_starts:
        if at < position:
            continue
        said = _SPOKEN_CHARACTERS.search(lower, max(position, at - _MIXED_BEFORE), at + _MIXED_REACH)
        if said is None or said.start() > at:
            continue
        position = said.end()
        words = _SPELLING_AID.sub(" ", said.group()).split()
        if any(len(w) == 1 for w in words) and any(len(w) > 1 for w in words):
            characters = "".join(DIGIT_WORDS.get(w, w) for w in words)
            _offer(characters.upper(), *said.span(), targets, candidates)


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
        if previous_end >= 0 and lower[previous_end:start].strip(" ") in _GROUP_BREAKS and group:
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


def _spoken_email(lower: str, dot: int, candidates: list[Candidate]) -> None:
    """"d dot okafor at mailbox dot com": an e-mail address said aloud, when
    the "dot" at `dot` comes before a top-level domain. Only the e-mail
    recognizer's context ("email", "contact") makes it a finding: "look at
    example dot com" is prose."""
    domain = _TOP_LEVEL_DOMAIN.match(lower, dot + len(DOT))
    if domain is None:
        return
    said = _SPOKEN_EMAIL_BEFORE.search(lower, max(0, dot - _EMAIL_REACH), dot)
    if said is not None:
        candidates.append(Candidate("EMAIL_ADDRESS", said.start(), domain.end(), SPOKEN_SCORE, "EmailRecognizer"))
