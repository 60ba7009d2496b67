"""The send loop: candidates in strategy order, retries, failover, fallback groups.

Every candidate passes ``is_permitted`` immediately before each attempt; a
denied one is skipped and recorded, never called. A streamed request fails
over only until its first chunk has arrived from upstream, which is before
anything reaches the client; after that the app ends the stream with an error
event.

``ctx.extras["routing"]`` collects ``(deployment name, reason)`` for every
skip and every attempt's outcome, for the audit record (names and codes only).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from hushgate.config import Settings
from hushgate.errors import GatewayError, bad_request, forbidden, model_not_found, service_unavailable, upstream_timeout
from hushgate.logs import get_logger
from hushgate.pipeline import RequestContext
from hushgate.providers.base import Provider, UpstreamCall, UpstreamError, UpstreamResponse
from hushgate.routing.allowlist import is_permitted
from hushgate.routing.breaker import Breakers, CircuitBreaker
from hushgate.routing.capabilities import explain, needs_of, unmet
from hushgate.routing.errors import gateway_error_for
from hushgate.routing.limits import InFlight
from hushgate.routing.registry import Registry, ResolvedDeployment
from hushgate.routing.relay import Relay, open_first_chunk
from hushgate.routing.retry import Deadline, RetryPolicy
from hushgate.routing.strategies import LatencyTracker, Strategies
from hushgate.routing.timeouts import attempt_timeout
from hushgate.sse import Chunk

T = TypeVar("T")
Attempt = Callable[[Provider, UpstreamCall], Awaitable[T]]


@dataclass(slots=True)  # one per request: not frozen, which would triple its __init__
class Served(Generic[T]):
    """A successful attempt; its in-flight slot is the caller's to release."""

    result: T
    deployment: ResolvedDeployment
    breaker: CircuitBreaker


@dataclass
class _Skips:
    """Why deployments were passed over without an attempt, for the final error."""

    circuit_wait: float | None = None
    saturated: bool = False


NOT_PERMITTED = "not_permitted"
CIRCUIT_OPEN = "circuit_open"
SATURATED = "saturated"
SERVED = "served"


def trail(ctx: RequestContext) -> list[tuple[str, str]]:
    return ctx.extras.setdefault("routing", [])


def _outcome(exc: UpstreamError) -> str:
    return f"http_{exc.status}" if exc.kind == "http" else exc.kind


def _is_fault(exc: UpstreamError) -> bool:
    """Does this failure count against the deployment's breaker?"""
    if exc.kind in ("timeout", "connect"):
        return True
    return exc.kind == "http" and exc.status is not None and exc.status >= 500


