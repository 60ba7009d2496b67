"""How a name is written: the word and sequence forms the PERSON scans
match, a capitalised run split into tokens, and the checks on those
tokens that several of ``PersonRecognizer``'s signals share (initials,
particles, "Surname, Given", lower-case names, the gazetteer pair score).

Tokens are built per call and never cached across requests: the words
are names from prompts.
"""

from __future__ import annotations

import re

from hushgate.detection.names import (
    AMBIGUOUS_FIRST,
    NOT_NAMES,
    common_words,
    first_names,
    name_key,
    surnames,
)
from hushgate.detection.recognizers.letters import LETTER as _ANY
from hushgate.detection.recognizers.letters import LOWER as _LO
from hushgate.detection.recognizers.letters import UPPER as _UP
from hushgate.detection.recognizers.person_words import LOWERCASE_NAMING, SUFFIXES

# A name word: Smith, O'Brien, McDonald, DeShawn, Mary-Jane, Seo-yeon, José, SMITH; or an initial "J.".
WORD = rf"[{_UP}][{_ANY}]{{0,2}}(?:['\u2019][{_UP}])?[{_ANY}]{{1,20}}(?:-[{_ANY}]{{2,20}})?"
TOKEN = rf"(?:{WORD}|[{_UP}]\.)"
PARTICLE = r"(?:van der|van den|van|von|de la|de los|del|der|den|de|da|dos|du|di|le|la|los|las|bin|ibn|al|el|ter|ten)"
SEQUENCE = rf"{TOKEN}(?:[ ]{{1,2}}(?:{PARTICLE}[ ])?{TOKEN}){{0,3}}"
# The same for the scan, written to start with one character class (so the
# regex engine skips ahead to capitals in C) followed by a look-behind that
# drops capitals inside words (iPhone, eGFR) before anything else is tried.
_FIRST = "[" + _UP + "]"
SCAN_SEQUENCE = (
    rf"{_FIRST}(?<![{_ANY}0-9_]{_FIRST})(?:[{_ANY}]{{0,2}}(?:['\u2019][{_UP}])?[{_ANY}]{{1,20}}(?:-[{_ANY}]{{2,20}})?|\.)"
    rf"(?:[ ]{{1,2}}(?:{PARTICLE}[ ])?{TOKEN}){{0,3}}"
)
ANY_CASE_WORD = re.compile(rf"[{_ANY}][{_ANY}'\-]*")
_TOKEN_RE = re.compile(rf"{TOKEN}|\b{PARTICLE}\b")
# CJK ideographs and Hangul syllables, and a name written with them: a
# family name of one to four characters, then (after a space) a given name.
CJK = "\u4e00-\u9fff\uac00-\ud7a3"
# A Japanese given name is often written in kana ("山口 ひなた", "渡辺 サクラ"): two to six
# of them, where no more kana follow (an honorific's "さん" ends the name short).
_KANA_GIVEN = r"[\u3041-\u3096]{2,4}(?![\u3040-\u30ff])|[\u30a1-\u30fa\u30fc]{2,6}(?![\u3040-\u30ff])"
# Not an honorific after a space: "김민준 님", "王 先生".
CJK_NAME = rf"[{CJK}]{{1,4}}(?:[ \u3000](?:(?!(?:님|씨|선생님|先生|女士|様|氏)(?![{CJK}]))[{CJK}]{{1,3}}(?![{CJK}])|{_KANA_GIVEN}))?(?![{CJK}])"
PARTICLES = frozenset("van der den von de la los las del da dos du di le bin ibn al el ter ten".split())

class Token:
    """One word of a capitalised run; built by ``PersonRecognizer.name_tokens``.
    `lower`: lower case without a trailing dot; `upper`: ALL-CAPS."""

    __slots__ = ("end", "lower", "start", "upper", "word")


def is_initial(token: Token) -> bool:
    return (len(token.word) <= 2 and token.word.endswith(".")) or len(token.word) == 1


