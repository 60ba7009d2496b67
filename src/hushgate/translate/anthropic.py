"""Anthropic Messages <-> OpenAI chat completions: requests and whole responses.

Inbound (``POST /v1/messages``): ``messages_request_to_chat`` turns an
Anthropic-SDK body into the canonical chat body, and ``completion_to_message``
turns the canonical answer back. Outbound (the Anthropic adapter):
``chat_request_to_messages`` and ``message_to_completion``. Streaming lives in
``anthropic_stream``.

Every piece of client text is put where canonical.py extracts segments from:
system -> a system message, text blocks -> text parts, ``tool_use.input`` ->
``tool_calls[].function.arguments`` (a JSON string whose string values are
scanned one by one), ``tool_result`` -> a ``tool`` message. Ids (tool_use ids,
message ids) are copied untouched. Block types the gateway can't scan are
refused, never passed through (fail closed).

Validation is hand-written, in the same walk as the translation, for the
reason wire/openai.py gives: one pass, and errors that name the exact field.
"""

from __future__ import annotations

from typing import Any

import orjson

from hushgate.translate import TranslationError

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

# Anthropic's sampling range is 0-1, OpenAI's 0-2.
MAX_ANTHROPIC_TEMPERATURE = 1.0

# Top-level features that make Anthropic reach other servers or run code on
# the client's behalf; the gateway can't scan what flows through them.
UNSUPPORTED_REQUEST_FIELDS = ("mcp_servers", "container")

_EMPTY_SCHEMA: dict[str, Any] = {"type": "object", "properties": {}}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --------------------------------------------------------------------------
# Inbound request: Anthropic body -> canonical chat body
# --------------------------------------------------------------------------


def _expect(condition: bool, param: str, expected: str) -> None:
    if not condition:
        raise TranslationError(param, f"Input should be {expected}.")


def messages_request_to_chat(body: dict[str, Any]) -> dict[str, Any]:
    """The canonical chat body for an Anthropic Messages request; raises TranslationError."""
    model = body.get("model")
    if model is None:
        raise TranslationError("model", "Field required.")
    _expect(isinstance(model, str) and bool(model), "model", "a non-empty string")
    max_tokens = body.get("max_tokens")
    if max_tokens is None:
        raise TranslationError("max_tokens", "Field required.")
    _expect(_is_int(max_tokens) and max_tokens >= 1, "max_tokens", "an integer of at least 1")
    for name in UNSUPPORTED_REQUEST_FIELDS:
        if body.get(name) is not None:
            raise TranslationError(name, "Not supported through this gateway.")

    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system is not None:
        messages.append({"role": "system", "content": _system_content(system)})
    raw_messages = body.get("messages")
    if raw_messages is None:
        raise TranslationError("messages", "Field required.")
    _expect(isinstance(raw_messages, list) and bool(raw_messages), "messages", "a non-empty list")
    for i, message in enumerate(raw_messages):
        _inbound_message(message, f"messages.{i}", messages)

    out: dict[str, Any] = {"model": model, "messages": messages, "max_tokens": max_tokens}
    stream = body.get("stream")
    if stream is not None:
        _expect(isinstance(stream, bool), "stream", "a valid boolean")
        if stream:
            out["stream"] = True
            # message_delta carries usage, so ask every upstream for it.
            out["stream_options"] = {"include_usage": True}
    temperature = body.get("temperature")
    if temperature is not None:
        _expect(_is_number(temperature) and 0 <= temperature <= 1, "temperature", "a number between 0 and 1")
        out["temperature"] = temperature
    top_p = body.get("top_p")
    if top_p is not None:
        _expect(_is_number(top_p) and 0 <= top_p <= 1, "top_p", "a number between 0 and 1")
        out["top_p"] = top_p
    top_k = body.get("top_k")
    if top_k is not None:
        _expect(_is_int(top_k) and top_k >= 0, "top_k", "a non-negative integer")
        out["top_k"] = top_k  # not OpenAI, but vLLM and our Anthropic adapter read it
    stop = body.get("stop_sequences")
    if stop is not None:
        _expect(isinstance(stop, list) and all(isinstance(s, str) for s in stop), "stop_sequences", "a list of strings")
        if stop:
            out["stop"] = stop
    metadata = body.get("metadata")
    if metadata is not None:
        _expect(isinstance(metadata, dict), "metadata", "a valid dictionary")
        user_id = metadata.get("user_id")
        if user_id is not None:
            _expect(isinstance(user_id, str), "metadata.user_id", "a valid string")
            if user_id:
                out["user"] = user_id
    tools = body.get("tools")
    if tools is not None:
        _expect(isinstance(tools, list), "tools", "a valid list")
        if tools:
            out["tools"] = [_inbound_tool(tool, f"tools.{i}") for i, tool in enumerate(tools)]
    tool_choice = body.get("tool_choice")
    if tool_choice is not None:
        _inbound_tool_choice(tool_choice, out)
    return out


