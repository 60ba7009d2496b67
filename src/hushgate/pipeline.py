"""The request pipeline: an ordered list of plain async stages.

Like structlog's processors, each stage is a callable over one context object
and does one job; ``build_pipeline`` is the single place that lists them, in
the order DESIGN.md gives. A request stage may raise ``GatewayError`` to stop
the request (nothing is forwarded), or set ``ctx.short_circuit`` to answer
without calling an upstream (a cache hit). Response stages see the upstream
answer before the client does; finalizers run once per request whatever
happened, after the last byte (audit).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from hushgate.canonical import CanonicalRequest
from hushgate.sse import Chunk

if TYPE_CHECKING:
    from hushgate.auth import Principal
    from hushgate.providers.base import UpstreamResponse
    from hushgate.routing import ResolvedDeployment


@dataclass(eq=False)
class RequestContext:
    request_id: str
    route: str
    client_address: str
    headers: Mapping[str, str] = field(repr=False)
    request: CanonicalRequest = field(repr=False)
    principal: Principal | None = None
    received_at: float = field(default_factory=time.perf_counter)
    received_unix: float = field(default_factory=time.time)

    # Filled by the policy stages (detection / classify / decide / transform).
    findings: list[Any] = field(default_factory=list, repr=False)
    # (param, finding) found in ids, tool names and object keys.
    identifier_findings: list[tuple[str, Any]] = field(default_factory=list, repr=False)
    entity_counts: dict[str, int] = field(default_factory=dict)
    data_classes: list[str] = field(default_factory=list)
    decision: Any = None  # the policy engine's decision object, for audit
    vault: Any = field(default=None, repr=False)  # pseudonym mapping, memory only, this request only
    # Router hard wall: a deployment is a candidate only if this says yes.
    # The policy stage sets it; routing refuses to send when it is unset and
    # a policy is configured (see routing.py).
    permits: Callable[[ResolvedDeployment], bool] | None = None

    # Filled by cache, routing and the upstream exchange.
    cache_key: Any = None
    cache_status: str | None = None
    short_circuit: UpstreamResponse | AsyncIterator[Chunk] | None = field(default=None, repr=False)
    deployment: ResolvedDeployment | None = None
    attempts: int = 0
    first_byte_at: float | None = None
    usage: dict[str, Any] | None = None
    status: int | None = None
    error_code: str | None = None
    request_bytes: int = 0
    response_bytes: int = 0
    response_headers: dict[str, str] = field(default_factory=dict)
    finalized: bool = False
    # Stage-owned scratch space, keyed by stage name.
    extras: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def model(self) -> str:
        return self.request.model

    @property
    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.received_at) * 1000.0


RequestStage = Callable[[RequestContext], Awaitable[None]]
Finalizer = Callable[[RequestContext], Awaitable[None]]


class ResponseStage(Protocol):
    """Sees the upstream answer before the client: whole, or chunk by chunk."""

    async def on_response(self, ctx: RequestContext, response: UpstreamResponse) -> None: ...

    def on_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]: ...


@dataclass
class Pipeline:
    request_stages: list[RequestStage] = field(default_factory=list)
    response_stages: list[ResponseStage] = field(default_factory=list)
    finalizers: list[Finalizer] = field(default_factory=list)

    async def run_request(self, ctx: RequestContext) -> None:
        for stage in self.request_stages:
            await stage(ctx)
            if ctx.short_circuit is not None:
                return

    async def run_response(self, ctx: RequestContext, response: UpstreamResponse) -> None:
        for stage in self.response_stages:
            await stage.on_response(ctx, response)

    def wrap_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        for stage in self.response_stages:
            chunks = stage.on_stream(ctx, chunks)
        return chunks

    async def finalize(self, ctx: RequestContext) -> None:
        """Run the finalizers once per request, even if an error path asks again."""
        if ctx.finalized:
            return
        ctx.finalized = True
        for finalizer in self.finalizers:
            await finalizer(ctx)
