"""A mock upstream that speaks Anthropic's Messages wire format and records what it got.

Like the real API it refuses a request without ``x-api-key``,
``anthropic-version``, ``model``, ``max_tokens`` or ``messages``, or with a
role other than user/assistant, with a 400 ``invalid_request_error`` — and,
like real APIs do, its error messages quote the request, so tests can show
such text never reaches the gateway's client. Streams are real SSE with
``event:`` lines (message_start, ping, content_block_*, message_delta,
message_stop).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.support.mock_openai import Received

Event = tuple[str, dict[str, Any]]
MODEL = "claude-upstream"
USAGE = {"input_tokens": 21, "output_tokens": 7}


@dataclass
class Scripted:
    """One scripted answer; ``None`` fields mean the default success."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    events: list[Event] | None = None  # for streams
    delay_s: float = 0.0  # before the first byte
    event_delay_s: float = 0.0
    truncate_after: int | None = None  # drop the connection after N events (no message_stop)
    raw_body: bytes | None = None
    echo: bool = False  # answer with the received messages as text (to see what arrived, restored)


def error_body(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_mock"}


def overloaded() -> Scripted:
    return Scripted(529, error_body("overloaded_error", "Overloaded"))


def message(
    text: str | None = "Hello from Anthropic.",
    *,
    tool_uses: list[dict[str, Any]] | None = None,
    stop_reason: str | None = None,
    usage: dict[str, Any] | None = None,
) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"type": "text", "text": text}] if text is not None else []
    for tool in tool_uses or ():
        content.append({"type": "tool_use", **tool})
    return {
        "id": "msg_mock1",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": stop_reason or ("tool_use" if tool_uses else "end_turn"),
        "stop_sequence": None,
        "usage": usage or USAGE,
    }


def message_events(
    pieces: list[str], *, tool_uses: list[tuple[str, str, list[str]]] | None = None, stop_reason: str | None = None
) -> list[Event]:
    """A real event sequence: a text block of ``pieces``, then one tool_use block per (id, name, json pieces)."""
    start = {**message(None), "stop_reason": None, "usage": {"input_tokens": 21, "output_tokens": 1}}
    events: list[Event] = [("message_start", {"type": "message_start", "message": start}), ("ping", {"type": "ping"})]
    index = 0
    if pieces:
        events.append(("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}))
        for piece in pieces:
            events.append(("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        index = 1
    for tool_id, name, json_pieces in tool_uses or ():
        block = {"type": "tool_use", "id": tool_id, "name": name, "input": {}}
        events.append(("content_block_start", {"type": "content_block_start", "index": index, "content_block": block}))
        for piece in json_pieces:
            delta = {"type": "input_json_delta", "partial_json": piece}
            events.append(("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
        index += 1
    reason = stop_reason or ("tool_use" if tool_uses else "end_turn")
    events.append(("message_delta", {"type": "message_delta", "delta": {"stop_reason": reason, "stop_sequence": None}, "usage": {"output_tokens": 7}}))
    events.append(("message_stop", {"type": "message_stop"}))
    return events


def _invalid(body: Any, headers: dict[str, str]) -> str | None:
    """What the real API would refuse, as its error message would say it (quoting the input)."""
    if not headers.get("x-api-key"):
        return "authentication"
    if not headers.get("anthropic-version"):
        return "anthropic-version: header is required"
    if not isinstance(body, dict):
        return "body: Input should be an object"
    for key in ("model", "max_tokens", "messages"):
        if key not in body:
            return f"{key}: Field required"
    for i, m in enumerate(body["messages"]):
        if m.get("role") not in ("user", "assistant"):
            return f"messages.{i}.role: Input should be 'user' or 'assistant', got {orjson.dumps(m).decode()}"
    return None


class MockAnthropic:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.script: list[Scripted] = []
        self.disconnects = 0
        self.app = Starlette(routes=[Route("/v1/messages", self._handle, methods=["POST"])])

    def then(self, *answers: Scripted) -> MockAnthropic:
        self.script.extend(answers)
        return self

    @property
    def last(self) -> Received:
        return self.received[-1]

    async def _handle(self, request: Request) -> Response:
        raw = await request.body()
        headers = {k.lower(): v for k, v in request.headers.items()}
        self.received.append(Received(request.url.path, headers, raw))
        answer = self.script.pop(0) if self.script else Scripted()
        if answer.delay_s:
            await asyncio.sleep(answer.delay_s)
        if answer.raw_body is not None:
            return Response(answer.raw_body, answer.status, headers=answer.headers)
        body = orjson.loads(raw)
        problem = _invalid(body, headers)
        if problem == "authentication":
            return self._json(401, error_body("authentication_error", "invalid x-api-key"), answer.headers)
        if problem is not None:
            return self._json(400, error_body("invalid_request_error", problem), answer.headers)
        if body.get("stream") and answer.status == 200:
            events = answer.events if answer.events is not None else message_events(["Hello", " from", " Anthropic."])
            if answer.echo:  # in 7-character pieces, so placeholders arrive split across events
                text = orjson.dumps(body["messages"]).decode()
                events = message_events([text[i : i + 7] for i in range(0, len(text), 7)])
            return StreamingResponse(self._sse(events, answer), media_type="text/event-stream")
        if answer.echo:
            return self._json(200, message(orjson.dumps(body["messages"]).decode()), answer.headers)
        return self._json(answer.status, answer.body if answer.body is not None else message(), answer.headers)

    @staticmethod
    def _json(status: int, payload: Any, headers: dict[str, str]) -> Response:
        return Response(orjson.dumps(payload), status, headers=headers, media_type="application/json")

    async def _sse(self, events: list[Event], answer: Scripted) -> AsyncIterator[bytes]:
        try:
            for i, (name, data) in enumerate(events):
                if answer.truncate_after is not None and i >= answer.truncate_after:
                    return
                if answer.event_delay_s:
                    await asyncio.sleep(answer.event_delay_s)
                yield b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"
        except asyncio.CancelledError:
            self.disconnects += 1
            raise


def anthropic_config(upstream_url: str, *, deployments: int = 1, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A gateway config whose model group ``claude-test`` is served by this mock (``deployments`` times, in priority order), plus ``echo``."""
    providers: dict[str, Any] = {"echo": {"type": "echo"}}
    group = []
    for i in range(deployments):
        providers[f"claude{i}"] = {
            "type": "anthropic",
            "base_url": upstream_url,
            "api_key_env": "MOCK_UPSTREAM_KEY",  # set by the gateway_factory fixture
            "timeouts": {"connect": 2, "read": 5, "pool": 2, "total": 10},
            "options": {"max_output_tokens": 2048, **(options or {})},
        }
        group.append({"provider": f"claude{i}", "model": MODEL, "tags": ["in_vpc"]})
    return {
        "server": {"auth": {"mode": "disabled"}},
        "providers": providers,
        "models": {"claude-test": {"deployments": group}, "echo": {"deployments": [{"provider": "echo", "tags": ["in_vpc"]}]}},
    }
