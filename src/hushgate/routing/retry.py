"""When to re-send to the same deployment, and how long to wait first.

Exponential backoff with full jitter (AWS architecture blog's "full jitter":
uniform in [0, min(max, base * 2^n)]), a server's Retry-After honoured up to a
cap, everything inside one per-request deadline, and a retry budget so that a
struggling upstream sees at most ``ratio`` extra load (Envoy's retry budget:
20% of requests, with a floor so quiet gateways can still retry).

The budget is per process; with several replicas each keeps its own.
"""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable

from hushgate.config import RetrySettings

Clock = Callable[[], float]


class Deadline:
    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.at = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self.at - self._clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0.0


class RetryBudget:
    """Retries allowed while retries <= max(min_retries, ratio * requests) over a sliding window."""

    def __init__(self, ratio: float, min_retries: int, window_s: float, clock: Clock = time.monotonic) -> None:
        self.ratio = ratio
        self.min_retries = min_retries
        self.window_s = window_s
        self._clock = clock
        self._requests: deque[float] = deque()
        self._retries: deque[float] = deque()

    def _prune(self, now: float) -> None:
        horizon = now - self.window_s
        for stamps in (self._requests, self._retries):
            while stamps and stamps[0] < horizon:
                stamps.popleft()

    def record_request(self) -> None:
        now = self._clock()
        self._prune(now)
        self._requests.append(now)

    def try_acquire(self) -> bool:
        """Take one retry from the budget if there is one left."""
        now = self._clock()
        self._prune(now)
        allowed = max(self.min_retries, int(self.ratio * len(self._requests)))
        if len(self._retries) >= allowed:
            return False
        self._retries.append(now)
        return True


class RetryPolicy:
    def __init__(self, settings: RetrySettings, rng: random.Random, clock: Clock = time.monotonic) -> None:
        self.settings = settings
        self.on_status = frozenset(settings.on_status)
        self.rng = rng
        self.budget = RetryBudget(settings.budget_ratio, settings.budget_min_retries, settings.budget_window_s, clock)

    def backoff(self, retry_number: int) -> float:
        """Full-jitter delay before retry ``retry_number`` (0 for the first retry)."""
        s = self.settings
        ceiling = min(s.backoff_max_s, s.backoff_base_s * (2.0**retry_number))
        return self.rng.uniform(0.0, ceiling)

    def delay(self, retry_number: int, retry_after: float | None) -> float | None:
        """Seconds to wait before re-sending, or None if the server asked for longer than the cap."""
        if retry_after is None:
            return self.backoff(retry_number)
        if retry_after > self.settings.retry_after_cap_s:
            return None
        return retry_after
