"""HL7 v3 / C-CDA instance identifiers: ``<id extension="..." root="OID"/>``.

An ``II`` element names an identifier by the OID of its issuer (``root``)
and holds the identifier itself in ``extension``. Some issuers' OIDs are
fixed: 2.16.840.1.113883.4.1 is the US Social Security Administration (an
SSN), 2.16.840.1.113883.4.6 the NPI registry. Any other identifier of the
patient (the ``<id>`` of a ``<patientRole>``) is the provider's own record
number. The extension still goes through the recognizer's ``value_ok``.
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


def cda_candidates(text: str, rules: FieldRules, candidates: list[Candidate]) -> None:
    """A candidate for every ``<id>`` extension whose issuer or element types it."""
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
