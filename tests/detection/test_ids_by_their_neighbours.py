"""Identifiers typed by what stands around them: a document's type beside
its number, a FHIR Coverage's identifier, a plan card's label in French,
Portuguese or Japanese, a security code asked for in a call, a Wi-Fi key in
a router config. Synthetic examples written for these tests."""

from __future__ import annotations

import pytest

from helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"id_document": {"type": "US_PASSPORT", "number": "H22231677", "expires": "2031-08-19"}}', ("US_PASSPORT", "H22231677")),
        ('{"documents": [{"type": "P", "issuing_country": "USA", "number": "G19820847"}]}', ("US_PASSPORT", "G19820847")),
        (
            '{"resourceType": "Coverage", "identifier": [{"system": "urn:oid:1.3.6.1.4.1.38.7", "value": "XKJ345859200"}]}',
            ("HEALTH_PLAN_ID", "XKJ345859200"),
        ),
        ("N° d'adhérent mutuelle : 5297585357", ("HEALTH_PLAN_ID", "5297585357")),
        ("被保険者番号：10386044", ("HEALTH_PLAN_ID", "10386044")),
        ("Agent: And the three digits on the back?\nCustomer: 147.\nAgent: ok", ("CARD_SECURITY_CODE", "147")),
        ("有効期限：12/28　セキュリティコード：022", ("CARD_SECURITY_CODE", "022")),
        ("REDIS_URL: redis://:saffron-obsidian-juniper-68@cache:6379/0", ("PASSWORD", "saffron-obsidian-juniper-68")),
        ("I reset your password to a temp one: obsidian64_Zeph — change it", ("PASSWORD", "obsidian64_Zeph")),
        ("wireless\n  ssid OfficeNet-5G\n  wpa2-psk Falcon#35\nadmin", ("PASSWORD", "Falcon#35")),
    ],
)
def test_an_identifier_is_typed_by_its_neighbours(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


def test_a_number_beside_another_kind_of_type_is_not_a_document() -> None:
    assert found('{"item": {"type": "widget", "number": "12345678"}}') == []
