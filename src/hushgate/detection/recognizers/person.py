"""Person names without a statistical model (HIPAA A).

Signals, strongest first:

1. structure: a title ("Dr. Okafor"), an HL7 name field (``|DOE^JANE^Q|``), a
   person keyword right before capitalised words ("patient Maria Gonzalez",
   "Dear Tom,", "Name: Chen, Ahmet", "recipient Keanu Rossi", "Thanks,\\nAmy Lee");
2. the Census gazetteer: a capitalised pair whose first word is a known first
   name or whose last word is a known surname ("Maria Gonzalez", "Emeka Hansen");
3. person context nearby ("patient", "DOB", "MRN", "son"...) lifting weaker pairs
   over the threshold.

How a name is written (word forms, tokens, "Surname, Given", the gazetteer
pair score) lives in ``name_forms.py``; the word lists in ``person_words.py``;
what vetoes a candidate (organisations, places, figures, eponyms, pets, HL7
codes) in ``not_persons.py``. Optional spaCy NER adds spans on top (see
``hushgate.detection.ner``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import Pattern

from hushgate.detection.findings import Candidate
from hushgate.detection.names import (
    AMBIGUOUS_FIRST,
    EPONYMOUS_ORGS,
    NOT_NAMES,
    common_words,
    first_names,
    name_key,
    public_figure_first_words,
    surnames,
)
from hushgate.detection.recognizers.base import Recognizer
from hushgate.detection.recognizers.keyed import ANSWER_SEP, KeyedPattern
from hushgate.detection.recognizers.letters import LETTER as _ANY
from hushgate.detection.recognizers.letters import UPPER as _UP
from hushgate.detection.recognizers.name_forms import (
    CJK,
    CJK_NAME,
    PARTICLE,
    PARTICLES,
    SCAN_SEQUENCE,
    SEQUENCE,
    WORD,
    Token,
    initials_surname,
    is_initial,
    leading_name,
    name_tokens,
    name_word,
    pair_score,
    surname_comma_before,
)
from hushgate.detection.recognizers.not_persons import (
    ampersand_firm,
    brand_possessive,
    hl7_person,
    is_eponym,
    is_organisation,
    is_place_led,
    is_public_figure,
    is_street_name,
    place_or_pet_after,
    thing_before,
)
from hushgate.detection.recognizers.person_keyed import (
    MIDDLE_INITIAL,
    answered_name,
    is_identifier,
    name_after_keyword,
)
from hushgate.detection.recognizers.person_words import (
    HEADER_LABELS,
    SIGN_OFF_KEYWORDS,
    SIGN_OFFS,
    STRONG_KEYWORDS,
    SUFFIXES,
    TITLES,
)
from hushgate.detection.recognizers.script_names import (
    CYRILLIC_OR_GREEK_WORDS,
    DEVANAGARI_WORDS,
    GREEK_LABELS,
    HINDI_LABELS,
    HINDI_NAME_LABEL,
    RUSSIAN_LABELS,
    capitalised_words,
    devanagari_name,
)
from hushgate.detection.recognizers.speakers import (
    AM_PM,
    is_speaker,
    speaker_starting_line,
)
from hushgate.detection.recognizers.us_states import STATE_CODES

_QUOTED_LAST_FIRST_BEFORE = re.compile(rf"\"(?P<v>{WORD},[ ]{WORD}(?:[ ]{WORD}|[ ][A-Z]\.?)?)\"[ ]{{1,2}}\Z")
_NAME_BEFORE_BRACKET = re.compile(rf"(?P<v>{WORD}(?:[ ](?:{PARTICLE}[ ])?{WORD}){{1,3}})[ ]{{1,2}}\Z")


_MONTH_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)
_DAY_AFTER = re.compile(r"\.?[ ]{1,2}[0-9]{1,2}(?![0-9:])")
_ROMANIZED_AFTER = re.compile(
    rf"[ \u3000]?\((?P<v>[{_UP}][{_ANY}'\-]{{1,30}}(?:[ ][{_UP}][{_ANY}'\-]{{0,30}}){{1,3}})\)"
)
# Kin a caller names before the name they give.
_KIN = "mother|father|mom|dad|wife|husband|son|daughter|brother|sister|partner|spouse|grandmother|grandfather|grandma|grandpa|aunt|uncle|child|kid"
# A given name and a family name in Arabic script.
_ARABIC_NAME = r"[\u0621-\u064a]{2,15}(?:[ ][\u0621-\u064a]{2,15}){1,3}"


class PersonRecognizer(Recognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        Pattern("capitalised_sequence", SCAN_SEQUENCE, 0.6),
        # HL7 v2 XPN/XCN fields: |FAMILY^GIVEN^MIDDLE| (also after an id: ^FAMILY^GIVEN).
        Pattern(
            "hl7_name",
            rf"[|\^](?P<v>[{_UP}][{_UP}'\-]{{1,30}}(?:[ ][{_UP}][{_UP}'\-]{{1,30}})?\^[{_UP}][{_UP}'\-]{{1,30}}(?:[ ][{_UP}][{_UP}'\-]{{1,30}})?(?:\^[{_UP}][{_UP}'\-]{{0,30}}\.?)?)(?=[|\^\r\n]|\\[rn]|\Z)",
            0.85,
        ),
        # A salutation line: "\n\nWalter,\n" at the top of an e-mail body.
        Pattern("salutation", rf"\n(?P<v>{WORD}),[ ]?\r?\n", 0.6),
        # A name followed by an e-mail in brackets: "- Ana Lee (ana@...", "From: Ana Lee <ana@...".
        # Anchored on the bracket (rare) and completed backwards.
        Pattern("name_email", r"[<(][A-Za-z0-9._%+\-]{1,64}@", 0.8),
        # A Japanese, Chinese or Korean name before its honorific ("佐藤 花子様",
        # "김 민준님") or a self-introduction ("山本陽菜と申します"): anchored
        # on the honorific, completed backwards.
        Pattern("cjk_honorific", "(?:様|さん|先生|氏(?!名)|님|씨|と申します|이라고 합니다|라고 합니다)", 0.8),
        # The airline and card-track form "MOREAU/HIROSHI": anchored on the
        # slash (the given name after it) and completed backwards.
        Pattern("slash_name", r"/(?<=[A-Z]{2}/)[A-Z][A-Z'\-]{2,30}(?![A-Za-z0-9/])", 0.8),
        # A quoted e-mail's header ("From: Avishai Katzir\nSent: ...") and a
        # signature under the "-- " delimiter ("--\nAvishai Katzir | Director").
        Pattern("email_from", rf"From:[ ]{{1,2}}(?P<v>{WORD}(?:[ ]{WORD}){{1,3}})[ ]*\r?\n(?:Sent|To|Date|Cc|Subject):", 0.8),
        Pattern("signature", rf"\n--[ ]?\r?\n(?P<v>{WORD}(?:[ ]{WORD}){{1,3}})(?=[ ]*(?:[|,\r\n]|\Z))", 0.8),
        # A speaker in a timestamped chat export: "[09:12] Faadumo: did you get ...",
        # "[9:14 AM] Faadumo: ...".
        Pattern("chat_speaker", rf"\[[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?{AM_PM}\][ ]{{1,2}}(?P<v>{WORD}(?:[ ]{WORD})?)(?:[ ]\([a-z][a-z ]{{1,20}}\))?:[ ]", 0.6),
        # Slack's copy of a thread puts the stamp after the speaker: "Lorenzo [9:14 AM]: prod is down";
        # a help-desk chat the speaker's team: "Yonas Wolde (IT): Hi Bao".
        # Anchored on the stamp or the bracket, completed backwards to the line's start.
        Pattern("stamped_speaker", rf"[ ]\[[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?{AM_PM}\]:?[ ]", 0.6),
        Pattern("role_speaker", r"\):[ ]", 0.6),
        # A mention in a chat: "@emeka can you check" (``propose`` asks the gazetteer).
        Pattern("mention", r"@(?<![\w.@]@)(?P<v>[A-Za-z][a-z]{2,20}(?:\.[a-z]{2,30})?)(?![\w@(]|\.[\w])", 0.6),
    )
    LOWER_PATTERNS = (
        KeyedPattern(
            "keyword_led",
            STRONG_KEYWORDS,
            rf"[{_ANY}][{_ANY}'\u2019.\-]{{0,30}}(?:,?[ ]{{1,2}}[{_ANY}][{_ANY}'\u2019.\-]{{0,30}}){{0,4}}",
            0.8,
            # A form's hint on the name's parts may stand before the value:
            # "PATIENT NAME (Last, First, MI)  XU, MINGZHE" (not "Agent (Henrike): ...").
            sep=r"(?:[ ]?\((?=[a-z ,/.]{0,24}(?<![a-z])(?:last|first|surname|family|given|middle|legal|full|print)(?![a-z]))[a-z][a-z ,/.]{0,30}\))?[\"']?(?:\.|,|:|=|-| -| :| =)?[ \t\"'\[(]{1,5}(?:is[ ]|was[ ]|of[ ])?",
        ),
        # Sign-offs: "Thanks,\nAmy Lee" / "Kind regards,\n\nJosé Kowalski" /
        # "Cordialement,\nHiroshi Tanaka". Anchored on the keyword pass's hits
        # (no scan of its own); the name is matched on the original text.
        KeyedPattern("sign_off", SIGN_OFF_KEYWORDS, "[^ \t\r\n]", 0.8, sep=r"[,!]?[ ]?\r?\n{1,2}"),
        # After "attending physician", "patient", "name" in Japanese, Chinese or Korean: "担当医 佐藤 花子".
        # Payees and recipients too: "收款人：赵磊", "받는 분: 강도현", "보호자: 송우진".
        KeyedPattern(
            "cjk_keyed", "担当医|主治医|医師|患者|氏名|名前|姓名|病人|名義|持卡人|户名|戶名|예금주|환자|환자명|성명|이름|담당의|收款人|付款人|受取人|받는 분|보호자|수취인",
            # "患者氏名：", "主治医师：": the keyword, then the rest of a longer label.
            CJK_NAME, 0.8, sep=r"(?:氏名|姓名|师|師)?[ :\u3000]{1,2}",
        ),
        # After a patient, name or self-introduction label in Russian, Greek and Hindi (``script_names``).
        KeyedPattern("cased_script_keyed", f"{RUSSIAN_LABELS}|{GREEK_LABELS}", CYRILLIC_OR_GREEK_WORDS, 0.8, sep=r"[ :]{1,3}"),
        KeyedPattern("devanagari_keyed", HINDI_LABELS, DEVANAGARI_WORDS, 0.8, sep=r"[ :]{1,3}"),
        KeyedPattern("devanagari_label", HINDI_NAME_LABEL, DEVANAGARI_WORDS, 0.8, sep=r"[ ]?:[ ]{1,3}"),
        # After "name", "patient's name", "full name" in Arabic: "الاسم: ليلى السيد".
        # "أنا حسن خوري" ("I am ..."), "اسمي ..." ("my name is ...").
        KeyedPattern("arabic_keyed", "الاسم|الاسم الكامل|اسم المريض|اسم المريضة|أنا|اسمي", _ARABIC_NAME, 0.8, sep=r"[ :]{1,3}"),
        # A transcript's answer: "can I get your full name?\nCaller: yeah it's jennifer okafor".
        KeyedPattern(
            "answer_name",
            "name|full name|first and last name",
            rf"[{_ANY}][{_ANY}'\u2019.\-]{{0,30}}(?:,?[ ]{{1,2}}[{_ANY}][{_ANY}'\u2019.\-]{{0,30}}){{0,3}}",
            0.8,
            # "your full name and date of birth?": the name comes first in the answer.
            sep=r"(?:[ ]and[ ](?:your[ ]|the[ ])?(?:date[ ]of[ ]birth|dob|birth[ ]date|birthday))?"
            + ANSWER_SEP
            + r"(?:(?:yeah|yes|yep|sure|ok|okay|um|uh)[,.]?[ ]{1,2})?(?:it's|its|it is|this is|my name is|i'm|name's)?[ ]{0,2}"
            # "My mother, Gloria Estevez": whose name it is, before the name.
            rf"(?:(?:my|his|her|our|their)[ ](?:{_KIN})(?:'s[ ]name[ ]is|[ ]is|,)?[ ]{{1,2}})?",
        ),
    )
    CONTEXT = (
        "patient", "pt", "name", "dear", "mr", "mrs", "ms", "dr", "doctor", "son", "daughter", "mother",
        "father", "wife", "husband", "spouse", "brother", "sister", "guardian", "contact",
        "client", "customer", "employee", "member", "cardholder", "signed", "sincerely",
        "regards", "kind regards", "best regards", "warm regards", "attending", "physician", "nurse", "referred", "caller", "applicant",
        "tenant", "insured", "subscriber", "beneficiary", "resident", "named", "called",
        "emergency contact", "next of kin", "parent", "mom", "dad", "mrs.", "ms.", "mr.", "dr.",
        "patient_name", "first_name", "last_name", "full_name", "fullname", "firstname",
        "lastname", "given_name", "family_name", "spoke", "met", "visited", "met with",
        "dob", "date of birth", "born", "mrn", "ssn", "npi", "dea", "prescriber", "borrower",
        "recipient", "payee", "policyholder", "driver", "user", "decedent", "proband",
    )
    CONTEXT_BOOST = 0.35
    FIELD_NAMES = (
        "name", "fullname", "firstname", "lastname", "patientname", "givenname", "familyname",
        "surname", "middlename", "contactname", "customername", "employeename", "membername",
        "subscribername", "cardholdername", "nameoncard", "accountholder", "accountholdername",
        "physicianname", "providername", "doctorname", "guardianname", "emergencycontact",
        "emergencycontactname", "beneficiaryname", "insuredname", "displayname",
        "mothersmaidenname", "nextofkin", "spousename", "parentname", "recipientname", "sendername",
        "given", "family", "display", "patient", "contact", "recipient", "taxpayer", "payee",
        "cardholder", "creditorname", "debtorname", "borrower", "applicant", "policyholder",
        "prescriber", "physician", "insured", "subscriber", "beneficiary", "guarantor",
        "decedent", "tenant", "customer", "employee", "owner", "driver", "attending", "resident", "residentname",
        "student", "studentname", "pupil", "participant", "attendee", "guest", "passenger", "traveler", "traveller",
        "first", "last", "fname", "lname", "holder", "holdername",
    )
    CHECK_BOUNDARIES = False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        name = pattern.name
        if name == "keyword_led":
            found = name_after_keyword(text, match)
            if found is not None:
                yield self.candidate(*found)
            return
        if name == "answer_name":
            found = answered_name(text, *match.span("v"))
            if found is not None:
                yield self.candidate(*found)
            return
        if name == "cjk_honorific":
            name_span = _CJK_NAME_BEFORE.search(text, max(0, match.start() - 9), match.start())
            # "お客さん" is "the customer": an honorific prefix, not a name.
            if name_span is not None and text[name_span.start() - 1 : name_span.start()] not in ("お", "ご"):
                start, end = name_span.span()
                space = text.find(" ", start, end)
                if space > 0 and text[space - 1] in _KOREAN_PARTICLES:
                    # "저는 김민준이라고 합니다": "저는" ("I") is not the family name.
                    start = space + 1
                yield self.candidate(start, end, pattern.score)
            return
        if name in ("cased_script_keyed", "devanagari_keyed", "devanagari_label"):
            span = (capitalised_words if name == "cased_script_keyed" else devanagari_name)(text, *match.span("v"))
            if span is not None:
                yield self.candidate(*span, pattern.score)
            return
        if name in ("arabic_keyed", "cjk_keyed"):
            # "환자 접수 정보를 ...": a Korean word ending in a case particle is not a name.
            value = match.group("v")
            # "조하은" is a family name and a given name ending in a syllable that is also a particle.
            if name == "cjk_keyed" and value[-1] in _KOREAN_PARTICLES and not (len(value) == 3 and value[0] in _KOREAN_FAMILY_NAMES):
                return
            yield self.candidate(*match.span("v"), pattern.score)
            # "收款人：赵磊 (LEI ZHAO)": the same name romanized, in brackets right after.
            romanized = _ROMANIZED_AFTER.match(text, match.end("v"))
            if romanized is not None:
                yield self.candidate(*romanized.span("v"), pattern.score)
            return
        if name in ("email_from", "signature"):
            if name == "email_from" and match.start() > 0 and text[match.start() - 1] not in "\n>":
                return
            start, end = match.span("v")
            tokens = name_tokens(text, start, end)
            kept = leading_name(tokens)
            # "--\nAcme Logistics | Billing": a firm signs too.
            if len(kept) == len(tokens) > 1 and not is_organisation(kept, None, text):
                yield self.candidate(start, end, pattern.score)
            return
        if name in ("stamped_speaker", "role_speaker"):
            speaker = speaker_starting_line(text, match.start(), team=name == "role_speaker")
            if speaker is not None:
                yield self.candidate(*speaker, pattern.score)
            return
        if name == "chat_speaker":
            if is_speaker(text, *match.span("v")):
                yield self.candidate(*match.span("v"), pattern.score)
            return
        if name == "mention":
            # "@emeka can you check": a Slack mention of a given name the gazetteer knows.
            handle = match.group("v").lower()
            first, _, last = handle.partition(".")
            if first in first_names() and first not in AMBIGUOUS_FIRST and first not in common_words() and (not last or last in surnames()):
                yield self.candidate(*match.span("v"), pattern.score)
            return
        if name == "slash_name":
            found = self._slash_name(text, match)
            if found is not None:
                yield found
            return
        if name == "name_email":
            bracket = match.start()
            quoted = _QUOTED_LAST_FIRST_BEFORE.search(text, max(0, bracket - 90), bracket)
            if quoted is not None:
                # Outlook's display name: "Okonkwo, Adaeze" <adaeze.okonkwo@...>.
                last, first = (name_key(w) for w in quoted.group("v").replace(",", " ").split()[:2])
                if (last in surnames() or first in first_names()) and last not in NOT_NAMES and first not in NOT_NAMES:
                    yield self.candidate(*quoted.span("v"), pattern.score)
                return
            before = _NAME_BEFORE_BRACKET.search(text, max(0, bracket - 90), bracket)
            if before is None or (before.start() > 0 and text[before.start() - 1].isalnum()):
                return
            kept = leading_name(name_tokens(text, *before.span("v")))
            if len(kept) >= 2:
                yield self.candidate(kept[0].start, kept[-1].end, pattern.score)
            return
        if name == "hl7_name" and text[match.start()] == "^" and not (match.start() > 0 and text[match.start() - 1].isalnum()):
            # After "^^" comes an assigning authority or a city (^^^MERCY^MR, ^^TACOMA^WA),
            # a person only follows an id (1606013070^YILMAZ^DANIEL) or a field start (|DOE^JANE).
            return
        if name == "salutation":
            start, end = match.span("v")
            lower = name_key(text[start:end])
            if lower in NOT_NAMES or lower in SIGN_OFFS or text[start:end].isupper():
                return
            yield self.candidate(start, end, 0.8 if lower in first_names() else pattern.score)
            return
        if name == "sign_off":
            # Written as a sign-off ("Thanks", not "thanks"), then a capitalised name.
            name_run = _SIGN_OFF_NAME.match(text, match.start("v")) if text[match.start()].isupper() else None
            if name_run is None:
                return
        if name in ("hl7_name", "sign_off"):
            start, end = match.span("v") if name == "hl7_name" else name_run.span()
            if name == "hl7_name" and not hl7_person(text[start:end]):
                return
            if name != "hl7_name":
                tokens = name_tokens(text, start, end)
                kept = leading_name(tokens)
                # "Sincerely,\nAcme Logistics": a company, not a person.
                if not kept or len(kept) < len(tokens):
                    return
                if len(kept) == 1 and kept[0].lower not in first_names():
                    # A lone word on its own line under a sign-off ("Warmly,\nConnor\n")
                    # is a name when the gazetteer knows it at all (first-name lists miss many).
                    alone = text[kept[0].end : kept[0].end + 1] in ("\n", "\r", "")
                    if not (alone and kept[0].lower in surnames() and not kept[0].upper):
                        return
                start, end = kept[0].start, kept[-1].end
            yield self.candidate(start, end, pattern.score)
            return
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-/@.#"):
            return
        word = match.group()
        if " " not in word:
            # Fast path for the common case, a lone capitalised word (sentence
            # starts, headings): only a known first name is worth a candidate.
            if name_key(word) in first_names():
                candidate = self._lone_first_name(text, start, match.end(), word)
                if candidate is not None:
                    yield candidate
            return
        yield from self._from_tokens(name_tokens(text, start, match.end()), text)

    def propose_many(self, text: str, matches: Iterable[re.Match[str]], pattern: Pattern, out: list[Candidate]) -> None:
        if pattern.name != "capitalised_sequence":
            super().propose_many(text, matches, pattern, out)
            return
        # The hot path (every capitalised word of the text): ``propose``
        # inlined. Most matches are lone words that are not first names: one
        # comprehension drops them before any other check.
        firsts = first_names()
        if text.isascii():
            runs = [(m, word) for m in matches if " " in (word := m.group()) or word.lower() in firsts]
        else:
            # Most words are ASCII even here: the accent-folding key only for the others.
            runs = [
                (m, word)
                for m in matches
                if " " in (word := m.group()) or word.lower() in firsts or (not word.isascii() and name_key(word) in firsts)
            ]
        for match, word in runs:
            start = match.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-/@.#"):
                continue
            if " " not in word:
                candidate = self._lone_first_name(text, start, match.end(), word)
                if candidate is not None:
                    out.append(candidate)
                continue
            out.extend(self._from_tokens(name_tokens(text, start, match.end()), text))

    def _slash_name(self, text: str, match: re.Match[str]) -> Candidate | None:
        """SURNAME/GIVEN when the gazetteer knows the given name (and neither
        half is a word: "AND/OR", "MAY/JUNE")."""
        slash = match.start()
        surname = _SURNAME_BEFORE_SLASH.search(text, max(0, slash - 31), slash)
        # "OUR/SHA/BEN": a chain of codes, not a name.
        if surname is None or text[surname.start() - 1 : surname.start()] == "/":
            return None
        last, first = name_key(surname.group()), name_key(match.group()[1:])
        if first not in first_names() or first in AMBIGUOUS_FIRST or first in NOT_NAMES or last in NOT_NAMES:
            return None
        known_last = last in surnames() or last in first_names()
        return self.candidate(surname.start(), match.end(), 0.8 if known_last else 0.55)

    def _lone_first_name(self, text: str, start: int, end: int, word: str) -> Candidate | None:
        """A lone capitalised word the gazetteer knows as a first name: a name
        only with context (0.3), unless a known surname and a comma stand
        before it ("Okafor, Chinedu", "GONZALEZ, MARIA T")."""
        key = name_key(word)
        # "Harold & Maxine Trujillo": a couple sharing the surname (not "Barnes & Noble").
        couple = _COUPLE_AFTER.match(text, end)
        if couple is not None and key not in AMBIGUOUS_FIRST and name_key(couple.group(1)) in first_names() and _known_surname(couple.group(2)):
            return self.candidate(start, end, 0.6)
        # "WORCESTER, MA 01602": a state code after a town, not "Surname, Given".
        if (len(word) == 2 and word in STATE_CODES) or key in AMBIGUOUS_FIRST or place_or_pet_after(text, end) or is_eponym(text, end) or ampersand_firm(text, start, end) or brand_possessive(key, text, end):
            return None
        # "Country of birth: Jordan", "Nationality: Georgia": a place, not a given name.
        if text[start - 2 : start] in (": ", ":\t") and _PLACE_LABEL_BEFORE.search(text, max(0, start - 40), start):
            return None
        last_first = surname_comma_before(text, start, word.isupper())
        if last_first is not None:
            initial = MIDDLE_INITIAL.match(text, end)
            return self.candidate(last_first[0], initial.end() if initial else end, last_first[1])
        if word.isupper() or (text[start - 4 : start] == " in " and _SPELLING_AID_BEFORE.search(text, max(0, start - 9), start)):
            # "W as in William": a word that spells a letter on the phone.
            return None
        speaker_line = start == 0 or text[start - 1] == "\n" or text[start - 2 : start] == "] "
        if speaker_line and key not in HEADER_LABELS and _SPEAKER_AFTER.match(text, end):
            # A transcript's speaker: "Tomasz: my phone was stolen", "Hiroshi (agent): I can."
            return self.candidate(start, end, 0.6)
        if _VOCATIVE.match(text, end) and _sentence_start(text, start):
            # Addressed by name: "... let's start. Aaliyah, can you send the list?"
            return self.candidate(start, end, 0.6)
        if _DASH_SIGNATURE.search(text, max(0, start - 4), start) and (end == len(text) or text[end] in ",\r\n"):
            # A signature line: "- Matteo, Talent Acquisition".
            return self.candidate(start, end, 0.6)
        return self.candidate(start, end, 0.3)

    def _from_tokens(self, tokens: list[Token], text: str) -> Iterator[Candidate]:
        firsts = first_names()
        lasts = surnames()
        figure_leads = public_figure_first_words()
        i = 0
        count = len(tokens)
        while i < count:
            token = tokens[i]
            if token.lower in TITLES:
                j = i + 1
                while j < count and j - i <= 4 and name_word(tokens[j]):
                    j += 1
                # "Dr Pepper" (no dot) is a soda; "Dr. Pepper" a doctor.
                # "Doctor Portal Login": the title that is an everyday word needs a name the gazetteer knows.
                everyday = token.lower == "doctor" and j > i + 1 and tokens[j - 1].lower not in lasts
                if j > i + 1 and not everyday and not (text[token.end : token.end + 1] != "." and f"{token.lower} {tokens[i + 1].lower}" in EPONYMOUS_ORGS) and not is_eponym(text, tokens[j - 1].end):
                    yield self.candidate(tokens[i + 1].start, tokens[j - 1].end, 0.85)
                i = max(j, i + 1)
                continue
            if len(token.word) <= 2 and is_initial(token):
                # "R. J. Okonkwo", "A. Kowalczyk": initials before a known surname.
                end = initials_surname(tokens, i, text, lasts)
                # "J. Crew", "T. Rowe Price": a firm's name may run on past the surname.
                if end and (
                    is_organisation(tokens[i : end + 1], tokens[end + 1] if end + 1 < count else None, text)
                    or is_organisation(tokens[i : end + 3], None, text)
                ):
                    end = 0
                if end:
                    yield self.candidate(token.start, tokens[end].end, 0.5)
                    i = end + 1
                else:
                    i += 1
                continue
            if not name_word(token) or token.lower in PARTICLES:
                i += 1
                continue
            j = i + 1
            # A title inside a run starts the name after it: "Befund von Herrn Klaus-Dieter Schmidt".
            while j < count and j - i <= 4 and (name_word(tokens[j]) or tokens[j].lower in PARTICLES) and tokens[j].lower not in TITLES:
                j += 1
            while j > i + 1 and tokens[j - 1].lower in PARTICLES:
                j -= 1
            if tokens[j - 1].lower in _MONTH_WORDS and _DAY_AFTER.match(text, tokens[j - 1].end):
                # "Written Jun 26 2022": a month before its day ends the run.
                if j == i + 1:
                    i = j
                    continue
                j -= 1
            window = tokens[i:j]
            last = window[-1]
            if is_organisation(window, tokens[j] if j < count else None, text) or is_place_led(window) or (
                j - i > 1 and (token.lower in figure_leads or tokens[i + 1].lower in figure_leads) and is_public_figure(window)
            ):
                i = j
                continue
            score = pair_score(window, firsts, lasts)
            start = token.start
            if i == 0 and token.lower in firsts and token.lower not in AMBIGUOUS_FIRST:
                # "GONZALEZ, MARIA T": the surname before the comma starts the name.
                last_first = surname_comma_before(text, start, token.upper)
                if last_first is not None:
                    start, score = last_first[0], max(score, last_first[1])
                    # "O'CONNELL, Maeve  TKA left": a word in capitals after the given name is not the name's.
                    while len(window) > 1 and window[-1].upper and not token.upper:
                        window.pop()
                    last = window[-1]
            if score > 0 and not place_or_pet_after(text, last.end) and not is_street_name(text, window) and not is_eponym(text, last.end) and not thing_before(text, start):
                yield self.candidate(start, last.end, score)
            i = j

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        if not 2 <= len(value) <= 80 or any(c.isdigit() for c in value) or "_" in value or "@" in value:
            return False
        # "+" is a space in a query string: "name=Priscilla+Oyelaran"; "/" parts
        # the card-track form "D'ALESSANDRO/GINEVRA".
        words = value.replace(",", " ").replace("+", " ").replace("/", " ").split()
        if not 1 <= len(words) <= 5:
            return False
        firsts = first_names()
        lasts = surnames()
        for word in words:
            bare = word.replace("-", "").replace("'", "").replace("\u2019", "").replace(".", "")
            if not bare.isalpha():
                return False
            if is_identifier(word):
                return False
            lower = name_key(word)
            if word[0].islower() and lower not in PARTICLES and lower not in firsts and lower not in lasts:
                return False
        return not any(w.lower() in NOT_NAMES and w.lower() not in SUFFIXES for w in words)


_SIGN_OFF_NAME = re.compile(SEQUENCE)


_CJK_NAME_BEFORE = re.compile(rf"[{CJK}]{{1,4}}(?:[ \u3000][{CJK}]{{1,3}})?\Z")
_SURNAME_BEFORE_SLASH = re.compile(rf"(?<![{_ANY}0-9])[A-Z][A-Z'\-]{{1,30}}\Z")
_PLACE_LABEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:country|nationality|citizenship|place|city|state|province|county|region)"
    r"(?:[ ]of[ ](?:birth|residence|issue|citizenship|origin))?[ ]?:[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_KOREAN_PARTICLES = frozenset("를을는은의에와과도로")
# The common Korean family names (one syllable each).
_KOREAN_FAMILY_NAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_SPEAKER_AFTER = re.compile(r"(?:[ ]\([a-z][a-z ]{1,20}\))?:[ ]")
# What follows a name someone is addressed by: a request or a question.
_VOCATIVE = re.compile(r",[ ](?:can|could|would|will|please|do|did|are|have|what|when|where|how|why|thanks|thank you)(?![a-z])")
_DASH_SIGNATURE = re.compile(r"(?:\A|\n)[ \t]*(?:-|--|–|—)[ \t]?\Z")


def _sentence_start(text: str, start: int) -> bool:
    """Whether text[start] opens a sentence, a line or a transcript turn."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n]"


_COUPLE_AFTER = re.compile(rf"[ ](?:&|and)[ ]([{_UP}][a-z'\-]+)[ ]([{_UP}][a-z'\-]+)")


def _known_surname(word: str) -> bool:
    """A surname the gazetteer knows that is no given name too ("Sydney and Santa Barbara" are places)."""
    key = name_key(word)
    return key in surnames() and key not in NOT_NAMES and key not in first_names()
_SPELLING_AID_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9][ ]as[ ]in[ ]\Z")
