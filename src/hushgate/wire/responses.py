"""OpenAI's Responses API (``POST /v1/responses``) as an inbound wire format.

The request is translated into a canonical chat body, so every text field —
``instructions``, input message text, ``function_call`` arguments and
``function_call_output`` — becomes an ordinary chat segment that detection
and restoration already cover (competitors left Responses bodies unmasked).
Ids (``call_id``) are carried over untouched.

The gateway is zero-retention, so the Responses API's server-side state is
refused or neutralised: ``previous_response_id``, ``conversation``, ``prompt``
templates, ``item_reference`` items and ``background`` mode get a 400, and the
returned response always says ``store: false`` (the canonical chat call carries
no ``store`` flag, so upstreams use their not-stored default).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from starlette.responses import Response

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.errors import GatewayError, bad_request
from hushgate.providers.base import StreamInterrupted
from hushgate.sse import Chunk, JsonPayload
from hushgate.wire.openai import reject_routing_overrides
from hushgate.wire.responses_output import ResponseEcho, StreamTranslator, response_object

if TYPE_CHECKING:
    from hushgate.pipeline import RequestContext

ROUTE_RESPONSES = "responses"

# Server-side state a zero-retention gateway cannot hold.
STATEFUL_PARAMS = ("previous_response_id", "conversation", "prompt")
MESSAGE_ROLES = frozenset({"user", "assistant", "system", "developer"})
# Reasoning items carry the provider's opaque (often encrypted) chain of
# thought; no other provider can use them, so they are not forwarded.
DROPPED_ITEM_TYPES = frozenset({"reasoning"})
INTERRUPTED = GatewayError(502, "The upstream stream was interrupted.", "upstream_error", "upstream_stream_interrupted")


@dataclass(eq=False)
class ResponsesRequest(CanonicalRequest):
    """The canonical chat request plus what the Responses reply must echo."""

    echo: ResponseEcho = field(default_factory=ResponseEcho)


def _type_error(param: str, expected: str) -> GatewayError:
    return bad_request(f"Invalid type for '{param}': expected {expected}.", param=param, code="invalid_type")


def _missing(param: str) -> GatewayError:
    return bad_request(f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")


def _unsupported(param: str, why: str) -> GatewayError:
    return bad_request(why, param=param, code="unsupported_parameter")


def _expect(body: dict[str, Any], key: str, types: tuple[type, ...], expected: str) -> Any:
    value = body.get(key)
    if value is not None and (not isinstance(value, types) or (isinstance(value, bool) and bool not in types)):
        raise _type_error(key, expected)
    return value


def _string(item: dict[str, Any], key: str, param: str) -> str:
    value = item.get(key)
    if value is None:
        raise _missing(f"{param}.{key}")
    if not isinstance(value, str):
        raise _type_error(f"{param}.{key}", "a string")
    return value


def _content_part(part: Any, param: str) -> dict[str, Any]:
    if not isinstance(part, dict):
        raise _type_error(param, "an object")
    kind = part.get("type")
    if kind in ("input_text", "output_text"):
        return {"type": "text", "text": _string(part, "text", param)}
    if kind == "refusal":
        return {"type": "text", "text": _string(part, "refusal", param)}
    if kind == "input_image":
        url = part.get("image_url")
        if not isinstance(url, str):
            raise _unsupported(f"{param}.image_url", "Images must be given inline as image_url (file ids are server-side state).")
        image: dict[str, Any] = {"url": url}
        if isinstance(part.get("detail"), str):
            image["detail"] = part["detail"]
        return {"type": "image_url", "image_url": image}
    if kind == "input_file":
        file = {k: part[k] for k in ("file_data", "file_id", "filename") if isinstance(part.get(k), str)}
        if "file_data" not in file and "file_id" not in file:
            raise _missing(f"{param}.file_data")
        return {"type": "file", "file": file}
    raise bad_request("Unsupported content part type.", param=f"{param}.type", code="unsupported_content")


def _message(item: dict[str, Any], param: str) -> dict[str, Any]:
    role = item.get("role")
    if role is None:
        raise _missing(f"{param}.role")
    if role not in MESSAGE_ROLES:
        raise bad_request(f"Invalid value for '{param}.role'.", param=f"{param}.role", code="invalid_value")
    content = item.get("content")
    if isinstance(content, str):
        return {"role": role, "content": content}
    if not isinstance(content, list):
        raise _type_error(f"{param}.content", "a string or an array of content parts")
    parts = [_content_part(p, f"{param}.content[{k}]") for k, p in enumerate(content)]
    if role != "user" and all(p["type"] == "text" for p in parts):
        # Only user messages may carry part arrays everywhere; join text for the rest.
        return {"role": role, "content": "".join(p["text"] for p in parts)}
    return {"role": role, "content": parts}


def _function_call(item: dict[str, Any], param: str) -> dict[str, Any]:
    return {
        "id": _string(item, "call_id", param),
        "type": "function",
        "function": {"name": _string(item, "name", param), "arguments": _string(item, "arguments", param)},
    }


def _function_output(item: dict[str, Any], param: str) -> dict[str, Any]:
    output = item.get("output")
    if isinstance(output, list):
        parts = [_content_part(p, f"{param}.output[{k}]") for k, p in enumerate(output)]
        if any(p["type"] != "text" for p in parts):
            raise bad_request("Only text tool outputs are supported.", param=f"{param}.output", code="unsupported_content")
        output = "".join(p["text"] for p in parts)
    elif output is None:
        raise _missing(f"{param}.output")
    elif not isinstance(output, str):
        raise _type_error(f"{param}.output", "a string or an array of content parts")
    return {"role": "tool", "tool_call_id": _string(item, "call_id", param), "content": output}


def input_messages(value: Any) -> list[dict[str, Any]]:
    """Chat messages from ``input``; consecutive function calls share one assistant turn."""
    if isinstance(value, str):
        return [{"role": "user", "content": value}]
    if not isinstance(value, list):
        raise _type_error("input", "a string or an array of input items")
    messages: list[dict[str, Any]] = []
    for i, item in enumerate(value):
        param = f"input[{i}]"
        if not isinstance(item, dict):
            raise _type_error(param, "an object")
        kind = item.get("type", "message")
        if kind == "message":
            messages.append(_message(item, param))
        elif kind == "function_call":
            call = _function_call(item, param)
            last = messages[-1] if messages else None
            if last is not None and last["role"] == "assistant" and not isinstance(last.get("content"), list):
                last.setdefault("tool_calls", []).append(call)
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            messages.append(_function_output(item, param))
        elif kind == "item_reference":
            raise _unsupported(param, "Item references need server-side state; send the items themselves.")
        elif kind not in DROPPED_ITEM_TYPES:
            raise bad_request("Unsupported input item type.", param=f"{param}.type", code="unsupported_content")
    return messages


def _tools(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise _type_error("tools", "an array")
    tools = []
    for i, tool in enumerate(value):
        if not isinstance(tool, dict):
            raise _type_error(f"tools[{i}]", "an object")
        if tool.get("type") != "function":
            raise _unsupported(f"tools[{i}].type", "Only function tools are supported; hosted tools run outside the gateway.")
        function = {"name": _string(tool, "name", f"tools[{i}]")}
        for key in ("description", "parameters", "strict"):
            if tool.get(key) is not None:
                function[key] = tool[key]
        tools.append({"type": "function", "function": function})
    return tools


def _tool_choice(value: Any) -> str | dict[str, Any]:
    if value in ("auto", "none", "required"):
        return value
    if isinstance(value, dict) and value.get("type") == "function" and isinstance(value.get("name"), str):
        return {"type": "function", "function": {"name": value["name"]}}
    raise bad_request("Invalid value for 'tool_choice'.", param="tool_choice", code="invalid_value")


def _response_format(text: Any) -> dict[str, Any] | None:
    if not isinstance(text, dict):
        raise _type_error("text", "an object")
    fmt = text.get("format")
    if fmt is None or (isinstance(fmt, dict) and fmt.get("type") == "text"):
        return None
    if isinstance(fmt, dict) and fmt.get("type") == "json_object":
        return {"type": "json_object"}
    if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
        schema = {k: fmt[k] for k in ("name", "description", "schema", "strict") if k in fmt}
        return {"type": "json_schema", "json_schema": schema}
    raise bad_request("Invalid value for 'text.format'.", param="text.format", code="invalid_value")


def parse_responses(body: dict[str, Any]) -> ResponsesRequest:
    reject_routing_overrides(body)
    for key in STATEFUL_PARAMS:
        if body.get(key) is not None:
            raise _unsupported(key, f"'{key}' needs server-side state, which this zero-retention gateway does not keep; send the full input instead.")
    if body.get("background"):
        raise _unsupported("background", "Background responses need server-side state, which this gateway does not keep.")
    model = body.get("model")
    if model is None:
        raise _missing("model")
    if not isinstance(model, str) or not model:
        raise _type_error("model", "a non-empty string")
    if body.get("input") is None:
        raise _missing("input")
    stream = bool(_expect(body, "stream", (bool,), "a boolean"))
    instructions = _expect(body, "instructions", (str,), "a string")
    messages = input_messages(body["input"])
    if instructions:
        messages.insert(0, {"role": "system", "content": instructions})
    if not messages:
        raise bad_request("'input' must contain at least one item.", param="input", code="invalid_value")

    chat: dict[str, Any] = {"model": model, "messages": messages}
    for key in ("temperature", "top_p"):
        if _expect(body, key, (int, float), "a number") is not None:
            chat[key] = body[key]
    if _expect(body, "max_output_tokens", (int,), "an integer") is not None:
        chat["max_completion_tokens"] = body["max_output_tokens"]
    if _expect(body, "parallel_tool_calls", (bool,), "a boolean") is not None:
        chat["parallel_tool_calls"] = body["parallel_tool_calls"]
    if _expect(body, "user", (str,), "a string"):
        chat["user"] = body["user"]
    if body.get("tools"):
        chat["tools"] = _tools(body["tools"])
    if body.get("tool_choice") is not None:
        chat["tool_choice"] = _tool_choice(body["tool_choice"])
    if body.get("text") is not None and (response_format := _response_format(body["text"])) is not None:
        chat["response_format"] = response_format
    reasoning = _expect(body, "reasoning", (dict,), "an object")
    if reasoning and isinstance(reasoning.get("effort"), str):
        chat["reasoning_effort"] = reasoning["effort"]
    if stream:
        chat["stream"] = True
        # response.completed carries usage, so ask every upstream for it.
        chat["stream_options"] = {"include_usage": True}

    echo = ResponseEcho(
        tools=list(body.get("tools") or []),
        tool_choice=body.get("tool_choice") or "auto",
        temperature=body.get("temperature"),
        top_p=body.get("top_p"),
        max_output_tokens=body.get("max_output_tokens"),
        parallel_tool_calls=body.get("parallel_tool_calls", True),
        text=body.get("text") or {"format": {"type": "text"}},
    )
    return ResponsesRequest(ROUTE_CHAT, chat, model, stream=stream, echo=echo)


class ResponsesWire:
    """``POST /v1/responses`` over the canonical chat pipeline."""

    name = ROUTE_RESPONSES

    def parse(self, body: dict[str, Any], headers: Mapping[str, str]) -> CanonicalRequest:
        return parse_responses(body)

    def response_body(self, ctx: RequestContext, payload: JsonPayload) -> bytes:
        return orjson.dumps(response_object(response_id(ctx), _echo(ctx), payload.peek()))

    async def stream_frames(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[bytes]:
        translator = StreamTranslator(response_id(ctx), _echo(ctx), ctx.model)
        for frame in translator.start():
            yield frame
        try:
            async for chunk in chunks:
                for frame in translator.feed(chunk.peek()):
                    yield frame
        except StreamInterrupted:
            yield translator.fail(INTERRUPTED)
            raise
        except GatewayError as exc:
            yield translator.fail(exc)
            raise
        for frame in translator.finish():
            yield frame

    def stream_error_frame(self, error: GatewayError) -> bytes:
        # stream_frames already sent the sequenced `error` event for every
        # failure that passes through it (all of them do); a second one would
        # break the client's sequence numbering.
        return b""

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response:
        return error.response(headers)


def response_id(ctx: RequestContext) -> str:
    # Tied to the request id the client sees in x-request-id; nothing is stored under it.
    return "resp_" + ctx.request_id.removeprefix("req_")


def _echo(ctx: RequestContext) -> ResponseEcho:
    request = ctx.request
    return request.echo if isinstance(request, ResponsesRequest) else ResponseEcho()
