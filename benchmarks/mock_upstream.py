"""A fast mock OpenAI upstream for benchmarks (uvloop + httptools, no framework).

It must never be the bottleneck: a raw asyncio protocol answers a fixed
chat.completion (or an SSE stream when the body asks for one) on keep-alive
connections, ~10x faster than a Starlette app.

    python benchmarks/mock_upstream.py --port 9100 [--chunks 20] [--chunk-delay-ms 0]

With --chunk-delay-ms, streams are paced like a real model's (one event per
delay), so many streams can be open at once without saturating anything.
"""

from __future__ import annotations

import argparse
import asyncio

import httptools
import orjson

def completion(content: str) -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 1700000000,
            "model": "bench-model",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop", "logprobs": None}],
            "usage": {"prompt_tokens": 250, "completion_tokens": 10, "total_tokens": 260},
        }
    )


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


def sse_events(chunks: int) -> list[bytes]:
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1700000000, "model": "bench-model"}
    frames = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    frames += [{**base, "choices": [{"index": 0, "delta": {"content": f" word{i}"}, "finish_reason": None}]} for i in range(chunks)]
    frames.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return [b"data: " + orjson.dumps(f) + b"\n\n" for f in frames] + [b"data: [DONE]\n\n"]


def chunked(piece: bytes) -> bytes:
    return b"%x\r\n" % len(piece) + piece + b"\r\n"


STREAM_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"


class Handler(asyncio.Protocol):
    def __init__(self, events: list[bytes], delay_s: float, answer: bytes = COMPLETION) -> None:
        self.answer = answer
        self.events = events
        self.stream_body = b"".join(events)
        self.delay_s = delay_s
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
            if self.delay_s:
                asyncio.get_running_loop().create_task(self._paced())
            else:
                self.transport.write(STREAM_HEAD + chunked(self.stream_body) + b"0\r\n\r\n")
        else:
            self.transport.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(self.answer)
                + self.answer
            )


    async def _paced(self) -> None:
        # First event at once (time to first byte is the gateway's, not the mock's).
        self.transport.write(STREAM_HEAD + chunked(self.events[0]))
        for event in self.events[1:]:
            await asyncio.sleep(self.delay_s)
            if self.transport.is_closing():
                return
            self.transport.write(chunked(event))
        self.transport.write(b"0\r\n\r\n")


async def main(port: int, chunks: int, delay_ms: float, answer_bytes: int) -> None:
    events = sse_events(chunks)
    answer = COMPLETION
    if answer_bytes:
        words = " ".join(f"word{i}" for i in range(answer_bytes))
        answer = completion(words[: max(0, answer_bytes - (len(completion("")) ))])
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Handler(events, delay_ms / 1000, answer), "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    import uvloop

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--chunks", type=int, default=20)
    parser.add_argument("--chunk-delay-ms", type=float, default=0.0)
    parser.add_argument("--answer-bytes", type=int, default=0, help="size of the non-streamed answer (default: ~300 B)")
    args = parser.parse_args()
    uvloop.run(main(args.port, args.chunks, args.chunk_delay_ms, args.answer_bytes))
