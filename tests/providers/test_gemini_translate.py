"""OpenAI chat <-> Gemini generateContent translation, as pure functions."""

from __future__ import annotations

import json

import pytest

from hushgate.translate import TranslationError
from hushgate.translate.gemini import GeminiStream, chat_to_gemini, gemini_to_chat
from tests.support.mock_gemini import gemini_events, gemini_response

PIXEL = "data:image/png;base64,iVBORw0KGgo="


def test_system_messages_become_system_instruction():
    request = chat_to_gemini({"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]})
    assert request["systemInstruction"] == {"parts": [{"text": "Be brief."}]}
    assert request["contents"] == [{"role": "user", "parts": [{"text": "Hi"}]}]


def test_assistant_turns_use_the_model_role():
    request = chat_to_gemini({"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]})
    assert [c["role"] for c in request["contents"]] == ["user", "model"]


def test_data_url_image_becomes_inline_data():
    content = [{"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": PIXEL}}]
    request = chat_to_gemini({"messages": [{"role": "user", "content": content}]})
    assert request["contents"][0]["parts"][1] == {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}


def test_remote_image_url_is_refused_naming_the_part():
    content = [{"type": "image_url", "image_url": {"url": "https://example.com/x.png"}}]
    with pytest.raises(TranslationError) as info:
        chat_to_gemini({"messages": [{"role": "user", "content": content}]})
    assert info.value.param == "messages[0].content[0]"


def test_tool_call_and_result_become_function_call_and_function_response_by_name():
    messages = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": '{"city": "Rome"}'}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
    ]
    contents = chat_to_gemini({"messages": messages})["contents"]
    assert contents[1] == {"role": "model", "parts": [{"functionCall": {"name": "lookup", "args": {"city": "Rome"}}}]}
    assert contents[2] == {"role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"content": "sunny"}}}]}


def test_json_object_tool_result_is_sent_as_the_response_object():
    messages = [
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c", "content": '{"temp": 21}'},
    ]
    contents = chat_to_gemini({"messages": [{"role": "user", "content": "x"}, *messages]})["contents"]
    assert contents[-1]["parts"][0]["functionResponse"]["response"] == {"temp": 21}


def test_tool_result_without_a_matching_call_is_refused():
    with pytest.raises(TranslationError) as info:
        chat_to_gemini({"messages": [{"role": "user", "content": "x"}, {"role": "tool", "tool_call_id": "nope", "content": "r"}]})
    assert info.value.param == "messages[1].tool_call_id"


def test_tools_and_forced_tool_choice_become_declarations_and_function_calling_config():
    body = {
        "messages": [{"role": "user", "content": "x"}],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "d", "parameters": {"type": "object"}}}],
        "tool_choice": {"type": "function", "function": {"name": "lookup"}},
    }
    request = chat_to_gemini(body)
    assert request["tools"] == [{"functionDeclarations": [{"name": "lookup", "description": "d", "parametersJsonSchema": {"type": "object"}}]}]
    assert request["toolConfig"] == {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["lookup"]}}


def test_sampling_options_become_generation_config():
    body = {"messages": [{"role": "user", "content": "x"}], "temperature": 0.3, "top_p": 0.9, "max_tokens": 64, "stop": "END",
            "response_format": {"type": "json_schema", "json_schema": {"name": "s", "schema": {"type": "object"}}}}  # fmt: skip
    assert chat_to_gemini(body)["generationConfig"] == {
        "temperature": 0.3, "topP": 0.9, "maxOutputTokens": 64, "stopSequences": ["END"],
        "responseMimeType": "application/json", "responseJsonSchema": {"type": "object"},
    }  # fmt: skip


def test_response_text_usage_and_finish_reason_map_to_chat_completion():
    chat = gemini_to_chat(gemini_response({"text": "Hi "}, {"text": "there"}), "gemini-x", "req1")
    assert chat["choices"][0]["message"]["content"] == "Hi there"
    assert chat["choices"][0]["finish_reason"] == "stop"
    assert chat["usage"] == {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13}


def test_function_call_part_becomes_tool_call_with_minted_id():
    chat = gemini_to_chat(gemini_response({"functionCall": {"name": "lookup", "args": {"city": "Oslo"}}}), "g", "r")
    call = chat["choices"][0]["message"]["tool_calls"][0]
    assert call["id"].startswith("call_") and call["function"] == {"name": "lookup", "arguments": '{"city":"Oslo"}'}
    assert chat["choices"][0]["finish_reason"] == "tool_calls"


@pytest.mark.parametrize(("reason", "expected"), [("MAX_TOKENS", "length"), ("SAFETY", "content_filter"), ("RECITATION", "content_filter")])
def test_finish_reasons_map_to_openai_values(reason, expected):
    assert gemini_to_chat(gemini_response(finish=reason), "g", "r")["choices"][0]["finish_reason"] == expected


def test_thought_parts_are_not_returned():
    chat = gemini_to_chat(gemini_response({"text": "thinking...", "thought": True}, {"text": "Answer"}), "g", "r")
    assert chat["choices"][0]["message"]["content"] == "Answer"


def test_blocked_prompt_without_candidates_is_a_content_filter_finish():
    chat = gemini_to_chat({"promptFeedback": {"blockReason": "SAFETY"}}, "g", "r")
    assert chat["choices"][0]["finish_reason"] == "content_filter"


def test_stream_events_become_role_text_finish_and_usage_chunks():
    stream = GeminiStream("g", "r", include_usage=True)
    chunks = [c for e in gemini_events(["Hel", "lo"]) for c in stream.feed(e)] + list(stream.close())
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert [c["choices"][0]["delta"].get("content") for c in chunks[1:3]] == ["Hel", "lo"]
    assert chunks[3]["choices"][0]["finish_reason"] == "stop"
    assert chunks[4]["usage"]["total_tokens"] == 11 and stream.finished


def test_streamed_function_call_becomes_one_indexed_tool_call_delta():
    stream = GeminiStream("g", "r")
    event = {"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "args": {"a": 1}}}]}, "finishReason": "STOP"}]}
    chunks = list(stream.feed(event))
    call = chunks[1]["choices"][0]["delta"]["tool_calls"][0]
    assert call["index"] == 0 and json.loads(call["function"]["arguments"]) == {"a": 1}
    assert chunks[2]["choices"][0]["finish_reason"] == "tool_calls"


def test_thought_signature_round_trips_through_the_tool_call():
    part = {"functionCall": {"name": "f", "args": {}}, "thoughtSignature": "c2lnbmF0dXJl"}
    call = gemini_to_chat(gemini_response(part), "g", "r")["choices"][0]["message"]["tool_calls"][0]
    messages = [{"role": "user", "content": "x"}, {"role": "assistant", "content": None, "tool_calls": [call]}]
    assert chat_to_gemini({"messages": messages})["contents"][1]["parts"][0]["thoughtSignature"] == "c2lnbmF0dXJl"
