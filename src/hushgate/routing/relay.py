"""A streamed answer: fail over before its first chunk, never after.

``open_first_chunk`` runs inside a routing attempt: it opens the upstream
stream and waits for the first chunk, so a stream that breaks or stalls
before it still fails over (the client has seen nothing yet). The ``Relay``
then hands the client that chunk and the rest; a break after that ends the
stream with ``StreamInterrupted`` (the app turns it into an error event).

The relay runs its ``on_close`` exactly once however the stream ends:
exhausted, broken, closed by the app, or dropped without being closed (the
finalizer; the upstream connection has its own).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from hushgate.providers.base import Provider, StreamInterrupted, UpstreamCall, UpstreamError
from hushgate.sse import Chunk


async def aclose(chunks: AsyncIterator[Chunk]) -> None:
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()


async def open_first_chunk(provider: Provider, call: UpstreamCall) -> tuple[Chunk | None, AsyncIterator[Chunk]]:
    chunks = await provider.open_stream(call)
    try:
        first: Chunk | None = await anext(chunks)
    except StopAsyncIteration:
        first = None
    except StreamInterrupted:
        await aclose(chunks)
        raise UpstreamError("connect", code="stream_interrupted") from None
    except BaseException:
        await aclose(chunks)
        raise
    return first, chunks


class Relay:
    def __init__(
        self,
        first: Chunk | None,
        chunks: AsyncIterator[Chunk],
        on_interrupted: Callable[[], None],
        on_close: Callable[[], None],
    ) -> None:
        self._first = first
        self._chunks = chunks
        self._on_interrupted = on_interrupted
        self._on_close: Callable[[], None] | None = on_close

    def __aiter__(self) -> Relay:
        return self

    async def __anext__(self) -> Chunk:
        if self._first is not None:
            first, self._first = self._first, None
            return first
        if self._on_close is None:
            raise StopAsyncIteration
        try:
            return await anext(self._chunks)
        except StreamInterrupted:
            self._on_interrupted()
            await self.aclose()
            raise
        except BaseException:  # the end, a failure, or cancellation (client left)
            await self.aclose()
            raise

    async def aclose(self) -> None:
        on_close, self._on_close = self._on_close, None
        if on_close is None:
            return
        try:
            await aclose(self._chunks)
        finally:
            on_close()

    def __del__(self) -> None:
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close()
