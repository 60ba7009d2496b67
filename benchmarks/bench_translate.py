"""Cost of Anthropic <-> OpenAI translation (target: a 4 KB Anthropic response in <= 0.2 ms).

    python benchmarks/bench_translate.py [--rounds 20000]

Reports the median and p99 per call, in microseconds, of:
- the outbound adapter's answer path: 4 KB Anthropic message bytes -> parsed
  -> chat.completion dict (and, for the full picture, -> bytes again);
- the inbound /v1/messages answer path: chat.completion -> Anthropic message bytes;
- request translation both ways for a typical multi-turn tool conversation;
- one streamed event / chunk through each stream translator.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from hushgate.translate.anthropic import (
    chat_request_to_messages,
    completion_to_message,
    message_to_completion,
    messages_request_to_chat,
)
from hushgate.translate.anthropic_stream import ChunksToMessageEvents, MessageEventsToChunks

SENTENCE = "The patient reported mild symptoms after the second dose; follow-up in two weeks is advised. "


def anthropic_message(size: int = 4096) -> bytes:
    text = ""
    message = {
        "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [
            {"type": "text", "text": text},
            {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "schedule_follow_up",
             "input": {"patient_ref": "<PERSON_1>", "days": 14, "reason": "second dose review", "channel": "phone"}},
        ],  # fmt: skip
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {"input_tokens": 1523, "output_tokens": 912, "cache_read_input_tokens": 0},
    }
    # Fill the text block so the whole body is `size` bytes (ASCII: one byte a character).
    room = size - len(orjson.dumps(message))
    message["content"][0]["text"] = (SENTENCE * (room // len(SENTENCE) + 1))[:room]  # type: ignore[index]
    return orjson.dumps(message)


def anthropic_request() -> dict[str, Any]:
    return {
        "model": "claude-test",
        "max_tokens": 1024,
        "system": "You are a careful clinical assistant.",
        "tools": [{"name": "schedule_follow_up", "description": "Book a follow-up", "input_schema": {"type": "object", "properties": {"days": {"type": "integer"}}}}],
        "messages": [
            {"role": "user", "content": "Summarize the visit and book a follow-up. " + SENTENCE * 8},
            {"role": "assistant", "content": [{"type": "text", "text": "Booking."},
                                              {"type": "tool_use", "id": "toolu_1", "name": "schedule_follow_up", "input": {"days": 14}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "Booked for the 14th."}]},
        ],  # fmt: skip
    }


def measure(fn: Callable[[], Any], rounds: int) -> tuple[float, float]:
    for _ in range(min(1000, rounds)):
        fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    samples.sort()
    return statistics.median(samples) / 1000, samples[int(len(samples) * 0.99)] / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20000)
    rounds = parser.parse_args().rounds

    raw = anthropic_message()
    message = orjson.loads(raw)
    completion = message_to_completion(message, created=0)
    request = anthropic_request()
    chat_request = messages_request_to_chat(request)
    event = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello there"}}
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
             "choices": [{"index": 0, "delta": {"content": "Hello there"}, "finish_reason": None}]}  # fmt: skip
    to_chunks = MessageEventsToChunks(created=0)
    to_chunks.feed({"type": "message_start", "message": message})
    to_events = ChunksToMessageEvents()
    to_events.feed(chunk)

    cases: list[tuple[str, Callable[[], Any]]] = [
        (f"anthropic response {len(raw)} B -> chat.completion (dict)", lambda: message_to_completion(message, created=0)),
        (f"anthropic response {len(raw)} B: parse + translate", lambda: message_to_completion(orjson.loads(raw), created=0)),
        (f"anthropic response {len(raw)} B: parse + translate + dump", lambda: orjson.dumps(message_to_completion(orjson.loads(raw), created=0))),
        ("chat.completion -> anthropic message bytes", lambda: orjson.dumps(completion_to_message(completion))),
        ("anthropic request -> canonical chat (validating)", lambda: messages_request_to_chat(request)),
        ("canonical chat -> anthropic request", lambda: chat_request_to_messages(chat_request, model="m", default_max_tokens=4096)),
        ("stream: one text_delta event -> chunk", lambda: to_chunks.feed(event)),
        ("stream: one content chunk -> events", lambda: to_events.feed(chunk)),
    ]
    print(f"{'case':58} {'median us':>10} {'p99 us':>10}")
    for name, fn in cases:
        median, p99 = measure(fn, rounds)
        print(f"{name:58} {median:10.2f} {p99:10.2f}")


if __name__ == "__main__":
    main()
