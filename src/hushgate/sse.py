"""Server-sent events: parse upstream streams, frame downstream ones.

Chunks keep the upstream bytes and parse them only when a stage needs to look
inside, so a stream that no stage rewrites is forwarded without a JSON
round-trip per event.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

DONE = b"data: [DONE]\n\n"


class JsonPayload:
    """A JSON object held as raw bytes and/or a parsed dict, converted lazily."""

    __slots__ = ("_raw", "_data")

    def __init__(self, raw: bytes | None = None, data: dict[str, Any] | None = None) -> None:
        self._raw = raw
        self._data = data

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = orjson.loads(self._raw or b"{}")
        # Whoever reads the dict may change it: the bytes are re-made on output.
        self._raw = None
        return self._data

    def peek(self) -> dict[str, Any]:
        """The parsed payload, for reading only (keeps the raw bytes)."""
        if self._data is None:
            self._data = orjson.loads(self._raw or b"{}")
        return self._data

    def may_contain(self, needle: bytes) -> bool:
        """False only when the raw bytes are known and lack ``needle``: a cheap pre-check before parsing."""
        return self._raw is None or needle in self._raw

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            self._raw = orjson.dumps(self._data)
        return self._raw


class Chunk(JsonPayload):
    """One streamed event's JSON payload; ``event`` is the SSE event name, if any."""

    __slots__ = ("event",)

    def __init__(self, raw: bytes | None = None, data: dict[str, Any] | None = None, event: str | None = None) -> None:
        super().__init__(raw, data)
        self.event = event

    def frame(self) -> bytes:
        if self.event:
            return b"event: " + self.event.encode() + b"\ndata: " + self.raw + b"\n\n"
        return b"data: " + self.raw + b"\n\n"


class SSEParseError(ValueError):
    pass


async def iter_events(lines: AsyncIterator[bytes]) -> AsyncIterator[tuple[str | None, bytes]]:
    """(event name, data) per event from an async iterator of raw lines.

    Multi-line ``data:`` fields are joined with newlines as the SSE spec says;
    comments (``:``) and ``id``/``retry`` fields are dropped.
    """
    event: str | None = None
    data: list[bytes] = []
    async for line in lines:
        line = line.rstrip(b"\r\n")
        if not line:
            if data:
                yield event, b"\n".join(data)
            event, data = None, []
            continue
        if line.startswith(b":"):
            continue
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            data.append(value)
        elif name == b"event":
            event = value.decode("utf-8", "replace")
    if data:
        yield event, b"\n".join(data)
