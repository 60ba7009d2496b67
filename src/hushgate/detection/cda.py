"""HL7 v3 / C-CDA instance identifiers: ``<id extension="..." root="OID"/>``.

An ``II`` element names an identifier by the OID of its issuer (``root``)
and holds the identifier itself in ``extension``. Some issuers' OIDs are
fixed: 2.16.840.1.113883.4.1 is the US Social Security Administration (an
SSN), 2.16.840.1.113883.4.6 the NPI registry. Any other identifier of the
patient (the ``<id>`` of a ``<patientRole>``) is the provider's own record
number. The extension still goes through the recognizer's ``value_ok``.

The encounter a document records (``<encompassingEncounter>``) has its
time in ``<effectiveTime value="...">`` or in that element's ``<low>``: a
date of service.
"""

from __future__ import annotations

import re

from hushgate.detection.fields import FieldRules
from hushgate.detection.findings import Candidate

# Issuer OID -> the field name whose rule types the extension.
ISSUERS: dict[str, str] = {
    "2.16.840.1.113883.4.1": "ssn",
    "2.16.840.1.113883.4.6": "npi",
}
_II = re.compile(r"<(?:[A-Za-z]{1,10}:)?id[ \t](?P<attributes>[^<>]{0,300})>")
_ATTRIBUTE = re.compile(r"""(?P<name>root|extension)=(?P<q>["'])(?P<value>[^"'<>\n]{1,64})(?P=q)""")
# The element an <id> belongs to: the nearest opening tag before it, past
# any sibling <id .../> elements.
_OPENING_TAG = re.compile(
    r"<(?:[A-Za-z]{1,10}:)?(?P<tag>[A-Za-z]{1,40})[^<>/]{0,200}>"
    r"(?:[ \t\r\n]{0,40}<(?:[A-Za-z]{1,10}:)?id[ \t][^<>]{0,300}/>){0,4}[ \t\r\n]{0,40}\Z"
)
_PATIENT_ELEMENTS = frozenset({"patientRole", "patient", "recordTarget"})
_NS = r"(?:[A-Za-z]{1,10}:)?"


def _time_value(group: str) -> str:
    """A TS attribute, value="20240316" or with a time and zone, as group `group`."""
    return rf"""value=(?P<{group}q>["'])(?P<{group}>[0-9]{{8,14}}(?:[+\-][0-9]{{4}})?)(?P={group}q)"""


# <encompassingEncounter> (past its <id>s and <code>), then <effectiveTime value=...> or its <low value=...>.
_ENCOUNTER_TIME = re.compile(
    rf"<{_NS}encompassingEncounter[^<>]{{0,200}}>(?:[ \t\r\n]{{0,40}}<{_NS}(?:id|code)[ \t][^<>]{{0,300}}/>){{0,4}}[ \t\r\n]{{0,40}}"
    rf"<{_NS}effectiveTime(?:[ \t][^<>]{{0,100}}?{_time_value('v')}|[^<>/]{{0,100}}>[ \t\r\n]{{0,40}}<{_NS}low[ \t][^<>]{{0,100}}?{_time_value('v2')})"
)


def cda_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """A candidate for every ``<id>`` extension whose issuer or element types
    it, and for the time of the document's encounter."""
    if "ncompassingEncounter" in text:
        for encounter in _ENCOUNTER_TIME.finditer(text):
            group = "v" if encounter.group("v") is not None else "v2"
            rules.add_typed("servicedate", text, *encounter.span(group), candidates)
    for match in _II.finditer(text):
        attributes = {m.group("name"): m for m in _ATTRIBUTE.finditer(match.group("attributes"))}
        extension = attributes.get("extension")
        if extension is None:
            continue
        root = attributes.get("root")
        field = ISSUERS.get(root.group("value")) if root is not None else None
        if field is None:
            owner = _OPENING_TAG.search(text, max(0, match.start() - 1600), match.start())
            if owner is None or owner.group("tag") not in _PATIENT_ELEMENTS:
                continue
            field = "mrn"
        offset = match.start("attributes")
        rules.add_typed(field, text, offset + extension.start("value"), offset + extension.end("value"), candidates)
