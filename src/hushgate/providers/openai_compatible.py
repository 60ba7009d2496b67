"""OpenAI and every endpoint that speaks its wire format.

One adapter serves OpenAI, vLLM, Ollama, DeepSeek, Mistral, Groq, Together,
DashScope (Qwen) and OpenRouter; a ``preset`` option fills in the base URL.
The request body is already OpenAI-shaped, so it goes out as it is and the
stream comes back as it is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import orjson

from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS
from hushgate.config import ProviderConfig
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

PRESETS: dict[str, str] = {
    "openai": "https://api.openai.com/v1",
    "vllm": "http://127.0.0.1:8000/v1",
    "ollama": "http://127.0.0.1:11434/v1",
    "deepseek": "https://api.deepseek.com/v1",
    "mistral": "https://api.mistral.ai/v1",
    "groq": "https://api.groq.com/openai/v1",
    "together": "https://api.together.xyz/v1",
    "dashscope": "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
    "openrouter": "https://openrouter.ai/api/v1",
}

ROUTE_PATHS = {ROUTE_CHAT: "/chat/completions", ROUTE_COMPLETIONS: "/completions", ROUTE_EMBEDDINGS: "/embeddings"}


def error_code_of(raw: bytes) -> str | None:
    try:
        return safe_error_code(orjson.loads(raw))
    except orjson.JSONDecodeError:
        return None


async def check_status(response: aiohttp.ClientResponse) -> None:
    await raise_for_upstream_status(response, error_code_of)


def resolve_base_url(config: ProviderConfig) -> str:
    preset = config.options.get("preset")
    base = config.base_url or (PRESETS.get(preset) if isinstance(preset, str) else None)
    if not base:
        raise ValueError("openai_compatible provider needs base_url or a known options.preset")
    return base.rstrip("/")


class OpenAICompatibleProvider(PooledProvider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        super().__init__(name, config)
        self.base_url = resolve_base_url(config)
        headers = {"content-type": "application/json", "accept": "application/json", **config.headers}
        if (key := self.api_key()) is not None:
            headers.update(self.credential_headers(key))
        self._headers = headers
        self._stream_headers = {**headers, "accept": "text/event-stream"}

    def credential_headers(self, key: str) -> dict[str, str]:
        """Where this dialect carries the key (Azure overrides it)."""
        return {"authorization": f"Bearer {key}"}

    def url_for(self, call: UpstreamCall) -> str:
        return self.base_url + ROUTE_PATHS[call.route]

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        # The answer is already OpenAI's: kept as bytes, parsed only if a stage looks inside.
        status, raw = await self.post_for_bytes(self.url_for(call), orjson.dumps(call.body), self._headers, check_status)
        if not raw.lstrip().startswith(b"{"):
            raise UpstreamError("protocol", status, "not_json")
        return UpstreamResponse(status, JsonPayload(raw))

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        body = orjson.dumps(call.body)
        context, response = await self.open_response(self.url_for(call), body, self._stream_headers, check_status, "text/event-stream")
        return self._chunks(context, response)

    async def _chunks(self, context: object, response: aiohttp.ClientResponse) -> AsyncIterator[Chunk]:
        try:
            async for event, data in iter_events(response.content):
                if data == b"[DONE]":
                    return
                # OpenAI sends {"error": ...}; vLLM and others {"object": "error", ...}.
                if event == "error" or data.startswith(b'{"error"') or b'"object":"error"' in data:
                    raise StreamInterrupted("upstream sent an error event")
                yield Chunk(data)
            # The connection ended without [DONE]: a truncated stream.
            raise StreamInterrupted("upstream stream ended early")
        except (aiohttp.ClientError, TimeoutError, OSError):
            raise StreamInterrupted("upstream connection failed") from None
        finally:
            await context.__aexit__(None, None, None)  # type: ignore[attr-defined]
