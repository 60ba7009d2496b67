"""Overlap resolution: from overlapping candidates keep a deterministic,
non-overlapping subset.

Rule (documented in README.md): candidates are ranked by
  1. higher score,
  2. longer span,
  3. entity priority (checksummed and secret types before generic ones),
  4. earlier start, then recognizer name (total order, so the result never
     depends on recognizer or thread scheduling order);
and accepted greedily in that order unless they overlap an accepted one.
Credentials nested in a URL are taken first, whatever the URL's score.
Where a format-checked identifier and a generic id cover exactly the same
characters (a valid MBI in an X12 "MI" element, typed HEALTH_PLAN_ID by the
element), the identifier is the more specific reading and ranks with the
generic one's score (``SPECIFIC_READINGS``).
A rejected candidate that wholly *contains* the accepted spans it overlaps
keeps the parts they leave uncovered (at least MIN_REMAINDER characters
each), under its own type: `redis://user:PASSWORD@host` is a PASSWORD
inside two URL pieces, not a PASSWORD with the rest of the URL uncovered.
The survivors are returned sorted by start.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right, insort

from hushgate.detection.findings import Candidate

MIN_REMAINDER = 3
# A credential inside a URL is decided first, whatever the URL's score: a
# context-boosted URL ("REDIS_URL=...") must not swallow the password in it,
# since policies commonly let URLs through.
SECRET_TYPES = frozenset({"PRIVATE_KEY", "JWT", "API_KEY", "PASSWORD", "HIGH_ENTROPY_SECRET"})

# Identifier -> the generic types it is a more specific reading of, on the
# same span. The MBI's letter and digit positions leave little to chance;
# a 10-digit NPI checksum (one number in ten) would not be specific enough.
SPECIFIC_READINGS: dict[str, frozenset[str]] = {"US_MBI": frozenset({"HEALTH_PLAN_ID", "MEDICAL_RECORD_NUMBER"})}

# Lower number wins ties of score and length.
ENTITY_PRIORITY: dict[str, int] = {
    name: rank
    for rank, name in enumerate(
        (
            "PRIVATE_KEY", "CARD_TRACK_DATA", "JWT", "API_KEY", "PASSWORD", "HIGH_ENTROPY_SECRET",
            "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_ITIN", "US_MBI", "US_NPI", "US_DEA",
            "US_ROUTING_NUMBER", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "MEDICAL_RECORD_NUMBER",
            "HEALTH_PLAN_ID", "US_BANK_ACCOUNT", "US_DRIVER_LICENSE", "US_PASSPORT",
            "CARD_SECURITY_CODE", "SWIFT_CODE", "VEHICLE_ID", "DEVICE_ID", "PHONE_NUMBER", "STREET_ADDRESS",
            "US_ZIP_CODE", "DATE_TIME", "AGE", "PERSON",
        )
    )
}


def _rank(candidate: Candidate) -> tuple[float, int, int, int, str]:
    return (
        -round(candidate.score, 6),
        -(candidate.end - candidate.start),
        ENTITY_PRIORITY.get(candidate.entity_type, len(ENTITY_PRIORITY)),
        candidate.start,
        candidate.recognizer,
    )


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    if len(candidates) <= 1:
        return list(candidates)
    # Only candidates that (transitively) overlap can affect each other:
    # resolve each cluster on its own, and pass lone candidates through.
    ordered = sorted(candidates, key=_start)
    resolved: list[Candidate] = []
    cluster = [ordered[0]]
    reach = ordered[0].end
    for candidate in ordered[1:]:
        if candidate.start < reach:
            cluster.append(candidate)
            if candidate.end > reach:
                reach = candidate.end
            continue
        if len(cluster) == 1:
            resolved.append(cluster[0])
        else:
            resolved.extend(_resolve_cluster(cluster))
        cluster = [candidate]
        reach = candidate.end
    if len(cluster) == 1:
        resolved.append(cluster[0])
    else:
        resolved.extend(_resolve_cluster(cluster))
    return resolved


def _start(candidate: Candidate) -> int:
    return candidate.start


def lift_specific_readings(candidates: list[Candidate]) -> None:
    """Give an identifier the score of a generic id on exactly its span
    (``SPECIFIC_READINGS``); the tie then goes to the identifier's priority."""
    for candidate in candidates:
        generic = SPECIFIC_READINGS.get(candidate.entity_type)
        if generic is None:
            continue
        for other in candidates:
            if other.entity_type in generic and other.start == candidate.start and other.end == candidate.end and other.score > candidate.score:
                candidate.score = other.score


