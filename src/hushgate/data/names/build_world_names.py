"""Rebuild first_names_world.txt and surnames_world.txt (run by hand; never
imported at run time).

    pip download --no-deps faker==40.54.0 pyspellchecker==0.9.1 -d /tmp/wheels
    python src/hushgate/data/names/build_world_names.py /tmp/wheels

Given names of every Latin-script locale of Faker's person provider and of
its Cyrillic ones (romanized, ``romanize``), folded to ASCII and lower case, minus the Census list (first_names.txt), minus the
30,000 most frequent words of each of pyspellchecker's English, German,
Spanish, French, Italian, Portuguese and Dutch frequency lists (so "Sie",
"Will" or "Blessing" do not become names) except a language's own given
names ranked below its 5,000 most frequent words ("matteo" in Italian,
``own_language_names``), minus NOT_NAMES. Surnames the
same way from the providers' last-name lists, minus the Census surnames
(surnames.txt), three letters or more. common_words.txt: the 20,000 most
frequent English words of the same frequency list that no name list holds.
"""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import re
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl")
COMMON_WORDS_PER_LANGUAGE = 30_000
OWN_NAME_MIN_RANK = 5_000
ENGLISH_WORDS = 20_000


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


# Cyrillic given names (Faker's ru_RU, uk_UA, mk_MK) as they are
# usually spelled in Latin script: a simplified BGN/PCGN romanization, plus
# the common English forms of "-ия" and "-ий" ("Мария" maria, "Дмитрий" dmitry).
_CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye")) | {
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
    "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj",
    "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "џ": "dzh",
}
_BY_LOCALE = {"uk_UA": _CYRILLIC | {"г": "h", "и": "y"}}
# Not bg_BG: its list mixes in jokes and words ("Смехотерапия", "Ястреб").
_CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "mk_MK")
# Romanized names that are English words below the frequency cut.
_ENGLISH_WORDS = frozenset({"spas", "firs", "prov"})