def _system_content(system: Any) -> str | list[dict[str, Any]]:
    if isinstance(system, str):
        return system
    _expect(isinstance(system, list), "system", "a string or a list of text blocks")
    parts = []
    for i, block in enumerate(system):
        param = f"system.{i}"
        _expect(isinstance(block, dict) and block.get("type") == "text", param, "a text block")
        _expect(isinstance(block.get("text"), str), f"{param}.text", "a valid string")
        parts.append({"type": "text", "text": block["text"]})
    return parts


def _inbound_message(message: Any, param: str, out: list[dict[str, Any]]) -> None:
    _expect(isinstance(message, dict), param, "a valid dictionary")
    role = message.get("role")
    _expect(role in ("user", "assistant"), f"{param}.role", "'user' or 'assistant'")
    content = message.get("content")
    if content is None:
        raise TranslationError(f"{param}.content", "Field required.")
    if isinstance(content, str):
        out.append({"role": role, "content": content})
        return
    _expect(isinstance(content, list), f"{param}.content", "a string or a list of content blocks")
    if role == "assistant":
        out.append(_inbound_assistant(content, param))
    else:
        _inbound_user(content, param, out)


def _inbound_user(content: list[Any], param: str, out: list[dict[str, Any]]) -> None:
    parts: list[dict[str, Any]] = []
    for j, block in enumerate(content):
        bparam = f"{param}.content.{j}"
        kind = _block_type(block, bparam)
        if kind == "text":
            parts.append(_inbound_text(block, bparam))
        elif kind == "image":
            parts.append(_inbound_image(block, bparam))
        elif kind == "tool_result":
            if parts:  # keep the client's order: text before a result stays before it
                out.append({"role": "user", "content": parts})
                parts = []
            out.append(_inbound_tool_result(block, bparam))
        else:
            raise TranslationError(f"{bparam}.type", "This content block type is not supported in user messages.")
    if parts or not content:
        out.append({"role": "user", "content": parts})


def _inbound_assistant(content: list[Any], param: str) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    for j, block in enumerate(content):
        bparam = f"{param}.content.{j}"
        kind = _block_type(block, bparam)
        if kind == "text":
            parts.append(_inbound_text(block, bparam))
        elif kind == "tool_use":
            _expect(isinstance(block.get("id"), str), f"{bparam}.id", "a valid string")
            _expect(isinstance(block.get("name"), str), f"{bparam}.name", "a valid string")
            tool_input = block.get("input")
            _expect(isinstance(tool_input, dict), f"{bparam}.input", "a valid dictionary")
            arguments = orjson.dumps(tool_input).decode()
            calls.append({"id": block["id"], "type": "function", "function": {"name": block["name"], "arguments": arguments}})
        elif kind in ("thinking", "redacted_thinking"):
            # Dropped, with the `thinking` option: they are the model's own
            # earlier output, and not sending them sends less.
            continue
        else:
            raise TranslationError(f"{bparam}.type", "This content block type is not supported in assistant messages.")
    message: dict[str, Any] = {"role": "assistant", "content": parts or None}
    if calls:
        message["tool_calls"] = calls
    return message


def _block_type(block: Any, param: str) -> str:
    _expect(isinstance(block, dict), param, "a valid dictionary")
    kind = block.get("type")
    _expect(isinstance(kind, str), f"{param}.type", "a valid string")
    return kind  # type: ignore[no-any-return]


