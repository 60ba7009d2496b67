"""Letter classes for names written in Latin script, as regex class bodies."""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain


def _latin_letters(case: Callable[[str], bool]) -> str:
    """The letters of Latin Extended-A and -B and Latin Extended Additional
    (Polish, Czech, Turkish, Romanian, Vietnamese... names) in one case."""
    return "".join(c for c in map(chr, chain(range(0x100, 0x250), range(0x1E00, 0x1F00))) if c.isalpha() and case(c))


UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + _latin_letters(str.isupper)
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff" + _latin_letters(str.islower)
LETTER = UPPER + LOWER
