"""Word lists as regex alternations that CPython's regex engine tries fast.

``(?:Street|St|Avenue|...)`` costs one quick first-character test per
branch every time the alternation is tried (~70 for the street suffixes,
25 for month names), and the fused scans try these lists at hundreds of
positions per prompt. Grouping the words by first character,
``(?:S(?:treet|t|...)|A(?:venue|ve|...)|...)``, leaves one test per distinct
first character.

The grouping matches exactly what the flat list matches, with the same
choice among words: branches with different first characters cannot both
match at one position, and within a group the words keep their order, so the
first word that leads to an overall match is the same word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def one_of(words: Iterable[str]) -> str:
    """A non-capturing alternation of the literal `words`, tried in order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("empty word in an alternation")
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = []
    for first, rests in groups.items():
        head = re.escape(first)
        branches.append(head + rests[0] if len(rests) == 1 else head + "(?:" + "|".join(rests) + ")")
    return "(?:" + "|".join(branches) + ")"
