"""The cache stages over a real ResponseCache, driven with request contexts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from hushgate.auth import Principal
from hushgate.cache import CachedResponse, KeyRing, ResponseCache
from hushgate.cache.backends import MemoryBackend
from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.pipeline import RequestContext
from hushgate.providers.base import StreamInterrupted, UpstreamResponse
from hushgate.secrets import ServerSecret
from hushgate.sse import Chunk, JsonPayload
from hushgate.stages.cache import CacheCommit, CacheLookup, CacheStore, tenant_of

SECRET = ServerSecret(b"cache-stage-test-secret-material-1")
ANSWER = b'{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}'


def decision(**fields: Any) -> SimpleNamespace:
    base = {"cache_allowed": True, "cache_ttl_seconds": None, "policy_version": "v1", "enforced_class": "general", "mode": "enforce"}
    return SimpleNamespace(**{**base, **fields})


def context(*, stream: bool = False, headers: dict[str, str] | None = None, **fields: Any) -> RequestContext:
    body: dict[str, Any] = {"model": "gpt-test", "messages": [{"role": "user", "content": "Hi <PERSON_1>"}]}
    if stream:
        body["stream"] = True
    ctx = RequestContext("req_1", ROUTE_CHAT, "127.0.0.1", headers or {}, CanonicalRequest(ROUTE_CHAT, body, "gpt-test", stream))
    for name, value in fields.items():
        setattr(ctx, name, value)
    return ctx


@pytest.fixture
async def cache() -> AsyncIterator[ResponseCache]:
    cache = ResponseCache(MemoryBackend(1 << 20), KeyRing({"k": b"\x05" * 32}, "k"), SECRET, max_entry_bytes=4096)
    yield cache
    await cache.aclose()


async def through(cache: ResponseCache, ctx: RequestContext, answer: bytes = ANSWER) -> None:
    """Lookup, then on a miss what the app does: capture, (other stages), commit."""
    await CacheLookup(cache, SECRET)(ctx)
    if ctx.short_circuit is None:
        response = UpstreamResponse(200, JsonPayload(answer))
        await CacheStore(cache).on_response(ctx, response)
        await CacheCommit(cache).on_response(ctx, response)


def stream_chain(cache: ResponseCache, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
    return CacheCommit(cache).on_stream(ctx, CacheStore(cache).on_stream(ctx, chunks))


async def stream_through(cache: ResponseCache, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> None:
    await CacheLookup(cache, SECRET)(ctx)
    [_ async for _ in stream_chain(cache, ctx, chunks)]


async def status_after_warmup(cache: ResponseCache, **fields: Any) -> str | None:
    await through(cache, context(decision=decision()))
    ctx = context(**fields)
    await CacheLookup(cache, SECRET)(ctx)
    return ctx.cache_status


async def test_first_request_misses_and_the_second_hits(cache: ResponseCache) -> None:
    first, second = context(), context()
    await through(cache, first)
    await through(cache, second)
    assert (first.cache_status, second.cache_status) == ("miss", "hit")
    assert second.response_headers["x-hushgate-cache"] == "hit"
    assert isinstance(second.short_circuit, UpstreamResponse) and second.short_circuit.payload.raw == ANSWER


async def test_policy_that_forbids_caching_bypasses(cache: ResponseCache) -> None:
    assert await status_after_warmup(cache, decision=decision(cache_allowed=False)) == "bypass"


async def test_decision_silent_about_caching_bypasses(cache: ResponseCache) -> None:
    assert await status_after_warmup(cache, decision=SimpleNamespace(policy_version="v1")) == "bypass"


async def test_monitor_mode_never_caches(cache: ResponseCache) -> None:
    assert await status_after_warmup(cache, decision=decision(mode="monitor")) == "bypass"


async def test_changed_policy_version_misses(cache: ResponseCache) -> None:
    assert await status_after_warmup(cache, decision=decision(policy_version="v2")) == "miss"


async def test_different_enforced_class_misses(cache: ResponseCache) -> None:
    assert await status_after_warmup(cache, decision=decision(enforced_class="phi")) == "miss"


async def test_rerouted_model_misses(cache: ResponseCache) -> None:
    assert await status_after_warmup(cache, decision=decision(routed_model="in-vpc-llama")) == "miss"


async def test_client_opt_out_bypasses(cache: ResponseCache) -> None:
    status = await status_after_warmup(cache, decision=decision(), headers={"cache-control": "no-store"})
    assert status == "bypass"


async def test_policy_ttl_wins_over_the_class_table(cache: ResponseCache) -> None:
    ctx = context(decision=decision(cache_ttl_seconds=42), data_classes=["phi"])
    cache.ttl_seconds_by_class["phi"] = 600
    await CacheLookup(cache, SECRET)(ctx)
    assert ctx.extras["cache.ttl"] == 42


async def test_without_a_policy_ttl_the_shortest_class_ttl_applies(cache: ResponseCache) -> None:
    cache.ttl_seconds_by_class.update({"phi": 600, "pci": 60})
    ctx = context(data_classes=["phi", "pci"])
    await CacheLookup(cache, SECRET)(ctx)
    assert ctx.extras["cache.ttl"] == 60


async def test_error_answers_are_not_stored(cache: ResponseCache) -> None:
    ctx = context()
    await CacheLookup(cache, SECRET)(ctx)
    response = UpstreamResponse(400, JsonPayload(b'{"error":{}}'))
    await CacheStore(cache).on_response(ctx, response)
    await CacheCommit(cache).on_response(ctx, response)
    assert cache.stats.stores == 0


async def test_captured_answer_is_not_stored_before_commit(cache: ResponseCache) -> None:
    ctx = context()
    await CacheLookup(cache, SECRET)(ctx)
    await CacheStore(cache).on_response(ctx, UpstreamResponse(200, JsonPayload(ANSWER)))
    assert cache.stats.stores == 0


async def test_answer_a_later_stage_failed_is_not_stored(cache: ResponseCache) -> None:
    ctx = context()
    await CacheLookup(cache, SECRET)(ctx)
    response = UpstreamResponse(200, JsonPayload(ANSWER))
    await CacheStore(cache).on_response(ctx, response)
    ctx.error_code = "policy_output_blocked"
    await CacheCommit(cache).on_response(ctx, response)
    assert cache.stats.stores == 0


async def test_answer_with_new_identifiers_in_the_output_is_not_stored(cache: ResponseCache) -> None:
    ctx = context(decision=decision())
    await CacheLookup(cache, SECRET)(ctx)
    response = UpstreamResponse(200, JsonPayload(ANSWER))
    await CacheStore(cache).on_response(ctx, response)
    ctx.decision.output_entity_counts = {"EMAIL_ADDRESS": 1}  # what the output scan records
    await CacheCommit(cache).on_response(ctx, response)
    assert cache.stats.stores == 0


def test_teams_share_a_tenant_and_keys_without_a_team_do_not() -> None:
    tenants = [tenant_of(context(principal=p)) for p in (Principal("k1", "a", "acme"), Principal("k2", "b", "acme"), Principal("k3", "c"))]
    assert tenants[0] == tenants[1] != tenants[2]


async def upstream(*payloads: bytes) -> AsyncIterator[Chunk]:
    for raw in payloads:
        yield Chunk(raw)


CHUNKS = [
    b'{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"o"},"finish_reason":null}]}',
    b'{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}',
    b'{"id":"c1","object":"chat.completion.chunk","choices":[],"usage":{"total_tokens":3}}',
]


async def test_usage_chunk_is_replayed_only_to_clients_that_ask_for_it(cache: ResponseCache) -> None:
    await stream_through(cache, context(stream=True), upstream(*CHUNKS))
    hit = context(stream=True)
    await CacheLookup(cache, SECRET)(hit)
    replayed = [c.raw async for c in hit.short_circuit]  # type: ignore[union-attr]
    assert replayed == CHUNKS[:2]


async def test_stream_larger_than_the_entry_limit_is_not_stored(cache: ResponseCache) -> None:
    big = orjson.dumps({"choices": [{"index": 0, "delta": {"content": "x" * 5000}}]})
    await stream_through(cache, context(stream=True), upstream(big))
    assert cache.stats.stores == 0


async def test_completed_stream_is_stored_as_its_chain_ends(cache: ResponseCache) -> None:
    await stream_through(cache, context(stream=True), upstream(*CHUNKS))
    assert cache.stats.stores == 1


async def test_stream_the_client_abandons_is_not_stored(cache: ResponseCache) -> None:
    ctx = context(stream=True)
    await CacheLookup(cache, SECRET)(ctx)
    chain = stream_chain(cache, ctx, upstream(*CHUNKS))
    await chain.__anext__()
    await chain.aclose()  # what the app does when the client goes away
    assert cache.stats.stores == 0


async def test_interrupted_stream_is_not_stored(cache: ResponseCache) -> None:
    async def broken() -> AsyncIterator[Chunk]:
        yield Chunk(CHUNKS[0])
        raise StreamInterrupted("upstream stream ended early")

    ctx = context(stream=True)
    await CacheLookup(cache, SECRET)(ctx)
    with pytest.raises(StreamInterrupted):
        [_ async for _ in stream_chain(cache, ctx, broken())]
    assert cache.stats.stores == 0
