"""One cached answer, two framings: a JSON body or a list of stream chunks.

``stream`` is not part of the cache key, so a streamed request may hit an
entry stored from a non-streamed one and the other way round. These
functions re-frame an OpenAI-shaped chat/completions answer without changing
its content. Chunks are the JSON payloads of ``data:`` events, ``[DONE]`` excluded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

CHAT = "chat.completions"
COMPLETIONS = "completions"


def stream_to_json(route: str, chunks: Sequence[bytes]) -> bytes:
    """Assemble the chunks of a complete stream into the equivalent non-streamed body."""
    first: dict[str, Any] = {}
    choices: dict[int, dict[str, Any]] = {}
    usage = None
    for raw in chunks:
        chunk = orjson.loads(raw)
        first = first or chunk
        if chunk.get("usage"):
            usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            index = choice.get("index", 0)
            merged = choices.setdefault(index, {"index": index, "finish_reason": None, "logprobs": None})
            if choice.get("finish_reason") is not None:
                merged["finish_reason"] = choice["finish_reason"]
            if route == CHAT:
                _merge_delta(merged.setdefault("message", {"role": "assistant", "content": None}), choice.get("delta") or {})
            else:
                merged["text"] = merged.get("text", "") + (choice.get("text") or "")
    body: dict[str, Any] = {
        "id": first.get("id"),
        "object": "chat.completion" if route == CHAT else "text_completion",
        "created": first.get("created"),
        "model": first.get("model"),
        "choices": [choices[i] for i in sorted(choices)],
    }
    if first.get("system_fingerprint") is not None:
        body["system_fingerprint"] = first["system_fingerprint"]
    if usage is not None:
        body["usage"] = usage
    return orjson.dumps(body)


def _merge_delta(message: dict[str, Any], delta: dict[str, Any]) -> None:
    for field, value in delta.items():
        if field == "tool_calls":
            calls = message.setdefault("tool_calls", [])
            for part in value or ():
                index = part.get("index", len(calls))
                while len(calls) <= index:
                    calls.append({"id": None, "type": "function", "function": {"name": "", "arguments": ""}})
                call = calls[index]
                if part.get("id"):
                    call["id"] = part["id"]
                if part.get("type"):
                    call["type"] = part["type"]
                function = part.get("function") or {}
                call["function"]["name"] += function.get("name") or ""
                call["function"]["arguments"] += function.get("arguments") or ""
        elif field in ("content", "refusal") and isinstance(value, str):
            message[field] = (message.get(field) or "") + value
        elif value is not None:
            message[field] = value


def json_to_stream(route: str, body: bytes, *, include_usage: bool) -> list[bytes]:
    """Chunks that replay a non-streamed body: one content chunk and one finish chunk per choice."""
    document = orjson.loads(body)
    base = {
        "id": document.get("id"),
        "object": "chat.completion.chunk" if route == CHAT else "text_completion",
        "created": document.get("created"),
        "model": document.get("model"),
    }
    if document.get("system_fingerprint") is not None:
        base["system_fingerprint"] = document["system_fingerprint"]
    chunks: list[dict[str, Any]] = []
    for choice in document.get("choices") or ():
        index = choice.get("index", 0)
        if route == CHAT:
            message = dict(choice.get("message") or {})
            if "tool_calls" in message and message["tool_calls"]:
                message["tool_calls"] = [{**call, "index": i} for i, call in enumerate(message["tool_calls"])]
            delta = {k: v for k, v in message.items() if v is not None}
            chunks.append({**base, "choices": [{"index": index, "delta": delta, "finish_reason": None}]})
            finish = {"index": index, "delta": {}, "finish_reason": choice.get("finish_reason")}
        else:
            chunks.append({**base, "choices": [{"index": index, "text": choice.get("text", ""), "finish_reason": None, "logprobs": None}]})
            finish = {"index": index, "text": "", "finish_reason": choice.get("finish_reason"), "logprobs": None}
        chunks.append({**base, "choices": [finish]})
    if include_usage and document.get("usage") is not None:
        chunks.append({**base, "choices": [], "usage": document["usage"]})
    return [orjson.dumps(c) for c in chunks]


def is_usage_only(raw: bytes) -> bool:
    """The trailing usage chunk OpenAI sends only when ``stream_options.include_usage`` asked for it."""
    if b'"usage"' not in raw:
        return False
    chunk = orjson.loads(raw)
    return not chunk.get("choices") and chunk.get("usage") is not None
