"""Findings in ids, tool names and object keys: they classify the request like
any finding, and an enforced rewrite of one refuses the request (structure
cannot be rewritten without breaking it)."""

from __future__ import annotations

import pytest

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.detection import Finding
from hushgate.policy.apply import DataInIdentifier, apply_policy
from tests.policy.conftest import BASIC, FLEET, compile_policy

SSN = "536-22-8472"


def _request() -> CanonicalRequest:
    body = {"model": "safe", "messages": [{"role": "user", "content": "hi"}], "metadata": {SSN: "x", "https://a.example/x": 1}}
    return CanonicalRequest(ROUTE_CHAT, body, "safe")


def _apply(policy_text: str, *entities: str):
    request = _request()
    found = [("metadata.*", Finding(entity, 0, 5, 0.9, "test")) for entity in entities]
    return apply_policy(compile_policy(policy_text), request, [], declared=None, fleet=FLEET, hash_key=b"k" * 32, in_identifiers=found)


def test_object_keys_that_could_hold_data_are_listed_as_identifiers() -> None:
    assert [i.text for i in _request().identifiers] == [SSN, "https://a.example/x"]


def test_plain_protocol_keys_and_names_are_not_listed() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city_name": {"type": "string"}}}}}]}
    assert CanonicalRequest(ROUTE_CHAT, body, "m").identifiers == []


def test_a_redacted_entity_in_an_object_key_refuses_the_request() -> None:
    with pytest.raises(DataInIdentifier) as refused:
        _apply(BASIC, "US_SSN")
    assert refused.value.param == "metadata.*" and refused.value.entity_type == "US_SSN"


def test_an_allowed_entity_in_an_object_key_is_forwarded() -> None:
    applied = _apply(BASIC, "URL")
    assert applied.evaluation.decision.decision == "allow"


def test_an_identifier_finding_raises_the_request_class() -> None:
    applied = _apply(BASIC.replace("MEDICAL_RECORD_NUMBER: pseudonymize", "MEDICAL_RECORD_NUMBER: allow"), "MEDICAL_RECORD_NUMBER")
    assert applied.evaluation.decision.data_class == "PHI"


def test_monitor_mode_records_but_does_not_refuse() -> None:
    applied = _apply(BASIC.replace("id: basic", "id: basic\nmode: monitor"), "US_SSN")
    assert applied.evaluation.decision.decision == "monitor"
    assert applied.evaluation.decision.entity_counts == {"US_SSN": 1}


def test_explain_finds_an_identifier_hidden_in_base64_like_the_gateway() -> None:
    import base64

    from hushgate.detection.engine import Detector
    from hushgate.policy.explain import explain_text

    token = base64.b64encode(f"SSN {SSN}".encode()).decode()
    explanation = explain_text(compile_policy(BASIC), Detector(), f"decode {token}", model="safe", fleet=FLEET)
    assert [f.entity_type for f in explanation.findings] == ["US_SSN"]
    assert token not in (explanation.sent or "")
