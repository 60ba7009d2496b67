"""Anthropic's Messages API as an upstream.

The canonical (OpenAI chat) body is translated to a Messages body on the way
out and the answer (whole, or event by event) back to chat.completion objects
on the way in, so every stage after the router sees the same shape it would
from an OpenAI upstream.

Errors: Anthropic's error body is ``{"type": "error", "error": {"type":
"overloaded_error", "message": ...}}``; only the ``type`` token survives (as
the UpstreamError code). 529 (overloaded) and 5xx are retryable, like 429.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import aiohttp
import orjson

from hushgate.canonical import ROUTE_CHAT
from hushgate.config import ProviderConfig
from hushgate.errors import bad_request
from hushgate.http import raise_for_upstream_status
from hushgate.providers.base import (
    StreamInterrupted,
    UpstreamCall,
    UpstreamError,
    UpstreamResponse,
    safe_error_code,
)
from hushgate.providers.pooled import PooledProvider
from hushgate.sse import Chunk, JsonPayload, iter_events
from hushgate.translate import TranslationError
from hushgate.translate.anthropic import chat_request_to_messages, message_to_completion
from hushgate.translate.anthropic_stream import MessageEventsToChunks

DEFAULT_BASE_URL = "https://api.anthropic.com"
DEFAULT_VERSION = "2023-06-01"
# Used when neither the client, options.max_output_tokens nor the deployment's
# capabilities set max_tokens, which Anthropic requires.
FALLBACK_MAX_TOKENS = 4096


def error_code_of(raw: bytes) -> str | None:
    try:
        return safe_error_code(orjson.loads(raw))
    except orjson.JSONDecodeError:
        return None


async def check_status(response: aiohttp.ClientResponse) -> None:
    await raise_for_upstream_status(response, error_code_of)


class AnthropicProvider(PooledProvider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        super().__init__(name, config)
        self.url = (config.base_url or DEFAULT_BASE_URL).rstrip("/") + "/v1/messages"
        version = config.options.get("anthropic_version", DEFAULT_VERSION)
        max_tokens = config.options.get("max_output_tokens", FALLBACK_MAX_TOKENS)
        self._max_tokens_configured = "max_output_tokens" in config.options
        if not isinstance(version, str) or not version:
            raise ValueError(f"providers.{name}.options.anthropic_version: must be a version string")
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
            raise ValueError(f"providers.{name}.options.max_output_tokens: must be a positive integer")
        self.default_max_tokens = max_tokens
        headers = {"content-type": "application/json", "accept": "application/json", "anthropic-version": version, **config.headers}
        if (key := self.api_key()) is not None:
            headers["x-api-key"] = key
        self._headers = headers
        self._stream_headers = {**headers, "accept": "text/event-stream"}

    def _default_max_tokens(self, call: UpstreamCall) -> int:
        # An explicit provider option wins; otherwise the deployment's declared limit.
        if self._max_tokens_configured or call.max_output_tokens is None:
            return self.default_max_tokens
        return call.max_output_tokens

    def _body(self, call: UpstreamCall) -> bytes:
        if call.route != ROUTE_CHAT:
            raise bad_request("Anthropic deployments serve chat completions only.", code="unsupported_route")
        try:
            body = chat_request_to_messages(call.body, model=call.model, default_max_tokens=self._default_max_tokens(call))
        except TranslationError as exc:
            raise bad_request(exc.message, param=exc.param, code="unsupported_for_provider") from None
        return orjson.dumps(body)

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        status, message = await self.post_for_json(self.url, self._body(call), self._headers, check_status)
        if message.get("type") != "message":
            raise UpstreamError("protocol", status, "not_a_message")
        completion = message_to_completion(message, created=int(time.time()))
        return UpstreamResponse(status, JsonPayload(data=completion))

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        context, response = await self.open_response(self.url, self._body(call), self._stream_headers, check_status, "text/event-stream")
        include_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        return self._chunks(context, response, MessageEventsToChunks(include_usage=include_usage))

    async def _chunks(self, context: object, response: aiohttp.ClientResponse, translator: MessageEventsToChunks) -> AsyncIterator[Chunk]:
        try:
            async for event, data in iter_events(response.content):
                if event == "error":
                    # The body may quote the prompt: it is dropped, unread.
                    raise StreamInterrupted("upstream sent an error event")
                try:
                    payload = orjson.loads(data)
                except orjson.JSONDecodeError:
                    raise StreamInterrupted("upstream sent an unreadable event") from None
                if not isinstance(payload, dict):
                    raise StreamInterrupted("upstream sent an unreadable event")
                if payload.get("type") == "error":
                    raise StreamInterrupted("upstream sent an error event")
                for chunk in translator.feed(payload):
                    yield Chunk(data=chunk)
                if translator.finished:
                    return
            # The connection ended without message_stop: a truncated stream.
            raise StreamInterrupted("upstream stream ended early")
        except (aiohttp.ClientError, TimeoutError, OSError):
            raise StreamInterrupted("upstream connection failed") from None
        finally:
            await context.__aexit__(None, None, None)  # type: ignore[attr-defined]
