"""Backoff with full jitter, Retry-After cap, deadline and retry budget."""

from __future__ import annotations

import random

from hushgate.config import RetrySettings
from hushgate.routing.retry import Deadline, RetryBudget, RetryPolicy


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def policy(**overrides: float) -> RetryPolicy:
    return RetryPolicy(RetrySettings(**overrides), random.Random(1), FakeClock())


def test_backoff_stays_within_exponential_ceiling():
    p = policy(backoff_base_s=0.1, backoff_max_s=10)
    for n in range(4):
        delays = [p.backoff(n) for _ in range(200)]
        assert all(0 <= d <= 0.1 * 2**n for d in delays)


def test_backoff_is_jittered_across_the_full_range():
    p = policy(backoff_base_s=1, backoff_max_s=1)
    delays = [p.backoff(0) for _ in range(200)]
    assert min(delays) < 0.2 and max(delays) > 0.8


def test_backoff_never_exceeds_the_maximum():
    p = policy(backoff_base_s=0.5, backoff_max_s=1.0)
    assert max(p.backoff(10) for _ in range(200)) <= 1.0


def test_retry_after_is_used_as_the_delay():
    assert policy(retry_after_cap_s=5).delay(0, 3.0) == 3.0


def test_retry_after_over_the_cap_means_do_not_wait_here():
    assert policy(retry_after_cap_s=2).delay(0, 30.0) is None


def test_deadline_counts_down_and_expires():
    clock = FakeClock()
    deadline = Deadline(5, clock)
    clock.now += 3
    assert deadline.remaining() == 2 and not deadline.expired
    clock.now += 2
    assert deadline.expired


def test_budget_allows_the_minimum_retries_when_traffic_is_low():
    budget = RetryBudget(0.2, 3, 10, FakeClock())
    budget.record_request()
    assert [budget.try_acquire() for _ in range(4)] == [True, True, True, False]


def test_budget_allows_ratio_of_requests_in_the_window():
    budget = RetryBudget(0.2, 3, 10, FakeClock())
    for _ in range(100):
        budget.record_request()
    granted = sum(budget.try_acquire() for _ in range(50))
    assert granted == 20


def test_budget_window_slides():
    clock = FakeClock()
    budget = RetryBudget(0.2, 1, 10, clock)
    budget.record_request()
    assert budget.try_acquire() and not budget.try_acquire()
    clock.now += 10.5
    assert budget.try_acquire()
