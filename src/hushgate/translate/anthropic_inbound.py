"""Anthropic Messages request -> canonical chat request (the inbound ``POST /v1/messages`` direction).

Every piece of client text is put where canonical.py extracts segments from:
system -> a system message, text blocks -> text parts, ``tool_use.input`` ->
``tool_calls[].function.arguments`` (a JSON string whose string values are
scanned one by one), ``tool_result`` -> a ``tool`` message. Ids (tool_use
ids) are copied untouched. Block types the gateway can't scan are refused,
never passed through (fail closed).

Validation is hand-written, in the same walk as the translation, for the
reason wire/openai.py gives: one pass, and errors that name the exact field
(Anthropic's dotted style, ``messages.1.content.0.type``) without quoting a value.
"""

from __future__ import annotations

from typing import Any

import orjson

from hushgate.translate import TranslationError

# Top-level features that make Anthropic reach other servers or run code on
# the client's behalf; the gateway can't scan what flows through them.
UNSUPPORTED_REQUEST_FIELDS = ("mcp_servers", "container")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


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
        # Validated, not forwarded: OpenAI refuses unknown parameters, and the
        # canonical body must suit every deployment of the model group.
        _expect(_is_int(top_k) and top_k >= 0, "top_k", "a non-negative integer")
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
        if "tools" not in out:
            # OpenAI refuses a tool choice without tools; with none, there is no choice to make.
            out.pop("tool_choice", None)
            out.pop("parallel_tool_calls", None)
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
