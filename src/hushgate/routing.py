"""Model groups to deployments, and the send loop that never leaves the allowlist.

Every candidate, first choice or failover, passes ``ctx.permits`` (set by the
policy stage) immediately before it is tried; a deployment the policy does
not permit is never called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from hushgate.config import Capabilities, Settings
from hushgate.errors import GatewayError, forbidden, model_not_found, upstream_timeout, upstream_unavailable
from hushgate.pipeline import RequestContext
from hushgate.providers.base import Provider, UpstreamCall, UpstreamError, UpstreamResponse
from hushgate.sse import Chunk


@dataclass(frozen=True, slots=True)
class ResolvedDeployment:
    name: str
    group: str
    provider: str
    provider_type: str
    model: str
    tags: frozenset[str]
    region: str | None
    capabilities: Capabilities
    input_price_per_mtok: float
    output_price_per_mtok: float
    weight: float


def resolve_deployments(settings: Settings) -> dict[str, list[ResolvedDeployment]]:
    groups: dict[str, list[ResolvedDeployment]] = {}
    for group_name, group in settings.models.items():
        resolved = []
        for d in group.deployments:
            upstream_model = d.model or group_name
            resolved.append(
                ResolvedDeployment(
                    name=d.name or f"{d.provider}/{upstream_model}",
                    group=group_name,
                    provider=d.provider,
                    provider_type=settings.providers[d.provider].type,
                    model=upstream_model,
                    tags=frozenset(d.tags),
                    region=d.region,
                    capabilities=d.capabilities,
                    input_price_per_mtok=d.input_price_per_mtok,
                    output_price_per_mtok=d.output_price_per_mtok,
                    weight=d.weight,
                )
            )
        groups[group_name] = resolved
    return groups


def gateway_error_for(exc: UpstreamError) -> GatewayError:
    if exc.kind == "timeout":
        return upstream_timeout()
    if exc.kind == "http" and exc.status is not None and 400 <= exc.status < 500:
        code = exc.code or "upstream_rejected"
        err = GatewayError(
            exc.status,
            f"The upstream provider rejected the request (status {exc.status}, code {code}).",
            "rate_limit_error" if exc.status == 429 else "invalid_request_error",
            code,
        )
        if exc.retry_after is not None:
            err.headers["retry-after"] = str(int(exc.retry_after + 0.999))
        return err
    if exc.kind == "http":
        return upstream_unavailable(f"The upstream provider failed (status {exc.status}).")
    return upstream_unavailable()


class Router:
    def __init__(self, settings: Settings, providers: dict[str, Provider]) -> None:
        self.groups = resolve_deployments(settings)
        self.providers = providers

    def has_model(self, model: str) -> bool:
        return model in self.groups

    def candidates(self, ctx: RequestContext) -> list[ResolvedDeployment]:
        group = self.groups.get(ctx.model)
        if group is None:
            raise model_not_found(ctx.model)
        permitted = [d for d in group if ctx.permits is None or ctx.permits(d)]
        if not permitted:
            raise forbidden("No deployment of this model is permitted for the data in this request.")
        return permitted

    def _call(self, ctx: RequestContext, deployment: ResolvedDeployment) -> UpstreamCall:
        if ctx.permits is not None and not ctx.permits(deployment):
            # Re-checked at the moment of sending: nothing between selection
            # and here may widen the allowlist.
            raise forbidden("Deployment not permitted for this request's data.")
        body = ctx.request.body
        body["model"] = deployment.model
        ctx.request.commit()
        ctx.deployment = deployment
        ctx.attempts += 1
        return UpstreamCall(ctx.route, body, ctx.request_id, deployment.model, deployment.name)

    async def send(self, ctx: RequestContext) -> UpstreamResponse:
        last: UpstreamError | None = None
        for deployment in self.candidates(ctx):
            call = self._call(ctx, deployment)
            try:
                return await self.providers[deployment.provider].send(call)
            except UpstreamError as exc:
                last = exc
                if not exc.retryable:
                    break
        assert last is not None
        raise gateway_error_for(last)

    async def open_stream(self, ctx: RequestContext) -> AsyncIterator[Chunk]:
        last: UpstreamError | None = None
        for deployment in self.candidates(ctx):
            call = self._call(ctx, deployment)
            try:
                return await self.providers[deployment.provider].open_stream(call)
            except UpstreamError as exc:
                last = exc
                if not exc.retryable:
                    break
        assert last is not None
        raise gateway_error_for(last)
