"""Device identifiers and serial numbers (HIPAA Safe Harbor M).

* GS1 UDI strings, the FDA Unique Device Identifier printed on implants and
  their packaging: "(01)" and a GTIN-14 (check digit validated), then the
  production identifiers (expiry, lot, serial) that belong to the same label.
* IMEIs after their keyword, Luhn-checked.
* Serial numbers and device ids after their keyword ("pacemaker serial
  number PJN604821H", "S/N: 4KX-22871"): a token with at least one digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from hushgate.detection.checksums import gtin_valid, luhn_valid
from hushgate.detection.findings import Candidate
from hushgate.detection.recognizers.base import Recognizer, digits_only
from hushgate.detection.recognizers.contact import COLON_RUN
from hushgate.detection.recognizers.keyed import KeyedPattern

# GS1 application identifiers that follow the device identifier on a UDI label.
_UDI = (
    r"\(01\)[0-9]{14}"
    r"(?:\((?:11|17|10|21|30|240|7003|422)\)[A-Za-z0-9\-./]{1,20}){0,6}"
    r"(?![A-Za-z0-9])"
)
_IMEI = r"[0-9]{2}[ \-]?[0-9]{6}[ \-]?[0-9]{6}[ \-]?[0-9]"
# The rest of a question about the keyword, then the next speaker's answer.
_QUESTION_THEN_ANSWER = r"[^?\n]{0,60}\?[ \t]*\r?\n(?:\[[0-9:]{4,8}\][ \t]*)?[a-z][a-z .]{0,20}:[ \t]*"


# Not followed by another group or ".4" (an IPv6 address's IPv4 tail); a full stop is the sentence's.
_MAC_TAIL = re.compile(r"(?::[0-9A-Fa-f]{2}){5}(?![0-9A-Fa-f:]|\.[0-9A-Za-z])")
_HEX_PAIR_BEFORE = re.compile(r"(?<![0-9A-Za-z:.\-])[0-9A-Fa-f]{2}\Z")
# Not a device: the all-zero and broadcast addresses.
_NOT_A_DEVICE = frozenset({"000000000000", "ffffffffffff"})


class DeviceIdRecognizer(Recognizer):
    ENTITY = "DEVICE_ID"
    # "mac_colon" is the IPv6 scan's regex: MAC addresses share its scan.
    PATTERNS = (Pattern("udi", _UDI, 0.9), Pattern("mac_colon", COLON_RUN, 0.85))
    LOWER_PATTERNS = (
        # SEP takes "number", "no.", "#" after the keyword; "serial number" as a
        # keyword of its own would hide "serial" from the phone recognizer's
        # negative context (the keyword pass reports the longest keyword).
        KeyedPattern("imei", "imei|imeisv", _IMEI, 0.9, suffix=r"(?![0-9])"),
        # Asked for in a transcript: "And the IMEI of the handset?\nCustomer: 86-431253-056048-5".
        KeyedPattern("imei_answer", "imei|imeisv", _IMEI, 0.9, suffix=r"(?![0-9])", sep=_QUESTION_THEN_ANSWER),
        # "Physical Address. . . : 3C-22-FB-12-34-56" (the colon form needs no keyword).
        KeyedPattern(
            "mac_dash",
            "mac|mac address|physical address|hwaddr|bssid|ether",
            r"[0-9a-f]{2}(?:-[0-9a-f]{2}){5}",
            0.85,
            sep=r"[ .]{0,40}[:=]?[ \t]{0,3}",
            suffix=r"(?![0-9a-f\-])",
        ),
        KeyedPattern(
            "serial",
            "serial|s/n|sn|device serial|device id|device identifier|udi|udi-di|udi di|"
            # Phones and SIMs: iOS UDID, SIM ICCID, subscriber IMSI, CDMA MEID/ESN, Android and advertising ids.
            "udid|iccid|imsi|meid|esn|android id|android_id|advertising id|idfa|gaid|"
            # A glucose monitor's or pump's transmitter and sensor: "Transmitter ID 8G4KQ2".
            "transmitter id|transmitter serial|sensor id|sensor serial|"
            # Serial number in Portuguese, Spanish, French, German, Italian.
            "número de série|número de serie|numéro de série|seriennummer|numero di serie",
            r"[a-z0-9][a-z0-9\-]{3,29}",
            0.75,
            suffix=r"(?![a-z0-9\-])",
        ),
    )
    CONTEXT = ("device", "serial", "implant", "pacemaker", "defibrillator", "pump", "imei", "udi", "phone", "model")
    CONTEXT_BOOST = 0.2
    FIELD_NAMES = (
        "serial", "serialnumber", "serialnum", "serialno", "deviceserial",
        "macaddress", "macaddr", "mac", "hwaddress", "hwaddr", "physicaladdress", "bssid", "udid", "iccid", "imsi", "meid", "deviceserialnumber", "deviceid",
        "deviceidentifier", "imei", "udi", "udidi",
    )

    def propose(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Candidate]:
        if pattern.name == "mac_colon":
            yield from self._mac(text, match.start())
            return
        start, end = match.span("v") if pattern.name != "udi" else match.span()
        value = text[start:end]
        if pattern.name == "mac_dash":
            valid = value.replace("-", "").lower() not in _NOT_A_DEVICE
        elif pattern.name == "udi":
            valid = gtin_valid(value[4:18])
        elif pattern.name in ("imei", "imei_answer"):
            valid = luhn_valid(digits_only(value))
        else:
            valid = any(c.isdigit() for c in value)
        if valid:
            yield self.candidate(start, end, pattern.score)

    def _mac(self, text: str, colon: int) -> Iterator[Candidate]:
        """A colon run that is the tail of a MAC address: "3c:22:fb:12:34:56"."""
        tail = _MAC_TAIL.match(text, colon)
        if tail is None or _HEX_PAIR_BEFORE.search(text, max(0, colon - 3), colon) is None:
            return
        start = colon - 2
        if text[start : tail.end()].replace(":", "").lower() not in _NOT_A_DEVICE:
            yield self.candidate(start, tail.end(), 0.85)

    def validate_result(self, pattern_text: str) -> bool | None:
        """For stock Presidio, which sees only the text: the UDI's check digit."""
        if pattern_text.startswith("(01)"):
            return gtin_valid(pattern_text[4:18])
        return any(c.isdigit() for c in pattern_text)

    def value_ok(self, value: str) -> bool:
        value = value.strip()
        if value.startswith("(01)"):
            return gtin_valid(value[4:18])
        compact = value.replace("-", "").replace(":", "")
        return 4 <= len(value) <= 30 and compact.isalnum() and any(c.isdigit() for c in value)
