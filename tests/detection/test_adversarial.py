"""Detection cost stays linear on hostile inputs (SEC-15): repeated pattern
prefixes, long digit runs and armour lines must not trigger backtracking
blow-ups. 128 KB of each shape must finish well within a second; the bound is
loose because CI machines are shared, a quadratic pattern would take minutes."""

from __future__ import annotations

import time

import pytest

from hushgate.detection import Detector

SIZE = 128 * 1024
SHAPES = {
    "digit run": "1" * SIZE,
    "spaced digits": "1 " * (SIZE // 2),
    "dashed digits": "1-" * (SIZE // 2),
    "capitalised words": "Ab " * (SIZE // 3),
    "jwt prefixes": "eyJ" * (SIZE // 3),
    "pem armour lines": "-----BEGIN PRIVATE KEY-----\n" * (SIZE // 28),
    "at signs": "@a" * (SIZE // 2),
    "url schemes": "http://" * (SIZE // 7),
    "open quotes": '"a' * (SIZE // 2),
    "colons": "a:" * (SIZE // 2),
    "keywords": "password= " * (SIZE // 10),
    "names": "Maria Gonzalez " * (SIZE // 15),
    "one json object of names": "{" + '"name": "Maria Lopez", ' * (SIZE // 24),
    "swift party fields": ":59:/12345678\nMARIA LOPEZ\n" * (SIZE // 27),
    "hex pairs and colons": "aa:" * (SIZE // 3),
    "ages after names": "Mr. Diaz, 93, " * (SIZE // 14),
}
_DETECTOR = Detector()


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_hostile_input_is_scanned_in_linear_time(shape: str) -> None:
    text = SHAPES[shape]
    started = time.perf_counter()
    _DETECTOR.detect(text)
    assert time.perf_counter() - started < 2.0


def test_unterminated_private_key_is_still_reported() -> None:
    text = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7xyz\nabc+/="
    findings = _DETECTOR.detect(text)
    assert [f.entity_type for f in findings] == ["PRIVATE_KEY"]
    assert findings[0].end == len(text)
