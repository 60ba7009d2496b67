"""Startup warm-up: synthetic requests through the real request path, before the gateway says ready.

A freshly started process pays on its first requests for work a warm one
has done already: detector state built lazily, regular expressions run for
the first time, CPython's adaptive interpreter specializing the hot
functions. Issue 7 measured it in the time to the first streamed byte. So
before ``/readyz`` answers 200 (and before uvicorn opens its socket: this
runs in the lifespan startup) each proxy route's wire format is driven a few
times through parse -> canonical extraction -> the detection and policy
stages -> a synthetic answer through the response stages (restoration
included) -> JSON response and SSE framing.

Nothing leaves the process and nothing is kept (zero retention, honest
numbers): the router and the providers are never called, so no upstream
request, connection, routing statistic or retry-budget count; only stages
that declare ``warmup_safe = True`` run (detection, policy, usage,
restoration), so no audit record, no cache lookup or entry; nothing is
logged; the synthetic text is made up here and every context is dropped.
``server.warmup: false`` turns it off.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

import orjson
from starlette.datastructures import Headers

from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS
from hushgate.errors import GatewayError
from hushgate.pipeline import Pipeline, RequestContext
from hushgate.providers.base import UpstreamResponse
from hushgate.sse import Chunk, JsonPayload

# Enough rounds for CPython to specialize the hot code (it adapts after a
# handful of calls), bounded in time whatever the pipeline costs.
ROUNDS = 12
TIME_BUDGET_S = 0.75

# Made-up text with the kinds of identifiers detectors look for, so their
# code paths (and the policy's transforms and the restorer) all run.
TEXT = (
    "Hello, this is Jane Roe from the Springfield clinic. Please summarise the visit notes below and "
    "draft a reply to jane.roe@example.com or +1 415 555 0142; the reference is 4111 1111 1111 1111 "
    "and the member id MRN 00012345. Thanks!"
)
_HEADERS = Headers({"content-type": "application/json"})


def _bodies(route: str, model: str) -> list[dict[str, Any]]:
    """Synthetic request bodies for one inbound route: whole answer and stream."""
    if route == ROUTE_CHAT:
        base: dict[str, Any] = {"model": model, "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": TEXT}]}
    elif route == ROUTE_COMPLETIONS:
        base = {"model": model, "prompt": TEXT}
    elif route == ROUTE_EMBEDDINGS:
        return [{"model": model, "input": [TEXT]}]
    elif route == "responses":
        base = {"model": model, "input": TEXT}
    elif route == "anthropic.messages":
        base = {"model": model, "max_tokens": 64, "messages": [{"role": "user", "content": TEXT}]}
    else:
        return []
    return [base, {**base, "stream": True}]


def _answer_text(ctx: RequestContext) -> str:
    """What a model would echo: the text that would have left, pseudonyms included."""
    return " ".join(segment.text for segment in ctx.request.segments)[:400]


def _answer(ctx: RequestContext, text: str) -> dict[str, Any]:
    usage = {"prompt_tokens": 60, "completion_tokens": 40, "total_tokens": 100}
    base = {"id": "warmup", "created": 0, "model": "warmup"}
    if ctx.request.route == ROUTE_EMBEDDINGS:
        return {"object": "list", "model": "warmup", "data": [{"object": "embedding", "index": 0, "embedding": [0.0] * 8}], "usage": usage}
    if ctx.request.route == ROUTE_COMPLETIONS:
        return {**base, "object": "text_completion", "choices": [{"index": 0, "text": text, "finish_reason": "stop"}], "usage": usage}
    message = {"role": "assistant", "content": text}
    return {**base, "object": "chat.completion", "choices": [{"index": 0, "message": message, "finish_reason": "stop"}], "usage": usage}


def _chunks(ctx: RequestContext, text: str) -> list[bytes]:
    base = {"id": "warmup", "created": 0, "model": "warmup"}
    pieces = [text[i : i + 16] for i in range(0, len(text), 16)] or [""]
    if ctx.request.route == ROUTE_COMPLETIONS:
        frames = [{**base, "object": "text_completion", "choices": [{"index": 0, "text": p, "finish_reason": None}]} for p in pieces]
        frames.append({**base, "object": "text_completion", "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]})
    else:
        obj = "chat.completion.chunk"
        frames = [{**base, "object": obj, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
        frames += [{**base, "object": obj, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
        frames.append({**base, "object": obj, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    frames.append({**base, "object": "chat.completion.chunk", "choices": [], "usage": {"prompt_tokens": 60, "completion_tokens": 40, "total_tokens": 100}})
    return [orjson.dumps(frame) for frame in frames]


async def _replay(raws: Iterable[bytes]) -> AsyncIterator[Chunk]:
    for raw in raws:
        yield Chunk(raw)


def _safe(stages: Iterable[Any]) -> list[Any]:
    return [stage for stage in stages if getattr(stage, "warmup_safe", False) is True]


async def _one(pipeline: Pipeline, endpoint: Any, body: dict[str, Any], n: int) -> None:
    wire = endpoint.wire
    raw = orjson.dumps(body)
    canonical = wire.parse(orjson.loads(raw), _HEADERS)
    ctx = RequestContext(request_id=f"warmup-{n}", route=endpoint.route, client_address="", headers=_HEADERS, request=canonical)
    ctx.request_bytes = len(raw)
    _ = canonical.segments
    for stage in _safe(pipeline.request_stages):
        await stage(ctx)
    canonical.to_json()  # what would go upstream, serialized and dropped
    text = _answer_text(ctx)
    response_stages = _safe(pipeline.response_stages)
    if not canonical.stream:
        response = UpstreamResponse(200, JsonPayload(orjson.dumps(_answer(ctx, text))))
        for stage in response_stages:
            await stage.on_response(ctx, response)
        wire.response_body(ctx, response.payload)
        return
    chunks: AsyncIterator[Chunk] = _replay(_chunks(ctx, text))
    for stage in response_stages:
        chunks = stage.on_stream(ctx, chunks)
    frames = wire.stream_frames(ctx, chunks)
    try:
        async for _frame in frames:
            pass
    finally:
        await frames.aclose()  # type: ignore[attr-defined]


async def warm_up(gateway: Any, endpoints: Iterable[Any]) -> dict[str, Any]:
    """Drive every endpoint's wire format through the pipeline a few times; returns a content-free summary.

    Any error in a synthetic request (a policy that blocks the made-up
    identifiers, a wire format that refuses the shape) ends that request
    only: warm-up must never stop the gateway from starting.
    """
    endpoints = list(endpoints)
    models = list(gateway.router.registry.groups)[:1]
    started = time.perf_counter()
    done = refused = 0
    if not models:
        return {"requests": 0, "refused": 0, "ms": 0.0}
    for n in range(ROUNDS):
        for endpoint in endpoints:
            for body in _bodies(endpoint.wire.name, models[0]):
                try:
                    await _one(gateway.pipeline, endpoint, body, n)
                except Exception:  # noqa: BLE001 - a synthetic request failing must not stop the startup
                    refused += 1
                done += 1
                if time.perf_counter() - started > TIME_BUDGET_S:
                    return {"requests": done, "refused": refused, "ms": round((time.perf_counter() - started) * 1000, 1)}
    # Error shapes render too (a refusal's JSON body).
    for endpoint in endpoints:
        endpoint.wire.error_response(GatewayError(400, "warm-up", code="warmup"), {})
    return {"requests": done, "refused": refused, "ms": round((time.perf_counter() - started) * 1000, 1)}
