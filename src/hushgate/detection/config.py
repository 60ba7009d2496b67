"""Configuration of the detection stage (validated at the edge with pydantic)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from phonenumbers import SUPPORTED_REGIONS

from hushgate.detection.findings import ENTITY_TYPES
from hushgate.detection.recognizers.contact import TRUNK_PREFIX_REGIONS

DEFAULT_THRESHOLD = 0.5


class DetectionConfig(BaseModel):
    """Knobs of the detector. Everything has a safe default: an empty config
    detects every entity type with the default threshold and no NER model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # None means every entity in ENTITY_TYPES.
    enabled_entities: frozenset[str] | None = None
    # Minimum score per entity; entities not listed use default_threshold.
    thresholds: dict[str, float] = Field(default_factory=dict)
    default_threshold: float = Field(default=DEFAULT_THRESHOLD, ge=0.0, le=1.0)
    # Site-specific medical record number formats (Python regexes, matched on
    # the normalized text). They score as MRNs on their own and are boosted
    # by MRN context words.
    mrn_patterns: tuple[str, ...] = ()
    # Regions (ISO 3166 codes, as phonenumbers knows them) whose national
    # numbers, written with a trunk "0" and no country code, are phone
    # numbers. Numbers with a country code are found whatever this says.
    phone_regions: tuple[str, ...] = TRUNK_PREFIX_REGIONS
    # Installed spaCy pipeline package (e.g. "en_core_web_sm") used for extra
    # PERSON spans. None disables NER. Never downloaded: a missing package is
    # a configuration error.
    spacy_model: str | None = None
    # Characters of text before a candidate searched for context words.
    context_window: int = Field(default=48, ge=0, le=400)
    # Texts longer than this are detected by ``Detector.adetect`` in steps
    # that yield to the event loop ("steps") or in a worker thread ("thread"),
    # so one big prompt cannot stall every small request behind it.
    large_text_chars: int = Field(default=8192, ge=0)
    large_text_strategy: Literal["steps", "thread"] = "steps"

    @field_validator("enabled_entities")
    @classmethod
    def _known_entities(cls, value: frozenset[str] | None) -> frozenset[str] | None:
        if value is not None:
            unknown = set(value) - ENTITY_TYPES
            if unknown:
                raise ValueError(f"unknown entity types: {sorted(unknown)}")
        return value

    @field_validator("thresholds")
    @classmethod
    def _known_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = set(value) - ENTITY_TYPES
        if unknown:
            raise ValueError(f"unknown entity types: {sorted(unknown)}")
        for entity, threshold in value.items():
            if not 0.0 <= threshold <= 1.0:
                raise ValueError(f"threshold for {entity} must be within 0..1")
        return value

    @field_validator("phone_regions")
    @classmethod
    def _known_regions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [region for region in value if region not in SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone regions: {unknown}")
        return value

    @field_validator("mrn_patterns")
    @classmethod
    def _compilable(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid MRN pattern: {exc}") from None
        return value

    def threshold(self, entity_type: str) -> float:
        return self.thresholds.get(entity_type, self.default_threshold)

    def is_enabled(self, entity_type: str) -> bool:
        return self.enabled_entities is None or entity_type in self.enabled_entities
