"""Circuit breaker per deployment: closed, open, half-open, closed."""

from __future__ import annotations

from hushgate.routing.breaker import CLOSED, HALF_OPEN, OPEN, CircuitBreaker


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def breaker(clock: FakeClock, threshold: int = 3) -> CircuitBreaker:
    return CircuitBreaker(threshold, cooldown_s=10, max_cooldown_s=25, clock=clock)


def test_stays_closed_below_threshold():
    b = breaker(FakeClock())
    b.record_failure()
    b.record_failure()
    assert b.state == CLOSED and b.allow()


def test_opens_after_threshold_consecutive_failures_and_refuses():
    b = breaker(FakeClock())
    for _ in range(3):
        b.record_failure()
    assert b.state == OPEN and not b.allow()


def test_success_resets_the_consecutive_count():
    b = breaker(FakeClock())
    b.record_failure()
    b.record_failure()
    b.record_success()
    b.record_failure()
    assert b.state == CLOSED


def test_half_open_after_cooldown_lets_exactly_one_probe_through():
    clock = FakeClock()
    b = breaker(clock)
    for _ in range(3):
        b.record_failure()
    clock.now = 10
    assert b.state == HALF_OPEN
    assert b.allow() and not b.allow()


def test_probe_success_closes():
    clock = FakeClock()
    b = breaker(clock)
    for _ in range(3):
        b.record_failure()
    clock.now = 10
    b.allow()
    b.record_success()
    assert b.state == CLOSED and b.allow() and b.allow()


def test_probe_failure_reopens_for_twice_as_long():
    clock = FakeClock()
    b = breaker(clock)
    for _ in range(3):
        b.record_failure()
    clock.now = 10
    b.allow()
    b.record_failure()
    clock.now = 29
    assert b.state == OPEN
    clock.now = 30
    assert b.state == HALF_OPEN


def test_cooldown_growth_is_capped():
    clock = FakeClock()
    b = breaker(clock)
    for _ in range(3):
        b.record_failure()
    for _ in range(5):  # five failed probes
        clock.now += 1000
        b.allow()
        b.record_failure()
    assert b.retry_after() == 25


def test_released_probe_lets_the_next_request_probe():
    clock = FakeClock()
    b = breaker(clock)
    for _ in range(3):
        b.record_failure()
    clock.now = 10
    b.allow()
    b.release()
    assert b.allow()


def test_retry_after_reports_time_until_probe():
    clock = FakeClock()
    b = breaker(clock)
    for _ in range(3):
        b.record_failure()
    clock.now = 4
    assert b.retry_after() == 6
