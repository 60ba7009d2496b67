"""Anthropic stream events <-> OpenAI chat.completion.chunk objects, both directions."""

from __future__ import annotations

import orjson

from hushgate.translate.anthropic_stream import ChunksToMessageEvents, MessageEventsToChunks
from tests.support.mock_anthropic import message_events


def to_chunks(events, *, include_usage: bool = False) -> tuple[list[dict], MessageEventsToChunks]:
    translator = MessageEventsToChunks(include_usage=include_usage, created=1)
    chunks = [chunk for _, event in events for chunk in translator.feed(event)]
    return chunks, translator


def deltas(chunks: list[dict]) -> list[dict]:
    return [c["choices"][0]["delta"] for c in chunks if c["choices"]]


def to_events(chunks: list[dict]) -> list[tuple[str, dict]]:
    translator = ChunksToMessageEvents(message_id="msg_x", model="m")
    events = [event for chunk in chunks for event in translator.feed(chunk)]
    return events + translator.finish()


def chunk(delta: dict, finish_reason: str | None = None, **extra) -> dict:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-x",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}], **extra}  # fmt: skip


# --- Anthropic events -> OpenAI chunks (outbound adapter) ---------------------------


def test_message_start_becomes_role_chunk_with_message_id_and_model():
    chunks, _ = to_chunks(message_events(["Hi"]))
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert (chunks[0]["id"], chunks[0]["model"], chunks[0]["object"]) == ("msg_mock1", "claude-upstream", "chat.completion.chunk")


def test_each_text_delta_becomes_one_content_chunk():
    chunks, _ = to_chunks(message_events(["Hel", "lo", "!"]))
    assert [d.get("content") for d in deltas(chunks)[1:4]] == ["Hel", "lo", "!"]


def test_tool_use_block_becomes_tool_call_with_id_name_then_argument_pieces():
    chunks, _ = to_chunks(message_events([], tool_uses=[("toolu_1", "lookup", ['{"city"', ': "Rome"}'])]))
    calls = [d["tool_calls"][0] for d in deltas(chunks) if "tool_calls" in d]
    assert calls[0] == {"index": 0, "id": "toolu_1", "type": "function", "function": {"name": "lookup", "arguments": ""}}
    assert "".join(c["function"]["arguments"] for c in calls) == '{"city": "Rome"}'


def test_second_tool_use_block_gets_the_next_tool_call_index():
    tools = [("toolu_1", "a", ["{}"]), ("toolu_2", "b", ["{}"])]
    chunks, _ = to_chunks(message_events(["x"], tool_uses=tools))
    indices = [d["tool_calls"][0]["index"] for d in deltas(chunks) if "tool_calls" in d]
    assert indices == [0, 0, 1, 1]


def test_message_delta_becomes_finish_reason_chunk():
    chunks, _ = to_chunks(message_events(["x"], stop_reason="max_tokens"))
    assert chunks[-1]["choices"][0] == {"index": 0, "delta": {}, "finish_reason": "length"}


def test_ping_and_block_stop_produce_no_chunks():
    translator = MessageEventsToChunks(created=1)
    assert translator.feed({"type": "ping"}) == [] and translator.feed({"type": "content_block_stop", "index": 0}) == []


def test_usage_chunk_only_when_asked_for():
    without, _ = to_chunks(message_events(["x"]))
    with_usage, _ = to_chunks(message_events(["x"]), include_usage=True)
    assert "usage" not in without[-1]
    assert with_usage[-1] == {**with_usage[-1], "choices": [], "usage": {"prompt_tokens": 21, "completion_tokens": 7, "total_tokens": 28}}


def test_message_stop_marks_the_stream_finished():
    _, translator = to_chunks(message_events(["x"]))
    assert translator.finished


# --- OpenAI chunks -> Anthropic events (inbound /v1/messages) -------------------------


def test_event_sequence_for_text_is_start_block_deltas_stop_delta_stop():
    events = to_events([chunk({"role": "assistant", "content": ""}), chunk({"content": "Hi"}), chunk({"content": "!"}), chunk({}, "stop")])
    assert [name for name, _ in events] == [
        "message_start", "content_block_start", "content_block_delta", "content_block_delta",
        "content_block_stop", "message_delta", "message_stop",
    ]  # fmt: skip


def test_text_deltas_carry_the_text_in_order_at_index_zero():
    events = to_events([chunk({"content": "Hi"}), chunk({"content": " there"})])
    deltas_ = [e for name, e in events if name == "content_block_delta"]
    assert [(e["index"], e["delta"]) for e in deltas_] == [(0, {"type": "text_delta", "text": "Hi"}), (0, {"type": "text_delta", "text": " there"})]


def test_tool_call_after_text_closes_text_block_and_opens_tool_use_block_at_next_index():
    call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": ""}}
    events = to_events([chunk({"content": "Let me check."}), chunk({"tool_calls": [call]}),
                        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city":"Rome"}'}}]}), chunk({}, "tool_calls")])  # fmt: skip
    names = [name for name, _ in events]
    assert names[names.index("content_block_stop") + 1] == "content_block_start"
    start = [e for name, e in events if name == "content_block_start"][1]
    assert start == {"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "call_1", "name": "lookup", "input": {}}}
    json_delta = [e for name, e in events if name == "content_block_delta"][-1]
    assert json_delta == {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": '{"city":"Rome"}'}}


def test_every_started_block_is_stopped_once():
    calls = [{"index": i, "id": f"c{i}", "function": {"name": "f", "arguments": "{}"}} for i in range(2)]
    events = to_events([chunk({"content": "a"}), chunk({"tool_calls": calls[:1]}), chunk({"tool_calls": calls[1:]})])
    started = [e["index"] for name, e in events if name == "content_block_start"]
    stopped = [e["index"] for name, e in events if name == "content_block_stop"]
    assert started == stopped == [0, 1, 2]


def test_finish_reason_and_usage_go_into_message_delta():
    usage = {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}
    events = to_events([chunk({"content": "a"}), chunk({}, "length"), {**chunk({}), "choices": [], "usage": usage}])
    message_delta = dict(events)["message_delta"]
    assert message_delta["delta"]["stop_reason"] == "max_tokens"
    assert message_delta["usage"] == {"input_tokens": 9, "output_tokens": 2}


def test_message_start_uses_the_first_chunk_id_and_model():
    start = to_events([chunk({"content": "a"})])[0][1]["message"]
    assert (start["id"], start["model"], start["content"], start["stop_reason"]) == ("chatcmpl-1", "gpt-x", [], None)


def test_empty_stream_still_yields_a_complete_message():
    assert [name for name, _ in to_events([])] == ["message_start", "message_delta", "message_stop"]


def test_round_trip_through_both_translators_keeps_text_and_tool_input():
    source = message_events(["Hel", "lo"], tool_uses=[("toolu_1", "lookup", ['{"ci', 'ty": "Rome"}'])])
    chunks, _ = to_chunks(source)
    events = to_events(chunks)
    text = "".join(e["delta"]["text"] for name, e in events if name == "content_block_delta" and e["delta"]["type"] == "text_delta")
    arguments = "".join(e["delta"]["partial_json"] for name, e in events if name == "content_block_delta" and e["delta"]["type"] == "input_json_delta")
    assert text == "Hello" and orjson.loads(arguments) == {"city": "Rome"}
    assert dict(events)["message_delta"]["delta"]["stop_reason"] == "tool_use"
