"""Canonical chat request -> Anthropic Messages request (the outbound adapter's direction).

The canonical body is OpenAI-shaped and already through the policy stages;
this only changes its shape. System and developer messages become the one
``system`` prompt, tool calls become ``tool_use`` blocks (arguments parsed
back into ``input``), ``tool`` messages become ``tool_result`` blocks, and
neighbouring turns of one role are merged because Anthropic wants them
alternating. What Anthropic can't take is refused with the canonical field
named (``messages[1].content[0].type``), never silently dropped.
"""

from __future__ import annotations

from typing import Any

import orjson

from hushgate.translate import TranslationError

# Anthropic's sampling range is 0-1, OpenAI's 0-2.
MAX_ANTHROPIC_TEMPERATURE = 1.0

_EMPTY_SCHEMA: dict[str, Any] = {"type": "object", "properties": {}}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def chat_request_to_messages(body: dict[str, Any], *, model: str, default_max_tokens: int) -> dict[str, Any]:
    """The Anthropic Messages body for a canonical chat body; raises TranslationError.

    ``default_max_tokens`` fills Anthropic's required ``max_tokens`` when the
    client set none (OpenAI makes it optional).
    """
    n = body.get("n")
    if n is not None and n != 1:
        raise TranslationError("n", "Anthropic deployments return one choice; n must be 1.")
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") not in (None, "text"):
        raise TranslationError("response_format", "Not supported by Anthropic deployments.")

    system: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    for i, message in enumerate(body.get("messages") or ()):
        role = message.get("role")
        param = f"messages[{i}]"
        if role in ("system", "developer"):
            # Anthropic has one system prompt: every system message joins it, in order.
            system.extend(_text_blocks(message.get("content"), param))
        elif role == "user":
            _append(messages, "user", _user_blocks(message.get("content"), param))
        elif role == "assistant":
            _append(messages, "assistant", _assistant_blocks(message, param))
        elif role == "tool":
            result = {"type": "tool_result", "tool_use_id": message.get("tool_call_id"), "content": _tool_result(message.get("content"), param)}
            _append(messages, "user", [result])
        else:
            raise TranslationError(f"{param}.role", "Not supported by Anthropic deployments.")

    out: dict[str, Any] = {"model": model, "messages": messages}
    if system:
        out["system"] = system[0]["text"] if len(system) == 1 else system
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    out["max_tokens"] = max_tokens if _is_int(max_tokens) and max_tokens > 0 else default_max_tokens
    if body.get("stream"):
        out["stream"] = True
    temperature = body.get("temperature")
    if _is_number(temperature):
        out["temperature"] = min(max(float(temperature), 0.0), MAX_ANTHROPIC_TEMPERATURE)
    for key in ("top_p", "top_k"):
        if body.get(key) is not None:
            out[key] = body[key]
    stop = body.get("stop")
    if isinstance(stop, str):
        out["stop_sequences"] = [stop]
    elif isinstance(stop, list) and stop:
        out["stop_sequences"] = stop
    user = body.get("user")
    if isinstance(user, str) and user:
        out["metadata"] = {"user_id": user}
    tools = body.get("tools")
    if tools:
        out["tools"] = [_outbound_tool(tool, f"tools[{i}]") for i, tool in enumerate(tools)]
        choice = _outbound_tool_choice(body.get("tool_choice"))
        if body.get("parallel_tool_calls") is False and choice.get("type") != "none":
            choice["disable_parallel_tool_use"] = True
        if choice:
            out["tool_choice"] = choice
    return out


def _append(messages: list[dict[str, Any]], role: str, blocks: list[dict[str, Any]] | str) -> None:
    # Anthropic wants user/assistant turns alternating: merge neighbours.
    if messages and messages[-1]["role"] == role:
        previous = messages[-1]
        if isinstance(previous["content"], str):
            previous["content"] = [{"type": "text", "text": previous["content"]}] if previous["content"] else []
        previous["content"].extend([{"type": "text", "text": blocks}] if isinstance(blocks, str) else blocks)
    else:
        messages.append({"role": role, "content": blocks})


def _text_blocks(content: Any, param: str) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks = []
    for k, part in enumerate(content or ()):
        kind = part.get("type")
        text = part.get("text") if kind == "text" else part.get("refusal") if kind == "refusal" else None
        if not isinstance(text, str):
            raise TranslationError(f"{param}.content[{k}].type", "Only text parts are supported here.")
        if text:  # Anthropic refuses empty text blocks
            blocks.append({"type": "text", "text": text})
    return blocks


def _user_blocks(content: Any, param: str) -> list[dict[str, Any]] | str:
    if isinstance(content, str):
        return content
    blocks = []
    for k, part in enumerate(content or ()):
        kind = part.get("type")
        if kind == "text":
            if part.get("text"):
                blocks.append({"type": "text", "text": part["text"]})
        elif kind == "image_url":
            blocks.append(_outbound_image(part.get("image_url"), f"{param}.content[{k}].image_url"))
        else:
            raise TranslationError(f"{param}.content[{k}].type", "Not supported by Anthropic deployments.")
    return blocks


def _outbound_image(image: Any, param: str) -> dict[str, Any]:
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str) or not url:
        raise TranslationError(f"{param}.url", "Must be a URL or a data URL.")
    if url.startswith("data:"):
        header, sep, data = url[5:].partition(",")
        media_type, _, encoding = header.partition(";")
        if not sep or encoding != "base64" or not media_type:
            raise TranslationError(f"{param}.url", "Data URLs must be base64 encoded with a media type.")
        return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _assistant_blocks(message: dict[str, Any], param: str) -> list[dict[str, Any]]:
    blocks = _text_blocks(message.get("content"), param)
    for j, call in enumerate(message.get("tool_calls") or ()):
        function = call.get("function") or {}
        raw = function.get("arguments") or "{}"
        try:
            arguments = orjson.loads(raw)
        except orjson.JSONDecodeError:
            arguments = None
        if not isinstance(arguments, dict):
            raise TranslationError(f"{param}.tool_calls[{j}].function.arguments", "Must be a JSON object for Anthropic deployments.")
        blocks.append({"type": "tool_use", "id": call.get("id"), "name": function.get("name"), "input": arguments})
    return blocks


def _tool_result(content: Any, param: str) -> str | list[dict[str, Any]]:
    if isinstance(content, str) or content is None:
        return content or ""
    blocks = []
    for k, part in enumerate(content):
        kind = part.get("type")
        if kind == "text":
            blocks.append({"type": "text", "text": part.get("text", "")})
        elif kind == "image_url":
            blocks.append(_outbound_image(part.get("image_url"), f"{param}.content[{k}].image_url"))
        else:
            raise TranslationError(f"{param}.content[{k}].type", "Not supported in Anthropic tool results.")
    return blocks


def _outbound_tool(tool: dict[str, Any], param: str) -> dict[str, Any]:
    function = tool.get("function")
    if tool.get("type") != "function" or not isinstance(function, dict):
        raise TranslationError(f"{param}.type", "Only function tools are supported by Anthropic deployments.")
    out: dict[str, Any] = {"name": function.get("name"), "input_schema": function.get("parameters") or _EMPTY_SCHEMA}
    if function.get("description"):
        out["description"] = function["description"]
    return out


def _outbound_tool_choice(choice: Any) -> dict[str, Any]:
    if choice is None or choice == "auto":
        return {"type": "auto"}
    if choice == "required":
        return {"type": "any"}
    if choice == "none":
        return {"type": "none"}
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        return {"type": "tool", "name": choice["function"].get("name")}
    raise TranslationError("tool_choice", "Not supported by Anthropic deployments.")
