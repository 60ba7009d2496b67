"""POST /v1/responses with the official openai SDK's responses client."""

from __future__ import annotations

import json

import openai
import pytest

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion

WEATHER_TOOL = {
    "type": "function",
    "name": "lookup",
    "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)


def echoed_messages(response) -> list[dict]:
    """The echo provider answers with the chat messages that would have left the network."""
    return json.loads(response.output_text)


def test_instructions_and_string_input_become_system_and_user_messages(gateway_factory):
    url = gateway_factory()
    response = client(url).responses.create(model="echo", instructions="Be brief.", input="Hi there")
    assert echoed_messages(response) == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi there"}]


def test_response_object_has_output_message_usage_and_store_false(gateway_factory):
    url = gateway_factory()
    response = client(url).responses.create(model="echo", input="Hi")
    assert response.object == "response" and response.status == "completed"
    assert response.id.startswith("resp_")
    assert response.output[0].type == "message" and response.output[0].content[0].type == "output_text"
    assert response.usage.input_tokens > 0 and response.usage.output_tokens > 0
    assert response.store is False


def test_function_call_and_output_items_become_tool_call_and_tool_messages(gateway_factory):
    url = gateway_factory()
    response = client(url).responses.create(
        model="echo",
        input=[
            {"role": "user", "content": [{"type": "input_text", "text": "Weather in Rome?"}]},
            {"type": "function_call", "call_id": "call_abc", "name": "lookup", "arguments": '{"city": "Rome"}'},
            {"type": "function_call_output", "call_id": "call_abc", "output": "sunny"},
        ],
        tools=[WEATHER_TOOL],
    )
    messages = echoed_messages(response)
    assert messages[1]["tool_calls"] == [
        {"id": "call_abc", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Rome"}'}}
    ]
    assert messages[2] == {"role": "tool", "tool_call_id": "call_abc", "content": "sunny"}


def test_request_settings_reach_the_upstream_as_chat_parameters(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    client(url).responses.create(
        model="gpt-test", input="Hi", max_output_tokens=50, temperature=0.2, tools=[WEATHER_TOOL],
        tool_choice={"type": "function", "name": "lookup"},
    )  # fmt: skip
    sent = mock.last.json
    assert mock.last.path == "/v1/chat/completions"
    assert sent["max_completion_tokens"] == 50 and sent["temperature"] == 0.2
    assert sent["tools"][0]["function"]["name"] == "lookup"
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "lookup"}}
    assert "store" not in sent and "previous_response_id" not in sent


def test_upstream_tool_call_becomes_function_call_item_with_call_id(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    call = {"id": "call_up1", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Paris"}'}}
    mock.then(Scripted(body=chat_completion(tool_calls=[call])))
    url = gateway_factory(upstream_config(upstream))
    response = client(url).responses.create(model="gpt-test", input="Weather?", tools=[WEATHER_TOOL])
    item = response.output[0]
    assert (item.type, item.call_id, item.name, item.arguments) == ("function_call", "call_up1", "lookup", '{"city": "Paris"}')


def test_length_finish_reason_marks_response_incomplete(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    body = chat_completion("cut")
    body["choices"][0]["finish_reason"] = "length"
    mock.then(Scripted(body=body))
    url = gateway_factory(upstream_config(upstream))
    response = client(url).responses.create(model="gpt-test", input="Hi")
    assert response.status == "incomplete" and response.incomplete_details.reason == "max_output_tokens"


def test_streamed_text_arrives_as_output_text_deltas_then_completed(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Hel", "lo"], usage=True)))
    url = gateway_factory(upstream_config(upstream))
    events = list(client(url).responses.create(model="gpt-test", input="Hi", stream=True))
    types = [e.type for e in events]
    assert types == [
        "response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
        "response.output_text.delta", "response.output_text.delta", "response.output_text.done",
        "response.content_part.done", "response.output_item.done", "response.completed",
    ]  # fmt: skip
    assert [e.sequence_number for e in events] == list(range(len(events)))
    assert events[-1].response.output_text == "Hello"
    assert events[-1].response.usage.output_tokens == 2
    assert mock.last.json["stream_options"] == {"include_usage": True}


def test_streamed_tool_call_arrives_as_function_call_argument_events(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "upstream-model"}
    start = {"index": 0, "id": "call_s1", "type": "function", "function": {"name": "lookup", "arguments": ""}}
    chunks = [
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [start]}, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"city":'}}]}, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": ' "Oslo"}'}}]}, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
    ]
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream))
    events = list(client(url).responses.create(model="gpt-test", input="Weather?", tools=[WEATHER_TOOL], stream=True))
    deltas = [e.delta for e in events if e.type == "response.function_call_arguments.delta"]
    done = next(e for e in events if e.type == "response.function_call_arguments.done")
    assert deltas == ['{"city":', ' "Oslo"}'] and done.arguments == '{"city": "Oslo"}'
    final = events[-1].response.output[0]
    assert (final.type, final.call_id, final.arguments) == ("function_call", "call_s1", '{"city": "Oslo"}')


def test_truncated_upstream_stream_ends_with_sequenced_error_event(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["a", "b", "c"]), truncate_after=2))
    url = gateway_factory(upstream_config(upstream))
    events = list(client(url).responses.create(model="gpt-test", input="Hi", stream=True))
    assert events[-1].type == "error" and events[-1].code == "upstream_stream_interrupted"
    assert [e.sequence_number for e in events] == list(range(len(events)))


def test_previous_response_id_is_refused_naming_the_param(gateway_factory):
    url = gateway_factory()
    with pytest.raises(openai.BadRequestError) as info:
        client(url).responses.create(model="echo", input="Hi", previous_response_id="resp_123")
    assert info.value.body["param"] == "previous_response_id"
    assert info.value.body["code"] == "unsupported_parameter"


def test_hosted_tools_are_refused_naming_the_tool(gateway_factory):
    url = gateway_factory()
    with pytest.raises(openai.BadRequestError) as info:
        client(url).responses.create(model="echo", input="Hi", tools=[{"type": "web_search"}])
    assert info.value.body["param"] == "tools[0].type"


def test_malformed_input_item_gets_400_naming_the_field(gateway_factory):
    url = gateway_factory()
    with pytest.raises(openai.BadRequestError) as info:
        client(url).responses.create(model="echo", input=[{"type": "function_call_output", "output": "x"}])
    assert info.value.body["param"] == "input[0].call_id"


def test_store_true_is_not_honoured_and_the_response_says_store_false(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    response = client(url).responses.create(model="gpt-test", input="Hi", store=True)
    assert response.store is False
    assert "store" not in mock.last.json


def test_streamed_refusal_arrives_as_refusal_events(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "upstream-model"}
    chunks = [
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "refusal": "I can't"}, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {"refusal": " help."}, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    ]
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream))
    events = list(client(url).responses.create(model="gpt-test", input="Hi", stream=True))
    assert [e.delta for e in events if e.type == "response.refusal.delta"] == ["I can't", " help."]
    assert events[-1].response.output[0].content[0].refusal == "I can't help."


def test_sdk_stream_helper_accumulates_the_final_response(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Hel", "lo"], usage=True)))
    url = gateway_factory(upstream_config(upstream))
    with client(url).responses.stream(model="gpt-test", input="Hi") as stream:
        text = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
        final = stream.get_final_response()
    assert text == "Hello" and final.output_text == "Hello"
