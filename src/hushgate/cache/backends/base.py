"""The narrow interface every cache store implements.

Backends move opaque bytes: keys are hex digests, values are sealed
envelopes. They never see plaintext, so a backend is trusted with
availability only, never with confidentiality or integrity.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator


class BackendError(Exception):
    """The store is unreachable or failed; the cache treats it as a miss."""


class CacheBackend(ABC):
    name: str = "base"

    @abstractmethod
    async def get(self, key: str) -> bytes | None:
        """The value, or None if absent or past its TTL."""

    @abstractmethod
    async def set(self, key: str, value: bytes, ttl_seconds: float) -> None:
        """Store, replacing any previous value; the store forgets it after ``ttl_seconds``."""

    @abstractmethod
    async def delete(self, key: str) -> None: ...

    @abstractmethod
    def items(self) -> AsyncIterator[tuple[str, bytes]]:
        """Every live entry, for rotation. Tolerates writes while iterating."""

    @abstractmethod
    async def clear(self) -> int:
        """Delete every entry this backend owns; returns how many."""

    async def aclose(self) -> None:
        return None
