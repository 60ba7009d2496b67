"""HL7 v2 fields typed by position (``hushgate.detection.hl7``): identifiers
with no pattern or keyword of their own, like the bare SSN in PID-19.
Messages are synthetic and written for these tests."""

from __future__ import annotations

import json

import pytest

from helpers import found


def segment(segment_id: str, values: dict[int, str], width: int = 40) -> str:
    """A segment with `values` at their field numbers and empty fields elsewhere."""
    return segment_id + "|" + "|".join(values.get(number, "") for number in range(1, width + 1))


MSH = "MSH|^~\\&|EPIC|MERCY|||202401011200||ADT^A01|MSG1|P|2.5"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (segment("PID", {1: "1", 3: "4455667^^^MERCY^MR", 5: "DOE^JANE", 19: "401882291"}), ("US_SSN", "401882291")),
        (segment("PID", {1: "1", 20: "S99912345^WA^20290101"}), ("US_DRIVER_LICENSE", "S99912345")),
        (segment("NK1", {1: "1", 2: "DOE^JOHN", 37: "401882291"}), ("US_SSN", "401882291")),
        (segment("GT1", {1: "1", 12: "401882291"}), ("US_SSN", "401882291")),
        (segment("IN1", {1: "1", 36: "W123456789"}), ("HEALTH_PLAN_ID", "W123456789")),
        (segment("IN2", {2: "401882291"}), ("US_SSN", "401882291")),
        # Dates with a time: the date pattern only takes bare |YYYYMMDD| fields.
        (segment("PID", {1: "1", 7: "196107040830"}), ("DATE_TIME", "196107040830")),
        (segment("PID", {1: "1", 29: "20251102034200"}), ("DATE_TIME", "20251102034200")),
        (segment("PV1", {1: "1", 2: "I", 44: "20251120083000"}, width=50), ("DATE_TIME", "20251120083000")),
        (segment("PV1", {1: "1", 2: "I", 45: "202511251200-0500"}, width=50), ("DATE_TIME", "202511251200-0500")),
        (segment("OBR", {1: "1", 4: "80053^CMP^CPT", 7: "202503010637"}), ("DATE_TIME", "202503010637")),
        (segment("SPM", {1: "1", 17: "202503010637"}), ("DATE_TIME", "202503010637")),
    ],
)
def test_a_field_is_typed_by_its_position(line: str, expected: tuple[str, str]) -> None:
    assert expected in found(MSH + "\r" + line + "\r")


def test_fields_are_typed_inside_json_strings_too() -> None:
    message = MSH + "\r" + segment("PID", {1: "1", 19: "401882291"}) + "\r"
    assert ("US_SSN", "401882291") in found(json.dumps({"hl7": message}))


def test_a_segment_id_inside_a_line_is_not_a_segment() -> None:
    text = "the XPID|" + "|".join(["x"] * 18) + "|401882291 value"
    assert "US_SSN" not in {e for e, _ in found(text)}


def test_a_value_that_fails_validation_is_not_typed() -> None:
    line = segment("PID", {1: "1", 19: "000123456"})  # area 000 is never issued
    assert "US_SSN" not in {e for e, _ in found(MSH + "\r" + line)}


def test_the_wrong_position_is_not_typed() -> None:
    line = segment("PID", {1: "1", 18: "401882291"})  # PID-18 is the account number
    assert ("US_SSN", "401882291") not in found(MSH + "\r" + line)


def test_pid_phone_fields_and_the_whole_address_are_found() -> None:
    text = "PID|1||123^^^LAB^MR||NGUYEN^THI^HUONG||19420307|F|||12 Oak Ave^^Tacoma^WA^98402||(253)555-0101|253-555-0102"
    hits = set(found(text))
    assert {("PERSON", "NGUYEN^THI^HUONG"), ("STREET_ADDRESS", "12 Oak Ave^^Tacoma^WA"), ("US_ZIP_CODE", "98402")} <= hits
    assert {("PHONE_NUMBER", "(253)555-0101"), ("PHONE_NUMBER", "253-555-0102")} <= hits


def test_bare_ten_digits_in_pid_13_are_a_phone() -> None:
    assert ("PHONE_NUMBER", "6175550199") in found("PID|1||8812345^^^HOSP^MR||DOE^JANE||19420307|F|||||6175550199")


def test_the_message_timestamp_is_not_a_date_of_the_patient() -> None:
    # MSH-7 says when the message was sent: an event, not PHI.
    assert ("DATE_TIME", "202401011200") not in found(MSH + "\r" + segment("PV1", {1: "1", 2: "I"}, width=50) + "\r")
