"""Person names without a statistical model (HIPAA A).

Three signals, strongest first:

1. a title or a person keyword right before capitalised words
   ("Dr. Okafor", "patient Maria Gonzalez", "Dear Tom,", "name: ...");
2. the Census gazetteer: a known first name followed by capitalised name-like
   words ("Maria Gonzalez"), scored higher when the last word is a known surname;
3. context words nearby ("patient", "son", "contact"...) boosting weaker spans.

Optional spaCy NER adds spans on top (see ``hushgate.detection.ner``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.names import AMBIGUOUS_FIRST, NOT_NAMES, first_names, surnames
from hushgate.detection.recognizers.base import Recognizer

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff"
# A capitalised name token: Smith, O'Brien, McDonald, DeShawn, Mary-Jane, José; or an initial "J.".
_TOKEN = rf"(?:[{_UP}][{_LO}]{{0,2}}(?:['\u2019]?[{_UP}])?[{_LO}]{{1,20}}(?:-[{_UP}][{_LO}]{{1,20}})?|[{_UP}]\.)"
_SEQUENCE = rf"{_TOKEN}(?:[ ]{{1,2}}{_TOKEN}){{0,4}}"
_TOKEN_RE = re.compile(_TOKEN)
_LOWER_WORD = re.compile(rf"[{_UP}{_LO}][{_UP}{_LO}'\u2019.\-]{{0,30}}")

TITLES = frozenset("mr mrs ms miss mx dr prof sir madam rev fr sr sra srta mme mlle herr frau".split())
SUFFIXES = frozenset("jr sr ii iii iv md phd rn np pa do dds".split())

_PERSON_KEYWORDS = (
    r"dear|name|full name|patient name|patient|pt|first name|last name|given name|surname|"
    r"named|called|regards|sincerely|signed|attn|attention|emergency contact|"
    r"next of kin|son|daughter|wife|husband|mother|father|mom|dad|spouse|brother|sister|guardian|"
    r"parent|grandmother|grandfather|aunt|uncle|cousin|caregiver|partner|fianc[eé]e?|friend|"
    r"client|customer|employee|cardholder|account holder|applicant|tenant|insured|"
    r"subscriber|beneficiary|resident|caller|referred by|referring|attending|physician|"
    r"nurse|surgeon|therapist|pcp|seen by|met with|spoke with|spoke to|"
    r"mr|mrs|ms|miss|mx|dr|prof|rev|i am|i'm|my name is|this is|patient_name|first_name|last_name|"
    r"full_name|contact_name|name_of|employee_name|customer_name"
)


class _Token:
    __slots__ = ("start", "end", "word", "lower")

    def __init__(self, start: int, end: int, word: str) -> None:
        self.start = start
        self.end = end
        self.word = word
        self.lower = word.lower().rstrip(".")


def _is_initial(token: _Token) -> bool:
    return len(token.word) <= 2 and token.word.endswith(".") or len(token.word) == 1


def _name_word(token: _Token) -> bool:
    """Could this capitalised token be part of a name?"""
    return token.lower not in NOT_NAMES or token.lower in SUFFIXES


class PersonRecognizer(Recognizer):
    ENTITY = "PERSON"
    PATTERNS = (Pattern("capitalised_sequence", _SEQUENCE, 0.6),)
    LOWER_PATTERNS = (
        Pattern(
            "keyword_led",
            rf"(?:{_PERSON_KEYWORDS})(?:\.|,|:|=|-)?[ \t\"']{{1,4}}(?:is[ ]|was[ ]|of[ ])?(?:the[ ])?(?P<v>[{_LO}][{_LO}'\u2019.\-]{{0,30}}(?:[ ]{{1,2}}[{_LO}][{_LO}'\u2019.\-]{{0,30}}){{0,3}})",
            0.8,
        ),
    )
    CONTEXT = (
        "patient", "pt", "name", "dear", "mr", "mrs", "ms", "dr", "son", "daughter", "mother",
        "father", "wife", "husband", "spouse", "brother", "sister", "guardian", "contact",
        "client", "customer", "employee", "member", "cardholder", "signed", "sincerely",
        "regards", "attending", "physician", "nurse", "referred", "caller", "applicant",
        "tenant", "insured", "subscriber", "beneficiary", "resident", "named", "called",
        "emergency contact", "next of kin", "parent", "mom", "dad", "mrs.", "ms.", "mr.", "dr.",
        "patient_name", "first_name", "last_name", "full_name", "fullname", "firstname",
        "lastname", "given_name", "family_name", "spoke", "met", "visited", "met with",
    )
    CONTEXT_BOOST = 0.35
    FIELD_NAMES = (
        "name", "fullname", "firstname", "lastname", "patientname", "givenname", "familyname",
        "surname", "middlename", "contactname", "customername", "employeename", "membername",
        "subscribername", "cardholdername", "nameoncard", "accountholder", "accountholdername",
        "physicianname", "providername", "doctorname", "guardianname", "emergencycontact",
        "emergencycontactname", "beneficiaryname", "insuredname", "username", "displayname",
        "mothersmaidenname", "nextofkin", "spousename", "parentname", "recipientname", "sendername",
    )
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "keyword_led":
            yield from self._after_keyword(text, match)
            return
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-/@."):
            return
        tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, start, match.end())]
        yield from self._from_tokens(tokens, text)

    def _from_tokens(self, tokens: list[_Token], text: str) -> Iterator[Candidate]:
        firsts = first_names()
        lasts = surnames()
        i = 0
        count = len(tokens)
        while i < count:
            token = tokens[i]
            if token.lower in TITLES:
                j = i + 1
                while j < count and j - i <= 3 and _name_word(tokens[j]):
                    j += 1
                if j > i + 1:
                    yield self.candidate(tokens[i + 1].start, tokens[j - 1].end, 0.85)
                i = max(j, i + 1)
                continue
            if token.lower in firsts and token.lower not in AMBIGUOUS_FIRST:
                j = i + 1
                while j < count and j - i <= 3 and _name_word(tokens[j]):
                    j += 1
                last = tokens[j - 1]
                if j - i >= 2 and not _is_initial(last):
                    score = 0.7 if (last.lower in lasts or last.lower in firsts) else 0.5
                    yield self.candidate(token.start, last.end, score)
                else:
                    yield self.candidate(token.start, token.end, 0.3)
                i = j
                continue
            if token.lower in lasts and token.lower not in AMBIGUOUS_FIRST and i + 1 < count:
                # "Gonzalez Maria" style or surname + surname: weak, context decides.
                nxt = tokens[i + 1]
                if _name_word(nxt) and (nxt.lower in firsts or nxt.lower in lasts):
                    yield self.candidate(token.start, nxt.end, 0.4)
                    i += 2
                    continue
            i += 1

    def _after_keyword(self, text: str, match: re.Match[str]) -> Iterator[Candidate]:
        key_start = match.start()
        if key_start > 0 and text[key_start - 1].isalnum():
            return
        start, end = match.span("v")
        firsts = first_names()
        lasts = surnames()
        words = [(m.start(), m.end()) for m in _LOWER_WORD.finditer(text, start, end)]
        chosen: list[tuple[int, int]] = []
        lowercase_ok = None
        for s, e in words:
            word = text[s:e].rstrip(".")
            lower = word.lower()
            if lower in NOT_NAMES and lower not in SUFFIXES:
                break
            if word[:1].isupper():
                chosen.append((s, e))
                continue
            # Lower-case names ("my name is maria gonzalez") only when the
            # gazetteer agrees, starting with a known first name.
            if lowercase_ok is None:
                lowercase_ok = lower in firsts and not chosen
            if lowercase_ok and (lower in firsts or lower in lasts):
                chosen.append((s, e))
                continue
            break

        if not chosen:
            return
        chosen = chosen[:4]
        s, e = chosen[0][0], chosen[-1][1]
        while e > s and text[e - 1] in ".-'":
            e -= 1
        first_lower = text[chosen[0][0] : chosen[0][1]].lower().rstrip(".")
        known = first_lower in firsts or first_lower in lasts
        score = 0.8 if (len(chosen) >= 2 or known) else 0.6
        yield self.candidate(s, e, score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        if not 2 <= len(value) <= 80 or any(c.isdigit() for c in value):
            return False
        words = value.replace(",", " ").split()
        return 1 <= len(words) <= 5 and all(w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words)
