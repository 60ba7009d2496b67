"""The built-in local provider: answers with exactly what it received.

It is the embedded default and a tool for security reviewers: the reply is
the request body after the pipeline ran, i.e. what would have left the
network. Nothing leaves the process.

The answer's text goes back through the pipeline like any model's answer, so
pseudonyms in it are restored for the client. What left stays visible in the
top-level ``hushgate_echo`` field (first chunk of a stream), which restoration
never touches.
"""

from __future__ import annotations

import hashlib
import struct
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson

from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS
from hushgate.providers.base import Provider, UpstreamCall, UpstreamResponse
from hushgate.sse import Chunk, JsonPayload

# Small pieces, so stream consumers (and tests of streaming restoration) see
# text split at arbitrary places, as real models do.
STREAM_PIECE_CHARS = 8
EMBEDDING_DIMENSIONS = 8


def sent(call: UpstreamCall) -> dict[str, Any]:
    """What the pipeline let out, keyed by the field it came from."""
    key = {ROUTE_CHAT: "messages", ROUTE_COMPLETIONS: "prompt", ROUTE_EMBEDDINGS: "input"}[call.route]
    return {key: call.body.get(key)}


def estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4) if text else 0


def echoed_text(call: UpstreamCall) -> str:
    if call.route == ROUTE_CHAT:
        return orjson.dumps(call.body.get("messages", [])).decode()
    prompt = call.body.get("prompt", "")
    return prompt if isinstance(prompt, str) else orjson.dumps(prompt).decode()


def _prompt_tokens(call: UpstreamCall) -> int:
    return estimate_tokens(orjson.dumps(call.body).decode())


def _embedding(text: str) -> list[float]:
    # Deterministic unit-ish vector from the text: stable for tests, no model.
    digest = hashlib.sha256(text.encode()).digest()
    values = struct.unpack(f"<{EMBEDDING_DIMENSIONS}i", digest[: 4 * EMBEDDING_DIMENSIONS])
    return [v / 2**31 for v in values]


class EchoProvider(Provider):
    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        created = int(time.time())
        if call.route == ROUTE_EMBEDDINGS:
            inputs = call.body.get("input")
            items = [inputs] if isinstance(inputs, str) else list(inputs or [])
            data = [
                {"object": "embedding", "index": i, "embedding": _embedding(orjson.dumps(item).decode())}
                for i, item in enumerate(items)
            ]
            tokens = sum(estimate_tokens(orjson.dumps(item).decode()) for item in items)
            body: dict[str, Any] = {
                "object": "list",
                "data": data,
                "model": call.model,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
                "hushgate_echo": sent(call),
            }
            return UpstreamResponse(200, JsonPayload(data=body))
        text = echoed_text(call)
        usage = {
            "prompt_tokens": _prompt_tokens(call),
            "completion_tokens": estimate_tokens(text),
            "total_tokens": _prompt_tokens(call) + estimate_tokens(text),
        }
        if call.route == ROUTE_COMPLETIONS:
            body = {
                "id": f"cmpl-{call.request_id}",
                "object": "text_completion",
                "created": created,
                "model": call.model,
                "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
                "usage": usage,
                "hushgate_echo": sent(call),
            }
        else:
            body = {
                "id": f"chatcmpl-{call.request_id}",
                "object": "chat.completion",
                "created": created,
                "model": call.model,
                "choices": [
                    {
                        "index": i,
                        "message": {"role": "assistant", "content": text, "refusal": None},
                        "finish_reason": "stop",
                        "logprobs": None,
                    }
                    for i in range(int(call.body.get("n") or 1))
                ],
                "usage": usage,
                "hushgate_echo": sent(call),
            }
        return UpstreamResponse(200, JsonPayload(data=body))

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        return self._stream(call)

    async def _stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        text = echoed_text(call)
        created = int(time.time())
        chat = call.route == ROUTE_CHAT
        base: dict[str, Any] = {
            "id": f"{'chatcmpl' if chat else 'cmpl'}-{call.request_id}",
            "object": "chat.completion.chunk" if chat else "text_completion",
            "created": created,
            "model": call.model,
        }

        def chunk(choice: dict[str, Any], usage: dict[str, Any] | None = None) -> Chunk:
            return Chunk(data={**base, "choices": [choice] if choice else [], **({"usage": usage} if usage else {})})

        first = Chunk(data={**base, "choices": [], "hushgate_echo": sent(call)})
        if chat:
            first.data["choices"] = [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]
        yield first
        for start in range(0, len(text), STREAM_PIECE_CHARS):
            piece = text[start : start + STREAM_PIECE_CHARS]
            if chat:
                yield chunk({"index": 0, "delta": {"content": piece}, "finish_reason": None})
            else:
                yield chunk({"index": 0, "text": piece, "finish_reason": None, "logprobs": None})
        yield chunk({"index": 0, "delta": {}, "finish_reason": "stop"} if chat else {"index": 0, "text": "", "finish_reason": "stop", "logprobs": None})
        if (call.body.get("stream_options") or {}).get("include_usage"):
            completion = estimate_tokens(text)
            prompt = _prompt_tokens(call)
            yield chunk({}, {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion})
