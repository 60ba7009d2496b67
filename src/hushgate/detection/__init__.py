"""Detection of PII, PHI, PCI data and secrets in one text value.

    >>> from hushgate.detection import detect
    >>> [f.entity_type for f in detect("SSN 123-45-6789")]
    ['US_SSN']

``Detector`` is the configurable engine; ``detect`` uses a lazily built
default instance. Offsets in findings index the original text.
"""

from __future__ import annotations

import threading

from hushgate.detection.config import DetectionConfig
from hushgate.detection.engine import Detector
from hushgate.detection.findings import ENTITY_TYPES, Finding

__all__ = ["ENTITY_TYPES", "DetectionConfig", "Detector", "Finding", "adetect", "default_detector", "detect"]

_default: Detector | None = None
_default_lock = threading.Lock()


def default_detector() -> Detector:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Detector()
    return _default


def detect(text: str, *, field_name: str | None = None) -> list[Finding]:
    return default_detector().detect(text, field_name=field_name)


async def adetect(text: str, *, field_name: str | None = None) -> list[Finding]:
    return await default_detector().adetect(text, field_name=field_name)
