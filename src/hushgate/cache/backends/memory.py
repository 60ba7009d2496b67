"""In-process LRU, bounded by bytes: the default, gone when the process exits."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable

from hushgate.cache.backends.base import CacheBackend

# Per-entry bookkeeping (dict slot, tuple, float) so many tiny entries can't
# slip past the bound.
ENTRY_OVERHEAD = 128


class MemoryBackend(CacheBackend):
    name = "memory"

    def __init__(self, max_bytes: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self._clock = clock
        self._entries: OrderedDict[str, tuple[bytes, float]] = OrderedDict()

    @staticmethod
    def _cost(key: str, value: bytes) -> int:
        return len(key) + len(value) + ENTRY_OVERHEAD

    def _drop(self, key: str) -> None:
        value, _ = self._entries.pop(key)
        self.size -= self._cost(key, value)

    async def get(self, key: str) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry[1] <= self._clock():
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry[0]

    async def set(self, key: str, value: bytes, ttl_seconds: float) -> None:
        if key in self._entries:
            self._drop(key)
        cost = self._cost(key, value)
        if cost > self.max_bytes:
            return
        while self.size + cost > self.max_bytes:
            self._drop(next(iter(self._entries)))
        self._entries[key] = (value, self._clock() + ttl_seconds)
        self.size += cost

    async def delete(self, key: str) -> None:
        if key in self._entries:
            self._drop(key)

    async def items(self) -> AsyncIterator[tuple[str, bytes]]:
        now = self._clock()
        for key, (value, expires) in list(self._entries.items()):
            if expires > now:
                yield key, value

    async def clear(self) -> int:
        count = len(self._entries)
        self._entries.clear()
        self.size = 0
        return count

    def __len__(self) -> int:
        return len(self._entries)
