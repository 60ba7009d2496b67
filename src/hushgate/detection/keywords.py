"""One pass over the lower-cased text for every context keyword.

Recognizers declare context words ("dob", "routing number", ...). Instead of
one regex per word, all of them are compiled into a single trie-shaped
alternation, so finding every keyword costs one C-level scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Generator, Iterable

from hushgate.detection.alternation import one_of


def is_word_char(char: str) -> bool:
    return char.isalnum()


class KeywordIndex:
    """Keyword hits in one text, in text order."""

    __slots__ = ("_ends", "_starts", "_words", "_by_word")

    def __init__(self, starts: list[int], ends: list[int], words: list[str]) -> None:
        self._starts = starts
        self._ends = ends
        self._words = words
        self._by_word: dict[str, list[int]] | None = None

    def near(self, words: frozenset[str], start: int, end: int, before: int, after: int) -> bool:
        """True if one of `words` ends within `before` chars before `start`,
        or starts within `after` chars after `end`."""
        ends = self._ends
        i = bisect_left(ends, start - before)
        hits = self._words
        while i < len(ends) and ends[i] <= start:
            if hits[i] in words:
                return True
            i += 1
        if after:
            starts = self._starts
            j = bisect_left(starts, end)
            while j < len(starts) and starts[j] <= end + after:
                if hits[j] in words:
                    return True
                j += 1
        return False

    def last_before(self, words: frozenset[str], start: int, before: int) -> int:
        """The position in text order of the last hit of one of `words` that
        ends within `before` chars before `start`; -1 if there is none."""
        ends = self._ends
        hits = self._words
        i = bisect_right(ends, start) - 1
        while i >= 0 and ends[i] >= start - before:
            if hits[i] in words:
                return i
            i -= 1
        return -1

    def starts_of(self, words: frozenset[str]) -> list[int]:
        """Start offsets (ascending) of hits of any of the words."""
        return [s for s, w in zip(self._starts, self._words) if w in words]

    def hits(self) -> zip:
        """(start, word) of every hit, in text order."""
        return zip(self._starts, self._words)

    def has(self, word: str) -> bool:
        return word in self._words


class KeywordScanner:
    """Compiled scanner for a fixed keyword set."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w.lower() for w in words if w)
        # Both word boundaries are checked inside the regex (in C): a failed
        # right boundary backtracks to a shorter keyword ("date" in "date of").
        # Longest first: where keywords nest ("date", "date of birth"), the
        # longest one that ends at a word boundary wins.
        trie = one_of(sorted(self.words, key=lambda w: (-len(w), w))) if self.words else ""
        self._regex = re.compile("(?<![a-z0-9])" + trie + "(?![a-z0-9])") if self.words else None
        # A whole text is scanned from the character before each keyword
        # instead: a class the regex engine skips to in C, where a leading
        # look-behind is tried at every position. Same hits for keywords that
        # start with a letter or digit (a hit never starts inside the previous
        # one); the text's first position is tried on its own. The few other
        # keywords ("âge", "患者", "उम्र") are scanned apart, and only in texts
        # that contain one: in the same trie their characters made every
        # attempt slower (a 30 % slower pass over ASCII text).
        self._gated: re.Pattern[str] | None = None
        self._at_start: re.Pattern[str] | None = None
        self._ungated: re.Pattern[str] | None = None
        self._ungated_words = tuple(sorted(w for w in self.words if not (w[0].isascii() and w[0].isalnum())))
        gated_words = sorted(self.words - set(self._ungated_words), key=lambda w: (-len(w), w))
        if gated_words:
            gated_trie = one_of(gated_words)
            self._gated = re.compile("[^a-z0-9](" + gated_trie + ")(?![a-z0-9])")
            self._at_start = re.compile(gated_trie + "(?![a-z0-9])")
        # Their first characters: one fast test each (most of them cannot occur
        # at all in a text of Latin characters).
        self._ungated_firsts = tuple(sorted({w[0] for w in self._ungated_words}))
        if self._ungated_words:
            # Their start is checked in Python: a leading look-behind would be tried at every position.
            self._ungated = re.compile(one_of(sorted(self._ungated_words, key=lambda w: (-len(w), w))) + "(?![a-z0-9])")
        self._longest = max((len(w) for w in self.words), default=0)

    def scan(self, lower: str) -> KeywordIndex:
        steps = self.scan_steps(lower, len(lower) + 1)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def _add_ungated(self, lower: str, starts: list[int], ends: list[int], words: list[str]) -> None:
        """Merge the hits of the keywords that start outside a-z0-9 into the
        others, in text order; where two overlap, the one that starts first
        stays (as in one scan)."""
        extra: list[tuple[int, int, str]] = []
        search = self._ungated.search  # type: ignore[union-attr]
        position = 0
        while (match := search(lower, position)) is not None:
            start = match.start()
            if start == 0 or not (lower[start - 1].isascii() and lower[start - 1].isalnum()):
                extra.append((start, match.end(), match.group()))
                position = match.end()
            else:
                # Not at a word start: a keyword it ends with may still be ("1रोगी का नाम" holds "नाम").
                position = start + 1
        if not extra:
            return
        merged = sorted([*zip(starts, ends, words), *extra])
        starts.clear()
        ends.clear()
        words.clear()
        last_end = 0
        for start, end, word in merged:
            if start < last_end:
                continue
            starts.append(start)
            ends.append(end)
            words.append(word)
            last_end = end

    def scan_steps(self, lower: str, slice_chars: int) -> Generator[None, None, KeywordIndex]:
        """``scan`` in slices of about `slice_chars`, yielding between slices."""
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        if self._regex is None:
            return KeywordIndex(starts, ends, words)
        length = len(lower)
        if slice_chars >= length:
            # One slice: the whole text in one scan.
            if self._gated is not None and self._at_start is not None:
                resume = 0
                first = self._at_start.match(lower)
                if first is not None:
                    resume = first.end()
                    starts.append(0)
                    ends.append(resume)
                    words.append(first.group())
                for match in self._gated.finditer(lower, resume):
                    start, end = match.span(1)
                    starts.append(start)
                    ends.append(end)
                    words.append(match.group(1))
            if self._ungated is not None and not lower.isascii() and any(c in lower for c in self._ungated_firsts):
                self._add_ungated(lower, starts, ends, words)
            return KeywordIndex(starts, ends, words)
        position = 0
        while position < length:
            stop = min(length, position + slice_chars)
            # Let a keyword that starts before `stop` finish past it.
            for match in self._regex.finditer(lower, position, min(length, stop + self._longest + 1)):
                start, end = match.span()
                if start >= stop:
                    break
                position = end
                # endpos hides what follows the slice: re-check a keyword cut there.
                if end == stop + self._longest + 1 and end < length and lower[end].isalnum():
                    continue
                starts.append(start)
                ends.append(end)
                words.append(match.group())
            position = max(position, stop)
            if position < length:
                yield
        return KeywordIndex(starts, ends, words)
