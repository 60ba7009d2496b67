"""What looks like a person's name and is not: organisations, places,
landmarks, figures, eponyms, pets, HL7 codes and placeholders.

``PersonRecognizer`` proposes names from structure and the gazetteer; these
checks veto a candidate run from the text around it. Each takes the run's
tokens (``name_forms.Token``: start, end, word, lower, upper) or offsets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hushgate.detection.names import EPONYMOUS_ORGS, NOT_NAMES, ORG_WORDS, first_names, public_figure_first_words, public_figures
from hushgate.detection.recognizers.letters import LETTER, UPPER

if TYPE_CHECKING:
    from hushgate.detection.recognizers.name_forms import Token as _Token


# "Portland, ME 04101" / "Austin, TX": a city. Two-letter codes that are
# also credentials or words ("Olga Müller, MD", "ID E134") need the ZIP.
_CITY_STATE_AFTER = re.compile(
    r",?[ ]{1,2}(?:[A-Z]{2}|[A-Z][a-z]+)[ ,]{1,2}[0-9]{5}"
    r"|,[ ]{1,2}(?:A[KLRZ]|C[AOT]|FL|GA|I[AL]|K[SY]|LA|M[AINOT]|N[CDEHJMVY]|OH|R[I]|S[CD]|T[NX]|UT|V[AT]|W[AIVY])(?![A-Za-z])"
)

# The first words of the eponymous organisations: a run led by any other
# word needs no joined forms looked up.
_EPONYMOUS_FIRST = frozenset(name.split()[0] for name in EPONYMOUS_ORGS)


# Coding systems of HL7 coded fields ("2345-7^GLUCOSE^LN", "70618^PENICILLIN^RXNORM"):
# after a code comes its text and system, not a family and given name.
_HL7_CODING_SYSTEMS = frozenset(
    "LN LNC LOINC SCT SNM SNOMED SNOMEDCT RXNORM RXN I9 I9C I9CM I10 I10C I10P ICD9 ICD10 ICD10CM ICD10PCS "
    "CPT CPT4 C4 C5 HCPCS NDC CVX MVX NUCC UCUM UMLS HL7 ISO".split()
)
# Placeholders of test and de-identified messages ("PATIENT^TEST", "DEIDENTIFIED^PATIENT").
_HL7_PLACEHOLDERS = frozenset(
    "PATIENT TEST TESTPATIENT DEIDENTIFIED REDACTED ANONYMOUS ANON UNKNOWN NONE NULL DUMMY FAKE DEMO "
    "PROVIDER DOCTOR PHYSICIAN ATTENDING NURSE XXX XXXX XXXXX".split()
)


def hl7_person(value: str) -> bool:
    """Whether an HL7 ``FAMILY^GIVEN[^MIDDLE]`` value can name a person."""
    parts = value.upper().rstrip(".").split("^")
    return not any(part in _HL7_PLACEHOLDERS for part in parts[:2]) and not any(part in _HL7_CODING_SYSTEMS for part in parts[1:])


_NEXT_WORD = re.compile(r"(?:'s)?[ ]([A-Z][a-z]+)")
_LEGAL_FORMS = frozenset("inc incorporated llc llp ltd limited plc corp corporation company gmbh".split())


def is_organisation(window: list[_Token], following: _Token | None, text: str) -> bool:
    """'Johns Hopkins Hospital', 'Lumen Outfitters', 'Wells Fargo': an organisation.

    True when the word right after the run (same line, one or two spaces, or
    ", Inc") is an organisation word, or when the run starts with a well-known
    eponymous organisation's name."""
    if following is not None:
        if following.lower in ORG_WORDS:
            gap = text[window[-1].end : following.start]
            # After a comma only a legal form: "Mehmet Aksoy, Cardiology" signs a person.
            if gap in (" ", "  ") or (gap == ", " and following.lower in _LEGAL_FORMS):
                return True
        elif following.lower in NOT_NAMES and following.start == window[-1].end + 1 and following.word[0].isupper():
            # "Mesa Ridge General Hospital", "Cedar Hollow Women's Health": one more word first.
            after = _NEXT_WORD.match(text, following.end)
            if after is not None and after.group(1).lower() in ORG_WORDS:
                return True
    if len(window) >= 2 or "-" in window[0].word or window[0].lower in EPONYMOUS_ORGS:
        # Every organisation name starts with one of a few words: most runs
        # need no joined forms at all.
        lead = window[0].lower.replace("-", " ").split(None, 1)
        if not lead or lead[0] not in _EPONYMOUS_FIRST:
            return False
        words = [" ".join(t.lower.replace("-", " ").split()) for t in window]
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in EPONYMOUS_ORGS:
                return True
    return False

_AMPERSAND_AFTER = re.compile(rf"[ ]&[ ][{UPPER}]")
_AMPERSAND_BEFORE = re.compile(rf"[{UPPER}][{LETTER}'\-]*[ ]&[ ]\Z")


