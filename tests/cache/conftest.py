"""Fixtures for the cache suite: a real redis-server, key rings, and one
ResponseCache per backend so the behaviour tests run against all three."""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hushgate.cache import KeyRing, ResponseCache
from hushgate.cache.backends import CacheBackend, MemoryBackend, SQLiteBackend
from hushgate.secrets import ServerSecret

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
BACKENDS = ("memory", "sqlite", "redis")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class RedisServer:
    port: int
    dir: Path

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A private redis-server on a free loopback port, no persistence, killed at teardown."""
    if not os.path.exists(REDIS_SERVER):
        pytest.fail("redis-server is not installed (CI installs it with apt)")
    workdir = tmp_path_factory.mktemp("redis")
    port = _free_port()
    proc = subprocess.Popen(
        [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(workdir), "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("redis-server did not start")
            time.sleep(0.05)
        yield RedisServer(port, workdir)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def secret() -> ServerSecret:
    return ServerSecret(b"cache-suite-server-secret-0123456789")


def new_key() -> bytes:
    return os.urandom(32)


def key_spec(**keys: bytes) -> str:
    return ",".join(f"{kid}:{base64.b64encode(key).decode()}" for kid, key in keys.items())


@pytest.fixture
def key_v1() -> bytes:
    return new_key()


@pytest.fixture
def key_v2() -> bytes:
    return new_key()


class Clock:
    """Wall clock the test can move forward; backends keep their own real TTLs."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=BACKENDS)
def backend_name(request: pytest.FixtureRequest) -> str:
    return request.param


@dataclass
class BackendFactory:
    """Opens backends of one kind that all see the same stored data."""

    name: str
    tmp_path: Path
    redis_url: str | None
    prefix: str = "hushgate-test:cache:"
    _memory: MemoryBackend | None = None

    def open(self) -> CacheBackend:
        if self.name == "memory":
            # One process-local store: "reopening" means sharing the same object.
            if self._memory is None:
                self._memory = MemoryBackend(16 * 1024 * 1024)
            return _Shared(self._memory)
        if self.name == "sqlite":
            return SQLiteBackend(self.tmp_path / "cache.sqlite3")
        from hushgate.cache.backends.redis import RedisBackend

        assert self.redis_url is not None
        return RedisBackend(self.redis_url, prefix=self.prefix)


class _Shared(CacheBackend):
    """Lets several caches share one MemoryBackend without closing it for each other."""

    name = "memory"

    def __init__(self, inner: MemoryBackend) -> None:
        self.inner = inner

    async def get(self, key: str) -> bytes | None:
        return await self.inner.get(key)

    async def set(self, key: str, value: bytes, ttl_seconds: float) -> None:
        await self.inner.set(key, value, ttl_seconds)

    async def delete(self, key: str) -> None:
        await self.inner.delete(key)

    async def items(self) -> AsyncIterator[tuple[str, bytes]]:
        async for item in self.inner.items():
            yield item

    async def clear(self) -> int:
        return await self.inner.clear()


@pytest.fixture
async def backends(backend_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[BackendFactory]:
    redis_url = None
    if backend_name == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        redis_url = server.url
        import redis.asyncio as aioredis

        admin = aioredis.Redis.from_url(redis_url)
        await admin.flushdb()
        await admin.aclose()
    yield BackendFactory(backend_name, tmp_path, redis_url)


@pytest.fixture
async def make_cache(
    backends: BackendFactory, secret: ServerSecret, clock: Clock
) -> AsyncIterator[object]:
    """``make_cache(keyring, **options)`` -> a ResponseCache over the shared store."""
    opened: list[ResponseCache] = []

    def make(keyring: KeyRing, **options: object) -> ResponseCache:
        cache = ResponseCache(backends.open(), keyring, secret, clock=clock, **options)  # type: ignore[arg-type]
        opened.append(cache)
        return cache

    yield make
    for cache in opened:
        await cache.aclose()


@pytest.fixture
def cache(make_cache, key_v1: bytes) -> ResponseCache:  # type: ignore[no-untyped-def]
    return make_cache(KeyRing({"v1": key_v1}, "v1"))



class Storage:
    """Direct access to the store under the cache, as an attacker with the disk or Redis has."""

    def __init__(self, backends: BackendFactory) -> None:
        self.backends = backends

    async def get(self, slot: str) -> bytes | None:
        backend = self.backends.open()
        try:
            return await backend.get(slot)
        finally:
            await backend.aclose()

    async def set(self, slot: str, value: bytes) -> None:
        backend = self.backends.open()
        try:
            await backend.set(slot, value, 60)
        finally:
            await backend.aclose()

    async def raw(self) -> bytes:
        """Every byte the store holds: keys, values, files, Redis DUMPs."""
        b = self.backends
        if b.name == "memory":
            assert b._memory is not None
            return b"".join(k.encode() + v for k, (v, _) in b._memory._entries.items())
        if b.name == "sqlite":
            # Main file plus WAL/SHM: whatever SQLite wrote anywhere under the test dir.
            return b"".join(p.read_bytes() for p in sorted(b.tmp_path.rglob("*")) if p.is_file())
        import redis.asyncio as aioredis

        client = aioredis.Redis.from_url(b.redis_url)
        try:
            dumped: list[bytes] = []
            async for name in client.scan_iter(match="*", count=1000):
                dumped += [name, await client.dump(name) or b""]
            return b"".join(dumped)
        finally:
            await client.aclose()


@pytest.fixture
def storage(backends: BackendFactory) -> Storage:
    return Storage(backends)
