"""A fast mock OpenAI upstream for benchmarks (uvloop + httptools, no framework).

It must never be the bottleneck: a raw asyncio protocol answers a fixed
chat.completion (or an SSE stream when the body asks for one) on keep-alive
connections, ~10x faster than a Starlette app.

    python benchmarks/mock_upstream.py --port 9100 [--chunks 20]
"""

from __future__ import annotations

import argparse
import asyncio

import httptools
import orjson

COMPLETION = orjson.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "bench-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "This is a benchmark answer of modest length."},
             "finish_reason": "stop", "logprobs": None}
        ],
        "usage": {"prompt_tokens": 250, "completion_tokens": 10, "total_tokens": 260},
    }
)  # fmt: skip


def sse_body(chunks: int) -> bytes:
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1700000000, "model": "bench-model"}
    frames = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    frames += [{**base, "choices": [{"index": 0, "delta": {"content": f" word{i}"}, "finish_reason": None}]} for i in range(chunks)]
    frames.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return b"".join(b"data: " + orjson.dumps(f) + b"\n\n" for f in frames) + b"data: [DONE]\n\n"


class Handler(asyncio.Protocol):
    def __init__(self, stream_body: bytes) -> None:
        self.stream_body = stream_body
        self.parser = httptools.HttpRequestParser(self)
        self.body: list[bytes] = []

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self.transport.close()

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        body = b"".join(self.body)
        self.body = []
        if b'"stream":true' in body or b'"stream": true' in body:
            # Chunked transfer, one chunk per write, like a real SSE server.
            head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
            payload = self.stream_body
            self.transport.write(head + b"%x\r\n" % len(payload) + payload + b"\r\n0\r\n\r\n")
        else:
            self.transport.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(COMPLETION)
                + COMPLETION
            )


async def main(port: int, chunks: int) -> None:
    stream_body = sse_body(chunks)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Handler(stream_body), "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    import uvloop

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--chunks", type=int, default=20)
    args = parser.parse_args()
    uvloop.run(main(args.port, args.chunks))
