"""A reported person's name, repeated alone: "I supervised Hiroshi Grünewald
for three years. Hiroshi was reliable."

Once a full name is reported, each of its words that is itself a name (not
an everyday or ambiguous word: "Will", "Grace") names the same person
wherever it stands alone, capitalised, in the same text. Nothing is kept
between calls: the words come from this text's findings only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from hushgate.detection.findings import Candidate
from hushgate.detection.names import AMBIGUOUS_FIRST, common_words, name_key
from hushgate.detection.recognizers.letters import LETTER, UPPER

_NAME_WORD = re.compile(rf"[{UPPER}][{LETTER}'\-]{{2,30}}")
REPEAT_SCORE = 0.6
# Characters searched (names x text length) before one scan of the text's
# capitalised words picks the names worth searching for.
_FIND_BUDGET = 400_000


def with_repeated_names(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """`resolved` (non-overlapping, in text order) plus a PERSON candidate
    for every lone repetition of a word of its multi-word PERSON findings
    that overlaps no finding."""
    words: dict[str, str] = {}
    for person in resolved:
        if person.entity_type != "PERSON" or " " not in text[person.start : person.end].strip():
            continue
        for match in _NAME_WORD.finditer(text, person.start, person.end):
            word = match.group()
            key = name_key(word)
            if not word.isupper() and key not in AMBIGUOUS_FIRST and key not in common_words():
                words[word] = person.recognizer
    if not words:
        return resolved
    if len(words) * len(text) > _FIND_BUDGET:
        # Many names in a long text (a 64 KB export): one scan of its
        # capitalised words says which names occur more often than in their
        # own findings, and only those are searched for.
        seen = Counter(map(_without_possessive, _NAME_WORD.findall(text)))
        within = Counter(
            _without_possessive(word) for person in resolved if person.entity_type == "PERSON" for word in _NAME_WORD.findall(text, person.start, person.end)
        )
        words = {word: recognizer for word, recognizer in words.items() if seen[word] > within[word]}
    starts = [c.start for c in resolved]
    repeats: list[Candidate] = []
    for word, recognizer in words.items():
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            alone = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
            if alone and not _overlaps(resolved, starts, at, end):
                repeats.append(Candidate("PERSON", at, end, REPEAT_SCORE, recognizer))
            at = text.find(word, end)
    if not repeats:
        return resolved
    return sorted(resolved + repeats, key=lambda c: c.start)


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def _overlaps(resolved: list[Candidate], starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps one of the sorted, disjoint `resolved`."""
    index = bisect_right(starts, start) - 1
    if index >= 0 and resolved[index].end > start:
        return True
    return index + 1 < len(resolved) and resolved[index + 1].start < end
