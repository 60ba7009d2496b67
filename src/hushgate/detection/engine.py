"""The detection engine: normalize, scan, validate candidates, score with
context, apply thresholds, resolve overlaps, map back to original offsets.

Presidio's ``AnalyzerEngine`` runs every recognizer's regexes through its own
loop and builds NLP artifacts per call; at gateway rates that dominates the
request. Here the recognizers' patterns are compiled once into a few fused
scans (``scanplan.py``: one pass per token family, each skipping ahead in C
to possible starts), and Python only sees candidates. All state built in
``__init__`` is read-only afterwards, so one ``Detector`` is shared by every
thread and task.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Generator
from itertools import islice
from operator import itemgetter

from hushgate.detection.cda import cda_candidates
from hushgate.detection.config import DetectionConfig
from hushgate.detection.coreference import REPEAT_SCORE, with_repeated_names
from hushgate.detection.fhir import fhir_candidates, fhir_period_candidates
from hushgate.detection.fields import PLACE_KEYS, FieldRules, field_words, normalize_field_name, pair_candidates
from hushgate.detection.findings import ENTITY_TYPES, Candidate, Finding
from hushgate.detection.hl7 import hl7_candidates
from hushgate.detection.keywords import KeywordIndex, KeywordScanner
from hushgate.detection.layout import closing_signature, names_above_addresses, streets_above_towns, towns_after_streets, towns_below_addresses
from hushgate.detection.names import first_names, surnames
from hushgate.detection.sql import sql_candidates
from hushgate.detection.swift_mt import swift_candidates
from hushgate.detection.spoken import KEYWORDS as SPOKEN_KEYWORDS
from hushgate.detection.spoken import spoken_candidates
from hushgate.detection.tables import table_candidates
from hushgate.detection.x12 import x12_candidates
from hushgate.detection.normalize import ascii_lower, normalize
from presidio_analyzer import Pattern

from hushgate.detection.recognizers import Recognizer, default_recognizers
from hushgate.detection.recognizers.dates import share_range_context
from hushgate.detection.recognizers.keyed import KeyedPattern
from hushgate.detection.resolve import resolve_overlaps
from hushgate.detection.scanplan import plan

# Context after a candidate ("4111... (Visa)") counts within this many chars.
_CONTEXT_AFTER = 24
# adetect yields to the event loop at least every this many regex matches.
_STEP_MATCHES = 50
_STEP_CANDIDATES = 500
_STEP_CHARS = 8192
# Patterns led by an alternation of literals with at most this many
# occurrences of them are tried anchored there instead of scanned.
_FEW_LITERALS = 8
_NEGATIVE_WINDOW = 24
def _anchored_matches(compiled: re.Pattern[str], text: str, literals: tuple[str, ...]) -> list[re.Match[str]] | None:
    """``compiled.finditer(text)`` for a pattern whose every match starts with
    one of `literals`: anchored attempts at their occurrences, in order,
    skipping occurrences inside the previous match. None if the literals
    occur more than ``_FEW_LITERALS`` times (then a scan is cheaper)."""
    positions: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            positions.append(at)
            if len(positions) > _FEW_LITERALS:
                return None
            at = text.find(literal, at + 1)
    if not positions:
        return []
    if len(literals) > 1:
        # One literal's occurrences come in order already.
        positions = sorted(set(positions))
    matches = []
    resume = 0
    for at in positions:
        if at < resume:
            continue
        match = compiled.match(text, at)
        if match is not None:
            matches.append(match)
            # finditer resumes at the end of a match (one further after an empty one).
            resume = match.end() if match.end() > at else at + 1
    return matches


# What may follow a context word in a longer keyword that still only names
# the same thing: "member id", "zip_code", "mr.", "ssn#" (not "driver's
# license" or "account holder", which are about something else).
_QUALIFIER = re.compile(r"(?:[ _\-/]?(?:number|num|nbr|no\.?|id|#|code)|\.)")
# A word followed by a preposition or a colon is the same word in a phrase:
# "born on", "seen by", "dob:".
_PHRASAL = re.compile(r"[ ](?:on|in|at|by|to|with|of|for|from)|:")


def _with_qualified(words: tuple[str, ...], keywords: frozenset[str], own: frozenset[str] = frozenset()) -> frozenset[str]:
    """`words` and the keywords that are one of them plus a qualifier or in
    a phrase ("member id", "born on", "dob:"), and the recognizer's `own`
    trigger keywords that extend one of them ("birth date" for "birth",
    "policy holder" for "policy")."""
    lowered = {w.lower() for w in words}
    longer = {
        k
        for k in keywords
        for w in lowered
        if len(k) > len(w)
        and k.startswith(w)
        and (_QUALIFIER.fullmatch(k, len(w)) or _PHRASAL.fullmatch(k, len(w)) or (k in own and not k[len(w)].isalnum()))
    }
    return frozenset(lowered | longer)


def _trigger_words(recognizer: Recognizer) -> frozenset[str]:
    """The keywords that lead `recognizer`'s own keyword-led patterns."""
    return frozenset(w for _, p in recognizer.compiled_lower if isinstance(p, KeyedPattern) for w in p.keywords)


