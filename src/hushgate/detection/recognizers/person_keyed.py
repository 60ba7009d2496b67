"""Names after a keyword: "Patient: Maria Lopez", "Dear Mr. Okafor", "my name
is maria lee", and the name a caller gives when asked for it. The PERSON
recognizer's keyword-led patterns (``person``) anchor at the shared keyword
pass's hits; these functions read the words after the keyword and say
where the name is and how sure the keyword makes it."""

from __future__ import annotations

import re

from hushgate.detection.names import (
    AMBIGUOUS_FIRST,
    EPONYMOUS_ORGS,
    NOT_NAMES,
    first_names,
    name_key,
    surnames,
)
from hushgate.detection.recognizers.name_forms import (
    LOWER_WORD,
    PARTICLES,
    Token,
    ambiguous_first_name,
    is_initial,
    leading_name,
    lone_lowercase_first,
    lowercase_name,
    lowercase_pair,
    name_tokens,
    name_word,
    pair_score,
    words_beyond_particles,
)
from hushgate.detection.recognizers.not_persons import (
    is_eponym,
    is_organisation,
    place_or_pet_after,
)
from hushgate.detection.recognizers.person_words import (
    GREETINGS,
    KIN_WORDS,
    LONE_NEEDS_KNOWN,
    LOWERCASE_NAMING,
    NAME_LABELS,
    PAYMENT_KEYWORDS,
    SIGN_OFFS,
    THINGS_NAMED,
    TITLES,
    WEAK_KEYWORDS,
)
from hushgate.detection.recognizers.speakers import MESSAGE_END

# A name's start, end and score.
NameSpan = tuple[int, int, float]

# The words of a CamelCase identifier, four letters or more: "Clinic", "Patient".
_CAMEL_PART = re.compile(r"[A-Z][a-z]{3,}")


def is_identifier(word: str) -> bool:
    """"ClinicPatient" is an identifier; "McDonald", "DeShawn", "MaryBeth" are names."""
    return not word[1:].islower() and any(part.lower() in NOT_NAMES for part in _CAMEL_PART.findall(word)[1:])


def _word_before(text: str, end: int) -> str:
    """The lower-cased word that ends right before `end` (past one separator)."""
    stop = end - 1 if text[end - 1] in " _-" else end
    start = stop
    while start > 0 and start > end - 24 and text[start - 1].isalpha():
        start -= 1
    return text[start:stop].lower()


# An agent answering the phone: "..., this is Yui, who am I speaking with?"
_ANSWERING_AFTER = re.compile(
    r"[,.][ ](?:who[ ](?:am[ ]i|do[ ]i[ ]have)|how[ ](?:can|may)[ ]i|with[ ]whom|may[ ]i[ ](?:have|ask|get))", re.IGNORECASE
)
_INTERJECTIONS = frozenset({"oh", "ah", "uh", "um", "eh", "er", "hmm", "ok", "okay", "yes", "yeah", "no", "well", "sure"})
# "DELGADO, MARCUS A": a middle initial after "Last, First".
MIDDLE_INITIAL = re.compile(r"[ ][A-Z]\.?(?![A-Za-z0-9])")


