"""Ages over 89 (HIPAA Safe Harbor C): "94-year-old", "92 yo F", "age: 97".

Safe Harbor lets ages up to 89 stay and folds every older age into one
category ("90 or older"; the ``generalize`` action writes "90+"), because so few people
are that old that the age alone narrows them down. So only 90-119 are
reported: a younger age is not an identifier, and "age 45" stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer
from hushgate.detection.recognizers.keyed import SEP, KeyedPattern

# Two or three digits starting like the digit-run family (scanplan), so the
# patterns join that scan (members have no groups); ``propose`` keeps 90-119.
_NUMBER = r"(?<![A-Za-z0-9])[19][0-9]{1,2}"
_UNIT = r"(?:years?|yrs?)"
_UNITS_IN_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "aged 90 days" is an invoice, "age 95%" a percentile.
_NOT_AN_AGE_AFTER = (
    r"(?![0-9]|[.,][0-9])(?![ ]?(?:%|percent|days?|d\b|weeks?|wks?|months?|mos?|hours?|hrs?|h\b|minutes?|mins?|seconds?|secs?|"
    r"years?[ ]ago|kg|lbs?|mg|ml|cm|mm|bpm|mmhg))"
)


_POSSESSIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:his|her|their|[Hh]is|[Hh]er|[Tt]heir)[ ](?:(?:early|mid|late)[- ]?)?\Z")


class AgeRecognizer(Recognizer):
    ENTITY = "AGE"
    PATTERNS = (
        # Clinical shorthand names a person: "94yo", "94 y/o F", "94 y.o.".
        Pattern("age_shorthand", rf"{_NUMBER}[ ]?(?:y/o|y\.o\.?|yo)(?![a-z0-9])", 0.85),
        # "94-year-old", "94 years old", "94 years of age": a person more
        # often than not; "a 100-year-old oak" needs context to count.
        Pattern("age_phrase", rf"{_NUMBER}(?:[- ]{_UNIT}[- ]old|[ ]{_UNIT}[ ]of[ ]age)(?![a-z0-9])", 0.6),
        # Age and sex in a clinical header: "Eleanor Vasquez, 94F," / "(92 M)".
        # Checked in ``propose`` (after a comma or bracket); needs person context,
        # and a temperature ("temp 94F") counts against it.
        Pattern("age_sex", rf"{_NUMBER}[ ]?[MF](?![A-Za-z0-9])", 0.45),
        # "in her 90s", "in his late 90's": the decade after a possessive
        # (checked in ``propose``; "the early 90s" are years).
        Pattern("age_decade", r"(?<![A-Za-z0-9])(?:90|100)'?s(?![A-Za-z0-9])", 0.85),
    )
    LOWER_PATTERNS = (
        # Written out: "ninety-four-year-old", "Ninety two years old".
        Pattern("age_in_words", rf"ninety(?:[- ]{_UNITS_IN_WORDS})?(?:[- ]{_UNIT}[- ]old|[ ]{_UNIT}[ ]of[ ]age)(?![a-z])", 0.6),
        KeyedPattern(
            "keyed",
            # Not "patient age": the keyword pass reports the longest keyword
            # at a position, and it would hide "patient" from PERSON's context.
            "age|aged|age at death",
            r"(?:9[0-9]|1[01][0-9])",
            0.8,
            suffix=_NOT_AN_AGE_AFTER,
            # "at the age of 94"
            sep=r"(?:[ ]of)?" + SEP,
        ),
    )
    CONTEXT = (
        "patient", "pt", "age", "aged", "male", "female", "man", "woman", "gentleman", "lady",
        "widow", "widower", "veteran", "resident", "grandmother", "grandfather", "mother", "father",
        "husband", "wife", "mr", "mrs", "ms", "born", "client", "member",
    )
    NEGATIVE_CONTEXT = ("temp", "temperature", "fever", "febrile", "afebrile", "tmax", "degrees", "revenue", "sales")
    CONTEXT_BOOST = 0.35
    FIELD_NAMES = ("age", "patientage", "ageyears", "ageinyears", "currentage", "ageatdeath", "ageatvisit")
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "keyed":
            start, end = match.span("v")
            if end < len(text) and text[end].isalnum():
                return
        elif pattern.name == "age_sex":
            start, end = match.span()
            before = text[max(0, start - 2) : start].rstrip(" ")
            # The span is the number: "Vasquez, 94F" generalizes to "Vasquez, 90+F".
            end = start + (3 if text[start + 2].isdigit() else 2)
            if not (start == 0 or before[-1:] in (",", "(", "\n", ";")) or not 90 <= int(text[start:end]) <= 119:
                return
        elif pattern.name == "age_decade":
            start, end = match.span()
            if _POSSESSIVE_BEFORE.search(text, max(0, start - 24), start) is None:
                return
        else:
            start, end = match.span()
            value = match.group()
            if value[0].isdigit() and not 90 <= int(value[:3] if value[2:3].isdigit() else value[:2]) <= 119:
                return
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        words = value.strip().lower().split()
        if not words or not words[0].isdigit() or not 90 <= int(words[0]) <= 119:
            return False
        # "94", "94 years", "94 yrs"
        return len(words) == 1 or (len(words) == 2 and re.fullmatch(_UNIT, words[1]) is not None)
