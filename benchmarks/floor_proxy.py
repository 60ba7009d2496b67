"""The floor: the least a Python pass-through proxy can do, for comparison.

A minimal Starlette app that forwards the body to the upstream and returns
its answer, with one shared client: aiohttp (the gateway's choice) or httpx
(to show why not). No auth, no parsing, no pipeline, no logging.

    uvicorn --factory benchmarks.floor_proxy:aiohttp_app --port 9200
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

UPSTREAM = os.environ.get("FLOOR_UPSTREAM", "http://127.0.0.1:9100") + "/v1/chat/completions"
HEADERS = {"content-type": "application/json"}


def aiohttp_app() -> Starlette:
    import aiohttp

    state: dict[str, aiohttp.ClientSession] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["session"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=256))
        yield
        await state["session"].close()

    async def proxy(request: Request) -> Response:
        body = await request.body()
        if b'"stream":true' in body or b'"stream": true' in body:
            upstream = await state["session"].post(UPSTREAM, data=body, headers=HEADERS)

            async def relay() -> AsyncIterator[bytes]:
                try:
                    async for piece in upstream.content.iter_any():
                        yield piece
                finally:
                    upstream.release()

            return StreamingResponse(relay(), media_type="text/event-stream")
        async with state["session"].post(UPSTREAM, data=body, headers=HEADERS) as upstream:
            return Response(await upstream.read(), upstream.status, media_type="application/json")

    return Starlette(routes=[Route("/v1/chat/completions", proxy, methods=["POST"])], lifespan=lifespan)


def httpx_app() -> Starlette:
    import httpx

    state: dict[str, httpx.AsyncClient] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["client"] = httpx.AsyncClient(limits=httpx.Limits(max_connections=256))
        yield
        await state["client"].aclose()

    async def proxy(request: Request) -> Response:
        body = await request.body()
        upstream = await state["client"].post(UPSTREAM, content=body, headers=HEADERS)
        return Response(upstream.content, upstream.status_code, media_type="application/json")

    return Starlette(routes=[Route("/v1/chat/completions", proxy, methods=["POST"])], lifespan=lifespan)
