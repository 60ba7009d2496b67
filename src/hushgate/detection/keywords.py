"""One pass over the lower-cased text for every context keyword.

Recognizers declare context words ("dob", "routing number", ...). Instead of
one regex per word, all of them are compiled into a single trie-shaped
alternation, so finding every keyword costs one C-level scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = []
        optional = "" in node
        for char in sorted(k for k in node if k):
            branches.append(re.escape(char) + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional tail: the longest keyword wins ("date of birth" over "date").
        return f"(?:{body})?" if optional else body

    return emit(trie)


def is_word_char(char: str) -> bool:
    return char.isalnum()


class KeywordIndex:
    """Positions of every keyword in one text (end offsets, sorted)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ends: dict[str, list[int]], starts: dict[str, list[int]]) -> None:
        self._ends = ends
        self._starts = starts

    def near(self, words: Iterable[str], start: int, end: int, before: int, after: int) -> bool:
        """True if a keyword ends within `before` chars before `start`, or
        starts within `after` chars after `end`."""
        for word in words:
            ends = self._ends.get(word)
            if not ends:
                continue
            i = bisect_left(ends, start - before)
            if i < len(ends) and ends[i] <= start:
                return True
            if after:
                starts = self._starts[word]
                j = bisect_left(starts, end)
                if j < len(starts) and starts[j] <= end + after:
                    return True
        return False

    def starts_of(self, words: Iterable[str]) -> list[int]:
        """Sorted start offsets of any of the words."""
        starts: list[int] = []
        for word in words:
            found = self._starts.get(word)
            if found:
                starts.extend(found)
        if len(starts) > 1:
            starts.sort()
        return starts

    def has(self, word: str) -> bool:
        return bool(self._ends.get(word))


class KeywordScanner:
    """Compiled scanner for a fixed keyword set."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w.lower() for w in words if w)
        self._regex = re.compile(_trie_regex(self.words)) if self.words else None

    def scan(self, lower: str) -> KeywordIndex:
        ends: dict[str, list[int]] = {}
        starts: dict[str, list[int]] = {}
        if self._regex is None:
            return KeywordIndex(ends, starts)
        length = len(lower)
        for match in self._regex.finditer(lower):
            start, end = match.span()
            if start > 0 and lower[start - 1].isalnum():
                continue
            if end < length and lower[end].isalnum():
                continue
            word = match.group()
            ends.setdefault(word, []).append(end)
            starts.setdefault(word, []).append(start)
        return KeywordIndex(ends, starts)