class Router:
    def __init__(
        self,
        settings: Settings,
        providers: dict[str, Provider],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings.routing
        self.registry = Registry(settings)
        # Kept for callers that list models (GET /v1/models).
        self.groups = self.registry.deployments_by_group()
        self.providers = providers
        self.clock = clock
        rng = random.Random(self.settings.seed)
        self.latency = LatencyTracker(self.settings.latency_alpha)
        self.strategies = Strategies(self.latency, rng, self.settings.default_output_tokens)
        self.retry = RetryPolicy(self.settings.retry, rng, clock)
        self.breakers = Breakers(self.settings.breaker, clock)
        self.in_flight = InFlight()

    def has_model(self, model: str) -> bool:
        return model in self.registry.groups

    def candidates(self, ctx: RequestContext) -> list[ResolvedDeployment]:
        """Capable, permitted deployments of the model and its fallback chain, in try order.

        404 for an unknown model, 400 naming the missing capability when no
        deployment in the chain can serve the request, 403 when the policy
        permits none of those that could.
        """
        chain = self.registry.chains.get(ctx.model)
        if chain is None:
            raise model_not_found(ctx.model)
        needs = needs_of(ctx.request)
        skipped = trail(ctx)
        missing: set[str] = set()
        capable_seen = False
        plan: list[ResolvedDeployment] = []
        for group in chain:
            capable = []
            for deployment in group.deployments:
                reason = unmet(deployment, needs)
                if reason is None:
                    capable.append(deployment)
                else:
                    missing.add(reason)
                    skipped.append((deployment.name, f"lacks_{reason}"))
            capable_seen = capable_seen or bool(capable)
            for deployment in self.strategies.order(group.strategy, capable, needs):
                if is_permitted(ctx, deployment):
                    plan.append(deployment)
                else:
                    skipped.append((deployment.name, NOT_PERMITTED))
        if not capable_seen:
            raise bad_request(explain(missing), code="no_capable_deployment")
        if not plan:
            raise forbidden("No deployment of this model is permitted for the data in this request.")
        return plan

    def _call(self, ctx: RequestContext, deployment: ResolvedDeployment) -> UpstreamCall:
        body = ctx.request.body
        body["model"] = deployment.model
        ctx.request.commit()
        ctx.deployment = deployment
        ctx.attempts += 1
        # The canonical route, not the inbound one: /v1/responses and /v1/messages go upstream as chat.
        return UpstreamCall(
            ctx.request.route, body, ctx.request_id, deployment.model, deployment.name,
            max_output_tokens=deployment.capabilities.max_output_tokens,
        )  # fmt: skip

    async def _run(self, ctx: RequestContext, attempt: Attempt[T], timeout_s: float) -> Served[T]:
        plan = self.candidates(ctx)
        deadline = Deadline(self.settings.deadline_s, self.clock)
        self.retry.budget.record_request()
        log = trail(ctx)
        skips = _Skips()
        last: UpstreamError | None = None
        for deployment in plan:
            breaker = self.breakers[deployment.name]
            retries = 0
            while not deadline.expired and self._admit(ctx, deployment, breaker, skips, log):
                call = self._call(ctx, deployment)
                started = self.clock()
                remaining = deadline.remaining()
                cut_short = False
                try:
                    with attempt_timeout(min(timeout_s, remaining)):  # asyncio.timeout's semantics, one shared timer
                        result = await attempt(self.providers[deployment.provider], call)
                except UpstreamError as exc:
                    error = exc
                except TimeoutError:
                    error = UpstreamError("timeout")
                    # Cut short by the request's own deadline, the deployment
                    # did not get its full chance: no blame for the breaker.
                    cut_short = remaining < timeout_s
                    # It took at least this long: the latency strategy must
                    # see a deployment that stalls, not only its fast answers.
                    self.latency.record(deployment.name, self.clock() - started)
                except BaseException:
                    breaker.release()  # cancelled (client left) or a bug: no verdict on the upstream
                    self.in_flight.release(deployment)
                    raise
                else:
                    if breaker.record_success():
                        get_logger().info("circuit_closed", deployment=deployment.name)
                    self.latency.record(deployment.name, self.clock() - started)
                    log.append((deployment.name, SERVED))
                    return Served(result, deployment, breaker)
                self.in_flight.release(deployment)
                last = error
                log.append((deployment.name, _outcome(error)))
                if _is_fault(error) and not cut_short:
                    if breaker.record_failure():
                        get_logger().warning("circuit_opened", deployment=deployment.name, reason=_outcome(error))
                else:
                    breaker.release()
                if not error.retryable:
                    # The upstream refused the request itself (4xx): another
                    # deployment would refuse it too.
                    raise gateway_error_for(error)
                delay = self._retry_delay(error, retries, deadline, deployment.name, log)
                if delay is None:
                    break  # fail over to the next deployment
                retries += 1
                await asyncio.sleep(delay)
            if deadline.expired:
                log.append((deployment.name, "deadline_exceeded"))
                break
        raise self._exhausted(last, deadline, skips)

    def _admit(
        self, ctx: RequestContext, deployment: ResolvedDeployment, breaker: CircuitBreaker, skips: _Skips, log: list[tuple[str, str]]
    ) -> bool:
        """May the next attempt go to ``deployment``? Takes its in-flight slot if so."""
        if not is_permitted(ctx, deployment):
            # Re-checked at the moment of sending: nothing between planning
            # and here may widen the allowlist.
            log.append((deployment.name, NOT_PERMITTED))
            return False
        if not self.in_flight.try_acquire(deployment):
            log.append((deployment.name, SATURATED))
            skips.saturated = True
            return False
        if not breaker.allow():
            self.in_flight.release(deployment)
            log.append((deployment.name, CIRCUIT_OPEN))
            wait = breaker.retry_after()
            skips.circuit_wait = wait if skips.circuit_wait is None else min(skips.circuit_wait, wait)
            return False
        return True

    def _retry_delay(
        self, error: UpstreamError, retries: int, deadline: Deadline, name: str, log: list[tuple[str, str]]
    ) -> float | None:
        """Seconds to wait before re-sending to the same deployment, or None to fail over."""
        if retries >= self.retry.settings.max_retries:
            return None
        if error.kind == "timeout" and not self.retry.settings.on_timeout:
            return None
        if error.kind == "http" and error.status not in self.retry.on_status:
            return None
        delay = self.retry.delay(retries, error.retry_after)
        if delay is None:
            log.append((name, "retry_after_over_cap"))
            return None
        if delay >= deadline.remaining():
            return None
        if not self.retry.budget.try_acquire():
            log.append((name, "retry_budget_exhausted"))
            return None
        return delay

    def _exhausted(self, last: UpstreamError | None, deadline: Deadline, skips: _Skips) -> GatewayError:
        """The error for a request no attempt answered: the last upstream failure, else why none ran."""
        if last is not None:
            return gateway_error_for(last)
        if deadline.expired:
            return upstream_timeout()
        if skips.circuit_wait is not None:
            error = service_unavailable("Every permitted deployment of this model is failing; try again later.", code="circuit_open")
            error.headers["retry-after"] = str(max(1, int(skips.circuit_wait + 0.999)))
            return error
        if skips.saturated:
            error = service_unavailable("Every permitted deployment of this model is at its concurrency limit.", code="overloaded")
            error.headers["retry-after"] = "1"
            return error
        return forbidden("No deployment of this model is permitted for the data in this request.")

    async def send(self, ctx: RequestContext) -> UpstreamResponse:
        served = await self._run(ctx, _send, self.settings.response_timeout_s)
        self.in_flight.release(served.deployment)
        return served.result

    async def open_stream(self, ctx: RequestContext) -> AsyncIterator[Chunk]:
        served = await self._run(ctx, open_first_chunk, self.settings.first_byte_timeout_s)
        first, chunks = served.result
        deployment, breaker = served.deployment, served.breaker

        def interrupted() -> None:
            # Bytes already reached the client: no failover, the app sends an
            # error event. The deployment still gets the blame.
            if breaker.record_failure():
                get_logger().warning("circuit_opened", deployment=deployment.name, reason="stream_interrupted")
            trail(ctx).append((deployment.name, "stream_interrupted"))

        return Relay(first, chunks, interrupted, lambda: self.in_flight.release(deployment))


def _send(provider: Provider, call: UpstreamCall) -> Awaitable[UpstreamResponse]:
    return provider.send(call)  # the provider's coroutine itself: no wrapper coroutine per request
