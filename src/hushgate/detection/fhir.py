"""FHIR identifiers: ``{"system": ..., "type": {"coding": [{"code": "MR"}]},
"value": "E185144962"}``.

An ``Identifier``'s ``value`` is typed by its ``system`` URI (the US SSN,
NPI and MBI systems of US Core, or their OIDs) or by the identifier-type
code of its ``type`` (HL7 v2 table 0203: MR is a medical record number, SS
a social security number, DL a driver's license). The system or type sits in
the same identifier object, before or after the value; the value still goes
through the recognizer's ``value_ok``. An identifier with neither, of a
``Coverage`` resource, is the member's id on that plan.
"""

from __future__ import annotations

import re

from hushgate.detection.fields import FieldRules
from hushgate.detection.findings import Candidate

# System URI or OID (a substring of the system) -> the field name of the value.
SYSTEMS: dict[str, str] = {
    "hl7.org/fhir/sid/us-ssn": "ssn",
    "2.16.840.1.113883.4.1": "ssn",
    "hl7.org/fhir/sid/us-npi": "npi",
    "2.16.840.1.113883.4.6": "npi",
    "hl7.org/fhir/sid/us-mbi": "mbi",
}
# Identifier type codes (v2-0203) -> the field name of the value.
TYPE_CODES: dict[str, str] = {
    "MR": "mrn",
    "SS": "ssn",
    "SB": "ssn",
    "DL": "driverslicense",
    "PPN": "passportnumber",
    "MB": "memberid",
    "MA": "memberid",
    "MC": "memberid",
    "NPI": "npi",
}
_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"(?P<v>[^"\\\n]{1,64})"')
_SYSTEM = re.compile(r'"system"[ \t]*:[ \t]*"(?P<s>[^"\n]{1,200})"')
_TYPE_CODE = re.compile(r'"code"[ \t]*:[ \t]*"(?P<c>[A-Z]{2,3})"')
# How far around a value its identifier's system and type are looked for.
_REACH = 400


def fhir_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """A candidate for every identifier value whose system or type types it."""
    previous_end = 0
    for value in _VALUE.finditer(text):
        # This value's identifier object: after the previous value, up to the object's end.
        lo = max(previous_end, value.start() - _REACH)
        closing = text.find("}", value.end(), value.end() + _REACH)
        hi = value.end() + _REACH if closing < 0 else closing
        previous_end = value.end()
        field = _field(text, lo, hi) or _resource_field(text, value.start())
        if field is None:
            continue
        rules.add_typed(field, text, *value.span("v"), candidates)


_RESOURCE_TYPE = re.compile(r'"resourceType"[ \t]*:[ \t]*"(?P<t>[A-Za-z]{1,40})"')


def _resource_field(text: str, at: int) -> str | None:
    """The field of an untyped identifier by its resource: a Coverage's is a member id."""
    start = text.rfind('"resourceType"', 0, at)
    resource = _RESOURCE_TYPE.match(text, start) if start >= 0 else None
    if resource is None or resource.group("t") != "Coverage":
        return None
    # The Coverage's "identifier" array, not a "class" value (a group or plan code).
    identifier = text.rfind('"identifier"', start, at)
    return "memberid" if identifier > text.rfind('"class"', start, at) and at - identifier <= _REACH else None


def _field(text: str, lo: int, hi: int) -> str | None:
    for system in _SYSTEM.finditer(text, lo, hi):
        for marker, field in SYSTEMS.items():
            if marker in system.group("s"):
                return field
    for code in _TYPE_CODE.finditer(text, lo, hi):
        field = TYPE_CODES.get(code.group("c"))
        if field is not None:
            return field
    return None


# Resources whose period is a person's: when they were seen, admitted, operated on.
_PERSON_PERIOD_RESOURCES = frozenset({"Appointment", "Encounter", "EpisodeOfCare", "Procedure", "MedicationAdministration"})
_PERIOD_DATE = re.compile(r'"(?:start|end)"[ \t]*:[ \t]*"(?P<v>[0-9]{4}-[0-9]{2}-[0-9]{2}[0-9T:.+\-Z]{0,20})"')


def fhir_period_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """An Appointment's or Encounter's start and end ("period": {"start":
    ...}): the dates of a visit or a stay. A Coverage's or a Slot's are not
    a person's."""
    for date in _PERIOD_DATE.finditer(text):
        start = text.rfind('"resourceType"', 0, date.start())
        resource = _RESOURCE_TYPE.match(text, start) if start >= 0 else None
        if resource is not None and resource.group("t") in _PERSON_PERIOD_RESOURCES:
            rules.add_typed("dateofservice", text, *date.span("v"), candidates)
