"""Street addresses and ZIP codes (HIPAA B: geographic units below a state)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.alternation import one_of
from hushgate.detection.recognizers.base import Recognizer, bounded
from hushgate.detection.recognizers.keyed import KeyedPattern

STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP".split()
)
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
    "New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
    "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
    "Wisconsin|Wyoming"
)
_STATE = r"(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|" + STATE_NAMES + ")"
_SUFFIX = one_of(
    "Street St Avenue Ave Av Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Way "
    "Terrace Ter Parkway Pkwy Highway Hwy Circle Cir Trail Trl Square Sq Loop Pike Plaza Plz "
    "Crescent Cres Alley Row Path Run Point Pt Commons Heights Hts Expressway Expy Freeway Fwy "
    "Turnpike Tpke Ridge Crossing Xing Close Walk Grove Glen Green Park Creek Hollow Landing Mall Cove Bend".split()
)
_WORD = r"[A-Z0-9][A-Za-z0-9'\-]{0,20}+\.?+"
_UNIT = r"(?:,?[ ]{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Bldg|Building|Room|Rm|Lot|Space|#)\.?[ ]{0,2}#?[ ]?[A-Za-z0-9\-]{1,6})?"
_CITY_STATE = r"(?:,?[ ]{1,2}[A-Z][A-Za-z.'\-]{1,20}(?:[ ][A-Z][A-Za-z.'\-]{1,20}){0,2},?[ ]{1,2}" + _STATE + r"(?![A-Za-z]))?"


_WORDLIKE_CODES = frozenset("ID IN OR OK ME HI DE MS PA MD CO OH".split())
# A state code or name right before a ZIP ("IL 62704", "Texas, 73301").
# Searched in the 20 characters before every five-digit number: the
# look-ahead lets the search skip positions without a capital quickly.
_STATE_BEFORE = re.compile(r"(?=[A-Z])(?:([A-Z]{2})|" + one_of(STATE_NAMES.split("|")) + r"),?[ ]{1,2}\Z")


class StreetAddressRecognizer(Recognizer):
    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        # Possessive quantifiers ("{0,5}+", "?+") never give characters
        # back; giving one back would leave a character the next element
        # cannot match (a digit before a letter or space, a space before a
        # capital), so they match exactly what the greedy forms matched,
        # without retrying. The look-aheads are necessary conditions tested
        # before the costly word loop: this pattern is tried at every number.
        Pattern(
            "street",
            r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{0,5}+(?=[A-Za-z \-])[A-Za-z]?+(?:-[0-9]{1,4}+)?+[ ]{1,2}+(?=[A-Z0-9])(?:[NSEW]\.?[ ]|North[ ]|South[ ]|East[ ]|West[ ]|NE[ ]|NW[ ]|SE[ ]|SW[ ])?"
            r"(?:" + _WORD + r"[ ]){0,4}" + _SUFFIX + r"\.?(?:[ ](?:N|S|E|W|NE|NW|SE|SW)\.?)?(?![A-Za-z])" + _UNIT + _CITY_STATE,
            0.75,
        ),
        # HL7 v2 XAD: |9461 42ND DR^^TACOMA^WA^98479|
        Pattern("hl7_street", r"\|(?P<v>[0-9]{1,6}[ ][A-Z0-9][A-Z0-9 .'\-]{1,40})\^", 0.8),
        Pattern("po_box", r"P\.?[ ]?O\.?[ ]{0,2}Box[ ]{1,2}[0-9]{1,6}" + _CITY_STATE, 0.8),
    )
    CONTEXT = ("address", "addr", "street", "lives at", "residence", "home", "mailing", "resides", "located at", "ship to")
    FIELD_NAMES = ("address", "streetaddress", "address1", "addressline1", "addressline", "street", "homeaddress", "mailingaddress", "line1")
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "hl7_street":
            yield self.candidate(*match.span("v"), pattern.score)
            return
        start, end = match.span()
        if start > 0 and text[start - 1].isalnum():
            return
        # "25 mg daily", "3 Ways" etc. never end in a street suffix; a house
        # number with a street word is what we want. The numbers must not be
        # a year or a dose directly before a capitalised suffix word.
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return 5 <= len(value) <= 200 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


class UsZipCodeRecognizer(Recognizer):
    ENTITY = "US_ZIP_CODE"
    PATTERNS = (
        # Five digits (optionally +4) scanned once; a state right before them
        # ("Springfield, IL 62704") makes them a ZIP, ZIP+4 alone is a weak hint.
        Pattern("zip", r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{4}(?:-[0-9]{4})?(?![0-9])", 0.8),
        # ZIP+4 alone is distinctive enough to suggest a ZIP without a state.
        Pattern("hl7_zip", r"\^[A-Z]{2}\^(?P<v>[0-9]{5}(?:-[0-9]{4})?)(?=[|\^])", 0.8),
    )
    LOWER_PATTERNS = (
        KeyedPattern("keyed", "zip|zip_code|zipcode|postal_code|postcode", r"[0-9]{5}(?:-[0-9]{4})?", 0.85, suffix=r"(?![0-9])"),
    )
    CONTEXT = ("zip", "zip code", "postal", "address", "mailing")
    FIELD_NAMES = ("zip", "zipcode", "postalcode", "postcode", "zip5")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "zip":
            start, end = match.span()
            if not bounded(text, start, end) or (start > 0 and text[start - 1] in "-./"):
                return
            # The state is followed by a space right before the ZIP.
            before = _STATE_BEFORE.search(text, max(0, start - 20), start) if start > 0 and text[start - 1] == " " else None
            if before is not None and (before.start() == 0 or not text[before.start() - 1].isalnum()):
                code = before.group(1)
                # "(ID 48213)" is an id: a code that is also a word needs the
                # address shape "City, ST 12345".
                if code is not None and code in _WORDLIKE_CODES and (before.start() < 2 or text[before.start() - 2] != ","):
                    code = ""
                if code is None or code in STATE_CODES:
                    yield self.candidate(start, end, pattern.score)
                    return
            if end - start == 10:
                yield self.candidate(start, end, 0.45)
            return
        if "v" in match.re.groupindex:
            start, end = match.span("v")
        else:
            start, end = match.span()
        if not bounded(text, start, end):
            return
        yield self.candidate(start, end, pattern.score)

    def value_ok(self, value: str) -> bool:
        return re.fullmatch(r"[0-9]{5}(?:-[0-9]{4})?", value.strip()) is not None
