"""A mock Gemini API: generateContent and streamGenerateContent?alt=sse.

It records every request (path, query, headers, body) and answers in
Gemini's documented shapes: ``candidates`` with ``content.parts``,
``finishReason``, ``usageMetadata``; the stream is SSE ``data:`` lines of
partial ``GenerateContentResponse`` objects with no ``[DONE]``; errors are
``{"error": {"code", "message", "status"}}``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.support.mock_openai import Received, Scripted

LEAKY_MESSAGE = "Request contains an invalid argument near 'SECRET-PROMPT-TEXT'."


def gemini_response(*parts: dict[str, Any], finish: str = "STOP") -> dict[str, Any]:
    return {
        "candidates": [{"content": {"role": "model", "parts": list(parts) or [{"text": "Hello from Gemini."}]}, "finishReason": finish, "index": 0}],
        "usageMetadata": {"promptTokenCount": 9, "candidatesTokenCount": 4, "totalTokenCount": 13},
        "modelVersion": "gemini-2.5-flash",
        "responseId": "gem-resp-1",
    }


def gemini_events(pieces: list[str], *, finish: str = "STOP") -> list[dict[str, Any]]:
    events = [{"candidates": [{"content": {"role": "model", "parts": [{"text": p}]}, "index": 0}], "modelVersion": "gemini-2.5-flash"} for p in pieces]
    events[-1]["candidates"][0]["finishReason"] = finish
    events[-1]["usageMetadata"] = {"promptTokenCount": 9, "candidatesTokenCount": len(pieces), "totalTokenCount": 9 + len(pieces)}
    return events


def gemini_error(status: int, reason: str) -> dict[str, Any]:
    return {"error": {"code": status, "message": LEAKY_MESSAGE, "status": reason}}


class MockGemini:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.queries: list[dict[str, str]] = []
        self.script: list[Scripted] = []
        self.app = Starlette(routes=[Route("/v1beta/models/{target:path}", self._handle, methods=["POST"])])

    def then(self, *answers: Scripted) -> MockGemini:
        self.script.extend(answers)
        return self

    @property
    def last(self) -> Received:
        return self.received[-1]

    async def _handle(self, request: Request) -> Response:
        raw = await request.body()
        self.received.append(Received(request.url.path, {k.lower(): v for k, v in request.headers.items()}, raw))
        self.queries.append(dict(request.query_params))
        model, _, method = request.path_params["target"].partition(":")
        if method not in ("generateContent", "streamGenerateContent"):
            return self._json(404, gemini_error(404, "NOT_FOUND"))
        if not request.headers.get("x-goog-api-key"):
            return self._json(403, gemini_error(403, "PERMISSION_DENIED"))
        answer = self.script.pop(0) if self.script else Scripted()
        if answer.delay_s:
            await asyncio.sleep(answer.delay_s)
        if answer.status != 200:
            return self._json(answer.status, answer.body or gemini_error(answer.status, "INTERNAL"), answer.headers)
        if method == "streamGenerateContent":
            if request.query_params.get("alt") != "sse":
                # Without alt=sse Gemini streams one JSON array, which is not what we parse.
                return self._json(400, gemini_error(400, "INVALID_ARGUMENT"))
            events = answer.chunks if answer.chunks is not None else gemini_events(["Hello", " from", " Gemini."])
            return StreamingResponse(self._sse(events, answer), media_type="text/event-stream")
        return self._json(200, answer.body if answer.body is not None else gemini_response())

    @staticmethod
    def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
        return Response(orjson.dumps(body), status, headers=headers, media_type="application/json")

    @staticmethod
    async def _sse(events: list[dict[str, Any]], answer: Scripted) -> AsyncIterator[bytes]:
        for i, event in enumerate(events):
            if answer.truncate_after is not None and i >= answer.truncate_after:
                return
            if answer.chunk_delay_s:
                await asyncio.sleep(answer.chunk_delay_s)
            yield b"data: " + orjson.dumps(event) + b"\r\n\r\n"
