"""The pre-fusion scan path, kept only as a test oracle.

``reference_detect`` runs every recognizer pattern as its own ``finditer``
scan (and every keyword-led pattern anchored at its keyword hits), hands each
match to the recognizer's ``propose`` and then scores, thresholds and
resolves overlaps exactly as the engine did before its scans were fused into
one pass (see src/hushgate/detection/README.md, "How a text is scanned").
``test_fused_engine.py`` asserts that the production engine returns the same
findings on the tuning corpus, the held-out corpus, the benchmark prompts and
adversarial inputs. The recognizers (patterns, ``propose``, ``validate``) are
shared: only the way the text is scanned differs.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right, insort

from hushgate.detection.engine import Detector
from hushgate.detection.fields import PLACE_KEYS, pair_candidates
from hushgate.detection.cda import cda_candidates
from hushgate.detection.x12 import x12_candidates
from hushgate.detection.fhir import fhir_candidates, fhir_period_candidates
from hushgate.detection.coreference import REPEAT_SCORE, with_repeated_names
from hushgate.detection.hl7 import hl7_candidates
from hushgate.detection.layout import closing_signature, names_above_addresses, streets_above_towns, towns_after_streets, towns_below_addresses
from hushgate.detection.findings import Candidate, Finding
from hushgate.detection.keywords import KeywordScanner
from hushgate.detection.normalize import ascii_lower, normalize
from hushgate.detection.spoken import KEYWORDS as SPOKEN_KEYWORDS
from hushgate.detection.spoken import spoken_candidates
from hushgate.detection.recognizers.keyed import KeyedPattern
from hushgate.detection.recognizers.dates import share_range_context
from hushgate.detection.resolve import ENTITY_PRIORITY, MIN_REMAINDER, SECRET_TYPES, lift_specific_readings
from hushgate.detection.sql import sql_candidates
from hushgate.detection.swift_mt import swift_candidates
from hushgate.detection.tables import table_candidates

_CONTEXT_AFTER = 24
_NEGATIVE_WINDOW = 24


class ReferenceScanner:
    """The old engine's per-pattern scans over one Detector's recognizers."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        recognizers = detector.recognizers
        shared: dict[tuple[str, int], list] = {}
        compiled_by_key: dict[tuple[str, int], re.Pattern[str]] = {}
        for r in recognizers:
            for compiled, pattern in r.compiled:
                key = (compiled.pattern, compiled.flags)
                shared.setdefault(key, []).append((pattern, r))
                compiled_by_key[key] = compiled
        self.scans = tuple((compiled_by_key[key], tuple(users)) for key, users in shared.items())
        self.lower_scans = tuple(
            (compiled, pattern, r) for r in recognizers for compiled, pattern in r.compiled_lower
            if not isinstance(pattern, KeyedPattern)
        )
        self.keywords = KeywordScanner(
            [
                *(
                    word
                    for r in recognizers
                    for word in (*r.CONTEXT, *r.NEGATIVE_CONTEXT, *(w for _, p in r.compiled_lower if isinstance(p, KeyedPattern) for w in p.keywords))
                ),
                *SPOKEN_KEYWORDS,
            ]
        )
        self.keyed_scans = tuple(
            (compiled, pattern, r, frozenset(w for w in self.keywords.words if w.startswith(pattern.keywords)))
            for r in recognizers
            for compiled, pattern in r.compiled_lower
            if isinstance(pattern, KeyedPattern)
        )
        # Context scoring is not what this reference checks: the same rules as the engine's.
        self.context = detector._context

    def detect(self, text: str, field_name: str | None = None) -> list[Finding]:
        if not text:
            return []
        d = self.detector
        view = normalize(text)
        norm = view.text
        lower = ascii_lower(norm)
        keywords = self.keywords.scan(lower)
        candidates: list[Candidate] = []
        for compiled, users in self.scans:
            for match in compiled.finditer(norm):
                for pattern, recognizer in users:
                    candidates.extend(recognizer.propose(norm, match, pattern))
        for compiled, pattern, recognizer in self.lower_scans:
            for match in compiled.finditer(lower):
                candidates.extend(recognizer.propose(norm, match, pattern))
        for compiled, pattern, recognizer, anchors in self.keyed_scans:
            for start in [s for s, w in zip(keywords._starts, keywords._words) if w in anchors]:
                match = compiled.match(lower, start)
                if match is not None:
                    candidates.extend(recognizer.propose(norm, match, pattern))
        spoken = [(s, w) for s, w in keywords.hits() if w in SPOKEN_KEYWORDS]
        if spoken:
            spoken_candidates(norm, lower, spoken, d._recognizers, candidates)
        if d._ner is not None:
            candidates.extend(d._ner.candidates(norm))
        field_context: frozenset[str] = frozenset()
        if field_name:
            field_context = d._field_candidates(norm, field_name, candidates)
        for _ in pair_candidates(norm, d._fields, candidates):
            pass
        sql_candidates(norm, d._fields.rule, candidates, PLACE_KEYS)
        swift_candidates(norm, d._fields, candidates)
        if "|" in norm:
            hl7_candidates(norm, d._fields, candidates)
        x12_candidates(norm, d._fields, candidates)
        cda_candidates(norm, d._fields, candidates)
        fhir_candidates(norm, d._fields, candidates)
        fhir_period_candidates(norm, d._fields, candidates)
        if "\n" in norm:
            table_candidates(norm, d._fields.rule, candidates, PLACE_KEYS)
            streets_above_towns(norm, candidates)
            names_above_addresses(norm, candidates)
            towns_below_addresses(norm, candidates)
        towns_after_streets(norm, candidates)
        # "... what do I do? - Faadumo": the name that signs the message.
        closing_signature(norm, candidates)
        window = d.config.context_window
        for candidate in candidates:
            rules = self.context.get(candidate.recognizer)
            if rules is None:
                continue
            context, negative, boost, penalty = rules
            if context and (
                (field_context and not field_context.isdisjoint(context))
                or keywords.near(context, candidate.start, candidate.end, window, _CONTEXT_AFTER)
            ):
                candidate.score = min(1.0, candidate.score + boost)
            if negative:
                against = keywords.last_before(negative, candidate.start, _NEGATIVE_WINDOW)
                if against >= 0 and against > keywords.last_before(context, candidate.start, _NEGATIVE_WINDOW):
                    candidate.score -= penalty
        share_range_context(norm, [c for c in candidates if c.entity_type == "DATE_TIME"])
        config = d.config
        kept = [c for c in candidates if c.end > c.start and c.score >= config.threshold(c.entity_type) and config.is_enabled(c.entity_type)]
        findings = []
        resolved = _resolve(kept)
        if config.is_enabled("PERSON") and config.threshold("PERSON") <= REPEAT_SCORE:
            resolved = with_repeated_names(norm, resolved, candidates)
        for candidate in resolved:
            start, end = view.to_original(candidate.start, candidate.end)
            findings.append(Finding(candidate.entity_type, start, end, round(min(candidate.score, 1.0), 4), candidate.recognizer))
        return findings