def _inbound_text(block: dict[str, Any], param: str) -> dict[str, Any]:
    _expect(isinstance(block.get("text"), str), f"{param}.text", "a valid string")
    return {"type": "text", "text": block["text"]}


def _inbound_image(block: dict[str, Any], param: str) -> dict[str, Any]:
    source = block.get("source")
    _expect(isinstance(source, dict), f"{param}.source", "a valid dictionary")
    kind = source.get("type")
    if kind == "base64":
        media_type, data = source.get("media_type"), source.get("data")
        _expect(isinstance(media_type, str), f"{param}.source.media_type", "a valid string")
        _expect(isinstance(data, str), f"{param}.source.data", "a valid string")
        return {"type": "image_url", "image_url": {"url": f"data:{media_type};base64,{data}"}}
    if kind == "url":
        _expect(isinstance(source.get("url"), str), f"{param}.source.url", "a valid string")
        return {"type": "image_url", "image_url": {"url": source["url"]}}
    raise TranslationError(f"{param}.source.type", "Only base64 and url image sources are supported.")


def _inbound_tool_result(block: dict[str, Any], param: str) -> dict[str, Any]:
    tool_use_id = block.get("tool_use_id")
    _expect(isinstance(tool_use_id, str), f"{param}.tool_use_id", "a valid string")
    content = block.get("content", "")
    if content is None:
        content = ""
    if not isinstance(content, str):
        _expect(isinstance(content, list), f"{param}.content", "a string or a list of content blocks")
        parts = []
        for k, item in enumerate(content):
            iparam = f"{param}.content.{k}"
            kind = _block_type(item, iparam)
            if kind == "text":
                parts.append(_inbound_text(item, iparam))
            elif kind == "image":
                parts.append(_inbound_image(item, iparam))
            else:
                raise TranslationError(f"{iparam}.type", "Only text and image blocks are supported in tool results.")
        content = parts
    # is_error has no OpenAI field; the result text itself still goes through.
    return {"role": "tool", "tool_call_id": tool_use_id, "content": content}


def _inbound_tool(tool: Any, param: str) -> dict[str, Any]:
    _expect(isinstance(tool, dict), param, "a valid dictionary")
    kind = tool.get("type")
    if kind not in (None, "custom"):
        # Server tools (web search, code execution...) run at the provider on
        # data the gateway never sees.
        raise TranslationError(f"{param}.type", "Only custom (client) tools are supported through this gateway.")
    name = tool.get("name")
    _expect(isinstance(name, str) and bool(name), f"{param}.name", "a non-empty string")
    schema = tool.get("input_schema")
    _expect(isinstance(schema, dict), f"{param}.input_schema", "a valid dictionary")
    function: dict[str, Any] = {"name": name, "parameters": schema}
    description = tool.get("description")
    if description is not None:
        _expect(isinstance(description, str), f"{param}.description", "a valid string")
        function["description"] = description
    return {"type": "function", "function": function}


def _inbound_tool_choice(choice: Any, out: dict[str, Any]) -> None:
    _expect(isinstance(choice, dict), "tool_choice", "a valid dictionary")
    kind = choice.get("type")
    if kind == "auto":
        out["tool_choice"] = "auto"
    elif kind == "any":
        out["tool_choice"] = "required"
    elif kind == "none":
        out["tool_choice"] = "none"
    elif kind == "tool":
        _expect(isinstance(choice.get("name"), str), "tool_choice.name", "a valid string")
        out["tool_choice"] = {"type": "function", "function": {"name": choice["name"]}}
    else:
        raise TranslationError("tool_choice.type", "Input should be 'auto', 'any', 'tool' or 'none'.")
    disable = choice.get("disable_parallel_tool_use")
    if disable is not None:
        _expect(isinstance(disable, bool), "tool_choice.disable_parallel_tool_use", "a valid boolean")
        if disable and kind != "none":
            out["parallel_tool_calls"] = False


# --------------------------------------------------------------------------
# Outbound request: canonical chat body -> Anthropic body
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Responses and usage, both ways
# --------------------------------------------------------------------------


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
