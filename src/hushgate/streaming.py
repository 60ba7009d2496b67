"""The streamed (SSE) response: what Starlette's StreamingResponse does, without its task group.

For servers before ASGI spec 2.4 (uvicorn reports 2.3) Starlette streams in
an anyio task group: the body goes out from a second task, started on the
next trip through the event loop, while the handler's task waits for the
client to disconnect. On the way to a stream's first byte that cost ~35 µs
of CPU per request plus one more trip through the loop, where every other
ready request runs first (issue 7: time to first byte at concurrency 8).

Here the body goes out from the handler's own task, at once; a small
watcher task waits for ``http.disconnect`` and cancels the handler's task
if the client leaves before the end. The outcome is Starlette's: a client
that goes away stops the stream (the body iterator is closed where it
waits, so the upstream request is cancelled and the audit record written),
the response returns normally, and any other error propagates.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from starlette.responses import Response
from starlette.types import Receive, Scope, Send


class EventStreamResponse(Response):
    media_type = "text/event-stream"

    def __init__(self, content: AsyncIterator[bytes], status_code: int = 200, headers: dict[str, str] | None = None) -> None:
        self.body_iterator = content
        self.status_code = status_code
        self.background = None
        self.init_headers(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        task = asyncio.current_task()
        assert task is not None
        streaming = True  # cleared once the body is out: a late disconnect must not cancel the task
        client_left = False

        async def watch() -> None:
            nonlocal client_left
            while (await receive())["type"] != "http.disconnect":
                pass
            if streaming:
                client_left = True
                task.cancel()

        # First runs when this task first waits: after the first frame, as
        # the upstream's first chunk is already at hand when this is called.
        watcher = asyncio.get_running_loop().create_task(watch())
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            async for chunk in self.body_iterator:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except asyncio.CancelledError:
            # Ours (the client left) ends the response normally; any other
            # cancellation (shutdown, a caller's timeout) goes on.
            if not client_left or task.uncancel() > 0:
                raise
        finally:
            streaming = False
            watcher.cancel()
