"""The gemini adapter against a mock Gemini API, through the gateway with the openai SDK."""

from __future__ import annotations

import openai
import pytest

from tests.support.mock_gemini import LEAKY_MESSAGE, MockGemini, Scripted, gemini_error, gemini_events, gemini_response
from tests.support.servers import serve


@pytest.fixture
def gemini(monkeypatch):
    monkeypatch.setenv("GEMINI_TEST_KEY", "gemini-secret-key-123")
    mock = MockGemini()
    with serve(mock.app) as url:
        yield mock, url


def gemini_config(url: str) -> dict:
    return {
        "server": {"auth": {"mode": "disabled"}},
        "providers": {
            "gm": {
                "type": "gemini",
                "base_url": f"{url}/v1beta",
                "api_key_env": "GEMINI_TEST_KEY",
                "timeouts": {"connect": 2, "read": 5, "pool": 2, "total": 10},
            }
        },
        "models": {
            "flash": {"deployments": [{"provider": "gm", "model": "gemini-2.5-flash", "tags": ["in_vpc"], "capabilities": {"vision": True}}]}
        },
    }


def ask(url: str, **kwargs):
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)
    return client.chat.completions.create(model="flash", messages=[{"role": "user", "content": "Hi"}], **kwargs)


def test_request_goes_to_generate_content_with_key_in_header(gateway_factory, gemini):
    mock, upstream = gemini
    ask(gateway_factory(gemini_config(upstream)))
    assert mock.last.path == "/v1beta/models/gemini-2.5-flash:generateContent"
    assert mock.last.headers["x-goog-api-key"] == "gemini-secret-key-123"
    assert "key" not in mock.queries[-1]


def test_body_is_translated_to_contents(gateway_factory, gemini):
    mock, upstream = gemini
    ask(gateway_factory(gemini_config(upstream)), max_tokens=20)
    assert mock.last.json == {"contents": [{"role": "user", "parts": [{"text": "Hi"}]}], "generationConfig": {"maxOutputTokens": 20}}


def test_answer_is_an_openai_chat_completion(gateway_factory, gemini):
    mock, upstream = gemini
    reply = ask(gateway_factory(gemini_config(upstream)))
    assert reply.choices[0].message.content == "Hello from Gemini."
    assert reply.usage.total_tokens == 13 and reply.model == "gemini-2.5-flash"


def test_function_call_answer_reaches_the_client_as_tool_call(gateway_factory, gemini):
    mock, upstream = gemini
    mock.then(Scripted(body=gemini_response({"functionCall": {"name": "lookup", "args": {"city": "Oslo"}}})))
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    reply = ask(gateway_factory(gemini_config(upstream)), tools=tools)
    assert reply.choices[0].message.tool_calls[0].function.name == "lookup"
    assert reply.choices[0].finish_reason == "tool_calls"


def test_stream_uses_alt_sse_and_arrives_as_chat_chunks(gateway_factory, gemini):
    mock, upstream = gemini
    chunks = list(ask(gateway_factory(gemini_config(upstream)), stream=True, stream_options={"include_usage": True}))
    assert mock.last.path.endswith(":streamGenerateContent") and mock.queries[-1] == {"alt": "sse"}
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Hello from Gemini."
    assert chunks[-1].usage.total_tokens == 12


def test_stream_cut_before_finish_reason_ends_with_an_error_event(gateway_factory, gemini):
    mock, upstream = gemini
    mock.then(Scripted(chunks=gemini_events(["a", "b", "c"]), truncate_after=2))
    with pytest.raises(openai.APIError) as info:
        list(ask(gateway_factory(gemini_config(upstream)), stream=True))
    assert info.value.body["code"] == "upstream_stream_interrupted"


def test_error_status_maps_to_sanitized_code(gateway_factory, gemini):
    mock, upstream = gemini
    mock.then(Scripted(status=400, body=gemini_error(400, "INVALID_ARGUMENT")))
    with pytest.raises(openai.BadRequestError) as info:
        ask(gateway_factory(gemini_config(upstream)))
    assert info.value.body["code"] == "INVALID_ARGUMENT"
    assert LEAKY_MESSAGE not in info.value.response.text


def test_untranslatable_request_gets_400_naming_the_param(gateway_factory, gemini):
    mock, upstream = gemini
    content = [{"type": "image_url", "image_url": {"url": "https://example.com/x.png"}}]
    client = openai.OpenAI(base_url=f"{gateway_factory(gemini_config(upstream))}/v1", api_key="unused", max_retries=0)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="flash", messages=[{"role": "user", "content": content}])
    assert info.value.body["param"] == "messages[0].content[0]"
    assert mock.received == []


def test_thought_signature_survives_the_sdk_round_trip(gateway_factory, gemini):
    mock, upstream = gemini
    part = {"functionCall": {"name": "lookup", "args": {"city": "Oslo"}}, "thoughtSignature": "c2lnbmF0dXJl"}
    mock.then(Scripted(body=gemini_response(part)), Scripted())
    url = gateway_factory(gemini_config(upstream))
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    first = ask(url, tools=tools).choices[0].message
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)
    history = [{"role": "user", "content": "Hi"}, first.model_dump(exclude_none=True),
               {"role": "tool", "tool_call_id": first.tool_calls[0].id, "content": "rain"}]  # fmt: skip
    client.chat.completions.create(model="flash", messages=history, tools=tools)
    assert mock.last.json["contents"][1]["parts"][0]["thoughtSignature"] == "c2lnbmF0dXJl"


def test_resource_exhausted_maps_to_429_with_retry_info_delay(gateway_factory, gemini):
    mock, upstream = gemini
    body = gemini_error(429, "RESOURCE_EXHAUSTED")
    body["error"]["details"] = [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "13s"}]
    mock.then(Scripted(status=429, body=body))
    with pytest.raises(openai.RateLimitError) as info:
        ask(gateway_factory(gemini_config(upstream)))
    assert info.value.body["code"] == "RESOURCE_EXHAUSTED"
    assert info.value.response.headers["retry-after"] == "13"
