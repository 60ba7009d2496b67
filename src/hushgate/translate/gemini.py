"""OpenAI chat <-> Gemini ``generateContent`` (and its SSE stream).

Request: system/developer messages -> ``systemInstruction``; user/assistant
-> ``contents`` with roles ``user``/``model``; text and data-URL images ->
``text``/``inlineData`` parts; assistant tool calls -> ``functionCall``
parts; tool results -> ``functionResponse`` parts (Gemini matches results
by function *name*, so the name is looked up from the call id); tools ->
``functionDeclarations`` with ``parametersJsonSchema`` (full JSON Schema,
not the OpenAPI subset); sampling options -> ``generationConfig``.

Response: ``candidates[].content.parts`` -> message text and tool calls
(Gemini has no call ids, so ids are minted here; a ``thoughtSignature``
rides along in ``extra_content.google`` and goes back on the next turn), ``finishReason`` ->
``finish_reason``, ``usageMetadata`` -> ``usage``. Thought parts are model
reasoning the client did not ask to see and are dropped.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from hushgate.translate import TranslationError

FINISH_REASONS = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "content_filter",
    "RECITATION": "content_filter",
    "BLOCKLIST": "content_filter",
    "PROHIBITED_CONTENT": "content_filter",
    "SPII": "content_filter",
    "IMAGE_SAFETY": "content_filter",
    "LANGUAGE": "stop",
    "OTHER": "stop",
    "MALFORMED_FUNCTION_CALL": "stop",
}
TOOL_CHOICE_MODES = {"auto": "AUTO", "none": "NONE", "required": "ANY"}
GENERATION_FIELDS = {
    "temperature": "temperature",
    "top_p": "topP",
    "n": "candidateCount",
    "seed": "seed",
    "presence_penalty": "presencePenalty",
    "frequency_penalty": "frequencyPenalty",
}


def new_call_id() -> str:
    return "call_" + secrets.token_hex(12)


def _image_part(part: dict[str, Any], param: str) -> dict[str, Any]:
    image = part.get("image_url")
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str) or not url.startswith("data:") or ";base64," not in url:
        # The gateway never fetches URLs on a client's behalf.
        raise TranslationError(param, "Gemini needs images inline as base64 data URLs.")
    header, _, data = url.partition(";base64,")
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise TranslationError(param, "The image data URL is not valid base64.") from None
    return {"inlineData": {"mimeType": header.removeprefix("data:") or "application/octet-stream", "data": data}}


def _parts(content: Any, param: str) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"text": content}] if content else []
    parts = []
    for k, part in enumerate(content):
        kind = part.get("type")
        if kind == "text":
            parts.append({"text": part.get("text", "")})
        elif kind == "refusal":
            parts.append({"text": part.get("refusal", "")})
        elif kind == "image_url":
            parts.append(_image_part(part, f"{param}[{k}]"))
        else:
            raise TranslationError(f"{param}[{k}].type", "This content part type can't be sent to Gemini.")
    return parts


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") for p in content or () if isinstance(p, dict) and p.get("type") == "text")


def _function_response(message: dict[str, Any], names: dict[str, str], param: str) -> dict[str, Any]:
    call_id = message.get("tool_call_id")
    name = names.get(call_id) if isinstance(call_id, str) else None
    if name is None:
        raise TranslationError(f"{param}.tool_call_id", "A tool result must answer an earlier assistant tool call.")
    text = _text_of(message.get("content"))
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        value = None
    # functionResponse.response must be an object; wrap anything else.
    response = value if isinstance(value, dict) else {"content": text}
    return {"functionResponse": {"name": name, "response": response}}


def _function_call(call: dict[str, Any], param: str) -> dict[str, Any]:
    function = call.get("function") or {}
    raw = function.get("arguments") or "{}"
    try:
        args = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise TranslationError(f"{param}.function.arguments", "Tool-call arguments must be a JSON object for Gemini.") from None
    if not isinstance(args, dict):
        raise TranslationError(f"{param}.function.arguments", "Tool-call arguments must be a JSON object for Gemini.")
    part: dict[str, Any] = {"functionCall": {"name": function.get("name", ""), "args": args}}
    signature = ((call.get("extra_content") or {}).get("google") or {}).get("thought_signature")
    if isinstance(signature, str):
        part["thoughtSignature"] = signature
    return part


def _contents(messages: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    system: list[dict[str, Any]] = []
    contents: list[dict[str, Any]] = []
    names: dict[str, str] = {}  # tool call id -> function name

    def add(role: str, parts: list[dict[str, Any]]) -> None:
        if not parts:
            return
        # Gemini wants alternating turns: consecutive same-role messages merge.
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": role, "parts": parts})

    for i, message in enumerate(messages):
        param = f"messages[{i}]"
        role = message.get("role")
        if role in ("system", "developer"):
            system.extend(_parts(message.get("content"), f"{param}.content"))
        elif role == "user":
            add("user", _parts(message.get("content"), f"{param}.content"))
        elif role == "assistant":
            parts = _parts(message.get("content"), f"{param}.content")
            for j, call in enumerate(message.get("tool_calls") or ()):
                parts.append(_function_call(call, f"{param}.tool_calls[{j}]"))
                names[call.get("id", "")] = (call.get("function") or {}).get("name", "")
            add("model", parts)
        elif role == "tool":
            add("user", [_function_response(message, names, param)])
        else:
            raise TranslationError(f"{param}.role", "This role can't be sent to Gemini.")
    return system, contents


def _tools(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    declarations = []
    for i, tool in enumerate(body.get("tools") or ()):
        function = tool.get("function") if isinstance(tool, dict) else None
        if tool.get("type") != "function" or not isinstance(function, dict):
            raise TranslationError(f"tools[{i}].type", "Only function tools can be sent to Gemini.")
        declaration: dict[str, Any] = {"name": function.get("name", "")}
        if function.get("description"):
            declaration["description"] = function["description"]
        if function.get("parameters"):
            declaration["parametersJsonSchema"] = function["parameters"]
        declarations.append(declaration)
    if declarations:
        out["tools"] = [{"functionDeclarations": declarations}]
    choice = body.get("tool_choice")
    if isinstance(choice, str) and choice in TOOL_CHOICE_MODES:
        out["toolConfig"] = {"functionCallingConfig": {"mode": TOOL_CHOICE_MODES[choice]}}
    elif isinstance(choice, dict) and isinstance((choice.get("function") or {}).get("name"), str):
        config = {"mode": "ANY", "allowedFunctionNames": [choice["function"]["name"]]}
        out["toolConfig"] = {"functionCallingConfig": config}
    return out


def _generation_config(body: dict[str, Any]) -> dict[str, Any]:
    config = {target: body[source] for source, target in GENERATION_FIELDS.items() if body.get(source) is not None}
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    if max_tokens is not None:
        config["maxOutputTokens"] = max_tokens
    stop = body.get("stop")
    if stop:
        config["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_object":
        config["responseMimeType"] = "application/json"
    elif response_format.get("type") == "json_schema":
        config["responseMimeType"] = "application/json"
        schema = (response_format.get("json_schema") or {}).get("schema")
        if schema:
            config["responseJsonSchema"] = schema
    return config


def chat_to_gemini(body: dict[str, Any]) -> dict[str, Any]:
    """A ``generateContent`` request body from a canonical chat body."""
    system, contents = _contents(body.get("messages") or [])
    if not contents:
        raise TranslationError("messages", "Gemini needs at least one user or assistant message.")
    request: dict[str, Any] = {"contents": contents}
    if system:
        request["systemInstruction"] = {"parts": system}
    request.update(_tools(body))
    if config := _generation_config(body):
        request["generationConfig"] = config
    return request


def usage_from_gemini(metadata: Any) -> dict[str, Any] | None:
    if not isinstance(metadata, dict):
        return None
    prompt = int(metadata.get("promptTokenCount") or 0)
    thoughts = int(metadata.get("thoughtsTokenCount") or 0)
    completion = int(metadata.get("candidatesTokenCount") or 0) + thoughts
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": int(metadata.get("totalTokenCount") or prompt + completion),
    }
    if metadata.get("cachedContentTokenCount"):
        usage["prompt_tokens_details"] = {"cached_tokens": int(metadata["cachedContentTokenCount"])}
    if thoughts:
        usage["completion_tokens_details"] = {"reasoning_tokens": thoughts}
    return usage


def finish_reason(reason: Any, has_tool_calls: bool) -> str | None:
    if not isinstance(reason, str) or reason == "FINISH_REASON_UNSPECIFIED":
        return None
    mapped = FINISH_REASONS.get(reason, "stop")
    return "tool_calls" if has_tool_calls and mapped == "stop" else mapped


def _visible_parts(candidate: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for part in (candidate.get("content") or {}).get("parts") or ():
        if isinstance(part, dict) and not part.get("thought"):
            yield part


def _tool_call(part: dict[str, Any]) -> dict[str, Any]:
    call = part["functionCall"]
    arguments = orjson.dumps(call.get("args") or {}).decode()
    out: dict[str, Any] = {"id": call.get("id") or new_call_id(), "type": "function", "function": {"name": call.get("name", ""), "arguments": arguments}}
    if isinstance(part.get("thoughtSignature"), str):
        # Thinking models refuse a later turn whose function call lost its
        # signature; carry it where Google's own OpenAI-compatible API does.
        out["extra_content"] = {"google": {"thought_signature": part["thoughtSignature"]}}
    return out


def gemini_to_chat(response: dict[str, Any], model: str, request_id: str) -> dict[str, Any]:
    """A ``chat.completion`` from a ``GenerateContentResponse``."""
    choices = []
    for index, candidate in enumerate(response.get("candidates") or ()):
        text = [p["text"] for p in _visible_parts(candidate) if isinstance(p.get("text"), str)]
        calls = [_tool_call(p) for p in _visible_parts(candidate) if isinstance(p.get("functionCall"), dict)]
        message: dict[str, Any] = {"role": "assistant", "content": "".join(text) if text or not calls else None, "refusal": None}
        if calls:
            message["tool_calls"] = calls
        reason = finish_reason(candidate.get("finishReason"), bool(calls)) or "stop"
        choices.append({"index": candidate.get("index", index), "message": message, "finish_reason": reason, "logprobs": None})
    if not choices:
        # No candidates: the prompt itself was blocked (promptFeedback.blockReason).
        message = {"role": "assistant", "content": None, "refusal": None}
        choices.append({"index": 0, "message": message, "finish_reason": "content_filter", "logprobs": None})
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": response.get("modelVersion") or model,
        "choices": choices,
        "usage": usage_from_gemini(response.get("usageMetadata")),
    }


@dataclass
class GeminiStream:
    """``streamGenerateContent?alt=sse`` events -> chat chunks; one per stream."""

    model: str
    request_id: str
    include_usage: bool = False
    created: int = field(default_factory=lambda: int(time.time()))
    finished: bool = False
    _started: bool = False
    _tool_index: int = 0
    _usage: dict[str, Any] | None = None

    def _chunk(self, delta: dict[str, Any], reason: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": reason, "logprobs": None}
        return {"id": f"chatcmpl-{self.request_id}", "object": "chat.completion.chunk", "created": self.created, "model": self.model, "choices": [choice]}

    def feed(self, event: dict[str, Any]) -> Iterator[dict[str, Any]]:
        if event.get("modelVersion"):
            self.model = event["modelVersion"]
        if event.get("usageMetadata"):
            self._usage = usage_from_gemini(event["usageMetadata"])
        if not self._started:
            self._started = True
            yield self._chunk({"role": "assistant", "content": ""})
        candidates = event.get("candidates") or ()
        if not candidates and (event.get("promptFeedback") or {}).get("blockReason"):
            self.finished = True
            yield self._chunk({}, "content_filter")
            return
        for candidate in candidates[:1]:  # streaming serves one candidate
            for part in _visible_parts(candidate):
                if isinstance(part.get("text"), str) and part["text"]:
                    yield self._chunk({"content": part["text"]})
                elif isinstance(part.get("functionCall"), dict):
                    call = {"index": self._tool_index, **_tool_call(part)}
                    self._tool_index += 1
                    yield self._chunk({"tool_calls": [call]})
            reason = finish_reason(candidate.get("finishReason"), self._tool_index > 0)
            if reason:
                self.finished = True
                yield self._chunk({}, reason)

    def close(self) -> Iterator[dict[str, Any]]:
        """The usage chunk, once the upstream stream ended."""
        if self.include_usage and self._usage is not None:
            yield {"id": f"chatcmpl-{self.request_id}", "object": "chat.completion.chunk", "created": self.created,
                   "model": self.model, "choices": [], "usage": self._usage}  # fmt: skip
