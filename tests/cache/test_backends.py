"""Properties specific to one store."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

import pytest

from hushgate.cache.backends import MemoryBackend, SQLiteBackend
from hushgate.cache.backends.memory import ENTRY_OVERHEAD


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def cost(key: str, value: bytes) -> int:
    return len(key) + len(value) + ENTRY_OVERHEAD


async def test_memory_backend_stays_within_its_byte_bound() -> None:
    backend = MemoryBackend(max_bytes=10 * cost("k00", b"v" * 100))
    for i in range(50):
        await backend.set(f"k{i:02}", b"v" * 100, 60)
    assert backend.size <= backend.max_bytes and len(backend) == 10


async def test_memory_backend_evicts_the_least_recently_used_entry() -> None:
    backend = MemoryBackend(max_bytes=2 * cost("a", b"1" * 10))
    await backend.set("a", b"1" * 10, 60)
    await backend.set("b", b"2" * 10, 60)
    await backend.get("a")
    await backend.set("c", b"3" * 10, 60)
    assert (await backend.get("a"), await backend.get("b")) == (b"1" * 10, None)


async def test_memory_backend_refuses_an_entry_larger_than_its_bound() -> None:
    backend = MemoryBackend(max_bytes=1024)
    await backend.set("small", b"s", 60)
    await backend.set("huge", b"h" * 4096, 60)
    assert (await backend.get("huge"), await backend.get("small")) == (None, b"s")


async def test_memory_backend_forgets_expired_entries() -> None:
    clock = FakeMonotonic()
    backend = MemoryBackend(max_bytes=4096, clock=clock)
    await backend.set("k", b"v", 5)
    clock.now += 5
    assert await backend.get("k") is None and backend.size == 0


async def test_sqlite_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    backend = SQLiteBackend(tmp_path / "cache.sqlite3")
    await backend.set("k", b"v", 60)
    await backend.aclose()
    assert stat.S_IMODE((tmp_path / "cache.sqlite3").stat().st_mode) == 0o600


async def test_sqlite_entries_survive_a_restart(tmp_path: Path) -> None:
    first = SQLiteBackend(tmp_path / "cache.sqlite3")
    await first.set("k", b"v", 60)
    await first.aclose()
    second = SQLiteBackend(tmp_path / "cache.sqlite3")
    try:
        assert await second.get("k") == b"v"
    finally:
        await second.aclose()


async def test_sqlite_does_not_serve_rows_past_their_ttl(tmp_path: Path) -> None:
    backend = SQLiteBackend(tmp_path / "cache.sqlite3")
    try:
        await backend.set("k", b"v", 0.05)
        await asyncio.sleep(0.1)
        assert await backend.get("k") is None
    finally:
        await backend.aclose()


async def test_sqlite_iterates_every_live_entry_across_pages(tmp_path: Path) -> None:
    backend = SQLiteBackend(tmp_path / "cache.sqlite3")
    try:
        for i in range(600):
            await backend.set(f"{i:04}", b"v", 60)
        assert len([k async for k, _ in backend.items()]) == 600
    finally:
        await backend.aclose()


@pytest.fixture
async def redis_client(redis_server):  # type: ignore[no-untyped-def]
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(redis_server.url)
    await client.flushdb()
    yield client
    await client.aclose()


async def test_redis_entries_carry_a_native_ttl(redis_server, redis_client) -> None:  # type: ignore[no-untyped-def]
    from hushgate.cache.backends.redis import RedisBackend

    backend = RedisBackend(redis_server.url, prefix="hg:")
    await backend.set("k", b"v", 30)
    await backend.aclose()
    assert 0 < await redis_client.pttl("hg:k") <= 30_000


async def test_redis_purge_leaves_other_keys_alone(redis_server, redis_client) -> None:  # type: ignore[no-untyped-def]
    from hushgate.cache.backends.redis import RedisBackend

    await redis_client.set("hushgate:budget:acme", b"42")
    backend = RedisBackend(redis_server.url, prefix="hushgate:cache:")
    for i in range(300):
        await backend.set(f"k{i}", b"v", 60)
    assert await backend.clear() == 300
    await backend.aclose()
    assert await redis_client.keys("*") == [b"hushgate:budget:acme"]


async def test_redis_prefix_with_glob_characters_matches_only_itself(redis_server, redis_client) -> None:  # type: ignore[no-untyped-def]
    from hushgate.cache.backends.redis import RedisBackend

    await redis_client.set("cacheX:other", b"1")
    backend = RedisBackend(redis_server.url, prefix="cache?:")
    await backend.set("mine", b"v", 60)
    assert [k async for k, _ in backend.items()] == ["mine"]
    await backend.aclose()


async def test_unreachable_redis_is_a_miss_not_a_crash(secret) -> None:  # type: ignore[no-untyped-def]
    import socket

    from hushgate.cache import CachedResponse, KeyRing, ResponseCache, cache_key
    from hushgate.cache.backends.redis import RedisBackend

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cache = ResponseCache(RedisBackend(f"redis://127.0.0.1:{port}/0"), KeyRing({"v1": b"\x01" * 32}, "v1"), secret)
    key = cache_key(secret, tenant="t", policy_version="p", model="m", body={})
    try:
        assert not await cache.put(key, CachedResponse.from_json(b"{}"), 60)
        assert await cache.get(key) is None
        assert cache.stats.backend_errors == 2
    finally:
        await cache.aclose()
