"""Safe Harbor identifiers C (ages over 89) and M (device identifiers and
serial numbers): valid values, invalid values and look-alikes."""

from __future__ import annotations

import pytest

from helpers import found
from hushgate.detection.checksums import gtin_valid
from hushgate.policy.actions import generalize

AGES = [
    ("Pt is a 94yo F with CHF.", "94yo"),
    ("94 y/o male, fall at home", "94 y/o"),
    ("a 92-year-old woman presented with dyspnea", "92-year-old"),
    ("She is 101 years old and lives alone.", "101 years old"),
    ("patient age: 93, sex: M", "93"),
    ("at the age of 97 she moved in with her son", "97"),
    ('{"age": 96, "sex": "F"}', "96"),
    ('{"patient_age": "119"}', "119"),
    ("Age: 91 | Sex: F", "91"),
    ("Ninety-four-year-old woman after a fall", "Ninety-four-year-old"),
    ("She is in her 90s and lives alone.", "90s"),
    ("in his late 90's", "90's"),
    # Set off after a name, with person context.
    ("Mr. Diaz, 93, fell at home.", "93"),
    ("Mrs. Park (95) lives alone", "95"),
    ("she turned 100 last week", "100"),
    ("celebrating his 101st birthday", "101"),
    # Spanish and German, with their age words.
    ("Edad: 93 años", "93"),
    ("Alter: 91 Jahre", "91"),
    ("Paziente di 91 anni, ricoverata.", "91"),
    ("Patiënt van 95 jaar oud, opgenomen.", "95"),
    # After a pronoun or a relative, in digits or words; a sex before it in brackets.
    ("She is 97 and lives alone.", "97"),
    ("my grandmother is ninety-four and still gardens", "ninety-four"),
    ("The resident, age ninety-two, needs assistance.", "ninety-two"),
    ("Pt (F, 95) reports dizziness.", "95"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_age_over_89_is_found(text: str, age: str) -> None:
    assert ("AGE", age) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A 45-year-old asks about statins.",      # 89 or less: not a Safe Harbor identifier
        "patient age: 89",
        "a 120-year-old church",                  # beyond any human age we report
        "invoices aged 90 days are written off",  # a duration, not an age
        "age 95% confidence interval",
        "values (90, 95, 100) in the table",       # no name before the bracket
        "hace 93 años se fundó la empresa",         # "93 years ago", no age context
        "the counter turned 100 today",             # no person context
        "he weighs 95 kg, age unknown",
        "the 199 yo",
        "model x94yo",
        "the music of the early 90s",   # years, not an age
        "temperatures in the 90s",
        "ninety-nine problems",
        "Her temperature is 97.8 and she is 98% saturated on room air.",
        "He is 95 kg and she is 92 pounds.",
        "Pulse 96; he is 90 minutes late for dialysis.",
        "The store is 94 miles away; he's 100 feet from the exit.",
    ],
)
def test_not_an_age_over_89(text: str) -> None:
    assert "AGE" not in {entity for entity, _ in found(text)}


def test_age_phrase_without_person_context_scores_lower_than_with_it() -> None:
    from helpers import findings

    alone = [f.score for f in findings("a 100-year-old oak") if f.entity_type == "AGE"]
    with_context = [f.score for f in findings("patient is a 100-year-old woman") if f.entity_type == "AGE"]
    assert alone and with_context and with_context[0] > alone[0]


def test_generalize_turns_an_age_into_safe_harbors_category() -> None:
    assert generalize("AGE", "94-year-old") == "90+"


