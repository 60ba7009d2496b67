"""OpenAI's request wire format: validation and the canonical request.

Validation is hand-written rather than a pydantic model of the whole body:
the gateway must pass unknown fields through untouched, and checking only
what it relies on is ~10x cheaper on the hot path. Errors name the exact
``param`` and never quote a value.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS, CanonicalRequest
from hushgate.errors import GatewayError, bad_request
from hushgate.sse import DONE, Chunk, JsonPayload

if TYPE_CHECKING:
    from hushgate.pipeline import RequestContext

# Fields that would let a client pick the destination or its credentials.
# Refused on every route, at the top level and inside `metadata` (CVE-2024-6587
# class: LiteLLM honoured `api_base` from the body).
ROUTING_OVERRIDE_FIELDS = frozenset(
    {
        "api_base", "base_url", "api_key", "api_version", "custom_llm_provider", "azure_endpoint",
        "azure_ad_token", "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
        "aws_region_name", "vertex_project", "vertex_location", "vertex_credentials", "litellm_params",
        "callbacks", "success_callback", "failure_callback", "s3_endpoint_url", "proxy", "upstream",
        "upstream_url", "endpoint", "deployment_id", "organization",
    }
)  # fmt: skip

# Headers that try to name an upstream host or provider.
ROUTING_OVERRIDE_HEADERS = frozenset(
    {
        "x-api-base", "x-base-url", "api-base", "base-url", "x-upstream", "x-upstream-url",
        "x-upstream-host", "x-target-url", "x-provider-url", "x-custom-llm-provider", "x-litellm-api-base",
        "x-portkey-custom-host", "x-portkey-provider", "x-hushgate-upstream", "x-forwarded-host-override",
    }
)  # fmt: skip

CHAT_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})


def reject_routing_overrides(body: dict[str, Any]) -> None:
    for key in body.keys() & ROUTING_OVERRIDE_FIELDS:
        raise bad_request("Clients cannot choose the upstream or its credentials.", param=key, code="forbidden_param")
    metadata = body.get("metadata")
    if isinstance(metadata, dict):
        for key in metadata.keys() & ROUTING_OVERRIDE_FIELDS:
            raise bad_request(
                "Clients cannot choose the upstream or its credentials.", param=f"metadata.{key}", code="forbidden_param"
            )


def _type_error(param: str, expected: str) -> GatewayError:
    return bad_request(f"Invalid type for '{param}': expected {expected}.", param=param, code="invalid_type")


def _check(body: dict[str, Any], key: str, types: tuple[type, ...], expected: str) -> None:
    value = body.get(key)
    if value is None:
        return
    # bool is an int in Python, but a JSON `true` is never a valid number.
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise _type_error(key, expected)


# Typed top-level fields, in the order their errors are reported.
_COMMON_TYPES: tuple[tuple[str, tuple[type, ...], str], ...] = (
    ("stream", (bool,), "a boolean"),
    ("stream_options", (dict,), "an object"),
    ("n", (int,), "an integer"),
    ("max_tokens", (int,), "an integer"),
    ("max_completion_tokens", (int,), "an integer"),
    ("temperature", (int, float), "a number"),
    ("top_p", (int, float), "a number"),
    ("seed", (int,), "an integer"),
    ("user", (str,), "a string"),
    ("metadata", (dict,), "an object"),
)
_CHAT_TYPES = (
    ("tools", (list,), "an array"),
    ("tool_choice", (str, dict), "a string or an object"),
    ("response_format", (dict,), "an object"),
)
_COMMON_BY_KEY = {key: types for key, types, _ in _COMMON_TYPES}
_CHAT_BY_KEY = {**_COMMON_BY_KEY, **{key: types for key, types, _ in _CHAT_TYPES}}


def _types_ok(body: dict[str, Any], by_key: dict[str, tuple[type, ...]]) -> bool:
    """One pass over the keys the client sent: True when every typed field is valid.

    A body has a handful of keys; this is cheaper than looking up every
    typed field. When it says no, the ordered checks run and raise the same
    error as always.
    """
    for key, value in body.items():
        types = by_key.get(key)
        if types is not None and value is not None and (not isinstance(value, types) or (value.__class__ is bool and bool not in types)):
            return False
    return True


def _common(body: dict[str, Any], typed: bool = False) -> str:
    model = body.get("model")
    if model is None:
        raise bad_request("Missing required parameter: 'model'.", param="model", code="missing_required_parameter")
    if not isinstance(model, str) or not model:
        raise _type_error("model", "a non-empty string")
    if not typed:
        for key, types, expected in _COMMON_TYPES:
            _check(body, key, types, expected)
    n = body.get("n")
    if isinstance(n, int) and not 1 <= n <= 128:
        raise bad_request("'n' must be between 1 and 128.", param="n", code="invalid_value")
    return model


def _validate_messages(messages: Any) -> None:
    if messages is None:
        raise bad_request("Missing required parameter: 'messages'.", param="messages", code="missing_required_parameter")
    if not isinstance(messages, list):
        raise _type_error("messages", "an array")
    if not messages:
        raise bad_request("'messages' must contain at least one message.", param="messages", code="invalid_value")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise _type_error(f"messages[{i}]", "an object")
        role = message.get("role")
        if role is None:
            raise bad_request(
                f"Missing required parameter: 'messages[{i}].role'.",
                param=f"messages[{i}].role",
                code="missing_required_parameter",
            )
        if role not in CHAT_ROLES:
            raise bad_request(
                f"Invalid value for 'messages[{i}].role'.", param=f"messages[{i}].role", code="invalid_value"
            )
        content = message.get("content")
        if content is not None and not isinstance(content, (str, list)):
            raise _type_error(f"messages[{i}].content", "a string or an array of content parts")
        tool_calls = message.get("tool_calls")
        if tool_calls is not None:
            if not isinstance(tool_calls, list):
                raise _type_error(f"messages[{i}].tool_calls", "an array")
            for j, call in enumerate(tool_calls):
                function = call.get("function") if isinstance(call, dict) else None
                if not isinstance(function, dict) or not isinstance(function.get("arguments", ""), str):
                    raise _type_error(f"messages[{i}].tool_calls[{j}].function", "an object with string arguments")


def _refuse_token_ids(value: Any, param: str) -> None:
    # Token ids are text the detectors cannot read (any tokenizer decodes
    # them): forwarding them would send unscanned content (fail closed).
    if isinstance(value, list) and any(isinstance(item, (int, float, list)) and not isinstance(item, bool) for item in value):
        raise bad_request("Token-id arrays cannot be scanned; send text instead.", param=param, code="unsupported_content")


def parse_chat(body: dict[str, Any]) -> CanonicalRequest:
    reject_routing_overrides(body)
    typed = _types_ok(body, _CHAT_BY_KEY)
    model = _common(body, typed)
    _validate_messages(body.get("messages"))
    if body.get("store") is True:
        # Provider-side storage of the conversation contradicts zero retention.
        raise bad_request("'store': true is not allowed through this gateway.", param="store", code="unsupported_parameter")
    if not typed:
        for key, types, expected in _CHAT_TYPES:
            _check(body, key, types, expected)
    return CanonicalRequest(ROUTE_CHAT, body, model, stream=bool(body.get("stream")))


def parse_completions(body: dict[str, Any]) -> CanonicalRequest:
    reject_routing_overrides(body)
    model = _common(body, _types_ok(body, _COMMON_BY_KEY))
    prompt = body.get("prompt")
    if prompt is None:
        raise bad_request("Missing required parameter: 'prompt'.", param="prompt", code="missing_required_parameter")
    if not isinstance(prompt, (str, list)):
        raise _type_error("prompt", "a string or an array")
    _refuse_token_ids(prompt, "prompt")
    return CanonicalRequest(ROUTE_COMPLETIONS, body, model, stream=bool(body.get("stream")))


def parse_embeddings(body: dict[str, Any]) -> CanonicalRequest:
    reject_routing_overrides(body)
    model = _common(body, _types_ok(body, _COMMON_BY_KEY))
    inputs = body.get("input")
    if inputs is None:
        raise bad_request("Missing required parameter: 'input'.", param="input", code="missing_required_parameter")
    if not isinstance(inputs, (str, list)) or (isinstance(inputs, list) and not inputs):
        raise _type_error("input", "a string or a non-empty array")
    _refuse_token_ids(inputs, "input")
    if body.get("stream"):
        raise bad_request("Embeddings cannot be streamed.", param="stream", code="invalid_value")
    return CanonicalRequest(ROUTE_EMBEDDINGS, body, model, stream=False)


PARSERS = {ROUTE_CHAT: parse_chat, ROUTE_COMPLETIONS: parse_completions, ROUTE_EMBEDDINGS: parse_embeddings}


class OpenAIWire:
    """OpenAI's own dialect: the canonical form, so translation is identity."""

    def __init__(self, route: str) -> None:
        self.name = route
        self._parse = PARSERS[route]

    def parse(self, body: dict[str, Any], headers: Mapping[str, str]) -> CanonicalRequest:
        return self._parse(body)

    def response_body(self, ctx: RequestContext, payload: JsonPayload) -> bytes:
        return payload.raw

    async def stream_frames(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[bytes]:
        async for chunk in chunks:
            yield chunk.frame()
        yield DONE

    def stream_error_frame(self, error: GatewayError) -> bytes:
        return b"data: " + error.body() + b"\n\n"

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response:
        return error.response(headers)
