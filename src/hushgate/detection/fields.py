"""Keys name what their values are: ``"ssn": "123456789"``.

A JSON key, the ``field_name`` handed to ``detect`` and a table's column
header all type the value next to them through the same field rules: each
recognizer declares ``FIELD_NAMES`` (normalized: lower case, no separators),
and a key names the recognizer whose field name it is, or else the
first-declared field name it starts or ends with ("patient_ssn",
"creditor_name"). The value must still pass that recognizer's ``value_ok``.
Keys of places (``city``, ``employer``...) veto PERSON inside their value.

Nothing is cached across calls: keys come from prompts, and prompt text must
not outlive its request.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING

from hushgate.detection.findings import Candidate

if TYPE_CHECKING:
    from hushgate.detection.recognizers import Recognizer

# "key": "value" pairs inside a prompt (JSON bodies, tool arguments pasted as
# text, escaped JSON inside JSON).
JSON_PAIR = re.compile(
    r'(?:\\"|")(?P<k>[A-Za-z][A-Za-z0-9_\- ]{0,40})(?:\\"|")[ \t]{0,3}:[ \t]{0,3}\[?[ \t]{0,3}(?:\\"|")(?P<v>[^"\\\n]{1,200})(?:\\"|")'
)
# Keys that end like a person field but hold something else.
NOT_PERSON_KEYS = frozenset(
    "filename hostname username pathname classname typename modelname toolname functionname "
    "servicename tablename fieldname columnname dbname appname companyname orgname drugname "
    "productname brandname planname payername facilityname hospitalname clinicname bankname".split()
)
PLACE_KEYS = frozenset(
    "city town state country county region province district neighborhood neighbourhood "
    "location place destination origin facility hospital clinic pharmacy employer company "
    "organization organisation bank payer insurer plan drug medication product".split()
)
# Steps of the pair scan between yields, when stepping.
_STEP_PAIRS = 50
_SEPARATORS = re.compile(r"[^a-z0-9]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_MISSING = object()
_PLACE = object()  # a place key: its value vetoes PERSON


def normalize_field_name(field_name: str) -> str:
    """'patient_name', 'patientName', 'Patient-Name' -> 'patientname'."""
    return _SEPARATORS.sub("", field_name.lower())


def field_words(field_name: str) -> str:
    """'patientName' -> 'patient name', for matching context keywords."""
    spaced = _CAMEL.sub(" ", field_name)
    return " ".join(w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w)


def _json_key_name(raw_key: str) -> str:
    """``normalize_field_name`` for a key captured by ``JSON_PAIR``, whose
    only separators are "_", "-" and " " (no regex pass per key)."""
    return raw_key.lower().replace("_", "").replace("-", "").replace(" ", "")


class FieldRules:
    """Normalized key -> the recognizer its value belongs to. Read-only after
    construction, shared by every call."""

    def __init__(self, recognizers: Iterable[Recognizer]) -> None:
        self.names: dict[str, Recognizer] = {}
        for recognizer in recognizers:
            for field in recognizer.FIELD_NAMES:
                self.names.setdefault(normalize_field_name(field), recognizer)
        # Field names of 3+ characters -> (declaration order, recognizer), for
        # keys that start or end with one.
        self._affixes = {name: (order, rule) for order, (name, rule) in enumerate(self.names.items()) if len(name) >= 3}
        self._longest = max(map(len, self._affixes), default=0)
        # A key can only start (end) with a field name if it starts (ends)
        # with that name's first (last) three characters: most keys are
        # rejected by these two lookups.
        self._heads = frozenset(name[:3] for name in self._affixes)
        self._tails = frozenset(name[-3:] for name in self._affixes)

    def rule(self, key: str) -> Recognizer | None:
        """The recognizer a (normalized) key names: an exact field name, else
        the first-declared field name the key starts or ends with. The key's
        own prefixes and suffixes are looked up, not every field name."""
        recognizer = self.names.get(key)
        if recognizer is not None or key in NOT_PERSON_KEYS:
            return recognizer
        heads = key[:3] in self._heads
        tails = key[-3:] in self._tails
        if not (heads or tails):
            return None
        affixes = self._affixes
        hits: list[tuple[int, Recognizer]] = []
        for size in range(3, min(len(key), self._longest) + 1):
            if heads and (hit := affixes.get(key[:size])) is not None:
                hits.append(hit)
            if tails and (hit := affixes.get(key[-size:])) is not None:
                hits.append(hit)
        # The first declared wins (declaration orders are distinct).
        return min(hits)[1] if hits else None

    def value_candidate(self, recognizer: Recognizer, text: str, start: int, end: int) -> Candidate | None:
        """The candidate for text[start:end] as the value of a key naming
        `recognizer`, stripped of surrounding blanks, if the value passes."""
        value = text[start:end]
        if not value.strip() or not recognizer.value_ok(value):
            return None
        lead = len(value) - len(value.lstrip())
        return Candidate(recognizer.ENTITY, start + lead, start + len(value.rstrip()), recognizer.FIELD_SCORE, recognizer.name)


def pair_candidates(text: str, rules: FieldRules, candidates: list[Candidate], stepping: bool = False) -> Generator[None, None, None]:
    """Candidates for the values of "key": "value" pairs in `text`; PERSON
    candidates inside the values of place keys are dropped. With
    `stepping`, yields every few dozen pairs."""
    place_values: list[tuple[int, int]] = []
    # "key" as written -> its rule (a recognizer, _PLACE or None), for this
    # text only: arrays of objects repeat their keys.
    key_rules: dict[str, object] = {}
    for count, match in enumerate(JSON_PAIR.finditer(text), 1):
        if stepping and count % _STEP_PAIRS == 0:
            yield
        raw_key = match.group("k")
        rule = key_rules.get(raw_key, _MISSING)
        if rule is _MISSING:
            key = _json_key_name(raw_key)
            rule = key_rules[raw_key] = _PLACE if key in PLACE_KEYS else rules.rule(key)
        if rule is None:
            continue
        if rule is _PLACE:
            place_values.append(match.span("v"))
            continue
        candidate = rules.value_candidate(rule, text, *match.span("v"))  # type: ignore[arg-type]
        if candidate is not None:
            candidates.append(candidate)
    if place_values:
        drop_persons_inside(place_values, candidates)


def drop_persons_inside(spans: list[tuple[int, int]], candidates: list[Candidate]) -> None:
    """Remove PERSON candidates that lie inside one of `spans` (values of
    place keys: "city": "Paris"), which are disjoint and in text order."""
    starts = [s for s, _ in spans]

    def inside(candidate: Candidate) -> bool:
        index = bisect_right(starts, candidate.start) - 1
        return index >= 0 and candidate.end <= spans[index][1]

    candidates[:] = [c for c in candidates if c.entity_type != "PERSON" or not inside(c)]
