"""The upstream HTTP stack: one pooled aiohttp session per upstream.

aiohttp, not httpx, on the hot path: on these machines an httpx.AsyncClient
pass-through costs ~2 ms CPU per request and collapses at 64 connections,
aiohttp ~0.25 ms (benchmarks/README.md). httpx stays the tool for tests and
the CLI.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

import aiohttp

from hushgate.config import Timeouts
from hushgate.providers.base import UpstreamError, parse_retry_after


def new_session(timeouts: Timeouts, max_connections: int) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=max_connections, limit_per_host=max_connections, keepalive_timeout=30)
    timeout = aiohttp.ClientTimeout(
        total=timeouts.total,
        # aiohttp's `connect` covers waiting for a pooled connection too.
        connect=timeouts.pool + timeouts.connect,
        sock_connect=timeouts.connect,
        sock_read=timeouts.read,
    )
    return aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        auto_decompress=True,
        # Upstream cookies must never be replayed into another tenant's call.
        cookie_jar=aiohttp.DummyCookieJar(),
        skip_auto_headers=("User-Agent",),
        raise_for_status=False,
    )


@asynccontextmanager
async def upstream_request(
    session: aiohttp.ClientSession, url: str, body: bytes, headers: Mapping[str, str]
) -> AsyncIterator[aiohttp.ClientResponse]:
    """POST without following redirects, mapping transport failures to UpstreamError."""
    try:
        async with session.post(url, data=body, headers=headers, allow_redirects=False) as response:
            if 300 <= response.status < 400:
                raise UpstreamError("protocol", response.status, "redirect_not_followed")
            yield response
    except UpstreamError:
        raise
    except asyncio.TimeoutError:
        raise UpstreamError("timeout") from None
    except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError):
        raise UpstreamError("connect") from None


async def raise_for_upstream_status(response: aiohttp.ClientResponse, code_of: object) -> None:
    """Turn an error status into UpstreamError, keeping only a safe code."""
    if response.status < 400:
        return
    try:
        raw = await response.read()
    except (aiohttp.ClientError, asyncio.TimeoutError):
        raw = b""
    code = code_of(raw) if callable(code_of) else None
    raise UpstreamError(
        "http", response.status, code, retry_after=parse_retry_after(response.headers.get("retry-after"))
    )
