"""Re-framing one cached answer between a JSON body and stream chunks."""

from __future__ import annotations

import orjson

from hushgate.cache.framing import is_usage_only, json_to_stream, stream_to_json
from tests.support.mock_openai import chat_chunks, chat_completion


def dumps(items: list[dict]) -> list[bytes]:  # type: ignore[type-arg]
    return [orjson.dumps(i) for i in items]


def test_stream_assembles_into_a_chat_completion() -> None:
    body = orjson.loads(stream_to_json("chat.completions", dumps(chat_chunks(["Hel", "lo"], usage=True))))
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"] == {"role": "assistant", "content": "Hello"}
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["usage"]["total_tokens"] == 13


def test_streamed_tool_call_fragments_are_joined() -> None:
    base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    deltas = [
        {"role": "assistant", "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": ""}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": '{"id":'}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": ' "<ID_1>"}'}}]},
    ]
    chunks = [{**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    message = orjson.loads(stream_to_json("chat.completions", dumps(chunks)))["choices"][0]["message"]
    assert message["tool_calls"] == [{"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": '{"id": "<ID_1>"}'}}]


def test_completion_round_trips_through_stream_framing() -> None:
    original = chat_completion("Whole answer.")
    replayed = orjson.loads(stream_to_json("chat.completions", json_to_stream("chat.completions", orjson.dumps(original), include_usage=True)))
    assert replayed["choices"][0]["message"]["content"] == "Whole answer."
    assert replayed["choices"][0]["finish_reason"] == "stop"
    assert replayed["usage"] == original["usage"]


def test_tool_calls_round_trip_through_stream_framing() -> None:
    calls = [{"id": "call_9", "type": "function", "function": {"name": "f", "arguments": "{}"}}]
    original = chat_completion(tool_calls=calls)
    replayed = orjson.loads(stream_to_json("chat.completions", json_to_stream("chat.completions", orjson.dumps(original), include_usage=False)))
    assert replayed["choices"][0]["message"]["tool_calls"] == calls


def test_usage_chunk_only_when_asked() -> None:
    chunks = json_to_stream("chat.completions", orjson.dumps(chat_completion()), include_usage=False)
    assert not any(is_usage_only(c) for c in chunks)
    assert is_usage_only(json_to_stream("chat.completions", orjson.dumps(chat_completion()), include_usage=True)[-1])


def test_legacy_completions_text_is_joined() -> None:
    chunks = [orjson.dumps({"id": "c", "choices": [{"index": 0, "text": t, "finish_reason": f}]}) for t, f in (("a", None), ("b", "stop"))]
    body = orjson.loads(stream_to_json("completions", chunks))
    assert (body["object"], body["choices"][0]["text"], body["choices"][0]["finish_reason"]) == ("text_completion", "ab", "stop")
