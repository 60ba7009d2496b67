"""Keys name what their values are: ``"ssn": "123456789"``.

A JSON key, the ``field_name`` handed to ``detect`` and a table's column
header all type the value next to them through the same field rules: each
recognizer declares ``FIELD_NAMES`` (normalized: lower case, no separators),
and a key names the recognizer whose field name it is, or else the
first-declared field name it starts or ends with ("patient_ssn",
"creditor_name"). The value must still pass that recognizer's ``value_ok``.
Keys of places (``city``, ``employer``...) veto PERSON inside their value.

Where keys and values appear in a prompt:

* JSON: ``"key": "value"`` (also escaped JSON inside JSON, first array item);
* code, SQL, quoted YAML, XML attributes: ``key = 'value'``,
  ``key="value"``, ``'key': 'value'`` (a double-quoted key is JSON's);
* YAML, .env, INI and properties lines: ``key: value``, ``KEY=value`` (the
  rest of the line, up to a `` #`` comment). Only keys written like
  configuration keys count: lower-case first letter, an underscore, or
  ``=``; "Name: John Smith" in prose is left to the keyword rules;
* query strings, log lines (logfmt) and cookies: ``?first_name=Amara&ssn=...``,
  ``level=info patient_id=MRN0048213``;
* XML elements: ``<family>Nwosu</family>``, FHIR's ``<family value="Nwosu"/>``.

A bare ``name`` key in code, configuration or XML names products and
services as often as people: its value must be capitalised and have a first
name the gazetteer knows, or consist of known surnames. So must the values
of ``family``, ``given`` and ``driver`` (a font family, a WebDriver) outside
JSON and FHIR's ``<family value="..."/>``.

Nothing is cached across calls: keys come from prompts, and prompt text must
not outlive its request.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Generator, Iterable
from itertools import chain
from typing import TYPE_CHECKING

from hushgate.detection.findings import Candidate
from hushgate.detection.names import first_names, name_key, surnames

if TYPE_CHECKING:
    from hushgate.detection.recognizers import Recognizer

# "key": "value" pairs inside a prompt (JSON bodies, tool arguments pasted as
# text, escaped JSON inside JSON).
# A value never starts with "{": "text": "{\"displayName\": ..." is JSON escaped
# inside a string, whose pairs are read on their own.
JSON_PAIR = re.compile(
    r'(?:\\"|")(?P<k>[A-Za-z][A-Za-z0-9_\- ]{0,40})(?:\\"|")[ \t]{0,3}:[ \t]{0,3}(?:\[[ \t\r\n]{0,40}|[ \t]{0,3})(?:\\"|")(?P<v>[^"\\\n{][^"\\\n]{0,199})(?:\\"|")'
)
# Keys that end like a person field but hold something else.
NOT_PERSON_KEYS = frozenset(
    "placeholder filename hostname username pathname classname typename modelname toolname functionname "
    "servicename tablename fieldname columnname dbname appname companyname orgname drugname "
    "productname brandname planname payername facilityname hospitalname clinicname bankname "
    "businessname legalname entityname organizationname organisationname storename shopname pharmacyname "
    "practicename employername vendorname merchantname projectname teamname devicename".split()
)
PLACE_KEYS = frozenset(
    "city town state country county region province district neighborhood neighbourhood "
    "location place destination origin facility hospital clinic pharmacy employer company "
    "organization organisation bank payer insurer plan drug medication product".split()
)
# key = 'value' / key: "value": found from the separator (rarer than word
# starts), one scan per separator character (a literal the regex engine
# skips to quickly); the key is read backwards from it. A separator right
# after a double quote is JSON's, left to JSON_PAIR.
_QUOTED_AFTER = tuple(
    re.compile(rf"""{separator}(?<!"{separator})(?<!" {separator})[ \t]{{0,3}}(?P<q>['"])(?P<v>[^'"\n\\]{{1,200}})(?P=q)""")
    for separator in (":", "=")
)
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_LONGEST_KEY = 60
# key: value / KEY=value lines. Configuration keys, not prose labels
# ("Diagnosis: ..."): a lower-case first letter, an underscore, or "=". The
# value may not start like a quoted, flow or block YAML value.
_LINE_BODY = (
    r"[ \t]{0,12}(?:- )?"
    r"(?P<k>(?:[a-z_][A-Za-z0-9_.\-]{0,60}|[A-Z][A-Za-z0-9.\-]{0,59}+_[A-Za-z0-9_.\-]{0,60})(?=[ \t]{0,3}[:=])"
    r"|[A-Z][A-Za-z0-9.\-]{0,60}(?=[ \t]{0,3}=))"
    r"[ \t]{0,3}[:=][ \t]{0,3}(?P<v>[^\s'\"\[{|>&*#!%@`][^\n]{0,199})"
)
_FIRST_LINE_PAIR = re.compile(_LINE_BODY)
_LINE_PAIR = re.compile("\n" + _LINE_BODY)
# key=value in query strings, log lines (logfmt) and cookies: an unquoted
# value up to a blank or delimiter; the key, read backwards from "=", must
# start the text, a line or a word, or follow "?", "&" or ";".
_UNQUOTED_AFTER_EQUALS = re.compile(r"=(?P<v>[^\s\"'&#<>=;,]{1,200})")
_BEFORE_BARE_KEY = frozenset(" \t\r\n?&;")
_XML_ELEMENT = re.compile(r"<(?P<k>[A-Za-z][A-Za-z0-9_.:\-]{0,60})(?:[ \t][^<>\n]{0,200})?>(?P<v>[^<>\n]{1,200})</(?P=k)>")
_CDA_NAME_PARTS = frozenset({"given", "family"})
# Keys that name no kind of value: their object's key does ("passport": {"number": ...}).
_NESTED_VALUE_KEYS = frozenset({"number", "no", "num", "nbr", "id", "value"})