def name_word(token: Token) -> bool:
    """Could this capitalised token be part of a name? ("A." and "I." are
    initials, not the article and the pronoun.)"""
    return token.lower not in NOT_NAMES or token.lower in SUFFIXES or (len(token.word) == 2 and token.word[1] == ".")



def name_tokens(text: str, start: int, end: int) -> list[Token]:
    # Runs for every multi-word run. The forms are computed per token and
    # never cached across requests: the words are names from prompts.
    tokens = []
    new = object.__new__
    for m in _TOKEN_RE.finditer(text, start, end):
        token = new(Token)
        token.start, token.end = m.span()
        token.word = word = m.group()
        lower = word.lower()
        token.lower = (lower if lower.isascii() else name_key(lower)).rstrip(".")
        # Initials ("Q.") are upper case but say nothing about ALL-CAPS text.
        token.upper = word.isupper() and len(word.rstrip(".")) > 1
        tokens.append(token)
    return tokens


def pair_score(window: list[Token], firsts: frozenset[str], lasts: frozenset[str]) -> float:
    first, last = window[0], window[-1]
    known_first = first.lower in firsts and first.lower not in AMBIGUOUS_FIRST
    if len(window) == 1 or is_initial(last):
        # A lone word is a name only with context ("Dear Maria").
        return 0.3 if known_first else 0.0
    if first.upper != last.upper or (len(window) > 2 and any(t.upper != first.upper for t in window)):
        # One writing for the whole run: "ICD  Model MMT" is not a name.
        return 0.0
    if first.upper and not (first.lower in firsts and (last.lower in lasts or last.lower in firsts)):
        # ALL-CAPS pairs are headings and SQL as often as names; of words the
        # gazetteer does not know ("DEATH PRONOUNCEMENT"), not names at all
        # (a keyword, a field or the address below still finds "TAVITA LEAUPEPE").
        if not any(t.lower in firsts or t.lower in lasts for t in window):
            return 0.0
        return 0.2
    known_last = known_surname(last.lower, lasts) or last.lower in firsts
    if known_first and known_last:
        return 0.7
    if not known_first and not known_last and first.lower in common_words() and last.lower in common_words():
        # Two everyday words ("Emancipation Proclamation", "Quarterly Report"): a title
        # or heading (the word list holds no name).
        return 0.0
    if known_first or (known_last and first.lower not in AMBIGUOUS_FIRST):
        # One half known: the other must not be an everyday word
        # ("Improved Search", "Victoria Secret", "Minimum Necessary").
        other = last if known_first else first
        return 0.2 if other.lower in common_words() else 0.5
    return 0.2


def lowercase_name(text: str, start: int, end: int, keyword: str, firsts: frozenset[str], lasts: frozenset[str]) -> tuple[int, int] | None:
    """'my name is maria lee': lower-case names only after naming phrases,
    and only when the gazetteer knows the first word. Particles do not
    count toward the three words ("jan van der berg")."""
    if keyword not in LOWERCASE_NAMING:
        return None
    words = [m.span() for m in ANY_CASE_WORD.finditer(text[start:end])]
    chosen: list[tuple[int, int]] = []
    named = 0
    for s, e in words:
        word = name_key(text[start + s : start + e])
        if chosen and (word in PARTICLES or (len(word) == 1 and word.isalpha())):
            # "jan van der berg", "harold j. bennett": a particle or a middle initial.
            chosen.append((start + s, start + e))
            continue
        if named == 3 or word in NOT_NAMES or not (word in firsts or word in lasts) or (not chosen and word not in firsts):
            break
        chosen.append((start + s, start + e))
        named += 1
    while chosen and (name_key(text[chosen[-1][0] : chosen[-1][1]]) in PARTICLES or chosen[-1][1] - chosen[-1][0] == 1):
        chosen.pop()
    # "called. maria@lopez.example": the local part of an address, not a name.
    if not chosen or text[chosen[-1][1] : chosen[-1][1] + 1] == "@":
        return None
    return chosen[0][0], chosen[-1][1]


