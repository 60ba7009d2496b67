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
_UNIT_WORD = re.compile(_UNIT)
_UNITS_IN_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# An age after its keyword, in digits or words: "aged 94", "age ninety-two".
_AGE_VALUE = rf"(?:9[0-9]|1[01][0-9]|ninety(?:[- ]{_UNITS_IN_WORDS})?(?![a-z\-]))"
# "aged 90 days" is an invoice, "age 95%" a percentile.
_NOT_AN_AGE_AFTER = (
    r"(?![0-9]|[.,][0-9])(?![ ]?(?:%|percent|days?|d\b|weeks?|wks?|months?|mos?|hours?|hrs?|h\b|minutes?|mins?|seconds?|secs?|"
    r"years?[ ]ago|kg|lbs?|pounds?|mg|ml|cm|mm|bpm|mmhg|feet|ft|miles?|inches|points?|degrees?|°))"
)


# A capitalised word, then ", " or " (": where an age follows a name; or a
# sex before it in brackets ("Pt (F, 95)").
_NAME_BEFORE = re.compile(r"[A-Z][a-z'\-]{1,30}(?:,[ ]|[ ]\()\Z|\([MF],[ ]?\Z")
_CLINICAL_AFTER = re.compile(r"[ ](?:with|w/|who|presents|presenting|admitted|s/p|c/o|pmh|hx|h/o|here|brought)(?![a-z])")
_POSSESSIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:his|her|their|[Hh]is|[Hh]er|[Tt]heir)[ ](?:(?:early|mid|late)[- ]?)?\Z")


