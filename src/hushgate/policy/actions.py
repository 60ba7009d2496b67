"""What each action does to one detected value.

- ``redact``: ``[REDACTED:TYPE]``; nothing of the value survives or is kept.
- ``mask``: letters and digits become ``*`` except a configured head/tail
  (a card's last four); separators stay so the shape is recognisable. At least six
  characters (half of a short value) are always hidden.
- ``generalize`` (HIPAA Safe Harbor): a ZIP code keeps its first three
  digits (``021**``), or ``000**`` for the 17 sparsely populated ZIP3 areas;
  a date keeps only its year, and a year old enough to imply an age over 89
  becomes ``<cutoff> or earlier``; an age over 89 becomes ``90+``.
  Other entities are redacted.
- ``hash``: ``[HASH:TYPE:16 hex]``, HMAC-SHA256 under a key derived per tenant
  (``HASH_ACTION``): stable across requests of one tenant, different across
  tenants, not reversible without the server secret (DESIGN invariant 4).
- ``pseudonymize``: a ``<TYPE_N>`` placeholder from the request's vault,
  restored in the response. The only reversible action.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from hushgate.canonical import TextSegment
from hushgate.policy.schema import ActionSpec
from hushgate.policy.vault import Vault

# Message ``name`` fields must match ^[a-zA-Z0-9_-]+$ upstream.
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def redact(entity_type: str) -> str:
    return f"[REDACTED:{entity_type}]"


def mask(value: str, spec: ActionSpec) -> str:
    positions = [i for i, ch in enumerate(value) if ch.isalnum()]
    n = len(positions)
    first, last = spec.keep_first, spec.keep_last
    hidden = min(6, (n + 1) // 2)
    if n - first - last < hidden:
        # Short value: the configured head/tail would reveal most of it.
        first, last = 0, max(0, min(last, n - hidden))
    visible = set(positions[:first]) | set(positions[n - last :] if last else ())
    return "".join(ch if (i in visible or not ch.isalnum()) else spec.mask_char for i, ch in enumerate(value))


# ZIP3 areas with 20,000 or fewer people (HHS de-identification guidance,
# 2000 census): their three digits are replaced by 000.
RESTRICTED_ZIP3: frozenset[str] = frozenset(
    {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"}
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_NON_DIGITS = re.compile(r"\D")


def generalize(entity_type: str, value: str, *, now_year: int | None = None) -> str:
    if entity_type == "US_ZIP_CODE":
        digits = _NON_DIGITS.sub("", value)
        if len(digits) >= 5:
            zip3 = digits[:3]
            return ("000" if zip3 in RESTRICTED_ZIP3 else zip3) + "**"
    elif entity_type == "DATE_TIME":
        years = _YEAR.findall(value)
        if len(years) == 1:
            cutoff = (now_year or datetime.now(UTC).year) - 90
            year = int(years[0])
            # A year that old may be a birth year implying an age over 89.
            return f"{cutoff} or earlier" if year <= cutoff else str(year)
    elif entity_type == "AGE":
        # Safe Harbor's single category for every age over 89 ("90 or older").
        return "90+"
    # No safe coarser form (a date without a four-digit year, a ZIP without
    # five digits, any other entity): nothing of it is kept.
    return redact(entity_type)


def hash_token(key: bytes, entity_type: str, value: str) -> str:
    normalized = " ".join(value.split()).casefold()
    digest = hmac.new(key, entity_type.encode() + b"\0" + normalized.encode("utf-8", "surrogatepass"), hashlib.sha256)
    return f"[HASH:{entity_type}:{digest.hexdigest()[:16]}]"


class Transformer:
    """Applies one request's actions; owns nothing beyond that request."""

    def __init__(self, vault: Vault, hash_key: bytes) -> None:
        self.vault = vault
        self.hash_key = hash_key

    def replacement(self, spec: ActionSpec, entity_type: str, value: str) -> str:
        action = spec.action
        if action == "redact":
            return redact(entity_type)
        if action == "mask":
            return mask(value, spec)
        if action == "generalize":
            return generalize(entity_type, value)
        if action == "hash":
            return hash_token(self.hash_key, entity_type, value)
        if action == "pseudonymize":
            return self.vault.pseudonym(entity_type, value)
        if action == "allow":
            return value
        # "block" never reaches here: the stage refuses the request first.
        raise ValueError(f"action {action} does not transform text")

    def apply(self, segment: TextSegment, findings: Sequence[Any], actions: Mapping[str, ActionSpec]) -> None:
        text = segment.text
        pieces: list[str] = []
        cursor = 0
        for f in sorted(findings, key=lambda f: f.start):
            if f.start < cursor:
                continue  # overlapping spans: the detector promises none; stay safe anyway
            spec = actions.get(f.entity_type)
            if spec is None:
                continue
            value = text[f.start : f.end]
            new = self.replacement(spec, f.entity_type, value)
            if segment.kind == "name" and new != value:
                new = _NAME_UNSAFE.sub("_", new).strip("_") or "redacted"
            pieces.append(text[cursor : f.start])
            pieces.append(new)
            cursor = f.end
        if pieces:
            pieces.append(text[cursor:])
            segment.replace("".join(pieces))