_XML_VALUE_ATTRIBUTE = re.compile(r"""<(?P<k>[A-Za-z][A-Za-z0-9_.:\-]{0,60})[ \t]+value=(?P<q>["'])(?P<v>[^"'<>\n]{1,200})(?P=q)""")
# Keys that name people as often as products or anything else ("first": 10 in
# paging, "last": "2024-01-02"): their value must be backed by the gazetteer.
GENERIC_NAME_KEYS = frozenset({"name", "names", "displayname", "display", "first", "last", "fname", "lname"})
# Person keys in FHIR and insurance records that mean something else in CSS,
# code and configuration (font-family, a WebDriver, a taxonomic family):
# outside JSON and FHIR's value attributes, keys that end with them
# ("font-family", "webdriver") are read like "name".
_AMBIGUOUS_PERSON_KEYS = ("family", "given", "driver")
# Unquoted secrets have no agreed end: a line whose secret value contains
# blanks is left to the recognizers' own keyword patterns.
_SINGLE_TOKEN_ENTITIES = frozenset({"PASSWORD", "API_KEY", "HIGH_ENTROPY_SECRET", "JWT", "PRIVATE_KEY"})
# Steps of the pair scan between yields, when stepping.
_STEP_PAIRS = 50
_SEPARATORS = re.compile(r"[^a-z0-9]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_PLACE = object()  # a place key: its value vetoes PERSON


def normalize_field_name(field_name: str) -> str:
    """'patient_name', 'patientName', 'Patient-Name' -> 'patientname'."""
    return _SEPARATORS.sub("", field_name.lower())


def field_words(field_name: str) -> str:
    """'patientName' -> 'patient name', for matching context keywords."""
    spaced = _CAMEL.sub(" ", field_name)
    return " ".join(w for w in _NOT_WORD.split(spaced.lower()) if w)


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

    def add_typed(self, field: str, text: str, start: int, end: int, candidates: list[Candidate]) -> None:
        """Append the candidate for text[start:end] as the value of the
        (normalized) `field`, if the field has a rule and the value passes it:
        what a format's position or qualifier says a value is (HL7, X12,
        C-CDA, FHIR, SWIFT MT)."""
        recognizer = self.rule(field)
        if recognizer is not None:
            candidate = self.value_candidate(recognizer, text, start, end)
            if candidate is not None:
                candidates.append(candidate)

    def value_candidate(self, recognizer: Recognizer, text: str, start: int, end: int) -> Candidate | None:
        """The candidate for text[start:end] as the value of a key naming
        `recognizer`, stripped of surrounding blanks, if the value passes."""
        value = text[start:end]
        if not value.strip() or not recognizer.value_ok(value):
            return None
        lead = len(value) - len(value.lstrip())
        return Candidate(recognizer.ENTITY, start + lead, start + len(value.rstrip()), recognizer.FIELD_SCORE, recognizer.name)


def pair_candidates(text: str, rules: FieldRules, candidates: list[Candidate], stepping: bool = False) -> Generator[None, None, None]:
    """Candidates for the values of key/value pairs in `text`, in every form
    listed above; PERSON candidates inside the values of place keys are
    dropped. With `stepping`, yields every few dozen pairs."""
    pairs = _Pairs(text, rules, candidates, stepping)
    if '"' in text:
        yield from pairs.json()
    if "'" in text or '"' in text:
        yield from pairs.quoted()
    yield from pairs.lines()
    if "=" in text:
        yield from pairs.bare()
    if "<" in text:
        yield from pairs.xml()
    if pairs.places:
        drop_persons_inside(pairs.places, candidates)


class _Pairs:
    """The pair scans of one text, and what they share: the rule of each key
    as written (arrays of objects and repeated rows repeat their keys), and
    the values of place keys. Lives for one call."""

    def __init__(self, text: str, rules: FieldRules, candidates: list[Candidate], stepping: bool) -> None:
        self.text = text
        self.rules = rules
        self.candidates = candidates
        self.stepping = stepping
        self.places: list[tuple[int, int]] = []
        self._key_rules: dict[str, tuple[object, bool]] = {}
        # Object start offset -> whether it describes a product (this text only).
        self._product_objects: dict[int, bool] = {}

    def json(self) -> Generator[None, None, None]:
        # The hot form (JSON bodies and tool arguments): ``_add`` inlined.
        text = self.text
        key_rules = self._key_rules
        rule_of = self.rules.rule
        for count, match in enumerate(JSON_PAIR.finditer(text), 1):
            if self.stepping and count % _STEP_PAIRS == 0:
                yield
            raw_key = match.group("k")
            cached = key_rules.get(raw_key)
            if cached is None:
                key = _json_key_name(raw_key)
                cached = key_rules[raw_key] = (_PLACE if key in PLACE_KEYS else rule_of(key), key in GENERIC_NAME_KEYS, key.endswith(_AMBIGUOUS_PERSON_KEYS))
            rule = cached[0]
            if rule is None:
                if raw_key.lower() not in _NESTED_VALUE_KEYS:
                    continue
                # {"passport": {"number": "737908237", "country": "USA"}}: the object's key names the value.
                rule = self._parent_rule(match.start())
                if rule is None:
                    continue
            if rule is _PLACE or (cached[1] and self._in_product_object(match.start(), match.end())):
                # A place, or the name of a product: no person inside.
                self.places.append(match.span("v"))
                continue
            candidate = self.rules.value_candidate(rule, text, *match.span("v"))  # type: ignore[arg-type]
            if candidate is not None:
                self.candidates.append(candidate)

    def _parent_rule(self, start: int) -> Recognizer | None:
        """The rule of the key whose object holds the pair at `start`."""
        text = self.text
        opening = text.rfind("{", max(0, start - _PARENT_REACH), start)
        if opening < 0 or text.find("}", opening, start) >= 0:
            return None
        # {"type": "P", "issuing_country": "USA", "number": ...}: the document's type names it.
        closing = text.find("}", start, start + _PARENT_REACH)
        document = _DOCUMENT_TYPE.search(text, opening, closing if closing >= 0 else start + _PARENT_REACH)
        if document is not None:
            field = _DOCUMENT_TYPES.get(normalize_field_name(document.group(1)))
            if field is not None:
                return self.rules.rule(field)
        key = _object_key(text, opening)
        if not key:
            return None
        if key in ("license", "licence") and text.find('"state"', opening, opening + _PARENT_REACH) >= 0:
            # {"license": {"state": "NY", "number": ...}}: a state issues driver's licenses.
            key = "driverslicense"
        return None if key in PLACE_KEYS else self.rules.rule(key)

    def _in_product_object(self, start: int, end: int) -> bool:
        """Whether the pair at text[start:end] sits in an object with a
        product key; each object is looked at once per text."""
        text = self.text
        opening = text.rfind("{", max(0, start - _OBJECT_REACH), start)
        if opening < 0:
            return False
        known = self._product_objects.get(opening)
        if known is None:
            closing = text.find("}", end, end + _OBJECT_REACH)
            stop = min(len(text), end + _OBJECT_REACH) if closing < 0 else closing
            parent_key = _object_key(text, opening)
            known = self._product_objects[opening] = parent_key in ORGANISATION_KEYS or parent_key in PLACE_KEYS or any(
                normalize_field_name(key.group(1)) in PRODUCT_KEYS for key in _JSON_KEY.finditer(text, opening, stop)
            )
        return known

    def quoted(self) -> Generator[None, None, None]:
        text = self.text
        count = 0
        for regex in _QUOTED_AFTER:
            for match in regex.finditer(text):
                count += 1
                if self.stepping and count % _STEP_PAIRS == 0:
                    yield
                key_end = match.start()
                # Back over blanks (and the first "=" of "==") to the key.
                while key_end > 0 and text[key_end - 1] in " \t":
                    key_end -= 1
                if text[match.start()] == "=" and key_end > 0 and text[key_end - 1] == "=":
                    key_end -= 1
                    while key_end > 0 and text[key_end - 1] in " \t":
                        key_end -= 1
                quote = text[key_end - 1] if key_end > 0 and text[key_end - 1] in "'\"" else ""
                if quote == '"':
                    continue  # a JSON key: JSON_PAIR's
                if quote:
                    key_end -= 1
                key_start = key_end
                while key_start > 0 and text[key_start - 1] in _KEY_CHARS and key_end - key_start <= _LONGEST_KEY:
                    key_start -= 1
                if key_start == key_end or (key_start > 0 and text[key_start - 1] in _KEY_CHARS):
                    continue
                if quote and (key_start == 0 or text[key_start - 1] != quote):
                    continue
                raw_key = text[key_start:key_end]
                if raw_key[0].isalpha() or raw_key[0] == "_":
                    self._add(raw_key, *match.span("v"), False)

    def lines(self) -> Generator[None, None, None]:
        text = self.text
        first = _FIRST_LINE_PAIR.match(text)
        matches = _LINE_PAIR.finditer(text) if "\n" in text else iter(())
        for count, match in enumerate(chain(() if first is None else (first,), matches), 1):
            if self.stepping and count % _STEP_PAIRS == 0:
                yield
            start, end = match.span("v")
            comment = text.find(" #", start, end)
            self._add(match.group("k"), start, end if comment < 0 else comment, True)

    def bare(self) -> Generator[None, None, None]:
        text = self.text
        for count, match in enumerate(_UNQUOTED_AFTER_EQUALS.finditer(text), 1):
            if self.stepping and count % _STEP_PAIRS == 0:
                yield
            key_end = match.start()
            key_start = key_end
            while key_start > 0 and text[key_start - 1] in _KEY_CHARS and key_end - key_start <= _LONGEST_KEY:
                key_start -= 1
            if key_start == key_end or (key_start > 0 and text[key_start - 1] not in _BEFORE_BARE_KEY):
                continue
            raw_key = text[key_start:key_end]
            if not (raw_key[0].isalpha() or raw_key[0] == "_"):
                continue
            # In prose the sentence goes on: "... or password=****?"
            start, end = match.span("v")
            while end > start and text[end - 1] in ".:?)":
                end -= 1
            if end > start:
                self._add(raw_key, start, end, False)

    def xml(self) -> Generator[None, None, None]:
        text = self.text
        for regex, needle, fhir in ((_XML_ELEMENT, "</", False), (_XML_VALUE_ATTRIBUTE, "value=", True)):
            if needle in text:
                for count, match in enumerate(regex.finditer(text), 1):
                    if self.stepping and count % _STEP_PAIRS == 0:
                        yield
                    key = match.group("k")
                    # C-CDA's <name><given>Priya</given><family>Al-Masri</family></name>
                    # is a person's, as FHIR's "given" and "family" are.
                    person_part = key in _CDA_NAME_PARTS and _inside_name_element(text, match.start())
                    self._add(key, *match.span("v"), False, fhir or person_part)

    def _add(self, raw_key: str, start: int, end: int, unquoted: bool, fhir: bool = False) -> None:
        """A candidate for text[start:end] if the key has a rule and the value
        passes it."""
        cached = self._key_rules.get(raw_key)
        if cached is None:
            key = normalize_field_name(raw_key)
            cached = self._key_rules[raw_key] = (
                _PLACE if key in PLACE_KEYS else self.rules.rule(key),
                key in GENERIC_NAME_KEYS,
                key.endswith(_AMBIGUOUS_PERSON_KEYS),
            )
        rule, generic, ambiguous = cached
        generic = generic or (ambiguous and not fhir)
        if rule is None:
            return
        if rule is _PLACE:
            self.places.append((start, end))
            return
        recognizer: Recognizer = rule  # type: ignore[assignment]
        if generic or unquoted:
            value = self.text[start:end].strip()
            if generic and recognizer.ENTITY == "PERSON" and (
                not (value[:1].isupper() and gazetteer_backs(value)) or (value.isupper() and " " not in value)
            ):
                # "name: app", "name='Payment Service'", "- name: PORT": configuration names things.
                return
            if unquoted and recognizer.ENTITY in _SINGLE_TOKEN_ENTITIES and len(value.split()) > 1:
                return
        candidate = self.rules.value_candidate(recognizer, self.text, start, end)
        if candidate is not None:
            self.candidates.append(candidate)


# Keys (normalized) whose object is an organisation: its "name" or "display"
# names the firm ("manufacturer": {"display": "Pfizer"}).
ORGANISATION_KEYS = frozenset(
    "manufacturer organization organisation managingorganization publisher custodian serviceprovider sponsor vendor supplier insurer".split()
)
_PARENT_KEY = re.compile(r'"([A-Za-z_\-]{1,40})"[ \t]*:[ \t\r\n]*\Z')
# Keys (normalized) of a table or object that describes products or coded
# things: its "name" or "display" is the product's or the code's
# ("sku,name,qty,price"; a FHIR coding {"system", "code", "display"}).
PRODUCT_KEYS = frozenset(
    "sku skus upc ean gtin qty quantity price unitprice listprice msrp cost stock instock inventory product productid "
    "category brand model colour color size weight code system "
    # {"name": "Cookie", "value": "..."}: a name/value pair (HAR headers, env lists), not a person.
    "value".split()
)
_JSON_KEY = re.compile(r'"([A-Za-z_][\w \-]{0,30})"\s*:')


# How far a pair's object is looked for around it: bounds the work per
# pair on hostile input (one object with thousands of "name" keys).
_OBJECT_REACH = 4096
# How far back the object holding a nested "number" or "id" may open.
_PARENT_REACH = 240
_DOCUMENT_TYPE = re.compile(r'"(?:type|document_?type|doc_?type|kind)"[ \t]*:[ \t]*"([A-Za-z_ \-]{1,30})"')
# A document type (ICAO's "P" for passports) -> the field name of its number.
_DOCUMENT_TYPES = {
    "p": "passport", "passport": "passport", "uspassport": "passport",
    "dl": "driverslicense", "driverslicense": "driverslicense", "driverlicense": "driverslicense", "usdriverlicense": "driverslicense",
    "ssn": "ssn", "ssncard": "ssn", "ussocialsecuritycard": "ssn",
}


def _inside_name_element(text: str, position: int) -> bool:
    """Whether `position` is inside an open ``<name>`` element (within 120 chars)."""
    opening = text.rfind("<name", max(0, position - 120), position)
    return opening >= 0 and "</name>" not in text[opening:position]


def _object_key(text: str, opening: int) -> str:
    """The (normalized) key of the JSON object that opens at `opening`; "" if none."""
    parent = _PARENT_KEY.search(text, max(0, opening - 48), opening)
    return normalize_field_name(parent.group(1)) if parent is not None else ""


def gazetteer_backs(value: str) -> bool:
    """Whether the gazetteer knows a first name in `value`, or every word of
    it as a surname: what a value under a bare "name" key needs to be a person."""
    words = name_key(value).replace(",", " ").replace("+", " ").split()
    if any(w in first_names() for w in words):
        return True
    # A double-barrelled surname is backed by either half ("Ruiz-Tagle").
    lasts = surnames()
    return bool(words) and all(w in lasts or any(part in lasts for part in w.split("-")) for w in words)


def drop_persons_inside(spans: list[tuple[int, int]], candidates: list[Candidate]) -> None:
    """Remove PERSON candidates that lie inside one of `spans` (values of
    place keys: "city": "Paris")."""
    # Sorted and merged, so only the last span starting at or before a
    # candidate can contain it.
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    spans = merged
    starts = [s for s, _ in spans]

    def inside(candidate: Candidate) -> bool:
        index = bisect_right(starts, candidate.start) - 1
        return index >= 0 and candidate.end <= spans[index][1]

    candidates[:] = [c for c in candidates if c.entity_type != "PERSON" or not inside(c)]
