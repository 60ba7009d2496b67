"""The Anthropic upstream adapter: the openai SDK -> gateway -> a mock Anthropic Messages API."""

from __future__ import annotations

import time
from collections.abc import Iterator

import openai
import pytest

from hushgate.config import ProviderConfig
from hushgate.providers.anthropic import AnthropicProvider
from tests.support.mock_anthropic import MockAnthropic, Scripted, anthropic_config, error_body, message, message_events, overloaded
from tests.support.servers import serve

CANARY = "canary-anthropic-7f3e-Quentin-Blake"
HI = [{"role": "user", "content": "Hi"}]


@pytest.fixture
def mock_anthropic() -> Iterator[tuple[MockAnthropic, str]]:
    mock = MockAnthropic()
    with serve(mock.app) as url:
        yield mock, url


def client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)


@pytest.fixture
def gateway(gateway_factory, mock_anthropic) -> str:
    return gateway_factory(anthropic_config(mock_anthropic[1]))


def test_request_goes_to_v1_messages_with_key_and_version_headers(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    client(gateway).chat.completions.create(model="claude-test", messages=HI)
    assert mock.last.path == "/v1/messages"
    assert mock.last.headers["x-api-key"] == "upstream-secret-key-123"
    assert mock.last.headers["anthropic-version"] == "2023-06-01"
    assert "authorization" not in mock.last.headers


def test_configured_anthropic_version_is_sent(gateway_factory, mock_anthropic):
    mock, upstream = mock_anthropic
    url = gateway_factory(anthropic_config(upstream, options={"anthropic_version": "2024-01-01"}))
    client(url).chat.completions.create(model="claude-test", messages=HI)
    assert mock.last.headers["anthropic-version"] == "2024-01-01"


def test_upstream_body_is_a_messages_request_with_deployment_model_and_default_max_tokens(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    client(gateway).chat.completions.create(model="claude-test", messages=[{"role": "system", "content": "Be brief."}, *HI])
    assert mock.last.json == {"model": "claude-upstream", "system": "Be brief.", "messages": HI, "max_tokens": 2048}


def test_default_max_tokens_follows_the_deployment_capabilities(gateway_factory, mock_anthropic):
    mock, upstream = mock_anthropic
    config = anthropic_config(upstream)
    del config["providers"]["claude0"]["options"]["max_output_tokens"]
    config["models"]["claude-test"]["deployments"][0]["capabilities"] = {"max_output_tokens": 1234}
    client(gateway_factory(config)).chat.completions.create(model="claude-test", messages=HI)
    assert mock.last.json["max_tokens"] == 1234


def test_client_max_tokens_wins_over_the_default(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    client(gateway).chat.completions.create(model="claude-test", messages=HI, max_tokens=77)
    assert mock.last.json["max_tokens"] == 77


def test_answer_becomes_a_chat_completion_with_usage(gateway):
    reply = client(gateway).chat.completions.create(model="claude-test", messages=HI)
    assert reply.choices[0].message.content == "Hello from Anthropic."
    assert reply.choices[0].finish_reason == "stop"
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (21, 7, 28)


def test_tool_use_answer_becomes_tool_calls(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(body=message("Checking.", tool_uses=[{"id": "toolu_1", "name": "lookup", "input": {"city": "Rome"}}])))
    reply = client(gateway).chat.completions.create(model="claude-test", messages=HI)
    call = reply.choices[0].message.tool_calls[0]
    assert (call.id, call.function.name, call.function.arguments) == ("toolu_1", "lookup", '{"city":"Rome"}')
    assert reply.choices[0].finish_reason == "tool_calls"


def test_tool_history_reaches_upstream_as_tool_use_and_tool_result(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    call = {"id": "toolu_0", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Rome"}'}}
    client(gateway).chat.completions.create(
        model="claude-test",
        messages=[*HI, {"role": "assistant", "content": None, "tool_calls": [call]}, {"role": "tool", "tool_call_id": "toolu_0", "content": "sunny"}],
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}],
    )
    sent = mock.last.json
    assert sent["messages"][1]["content"] == [{"type": "tool_use", "id": "toolu_0", "name": "lookup", "input": {"city": "Rome"}}]
    assert sent["messages"][2] == {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_0", "content": "sunny"}]}
    assert sent["tools"] == [{"name": "lookup", "input_schema": {"type": "object"}}]


def test_stream_text_arrives_incrementally(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(events=message_events(["one", " two", " three"]), event_delay_s=0.15))
    arrivals, text = [], ""
    for chunk in client(gateway).chat.completions.create(model="claude-test", messages=HI, stream=True):
        if chunk.choices and chunk.choices[0].delta.content:
            arrivals.append(time.monotonic())
            text += chunk.choices[0].delta.content
    assert text == "one two three"
    # Deltas spaced 0.15 s apart upstream: collapsing the stream would bunch them together.
    assert arrivals[-1] - arrivals[0] > 0.2


def test_stream_tool_use_becomes_tool_call_deltas(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(events=message_events([], tool_uses=[("toolu_1", "lookup", ['{"city": ', '"Rome"}'])])))
    chunks = list(client(gateway).chat.completions.create(model="claude-test", messages=HI, stream=True))
    calls = [c.choices[0].delta.tool_calls[0] for c in chunks if c.choices and c.choices[0].delta.tool_calls]
    assert (calls[0].id, calls[0].function.name) == ("toolu_1", "lookup")
    assert "".join(c.function.arguments for c in calls) == '{"city": "Rome"}'
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_stream_usage_chunk_when_asked(gateway):
    chunks = list(client(gateway).chat.completions.create(model="claude-test", messages=HI, stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].usage.total_tokens == 28 and chunks[-1].choices == []


def test_overloaded_upstream_fails_over_to_the_next_deployment(gateway_factory, mock_anthropic):
    mock, upstream = mock_anthropic
    mock.then(overloaded())
    url = gateway_factory(anthropic_config(upstream, deployments=2))
    reply = client(url).chat.completions.create(model="claude-test", messages=HI)
    assert reply.choices[0].message.content == "Hello from Anthropic." and len(mock.received) == 2


def test_upstream_error_text_quoting_the_prompt_never_reaches_the_client(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(400, error_body("invalid_request_error", f"messages.0.content: bad value {CANARY}")))
    with pytest.raises(openai.BadRequestError) as caught:
        client(gateway).chat.completions.create(model="claude-test", messages=[{"role": "user", "content": CANARY}])
    assert CANARY not in caught.value.response.text
    assert caught.value.body["code"] == "invalid_request_error"


def test_stream_error_event_ends_the_stream_with_an_error(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    events = message_events(["partial"])[:4] + [("error", error_body("overloaded_error", f"Overloaded {CANARY}"))]
    mock.then(Scripted(events=events))
    with pytest.raises(openai.APIError) as caught:
        list(client(gateway).chat.completions.create(model="claude-test", messages=HI, stream=True))
    assert CANARY not in str(caught.value.body)


def test_truncated_stream_ends_with_an_error(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(truncate_after=4))
    with pytest.raises(openai.APIError):
        list(client(gateway).chat.completions.create(model="claude-test", messages=HI, stream=True))


def test_answer_that_is_not_a_message_is_a_502(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(raw_body=b"<html>oops</html>"))
    with pytest.raises(openai.APIStatusError) as caught:
        client(gateway).chat.completions.create(model="claude-test", messages=HI)
    assert caught.value.status_code == 502


def test_request_anthropic_cannot_take_is_a_400_naming_the_field(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    with pytest.raises(openai.BadRequestError) as caught:
        client(gateway).chat.completions.create(model="claude-test", messages=HI, n=2)
    assert caught.value.body["param"] == "n" and mock.received == []


def test_embeddings_request_is_a_400_and_never_sent(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    with pytest.raises(openai.BadRequestError) as caught:
        client(gateway).embeddings.create(model="claude-test", input="Hi")
    assert caught.value.body["code"] == "unsupported_route" and mock.received == []


def test_provider_config_with_bad_max_output_tokens_is_refused_at_startup():
    with pytest.raises(ValueError, match="max_output_tokens"):
        AnthropicProvider("claude", ProviderConfig(type="anthropic", options={"max_output_tokens": 0}))