class AgeRecognizer(Recognizer):
    ENTITY = "AGE"
    # One scan for every form that starts with the number (one look-ahead in
    # the digit-run family instead of four); ``propose`` tells them apart:
    # "94yo", "94 y/o F" (clinical shorthand: a person); "94-year-old",
    # "94 years of age" (0.6: "a 100-year-old oak" needs context);
    # "Vasquez, 94F" (after a comma or bracket only, 0.45: needs person
    # context, and "temp, 94F" counts against it); "in her 90s" (after a
    # possessive: "the early 90s" are years).
    PATTERNS = (
        Pattern(
            "age_number",
            rf"{_NUMBER}(?:[ ]?(?:y/o|y\.o\.?|yo)(?![a-z0-9])|[- ]{_UNIT}[- ]old(?![a-z0-9])|[ ]{_UNIT}[ ]of[ ]age(?![a-z0-9])"
            r"|[ ]?[MF](?![A-Za-z0-9])|'?s(?![A-Za-z0-9])|y(?=[)\],;])"
            # "93 años", "(92 Jahre)", "94 ans", "91 anni", "95 jaar", "94 lata", "91 साल"; "101st birthday";
            # "Mr. Diaz, 93, fell", "Mrs. Park (95)", "(F, 95)", "Resident: Ida Marsh, 96" ending a line.
            r"|[ ](?:[Aa]ños|[Aa]nos|[Jj]ahre|ans|anni|jaar|lat|lata|år|ani|साल|वर्ष)(?![A-Za-z])|(?:st|nd|rd|th)[ ]birthday(?![a-z])|(?=,[ ]|\)|\r?\n|\Z)"
            # "92岁", "92歳", "93세"; "Age/Sex: 95/F"; "Patient, 94 yrs, presents" (needs context).
            rf"|[岁歳세]|/[MF](?![A-Za-z0-9])|[ ]{_UNIT}(?=[,;)]|\.[ ]|\.?\Z))",
            0.85,
        ),
    )
    LOWER_PATTERNS = (
        # Written out: "ninety-four-year-old", "Ninety two years old".
        Pattern("age_in_words", rf"ninety(?:[- ]{_UNITS_IN_WORDS})?(?:[- ]{_UNIT}[- ]old|[ ]{_UNIT}[ ]of[ ]age)(?![a-z])", 0.6),
        # "she turned 100 last week" (a pronoun, not "the counter turned 100").
        KeyedPattern(
            "turned",
            # "she is 97", "my grandmother is ninety-four": a person's age after a pronoun or relative.
            "she turned|he turned|she turns|he turns|she will turn|he will turn|who turned|who turns|"
            "she is|he is|she's|he's|who is|who's|grandmother is|grandfather is|grandma is|grandpa is|mother is|father is",
            _AGE_VALUE,
            0.8,
            sep=r"[ ]",
            # "she is 101 years old" is the number-led form's, whole.
            suffix=_NOT_AN_AGE_AFTER + r"(?![ -]years?[ -]old)",
        ),
        # "how old are you?" - "I'm ninety three": one's own age needs age context
        # ("I'm 100 sure" has none).
        KeyedPattern("first_person", "i'm|i am|im", _AGE_VALUE, 0.3, sep=r"[ ]", suffix=_NOT_AN_AGE_AFTER + r"(?![ -]years?[ -]old)"),
        KeyedPattern(
            "keyed",
            # Not "patient age": the keyword pass reports the longest keyword
            # at a position, and it would hide "patient" from PERSON's context.
            "age|aged|age at death|age at last birthday",
            _AGE_VALUE,
            0.8,
            suffix=_NOT_AN_AGE_AFTER,
            # "at the age of 94"
            sep=r"(?:[ ]of)?" + SEP,
        ),
    )
    CONTEXT = (
        "patient", "pt", "age", "aged", "male", "female", "man", "woman", "gentleman", "lady",
        "widow", "widower", "veteran", "resident", "grandmother", "grandfather", "mother", "father",
        "husband", "wife", "mr", "mrs", "ms", "born", "client", "member", "how old",
        "edad", "alter", "âge", "paciente", "patientin", "patiente", "jahre alt", "años de edad",
        "paziente", "età", "patiënt", "leeftijd", "pacjent", "pacjentka", "wiek", "idade",
        # Birth in other languages ("fecha de nacimiento 20/06/1932, 92 años"); age in Hindi.
        "nacimiento", "fecha de nacimiento", "naissance", "date de naissance", "geburtsdatum", "nascita",
        "data di nascita", "nascimento", "data de nascimento", "उम्र", "आयु",
        # "tiene 92 años", "ha 91 anni": a person has an age ("hace 93 años" is a time ago).
        "tiene", "tenía", "cumple", "cumplió",
        # Kin and beds in French, Italian, Dutch, German, Spanish, Portuguese: "Mon père a 96 ans",
        # "Mia nonna ha 96 anni", "Mijn oma is 99 jaar"; a ward's "Bed 24: Kamau, Achieng, 90 F".
        "père", "mère", "grand-père", "grand-mère", "nonna", "nonno", "padre", "madre", "abuela", "abuelo",
        "vater", "mutter", "oma", "opa", "vader", "moeder", "pai", "mãe", "avó", "avô", "bed", "rm",
    )
    NEGATIVE_CONTEXT = ("temp", "temperature", "fever", "febrile", "afebrile", "tmax", "degrees", "revenue", "sales")
    CONTEXT_BOOST = 0.35
    FIELD_NAMES = ("age", "patientage", "ageyears", "ageinyears", "currentage", "ageatdeath", "ageatvisit")
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        keyed = isinstance(pattern, KeyedPattern)
        start, end = match.span("v") if keyed else match.span()
        if keyed:
            if end < len(text) and text[end].isalnum():
                return
            yield self.candidate(start, end, pattern.score)
            return
        if pattern.name == "age_in_words":
            yield self.candidate(start, end, pattern.score)
            return
        number_end = start + (3 if start + 2 < len(text) and text[start + 2].isdigit() else 2)
        number = int(text[start:number_end])
        if not 90 <= number <= 119:
            return
        form = text[number_end:end].lstrip(" ")
        if form.startswith(("yo", "y/o", "y.o")):
            score = pattern.score
        elif form in ("岁", "歳", "세"):
            end, score = number_end, pattern.score
        elif form in ("/M", "/F"):
            # "Age/Sex: 95/F".
            end, score = number_end, 0.6
        elif _UNIT_WORD.fullmatch(form.rstrip(".")):
            # "Patient, 94 yrs, presents"; "over 94 years, the firm ..." is not a person's.
            end, score = number_end, 0.45
        elif form[:1] in ("-", "y"):
            score = 0.6
        elif form.lower().startswith(("años", "anos", "jahre", "ans", "anni", "jaar", "lat", "år", "ani", "साल", "वर्ष")):
            # "hace 93 años" is "93 years ago": these need age or person context.
            end, score = number_end, 0.45
        elif form.endswith("birthday"):
            end, score = number_end, pattern.score
        elif not form:
            # A bare number set off after a name: "Mr. Diaz, 93," / "Mrs. Park (95)".
            if _NAME_BEFORE.search(text, max(0, start - 40), start) is None:
                return
            score = 0.45
        elif form in ("M", "F"):
            before = text[max(0, start - 2) : start].rstrip(" ")
            if not (start == 0 or before[-1:] in (",", "(", "\n", ";")):
                return
            # The span is the number: "Vasquez, 94F" generalizes to "Vasquez, 90+F";
            # "91M with pneumonia" opens a clinical note.
            end, score = number_end, 0.6 if _CLINICAL_AFTER.match(text, end) else 0.45
        else:  # a decade: "90s", "100's"
            if number % 10 or _POSSESSIVE_BEFORE.search(text, max(0, start - 24), start) is None:
                return
            score = pattern.score
        yield self.candidate(start, end, score)

    def value_ok(self, value: str) -> bool:
        words = value.strip().lower().split()
        if not words or not words[0].isdigit() or not 90 <= int(words[0]) <= 119:
            return False
        # "94", "94 years", "94 yrs"
        return len(words) == 1 or (len(words) == 2 and _UNIT_WORD.fullmatch(words[1]) is not None)
