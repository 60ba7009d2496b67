"""Vehicle identifiers: VINs and license plates (HIPAA L)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from hushgate.detection.checksums import vin_valid
from hushgate.detection.recognizers.base import Recognizer
from hushgate.detection.recognizers.keyed import KeyedPattern


class VehicleIdRecognizer(Recognizer):
    ENTITY = "VEHICLE_ID"
    PATTERNS = (Pattern("vin", r"[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-HJ-NPR-Z0-9])[A-HJ-NPR-Z0-9]{16}(?![A-Za-z0-9])", 0.85),)
    LOWER_PATTERNS = (
        KeyedPattern(
            "plate",
            "license plate|licence plate|plate|plate number|tag number|registration plate",
            r"[a-z0-9][a-z0-9\- ]{1,7}[a-z0-9]",
            0.7,
            suffix=r"(?![a-z0-9])",
        ),
    )
    CONTEXT = ("vin", "vehicle", "car", "plate", "truck", "registration")
    FIELD_NAMES = ("vin", "licenseplate", "plate", "platenumber", "vehicleid", "vehicleidentificationnumber")

    def validate_result(self, pattern_text: str) -> bool | None:
        if len(pattern_text) == 17 and pattern_text.isalnum():
            return vin_valid(pattern_text)
        return any(c.isdigit() for c in pattern_text)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        return vin_valid(value) or (2 <= len(value) <= 9 and value.replace("-", "").replace(" ", "").isalnum() and any(c.isdigit() for c in value))
