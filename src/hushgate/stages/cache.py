"""The cache in the pipeline: lookup, capture and commit.

Lookup (last request stage) runs after transform, so it keys and serves on
the redacted / pseudonymized request; a hit short-circuits the router and
flows through the response stages like an upstream answer, so the output
scan runs again and pseudonyms are restored with this request's own mapping.

Capture (response stage before restore) snapshots the upstream answer before
any later stage rewrites it: a 200 JSON body, or the chunks of a stream
whose upstream ended normally with ``[DONE]``.

Commit (last response stage, after restore) stores the snapshot once the
answer has passed every stage: not when a stage failed, the stream was
interrupted or abandoned, or the output scan found identifiers the prompt
did not carry, so the cache only holds text the policy releases unchanged.
It runs before the terminal ``[DONE]`` frame, so a client's next request
already sees the entry.

Policy hook (``hushgate.policy.engine.Decision``): caching needs
``cache_allowed is True``; ``cache_ttl_seconds``, ``policy_version``,
``enforced_class`` and ``routed_model`` shape the TTL and the key. A decision
without ``cache_allowed``, or in monitor mode (the body went out
unredacted), means no caching. Without a policy engine, ``cache.enabled`` in
the config alone decides.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hushgate.cache import CACHE_HEADER, CachedResponse, ResponseCache, cache_key, should_bypass
from hushgate.cache.framing import is_usage_only, json_to_stream, stream_to_json
from hushgate.pipeline import RequestContext
from hushgate.providers.base import UpstreamResponse
from hushgate.sse import Chunk, JsonPayload

if TYPE_CHECKING:
    from hushgate.secrets import ServerSecret

HIT, MISS, BYPASS = "hit", "miss", "bypass"
_TTL = "cache.ttl"
_PENDING = "cache.pending"


def tenant_of(ctx: RequestContext) -> str:
    """The sharing boundary: a team, else the single API key; one shared scope when auth is off."""
    principal = ctx.principal
    if principal is None:
        return ""
    return f"team:{principal.team}" if principal.team else f"key:{principal.key_id}"


def caching_permitted(ctx: RequestContext) -> tuple[bool, int | None]:
    """(allowed, policy TTL) for this request's data classes, from the policy decision."""
    decision = ctx.decision
    if decision is None:
        return True, None
    allowed = getattr(decision, "cache_allowed", None)
    # Monitor mode forwards the body as the client sent it: never cache unredacted text.
    if allowed is not True or getattr(decision, "mode", None) == "monitor":
        return False, None
    return True, getattr(decision, "cache_ttl_seconds", None)


def _mark(ctx: RequestContext, status: str) -> None:
    ctx.cache_status = status
    ctx.response_headers[CACHE_HEADER] = status


def _wants_usage(ctx: RequestContext) -> bool:
    options = ctx.request.body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


async def _replay(chunks: list[bytes]) -> AsyncIterator[Chunk]:
    for raw in chunks:
        yield Chunk(raw)


class CacheLookup:
    def __init__(self, cache: ResponseCache, secret: ServerSecret) -> None:
        self.cache = cache
        self.secret = secret

    async def __call__(self, ctx: RequestContext) -> None:
        allowed, policy_ttl = caching_permitted(ctx)
        if not allowed or should_bypass(ctx.headers):
            _mark(ctx, BYPASS)
            return
        ctx.request.commit()  # rewritten tool-call arguments must be in the body we key on
        decision = ctx.decision
        key = cache_key(
            self.secret,
            tenant=tenant_of(ctx),
            policy_version=str(getattr(decision, "policy_version", "") or ""),
            model=str(getattr(decision, "routed_model", None) or ctx.model),
            body=ctx.request.body,
            # The decision is part of what produced the answer (SEC-26).
            # Canonical route: entries hold canonical answers, whatever dialect the client spoke.
            scope=f"route={ctx.request.route};class={getattr(decision, 'enforced_class', '')}",
        )
        hit = await self.cache.get(key)
        if hit is None:
            ctx.cache_key = key
            ctx.extras[_TTL] = policy_ttl if policy_ttl is not None else self.cache.ttl_for(ctx.data_classes)
            _mark(ctx, MISS)
            return
        _mark(ctx, HIT)
        ctx.short_circuit = self._serve(ctx, hit)

    def _serve(self, ctx: RequestContext, hit: CachedResponse) -> UpstreamResponse | AsyncIterator[Chunk]:
        if not ctx.request.stream:
            body = hit.body if hit.body is not None else stream_to_json(ctx.request.route, hit.chunks or ())
            return UpstreamResponse(hit.status, JsonPayload(body))
        if hit.chunks is None:
            return _replay(json_to_stream(ctx.request.route, hit.body or b"{}", include_usage=_wants_usage(ctx)))
        chunks = list(hit.chunks)
        if not _wants_usage(ctx):
            chunks = [c for c in chunks if not is_usage_only(c)]
        return _replay(chunks)


class CacheStore:
    def __init__(self, cache: ResponseCache) -> None:
        self.cache = cache

    async def on_response(self, ctx: RequestContext, response: UpstreamResponse) -> None:
        if ctx.cache_status == MISS and ctx.cache_key is not None and response.status == 200:
            # Snapshot now: the restore stage rewrites the payload in place after us.
            ctx.extras[_PENDING] = CachedResponse.from_json(response.payload.raw)

    def on_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        if ctx.cache_status != MISS or ctx.cache_key is None:
            return chunks
        return self._record(ctx, chunks)

    async def _record(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        kept: list[bytes] | None = []
        size = 0
        async for chunk in chunks:
            if kept is not None:
                raw = chunk.raw  # snapshot before later stages rewrite the chunk
                size += len(raw) + 4
                if size > self.cache.max_entry_bytes:
                    kept = None  # too large to store: stop buffering it
                else:
                    kept.append(raw)
            yield chunk
        # Reached only when the upstream iterator ended normally ([DONE]); an
        # interrupted stream raises above and a client disconnect or a blocked
        # output closes us at the yield, so neither is ever captured.
        if kept is not None:
            ctx.extras[_PENDING] = CachedResponse.from_stream(kept)


class CacheCommit:
    def __init__(self, cache: ResponseCache) -> None:
        self.cache = cache

    async def _commit(self, ctx: RequestContext) -> None:
        pending = ctx.extras.pop(_PENDING, None)
        if pending is None or ctx.error_code is not None:
            return
        if getattr(ctx.decision, "output_entity_counts", None):
            return  # the output scan found identifiers the prompt did not carry
        await self.cache.put(ctx.cache_key, pending, ctx.extras[_TTL])

    async def on_response(self, ctx: RequestContext, response: UpstreamResponse) -> None:
        await self._commit(ctx)

    def on_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        if ctx.cache_status != MISS:
            return chunks
        return self._after(ctx, chunks)

    async def _after(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        async for chunk in chunks:
            yield chunk
        # Every stage upstream of us finished without raising.
        await self._commit(ctx)


def cache_stages(cache: ResponseCache, secret: ServerSecret) -> tuple[CacheLookup, CacheStore, CacheCommit]:
    return CacheLookup(cache, secret), CacheStore(cache), CacheCommit(cache)
