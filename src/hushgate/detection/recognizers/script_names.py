"""Names in Cyrillic, Greek and Devanagari after their labels: "Пациент
Иванов Сергей Петрович", "меня зовут Анна Смирнова", "Ο ασθενής Γεώργιος
Παπαδόπουλος", "मेरा नाम प्रिया वर्मा है".

The gazetteer holds Latin-script names only, so these are read by position:
the words after a patient, name or self-introduction label. Keyword-led
patterns run on the lower-cased text; Cyrillic and Greek names are then the
words that are capitalised in the original (a Russian full name is up to
three: surname, given name, patronymic). Devanagari has no case: the name
is the words before a verb, postposition or punctuation."""

from __future__ import annotations

import re
import unicodedata

RUSSIAN_LABELS = (
    "пациент|пациентка|пациента|больной|больная|фио|ф.и.о.|меня зовут|зовут|имя|фамилия|получатель|отправитель|"
    "врач|лечащий врач|клиент|клиентка|владелец|заявитель|гражданин|гражданка"
)
GREEK_LABELS = "ασθενής|ασθενούς|ονοματεπώνυμο|όνομα|επώνυμο|με λένε|ονομάζομαι|γιατρός|δικαιούχος|πελάτης|πελάτισσα"
# NFKC, as the detector's normalized view writes them ("ज़" is "ज" and a nukta there).
HINDI_LABELS = unicodedata.normalize("NFKC", "मरीज़ का नाम|मरीज का नाम|रोगी का नाम|मेरा नाम|आपका नाम|मरीज़|मरीज|रोगी|डॉक्टर")
# "नाम" alone only as a form's label ("नाम: राजेश"): "दवा का नाम ..." is a medicine's name.
HINDI_NAME_LABEL = "नाम"

CYRILLIC_OR_GREEK_WORDS = r"[а-яёα-ωάέήίόύώϊϋΐΰς][а-яёα-ωάέήίόύώϊϋΐΰς\-]{1,24}(?:[ ][а-яёα-ωάέήίόύώϊϋΐΰς][а-яёα-ωάέήίόύώϊϋΐΰς\-]{1,24}){0,2}"
DEVANAGARI_WORDS = r"[\u0900-\u097f]{2,20}(?:[ ][\u0900-\u097f]{2,20}){0,2}"
# Words that end a Devanagari name: "है" (is), postpositions, "उम्र" (age), "फ़ोन" (phone).
_DEVANAGARI_STOPS = frozenset(unicodedata.normalize("NFKC", w) for w in "है हैं था थी और का की के को से में पर ने तक लिए भी तो ही उम्र फ़ोन फोन जन्म जी".split())
_WORD = re.compile(r"\S+")


# Capitalised words that open a label's value without being a name: "Имя: Не указано" ("not given").
_CASED_STOPS = frozenset("не нет без для да неизвестно аноним δεν και το η ο άγνωστος".split())


def capitalised_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The capitalised words that open text[start:end] (Cyrillic or Greek);
    one word alone has three letters at least."""
    kept_end = -1
    words = 0
    for word in _WORD.finditer(text, start, end):
        value = word.group()
        if not value[0].isupper() or value.lower().rstrip(",.;:") in _CASED_STOPS:
            break
        kept_end = word.end()
        words += 1
    if kept_end < 0 or (words == 1 and kept_end - start < 3):
        return None
    return start, kept_end


def devanagari_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The Devanagari words that open text[start:end], up to a stop word."""
    kept_end = -1
    for word in _WORD.finditer(text, start, end):
        if word.group() in _DEVANAGARI_STOPS:
            break
        kept_end = word.end()
    return (start, kept_end) if kept_end > start else None
