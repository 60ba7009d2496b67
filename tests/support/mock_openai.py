"""A mock upstream that speaks OpenAI's wire format and records what it got.

Tests script its answers (status, JSON body, SSE chunks, delays, broken
streams) and then assert on exactly what reached it: headers and bodies.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    raw: bytes
    at: float = field(default_factory=time.monotonic)  # arrival, for Retry-After/backoff assertions

    @property
    def json(self) -> Any:
        return orjson.loads(self.raw)


@dataclass
class Scripted:
    """One scripted answer; ``None`` fields mean the default success."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    chunks: list[dict[str, Any]] | None = None  # for streams
    delay_s: float = 0.0  # before the first byte
    chunk_delay_s: float = 0.0
    truncate_after: int | None = None  # drop the connection after N chunks (no [DONE])
    raw_body: bytes | None = None


def chat_completion(content: str = "Hello from upstream.", *, model: str = "upstream-model", tool_calls: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content if tool_calls is None else None, "refusal": None}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-upstream1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": model,
        "system_fingerprint": "fp_mock",
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16},
    }


def chat_chunks(pieces: list[str], *, model: str = "upstream-model", usage: bool = False) -> list[dict[str, Any]]:
    base = {"id": "chatcmpl-upstream1", "object": "chat.completion.chunk", "created": 1700000000, "model": model}
    out = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    out += [{**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]} for p in pieces]
    out.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    if usage:
        out.append({**base, "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": len(pieces), "total_tokens": 11 + len(pieces)}})
    return out


def embeddings_body(n: int, model: str = "upstream-embed") -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": i, "embedding": [0.1 * i, 0.2, 0.3]} for i in range(n)],
        "model": model,
        "usage": {"prompt_tokens": n, "total_tokens": n},
    }


def _model_of(raw: bytes) -> str | None:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return body.get("model") if isinstance(body, dict) else None


class MockOpenAI:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.script: list[Scripted] = []
        # Scripts for one upstream model name, ahead of ``script``: lets one
        # mock stand in for several deployments that fail differently.
        self.by_model: dict[str, list[Scripted]] = {}
        self.disconnects = 0
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self._handle, methods=["POST"]),
                Route("/v1/completions", self._handle, methods=["POST"]),
                Route("/v1/embeddings", self._handle, methods=["POST"]),
            ]
        )

    def then(self, *answers: Scripted) -> MockOpenAI:
        self.script.extend(answers)
        return self

    def then_for(self, model: str, *answers: Scripted) -> MockOpenAI:
        self.by_model.setdefault(model, []).extend(answers)
        return self

    @property
    def models(self) -> list[str]:
        """The model name of every request received, in order."""
        return [r.json.get("model") for r in self.received]

    @property
    def last(self) -> Received:
        return self.received[-1]

    async def _handle(self, request: Request) -> Response:
        raw = await request.body()
        self.received.append(Received(request.url.path, {k.lower(): v for k, v in request.headers.items()}, raw))
        model_script = self.by_model.get(_model_of(raw))
        if model_script:
            answer = model_script.pop(0)
        else:
            answer = self.script.pop(0) if self.script else Scripted()
        if answer.delay_s:
            await asyncio.sleep(answer.delay_s)
        if answer.raw_body is not None:
            return Response(answer.raw_body, answer.status, headers=answer.headers)
        body = orjson.loads(raw)
        if body.get("stream") and answer.status == 200:
            chunks = answer.chunks if answer.chunks is not None else chat_chunks(["Hello", " from", " upstream."])
            return StreamingResponse(self._sse(request, chunks, answer), media_type="text/event-stream")
        if answer.body is not None:
            payload = answer.body
        elif request.url.path.endswith("/embeddings"):
            inputs = body.get("input")
            payload = embeddings_body(1 if isinstance(inputs, str) else len(inputs))
        else:
            payload = chat_completion()
        return Response(orjson.dumps(payload), answer.status, headers=answer.headers, media_type="application/json")

    async def _sse(self, request: Request, chunks: list[dict[str, Any]], answer: Scripted) -> AsyncIterator[bytes]:
        try:
            for i, chunk in enumerate(chunks):
                if answer.truncate_after is not None and i >= answer.truncate_after:
                    return
                if answer.chunk_delay_s:
                    await asyncio.sleep(answer.chunk_delay_s)
                yield b"data: " + orjson.dumps(chunk) + b"\n\n"
            yield b"data: [DONE]\n\n"
        except asyncio.CancelledError:
            self.disconnects += 1
            raise
