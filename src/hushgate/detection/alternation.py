"""Word lists as regex alternations that CPython's regex engine tries fast.

``(?:Street|St|Avenue|...)`` costs one quick first-character test per
branch every time the alternation is tried (~70 for the street suffixes,
~150 for the person keywords), and the scans try these lists at hundreds of
positions per prompt. Written as a trie, ``(?:S(?:t(?:reet|)|...)|A...)``,
an attempt costs about the length of the word instead.

The trie matches exactly what the flat list matches, with the same choice
among words: the first word that leads to an overall match is the same word.
Words that continue with different characters cannot both match at one
position, so they may be regrouped freely; a word that ends where longer
ones go on (an empty branch) keeps its place among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def one_of(words: Iterable[str]) -> str:
    """A non-capturing alternation of the literal `words`, tried in order."""
    words = list(words)
    if not all(words):
        raise ValueError("empty word in an alternation")
    return "(?:" + "|".join(_branches(words)) + ")"


def _branches(rests: list[str]) -> list[str]:
    """The branches for what follows a shared prefix ("" where a word ends)."""
    if "" in rests:
        # A word that ends here can match along with any longer one: the
        # words before it are tried before it, those after it after it.
        cut = rests.index("")
        return [*_branches(rests[:cut]), "", *_branches([rest for rest in rests[cut + 1 :] if rest])]
    # No word ends here: branches starting with different characters cannot
    # both match, so grouping by first character keeps the order that matters.
    groups: dict[str, list[str]] = {}
    for rest in rests:
        groups.setdefault(rest[0], []).append(rest[1:])
    return [
        re.escape(first + tails[0]) if len(tails) == 1 else re.escape(first) + "(?:" + "|".join(_branches(tails)) + ")"
        for first, tails in groups.items()
    ]
