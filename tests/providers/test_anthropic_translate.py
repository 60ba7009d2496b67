"""Anthropic Messages <-> OpenAI chat translation of requests and whole responses."""

from __future__ import annotations

import orjson
import pytest

from hushgate.translate import TranslationError
from hushgate.translate.anthropic import (
    chat_request_to_messages,
    completion_to_message,
    message_to_completion,
    messages_request_to_chat,
)

TOOL = {"name": "lookup", "description": "Weather for a city", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}


def inbound(**fields) -> dict:
    return messages_request_to_chat({"model": "claude-x", "max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}], **fields})


def outbound(messages: list[dict], **fields) -> dict:
    return chat_request_to_messages({"model": "g", "messages": messages, **fields}, model="claude-up", default_max_tokens=999)


# --- inbound: Anthropic request -> canonical chat ---------------------------------


def test_inbound_keeps_the_client_model_name():
    assert inbound()["model"] == "claude-x"


def test_inbound_system_string_becomes_leading_system_message():
    assert inbound(system="Be brief.")["messages"][0] == {"role": "system", "content": "Be brief."}


def test_inbound_system_blocks_become_system_text_parts():
    chat = inbound(system=[{"type": "text", "text": "A"}, {"type": "text", "text": "B", "cache_control": {"type": "ephemeral"}}])
    assert chat["messages"][0] == {"role": "system", "content": [{"type": "text", "text": "A"}, {"type": "text", "text": "B"}]}


def test_inbound_base64_image_becomes_data_url_part():
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0"}}
    chat = inbound(messages=[{"role": "user", "content": [image]}])
    assert chat["messages"][0]["content"] == [{"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0"}}]


def test_inbound_url_image_becomes_image_url_part():
    image = {"type": "image", "source": {"type": "url", "url": "https://img.example/x.png"}}
    chat = inbound(messages=[{"role": "user", "content": [image]}])
    assert chat["messages"][0]["content"][0]["image_url"] == {"url": "https://img.example/x.png"}


def test_inbound_tool_use_becomes_tool_call_with_json_arguments_and_same_id():
    use = {"type": "tool_use", "id": "toolu_01", "name": "lookup", "input": {"city": "Rome"}}
    chat = inbound(messages=[{"role": "user", "content": "Weather?"}, {"role": "assistant", "content": [use]}])
    call = chat["messages"][1]["tool_calls"][0]
    assert call["id"] == "toolu_01" and call["function"]["name"] == "lookup"
    assert orjson.loads(call["function"]["arguments"]) == {"city": "Rome"}


def test_inbound_tool_result_becomes_tool_message_before_following_text():
    content = [{"type": "tool_result", "tool_use_id": "toolu_01", "content": "sunny"}, {"type": "text", "text": "Thanks"}]
    chat = inbound(messages=[{"role": "user", "content": content}])
    assert chat["messages"] == [
        {"role": "tool", "tool_call_id": "toolu_01", "content": "sunny"},
        {"role": "user", "content": [{"type": "text", "text": "Thanks"}]},
    ]


def test_inbound_tool_result_blocks_become_text_parts():
    result = {"type": "tool_result", "tool_use_id": "t", "content": [{"type": "text", "text": "row 1"}]}
    chat = inbound(messages=[{"role": "user", "content": [result]}])
    assert chat["messages"][0]["content"] == [{"type": "text", "text": "row 1"}]


def test_inbound_tools_become_function_tools():
    assert inbound(tools=[TOOL])["tools"] == [
        {"type": "function", "function": {"name": "lookup", "parameters": TOOL["input_schema"], "description": "Weather for a city"}}
    ]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [({"type": "auto"}, "auto"), ({"type": "any"}, "required"), ({"type": "none"}, "none"),
     ({"type": "tool", "name": "lookup"}, {"type": "function", "function": {"name": "lookup"}})],
)  # fmt: skip
def test_inbound_tool_choice_maps_to_openai(choice, expected):
    assert inbound(tools=[TOOL], tool_choice=choice)["tool_choice"] == expected


def test_inbound_disable_parallel_tool_use_sets_parallel_tool_calls_false():
    assert inbound(tools=[TOOL], tool_choice={"type": "auto", "disable_parallel_tool_use": True})["parallel_tool_calls"] is False


def test_inbound_tool_choice_without_tools_is_dropped():
    chat = inbound(tool_choice={"type": "auto", "disable_parallel_tool_use": True})
    assert not {"tool_choice", "parallel_tool_calls"} & chat.keys()


def test_inbound_sampling_stop_and_user_fields_map_to_openai_names():
    chat = inbound(temperature=0.3, top_p=0.9, stop_sequences=["END"], metadata={"user_id": "u-7"})
    assert (chat["temperature"], chat["top_p"], chat["stop"], chat["user"]) == (0.3, 0.9, ["END"], "u-7")