def _rank(candidate: Candidate) -> tuple[float, int, int, int, str]:
    return (
        -round(candidate.score, 6),
        -(candidate.end - candidate.start),
        ENTITY_PRIORITY.get(candidate.entity_type, len(ENTITY_PRIORITY)),
        candidate.start,
        candidate.recognizer,
    )


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    if len(candidates) <= 1:
        return list(candidates)
    accepted_starts: list[int] = []
    accepted: dict[int, Candidate] = {}

    def accept(candidate: Candidate) -> None:
        insort(accepted_starts, candidate.start)
        accepted[candidate.start] = candidate

    # Same rule as resolve.py: an identifier on exactly a generic id's span is the more specific reading.
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for c in candidates:
        by_span.setdefault((c.start, c.end), []).append(c)
    for same in by_span.values():
        lift_specific_readings(same)
    urls = [c for c in candidates if c.entity_type == "URL"]
    nested_secrets = {
        id(c)
        for c in candidates
        if c.entity_type in SECRET_TYPES and any(u.start <= c.start and c.end <= u.end for u in urls)
    }
    for candidate in sorted(candidates, key=lambda c: (id(c) not in nested_secrets, _rank(c))):
        lo = bisect_left(accepted_starts, candidate.start)
        if lo > 0 and accepted[accepted_starts[lo - 1]].end > candidate.start:
            lo -= 1
        hi = bisect_right(accepted_starts, candidate.end - 1)
        overlapping = [accepted[accepted_starts[k]] for k in range(lo, hi)]
        if not overlapping:
            accept(candidate)
            continue
        # Same rule as resolve.py: no remainder from an outer reading of the same type.
        if all(candidate.start <= o.start and o.end <= candidate.end and o.entity_type != candidate.entity_type for o in overlapping):
            cursor = candidate.start
            for inner in overlapping:
                if inner.start - cursor >= MIN_REMAINDER:
                    accept(dataclasses.replace(candidate, start=cursor, end=inner.start))
                cursor = inner.end
            if candidate.end - cursor >= MIN_REMAINDER:
                accept(dataclasses.replace(candidate, start=cursor, end=candidate.end))
    return [accepted[start] for start in accepted_starts]
