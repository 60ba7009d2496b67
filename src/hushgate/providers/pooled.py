"""Base for adapters that speak HTTP: one pooled aiohttp session per upstream.

Owns the session's life (opened at startup, closed at shutdown) and reads
the upstream key from the environment variable the config names, so each
adapter only says where its key goes and how its wire format looks.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any

import aiohttp
import orjson

from hushgate.config import ProviderConfig
from hushgate.http import new_session, upstream_request
from hushgate.providers.base import Provider, UpstreamError

# Raises UpstreamError for an error status, keeping only a sanitized code.
# Called only for statuses >= 400 (every check returns early below that).
StatusCheck = Callable[[aiohttp.ClientResponse], Awaitable[None]]


class PooledProvider(Provider):
    def __init__(self, name: str, config: ProviderConfig) -> None:
        super().__init__(name, config)
        self._session: aiohttp.ClientSession | None = None

    def api_key(self, config: ProviderConfig | None = None) -> str | None:
        """The upstream key, read once at startup: it lives in the process, not the config."""
        env = (config or self.config).api_key_env
        if not env:
            return None
        key = os.environ.get(env)
        if not key:
            raise ValueError(f"environment variable {env} (api_key_env) is not set")
        return key

    async def start(self) -> None:
        if self._session is None:
            self._session = new_session(self.config.timeouts, self.config.max_connections)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("provider not started")
        return self._session

    async def post_for_bytes(self, url: str, body: bytes, headers: Mapping[str, str], check: StatusCheck) -> tuple[int, bytes]:
        """POST and read the whole answer, after ``check`` refused error statuses.

        ``upstream_request`` written out inline (same redirect refusal, same
        error mapping): its generator-based context manager was a measurable
        share of the per-request CPU on this, the hot path (issue 2).
        """
        try:
            async with self.session.post(url, data=body, headers=headers, allow_redirects=False) as response:
                if 300 <= response.status < 400:
                    raise UpstreamError("protocol", response.status, "redirect_not_followed")
                if response.status >= 400:
                    await check(response)
                try:
                    return response.status, await response.read()
                except aiohttp.ClientError:
                    raise UpstreamError("connect") from None
        except UpstreamError:
            raise
        except asyncio.TimeoutError:
            raise UpstreamError("timeout") from None
        except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError):
            raise UpstreamError("connect") from None

    async def post_for_json(self, url: str, body: bytes, headers: Mapping[str, str], check: StatusCheck) -> tuple[int, dict[str, Any]]:
        """POST and parse the answer, which must be a JSON object."""
        status, raw = await self.post_for_bytes(url, body, headers, check)
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise UpstreamError("protocol", status, "not_json") from None
        if not isinstance(data, dict):
            raise UpstreamError("protocol", status, "not_json")
        return status, data

    async def open_response(
        self, url: str, body: bytes, headers: Mapping[str, str], check: StatusCheck, content_type: str
    ) -> tuple[AbstractAsyncContextManager[aiohttp.ClientResponse], aiohttp.ClientResponse]:
        """Start a streamed exchange; returns once the upstream accepted it.

        The caller owns the returned context and exits it when the stream ends
        (or is abandoned), which releases or closes the connection.
        """
        context = upstream_request(self.session, url, body, headers)
        response = await context.__aenter__()
        try:
            if response.status >= 400:
                await check(response)
            if content_type not in response.headers.get("content-type", ""):
                raise UpstreamError("protocol", response.status, "not_event_stream")
        except BaseException as exc:
            await context.__aexit__(type(exc), exc, exc.__traceback__)
            raise
        return context, response
