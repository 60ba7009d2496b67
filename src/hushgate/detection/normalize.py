"""The normalized view that recognizers match on, with a map back to the
original offsets.

Obfuscation such as ``123‑45‑6789`` (non-breaking hyphens), zero-width joiners
inside a card number or full-width digits must not hide an identifier, so
patterns run over a view where those are folded away. Findings are then mapped
back so the caller redacts exactly the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Invisible characters that attackers (or copy/paste) put inside identifiers.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    # Piecewise map to the original: segment i starts at normalized offset
    # norm_starts[i] and original offset orig_starts[i]; a "copy" segment maps
    # one to one, an expansion (one original char -> several) maps all its
    # characters to the same original char. Empty when the view is the
    # original itself (the common case).
    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    copies: tuple[bool, ...]
    original_length: int

    def _origin(self, position: int) -> int:
        i = bisect_right(self.norm_starts, position) - 1
        if i < 0:
            return position
        if self.copies[i]:
            return self.orig_starts[i] + (position - self.norm_starts[i])
        return self.orig_starts[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if not self.norm_starts:
            return start, end
        if end <= start:
            position = self._origin(start) if start < len(self.text) else self.original_length
            return position, position
        return self._origin(start), self._origin(end - 1) + 1


def _fold(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if char in _DASHES:
        return "-"
    # Per-character NFKC keeps a 1:n mapping we can invert; it differs from
    # whole-string NFKC only for combining sequences, which never occur
    # inside the identifiers we look for.
    folded = unicodedata.normalize("NFKC", char)
    if folded and folded[0] in _DASHES:
        return "-"
    return folded


def normalize(text: str) -> NormalizedText:
    if text.isascii():
        return NormalizedText(text, (), (), (), len(text))
    pieces: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    copies: list[bool] = []
    copied_from = 0  # original offset where the pending copy segment starts
    out_length = 0
    # Only non-ASCII characters can change; most (é, ü, ł) are NFKC-stable.
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        char = text[index]
        if char not in _INVISIBLE and char not in _DASHES and unicodedata.is_normalized("NFKC", char):
            continue
        folded = _fold(char)
        if folded == char:
            continue
        if index > copied_from:
            norm_starts.append(out_length)
            orig_starts.append(copied_from)
            copies.append(True)
            pieces.append(text[copied_from:index])
            out_length += index - copied_from
        if folded:
            norm_starts.append(out_length)
            orig_starts.append(index)
            copies.append(len(folded) == 1)
            pieces.append(folded)
            out_length += len(folded)
        copied_from = index + 1
    if not norm_starts and copied_from == 0:
        return NormalizedText(text, (), (), (), len(text))
    if copied_from < len(text):
        norm_starts.append(out_length)
        orig_starts.append(copied_from)
        copies.append(True)
        pieces.append(text[copied_from:])
    return NormalizedText("".join(pieces), tuple(norm_starts), tuple(orig_starts), tuple(copies), len(text))


def ascii_lower(text: str) -> str:
    """Lower-case for keyword matching, guaranteed to keep every offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. 'İ') lower-case to two code points; keep them
    # as-is so offsets stay aligned.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
