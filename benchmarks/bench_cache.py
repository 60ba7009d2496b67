"""Cost of a cache hit for a 4 KB response: backend get + authenticate/decrypt + parse.

    python benchmarks/bench_cache.py [--rounds 2000] [--backends memory,sqlite,redis]

Also reports the pieces a hit pays for on top: cache-key derivation for a
typical chat request and the AES-GCM open alone. Redis runs on a private
redis-server (loopback, free port, no persistence) started and stopped here.
The end-to-end "hit over the gateway floor" number comes from the gateway
benchmark, which adds HTTP and the pipeline around this.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import orjson

from hushgate.cache import CachedResponse, KeyRing, ResponseCache, cache_key
from hushgate.cache.backends import CacheBackend, MemoryBackend, SQLiteBackend
from hushgate.secrets import ServerSecret

SECRET = ServerSecret(os.urandom(32))
REQUEST = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "You are a careful clinical summarizer."},
        {"role": "user", "content": "Summarize the visit of <PERSON_1> (DOB <DATE_1>): " + "lorem ipsum " * 80},
    ],
    "temperature": 0.2,
    "max_tokens": 512,
}


def response_4kb() -> bytes:
    text = ("The patient <PERSON_1> reports mild symptoms; follow-up advised. " * 80)[:3700]
    body = {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1_764_000_000,
        "model": "gpt-4o-2024-08-06",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 220, "completion_tokens": 900, "total_tokens": 1120},
    }
    return orjson.dumps(body)


def percentiles(samples_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(samples_ns)
    return ordered[len(ordered) // 2] / 1000, ordered[int(len(ordered) * 0.99)] / 1000


async def time_async(fn: Callable[[], Awaitable[object]], rounds: int) -> list[int]:
    for _ in range(min(200, rounds)):
        await fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        await fn()
        samples.append(time.perf_counter_ns() - start)
    return samples


def time_sync(fn: Callable[[], object], rounds: int) -> list[int]:
    for _ in range(min(200, rounds)):
        fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    return samples


@contextmanager
def redis_server() -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as workdir:
        proc = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no", "--dir", workdir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(timeout=5)


async def bench_backend(name: str, backend: CacheBackend, rounds: int) -> None:
    cache = ResponseCache(backend, KeyRing({"bench": os.urandom(32)}, "bench"), SECRET)
    key = cache_key(SECRET, tenant="acme", policy_version="p-1", model="gpt-4o", body=REQUEST)
    await cache.put(key, CachedResponse.from_json(response_4kb()), 600)
    assert await cache.get(key) is not None
    p50, p99 = percentiles(await time_async(lambda: cache.get(key), rounds))
    print(f"  get+decrypt  {name:<7} p50 {p50:8.1f} us   p99 {p99:8.1f} us")
    await cache.aclose()


async def main(rounds: int, backends: list[str]) -> None:
    body = response_4kb()
    print(f"cache hit for a {len(body)} B response, {rounds} rounds each")
    ring = KeyRing({"bench": os.urandom(32)}, "bench")
    slot = b"0" * 64
    blob = ring.seal(slot, CachedResponse.from_json(body).to_bytes(), 2**62)
    p50, p99 = percentiles(time_sync(lambda: cache_key(SECRET, tenant="acme", policy_version="p-1", model="gpt-4o", body=REQUEST), rounds))
    print(f"  cache_key    (1 KB req) p50 {p50:8.1f} us   p99 {p99:8.1f} us")
    p50, p99 = percentiles(time_sync(lambda: CachedResponse.from_bytes(ring.open(slot, blob)), rounds))
    print(f"  open+parse   (no I/O)  p50 {p50:8.1f} us   p99 {p99:8.1f} us")
    with tempfile.TemporaryDirectory() as tmp, redis_server() as redis_url:
        for name in backends:
            if name == "memory":
                await bench_backend(name, MemoryBackend(64 * 1024 * 1024), rounds)
            elif name == "sqlite":
                await bench_backend(name, SQLiteBackend(Path(tmp) / "bench.sqlite3"), rounds)
            elif name == "redis":
                if redis_url is None:
                    print("  redis: skipped (redis-server not installed)")
                    continue
                from hushgate.cache.backends.redis import RedisBackend

                await bench_backend(name, RedisBackend(redis_url, prefix="bench:"), rounds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--backends", default="memory,sqlite,redis")
    args = parser.parse_args()
    asyncio.run(main(args.rounds, args.backends.split(",")))