class Detector:
    """Finds identifiers in one text value. Stateless per call, thread-safe."""

    def __init__(self, config: DetectionConfig | None = None) -> None:
        self.config = config or DetectionConfig()
        recognizers = [
            r for r in default_recognizers(self.config.mrn_patterns, self.config.phone_regions) if self.config.is_enabled(r.ENTITY)
        ]
        self._recognizers: tuple[Recognizer, ...] = tuple(recognizers)
        # Identical regexes (SSN and ITIN share theirs) are scanned once and
        # each match is handed to every recognizer that declared it.
        shared: dict[tuple[str, int], list[tuple[Pattern, Recognizer]]] = {}
        compiled_by_key: dict[tuple[str, int], re.Pattern[str]] = {}
        for r in recognizers:
            for compiled, pattern in r.compiled:
                key = (compiled.pattern, compiled.flags)
                shared.setdefault(key, []).append((pattern, r))
                compiled_by_key[key] = compiled
        self._scans = tuple((compiled_by_key[key], tuple(users)) for key, users in shared.items())
        # Digit-led and upper-case-led patterns are scanned in one pass per
        # family; the others (literal-led) only when their literal occurs.
        self._families, self._literal_scans = plan(self._scans)
        self._lower_scans = tuple(
            (compiled, pattern, r) for r in recognizers for compiled, pattern in r.compiled_lower
            if not isinstance(pattern, KeyedPattern)
        )
        # Every recognizer's context and keywords, and the words spoken identifiers are made of.
        self._keywords = KeywordScanner(
            [
                *(
                    word
                    for r in recognizers
                    for word in (*r.CONTEXT, *r.NEGATIVE_CONTEXT, *(w for _, p in r.compiled_lower if isinstance(p, KeyedPattern) for w in p.keywords))
                ),
                *SPOKEN_KEYWORDS,
            ]
        )
        # Keyword-led patterns are anchored at the hits of the shared keyword
        # pass. The pass reports the longest keyword at a position ("dr." of
        # a context list over the trigger "dr"), so a pattern anchors at every
        # keyword that starts with one of its own.
        self._keyed_scans = tuple(
            (compiled, pattern, r, frozenset(w for w in self._keywords.words if w.startswith(pattern.keywords)))
            for r in recognizers
            for compiled, pattern in r.compiled_lower
            if isinstance(pattern, KeyedPattern)
        )
        # Keyword hit -> the keyword-led patterns anchored at it, so one walk
        # over the hits serves every pattern.
        by_word: dict[str, list[tuple[re.Pattern[str], Pattern, Recognizer]]] = {}
        for compiled, pattern, r, anchors in self._keyed_scans:
            for word in anchors:
                by_word.setdefault(word, []).append((compiled, pattern, r))
        self._keyed_by_word = {word: tuple(users) for word, users in by_word.items()}
        # Spoken-identifier words that also anchor keyword-led patterns ("last name").
        self._spoken_keyed = SPOKEN_KEYWORDS & self._keyed_by_word.keys()
        # The keyword pass reports the longest keyword at a position, so where
        # the text says "member id" the hit is "member id", not "member":
        # each context list also holds its words' qualified forms.
        every = self._keywords.words
        self._context = {
            r.name: (
                _with_qualified(r.CONTEXT, every, _trigger_words(r)),
                _with_qualified(r.NEGATIVE_CONTEXT, every),
                r.CONTEXT_BOOST,
                r.NEGATIVE_PENALTY,
            )
            for r in recognizers
        }
        # entity -> threshold, for enabled entities only (NER adds PERSON).
        self._thresholds = {
            entity: self.config.threshold(entity) for entity in ENTITY_TYPES if self.config.is_enabled(entity)
        }
        # score -> reported (rounded, capped) score; safe under races.
        self._rounded: dict[float, float] = {}
        self._fields = FieldRules(recognizers)
        if self.config.is_enabled("PERSON"):
            # Load the gazetteer now, not on the first request that needs it.
            first_names()
            surnames()
        self._ner = None
        if self.config.spacy_model and self.config.is_enabled("PERSON"):
            from hushgate.detection.ner import SpacyPersonRecognizer

            self._ner = SpacyPersonRecognizer.from_package(self.config.spacy_model)

    @property
    def recognizers(self) -> tuple[Recognizer, ...]:
        return self._recognizers

    def detect(self, text: str, *, field_name: str | None = None) -> list[Finding]:
        # Without stepping the generator never yields: one next() runs it all.
        steps = self._steps(text, field_name, False)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    async def adetect(self, text: str, *, field_name: str | None = None) -> list[Finding]:
        """``detect`` for the event loop.

        Texts up to ``large_text_chars`` are detected inline (they take well
        under a millisecond). Longer ones are detected in steps, yielding to
        the event loop between steps (each regex scan, every few hundred
        candidates), so one 64 KB prompt delays small requests by about one
        step instead of the whole scan. With ``large_text_strategy="thread"``
        they run in the default thread pool instead; under CPython's GIL that
        measured worse for small-request latency (see benchmarks).
        """
        if len(text) <= self.config.large_text_chars:
            return self.detect(text, field_name=field_name)
        if self.config.large_text_strategy == "thread":
            return await asyncio.to_thread(self.detect, text, field_name=field_name)
        steps = self._steps(text, field_name, True)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value
            await asyncio.sleep(0)

    def _steps(self, text: str, field_name: str | None, stepping: bool) -> Generator[None, None, list[Finding]]:
        """The detection pipeline as a generator: with `stepping`, yields
        between units of work (so ``adetect`` can interleave other tasks);
        returns the findings."""
        if not text:
            return []
        view = normalize(text)
        norm = view.text
        lower = ascii_lower(norm)
        keywords = yield from self._keywords.scan_steps(lower, _STEP_CHARS if stepping else len(lower) + 1)
        if stepping:
            yield
        candidates: list[Candidate] = []
        if self._families:
            yield from self._scan_families(norm, candidates, stepping)
        for scan in self._literal_scans:
            literals = scan.literals
            matches = None
            if literals is not None:
                for literal in literals:
                    if literal in norm:
                        break
                else:
                    continue
                # One leading literal is a prefix CPython's regex engine
                # searches for itself, faster than Python can. Behind an
                # alternation it tries every position instead: where the
                # literals occur only a handful of times, try the pattern
                # anchored there (what finditer would find).
                if len(literals) > 1:
                    if literal is not literals[0]:
                        # The literals before it are absent: do not search them again.
                        literals = literals[literals.index(literal) :]
                    matches = _anchored_matches(scan.compiled, norm, literals)
                    if matches is not None and not matches:
                        continue
            users = scan.users
            if matches is None:
                matches = scan.compiled.finditer(norm)
            if len(users) == 1:
                pattern, recognizer = users[0]
                if not stepping:
                    recognizer.propose_many(norm, matches, pattern, candidates)
                    continue
                while True:
                    chunk = list(islice(matches, _STEP_MATCHES))
                    recognizer.propose_many(norm, chunk, pattern, candidates)
                    yield
                    if len(chunk) < _STEP_MATCHES:
                        break
                continue
            for count, match in enumerate(matches, 1):
                for pattern, recognizer in users:
                    candidates.extend(recognizer.propose(norm, match, pattern))
                if stepping and count % _STEP_MATCHES == 0:
                    yield
            if stepping:
                yield
        for compiled, pattern, recognizer in self._lower_scans:
            for match in compiled.finditer(lower):
                candidates.extend(recognizer.propose(norm, match, pattern))
        by_word = self._keyed_by_word
        count = 0
        spoken: list[tuple[int, str]] = []
        spoken_keyed = self._spoken_keyed
        for start, word in keywords.hits():
            users = by_word.get(word)
            if users is None:
                if word in SPOKEN_KEYWORDS:
                    spoken.append((start, word))
                continue
            if word in spoken_keyed:
                spoken.append((start, word))
            for compiled, pattern, recognizer in users:
                match = compiled.match(lower, start)
                if match is not None:
                    candidates.extend(recognizer.propose(norm, match, pattern))
            count += 1
            if stepping and count % _STEP_MATCHES == 0:
                yield
        if stepping:
            yield
        if spoken:
            # Call transcripts: "four zero double six ...", "B-R-E-N-N-A-N".
            spoken_candidates(norm, lower, spoken, self._recognizers, candidates)
        if self._ner is not None:
            candidates.extend(self._ner.candidates(norm))
            if stepping:
                yield
        field_context: frozenset[str] = frozenset()
        if field_name:
            field_context = self._field_candidates(norm, field_name, candidates)
        # Keys typing their values: JSON, code, YAML, query strings, XML.
        yield from pair_candidates(norm, self._fields, candidates, stepping)
        if "values" in lower:
            # SQL inserts: the column list types the values.
            sql_candidates(norm, self._fields.rule, candidates, PLACE_KEYS)
        if "\n:5" in norm or norm.startswith(":5") or "{1:F" in norm or "{2:I" in norm:
            # SWIFT MT payments: the ordering customer's and beneficiary's lines.
            swift_candidates(norm, self._fields, candidates)
        if "|" in norm:
            # HL7 v2: a field's position types it (PID-19 is an SSN).
            hl7_candidates(norm, self._fields, candidates)
        if "NM1*" in norm or "DMG*" in norm:
            # X12 EDI claims and eligibility: a segment's qualifiers type its elements.
            x12_candidates(norm, self._fields, candidates)
        if '"identifier"' in norm:
            # FHIR identifiers: the system or identifier type types the value.
            fhir_candidates(norm, self._fields, candidates)
        if '"start"' in norm or '"end"' in norm:
            # FHIR: the period of an Appointment or Encounter.
            fhir_period_candidates(norm, self._fields, candidates)
        if "extension=" in norm or "ncompassingEncounter" in norm:
            # HL7 v3 / C-CDA: an <id>'s issuer OID or element types it; the encounter's time.
            cda_candidates(norm, self._fields, candidates)
        if "\n" in norm:
            # CSV / markdown tables: a column header types the cells below it.
            table_candidates(norm, self._fields.rule, candidates, PLACE_KEYS)
            # Letters and statements: the addressee's name above the street line.
            streets_above_towns(norm, candidates)
            names_above_addresses(norm, candidates)
            towns_below_addresses(norm, candidates)
            if stepping:
                yield
        # "... Apt 12, Saguache Bend.": the town after the street's comma.
        towns_after_streets(norm, candidates)
        # "... what do I do? - Faadumo": the name that signs the message.
        closing_signature(norm, candidates)
        if stepping:
            for batch in range(0, len(candidates), _STEP_CANDIDATES):
                self._score_context(candidates[batch : batch + _STEP_CANDIDATES], keywords, field_context)
                yield
        else:
            self._score_context(candidates, keywords, field_context)
        dates = [c for c in candidates if c.entity_type == "DATE_TIME"]
        if len(dates) > 1:
            share_range_context(norm, dates)
        thresholds = self._thresholds  # enabled entities only
        kept = [c for c in candidates if c.end > c.start and c.entity_type in thresholds and c.score >= thresholds[c.entity_type]]
        resolved = resolve_overlaps(kept)
        if thresholds.get("PERSON", 2.0) <= REPEAT_SCORE:
            # "Hiroshi Grünewald ... Hiroshi was reliable": the same person.
            resolved = with_repeated_names(norm, resolved, candidates)
        if stepping:
            yield
        rounded = self._rounded
        if view.norm_starts:
            to_original = view.to_original
            spans = [to_original(c.start, c.end) for c in resolved]
        else:
            spans = [(c.start, c.end) for c in resolved]
        findings = []
        for candidate, (start, end) in zip(resolved, spans):
            score = candidate.score
            reported = rounded.get(score)
            if reported is None:
                reported = round(min(score, 1.0), 4)
                # Scores are sums of a few constants: a small, bounded set.
                if len(rounded) < 4096:
                    rounded[score] = reported
            findings.append(Finding(candidate.entity_type, start, end, reported, candidate.recognizer))
        return findings

    def _scan_families(self, norm: str, candidates: list[Candidate], stepping: bool) -> Generator[None, None, None]:
        """The fused scans (``scanplan``), slice by slice when stepping.

        Each family reports positions where some member pattern matches; the
        member is then re-run anchored there on the full text, skipping
        positions inside its previous match: the same matches, in the same
        order, as ``finditer`` of each pattern on its own."""
        families = self._families
        length = len(norm)
        slice_chars = _STEP_CHARS if stepping else length
        last_end: dict[int, int] = {}
        position = 0
        while position < length:
            stop = min(length, position + slice_chars)
            hints: list[tuple[int, object]] = []
            for family in families:
                # A hint before `stop` depends on at most `reach` characters.
                endpos = length if stop == length else min(length, stop + family.reach)
                members = family.members
                for hit in family.regex.finditer(norm, position, endpos):
                    at = hit.start()
                    if at >= stop:
                        break
                    # Group i+1 is member i's marker: "" when it matched.
                    groups = hit.groups()
                    first = groups.index("")
                    hints.append((at, members[first]))
                    if groups.count("") > 1:
                        for index in range(first + 1, len(groups)):
                            if groups[index] is not None:
                                hints.append((at, members[index]))
            if len(families) > 1:
                hints.sort(key=itemgetter(0))
            for at, member in hints:
                key = id(member.compiled)
                if at < last_end.get(key, 0):
                    continue
                match = member.compiled.match(norm, at)
                if match is None:
                    continue
                last_end[key] = match.end()
                for pattern, recognizer in member.users:
                    candidates.extend(recognizer.propose(norm, match, pattern))
            position = stop
            if stepping:
                yield

    # --- internals ---------------------------------------------------------

    def _field_candidates(self, norm: str, field_name: str, candidates: list[Candidate]) -> frozenset[str]:
        """A JSON key names what its value is: "ssn": "123456789"."""
        key = normalize_field_name(field_name)
        recognizer = self._fields.rule(key)
        if recognizer is not None:
            candidate = self._fields.value_candidate(recognizer, norm, 0, len(norm))
            if candidate is not None:
                candidates.append(candidate)
        words = field_words(field_name)
        return frozenset(words.split()) | {words, key}

    def _score_context(self, candidates: list[Candidate], keywords: KeywordIndex, field_context: frozenset[str]) -> None:
        window = self.config.context_window
        for candidate in candidates:
            rules = self._context.get(candidate.recognizer)
            if rules is None:
                continue
            context, negative, boost, penalty = rules
            if context and (
                (field_context and not field_context.isdisjoint(context))
                or keywords.near(context, candidate.start, candidate.end, window, _CONTEXT_AFTER)
            ):
                candidate.score = min(1.0, candidate.score + boost)
            if negative:
                # "order #" before a number counts against it, unless a word
                # that speaks for it stands nearer: "Member SSN: ...".
                against = keywords.last_before(negative, candidate.start, _NEGATIVE_WINDOW)
                if against >= 0 and against > keywords.last_before(context, candidate.start, _NEGATIVE_WINDOW):
                    candidate.score -= penalty
