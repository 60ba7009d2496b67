"""A circuit breaker per deployment (SEC-62).

closed -> (``threshold`` consecutive failures) -> open: the deployment is
skipped without a connection attempt -> after the cool-down, half-open: one
request is let through as a probe while others still skip it -> the probe's
success closes the breaker, its failure re-opens it for twice as long (capped),
like Envoy's ejection time x n.

Failures are upstream faults only: 5xx, connect errors, timeouts, broken
streams. A 429 is the upstream saying "later", handled by Retry-After and
backoff; a 4xx is the request's fault.

State is per process (replicas each learn on their own).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from hushgate.config import BreakerSettings

CLOSED = "closed"
OPEN = "open"
HALF_OPEN = "half_open"


@dataclass
class CircuitBreaker:
    threshold: int
    cooldown_s: float
    max_cooldown_s: float
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    opened_at: float | None = None
    reopenings: int = 0
    probing: bool = False

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return CLOSED
        if self.clock() - self.opened_at < self._cooldown():
            return OPEN
        return HALF_OPEN

    def _cooldown(self) -> float:
        return min(self.max_cooldown_s, self.cooldown_s * (2.0**self.reopenings))

    def retry_after(self) -> float:
        """Seconds until the next probe may run (0 when not open)."""
        if self.opened_at is None:
            return 0.0
        return max(0.0, self.opened_at + self._cooldown() - self.clock())

    def allow(self) -> bool:
        """May a request go to this deployment now? Claims the probe when half-open."""
        state = self.state
        if state == CLOSED:
            return True
        if state == HALF_OPEN and not self.probing:
            self.probing = True
            return True
        return False

    def record_success(self) -> bool:
        """Returns True when this closed a breaker that was open."""
        was_open = self.opened_at is not None
        self.failures = 0
        self.opened_at = None
        self.reopenings = 0
        self.probing = False
        return was_open

    def record_failure(self) -> bool:
        """Returns True when this failure opened (or re-opened) the breaker."""
        if self.probing:
            # The probe failed: back to open, for longer.
            self.probing = False
            self.reopenings += 1
            self.opened_at = self.clock()
            return True
        self.failures += 1
        if self.opened_at is None and self.failures >= self.threshold:
            self.opened_at = self.clock()
            return True
        return False

    def release(self) -> None:
        """An attempt that neither succeeded nor failed (e.g. a 4xx): free the probe."""
        self.probing = False


class Breakers:
    def __init__(self, settings: BreakerSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.clock = clock
        self._by_deployment: dict[str, CircuitBreaker] = {}

    def __getitem__(self, deployment: str) -> CircuitBreaker:
        breaker = self._by_deployment.get(deployment)
        if breaker is None:
            s = self.settings
            breaker = CircuitBreaker(s.failure_threshold, s.cooldown_s, s.max_cooldown_s, self.clock)
            self._by_deployment[deployment] = breaker
        return breaker

    def state(self, deployment: str) -> str:
        breaker = self._by_deployment.get(deployment)
        return CLOSED if breaker is None else breaker.state
