"""Google Gemini (Generative Language API): ``generateContent`` and its SSE stream.

The key travels in the ``x-goog-api-key`` header, never in the ``?key=``
query string, so it can't end up in URL access logs. Gemini's error bodies
are ``{"error": {"code": 400, "status": "INVALID_ARGUMENT", "message": ...}}``:
only ``status`` survives.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import aiohttp
import orjson

from hushgate.canonical import ROUTE_CHAT
from hushgate.config import ProviderConfig
from hushgate.errors import bad_request
from hushgate.providers.base import (
    StreamInterrupted,
    UpstreamCall,
    UpstreamError,
    UpstreamResponse,
    parse_retry_after,
    safe_error_code,
)
from hushgate.providers.pooled import PooledProvider
from hushgate.sse import Chunk, JsonPayload, iter_events
from hushgate.translate import TranslationError
from hushgate.translate.gemini import GeminiStream, chat_to_gemini, gemini_to_chat

DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta"
RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo"


def retry_delay(body: Any) -> float | None:
    """Seconds from a ``google.rpc.RetryInfo`` detail (``"retryDelay": "13s"``)."""
    error = body.get("error") if isinstance(body, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    for detail in details if isinstance(details, list) else ():
        if isinstance(detail, dict) and detail.get("@type") == RETRY_INFO and isinstance(detail.get("retryDelay"), str):
            return parse_retry_after(detail["retryDelay"].removesuffix("s"))
    return None


async def raise_for_gemini_status(response: aiohttp.ClientResponse) -> None:
    """UpstreamError with Gemini's ``status`` token; the retry delay from the header or RetryInfo."""
    if response.status < 400:
        return
    try:
        body = orjson.loads(await response.read())
    except (aiohttp.ClientError, asyncio.TimeoutError, orjson.JSONDecodeError):
        body = None
    retry_after = parse_retry_after(response.headers.get("retry-after")) or retry_delay(body)
    raise UpstreamError("http", response.status, safe_error_code(body), retry_after=retry_after)


class GeminiProvider(PooledProvider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        super().__init__(name, config)
        self.base_url = (config.base_url or DEFAULT_BASE_URL).rstrip("/")
        headers = {"content-type": "application/json", "accept": "application/json", **config.headers}
        if (key := self.api_key()) is not None:
            headers["x-goog-api-key"] = key
        self._headers = headers
        self._stream_headers = {**headers, "accept": "text/event-stream"}

    def _url(self, call: UpstreamCall, method: str) -> str:
        model = quote(call.model.removeprefix("models/"), safe="-._")
        return f"{self.base_url}/models/{model}:{method}"

    def _body(self, call: UpstreamCall) -> bytes:
        if call.route != ROUTE_CHAT:
            raise bad_request("Gemini deployments serve chat completions only.", code="unsupported_route")
        try:
            return orjson.dumps(chat_to_gemini(call.body))
        except TranslationError as exc:
            raise bad_request(exc.message, param=exc.param, code="unsupported_for_provider") from None

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        status, data = await self.post_for_json(self._url(call, "generateContent"), self._body(call), self._headers, raise_for_gemini_status)
        return UpstreamResponse(status, JsonPayload(data=gemini_to_chat(data, call.model, call.request_id)))

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        url = self._url(call, "streamGenerateContent") + "?alt=sse"
        context, response = await self.open_response(url, self._body(call), self._stream_headers, raise_for_gemini_status, "text/event-stream")
        include_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        return self._chunks(context, response, GeminiStream(call.model, call.request_id, include_usage))

    async def _chunks(self, context: object, response: aiohttp.ClientResponse, stream: GeminiStream) -> AsyncIterator[Chunk]:
        try:
            async for _, data in iter_events(response.content):
                try:
                    event = orjson.loads(data)
                except orjson.JSONDecodeError:
                    raise StreamInterrupted("upstream sent an unreadable event") from None
                if not isinstance(event, dict) or "error" in event:
                    raise StreamInterrupted("upstream sent an error event")
                for chunk in stream.feed(event):
                    yield Chunk(data=chunk)
            # Gemini has no [DONE]: a stream that ends without a finishReason was cut short.
            if not stream.finished:
                raise StreamInterrupted("upstream stream ended early")
            for chunk in stream.close():
                yield Chunk(data=chunk)
        except (aiohttp.ClientError, TimeoutError, OSError):
            raise StreamInterrupted("upstream connection failed") from None
        finally:
            await context.__aexit__(None, None, None)  # type: ignore[attr-defined]
