"""Redis: one cache shared by every gateway replica.

Entries live under a configurable prefix so the cache can share a Redis with
counters and budgets; ``clear`` deletes only that prefix, never FLUSHDB.
TTLs are native (PX), so Redis forgets entries on its own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from hushgate.cache.backends.base import BackendError, CacheBackend

try:
    import redis.asyncio as aioredis
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - exercised only without the extra installed
    aioredis = None  # type: ignore[assignment]
    RedisError = Exception  # type: ignore[assignment,misc]

_BATCH = 256


class RedisBackend(CacheBackend):
    name = "redis"

    def __init__(self, url: str, *, prefix: str = "hushgate:cache:", password: str | None = None) -> None:
        if aioredis is None:
            raise BackendError("the redis backend needs the 'redis' package: pip install 'hushgate[redis]'")
        self.prefix = prefix
        self._client: Any = aioredis.Redis.from_url(url, password=password, decode_responses=False)

    def _key(self, key: str) -> str:
        return self.prefix + key

    async def get(self, key: str) -> bytes | None:
        try:
            value = await self._client.get(self._key(key))
        except RedisError as exc:
            raise BackendError(f"redis: {type(exc).__name__}") from None
        return None if value is None else bytes(value)

    async def set(self, key: str, value: bytes, ttl_seconds: float) -> None:
        try:
            await self._client.set(self._key(key), value, px=max(1, int(ttl_seconds * 1000)))
        except RedisError as exc:
            raise BackendError(f"redis: {type(exc).__name__}") from None

    async def delete(self, key: str) -> None:
        try:
            await self._client.unlink(self._key(key))
        except RedisError as exc:
            raise BackendError(f"redis: {type(exc).__name__}") from None

    async def _scan(self) -> AsyncIterator[list[bytes]]:
        cursor: int = 0
        pattern = self.prefix.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?").replace("[", "\\[") + "*"
        try:
            while True:
                cursor, names = await self._client.scan(cursor, match=pattern, count=_BATCH)
                if names:
                    yield names
                if cursor == 0:
                    return
        except RedisError as exc:
            raise BackendError(f"redis: {type(exc).__name__}") from None

    async def items(self) -> AsyncIterator[tuple[str, bytes]]:
        skip = len(self.prefix.encode())
        async for names in self._scan():
            try:
                values = await self._client.mget(names)
            except RedisError as exc:
                raise BackendError(f"redis: {type(exc).__name__}") from None
            for name, value in zip(names, values):
                if value is not None:  # expired between SCAN and MGET
                    yield name[skip:].decode(), bytes(value)

    async def clear(self) -> int:
        count = 0
        async for names in self._scan():
            try:
                count += await self._client.unlink(*names)
            except RedisError as exc:
                raise BackendError(f"redis: {type(exc).__name__}") from None
        return count

    async def aclose(self) -> None:
        await self._client.aclose()