def name_after_keyword(text: str, match: re.Match[str]) -> NameSpan | None:
    """The name after the keyword of a keyword-led match (its value group
    ``v`` holds the words after the keyword), if the keyword and the words
    make one."""
    key_start = match.start()
    # "invalid_client. Logs": the end of an identifier, not the word "client".
    if key_start > 0 and (text[key_start - 1].isalnum() or text[key_start - 1] == "_"):
        return None
    keyword_end = match.start("v")
    start, end = match.span("v")
    keyword = text[key_start:keyword_end].lower().strip(" \t\"'[.,:=-")
    if keyword in ("name is", "name was"):
        keyword = "name"
    if keyword.startswith("name") and key_start and _word_before(text, key_start) in THINGS_NAMED:
        # "Business name: Bluebird Design Studio", "Bank name: Summit": a firm's name.
        return None
    if text[start].islower() and keyword not in LOWERCASE_NAMING:
        # Most hits of "see", "user", "contact"... are followed by lower-case
        # prose; after a role word ("customer juan perez") a lower-case
        # first name and surname the gazetteer knows are still a name.
        if keyword in WEAK_KEYWORDS or keyword in SIGN_OFFS:
            return None
        pair = lowercase_pair(text, start, end, first_names(), surnames())
        if pair is None and (text[start - 1] == "(" or keyword in KIN_WORDS):
            # "seen w/ wife (joan)", "my son tyler's inhaler": a known first name alone after a role or kin.
            pair = lone_lowercase_first(text, start, end, text[start - 1] == "(")
        if pair is None and keyword in TITLES:
            # "my landlord mr thompson": after a title, a known surname.
            word = LOWER_WORD.match(text, start, end)
            surname = name_key(word.group()) if word is not None else ""
            if surname in surnames() and surname not in NOT_NAMES and (word.end() == len(text) or not text[word.end()].isalnum()):
                pair = word.span()
        # "called. maria@lopez.example": the local part of an address, not a name.
        if pair is None or text[pair[1] : pair[1] + 1] == "@":
            return None
        return (*pair, 0.6)
    # "2 Cherry Hill Dr, Portland": a title is followed by a name directly, not by a comma;
    # "often miss. Avoid ..." is a verb ending a sentence.
    if keyword in TITLES and ("," in text[key_start:keyword_end] or (keyword == "miss" and text[key_start].islower())):
        return None
    tokens = name_tokens(text, start, end)
    firsts = first_names()
    lasts = surnames()
    # Only capitalised words (or gazetteer words in "my name is maria lee").
    kept: list[Token] = []
    position = start
    stop: Token | None = None
    for index, token in enumerate(tokens):
        gap = text[position : token.start]
        # "Lopez, Maria" is one name, "Maria Lopez, Tom" a list ("DE VRIES" is one word);
        # a middle initial without its dot stays inside ("Ronan L Rasmussen").
        middle_initial = kept and len(gap) == 3 and gap[0] == gap[2] == " " and gap[1].isupper() and gap[1] not in "IA"
        if (gap.strip(" ,") and not middle_initial) or gap.count(",") > 1 or (kept and "," in gap and words_beyond_particles(kept) > 1) or (kept and "  " in gap):
            break
        if not kept and (token.lower in TITLES or token.lower == "sr"):
            # "Paciente: Sr. João Almeida": the form of address, then the name.
            position = token.end + (text[token.end : token.end + 1] == ".")
            continue
        if token.end < len(text) and (text[token.end].isdigit() or text[token.end] == "-" and token.end + 1 < len(text) and text[token.end + 1].isdigit()):
            break
        if token.lower in PARTICLES and kept:
            kept.append(token)
            position = token.end
            continue
        if not name_word(token) and not (
            not kept and keyword not in WEAK_KEYWORDS and ambiguous_first_name(text, tokens, index, firsts, lasts, keyword == "dear")
        ):
            stop = token
            break
        # "Patient Hiroshi Gupta MRN: ...": an all-caps word ends a mixed-case name.
        if kept and token.upper and not kept[0].upper:
            break
        kept.append(token)
        position = token.end
    if not kept:
        lowercase = lowercase_name(text, start, end, keyword, firsts, lasts)
        if lowercase is not None:
            return (*lowercase, 0.8)
        return None
    while kept and kept[-1].lower in PARTICLES:
        kept.pop()
    kept = kept[:5]
    # A title names a person even when the name is also a firm's ("Dr. Morgan Stanley"),
    # unless the title, written without its dot, is part of the firm's name ("Dr Pepper").
    if not kept or (keyword not in TITLES and is_organisation(kept, stop, text)):
        return None
    if "." not in text[key_start:keyword_end] and f"{keyword} {kept[0].lower}" in EPONYMOUS_ORGS:
        return None
    first = kept[0]
    known = first.lower in firsts or first.lower in lasts
    if keyword == "doctor" and kept[-1].lower not in lasts:
        return None
    weak = keyword in WEAK_KEYWORDS
    if len(kept) == 1:
        # "hardware rev D.": an initial alone is not a name; "- name: PORT"
        # (a lower-case key, an upper-case word) names a constant.
        constant = first.upper and keyword == "name" and text[key_start].islower()
        labelled = keyword in NAME_LABELS  # "Surnames: BAPTISTE" on a form
        if is_initial(first) or constant or (first.upper and not known and not labelled) or keyword in PAYMENT_KEYWORDS or (keyword in LONE_NEEDS_KNOWN and not known):
            return None
        greeting = keyword in GREETINGS and (text[first.end : first.end + 1] in (",", "!", "\n") or text[first.end : first.end + 3] in (" — ", " - ", " – ") or text[first.end : first.end + 2] == " !")
        # A transcript's speaker label: "Agent Arjun: Thank you for calling".
        speaker = text[first.end : first.end + 1] == ":" and (key_start == 0 or text[key_start - 1] == "\n")
        # "Hi, I'm Chiara, calling about...", "Claims, this is Paloma.": introducing oneself.
        introduced = keyword in ("i'm", "i am", "this is")
        # "Nurse advice line, this is Yui, who am I speaking with?": an agent
        # answering the phone names themself, known name or not.
        answering = introduced and _ANSWERING_AFTER.match(text, first.end) is not None
        # "... it expired. Thanks, Babatunde": thanks and a name closing the message.
        signed = keyword in ("thanks", "thank you") and "," in text[key_start:keyword_end] and MESSAGE_END.match(text, first.end) is not None
        if weak and not greeting and not answering and not signed and not (known and first.lower not in AMBIGUOUS_FIRST and (keyword == "thanks" or speaker or introduced)):
            return None
        # "Customer: Oh, sure": an interjection opening the answer ("Oh" is a surname, too).
        if first.lower in _INTERJECTIONS or is_identifier(first.word):
            return None
        # "Sincerely, Initech": a lone unknown word after a sign-off is usually a company.
        if keyword in SIGN_OFFS and not known and not signed:
            return None
        score = 0.8 if (known or greeting) else 0.6
    else:
        # One writing for the whole name, but for the surname in capitals
        # before its comma: "Driver: ABERNATHY, Beatriz".
        surname_first = first.upper and text[first.end : first.end + 1] == "," and not any(t.upper for t in kept[1:])
        if not surname_first and any(t.upper != first.upper for t in kept if not is_initial(t) and t.lower not in PARTICLES):
            return None
        score = 0.8
        if weak:
            # After "see"/"cc"/"user": a gazetteer-backed pair counts, two
            # unknown capitalised words need more context.
            score = 0.5 if pair_score(kept, firsts, lasts) >= 0.5 else 0.2
    if place_or_pet_after(text, kept[-1].end) or is_eponym(text, kept[-1].end):
        return None
    end = kept[-1].end
    if len(kept) > 1 and "," in text[first.end : kept[1].start]:
        # "DELGADO, MARCUS A": the "Last, First MI" form ends with the middle initial.
        initial = MIDDLE_INITIAL.match(text, end)
        if initial is not None:
            end = initial.end()
    return (first.start, end, score)

def answered_name(text: str, start: int, end: int) -> NameSpan | None:
    """The name a caller gives when asked for it: capitalised words the
    gazetteer backs, or lower-case ones as after "my name is"."""
    firsts, lasts = first_names(), surnames()
    if text[start].isupper():
        kept = leading_name(name_tokens(text, start, end))
        # One name, not capitalised words across the answer ("Jones, from the Pine office").
        for index in range(1, len(kept)):
            if text[kept[index - 1].end : kept[index].start] not in (" ", ", "):
                kept = kept[:index]
                break
        if kept and (kept[0].lower in firsts or kept[-1].lower in lasts):
            return (kept[0].start, kept[-1].end, 0.8)
        return None
    span = lowercase_name(text, start, end, "name", firsts, lasts)
    return (*span, 0.8) if span is not None else None