LOWER_WORD = re.compile(rf"[{_LO}][{_LO}'\-]*")
# First names that are everyday words in lower case ("client ray tracing",
# "customer chase account"): they start a lower-case name only in a naming phrase.
_LOWER_CASE_WORDS = frozenset(
    """
    bob buck clay dale dawn dean dot earl eve fay gene glen ivy jay jean mac merry miles nan nick olive
    opal pat pearl penny ray reed rob rod sandy sterling tad van wade crystal dusty hazel heather holly
    iris jade laurel lily marina misty ruby sierra amber angel brook chase coral forest honey noble
    precious royal sage star sunny paris lincoln mercedes al ed fe frank grant kit man maple see ty wm lan
    """.split()
)


# What follows a lone lower-case first name: "my son tyler's inhaler", "my wife joan, who".
_AFTER_LONE_NAME = re.compile(r"[,.;:!?)]|\Z|\u2019s(?![a-z])|[ ](?:and|who|is|was|has|had)(?![a-z])")


def lone_lowercase_first(text: str, start: int, end: int, bracketed: bool) -> tuple[int, int] | None:
    """A known first name written alone in lower case at `start`, in brackets
    ("wife (joan)") or, unbracketed, ending a clause ("my son tyler's
    inhaler"); not one that is also an everyday word ("my son will")."""
    word = LOWER_WORD.match(text, start, end)
    if word is None:
        return None
    name_end = word.end() - 2 if word.group().endswith(("'s", "\u2019s")) else word.end()
    key = name_key(text[start:name_end])
    if key not in first_names() or key in AMBIGUOUS_FIRST or key in NOT_NAMES or key in _LOWER_CASE_WORDS:
        return None
    if bracketed:
        return (start, name_end) if text[name_end : name_end + 1] == ")" else None
    return (start, name_end) if name_end < word.end() or _AFTER_LONE_NAME.match(text, name_end) else None


# Surnames that are also what a name does next: "customer mary ann said".
_VERBS_AFTER_NAMES = frozenset("said says told came went left made took gave sent rang wrote".split())
_LOWER_INITIAL = re.compile(r"[ ][a-z]\.?[ ]")


def lowercase_pair(text: str, start: int, end: int, firsts: frozenset[str], lasts: frozenset[str]) -> tuple[int, int] | None:
    """A lower-case first name and surname at `start` ("maria gonzalez"):
    both in the gazetteer, the first name not a common word ("grace period",
    "will call", "rose early"), a blank between them."""
    first = LOWER_WORD.match(text, start, end)
    if first is None or text[first.end() : first.end() + 1] != " ":
        return None
    # "harold j. bennett": a middle initial between them.
    initial = _LOWER_INITIAL.match(text, first.end(), end)
    last = LOWER_WORD.match(text, initial.end() if initial else first.end() + 1, end)
    if last is None or (last.end() < len(text) and text[last.end()].isalnum()):
        return None
    given, family = name_key(first.group()), name_key(last.group())
    # A surname that is also a word ("miller", "brown") is fine after a first name that is not.
    if given not in firsts or given in AMBIGUOUS_FIRST or given in _LOWER_CASE_WORDS or family not in lasts or family in NOT_NAMES:
        return None
    # "li na zhang", "mary ann smith": a second given name, then the surname ("maria lopez said" is a pair).
    third = LOWER_WORD.match(text, last.end() + 1, end) if text[last.end() : last.end() + 1] == " " and family in firsts else None
    if third is not None and (third.end() == len(text) or not text[third.end()].isalnum()):
        family = name_key(third.group())
        if family in lasts and family not in NOT_NAMES and family not in firsts and family not in common_words() and family not in _VERBS_AFTER_NAMES:
            return first.start(), third.end()
    return first.start(), last.end()


# "Okafor, Chinedu" outside a keyword: a name with person context nearby
# ("Okafor, Chinedu, the patient"), alone below the threshold ("Jordan, Chad
# and Georgia are countries"). In capitals ("GONZALEZ, MARIA T") it is the
# way records print patients, and reported alone.
_LAST_COMMA_FIRST_SCORE = 0.45
_LAST_COMMA_FIRST_UPPER_SCORE = 0.5


