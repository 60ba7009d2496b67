"""Small helpers shared by the detection tests."""

from __future__ import annotations

from hushgate.detection import Detector, Finding

_DETECTOR = Detector()


def found(text: str, field_name: str | None = None) -> list[tuple[str, str]]:
    """(entity_type, matched text) pairs, in order."""
    return [(f.entity_type, text[f.start : f.end]) for f in _DETECTOR.detect(text, field_name=field_name)]


def entities(text: str, field_name: str | None = None) -> set[str]:
    return {entity for entity, _ in found(text, field_name)}


def findings(text: str, field_name: str | None = None) -> list[Finding]:
    return _DETECTOR.detect(text, field_name=field_name)
