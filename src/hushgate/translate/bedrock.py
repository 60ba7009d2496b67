"""OpenAI chat <-> Amazon Bedrock Converse / ConverseStream.

Request: system/developer messages -> ``system`` blocks; user/assistant ->
``messages`` with ``text`` / ``image`` / ``toolUse`` content blocks; tool
results -> ``toolResult`` blocks in a user turn (Converse wants strictly
alternating roles, so consecutive same-role turns merge); tools ->
``toolConfig``; sampling -> ``inferenceConfig``.

Response: ``output.message.content`` -> text and tool calls (``toolUseId``
is the call id, unchanged), ``stopReason`` -> ``finish_reason``, ``usage``.
The stream's events (messageStart, contentBlockStart/Delta/Stop,
messageStop, metadata) become chat chunks. Reasoning blocks are dropped.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from hushgate.translate import TranslationError

STOP_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "guardrail_intervened": "content_filter",
    "content_filtered": "content_filter",
}
IMAGE_FORMATS = {"image/png": "png", "image/jpeg": "jpeg", "image/jpg": "jpeg", "image/gif": "gif", "image/webp": "webp"}


def _image_block(part: dict[str, Any], param: str) -> dict[str, Any]:
    image = part.get("image_url")
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str) or not url.startswith("data:") or ";base64," not in url:
        # The gateway never fetches URLs on a client's behalf.
        raise TranslationError(param, "Bedrock needs images inline as base64 data URLs.")
    mime, _, data = url.removeprefix("data:").partition(";base64,")
    if mime not in IMAGE_FORMATS:
        raise TranslationError(param, "Bedrock accepts png, jpeg, gif and webp images.")
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise TranslationError(param, "The image data URL is not valid base64.") from None
    return {"image": {"format": IMAGE_FORMATS[mime], "source": {"bytes": data}}}


def _blocks(content: Any, param: str) -> list[dict[str, Any]]:
    if isinstance(content, str):
        # Converse rejects empty text blocks.
        return [{"text": content}] if content else []
    blocks = []
    for k, part in enumerate(content or ()):
        kind = part.get("type")
        if kind in ("text", "refusal"):
            text = part.get("text" if kind == "text" else "refusal") or ""
            if text:
                blocks.append({"text": text})
        elif kind == "image_url":
            blocks.append(_image_block(part, f"{param}[{k}]"))
        else:
            raise TranslationError(f"{param}[{k}].type", "This content part type can't be sent to Bedrock.")
    return blocks


def _tool_use(call: dict[str, Any], param: str) -> dict[str, Any]:
    function = call.get("function") or {}
    try:
        arguments = orjson.loads(function.get("arguments") or "{}")
    except orjson.JSONDecodeError:
        raise TranslationError(f"{param}.function.arguments", "Tool-call arguments must be JSON for Bedrock.") from None
    return {"toolUse": {"toolUseId": call.get("id", ""), "name": function.get("name", ""), "input": arguments}}


def _tool_result(message: dict[str, Any], param: str) -> dict[str, Any]:
    call_id = message.get("tool_call_id")
    if not isinstance(call_id, str) or not call_id:
        raise TranslationError(f"{param}.tool_call_id", "A tool result needs the id of the call it answers.")
    content = message.get("content")
    text = content if isinstance(content, str) else "".join(p.get("text", "") for p in content or () if p.get("type") == "text")
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        value = None
    block = {"json": value} if isinstance(value, dict) else {"text": text}
    return {"toolResult": {"toolUseId": call_id, "content": [block]}}


def _messages(chat: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    system: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []

    def add(role: str, blocks: list[dict[str, Any]]) -> None:
        if not blocks:
            return
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"].extend(blocks)
        else:
            messages.append({"role": role, "content": blocks})

    for i, message in enumerate(chat):
        param = f"messages[{i}]"
        role = message.get("role")
        if role in ("system", "developer"):
            system.extend(_blocks(message.get("content"), f"{param}.content"))
        elif role == "user":
            add("user", _blocks(message.get("content"), f"{param}.content"))
        elif role == "assistant":
            blocks = _blocks(message.get("content"), f"{param}.content")
            blocks += [_tool_use(c, f"{param}.tool_calls[{j}]") for j, c in enumerate(message.get("tool_calls") or ())]
            add("assistant", blocks)
        elif role == "tool":
            add("user", [_tool_result(message, param)])
        else:
            raise TranslationError(f"{param}.role", "This role can't be sent to Bedrock.")
    return system, messages


def _tool_config(body: dict[str, Any]) -> dict[str, Any] | None:
    tools = []
    for i, tool in enumerate(body.get("tools") or ()):
        function = tool.get("function") if isinstance(tool, dict) else None
        if tool.get("type") != "function" or not isinstance(function, dict):
            raise TranslationError(f"tools[{i}].type", "Only function tools can be sent to Bedrock.")
        spec: dict[str, Any] = {"name": function.get("name", "")}
        if function.get("description"):
            spec["description"] = function["description"]
        spec["inputSchema"] = {"json": function.get("parameters") or {"type": "object", "properties": {}}}
        tools.append({"toolSpec": spec})
    if not tools:
        return None
    config: dict[str, Any] = {"tools": tools}
    choice = body.get("tool_choice")
    if choice == "auto":
        config["toolChoice"] = {"auto": {}}
    elif choice == "required":
        config["toolChoice"] = {"any": {}}
    elif isinstance(choice, dict) and isinstance((choice.get("function") or {}).get("name"), str):
        config["toolChoice"] = {"tool": {"name": choice["function"]["name"]}}
    # "none" has no Converse equivalent; the tools must stay declared when
    # the history holds toolUse blocks, so the model's default applies.
    return config


def chat_to_converse(body: dict[str, Any]) -> dict[str, Any]:
    """A Converse request body from a canonical chat body (the model id goes in the URL)."""
    if (body.get("response_format") or {}).get("type") in ("json_object", "json_schema"):
        raise TranslationError("response_format", "Bedrock Converse has no JSON output mode.")
    if (body.get("n") or 1) != 1:
        raise TranslationError("n", "Bedrock Converse returns one choice.")
    system, messages = _messages(body.get("messages") or [])
    if not messages:
        raise TranslationError("messages", "Bedrock needs at least one user or assistant message.")
    request: dict[str, Any] = {"messages": messages}
    if system:
        request["system"] = system
    inference: dict[str, Any] = {}
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    if max_tokens is not None:
        inference["maxTokens"] = max_tokens
    for source, target in (("temperature", "temperature"), ("top_p", "topP")):
        if body.get(source) is not None:
            inference[target] = body[source]
    stop = body.get("stop")
    if stop:
        inference["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
    if inference:
        request["inferenceConfig"] = inference
    if (tool_config := _tool_config(body)) is not None:
        request["toolConfig"] = tool_config
    return request


def usage_from_converse(usage: Any) -> dict[str, Any] | None:
    if not isinstance(usage, dict):
        return None
    prompt, completion = int(usage.get("inputTokens") or 0), int(usage.get("outputTokens") or 0)
    out: dict[str, Any] = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": int(usage.get("totalTokens") or prompt + completion)}
    if usage.get("cacheReadInputTokens"):
        out["prompt_tokens_details"] = {"cached_tokens": int(usage["cacheReadInputTokens"])}
    return out


def finish_reason(stop_reason: Any) -> str:
    return STOP_REASONS.get(stop_reason, "stop") if isinstance(stop_reason, str) else "stop"


def converse_to_chat(response: dict[str, Any], model: str, request_id: str) -> dict[str, Any]:
    """A ``chat.completion`` from a Converse response."""
    content = ((response.get("output") or {}).get("message") or {}).get("content") or []
    text = [b["text"] for b in content if isinstance(b, dict) and isinstance(b.get("text"), str)]
    calls = [
        {"id": b["toolUse"].get("toolUseId", ""), "type": "function",
         "function": {"name": b["toolUse"].get("name", ""), "arguments": orjson.dumps(b["toolUse"].get("input") or {}).decode()}}
        for b in content if isinstance(b, dict) and isinstance(b.get("toolUse"), dict)
    ]  # fmt: skip
    message: dict[str, Any] = {"role": "assistant", "content": "".join(text) if text or not calls else None, "refusal": None}
    if calls:
        message["tool_calls"] = calls
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason(response.get("stopReason")), "logprobs": None}],
        "usage": usage_from_converse(response.get("usage")),
    }


@dataclass
class ConverseStream:
    """ConverseStream events (type, payload) -> chat chunks; one per stream."""

    model: str
    request_id: str
    include_usage: bool = False
    created: int = field(default_factory=lambda: int(time.time()))
    finished: bool = False
    _tools: dict[int, int] = field(default_factory=dict)  # contentBlockIndex -> tool_calls index

    def _chunk(self, delta: dict[str, Any] | None, reason: str | None = None, usage: dict[str, Any] | None = None) -> dict[str, Any]:
        chunk: dict[str, Any] = {"id": f"chatcmpl-{self.request_id}", "object": "chat.completion.chunk", "created": self.created, "model": self.model}
        chunk["choices"] = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": reason, "logprobs": None}]
        if usage is not None:
            chunk["usage"] = usage
        return chunk

    def feed(self, event_type: str, payload: dict[str, Any]) -> Iterator[dict[str, Any]]:
        if event_type == "messageStart":
            yield self._chunk({"role": "assistant", "content": ""})
        elif event_type == "contentBlockStart":
            tool = (payload.get("start") or {}).get("toolUse")
            if isinstance(tool, dict):
                index = len(self._tools)
                self._tools[payload.get("contentBlockIndex", index)] = index
                call = {"index": index, "id": tool.get("toolUseId", ""), "type": "function", "function": {"name": tool.get("name", ""), "arguments": ""}}
                yield self._chunk({"tool_calls": [call]})
        elif event_type == "contentBlockDelta":
            delta = payload.get("delta") or {}
            if isinstance(delta.get("text"), str) and delta["text"]:
                yield self._chunk({"content": delta["text"]})
            elif isinstance(delta.get("toolUse"), dict):
                index = self._tools.get(payload.get("contentBlockIndex", -1))
                if index is not None and delta["toolUse"].get("input"):
                    yield self._chunk({"tool_calls": [{"index": index, "function": {"arguments": delta["toolUse"]["input"]}}]})
        elif event_type == "messageStop":
            self.finished = True
            yield self._chunk({}, finish_reason(payload.get("stopReason")))
        elif event_type == "metadata" and self.include_usage:
            usage = usage_from_converse(payload.get("usage"))
            if usage is not None:
                yield self._chunk(None, usage=usage)
