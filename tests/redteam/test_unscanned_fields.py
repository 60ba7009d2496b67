"""Client text outside the fields the extractor names is scanned too (fail closed).

Every string the gateway forwards is client text unless it is protocol
structure; before the residual sweep in canonical.py, these fields reached
the upstream with an SSN and an email in the clear.
"""

from __future__ import annotations

import httpx
import orjson
import pytest

from tests.conftest import upstream_config

SSN = "536-22-8472"
EMAIL = "maria.lopez@example.org"
PII = f"SSN {SSN} email {EMAIL}"
HI = [{"role": "user", "content": "hi"}]


def _call(args: dict) -> dict:
    return {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": orjson.dumps(args).decode()}}]}


FIELDS = {
    "stop_list": {"messages": HI, "stop": [PII]},
    "stop_string": {"messages": HI, "stop": PII},
    "prediction_content": {"messages": HI, "prediction": {"type": "content", "content": PII}},
    "prediction_parts": {"messages": HI, "prediction": {"type": "content", "content": [{"type": "text", "text": PII}]}},
    "metadata_value": {"messages": HI, "metadata": {"note": PII}},
    "legacy_functions_description": {"messages": HI, "functions": [{"name": "f", "description": PII, "parameters": {"type": "object"}}]},
    "file_part_filename": {"messages": [{"role": "user", "content": [{"type": "file", "file": {"filename": PII, "file_data": "data:application/pdf;base64,AAAA"}}]}]},
    "text_part_with_non_string_text": {"messages": [{"role": "user", "content": [{"type": "text", "text": [PII]}]}]},
    "unknown_key_in_text_part": {"messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "annotations": PII}]}]},
    "unknown_key_in_message": {"messages": [{"role": "user", "content": "hi", "extra": PII}]},
    "assistant_reasoning_content": {"messages": [*HI, {"role": "assistant", "content": "x", "reasoning_content": PII}]},
    "tool_parameter_pattern": {"messages": HI, "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {"x": {"type": "string", "pattern": PII}}}}}]},
    "custom_tool_description": {"messages": HI, "tools": [{"type": "custom", "custom": {"name": "f", "description": PII}}]},
    "web_search_user_location": {"messages": HI, "web_search_options": {"user_location": {"approximate": {"city": PII}}}},
    "unknown_top_level_field": {"messages": HI, "some_future_field": PII},
    "part_shaped_object_outside_messages": {"messages": HI, "prediction": {"type": "file", "file": {"file_data": PII}}},
    "type_field_holding_text": {"messages": HI, "metadata": {"type": PII}},
    "tool_arguments_nested_arrays": {"messages": [*HI, _call({"a": [[PII]], "b": {"c": {"d": PII}}})]},
}


KEYED = {
    "metadata_ssn_without_dashes": ({"metadata": {"ssn": "536228472"}}, "536228472"),
    "metadata_mrn_list": ({"metadata": {"mrn": ["84736291"]}}, "84736291"),
}


@pytest.mark.parametrize("field", list(KEYED))
def test_json_key_is_detection_context_in_other_fields(field, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    body, value = KEYED[field]
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": HI, **body})
    assert response.status_code == 200 and value not in mock.last.raw.decode()


@pytest.mark.parametrize("field", list(FIELDS))
def test_pii_in_field_is_scanned_before_forwarding(field, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", **FIELDS[field]})
    assert response.status_code == 200, response.text
    sent = mock.last.raw.decode()
    assert SSN not in sent and EMAIL not in sent


def test_image_payload_is_passed_through_untouched(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    config = upstream_config(upstream)
    config["models"]["gpt-test"]["deployments"][0]["capabilities"] = {"vision": True}
    url = gateway_factory(config)
    data_url = "data:image/png;base64,iVBORw0KGgo" + "A" * 64
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": data_url}}]}]}
    response = httpx.post(url + "/v1/chat/completions", json=body)
    assert response.status_code == 200, response.text
    assert mock.last.json["messages"][0]["content"][0]["image_url"]["url"] == data_url


def test_anthropic_stop_sequences_are_scanned(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    body = {"model": "gpt-test", "max_tokens": 16, "messages": HI, "stop_sequences": [PII]}
    response = httpx.post(url + "/v1/messages", json=body)
    assert response.status_code == 200, response.text
    sent = mock.last.raw.decode()
    assert SSN not in sent and EMAIL not in sent


IDENTIFIERS = {
    "tool_call_id": {"messages": [*HI, {"role": "tool", "tool_call_id": PII, "content": "ok"}]},
    "tool_call_function_name": {"messages": [*HI, {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": PII, "arguments": "{}"}}]}]},
    "tool_choice_function_name": {"messages": HI, "tools": [{"type": "function", "function": {"name": "f"}}], "tool_choice": {"type": "function", "function": {"name": PII}}},
    "tool_arguments_object_key": {"messages": [*HI, _call({PII: 1})]},
    "metadata_key": {"messages": HI, "metadata": {PII: "x"}},
    "logit_bias_key": {"messages": HI, "logit_bias": {PII: 1}},
}


@pytest.mark.parametrize("field", list(IDENTIFIERS))
def test_pii_in_identifier_or_object_key_is_refused_not_forwarded(field, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", **IDENTIFIERS[field]})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "data_in_identifier"
    assert not mock.received
    assert SSN not in response.text and EMAIL not in response.text


def test_refusal_names_the_location_without_echoing_a_key():
    from hushgate.canonical import CanonicalRequest

    request = CanonicalRequest("chat.completions", {"model": "m", **IDENTIFIERS["metadata_key"]}, "m")
    [identifier] = request.identifiers
    assert identifier.param == "metadata.*"


def _random_id(prefix: str, alphabet: str, length: int, rng) -> str:
    return prefix + "".join(rng.choice(alphabet) for _ in range(length))


def test_provider_shaped_ids_and_tool_names_are_not_mistaken_for_data(gateway_factory, mock_openai):
    import random
    import string

    rng = random.Random(7)
    alnum = string.ascii_letters + string.digits
    calls = []
    results = []
    for n in range(40):
        call_id = [
            _random_id("call_", alnum, 24, rng),
            _random_id("toolu_01", alnum, 22, rng),
            _random_id("fc_", "0123456789abcdef", 48, rng),
            _random_id("chatcmpl-tool-", "0123456789abcdef", 32, rng),
        ][n % 4]
        name = ["get_weather_v2", "lookup_order_2024", "search-kb-3", "fn1"][n % 4]
        calls.append({"id": call_id, "type": "function", "function": {"name": name, "arguments": orjson.dumps({"page_2": n, "x-y": "ok"}).decode()}})
        results.append({"role": "tool", "tool_call_id": call_id, "content": "done"})
    body = {
        "model": "gpt-test",
        "messages": [*HI, {"role": "assistant", "content": None, "tool_calls": calls}, *results],
        "logit_bias": {"50256": -100, "1734": 5},
        "metadata": {"trace_id_2": "abc", "ticket-4471": "open"},
    }
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json=body)
    assert response.status_code == 200, response.text
    assert [c["id"] for c in mock.last.json["messages"][1]["tool_calls"]] == [c["id"] for c in calls]


NON_TEXT = {
    "text_plain_file_data": {"type": "file", "file": {"filename": "note.txt", "file_data": "data:text/plain;base64,U1NOIDUzNi0yMi04NDcy"}},
    "image_url_query": {"type": "image_url", "image_url": {"url": f"https://img.example/scan.png?patient=Maria+Lopez&ssn={SSN}"}},
}


@pytest.mark.parametrize("part", list(NON_TEXT))
def test_identifier_inside_non_text_part_is_not_forwarded(part, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    config = upstream_config(upstream)
    config["models"]["gpt-test"]["deployments"][0]["capabilities"] = {"vision": True}
    url = gateway_factory(config)
    httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": [NON_TEXT[part]]}]})
    sent = mock.last.raw.decode() if mock.received else ""
    assert SSN not in sent and "U1NOIDUzNi0yMi04NDcy" not in sent


def _file_part(data_url: str) -> dict:
    return {"type": "file", "file": {"filename": "note.txt", "file_data": data_url}}


def test_text_file_is_forwarded_as_valid_base64_of_the_redacted_text(gateway_factory, mock_openai):
    import base64

    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    data = base64.b64encode(f"Patient SSN {SSN}, call back.".encode()).decode()
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": [_file_part("data:text/plain;base64," + data)]}]}
    assert httpx.post(url + "/v1/chat/completions", json=body).status_code == 200
    sent = mock.last.json["messages"][0]["content"][0]["file"]["file_data"]
    header, _, encoded = sent.partition(",")
    text = base64.b64decode(encoded, validate=True).decode()
    assert header == "data:text/plain;base64" and SSN not in text and text.startswith("Patient SSN ") and text.endswith(", call back.")


@pytest.mark.parametrize(
    "data_url",
    ["data:application/pdf;base64,JVBERi0xLjQKJcfs", "data:text/plain;base64,//79/A==", "data:text/plain;base64,not base64!"],
    ids=["binary_media_type", "text_media_type_but_not_utf8", "text_media_type_but_not_base64"],
)
def test_file_data_that_is_not_readable_text_passes_through_untouched(data_url, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": [_file_part(data_url)]}]}
    assert httpx.post(url + "/v1/chat/completions", json=body).status_code == 200
    assert mock.last.json["messages"][0]["content"][0]["file"]["file_data"] == data_url