_WORD_BEFORE_COMMA = re.compile(r"(?<![A-Za-z0-9'\-])[A-Z][A-Za-z'\-]{1,30}(?=, \Z)")


_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![{_ANY}])[{_UP}][{_ANY}'\-]{{1,30}}[ ]\Z")


def surname_comma_before(text: str, start: int, upper: bool) -> tuple[int, float] | None:
    """Where a known surname followed by ", " ends right at `start` begins
    (in the case of the given name after it, or in capitals), and the pair's score."""
    if text[start - 2 : start] != ", ":
        return None
    match = _WORD_BEFORE_COMMA.search(text, max(0, start - 34), start)
    if match is None:
        return None
    surname = match.group()
    key = name_key(surname)
    # "Okafor, Chinedu", "GONZALEZ, MARIA" and, as census boards print them, "HERNANDEZ, Luis".
    if (upper and not surname.isupper()) or key not in surnames() or key in NOT_NAMES or key in AMBIGUOUS_FIRST:
        return None
    if _CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 32), match.start()) is not None:
        # "Hyun-woo Kim, Fatima Benali": the surname ends the name before the comma.
        return None
    return match.start(), _LAST_COMMA_FIRST_UPPER_SCORE if surname.isupper() else _LAST_COMMA_FIRST_SCORE


def initials_surname(tokens: list[Token], i: int, text: str, lasts: frozenset[str]) -> int:
    """The index of the surname after the initials at `i` ("R. J. Okonkwo"),
    or 0: one to three capital letters with a dot, one space apart, then a
    Title-case surname the gazetteer knows."""
    j = i
    while j < len(tokens) and j - i < 3 and len(tokens[j].word) == 2 and tokens[j].word[1] == "." and tokens[j].word[0].isupper():
        if text[tokens[j].end : tokens[j].end + 1] != " " or j + 1 == len(tokens) or tokens[j + 1].start != tokens[j].end + 1:
            return 0
        j += 1
    if j == i or j == len(tokens):
        return 0
    surname = tokens[j]
    if surname.upper or not surname.word[:1].isupper() or surname.lower in AMBIGUOUS_FIRST:
        return 0
    return j if known_surname(surname.lower, lasts) else 0


def known_surname(lower: str, lasts: frozenset[str]) -> bool:
    """A surname the gazetteer knows, or a double-barrelled one with a known
    half ('adebayo-smith', 'garcia-lopez')."""
    return lower in lasts or ("-" in lower and any(part in lasts and part not in NOT_NAMES for part in lower.split("-")))


def ambiguous_first_name(text: str, tokens: list[Token], index: int, firsts: frozenset[str], lasts: frozenset[str], greeting: bool) -> bool:
    """'Patient: Will Harper', 'Beneficiary name: May Castellanos', 'Dear April,':
    right after a person keyword, a first name that is also a word (a month,
    a verb) is a name when a known surname follows it directly, or when it
    stands alone before a comma after a greeting."""
    token = tokens[index]
    if token.upper or token.lower not in firsts or not token.word[:1].isupper():
        return False
    if greeting and text[token.end : token.end + 1] == ",":
        return True
    if index + 1 < len(tokens):
        following = tokens[index + 1]
        return (
            text[token.end : following.start] == " "
            and not following.upper
            and following.lower in lasts
            and following.lower not in NOT_NAMES
        )
    return False


def words_beyond_particles(tokens: list[Token]) -> int:
    return sum(token.lower not in PARTICLES for token in tokens)


def leading_name(tokens: list[Token]) -> list[Token]:
    """The name words that start `tokens` (a sign-off line, the words before
    an e-mail address). There a first name that is also a word ("Will",
    "May", "Grant") starts the name when a known surname follows it."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        if not name_word(token) and not (index == 0 and len(tokens) > 1 and token.lower in first_names() and name_word(tokens[1]) and tokens[1].lower in surnames()):
            break
        kept.append(token)
    return kept


