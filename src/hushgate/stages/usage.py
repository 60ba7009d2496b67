"""Records token usage from the upstream answer (for logs, audit, budgets)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from hushgate.pipeline import RequestContext
from hushgate.providers.base import UpstreamResponse
from hushgate.sse import Chunk


class UsageRecorder:
    # Keeps nothing beyond the request's own context: runs in the startup warm-up (hushgate.warmup).
    warmup_safe = True

    async def on_response(self, ctx: RequestContext, response: UpstreamResponse) -> None:
        usage = response.payload.peek().get("usage")
        if isinstance(usage, dict):
            ctx.usage = usage

    async def on_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        async for chunk in chunks:
            # A bytes search first: most chunks carry no usage and stay unparsed.
            if chunk.may_contain(b'"usage"'):
                usage = chunk.peek().get("usage")
                if isinstance(usage, dict):
                    ctx.usage = usage
            yield chunk