def ampersand_firm(text: str, start: int, end: int) -> bool:
    """'Ben & Jerry's', 'Simon & Garfunkel': a lone name joined to another
    capitalised word by '&' names a firm or a duo."""
    return _AMPERSAND_AFTER.match(text, end) is not None or _AMPERSAND_BEFORE.search(text, max(0, start - 34), start) is not None


def is_public_figure(window: list[_Token]) -> bool:
    """'Ada Lovelace', 'Jay Gatsby', 'Leonardo da Vinci' (also as the start of
    a longer run, or after a capitalised first word): a historical, public
    or fictional figure. Only bare runs are vetoed; after a person keyword, a
    title or in a name field the same words are still a person ("Patient:
    Abraham Lincoln")."""
    if len(window) < 2:
        return False
    # A capitalised sentence start may come first: "Quote Martin Luther King".
    leads = public_figure_first_words()
    for first in (0, 1):
        if first + 1 < len(window) and window[first].lower in leads:
            figures = public_figures()
            words = [t.lower.replace("'", "") for t in window[first:]]
            if any(" ".join(words[:n]) in figures for n in range(len(words), 1, -1)):
                return True
    return False

_HOUSE_NUMBER_BEFORE = re.compile(r"[0-9]{1,6}[A-Za-z]?[ ]{1,2}(?:[NSEW]\.?[ ])?\Z")


_STREET_WORDS = frozenset(
    "street st avenue ave av road rd boulevard blvd lane ln drive dr court ct place pl way terrace ter "
    "parkway pkwy highway hwy circle cir trail trl square sq loop pike plaza plz crescent cres alley row "
    "path run point pt commons heights hts ridge crossing close walk grove glen green park creek hollow "
    "landing mall cove bend".split()
)
_STREET_WORD_AFTER = re.compile(r"[ ]{1,2}([A-Za-z]{2,12})\b")
# "741 Martin Luther King Jr Ave": the suffix may come a few words later.
_WORDS_AFTER = re.compile(r"(?:[ ]{1,2}[A-Z][A-Za-z'.]{0,15}){1,3}")


def is_street_name(text: str, window: list[_Token]) -> bool:
    """'2 Cherry Hill Dr': a house number, then words ending in a street suffix."""
    start = window[0].start
    if _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    if any(t.lower in _STREET_WORDS for t in window[1:]):
        return True
    following = _STREET_WORD_AFTER.match(text, window[-1].end)
    if following is not None and following.group(1).lower() in _STREET_WORDS:
        return True
    later = _WORDS_AFTER.match(text, window[-1].end)
    return later is not None and any(word.rstrip(".").lower() in _STREET_WORDS for word in later.group().split())


# Words that name the thing after them: "on vessel Maersk Essen", "the yacht
# Lady Anne", "aboard the MV Ever Given".
_VEHICLE_BEFORE = re.compile(r"(?:vehicle|car|truck|suv|auto|make|model|year/make)[ ]?[:\-]?[ ]{1,2}(?:19|20)[0-9]{2}[ ]\Z", re.I)
_VESSEL_BEFORE = re.compile(r"(?:vessel|ship|yacht|tanker|freighter|ferry|barge|tugboat|aboard|m/v|mv|m\.v\.|ss|hms|uss|model)[ ]{1,2}\Z", re.I)


def thing_before(text: str, start: int) -> bool:
    """'container MSKU8260440 on vessel Maersk Essen': a ship, not a person;
    'Vehicle: 2022 Kia Niro': a car; 'ICD, model Aurel DR': a device."""
    before = _VESSEL_BEFORE.search(text, max(0, start - 12), start)
    if before is None and text[start - 5 : start - 1].isdigit():
        before = _VEHICLE_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and (before.start() == 0 or not text[before.start() - 1].isalpha())


def place_or_pet_after(text: str, end: int) -> bool:
    """'Portland, ME 04101' / 'Austin, TX': a city, not a person. 'Rocky
    (canine, 8y)' / 'Bella, 6yo FS Labrador': a veterinary patient."""
    # The cheap test first: most names are followed by neither.
    return text[end : end + 1] in ", (" and (_CITY_STATE_AFTER.match(text, end) is not None or _ANIMAL_AFTER.match(text, end) is not None)


# A pet's species or breed right after its name, after an age and sex if any.
_ANIMAL_AFTER = re.compile(
    r"[ ]?[(,][ ]?(?:an?[ ])?(?:[0-9]{1,2}[ ]?(?:y|yo|y/o|yr|yrs|years?|mo|months?)(?:[ -]old)?[ ,]{1,2})?"
    r"(?:(?:mn|fs|mi|fi|m/n|f/s|male|female|neutered|spayed|intact)[ ,]{1,2}){0,2}"
    r"(?:canine|feline|equine|bovine|porcine|caprine|ovine|avian|dog|cat|puppy|kitten|horse|pony|rabbit|ferret|"
    r"parrot|cockatiel|hamster|guinea pig|k9|dsh|dlh|dmh|labrador|lab|retriever|terrier|poodle|beagle|shepherd|"
    r"bulldog|spaniel|collie|husky|chihuahua|dachshund|boxer|pug|doodle|tabby|siamese|persian|maine coon)(?![a-z])",
    re.I,
)


