"""In which order a group's deployments are tried.

Every strategy returns a full ordering, not one pick: the tail is the
failover order within the group.

- priority: as configured.
- latency: lowest moving average of time to first byte first; deployments
  never measured go first, so each gets measured.
- cost: least estimated price for this request (input estimate times input
  price plus output estimate times output price); ties keep config order.
- weighted: random order, heavier first more often (weighted sampling without
  replacement, Efraimidis-Spirakis keys u^(1/w)); seedable.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from hushgate.routing.capabilities import Needs
from hushgate.routing.registry import ResolvedDeployment


class LatencyTracker:
    """Exponentially weighted moving average of time to first byte, per deployment."""

    def __init__(self, alpha: float) -> None:
        self.alpha = alpha
        self._ewma: dict[str, float] = {}

    def record(self, deployment: str, seconds: float) -> None:
        previous = self._ewma.get(deployment)
        self._ewma[deployment] = seconds if previous is None else previous + self.alpha * (seconds - previous)

    def estimate(self, deployment: str) -> float | None:
        return self._ewma.get(deployment)


def estimated_cost(deployment: ResolvedDeployment, needs: Needs, default_output_tokens: int) -> float:
    if needs.embeddings:
        output = 0  # embeddings bill input only
    else:
        output = needs.output_tokens if needs.output_tokens is not None else default_output_tokens
    return needs.prompt_tokens * deployment.input_price_per_mtok + output * deployment.output_price_per_mtok


class Strategies:
    def __init__(self, latency: LatencyTracker, rng: random.Random, default_output_tokens: int) -> None:
        self.latency = latency
        self.rng = rng
        self.default_output_tokens = default_output_tokens

    def order(self, strategy: str, deployments: Sequence[ResolvedDeployment], needs: Needs) -> list[ResolvedDeployment]:
        if len(deployments) < 2 or strategy == "priority":
            return list(deployments)
        if strategy == "latency":
            return sorted(deployments, key=self._latency_key)
        if strategy == "cost":
            return sorted(deployments, key=lambda d: estimated_cost(d, needs, self.default_output_tokens))
        if strategy == "weighted":
            keys = {d.name: self.rng.random() ** (1.0 / d.weight) for d in deployments}
            return sorted(deployments, key=lambda d: keys[d.name], reverse=True)
        raise ValueError(f"unknown routing strategy {strategy!r}")

    def _latency_key(self, deployment: ResolvedDeployment) -> float:
        estimate = self.latency.estimate(deployment.name)
        return -1.0 if estimate is None else estimate