def _resolve_pair(a: Candidate, b: Candidate) -> list[Candidate]:
    """``_resolve_cluster`` for two overlapping candidates (the common case)."""
    if a.start == b.start and a.end == b.end and (a.entity_type in SPECIFIC_READINGS or b.entity_type in SPECIFIC_READINGS):
        lift_specific_readings([a, b])
    a_nested = a.entity_type in SECRET_TYPES and b.entity_type == "URL" and b.start <= a.start and a.end <= b.end
    b_nested = b.entity_type in SECRET_TYPES and a.entity_type == "URL" and a.start <= b.start and b.end <= a.end
    if (not a_nested, _rank(a)) <= (not b_nested, _rank(b)):
        winner, loser = a, b
    else:
        winner, loser = b, a
    kept = [winner]
    if loser.start <= winner.start and winner.end <= loser.end and loser.entity_type != winner.entity_type:
        head = _remainder(loser, loser.start, winner.start)
        if head is not None:
            kept.insert(0, head)
        tail = _remainder(loser, winner.end, loser.end)
        if tail is not None:
            kept.append(tail)
    return kept


def _remainder(candidate: Candidate, start: int, end: int) -> Candidate | None:
    """The part [start, end) of a rejected outer candidate, if long enough to mean something."""
    if end - start < MIN_REMAINDER:
        return None
    return dataclasses.replace(candidate, start=start, end=end)


def _resolve_cluster(candidates: list[Candidate]) -> list[Candidate]:
    if len(candidates) == 2:
        return _resolve_pair(candidates[0], candidates[1])
    lift_specific_readings(candidates)
    accepted_starts: list[int] = []
    accepted: dict[int, Candidate] = {}

    def accept(candidate: Candidate) -> None:
        insort(accepted_starts, candidate.start)
        accepted[candidate.start] = candidate

    urls = [c for c in candidates if c.entity_type == "URL"]
    nested_secrets = {
        id(c)
        for c in candidates
        if c.entity_type in SECRET_TYPES and any(u.start <= c.start and c.end <= u.end for u in urls)
    }
    for candidate in sorted(candidates, key=lambda c: (id(c) not in nested_secrets, _rank(c))):
        # Accepted spans that overlap [start, end): those starting before our
        # end, from the one that starts before us (if it reaches into us).
        lo = bisect_left(accepted_starts, candidate.start)
        if lo > 0 and accepted[accepted_starts[lo - 1]].end > candidate.start:
            lo -= 1
        hi = bisect_right(accepted_starts, candidate.end - 1)
        overlapping = [accepted[accepted_starts[k]] for k in range(lo, hi)]
        if not overlapping:
            accept(candidate)
            continue
        # An outer candidate of the same type as one inside it was another
        # reading of the same thing ("Contact Maria Lopez" around "Maria
        # Lopez"): its remainder is not a finding.
        if all(candidate.start <= o.start and o.end <= candidate.end and o.entity_type != candidate.entity_type for o in overlapping):
            cursor = candidate.start
            for inner in overlapping:
                if inner.start - cursor >= MIN_REMAINDER:
                    accept(dataclasses.replace(candidate, start=cursor, end=inner.start))
                cursor = inner.end
            if candidate.end - cursor >= MIN_REMAINDER:
                accept(dataclasses.replace(candidate, start=cursor, end=candidate.end))
    return [accepted[start] for start in accepted_starts]
