"""Street addresses and ZIP codes (HIPAA B: geographic units below a state)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.alternation import one_of
from hushgate.detection.findings import Candidate
from hushgate.detection.names import common_words
from hushgate.detection.recognizers.base import Recognizer, bounded
from hushgate.detection.recognizers.keyed import ANSWER_SEP, KeyedPattern
from hushgate.detection.recognizers.lowercase_streets import (
    STREET_WORDS,
    lowercase_street,
)
from hushgate.detection.recognizers.us_states import (
    LOWER_STATE_CODES,
    LOWER_STATE_NAMES,
    STATE_CODES,
    STATE_NAMES,
)

_STATE = r"(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|" + STATE_NAMES + ")"
STREET_SUFFIXES = (
    "Street St Avenue Ave Av Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Way "
    "Terrace Ter Parkway Pkwy Highway Hwy Circle Cir Trail Trl Square Sq Loop Pike Plaza Plz "
    "Crescent Cres Alley Row Path Run Point Pt Commons Heights Hts Expressway Expy Freeway Fwy "
    "Turnpike Tpke Ridge Crossing Xing Close Walk Grove Glen Green Park Creek Hollow Landing Mall Cove Bend "
    "Rise Bluff Knoll Meadows Broadway"
).split()
# Statements and mailing labels print the whole line in capitals: "99 SADDLEBROOK LANE".
_SUFFIX = one_of(STREET_SUFFIXES + [suffix.upper() for suffix in STREET_SUFFIXES if len(suffix) > 2])
_WORD = r"[A-Z0-9][A-Za-z0-9'\-]{0,20}+\.?+"
# The unit word ends where its word does: ", Flagstaff" is a town, not "Fl" (floor) "agstaf".
_UNIT = r"(?:,?[ ]{1,2}(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Bldg|Building|Room|Rm|Lot|Space|APT|SUITE|STE|UNIT|FLOOR|BLDG|ROOM)(?![a-z])|#)\.?[ ]{0,2}#?[ ]?[A-Za-z0-9\-]{1,6})?"
# A UK postcode after the town ("18 Kings Road, Cardiff CF10 4JW"); tried
# before the states, which share its first letters ("CO4 3SQ" is not Colorado).
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}(?![A-Za-z0-9])"
_CITY_STATE = (
    r"(?:,?[ ]{1,2}[A-Z][A-Za-z.'\-]{1,20}(?:[ ][A-Z][A-Za-z.'\-]{1,20}){0,2},?[ ]{1,2}(?:" + _UK_POSTCODE + "|" + _STATE + r"(?![A-Za-z])))?"
)


_LOWER_STATE_BEFORE = re.compile(rf"(?<![a-z])(?:{LOWER_STATE_NAMES}|{LOWER_STATE_CODES}),?[ ]\Z")
# A lower-case street line standing alone is reported; one that goes on
# with a word ("2 main street locations") needs an address word nearby.
_LOWERCASE_STREET_SCORE = 0.6
_LOWERCASE_STREET_SCORE_IN_PROSE = 0.3
_CAPITALS_TOWN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{3,}[ ]\Z")
_WORDLIKE_CODES = frozenset("ID IN OR OK ME HI DE MS PA MD CO OH".split())
# A state code or name right before a ZIP ("IL 62704", "Texas, 73301").
# Searched in the 20 characters before every five-digit number: the
# look-ahead lets the search skip positions without a capital quickly.
_STATE_BEFORE = re.compile(r"(?=[A-Z])(?:([A-Z]{2})|" + one_of(STATE_NAMES.split("|")) + r")(?:,?[ ]{1,2}|[ ]·[ ]|[ ]?\r?\n)\Z")


# European layouts. Street type first, number after: "Calle de Alcalá 122",
# "Rua Augusta 274", "Via Roma 15". Number first, street type in lower case:
# "12 rue de la Paix". Type as a suffix of one word: "Friedrichstraße 47",
# "Keizersgracht 123". Keyword-led forms run on the lower-cased view, so
# ``propose`` checks on the original text that the name is capitalised.
_TYPE_THEN_NAME = (
    "calle|avenida|avda.|av.|calzada|calz.|carretera|privada|rua|via|viale|piazza|paseo|carrer|camino|plaza|praça|largo|travessa|ulica|ul."
)
# Puerto Rico and Latin America write the number first too: "18 Calle Luna".
_NUMBER_THEN_TYPE = "rue|avenue|av.|boulevard|bd|chemin|allée|impasse|quai|cours|place|calle|avenida"
_EU_PARTICLE_PHRASES = ("de la", "de las", "de los", "del", "de", "da", "do", "dos", "das", "des", "du", "di", "della", "delle", "dei", "la", "le", "les")
_EU_PARTICLES = r"(?:(?:" + "|".join(_EU_PARTICLE_PHRASES) + r")[ ]|l'|d')"
# The single words of those, and the elided "l'" and "d'" without their apostrophe.
_EU_PARTICLE_WORDS = frozenset(word for phrase in _EU_PARTICLE_PHRASES for word in phrase.split()) | {"l", "d"}
_EU_NAME = r"(?:" + _EU_PARTICLES + r"){0,2}[^\W\d_][\w'.\-]{1,25}(?:[ ]" + _EU_PARTICLES + r"{0,2}[^\W\d_][\w'\-]{1,25}){0,3}"
# Every suffix is a substring test on every text (~2 µs on 4 KB each): the
# common German and Dutch ones only.
_COMPOUND_SUFFIX = "straße|strasse|str.|gasse|allee|platz|gracht|straat"
# ", 70174 Stuttgart", ", 28014 Madrid", ", 60313 Frankfurt am Main", ", F-75002 Paris".
# Postal codes: 5 digits (DE, FR, ES, IT), 4 (AT, CH, BE, DK), "1452 AE" (NL),
# "3135-910" (PT), "63-036" (PL), "F-75002", "69673-675" (BR).
_POSTAL_CODE = r"(?:[0-9]{5}-[0-9]{3}|(?:[A-Z]{1,2}-)?[0-9]{4,5}|[0-9]{4}[ ][A-Z]{2}|[0-9]{4}-[0-9]{3}|[0-9]{2}-[0-9]{3})"
# Words joined by hyphens ("Saint-Aubin-des-Prés", "Montferrand-le-Haut"), and a
# Brazilian town's state after a dash ("Jardim Aurora - MG").
_TOWN_WORD = r"[A-ZÀ-Þ][^\W\d_]{1,30}(?:-[^\W\d_]{1,30}){0,4}"
_TOWN = _TOWN_WORD + r"(?:[ ](?:(?:am|an|der|im|sur|de|la)[ ])?" + _TOWN_WORD + r"){0,3}(?:[ ]-[ ][A-Z]{2}(?![A-Za-z]))?"
# A floor and door between the house number and the postal code: "1º A", "2.º Esq.", "apto 43"
# (NFKC, which the engine matches on, writes "º" and "ª" as "o" and "a").
_FLOOR = r"(?:,[ ]{1,2}(?:[0-9]{1,2}\.?[º°ªoa](?:[ ]?[A-Za-z]{1,4}\.?)?|(?:apto|apt|piso|planta|bloco|bloque)\.?[ ]?[0-9A-Za-z]{1,5}))?"
_POSTAL_TOWN = re.compile(_FLOOR + r",?[ ]{1,2}" + _POSTAL_CODE + r"[ ]{1,2}" + _TOWN)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_HOUSE_NUMBER_END = re.compile(r"(?<![\w/])[0-9]{1,4}[a-z]?(?:/[0-9]{1,4})?\Z")
# The street name before a house number that a postal code and town follow:
# "Am Kieselgrund", "Korenmolenweg", "ul. Jaśminowa", "Van Baerlestraat".
_STREET_NAME_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:ul|al|os|pl)\.[ ])?(?:[A-ZÀ-Þ][\w'.\-]{1,30}[ ](?:(?:van|de|der|den|am|an|im|la|le|du|des|del|do|da|dos)[ ])?){1,3}\Z"
)
_HOUSE_NUMBER_BEFORE = re.compile(r"[0-9]{1,4}(?:[ ]?(?:bis|ter))?,?[ ]\Z")
_STREET_NAME_WORD = re.compile(r"[^\W\d_][\w'.\-]*|[0-9]+")
_ZIP = re.compile(r"[0-9]{5}(?:-[0-9]{4})?")
_COMPOUND_WORD_START = re.compile(r"[A-ZÄÖÜÅØÆ][a-zäöüßåøæé\-]{1,30}\Z")


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
            r"(?:" + _WORD + r"[ ]){1,4}" + _SUFFIX + r"\.?(?:[ ](?:N|S|E|W|NE|NW|SE|SW)\.?)?(?![^\W\d_])" + _UNIT + _CITY_STATE,
            0.75,
        ),
        # HL7 v2 XAD: |9461 42ND DR^^TACOMA^WA^98479|
        # XAD: street ^ other designation ^ city ^ state ^ ZIP; the city and state
        # belong to the address (the ZIP is hl7_zip's).
        Pattern(
            "hl7_street",
            r"\|(?P<v>[0-9]{1,6}[ ][A-Za-z0-9][A-Za-z0-9 .'\-]{1,40}(?:\^[A-Za-z0-9 .'#\-]{0,30}\^[A-Za-z][A-Za-z .'\-]{1,30}\^[A-Z]{2}(?=\^))?)\^",
            0.8,
        ),
        Pattern("po_box", r"P\.?[ ]?O\.?[ ]{0,2}Box[ ]{1,2}[0-9]{1,6}" + _CITY_STATE, 0.8),
        Pattern("compound_street", r"(?:" + _COMPOUND_SUFFIX.replace(".", "\\.") + r")[ ]{1,2}[0-9]{1,4}[a-z]?(?![0-9])", 0.75),
        # A European street line by its tail: house number, postal code, town
        # ("Am Kieselgrund 12, 87237 Leipzig", "Korenmolenweg 42, 1452 AE Leiden").
        # Anchored on the comma (a literal the regex engine searches for
        # itself, not one more pattern tried at every number); ``propose``
        # completes the house number and street name backwards.
        Pattern("postal_town", r",(?<=[0-9a-z],)[ ]{1,2}" + _POSTAL_CODE + r"[ ]{1,2}" + _TOWN, 0.75),
    )
    LOWER_PATTERNS = (
        KeyedPattern("type_then_name", _TYPE_THEN_NAME, _EU_NAME + r",?[ ][0-9]{1,4}[a-z]?(?:/[0-9]{1,4})?(?![0-9])", 0.75, sep="[ ]"),
        KeyedPattern("number_then_type", _NUMBER_THEN_TYPE, _EU_NAME, 0.75, sep="[ ]"),
        # Japanese, Korean and Chinese addresses after their label: "住所：福岡県福岡市中央区大名3丁目19-7",
        # "주소: 서울특별시 송파구 올림픽로21길 24", "地址：北京市朝阳区建国路 177 号 1708 室".
        # The rest of the line, if it holds the script and a number (``propose``).
        # The line up to the sentence's end ("。", ". ", "，"): "…1840호. 전화 010-…" goes on with a phone.
        KeyedPattern("cjk_keyed", "住所|送り先|주소|배송지|地址|住址", r"(?:[^\r\n。，.]|\.(?![ ]))" + "{4,80}", 0.8, sep=r"[ :\u3000]{1,3}"),
        # In lower case or said aloud: "1422 west elm street", "four twenty one oak street" (``lowercase_streets``).
        KeyedPattern("lowercase_street", STREET_WORDS, "", _LOWERCASE_STREET_SCORE, sep=""),
    )
    CONTEXT = ("address", "addr", "street", "lives at", "residence", "home", "mailing", "resides", "located at", "ship to")
    FIELD_NAMES = ("address", "streetaddress", "address1", "addressline1", "addressline", "street", "homeaddress", "mailingaddress", "line1")
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "hl7_street":
            yield self.candidate(*match.span("v"), pattern.score)
            return
        if pattern.name == "compound_street":
            # The suffix ends a capitalised word: "Friedrich" + "straße 47".
            word = _COMPOUND_WORD_START.search(text, max(0, match.start() - 31), match.start())
            if word is not None and (word.start() == 0 or not text[word.start() - 1].isalnum()):
                yield self.candidate(word.start(), _with_postal_town(text, match.end()), pattern.score)
            return
        if pattern.name in ("type_then_name", "number_then_type"):
            yield from self._european(text, match, pattern)
            return
        if pattern.name == "lowercase_street":
            if text[match.start()].islower():
                found = lowercase_street(text, match.start(), match.start("v"))
                if found is not None:
                    start, end, alone = found
                    yield self.candidate(start, end, pattern.score if alone else _LOWERCASE_STREET_SCORE_IN_PROSE)
            return
        if pattern.name == "cjk_keyed":
            start, end = match.span("v")
            value = text[start:end].rstrip()
            if _CJK_CHAR.search(value) and any(c.isdigit() for c in value):
                yield self.candidate(start, start + len(value), pattern.score)
            return
        if pattern.name == "postal_town":
            number = _HOUSE_NUMBER_END.search(text, max(0, match.start() - 10), match.start())
            name = number and _STREET_NAME_BEFORE.search(text, max(0, number.start() - 70), number.start())
            # "Version 2, 12345 Downloads": a street is named by a word that is not an everyday one.
            if name and name.group().split()[-1].lower() not in common_words():
                yield self.candidate(name.start(), match.end(), pattern.score)
            return
        start, end = match.span()
        if start > 0 and text[start - 1].isalnum():
            return
        # "25 mg daily", "3 Ways" etc. never end in a street suffix; a house
        # number with a street word is what we want. The numbers must not be
        # a year or a dose directly before a capitalised suffix word.
        yield self.candidate(start, end, pattern.score)

    def _european(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        start = match.start()
        if start > 0 and text[start - 1].isalnum():
            return
        name_start, end = match.span("v")
        if pattern.name == "type_then_name":
            # "Calle", "Via": capitalised like a name ("via email 2" is prose);
            # Polish writes "ul." in lower case.
            if not text[start].isupper() and not text.startswith("ul.", start):
                return
            words_end = end
            while text[words_end - 1].isdigit() or text[words_end - 1] == "/" or text[words_end - 1].isalpha() and text[words_end - 2].isdigit():
                words_end -= 1
        else:
            number = _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 12), start)
            if number is None or (number.start() > 0 and text[number.start() - 1].isalnum()):
                return
            words_end = end
            start = number.start()
        # Every word of the name is capitalised or a particle; a lower-case
        # word ends it ("12 rue Lepic et puis" is "12 rue Lepic").
        position = name_start
        kept_end = -1
        for word in _STREET_NAME_WORD.finditer(text[name_start:words_end]):
            token = word.group()
            if token[0].isupper():
                kept_end = name_start + word.end()
            elif token.lower().rstrip("'") not in _EU_PARTICLE_WORDS:
                break
            position = name_start + word.end()
        if kept_end < 0:
            return
        if pattern.name == "type_then_name":
            if position < words_end - 1 and text[position:words_end].strip(" ,"):
                return
            kept_end = _with_postal_town(text, end)
        else:
            # "119 allée du Moulin-Bas, 23845 Montferrand-le-Haut"
            kept_end = _with_postal_town(text, kept_end)
        yield self.candidate(start, kept_end, pattern.score)

    def value_ok(self, value: str) -> bool:
        # A street line has words ("44 Queens Rd"); a single token under an
        # "…_address" key is a host, wallet or socket ("db-7.internal:5432").
        value = value.strip()
        return 5 <= len(value) <= 200 and " " in value and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _with_postal_town(text: str, end: int) -> int:
    """The end of a European street line: after the postal code and town
    that follow the house number, if they do."""
    tail = _POSTAL_TOWN.match(text, end)
    return end if tail is None else tail.end()



class UsZipCodeRecognizer(Recognizer):
    ENTITY = "US_ZIP_CODE"
    PATTERNS = (
        # Five digits (optionally +4) scanned once; a state right before them
        # ("Springfield, IL 62704") makes them a ZIP, ZIP+4 alone is a weak hint.
        Pattern("zip", r"[0-9](?<![A-Za-z0-9][0-9])[0-9]{4}(?:-[0-9]{4})?(?![0-9])", 0.8),
        # ZIP+4 alone is distinctive enough to suggest a ZIP without a state.
        Pattern("hl7_zip", r"\^[A-Z]{2}\^(?P<v>[0-9]{5}(?:-[0-9]{4})?)(?=[|\^~\r\n]|\\[rn]|\Z)", 0.8),
    )
    LOWER_PATTERNS = (
        # "C.P." and "código postal": a Spanish form's postal code.
        KeyedPattern("keyed", "zip|zip_code|zipcode|postal_code|postcode|c.p.|código postal|codigo postal", r"[0-9]{5}(?:-[0-9]{4})?", 0.85, suffix=r"(?![0-9])"),
        KeyedPattern("answer", "zip|zip code|postal code", r"[0-9]{5}(?:-[0-9]{4})?", 0.85, suffix=r"(?![0-9])", sep=ANSWER_SEP),
    )
    CONTEXT = ("zip", "zip code", "postal", "address", "mailing")
    FIELD_NAMES = ("zip", "zipcode", "postalcode", "postcode", "zip5")

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "zip":
            start, end = match.span()
            if not bounded(text, start, end) or (start > 0 and text[start - 1] in "-./"):
                return
            # The state is followed by a space right before the ZIP, or ends the line above
            # ("Worcester, MA\n22070" in a letter's address block).
            before = _STATE_BEFORE.search(text, max(0, start - 20), start) if start > 0 and text[start - 1] in " \n" else None
            if before is not None and (before.start() == 0 or not text[before.start() - 1].isalnum()):
                code = before.group(1)
                # "(ID 48213)" is an id: a code that is also a word needs the
                # address shape "City, ST 12345".
                # A town in capitals before it is the address shape too: "DUNMORE FALLS OH 44573".
                if code is not None and code in _WORDLIKE_CODES and (before.start() < 2 or text[before.start() - 2] != ",") and not _CAPITALS_TOWN_BEFORE.search(text, max(0, before.start() - 24), before.start()):
                    code = ""
                if code is None or code in STATE_CODES:
                    yield self.candidate(start, end, pattern.score)
                    return
            # In lower case: "springfield illinois 62704", "chicago il 60611".
            if text[start - 2 : start - 1].islower() and _LOWER_STATE_BEFORE.search(text, max(0, start - 20), start) is not None:
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
        return _ZIP.fullmatch(value.strip()) is not None
