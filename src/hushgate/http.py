"""The upstream HTTP stack: one pooled aiohttp session per upstream.

aiohttp, not httpx, on the hot path: on these machines an httpx.AsyncClient
pass-through costs ~2 ms CPU per request and collapses at 64 connections,
aiohttp ~0.25 ms (benchmarks/README.md). httpx stays the tool for tests and
the CLI.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Coroutine, Iterable, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

import aiohttp
from aiohttp import hdrs

from hushgate.config import Timeouts
from hushgate.eager import start_eagerly
from hushgate.providers.base import UpstreamError, parse_retry_after


# True while upstream_request (a stream's request) is sending: its body is written at once.
_EAGER_BODY: ContextVar[bool] = ContextVar("hushgate_eager_body", default=False)


class UpstreamRequest(aiohttp.ClientRequest):
    """aiohttp's request without the User-Agent it adds on its own (it names the client library and version).

    The same outcome as ``skip_auto_headers=("User-Agent",)`` on the session,
    which costs ~5 µs per request in aiohttp (a CIMultiDict built and a
    header copy each time): a sizeable share of the core's budget (issue 2).
    A User-Agent the operator configured in the provider's headers is kept.
    """

    def update_auto_headers(self, skip_auto_headers: Iterable[str] | None) -> None:
        configured = hdrs.USER_AGENT in self.headers
        super().update_auto_headers(skip_auto_headers)
        if not configured:
            self.headers.popall(hdrs.USER_AGENT, None)

    if sys.version_info < (3, 12):
        # aiohttp starts the body writer eagerly on 3.12+; on 3.11 a stream's
        # request would leave one trip through the event loop later (issue 7,
        # see eager.py). Streams only: for whole answers under saturation the
        # deferred write batches better (measured at 64 connections: -13 %
        # req/s and +0.05 ms CPU per request with every request eager).

        # The arguments pass through untouched: aiohttp's signature of this
        # method has changed between the releases pyproject allows.
        def write_bytes(self, *args: Any, **kwargs: Any) -> Coroutine[Any, Any, None]:  # type: ignore[override]
            coro = super().write_bytes(*args, **kwargs)
            return start_eagerly(coro) if _EAGER_BODY.get() else coro


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
        request_class=UpstreamRequest,  # sends no User-Agent of its own
        raise_for_status=False,
    )


@asynccontextmanager
async def upstream_request(
    session: aiohttp.ClientSession, url: str, body: bytes, headers: Mapping[str, str]
) -> AsyncIterator[aiohttp.ClientResponse]:
    """POST without following redirects, mapping transport failures to UpstreamError.

    Used for streams: the body leaves inside aiohttp's send (``_EAGER_BODY``).
    """
    eager = _EAGER_BODY.set(True)
    try:
        async with session.post(url, data=body, headers=headers, allow_redirects=False) as response:
            _EAGER_BODY.reset(eager)  # sent: nothing else this task does is eager
            eager = None
            if 300 <= response.status < 400:
                raise UpstreamError("protocol", response.status, "redirect_not_followed")
            yield response
    except UpstreamError:
        raise
    except asyncio.TimeoutError:
        raise UpstreamError("timeout") from None
    except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError):
        raise UpstreamError("connect") from None
    finally:
        if eager is not None:
            _EAGER_BODY.reset(eager)


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