# "Addison's disease", "Graves' disease", "Lou Gehrig's disease", "Murphy's
# sign": a name in the possessive before one of these nouns names the thing;
# so does a name before a clinical instrument in lower case ("Hamilton rating
# scale", "Gleason score"), and so does one before a dish, drink or product
# ("Earl Grey tea", "Stanley Quencher tumbler").
_EPONYM_AFTER = re.compile(
    r"(?:'s|\u2019s|'|\u2019)[ ](?:disease|syndrome|sign|law|triad|phenomenon|reflex|palsy|lymphoma|sarcoma|ulcer|"
    r"maneuver|manoeuvre|razor|principle|theorem|paradox|constant|equation|formula|fracture|contracture|node|nodes|cyst)"
    r"(?![a-z\-])"
    r"|[ ](?:[a-z]{2,12}[ ]){0,2}(?:scale|score|criteria|classification)(?![a-z\-])"
    # Dishes, drinks and goods named after people: "Earl Grey tea", "Hamilton Beach blender".
    r"|[ ](?:tea|sauce|cake|pie|salad|sandwich|pudding|cocktail|soup|dressing|cookies?|"
    r"tumbler|blender|mixer|thermostat|vacuum|mattress|headphones|earbuds|pen|inhaler|autoinjector|"
    # A surgery or test named after its inventor: "the Ross procedure", "the Whipple operation".
    r"procedure|operation|technique|method|"
    r"shirt|polo|tote|bag|handbag|purse|wallet|flats|boots|shoes|sneakers|heels|sandals|backpack|jacket|"
    r"coat|dress|jeans|perfume|cologne|fragrance|shampoo|conditioner|lipstick|mascara|sunglasses|cake mix)(?![a-z\-])",
    re.I,
)


def is_eponym(text: str, end: int) -> bool:
    """'Addison's disease', 'Hamilton rating scale': the name of a disease,
    sign, law or instrument, not a person."""
    return text[end : end + 1] in ("'", "\u2019", " ") and _EPONYM_AFTER.match(text, end) is not None


# Words that lead a place's name, not a person's: "Lake Louise", "Piazza
# Garibaldi", "Cape Charles", "Puerto Rico", "Via Toledo".
_PLACE_LEADS = frozenset(
    "lake lago laguna cape cabo bay isla isle port porto puerto fort monte mont piazza piazzale via viale "
    "plaza plaça praça calle carrer rua rue avenida paseo camino parque parc".split()
)


# Banks named in their own language lead with the word: "Banco Santander", "Banque Populaire".
_INSTITUTION_LEADS = frozenset("banco banca banque caja caixa sparkasse volksbank raiffeisenbank".split())


# Car makes that no one is named by: a run they lead names a model ("Ford
# Mustang Mach-E", "Tesla Model Y", "Chevrolet Equinox"). Makes that are given
# names as well (Lincoln, Mercedes, Austin, Morgan) are left out.
_CAR_MAKES = frozenset(
    "ford tesla hyundai chevrolet chevy toyota honda nissan bmw audi volvo subaru mazda jeep dodge buick "
    "cadillac chrysler gmc rivian volkswagen vw peugeot renault fiat citroen skoda opel mitsubishi suzuki "
    "infiniti acura genesis polestar landrover".split()
)


def is_place_led(window: list[_Token]) -> bool:
    """A run led by a place word ("Lake Louise"), a bank's ("Banco
    Santander") or by a car make and a word that is not a given name ("Ford
    Mustang", not "Honda Yoshiko"): a place, an institution or a vehicle,
    not a person."""
    if window[0].lower in _PLACE_LEADS or window[0].lower in _INSTITUTION_LEADS:
        return True
    return len(window) > 1 and window[0].lower in _CAR_MAKES and window[1].lower not in first_names()


# Shops and brands in the possessive: "Levi's 501 jeans", "Macy's", "Wendy's".
_BRAND_POSSESSIVES = frozenset(
    "levi macy wendy denny kohl dillard lowe sotheby christie claire carter hershey kellogg campbell "
    "mcdonald arby hardee applebee dunkin nathan chili".split()
)
_POSSESSIVE = re.compile(r"(?:'|\u2019)s(?![A-Za-z])")


def brand_possessive(lower: str, text: str, end: int) -> bool:
    return lower in _BRAND_POSSESSIVES and _POSSESSIVE.match(text, end) is not None
