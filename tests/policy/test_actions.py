"""Actions on every segment kind: redact, mask, hash, pseudonymize."""

from __future__ import annotations

import orjson

from hushgate.canonical import ROUTE_CHAT, ROUTE_EMBEDDINGS, CanonicalRequest
from hushgate.detection import Finding
from hushgate.policy.actions import Transformer, hash_token, mask
from hushgate.policy.apply import apply_policy
from hushgate.policy.schema import ActionSpec
from hushgate.policy.vault import Vault
from tests.policy.conftest import FLEET

KEY_A = b"a" * 32
KEY_B = b"b" * 32


def spans(text: str, *values: tuple[str, str]) -> list[Finding]:
    out = []
    for entity, value in values:
        start = text.index(value)
        out.append(Finding(entity, start, start + len(value), 0.9, "test"))
    return out


def locate(request: CanonicalRequest, *values: tuple[str, str]) -> list[tuple[int, Finding]]:
    """(segment, finding) for every occurrence of each value in every segment."""
    located = []
    for i, seg in enumerate(request.segments):
        for entity, value in values:
            start = seg.text.find(value)
            while start >= 0:
                located.append((i, Finding(entity, start, start + len(value), 0.9, "test")))
                start = seg.text.find(value, start + 1)
    return located


def test_mask_keeps_the_last_four_and_the_separators() -> None:
    assert mask("4111-1111-1111-1111", ActionSpec(action="mask", keep_last=4)) == "****-****-****-1111"


def test_mask_never_reveals_most_of_a_short_value() -> None:
    assert mask("12345", ActionSpec(action="mask", keep_last=4)) == "***45"


def test_mask_keeps_bin_and_last_four_when_asked() -> None:
    assert mask("4111111111111111", ActionSpec(action="mask", keep_first=6, keep_last=4)) == "411111******1111"


def test_hash_is_stable_for_one_tenant_key() -> None:
    assert hash_token(KEY_A, "US_SSN", "123-45-6789") == hash_token(KEY_A, "US_SSN", "123-45-6789")


def test_hash_differs_across_tenant_keys() -> None:
    assert hash_token(KEY_A, "US_SSN", "123-45-6789") != hash_token(KEY_B, "US_SSN", "123-45-6789")


def test_hash_token_does_not_contain_the_value() -> None:
    token = hash_token(KEY_A, "US_SSN", "123-45-6789")
    assert token.startswith("[HASH:US_SSN:") and "6789" not in token


def test_same_value_gets_the_same_placeholder_in_every_segment_kind(basic) -> None:  # type: ignore[no-untyped-def]
    body = {
        "model": "public-model",
        "messages": [
            {"role": "system", "content": "You assist Jane Roe."},
            {"role": "user", "content": "Email jane@example.com for Jane Roe"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "send", "arguments": orjson.dumps({"to": "jane@example.com", "who": "Jane Roe"}).decode()}}
            ]},
            {"role": "tool", "tool_call_id": "c1", "content": "sent to Jane Roe"},
        ],
    }  # fmt: skip
    request = CanonicalRequest(ROUTE_CHAT, body, "public-model")
    located = locate(request, ("PERSON", "Jane Roe"), ("EMAIL_ADDRESS", "jane@example.com"))
    apply_policy(basic, request, located, declared=None, fleet=FLEET, hash_key=KEY_A)
    sent = orjson.loads(request.to_json())
    assert sent["messages"][0]["content"] == "You assist <PERSON_1>."
    assert sent["messages"][1]["content"] == "Email <EMAIL_ADDRESS_1> for <PERSON_1>"
    assert orjson.loads(sent["messages"][2]["tool_calls"][0]["function"]["arguments"]) == {"to": "<EMAIL_ADDRESS_1>", "who": "<PERSON_1>"}
    assert sent["messages"][3]["content"] == "sent to <PERSON_1>"


def test_tool_arguments_stay_valid_json_after_a_rewrite(basic) -> None:  # type: ignore[no-untyped-def]
    args = orjson.dumps({"note": 'SSN "123-45-6789" \\ end', "n": 3}).decode()
    body = {"model": "public-model", "messages": [{"role": "assistant", "content": None, "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": args}}]}]}  # fmt: skip
    request = CanonicalRequest(ROUTE_CHAT, body, "public-model")
    apply_policy(basic, request, locate(request, ("US_SSN", "123-45-6789")), declared=None, fleet=FLEET, hash_key=KEY_A)
    out = orjson.loads(orjson.loads(request.to_json())["messages"][0]["tool_calls"][0]["function"]["arguments"])
    assert out == {"note": 'SSN "[REDACTED:US_SSN]" \\ end', "n": 3}


def test_embeddings_input_is_transformed(basic) -> None:  # type: ignore[no-untyped-def]
    request = CanonicalRequest(ROUTE_EMBEDDINGS, {"model": "public-model", "input": ["ssn 123-45-6789", "plain"]}, "public-model")
    apply_policy(basic, request, locate(request, ("US_SSN", "123-45-6789")), declared=None, fleet=FLEET, hash_key=KEY_A)
    assert request.body["input"] == ["ssn [REDACTED:US_SSN]", "plain"]


def test_message_name_field_gets_a_name_safe_replacement(basic) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "public-model", "messages": [{"role": "user", "name": "Jane Roe", "content": "hi"}]}
    request = CanonicalRequest(ROUTE_CHAT, body, "public-model")
    apply_policy(basic, request, locate(request, ("PERSON", "Jane Roe")), declared=None, fleet=FLEET, hash_key=KEY_A)
    assert request.body["messages"][0]["name"] == "PERSON_1"


def test_blocked_request_is_left_untouched(basic) -> None:  # type: ignore[no-untyped-def]
    body = {"model": "public-model", "messages": [{"role": "user", "content": "Jane Roe key sk-x"}]}
    request = CanonicalRequest(ROUTE_CHAT, body, "public-model")
    applied = apply_policy(basic, request, locate(request, ("PERSON", "Jane Roe"), ("API_KEY", "sk-x")), declared=None, fleet=FLEET, hash_key=KEY_A)
    assert applied.evaluation.blocked_by is not None
    assert request.body["messages"][0]["content"] == "Jane Roe key sk-x"


def test_overlapping_findings_never_corrupt_the_text() -> None:
    text = "call 555-0100 now"
    seg_findings = spans(text, ("PHONE_NUMBER", "555-0100"), ("PHONE_NUMBER", "0100"))
    request = CanonicalRequest(ROUTE_CHAT, {"model": "m", "messages": [{"role": "user", "content": text}]}, "m")
    Transformer(Vault(), KEY_A).apply(request.segments[0], seg_findings, {"PHONE_NUMBER": ActionSpec(action="redact")})
    assert request.segments[0].text == "call [REDACTED:PHONE_NUMBER] now"
