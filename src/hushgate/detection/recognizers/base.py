"""Base class of Hushgate recognizers.

Recognizers are Presidio ``PatternRecognizer`` subclasses: they declare
``Pattern`` objects, context words and ``validate_result`` exactly as Presidio
expects, so each one also runs unchanged inside a stock ``AnalyzerEngine``.
Hushgate's own engine (``hushgate.detection.engine``) does not use Presidio's
per-recognizer analyze loop; it compiles the patterns once, scans, and asks the
recognizer to turn each regex match into candidates via ``propose``.

Conventions the engine relies on:

* Every regex starts with a literal or a single character class, so CPython's
  regex engine can skip ahead in C to possible starts (this is what makes a
  few dozen scans cost well under a millisecond on 4 KB).
* Quantifiers are bounded: no nested unbounded repetition (ReDoS, SEC-15).
* ``LOWER_PATTERNS`` run on the lower-cased text; they are keyword-led
  ("mrn: ...") and capture the value in a group named ``v``.
* Word boundaries are checked in Python (``propose``), not with ``\\b`` or
  look-behind at the start of the pattern, which would defeat the skip-ahead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

from hushgate.detection.findings import Candidate


class Recognizer(PatternRecognizer):
    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    LOWER_PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    # Words that make a match less likely to be this entity ("order #").
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    # Added to the score when a context word is near (Presidio's default
    # similarity factor is 0.35; ours is per recognizer).
    CONTEXT_BOOST: ClassVar[float] = 0.4
    NEGATIVE_PENALTY: ClassVar[float] = 0.4
    # JSON keys (normalized: lower case, no separators) whose string value is
    # this entity when it passes ``value_ok``.
    FIELD_NAMES: ClassVar[tuple[str, ...]] = ()
    FIELD_SCORE: ClassVar[float] = 0.85
    # Whether the characters next to a match may be letters/digits.
    CHECK_BOUNDARIES: ClassVar[bool] = True
    REGEX_FLAGS: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            # Presidio sees every pattern (keyword-led ones are lower-case, so
            # they are only meaningful to it with IGNORECASE).
            patterns=[*self.PATTERNS, *self.LOWER_PATTERNS],
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE | self.REGEX_FLAGS,
        )
        self.compiled: tuple[tuple[re.Pattern[str], Pattern], ...] = tuple(
            (re.compile(p.regex, self.REGEX_FLAGS), p) for p in self.PATTERNS
        )
        self.compiled_lower: tuple[tuple[re.Pattern[str], Pattern], ...] = tuple(
            (re.compile(p.regex), p) for p in self.LOWER_PATTERNS
        )

    # --- hooks -------------------------------------------------------------

    def validate_result(self, pattern_text: str) -> bool | None:
        """Presidio hook: False rejects the match; None/True keep it."""
        return None

    def value_ok(self, value: str) -> bool:
        """Whether a whole JSON string value is this entity (field rules)."""
        return self.validate_result(value.strip()) is not False

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        """Turn one regex match into candidates (default: validate the span)."""
        if "v" in match.re.groupindex:
            start, end = match.span("v")
            if start < 0:
                return
        else:
            start, end = match.span()
        if self.CHECK_BOUNDARIES and not bounded(text, start, end):
            return
        if self.validate_result(text[start:end]) is False:
            return
        yield self.candidate(start, end, pattern.score)

    def propose_many(self, text: str, matches: Iterable[re.Match[str]], pattern: Pattern, out: list[Candidate]) -> None:
        """``propose`` for every match of one scan, appending to `out` (one
        call per scan instead of one generator per match; recognizers with a
        hot pattern override it with an inlined loop)."""
        propose = self.propose
        for match in matches:
            out.extend(propose(text, match, pattern))

    def candidate(self, start: int, end: int, score: float) -> Candidate:
        return Candidate(self.ENTITY, start, end, score, self.name, self.CONTEXT)


def bounded(text: str, start: int, end: int) -> bool:
    """True if the span is not glued to letters or digits on either side."""
    if start > 0 and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end].isalnum():
        return False
    return True


def digits_only(value: str) -> str:
    return "".join(c for c in value if c.isdigit())
