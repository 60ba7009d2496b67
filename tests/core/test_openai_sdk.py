"""The official openai SDK against the real gateway under uvicorn."""

from __future__ import annotations

import time

import openai
import pytest

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion


def client(url: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=10)


def test_chat_completion_returns_upstream_answer(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    reply = client(url).chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "Hi"}])
    assert reply.choices[0].message.content == "Hello from upstream."
    assert reply.usage.total_tokens == 16


def test_upstream_receives_deployment_model_name(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    client(url).chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "Hi"}])
    assert mock.last.json["model"] == "upstream-model"


def test_streaming_chunks_arrive_incrementally(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["one", " two", " three"]), chunk_delay_s=0.3))
    url = gateway_factory(upstream_config(upstream))
    arrivals = []
    text = ""
    stream = client(url).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": "Hi"}], stream=True
    )
    for chunk in stream:
        arrivals.append(time.monotonic())
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    assert text == "one two three"
    # Five chunks spaced 0.3 s apart upstream: buffering would bunch them up at the end.
    assert arrivals[-1] - arrivals[0] > 0.9


def test_stream_include_usage_is_passed_through(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["a"], usage=True)))
    url = gateway_factory(upstream_config(upstream))
    chunks = list(
        client(url).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "Hi"}], stream=True, stream_options={"include_usage": True}
        )
    )
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 12
    assert mock.last.json["stream_options"] == {"include_usage": True}


def test_tool_calls_round_trip_both_directions(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    call = {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Paris"}'}}
    mock.then(Scripted(body=chat_completion(tool_calls=[call])))
    url = gateway_factory(upstream_config(upstream))
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]
    reply = client(url).chat.completions.create(
        model="gpt-test",
        messages=[
            {"role": "user", "content": "Weather?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_0", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Rome"}'}}]},
            {"role": "tool", "tool_call_id": "call_0", "content": "sunny"},
        ],
        tools=tools,
        tool_choice="auto",
    )
    assert reply.choices[0].message.tool_calls[0].function.arguments == '{"city": "Paris"}'
    sent = mock.last.json
    assert sent["tools"] == tools and sent["tool_choice"] == "auto"
    assert sent["messages"][2] == {"role": "tool", "tool_call_id": "call_0", "content": "sunny"}


def test_untouched_fields_pass_through_unchanged(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    client(url).chat.completions.create(
        model="gpt-test",
        messages=[{"role": "user", "content": "Hi"}],
        response_format={"type": "json_object"},
        n=2,
        seed=7,
        logprobs=True,
        top_logprobs=2,
        user="user-42",
        max_completion_tokens=33,
        extra_body={"vendor_flag": {"nested": [1, 2.5, "x"]}},
    )
    sent = mock.last.json
    assert sent["response_format"] == {"type": "json_object"}
    assert (sent["n"], sent["seed"], sent["logprobs"], sent["top_logprobs"]) == (2, 7, True, 2)
    assert (sent["user"], sent["max_completion_tokens"]) == ("user-42", 33)
    assert sent["vendor_flag"] == {"nested": [1, 2.5, "x"]}


def test_embeddings_with_string_and_list_input(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    one = client(url).embeddings.create(model="embed-test", input="hello")
    many = client(url).embeddings.create(model="embed-test", input=["a", "b", "c"])
    assert len(one.data) == 1 and len(many.data) == 3
    assert mock.last.json["input"] == ["a", "b", "c"]


def test_models_list_shows_configured_groups(gateway_factory, mock_openai):
    _, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    ids = {m.id for m in client(url).models.list()}
    assert ids == {"gpt-test", "embed-test"}


def test_unknown_model_raises_not_found(gateway_factory, mock_openai):
    _, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    with pytest.raises(openai.NotFoundError) as info:
        client(url).chat.completions.create(model="nope", messages=[{"role": "user", "content": "Hi"}])
    assert info.value.code == "model_not_found"


def test_bad_parameter_type_raises_bad_request_naming_param(gateway_factory, mock_openai):
    _, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    with pytest.raises(openai.BadRequestError) as info:
        client(url).chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "Hi"}], temperature="hot")  # type: ignore[arg-type]
    assert info.value.param == "temperature"


def test_upstream_server_error_raises_bad_gateway(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(status=500, body={"error": {"message": "boom"}}))
    url = gateway_factory(upstream_config(upstream))
    with pytest.raises(openai.APIStatusError) as info:
        client(url).chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "Hi"}])
    assert info.value.status_code == 502


def test_upstream_rate_limit_raises_rate_limit_error(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(status=429, body={"error": {"message": "slow down", "code": "rate_limit_exceeded"}}, headers={"retry-after": "3"}))
    url = gateway_factory(upstream_config(upstream))
    with pytest.raises(openai.RateLimitError) as info:
        client(url).chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "Hi"}])
    assert info.value.response.headers["retry-after"] == "3"


def test_echo_quickstart_answers_with_what_it_received(gateway_factory):
    url = gateway_factory(None)
    reply = client(url).chat.completions.create(model="echo", messages=[{"role": "user", "content": "ping"}])
    assert reply.choices[0].message.content == '[{"role":"user","content":"ping"}]'
