"""The SSE response: first frame at once, from the handler's own task; a client that leaves stops it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from hushgate.streaming import EventStreamResponse


class Client:
    """An ASGI receive/send pair that records what was sent and can hang up."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.gone = asyncio.Event()

    async def receive(self) -> dict[str, Any]:
        await self.gone.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)

    @property
    def bodies(self) -> list[bytes]:
        return [m["body"] for m in self.sent if m["type"] == "http.response.body"]


async def test_the_whole_stream_goes_out_and_ends_the_response() -> None:
    async def frames() -> AsyncIterator[bytes]:
        for i in range(3):
            await asyncio.sleep(0)
            yield b"data: %d\n\n" % i

    client = Client()
    await EventStreamResponse(frames(), headers={"x-request-id": "r1"})({"type": "http"}, client.receive, client.send)
    assert client.sent[0]["type"] == "http.response.start" and client.sent[0]["status"] == 200
    assert (b"x-request-id", b"r1") in client.sent[0]["headers"]
    assert (b"content-type", b"text/event-stream; charset=utf-8") in client.sent[0]["headers"]
    assert client.bodies == [b"data: 0\n\n", b"data: 1\n\n", b"data: 2\n\n", b""]
    assert client.sent[-1]["more_body"] is False


async def test_the_first_frame_goes_out_before_anything_else_waiting_on_the_loop_runs() -> None:
    # Issue 7: no task hand-off between the handler and the first byte, where
    # every other ready request would run first.
    order: list[str] = []

    async def frames() -> AsyncIterator[bytes]:
        yield b"data: first\n\n"

    class Recording(Client):
        async def send(self, message: dict[str, Any]) -> None:
            if message.get("body"):
                order.append("first frame")
            await super().send(message)

    client = Recording()
    asyncio.get_running_loop().call_soon(order.append, "other work")
    await EventStreamResponse(frames())({"type": "http"}, client.receive, client.send)
    assert order[0] == "first frame"


async def test_a_client_that_leaves_stops_the_stream_where_it_waits() -> None:
    closed = asyncio.Event()

    async def frames() -> AsyncIterator[bytes]:
        try:
            yield b"data: 0\n\n"
            await asyncio.sleep(60)  # an upstream that is slow to send the next chunk
            yield b"data: 1\n\n"
        finally:
            closed.set()  # where the app closes the upstream request and writes the audit record

    client = Client()
    response = asyncio.create_task(EventStreamResponse(frames())({"type": "http"}, client.receive, client.send))
    await asyncio.sleep(0.01)
    client.gone.set()
    await asyncio.wait_for(response, 2)  # returns normally
    assert closed.is_set() and client.bodies == [b"data: 0\n\n"]
    assert response.cancelling() == 0


async def test_a_cancellation_that_is_not_the_clients_goes_on() -> None:
    async def frames() -> AsyncIterator[bytes]:
        yield b"data: 0\n\n"
        await asyncio.sleep(60)
        yield b"data: 1\n\n"

    client = Client()
    response = asyncio.create_task(EventStreamResponse(frames())({"type": "http"}, client.receive, client.send))
    await asyncio.sleep(0.01)
    response.cancel()  # the server shutting down
    with pytest.raises(asyncio.CancelledError):
        await response


async def test_a_disconnect_after_the_last_frame_changes_nothing() -> None:
    async def frames() -> AsyncIterator[bytes]:
        yield b"data: 0\n\n"

    client = Client()
    client.gone.set()  # the server reports a disconnect once the response is complete
    await EventStreamResponse(frames())({"type": "http"}, client.receive, client.send)
    await asyncio.sleep(0.01)  # the watcher, if it were still around, would run now
    assert client.bodies == [b"data: 0\n\n", b""]
    assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]
