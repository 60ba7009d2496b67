"""What the cache stores: one complete upstream answer, already redacted.

Either the JSON body of a non-streamed response or every chunk of a stream
that completed normally. Pseudonyms inside stay pseudonyms: the pipeline
restores them after a hit with the current request's own mapping.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

_JSON = 1
_STREAM = 2
_U32 = struct.Struct(">I")


class CorruptEntry(ValueError):
    """Decrypted bytes that do not parse; only possible after a format bug."""


@dataclass(frozen=True, slots=True)
class CachedResponse:
    body: bytes | None = None
    chunks: tuple[bytes, ...] | None = None
    status: int = 200

    def __post_init__(self) -> None:
        if (self.body is None) == (self.chunks is None):
            raise ValueError("a cached response holds either a JSON body or stream chunks")

    @classmethod
    def from_json(cls, body: bytes) -> CachedResponse:
        return cls(body=bytes(body))

    @classmethod
    def from_stream(cls, chunks: list[bytes] | tuple[bytes, ...]) -> CachedResponse:
        """``chunks`` are the ``data:`` payloads of a stream that ended normally, in order."""
        return cls(chunks=tuple(bytes(c) for c in chunks))

    @property
    def is_stream(self) -> bool:
        return self.chunks is not None

    def __repr__(self) -> str:
        # Never print content, even redacted: reprs end up in tracebacks.
        if self.chunks is not None:
            return f"CachedResponse(stream, chunks={len(self.chunks)})"
        return f"CachedResponse(json, bytes={len(self.body or b'')})"

    def to_bytes(self) -> bytes:
        if self.body is not None:
            return bytes((_JSON,)) + _U32.pack(self.status) + self.body
        assert self.chunks is not None
        parts = [bytes((_STREAM,)), _U32.pack(self.status), _U32.pack(len(self.chunks))]
        for chunk in self.chunks:
            parts += (_U32.pack(len(chunk)), chunk)
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> CachedResponse:
        if len(data) < 5:
            raise CorruptEntry("short entry")
        kind = data[0]
        (status,) = _U32.unpack_from(data, 1)
        if kind == _JSON:
            return cls(body=data[5:], status=status)
        if kind != _STREAM or len(data) < 9:
            raise CorruptEntry("unknown entry kind")
        (count,) = _U32.unpack_from(data, 5)
        view, pos, chunks = memoryview(data), 9, []
        for _ in range(count):
            if pos + 4 > len(data):
                raise CorruptEntry("chunk header past the end")
            (size,) = _U32.unpack_from(data, pos)
            pos += 4
            if pos + size > len(data):
                raise CorruptEntry("chunk past the end")
            chunks.append(bytes(view[pos : pos + size]))
            pos += size
        if pos != len(data):
            raise CorruptEntry("trailing bytes")
        return cls(chunks=tuple(chunks), status=status)
