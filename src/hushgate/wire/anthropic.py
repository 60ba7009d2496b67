"""Anthropic's Messages API (``POST /v1/messages``) as an inbound wire format.

Anthropic-SDK clients get the same pipeline as OpenAI ones: the body is
translated into a canonical chat body (system, text blocks, ``tool_use.input``
and ``tool_result`` content all become chat segments that detection and
restoration cover — competitors forwarded ``tool_use.input`` unscanned), and
answers and stream chunks are translated back into Anthropic messages and
events. ``model`` stays the client's model name: the gateway resolves it to a
model group like any other.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

import orjson
from starlette.responses import Response

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.errors import GatewayError, bad_request
from hushgate.sse import Chunk, JsonPayload
from hushgate.translate import TranslationError
from hushgate.translate.anthropic import completion_to_message, messages_request_to_chat
from hushgate.translate.anthropic_stream import ChunksToMessageEvents
from hushgate.wire.openai import reject_routing_overrides

if TYPE_CHECKING:
    from hushgate.pipeline import RequestContext

ROUTE_MESSAGES = "anthropic.messages"

# Anthropic's error types by HTTP status (its documented error table).
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}


def error_type(status: int) -> str:
    return ERROR_TYPES.get(status) or ("invalid_request_error" if status < 500 else "api_error")


def error_body(error: GatewayError, request_id: str | None = None) -> bytes:
    message = error.message
    if error.param and not message.startswith(error.param + ":"):
        # Anthropic errors have no `param` field; they name it in the message.
        message = f"{error.param}: {message}"
    body: dict[str, Any] = {"type": "error", "error": {"type": error_type(error.status), "message": message}}
    if request_id:
        body["request_id"] = request_id
    return orjson.dumps(body)


def frame(event: str, data: dict[str, Any]) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def message_id(ctx: RequestContext, upstream_id: Any) -> str:
    # An Anthropic upstream's id goes through as it is; others get one tied
    # to the request id the client sees in x-request-id.
    if isinstance(upstream_id, str) and upstream_id.startswith("msg_"):
        return upstream_id
    return "msg_" + ctx.request_id.removeprefix("req_")


class AnthropicWire:
    """``POST /v1/messages`` over the canonical chat pipeline."""

    name = ROUTE_MESSAGES

    def parse(self, body: dict[str, Any], headers: Mapping[str, str]) -> CanonicalRequest:
        reject_routing_overrides(body)
        try:
            chat = messages_request_to_chat(body)
        except TranslationError as exc:
            raise bad_request(str(exc), param=exc.param, code="invalid_request") from None
        return CanonicalRequest(ROUTE_CHAT, chat, chat["model"], stream=bool(chat.get("stream")))

    def response_body(self, ctx: RequestContext, payload: JsonPayload) -> bytes:
        message = completion_to_message(payload.peek())
        message["id"] = message_id(ctx, message["id"])
        return orjson.dumps(message)

    async def stream_frames(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[bytes]:
        translator = ChunksToMessageEvents(message_id="msg_" + ctx.request_id.removeprefix("req_"), model=ctx.model)
        first = True
        async for chunk in chunks:
            data = chunk.peek()
            if first:
                data = {**data, "id": message_id(ctx, data.get("id"))}
                first = False
            events = translator.feed(data)
            if events:  # one write per upstream chunk, however many events it makes
                yield b"".join(frame(event, payload) for event, payload in events)
        yield b"".join(frame(event, payload) for event, payload in translator.finish())

    def stream_error_frame(self, error: GatewayError) -> bytes:
        return b"event: error\ndata: " + error_body(error) + b"\n\n"

    def error_response(self, error: GatewayError, headers: dict[str, str]) -> Response:
        merged = {**error.headers, **headers}
        body = error_body(error, merged.get("x-request-id"))
        return Response(body, status_code=error.status, media_type="application/json", headers=merged)
