"""Overlap resolution: from overlapping candidates keep a deterministic,
non-overlapping subset.

Rule (documented in README.md): candidates are ranked by
  1. higher score,
  2. longer span,
  3. entity priority (checksummed and secret types before generic ones),
  4. earlier start, then recognizer name (total order, so the result never
     depends on recognizer or thread scheduling order);
and accepted greedily in that order unless they overlap an accepted one.
The survivors are returned sorted by start.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from hushgate.detection.findings import Candidate

# Lower number wins ties of score and length.
ENTITY_PRIORITY: dict[str, int] = {
    name: rank
    for rank, name in enumerate(
        (
            "PRIVATE_KEY", "CARD_TRACK_DATA", "JWT", "API_KEY", "PASSWORD", "HIGH_ENTROPY_SECRET",
            "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_ITIN", "US_MBI", "US_NPI", "US_DEA",
            "US_ROUTING_NUMBER", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "MEDICAL_RECORD_NUMBER",
            "HEALTH_PLAN_ID", "US_BANK_ACCOUNT", "US_DRIVER_LICENSE", "US_PASSPORT",
            "CARD_SECURITY_CODE", "SWIFT_CODE", "VEHICLE_ID", "PHONE_NUMBER", "STREET_ADDRESS",
            "US_ZIP_CODE", "DATE_TIME", "PERSON",
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
    accepted_starts: list[int] = []
    accepted: dict[int, Candidate] = {}
    for candidate in sorted(candidates, key=_rank):
        i = bisect_left(accepted_starts, candidate.start)
        # The accepted span starting at or after us must start after our end,
        # the one before us must end before our start.
        if i < len(accepted_starts) and accepted_starts[i] < candidate.end:
            continue
        if i > 0 and accepted[accepted_starts[i - 1]].end > candidate.start:
            continue
        insort(accepted_starts, candidate.start)
        accepted[candidate.start] = candidate
    return [accepted[start] for start in accepted_starts]
