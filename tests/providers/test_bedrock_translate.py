"""OpenAI chat <-> Bedrock Converse translation, as pure functions."""

from __future__ import annotations

import pytest

from hushgate.translate import TranslationError
from hushgate.translate.bedrock import ConverseStream, chat_to_converse, converse_to_chat
from tests.support.mock_bedrock import converse_response, stream_events

CALL = {"id": "tooluse_1", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Rome"}'}}


def test_system_messages_become_system_blocks():
    request = chat_to_converse({"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]})
    assert request == {"system": [{"text": "Be brief."}], "messages": [{"role": "user", "content": [{"text": "Hi"}]}]}


def test_tool_calls_become_tool_use_blocks_keeping_the_id():
    messages = [{"role": "user", "content": "Weather?"}, {"role": "assistant", "content": None, "tool_calls": [CALL]}]
    assert chat_to_converse({"messages": messages})["messages"][1] == {
        "role": "assistant",
        "content": [{"toolUse": {"toolUseId": "tooluse_1", "name": "lookup", "input": {"city": "Rome"}}}],
    }


def test_consecutive_tool_results_merge_into_one_user_turn():
    second = {**CALL, "id": "tooluse_2"}
    messages = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": None, "tool_calls": [CALL, second]},
        {"role": "tool", "tool_call_id": "tooluse_1", "content": "sunny"},
        {"role": "tool", "tool_call_id": "tooluse_2", "content": '{"temp": 20}'},
    ]
    last = chat_to_converse({"messages": messages})["messages"][2]
    assert last == {
        "role": "user",
        "content": [
            {"toolResult": {"toolUseId": "tooluse_1", "content": [{"text": "sunny"}]}},
            {"toolResult": {"toolUseId": "tooluse_2", "content": [{"json": {"temp": 20}}]}},
        ],
    }


def test_data_url_image_becomes_image_block_with_format():
    content = [{"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQ"}}]
    block = chat_to_converse({"messages": [{"role": "user", "content": content}]})["messages"][0]["content"][0]
    assert block == {"image": {"format": "jpeg", "source": {"bytes": "/9j/4AAQ"}}}


def test_tools_and_choice_become_tool_config():
    body = {
        "messages": [{"role": "user", "content": "x"}],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "d", "parameters": {"type": "object"}}}],
        "tool_choice": "required",
    }
    assert chat_to_converse(body)["toolConfig"] == {
        "tools": [{"toolSpec": {"name": "lookup", "description": "d", "inputSchema": {"json": {"type": "object"}}}}],
        "toolChoice": {"any": {}},
    }


def test_sampling_options_become_inference_config():
    body = {"messages": [{"role": "user", "content": "x"}], "max_completion_tokens": 99, "temperature": 0.1, "top_p": 0.5, "stop": ["END"]}
    assert chat_to_converse(body)["inferenceConfig"] == {"maxTokens": 99, "temperature": 0.1, "topP": 0.5, "stopSequences": ["END"]}


def test_json_response_format_is_refused_naming_the_param():
    with pytest.raises(TranslationError) as info:
        chat_to_converse({"messages": [{"role": "user", "content": "x"}], "response_format": {"type": "json_object"}})
    assert info.value.param == "response_format"


def test_response_text_usage_and_stop_reason_map_to_chat_completion():
    chat = converse_to_chat(converse_response(), "m", "r")
    assert chat["choices"][0]["message"]["content"] == "Hello from Bedrock."
    assert chat["choices"][0]["finish_reason"] == "stop"
    assert chat["usage"] == {"prompt_tokens": 12, "completion_tokens": 4, "total_tokens": 16}


def test_tool_use_block_becomes_tool_call_with_tool_use_id():
    block = {"toolUse": {"toolUseId": "tooluse_9", "name": "lookup", "input": {"city": "Oslo"}}}
    chat = converse_to_chat(converse_response(block, stop_reason="tool_use"), "m", "r")
    assert chat["choices"][0]["message"]["tool_calls"] == [
        {"id": "tooluse_9", "type": "function", "function": {"name": "lookup", "arguments": '{"city":"Oslo"}'}}
    ]
    assert chat["choices"][0]["finish_reason"] == "tool_calls"


@pytest.mark.parametrize(("reason", "expected"), [("max_tokens", "length"), ("guardrail_intervened", "content_filter"), ("content_filtered", "content_filter")])
def test_stop_reasons_map_to_openai_values(reason, expected):
    assert converse_to_chat(converse_response(stop_reason=reason), "m", "r")["choices"][0]["finish_reason"] == expected


def test_stream_events_become_role_text_finish_and_usage_chunks():
    stream = ConverseStream("m", "r", include_usage=True)
    chunks = [c for t, p in stream_events(["Hel", "lo"]) for c in stream.feed(t, p)]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert [c["choices"][0]["delta"]["content"] for c in chunks[1:3]] == ["Hel", "lo"]
    assert chunks[3]["choices"][0]["finish_reason"] == "stop"
    assert chunks[4]["choices"] == [] and chunks[4]["usage"]["total_tokens"] == 14


def test_streamed_tool_use_becomes_indexed_tool_call_deltas():
    stream = ConverseStream("m", "r")
    events = [
        ("contentBlockStart", {"contentBlockIndex": 1, "start": {"toolUse": {"toolUseId": "tooluse_s", "name": "lookup"}}}),
        ("contentBlockDelta", {"contentBlockIndex": 1, "delta": {"toolUse": {"input": '{"city":'}}}),
        ("contentBlockDelta", {"contentBlockIndex": 1, "delta": {"toolUse": {"input": '"Oslo"}'}}}),
    ]
    deltas = [c["choices"][0]["delta"]["tool_calls"][0] for t, p in events for c in stream.feed(t, p)]
    assert deltas[0]["id"] == "tooluse_s" and deltas[0]["function"]["name"] == "lookup"
    assert [d["function"]["arguments"] for d in deltas] == ["", '{"city":', '"Oslo"}'] and {d["index"] for d in deltas} == {0}
