"""What a detector reports: the entity vocabulary and the Finding record."""

from __future__ import annotations

from dataclasses import dataclass

# The closed vocabulary shared with the policy engine and the labelled corpus.
# Policies refer to these names, so renaming one is a breaking change.
ENTITY_TYPES: frozenset[str] = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "URL",
        "IP_ADDRESS",
        "STREET_ADDRESS",
        "US_ZIP_CODE",
        "DATE_TIME",
        "US_SSN",
        "US_ITIN",
        "US_DRIVER_LICENSE",
        "US_PASSPORT",
        "MEDICAL_RECORD_NUMBER",
        "US_NPI",
        "US_DEA",
        "US_MBI",
        "HEALTH_PLAN_ID",
        "CREDIT_CARD",
        "CARD_SECURITY_CODE",
        "CARD_TRACK_DATA",
        "IBAN_CODE",
        "US_ROUTING_NUMBER",
        "US_BANK_ACCOUNT",
        "SWIFT_CODE",
        "API_KEY",
        "PRIVATE_KEY",
        "JWT",
        "PASSWORD",
        "HIGH_ENTROPY_SECRET",
        "VEHICLE_ID",
        "DEVICE_ID",
        "AGE",
    }
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected identifier.

    Offsets index the ORIGINAL text handed to ``detect`` (not the normalized
    view), so callers can slice and replace without re-normalizing.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(slots=True)
class Candidate:
    """A span proposed by a recognizer on the normalized view, before
    context scoring, thresholds and overlap resolution."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    # Context boosts only apply to candidates whose recognizer declares
    # context words; a validated checksum does not need them.
    context: tuple[str, ...] = ()