def test_inbound_top_k_is_not_forwarded_because_openai_deployments_refuse_it():
    assert "top_k" not in inbound(top_k=5)


def test_inbound_stream_asks_upstream_for_usage():
    chat = inbound(stream=True)
    assert chat["stream"] is True and chat["stream_options"] == {"include_usage": True}


def test_inbound_thinking_blocks_are_not_forwarded():
    content = [{"type": "thinking", "thinking": "hmm", "signature": "sig"}, {"type": "text", "text": "Answer"}]
    chat = inbound(messages=[{"role": "user", "content": "Q"}, {"role": "assistant", "content": content}])
    assert chat["messages"][1] == {"role": "assistant", "content": [{"type": "text", "text": "Answer"}]}


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"max_tokens": None}, "max_tokens"),
        ({"max_tokens": "64"}, "max_tokens"),
        ({"model": ""}, "model"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "system", "content": "x"}]}, "messages.0.role"),
        ({"messages": [{"role": "user", "content": [{"type": "document", "source": {}}]}]}, "messages.0.content.0.type"),
        ({"messages": [{"role": "user", "content": [{"type": "text"}]}]}, "messages.0.content.0.text"),
        ({"tools": [{"type": "web_search_20250305", "name": "web_search"}]}, "tools.0.type"),
        ({"tools": [{"name": "f"}]}, "tools.0.input_schema"),
        ({"tool_choice": {"type": "maybe"}}, "tool_choice.type"),
        ({"temperature": 1.5}, "temperature"),
        ({"top_k": -1}, "top_k"),
        ({"mcp_servers": [{"url": "https://x.example"}]}, "mcp_servers"),
    ],
)
def test_inbound_bad_input_names_the_field(fields, param):
    body = {"model": "claude-x", "max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}], **fields}
    body = {k: v for k, v in body.items() if v is not None}
    with pytest.raises(TranslationError) as caught:
        messages_request_to_chat(body)
    assert caught.value.param == param


# --- outbound: canonical chat -> Anthropic request --------------------------------


def test_outbound_system_messages_become_the_system_field():
    body = outbound([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    assert body["system"] == "Be brief." and body["messages"] == [{"role": "user", "content": "Hi"}]


def test_outbound_several_system_messages_become_system_blocks_in_order():
    body = outbound([{"role": "system", "content": "A"}, {"role": "developer", "content": "B"}, {"role": "user", "content": "Hi"}])
    assert body["system"] == [{"type": "text", "text": "A"}, {"type": "text", "text": "B"}]


def test_outbound_uses_deployment_model_and_default_max_tokens():
    body = outbound([{"role": "user", "content": "Hi"}])
    assert (body["model"], body["max_tokens"]) == ("claude-up", 999)


def test_outbound_client_max_tokens_wins_over_default():
    assert outbound([{"role": "user", "content": "Hi"}], max_completion_tokens=50)["max_tokens"] == 50


def test_outbound_data_url_becomes_base64_image_source():
    part = {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AA"}}
    body = outbound([{"role": "user", "content": [part]}])
    assert body["messages"][0]["content"] == [{"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AA"}}]


def test_outbound_http_image_becomes_url_source():
    part = {"type": "image_url", "image_url": {"url": "https://img.example/x.png"}}
    body = outbound([{"role": "user", "content": [part]}])
    assert body["messages"][0]["content"][0]["source"] == {"type": "url", "url": "https://img.example/x.png"}


def test_outbound_tool_calls_become_tool_use_blocks_with_parsed_input():
    call = {"id": "call_9", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Rome"}'}}
    body = outbound([{"role": "user", "content": "W?"}, {"role": "assistant", "content": None, "tool_calls": [call]}])
    assert body["messages"][1] == {"role": "assistant", "content": [{"type": "tool_use", "id": "call_9", "name": "lookup", "input": {"city": "Rome"}}]}


def test_outbound_consecutive_tool_messages_become_one_user_turn_of_results():
    body = outbound([
        {"role": "user", "content": "W?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "a", "type": "function", "function": {"name": "f", "arguments": "{}"}},
            {"id": "b", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "a", "content": "1"},
        {"role": "tool", "tool_call_id": "b", "content": "2"},
    ])  # fmt: skip
    assert body["messages"][2] == {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "a", "content": "1"}, {"type": "tool_result", "tool_use_id": "b", "content": "2"}]}  # fmt: skip


def test_outbound_tools_and_required_choice_map_to_anthropic():
    tools = [{"type": "function", "function": {"name": "lookup", "description": "d", "parameters": {"type": "object"}}}]
    body = outbound([{"role": "user", "content": "Hi"}], tools=tools, tool_choice="required", parallel_tool_calls=False)
    assert body["tools"] == [{"name": "lookup", "description": "d", "input_schema": {"type": "object"}}]
    assert body["tool_choice"] == {"type": "any", "disable_parallel_tool_use": True}


def test_outbound_stop_user_and_temperature_map_to_anthropic_fields():
    body = outbound([{"role": "user", "content": "Hi"}], stop="END", user="u-7", temperature=1.8, top_p=0.5)
    assert body["stop_sequences"] == ["END"] and body["metadata"] == {"user_id": "u-7"}
    assert body["temperature"] == 1.0 and body["top_p"] == 0.5


def test_outbound_drops_openai_only_fields():
    body = outbound([{"role": "user", "content": "Hi"}], seed=1, frequency_penalty=0.1, logprobs=True, stream_options={"include_usage": True})
    assert not {"seed", "frequency_penalty", "logprobs", "stream_options"} & body.keys()


@pytest.mark.parametrize(
    ("messages", "fields", "param"),
    [
        ([{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}], {}, "messages[0].content[0].type"),
        ([{"role": "assistant", "content": None, "tool_calls": [{"id": "c", "function": {"name": "f", "arguments": "[1]"}}]}], {},
         "messages[0].tool_calls[0].function.arguments"),
        ([{"role": "user", "content": "Hi"}], {"n": 2}, "n"),
        ([{"role": "user", "content": "Hi"}], {"response_format": {"type": "json_object"}}, "response_format"),
    ],
)  # fmt: skip
def test_outbound_untranslatable_input_names_the_field(messages, fields, param):
    with pytest.raises(TranslationError) as caught:
        outbound(messages, **fields)
    assert caught.value.param == param


# --- responses, both ways --------------------------------------------------------

ANTHROPIC_MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-up",
    "content": [
        {"type": "text", "text": "Checking."},
        {"type": "tool_use", "id": "toolu_7", "name": "lookup", "input": {"city": "Rome"}},
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 4, "cache_read_input_tokens": 5},
}


def test_message_text_and_tool_use_become_content_and_tool_calls():
    reply = message_to_completion(ANTHROPIC_MESSAGE, created=1)["choices"][0]["message"]
    assert reply["content"] == "Checking."
    assert reply["tool_calls"] == [{"id": "toolu_7", "type": "function", "function": {"name": "lookup", "arguments": '{"city":"Rome"}'}}]


def test_message_keeps_its_id_and_model():
    completion = message_to_completion(ANTHROPIC_MESSAGE, created=1)
    assert (completion["id"], completion["model"], completion["object"]) == ("msg_01", "claude-up", "chat.completion")


@pytest.mark.parametrize(
    ("stop_reason", "finish_reason"),
    [("end_turn", "stop"), ("stop_sequence", "stop"), ("max_tokens", "length"), ("tool_use", "tool_calls"), ("refusal", "content_filter")],
)
def test_stop_reason_maps_to_finish_reason(stop_reason, finish_reason):
    completion = message_to_completion({**ANTHROPIC_MESSAGE, "stop_reason": stop_reason}, created=1)
    assert completion["choices"][0]["finish_reason"] == finish_reason


def test_message_usage_counts_cached_input_as_prompt_tokens():
    assert message_to_completion(ANTHROPIC_MESSAGE, created=1)["usage"] == {
        "prompt_tokens": 15, "completion_tokens": 4, "total_tokens": 19, "prompt_tokens_details": {"cached_tokens": 5}}  # fmt: skip


def test_completion_becomes_message_with_text_and_tool_use_blocks():
    completion = message_to_completion(ANTHROPIC_MESSAGE, created=1)
    message = completion_to_message(completion)
    assert message["content"] == ANTHROPIC_MESSAGE["content"]
    assert (message["type"], message["role"], message["stop_reason"]) == ("message", "assistant", "tool_use")


def test_completion_usage_becomes_input_and_output_tokens():
    completion = {"id": "c", "model": "m", "choices": [{"index": 0, "message": {"role": "assistant", "content": "x"}, "finish_reason": "length"}],
                  "usage": {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15}}  # fmt: skip
    message = completion_to_message(completion)
    assert message["usage"] == {"input_tokens": 12, "output_tokens": 3} and message["stop_reason"] == "max_tokens"


def test_completion_with_broken_tool_arguments_gives_empty_input_not_an_error():
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"a": '}}
    completion = {"id": "c", "choices": [{"message": {"role": "assistant", "content": None, "tool_calls": [call]}, "finish_reason": "tool_calls"}]}
    assert completion_to_message(completion)["content"] == [{"type": "tool_use", "id": "c1", "name": "f", "input": {}}]
