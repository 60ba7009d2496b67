"""Anthropic Messages <-> OpenAI chat completions: whole responses, usage, stop reasons.

The request directions live in ``anthropic_inbound`` (Anthropic-SDK client ->
canonical) and ``anthropic_outbound`` (canonical -> Anthropic upstream), the
streaming event sequence in ``anthropic_stream``; they are re-exported here so
callers import one module.
"""

from __future__ import annotations

from typing import Any

import orjson

from hushgate.translate.anthropic_inbound import messages_request_to_chat
from hushgate.translate.anthropic_outbound import chat_request_to_messages

# stop_reason -> finish_reason. pause_turn (a server tool paused the turn)
# has no OpenAI counterpart; the turn did end, so "stop".
FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}
STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}


def usage_to_openai(usage: dict[str, Any]) -> dict[str, Any]:
    # Anthropic's input_tokens excludes cache reads and writes; OpenAI's prompt_tokens includes them.
    cached = usage.get("cache_read_input_tokens") or 0
    prompt = (usage.get("input_tokens") or 0) + (usage.get("cache_creation_input_tokens") or 0) + cached
    completion = usage.get("output_tokens") or 0
    out: dict[str, Any] = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
    if cached:
        out["prompt_tokens_details"] = {"cached_tokens": cached}
    return out


def usage_to_anthropic(usage: dict[str, Any]) -> dict[str, Any]:
    details = usage.get("prompt_tokens_details")
    cached = (details.get("cached_tokens") or 0) if isinstance(details, dict) else 0
    out: dict[str, Any] = {
        "input_tokens": max(0, (usage.get("prompt_tokens") or 0) - cached),
        "output_tokens": usage.get("completion_tokens") or 0,
    }
    if cached:
        out["cache_read_input_tokens"] = cached
    return out


def message_to_completion(message: dict[str, Any], *, created: int) -> dict[str, Any]:
    """A chat.completion for an Anthropic message (non-streamed answer)."""
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for block in message.get("content") or ():
        kind = block.get("type")
        if kind == "text":
            texts.append(block.get("text") or "")
        elif kind == "tool_use":
            arguments = orjson.dumps(block.get("input") or {}).decode()
            calls.append({"id": block.get("id"), "type": "function", "function": {"name": block.get("name"), "arguments": arguments}})
        # thinking blocks have no chat.completion field and are not forwarded.
    reply: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None, "refusal": None}
    if calls:
        reply["tool_calls"] = calls
    return {
        "id": message.get("id"),
        "object": "chat.completion",
        "created": created,
        "model": message.get("model"),
        "choices": [
            {"index": 0, "message": reply, "finish_reason": FINISH_REASONS.get(message.get("stop_reason") or "", "stop"), "logprobs": None}
        ],
        "usage": usage_to_openai(message.get("usage") or {}),
    }


def arguments_object(arguments: Any) -> dict[str, Any]:
    """``tool_use.input`` from OpenAI arguments; models sometimes emit broken JSON."""
    if not arguments:
        return {}
    try:
        value = orjson.loads(arguments)
    except (orjson.JSONDecodeError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


def completion_to_message(completion: dict[str, Any]) -> dict[str, Any]:
    """An Anthropic message for a chat.completion (non-streamed answer)."""
    choices = completion.get("choices") or ({},)
    choice = choices[0]
    reply = choice.get("message") or {}
    content: list[dict[str, Any]] = []
    text = reply.get("content")
    if isinstance(text, str):
        if text:
            content.append({"type": "text", "text": text})
    elif isinstance(text, list):
        content.extend({"type": "text", "text": p["text"]} for p in text if p.get("type") == "text" and p.get("text"))
    if not content and isinstance(reply.get("refusal"), str) and reply["refusal"]:
        content.append({"type": "text", "text": reply["refusal"]})
    for call in reply.get("tool_calls") or ():
        function = call.get("function") or {}
        content.append({"type": "tool_use", "id": call.get("id"), "name": function.get("name"), "input": arguments_object(function.get("arguments"))})
    return {
        "id": completion.get("id"),
        "type": "message",
        "role": "assistant",
        "model": completion.get("model"),
        "content": content,
        "stop_reason": STOP_REASONS.get(choice.get("finish_reason") or "", "end_turn"),
        "stop_sequence": None,
        "usage": usage_to_anthropic(completion.get("usage") or {}),
    }


__all__ = [
    "FINISH_REASONS",
    "STOP_REASONS",
    "arguments_object",
    "chat_request_to_messages",
    "completion_to_message",
    "message_to_completion",
    "messages_request_to_chat",
    "usage_to_anthropic",
    "usage_to_openai",
]
