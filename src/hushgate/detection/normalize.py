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
from dataclasses import dataclass

# Invisible characters that attackers (or copy/paste) put inside identifiers.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# Only text that contains one of these (or is not NFKC-stable) needs the slow path.
_SUSPECT = re.compile("[" + "".join(sorted(_INVISIBLE | _DASHES)) + "]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    # original index of every normalized character; None when the view is
    # the original text itself (the common, fast case)
    origin: tuple[int, ...] | None
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if self.origin is None:
            return start, end
        if end <= start:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> NormalizedText:
    if text.isascii():
        return NormalizedText(text, None, len(text))
    if _SUSPECT.search(text) is None and unicodedata.is_normalized("NFKC", text):
        return NormalizedText(text, None, len(text))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            chars.append(char)
            origin.append(index)
            continue
        if char in _INVISIBLE:
            continue
        if char in _DASHES:
            folded = "-"
        else:
            # Per-character NFKC keeps a 1:n mapping we can invert; it differs
            # from whole-string NFKC only for combining sequences, which never
            # occur inside the identifiers we look for.
            folded = unicodedata.normalize("NFKC", char)
            if folded and folded[0] in _DASHES:
                folded = "-"
        for piece in folded:
            chars.append(piece)
            origin.append(index)
    return NormalizedText("".join(chars), tuple(origin), len(text))


def ascii_lower(text: str) -> str:
    """Lower-case for keyword matching, guaranteed to keep every offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. 'İ') lower-case to two code points; keep them
    # as-is so offsets stay aligned.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
