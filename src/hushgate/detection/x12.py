"""X12 EDI (837 claims, 270/271 eligibility, 835 remittance): a segment's
id and qualifiers say what each element is.

``NM1*IL*1*DELACROIX-HART*FATIMA****MI*W963617090~`` is an individual
(NM102 = 1) whose last and first names are NM103 and NM104 and whose member
id (qualifier MI) is NM109; ``DMG*D8*20100718`` is a date of birth;
``DTP*472*D8*20210720`` a date of service. Like HL7 v2 fields, each typed
element goes through the field rule of a name (``FIELDS``) and must pass the
recognizer's ``value_ok``. Elements are separated by ``*``, segments end
with ``~`` (X12's usual delimiters; ISA declares others rarely used in
prompts).
"""

from __future__ import annotations

import re

from hushgate.detection.fields import FieldRules
from hushgate.detection.findings import Candidate

# NM108 / REF01 identification qualifiers -> the field name of the id.
ID_QUALIFIERS: dict[str, str] = {
    "MI": "memberid",  # member identification number
    "MR": "memberid",  # Medicaid recipient identification number
    "1W": "memberid",  # member identification number (REF)
    "XX": "npi",  # CMS National Provider Identifier
    "HPI": "npi",
    "34": "ssn",  # social security number
    "SY": "ssn",  # social security number (REF)
    "EA": "mrn",  # medical record identification number
    "IG": "policynumber",  # insurance policy number
}
# DTP01 qualifiers of dates tied to the patient: service, admission,
# discharge, onset, accident, last visit, prescription, and the member's
# plan and eligibility dates (291, 307, 346-357), which HIPAA counts as
# dates related to the individual.
PERSON_DATES = frozenset(
    {"472", "435", "096", "431", "454", "304", "471", "439", "484", "453", "455", "438", "291", "307", "346", "347", "356", "357"}
)
# PER contact number qualifiers: telephone, cell, fax, home, work.
PHONE_QUALIFIERS = frozenset({"TE", "CP", "FX", "HP", "WP"})

# A segment starts the text or follows a "~" or a line break; led by that
# character, the scan skips ahead in C instead of trying every position.
_SEGMENT_BODY = r"[ \t]*(?P<id>NM1|DMG|DTP|N3|N4|REF|PER)\*(?P<elements>[^~\n]{1,400})"
_FIRST_SEGMENT = re.compile(_SEGMENT_BODY)
_SEGMENT = re.compile(r"[~\n]" + _SEGMENT_BODY)


def x12_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """Add a candidate for every typed element of every X12 segment."""
    first = _FIRST_SEGMENT.match(text)
    for segment in ([first] if first is not None else []) + list(_SEGMENT.finditer(text)):
        elements = _Elements(text, segment.start("elements"), segment.group("elements").split("*"), rules, candidates)
        values = elements.values
        kind = segment.group("id")
        if kind == "NM1":
            if len(values) > 1 and values[1] == "1":  # a person, not an organization
                elements.add(2, "lastname")
                elements.add(3, "firstname")
                elements.add(4, "middlename")
            if len(values) > 8 and values[7] in ID_QUALIFIERS:
                elements.add(8, ID_QUALIFIERS[values[7]])
        elif kind == "DMG" and values[0] == "D8":
            elements.add(1, "dob")
        elif kind == "DTP" and values[0] in PERSON_DATES and len(values) > 2 and values[1] == "D8":
            elements.add(2, "servicedate")
        elif kind == "N3":
            elements.add(0, "address")
            elements.add(1, "address")
        elif kind == "N4":
            elements.add(2, "zip")
        elif kind == "REF" and values[0] in ID_QUALIFIERS:
            elements.add(1, ID_QUALIFIERS[values[0]])
        elif kind == "PER":
            for index in range(2, len(values) - 1, 2):
                if values[index] in PHONE_QUALIFIERS:
                    elements.add(index + 1, "phone")


class _Elements:
    """One segment's elements and their offsets in the text."""

    def __init__(self, text: str, offset: int, values: list[str], rules: FieldRules, candidates: list[Candidate]) -> None:
        self.text = text
        self.values = values
        self.rules = rules
        self.candidates = candidates
        self.starts = [offset]
        for value in values[:-1]:
            self.starts.append(self.starts[-1] + len(value) + 1)

    def add(self, index: int, field: str) -> None:
        """A candidate for element `index` as the value of `field`, if it passes."""
        if index < len(self.values) and self.values[index]:
            start = self.starts[index]
            self.rules.add_typed(field, self.text, start, start + len(self.values[index]), self.candidates)
