"""HL7 v2 segments say what a field is by its position: PID-19 is the
patient's SSN.

Some identifier fields carry neither a pattern of their own (a bare 9-digit
SSN, a state driver's license number) nor a keyword in the message; their
position is what types them. Each position maps to a field name that goes
through the same field rules as a JSON key, and the value must pass the
recognizer's ``value_ok``. Fields are numbered as in HL7 v2.5 (field 1 is the
first after the segment id); the value is the first component of the first
repetition (``123456789``, ``S99912345^CA^20290101`` -> ``S99912345``).

Segments are found at the start of a line, also inside JSON strings where
their separators are escaped (``\\r``). Names, dates, addresses, phones and
MRNs in HL7 have patterns of their own (``hl7_*`` in the recognizers).
"""

from __future__ import annotations

import re
from hushgate.detection.fields import FieldRules, normalize_field_name
from hushgate.detection.findings import Candidate

# (segment id, field number) -> the field name whose rule types it.
FIELDS: dict[tuple[str, int], str] = {
    ("PID", 13): "phone",  # phone number - home
    ("PID", 14): "phone",  # phone number - business
    ("NK1", 5): "phone",  # next of kin's phone number
    ("GT1", 6): "phone",  # guarantor's home phone
    ("PID", 7): "dob",  # date/time of birth (also with a time: 196107040830)
    ("PID", 29): "date_of_death",  # patient death date and time
    ("PV1", 44): "admit_date",  # admit date/time
    ("PV1", 45): "discharge_date",  # discharge date/time
    ("OBR", 7): "collected",  # observation (specimen collection) date/time
    ("SPM", 17): "collected",  # specimen collection date/time
    ("PID", 19): "ssn",  # SSN number - patient
    ("PID", 20): "drivers_license",  # driver's license number - patient
    ("NK1", 37): "ssn",  # contact person social security number
    ("GT1", 12): "ssn",  # guarantor SSN
    ("IN1", 36): "policy_number",  # policy number
    ("IN2", 2): "ssn",  # insured's social security number
}
_SEGMENTS = tuple(sorted({segment for segment, _ in FIELDS}))
# Where a segment ends: a line break, raw or escaped, or the end of a JSON string.
_SEGMENT_END = re.compile(r"[\r\n\"]|\\[rn]")


def _starts_line(text: str, at: int) -> bool:
    """Whether a segment id at `at` starts a line, a JSON string, or follows
    an escaped line break."""
    return at == 0 or text[at - 1] in "\r\n\"" or (at >= 2 and text[at - 2] == "\\" and text[at - 1] in "rn")


def hl7_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """Add a candidate for every typed field (``FIELDS``) of every segment
    whose value passes the rule's recognizer."""
    for segment_id in _SEGMENTS:
        at = text.find(segment_id + "|")
        while at >= 0:
            if _starts_line(text, at):
                _segment_candidates(text, segment_id, at + len(segment_id) + 1, rules, candidates)
            at = text.find(segment_id + "|", at + 1)


def _segment_candidates(text: str, segment_id: str, start: int, rules: FieldRules, candidates: list[Candidate]) -> None:
    stop = _SEGMENT_END.search(text, start)
    end = len(text) if stop is None else stop.start()
    position = start
    for number, field in enumerate(text[start:end].split("|"), 1):
        name = FIELDS.get((segment_id, number))
        if name is not None and field:
            value = field.split("~", 1)[0].split("^", 1)[0]
            rules.add_typed(normalize_field_name(name), text, position, position + len(value), candidates)
        position += len(field) + 1
