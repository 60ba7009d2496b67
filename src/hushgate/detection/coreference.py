"""A reported person's name, repeated alone: "I supervised Hiroshi Grünewald
for three years. Hiroshi was reliable."

Once a full name is reported, each of its words that is itself a name (not
an everyday or ambiguous word: "Will", "Grace") names the same person
wherever it stands alone, capitalised, in the same text. Nothing is kept
between calls: the words come from this text's findings only.

Lone known first names were already proposed by the PERSON recognizer,
below the threshold (a first name alone needs context): those candidates
are the repetitions, found without another look at the text. Other words
(surnames) are searched for, within a budget of characters per text (so a
64 KB export with hundreds of names does not pay for each one).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from hushgate.detection.findings import Candidate
from hushgate.detection.names import (
    AMBIGUOUS_FIRST,
    ORG_WORDS,
    common_words,
    first_names,
    name_key,
)
from hushgate.detection.recognizers.letters import LETTER, UPPER

_NAME_WORD = re.compile(rf"[{UPPER}][{LETTER}'\-]{{2,30}}")
# What follows a firm named after a person: "Lopez Foods", "Lopez & Sons", "Lopez, Inc.".
_FIRM_AFTER = re.compile(rf"(?:[ ]{{1,2}}|,[ ])(?P<w>[{UPPER}][{LETTER}]+)|[ ]&[ ][{UPPER}]")
REPEAT_SCORE = 0.6
# Characters searched for surnames (surnames x text length), at most.
FIND_BUDGET = 64_000


def with_repeated_names(text: str, resolved: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """`resolved` (non-overlapping, in text order) plus a PERSON candidate
    for every lone repetition of a word of its multi-word PERSON findings
    that overlaps no finding. `candidates` are all the call's candidates,
    those below the threshold included."""
    words: dict[str, str] = {}
    for person in resolved:
        if person.entity_type != "PERSON":
            continue
        parts = text[person.start : person.end].split()
        if len(parts) > 1:
            for part in parts:
                word = part.strip(",.")
                if word not in words and _NAME_WORD.fullmatch(word) and not word.isupper():
                    words[word] = person.recognizer
    common = common_words()
    words = {word: recognizer for word, recognizer in words.items() if (key := name_key(word)) not in AMBIGUOUS_FIRST and key not in common}
    if not words:
        return resolved
    starts = [c.start for c in resolved]
    repeats: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int, recognizer: str) -> None:
        if (start, end) not in repeats and not _overlaps(resolved, starts, start, end) and not _names_a_firm(text, end):
            repeats[start, end] = Candidate("PERSON", start, end, REPEAT_SCORE, recognizer)

    firsts = first_names()
    for candidate in candidates:
        if candidate.entity_type == "PERSON" and candidate.end - candidate.start <= 32:
            recognizer = words.get(text[candidate.start : candidate.end])
            if recognizer is not None:
                add(candidate.start, candidate.end, recognizer)
    others = [word for word in words if name_key(word) not in firsts]
    if others and len(others) * len(text) <= FIND_BUDGET:
        for word in others:
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                    add(at, end, words[word])
                at = text.find(word, end)
    if not repeats:
        return resolved
    return sorted(resolved + list(repeats.values()), key=attrgetter("start"))


def _names_a_firm(text: str, end: int) -> bool:
    """Whether the name word ending at `end` starts a firm's name: "Maria
    Lopez ... Lopez Foods shipped it" is the company, not Maria."""
    firm = _FIRM_AFTER.match(text, end)
    return firm is not None and (firm.group("w") is None or firm.group("w").lower() in ORG_WORDS)


def _overlaps(resolved: list[Candidate], starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps one of the sorted, disjoint `resolved`."""
    index = bisect_right(starts, start) - 1
    if index >= 0 and resolved[index].end > start:
        return True
    return index + 1 < len(resolved) and resolved[index + 1].start < end