DEVICES = [
    ("UDI (01)00844588003288(17)141120(10)7654321D(21)10987654d321", "(01)00844588003288(17)141120(10)7654321D(21)10987654d321"),
    ("label: (01)10614141000415", "(01)10614141000415"),
    ("pacemaker serial number PJN604821H, implanted 2019", "PJN604821H"),
    ("S/N: 4KX-22871", "4KX-22871"),
    ("device id: A1B2C3D4E5", "A1B2C3D4E5"),
    ("IMEI 35-209900-176148-1", "35-209900-176148-1"),
    ("imei: 352099001761481", "352099001761481"),
    ('{"device_serial": "INS-0042-7781"}', "INS-0042-7781"),
    # Phone and SIM identifiers after their keyword; a MAC in a "mac_address" column.
    ("iPhone UDID: 00008030-001A2B3C4D5E802E", "00008030-001A2B3C4D5E802E"),
    ("ICCID 8901260012345678901 on the SIM", "8901260012345678901"),
    ("IMSI: 310260123456789", "310260123456789"),
    ("hostname,mac_address,ip\nnurse-ws-12,00:1A:2B:3C:4D:5E,10.2.3.4", "00:1A:2B:3C:4D:5E"),
    # A column or key named just "serial".
    ("| device | serial | location |\n| --- | --- | --- |\n| infusion pump | SN-88213-XA | ICU 4 |", "SN-88213-XA"),
    ('{"serial": "C02XK1YJJG5H", "model": "A2338"}', "C02XK1YJJG5H"),
    # MAC addresses: colon form anywhere, dash form after its keyword.
    ("DHCPACK on 10.0.0.5 to 3c:22:fb:12:34:56 via eth0", "3c:22:fb:12:34:56"),
    ("wlan0 HWaddr 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E"),
    ("Physical Address. . . . . . . . . : 3C-22-FB-12-34-56", "3C-22-FB-12-34-56"),
]


@pytest.mark.parametrize(("text", "value"), DEVICES)
def test_device_identifier_is_found(text: str, value: str) -> None:
    assert ("DEVICE_ID", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "(01)00844588003289",            # GTIN check digit fails
        "IMEI 352099001761482",          # Luhn fails
        "connect over the serial port",  # no value
        "id SERIAL PRIMARY KEY",         # SQL, no digit
        "serial number: unknown",
        "the device is a Medtronic pump",
        "ff:ff:ff:ff:ff:ff is the broadcast address",  # no device
        "fe80::1ff:fe23:4567:890a",      # an IPv6 address
        "elapsed 12:34:56:78",           # four groups, a duration
        "3c:22:fb:12:34:56:78",          # seven groups: not a MAC
    ],
)
def test_not_a_device_identifier(text: str) -> None:
    assert "DEVICE_ID" not in {entity for entity, _ in found(text)}


@pytest.mark.parametrize(("gtin", "valid"), [("00844588003288", True), ("10614141000415", True), ("4006381333931", True), ("00844588003287", False), ("0084458800328", False), ("abcdefghijklmn", False)])
def test_gtin_check_digit(gtin: str, valid: bool) -> None:
    assert gtin_valid(gtin) is valid


def test_age_and_sex_shorthand_reports_the_number_only() -> None:
    assert ("AGE", "94") in found("Pt Eleanor Vasquez, 94F, admitted for CHF")


@pytest.mark.parametrize("text", ["Pt temp, 94F this morning", "Client revenue, 94M in Q3", "72M with chest pain"])
def test_age_and_sex_shorthand_lookalikes(text: str) -> None:
    assert "AGE" not in {entity for entity, _ in found(text)}


def test_an_age_over_89_given_in_the_first_person_after_how_old_is_found() -> None:
    assert ("AGE", "ninety three") in found("Nurse: And how old are you?\nPatient: I'm ninety three"), found("x")


@pytest.mark.parametrize("text", ["I'm 100 sure it shipped", "I'm 95 pages into the manual"])
def test_a_number_after_im_without_age_context_is_not_an_age(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("年龄：92岁", "92"),
        ("患者は92歳の女性。", "92"),
        ("환자는 93세 남성입니다.", "93"),
        ("Age/Sex: 95/F", "95"),
        ("91M with pneumonia", "91"),
        ("Patient, 94 yrs, presents with confusion.", "94"),
        ("My grandmother, who is 98, lives alone.", "98"),
        ("Resident: Ida Marsh, 96", "96"),
    ],
)
def test_ages_over_89_in_cjk_slash_sex_and_bare_forms_are_found(text: str, age: str) -> None:
    assert ("AGE", age) in found(text), found(text)


@pytest.mark.parametrize("text", ["over 94 years, the firm grew", "Version Alpha, 96", "91M rows scanned"])
def test_numbers_over_89_without_a_person_are_not_ages(text: str) -> None:
    assert found(text) == [], found(text)
