"""Identifiers the per-text scan cannot see: split across two texts, or encoded.

The model reads a request's texts joined, so ``"my SSN is 536-22-"`` in one
content part and ``"8472"`` in the next is a whole SSN to it; and it decodes
base64 on request. Both are checked here, after the per-text scan, with one
detector call per request for the seams and one per decoded token.
"""

from __future__ import annotations

import base64
import bisect
import binascii
import dataclasses
import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from hushgate.detection.findings import Finding

# Characters taken from each side of a boundary: longer than any identifier
# split there needs (a 19-digit card with separators is 23).
SEAM_CHARS = 32
# A seam is only worth scanning when a token can run across it: the left
# text ends inside a token (a letter, a digit, a separator identifiers use,
# a dot after a digit, then at most one space) and the right one starts with
# a letter or digit (after at most one space). Sentences end in ". ? !".
_LEFT_TOKEN_END = re.compile(r"(?:[A-Za-z0-9\-/+@_]|[0-9]\.) ?\Z")
_RIGHT_TOKEN_START = re.compile(r" ?[A-Za-z0-9]")

# base64 (standard or URL-safe) runs long enough to hide an identifier.
_BASE64_TOKEN = re.compile(r"(?<![A-Za-z0-9+/_\-=])[A-Za-z0-9+/_\-]{16,}={0,2}(?![A-Za-z0-9+/_\-=])")
_PRINTABLE_SHARE = 0.9


class _Detector(Protocol):
    def detect(self, text: str, *, field_name: str | None = None) -> list[Finding]: ...


def detect_joined(texts: Sequence[str], detector: _Detector, gap: str = "\n\n") -> list[tuple[int, Finding]]:
    """Detect over ``texts`` joined by ``gap`` in one call: (text index, finding
    with offsets into that text) for each finding, by the text it starts in.

    One detector call for many short texts (seams, ids, keys) costs far less
    than one call each.
    """
    if not texts:
        return []
    starts = list(itertools.accumulate((len(t) + len(gap) for t in texts[:-1]), initial=0))
    out = []
    for f in detector.detect(gap.join(texts)):
        k = bisect.bisect_right(starts, f.start) - 1
        out.append((k, dataclasses.replace(f, start=f.start - starts[k], end=f.end - starts[k])))
    return out


def seam_findings(texts: Sequence[str], detector: _Detector) -> list[tuple[int, Finding]]:
    """(text index, finding) for identifiers that run across the boundary
    between ``texts[i]`` and ``texts[i + 1]``; each side gets its own part."""
    seams: list[tuple[int, int]] = []  # (left index, cut position in the piece)
    pieces: list[str] = []
    for i in range(len(texts) - 1):
        left, right = texts[i], texts[i + 1]
        if not left or not right or not _LEFT_TOKEN_END.search(left) or not _RIGHT_TOKEN_START.match(right):
            continue
        tail = left[-SEAM_CHARS:]
        seams.append((i, len(tail)))
        pieces.append(tail + right[:SEAM_CHARS])
    out: list[tuple[int, Finding]] = []
    for k, f in detect_joined(pieces, detector):
        i, cut = seams[k]
        if f.start < cut < f.end:
            left_len = len(texts[i])
            out.append((i, dataclasses.replace(f, start=left_len - (cut - f.start), end=left_len)))
            out.append((i + 1, dataclasses.replace(f, start=0, end=f.end - cut)))
    return out


def encoded_findings(text: str, detector: _Detector) -> list[Finding]:
    """Findings covering whole base64 tokens whose decoded text holds an identifier."""
    out = []
    for match in _BASE64_TOKEN.finditer(text):
        decoded = _decode(match.group())
        if decoded is None:
            continue
        inner = detector.detect(decoded)
        if inner:
            best = max(inner, key=lambda f: f.score)
            out.append(Finding(best.entity_type, match.start(), match.end(), best.score, "encoded:" + best.recognizer))
    return out


def _decode(token: str) -> str | None:
    # Encoded text mixes upper case, lower case and digits; identifiers,
    # hyphenated words and hex digests that match the alphabet mostly don't.
    if token.isalpha() or token.islower() or token.isupper() or not any(c.isdigit() for c in token):
        return None
    padded = token + "=" * (-len(token.rstrip("=")) % 4) if "=" not in token else token
    try:
        raw = base64.b64decode(padded, altchars=b"-_" if ("-" in token or "_" in token) else None, validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if not decoded or sum(c.isprintable() or c in "\n\t" for c in decoded) < _PRINTABLE_SHARE * len(decoded):
        return None
    return decoded


def with_encoded(found: list[Finding], text: str, detector: _Detector) -> list[Finding]:
    """The engine's findings for ``text`` plus its encoded ones that overlap none."""
    encoded = encoded_findings(text, detector)
    return merge_without_overlap(found, encoded) if encoded else found


def merge_without_overlap(existing: Sequence[Finding], extra: Sequence[Finding]) -> list[Finding]:
    """``existing`` plus the ``extra`` findings that overlap none of them, by start."""
    kept = list(existing)
    for f in extra:
        if not any(f.start < e.end and e.start < f.end for e in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
