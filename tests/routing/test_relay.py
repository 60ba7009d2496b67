"""The client-facing stream: first chunk, the rest, and exactly one close."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from hushgate.providers.base import StreamInterrupted
from hushgate.routing.relay import Relay
from hushgate.sse import Chunk


class Upstream:
    def __init__(self, pieces: list[bytes], *, breaks: bool = False) -> None:
        self.pieces = pieces
        self.breaks = breaks
        self.closed = False

    async def chunks(self) -> AsyncIterator[Chunk]:
        try:
            for piece in self.pieces:
                yield Chunk(piece)
            if self.breaks:
                raise StreamInterrupted("upstream stream ended early")
        finally:
            self.closed = True


def relay(upstream: Upstream, events: list[str]) -> Relay:
    chunks = upstream.chunks()
    return Relay(Chunk(b'{"n":0}'), chunks, lambda: events.append("interrupted"), lambda: events.append("closed"))


async def collect(r: Relay) -> list[bytes]:
    return [bytes(c.raw) async for c in r]


async def test_relay_yields_the_prefetched_chunk_then_the_rest():
    assert await collect(relay(Upstream([b'{"n":1}', b'{"n":2}']), [])) == [b'{"n":0}', b'{"n":1}', b'{"n":2}']


async def test_exhausted_stream_closes_once():
    events: list[str] = []
    upstream = Upstream([b'{"n":1}'])
    await collect(relay(upstream, events))
    assert events == ["closed"] and upstream.closed


async def test_stream_closed_early_closes_upstream_once():
    events: list[str] = []
    upstream = Upstream([b'{"n":1}', b'{"n":2}'])
    r = relay(upstream, events)
    await anext(r)
    await anext(r)
    await r.aclose()
    await r.aclose()
    assert events == ["closed"] and upstream.closed


async def test_break_after_first_chunk_reports_interruption_and_reraises():
    events: list[str] = []
    r = relay(Upstream([b'{"n":1}'], breaks=True), events)
    with pytest.raises(StreamInterrupted):
        await collect(r)
    assert events == ["interrupted", "closed"]


async def test_relay_dropped_without_being_read_still_closes():
    events: list[str] = []
    r = relay(Upstream([]), events)
    del r
    assert events == ["closed"]