# Hangul syllables in the Revised Romanization: initial, vowel and final
# jamo ("서연" seo + yeon). Names are also spelled the popular way, with
# "u" as "oo" and "eo" after "y" as "u" ("우" woo, "현" hyun).
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def hangul_syllables(word: str) -> list[str] | None:
    """The romanized syllables of a Hangul word, or None if it is not one."""
    syllables = []
    for char in word:
        index = ord(char) - 0xAC00
        if not 0 <= index < 11172:
            return None
        initial = _INITIALS[index // 588].replace("-", "")
        # "이" as a syllable of its own is "i"; the initial "ㅇ" is silent.
        syllables.append(initial + _VOWELS[index % 588 // 28] + _FINALS[index % 28])
    return syllables


def romanize_korean(word: str) -> set[str]:
    """Spellings of a Korean given name: "서연" seoyeon, seo-yeon is read as its halves."""
    syllables = hangul_syllables(word)
    if not syllables:
        return set()
    popular = ["woo" if s == "u" else s[:-1] + "oo" if s.endswith("u") else s.replace("hyeo", "hyu") for s in syllables]
    return {"".join(syllables), "".join(popular)}


def romanize(name: str, locale: str, given: bool = True) -> set[str]:
    """Latin spellings of a Cyrillic name or a Korean given name (lower
    case); the name itself otherwise. Korean surnames are left out: their
    usual spellings are not the romanization ("박" Park, "이" Lee)."""
    lower = name.lower()
    if locale == "ko_KR":
        return romanize_korean(lower) if given else set()
    if not any("\u0400" <= c <= "\u04ff" for c in lower):
        return {lower}
    if locale not in _CYRILLIC_LOCALES:
        return set()
    table = _BY_LOCALE.get(locale, _CYRILLIC)
    strict = "".join(table.get(c, c) for c in lower)
    common = "".join(table.get(c, c) for c in re.sub("ий$", "ы", re.sub("ия$", "иа", lower)))
    return {strict, common}


# Japanese and Chinese providers also carry their names romanized ("Haruka", "Xiuying").
FIRST_NAME_ATTRIBUTES = (
    "first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
    "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female",
)
LAST_NAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female", "last_names_nonbinary", "last_romanized_names")


def faker_names(root: Path, attributes: tuple[str, ...], prefix: str = "") -> set[str]:
    """The names under `attributes` of every locale's person provider (those
    whose name starts with `prefix`), split at spaces and hyphens
    ("Obi-Nwosu"), romanized and folded."""
    sys.path.insert(0, str(root))
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if not module.name.startswith(prefix):
            continue
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in attributes:
            values = next((klass.__dict__[attribute] for klass in provider.__mro__ if attribute in klass.__dict__), None)
            if values is None or isinstance(values, property):
                continue
            for name in values.keys() if isinstance(values, dict) else values:
                for part in re.split(r"[ \-]", name):
                    names.update(fold(spelling) for spelling in romanize(part, module.name, attributes is FIRST_NAME_ATTRIBUTES))
    return {name for name in names if re.fullmatch(r"[a-z][a-z']+[a-z]", name)}


def word_ranks(root: Path) -> dict[str, dict[str, int]]:
    """Language -> {word: rank} for the most frequent words of each list."""
    ranks = {}
    for language in LANGUAGES:
        counts = json.load(gzip.open(root / "spellchecker" / "resources" / f"{language}.json.gz"))
        top = sorted(counts, key=counts.__getitem__, reverse=True)[:COMMON_WORDS_PER_LANGUAGE]
        ranks[language] = {word: rank for rank, word in enumerate(top)}
    return ranks


def own_language_names(root: Path, ranks: dict[str, dict[str, int]]) -> set[str]:
    """Given names that a language's word list holds only because its texts
    name people: "matteo" ranks 16,939th in Italian. Such a name stays when
    no other list (English included) holds it, it ranks below
    ``OWN_NAME_MIN_RANK`` (function words and everyday words rank above),
    and that language's own Faker locales list it as a given name."""
    kept: set[str] = set()
    for language in LANGUAGES:
        if language == "en":
            continue
        own = faker_names(root, FIRST_NAME_ATTRIBUTES, prefix=f"{language}_")
        for name in own:
            holders = [other for other in LANGUAGES if name in ranks[other]]
            if holders == [language] and ranks[language][name] >= OWN_NAME_MIN_RANK:
                kept.add(name)
    return kept


def english_words(root: Path, names: set[str]) -> set[str]:
    """The 20,000 most frequent English words that no name list holds, three
    letters or more: "Improved" or "Secret" next to a known name is a word."""
    counts = json.load(gzip.open(root / "spellchecker" / "resources" / "en.json.gz"))
    top = sorted(counts, key=counts.__getitem__, reverse=True)[:ENGLISH_WORDS]
    return {word for word in top if word.isascii() and word.isalpha() and len(word) >= 3 and word not in names}


def main(wheels: Path) -> None:
    sys.path.insert(0, str(HERE.parents[2]))
    from hushgate.detection.names import NOT_NAMES

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for wheel in wheels.glob("*.whl"):
            if wheel.name.startswith(("faker-", "Faker-", "pyspellchecker-")):
                zipfile.ZipFile(wheel).extractall(root)
        ranks = word_ranks(root)
        common = {word for words in ranks.values() for word in words} | NOT_NAMES | _ENGLISH_WORDS
        census = set((HERE / "first_names.txt").read_text(encoding="utf-8").split())
        names = faker_names(root, FIRST_NAME_ATTRIBUTES) - census - (common - own_language_names(root, ranks))
        census_surnames = set((HERE / "surnames.txt").read_text(encoding="utf-8").split())
        # Three letters or more: two-letter surnames ("Le", "Vu", "Do") are
        # particles and words as often as names.
        surnames = {name for name in faker_names(root, LAST_NAME_ATTRIBUTES) - census_surnames - common if len(name) >= 3}
        every_name = census | names | census_surnames | surnames
        words = english_words(root, every_name)
    (HERE / "first_names_world.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    (HERE / "surnames_world.txt").write_text("\n".join(sorted(surnames)) + "\n", encoding="utf-8")
    (HERE / "common_words.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(names)} given names, {len(surnames)} surnames, {len(words)} common words")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
