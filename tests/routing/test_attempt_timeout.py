"""Attempt timeouts on one shared timer behave like asyncio.timeout (issue 2)."""

from __future__ import annotations

import asyncio
import time

import pytest
import uvloop

from hushgate.routing import timeouts
from hushgate.routing.timeouts import attempt_timeout


async def guarded(delay: float, work: float) -> str:
    try:
        with attempt_timeout(delay):
            await asyncio.sleep(work)
    except TimeoutError:
        return "timeout"
    return "done"


@pytest.mark.parametrize("run", [asyncio.run, uvloop.run], ids=["asyncio", "uvloop"])
def test_expires_at_its_deadline_and_raises_timeout_error(run):
    async def main() -> tuple[str, float]:
        started = time.perf_counter()
        outcome = await guarded(0.05, 5)
        return outcome, time.perf_counter() - started

    outcome, took = run(main())
    assert outcome == "timeout"
    assert 0.04 <= took < 0.5


def test_each_attempt_gets_its_own_deadline_whatever_the_order():
    async def main() -> list[str]:
        # Long deadlines first, then shorter ones: the shared timer must be
        # re-armed for the earliest, and the long ones must not fire early.
        delays = [(1.0, 0.3), (0.05, 1.0), (0.5, 0.1), (0.1, 0.02), (0.02, 1.0)]
        return await asyncio.gather(*(guarded(d, w) for d, w in delays))

    assert asyncio.run(main()) == ["done", "timeout", "done", "done", "timeout"]


def test_a_cancellation_from_elsewhere_stays_a_cancellation():
    async def main() -> None:
        task = asyncio.create_task(guarded(5, 5))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())


def test_an_expired_timeout_does_not_swallow_an_outer_cancellation():
    async def main() -> None:
        async def inner() -> None:
            with attempt_timeout(0.01):
                try:
                    await asyncio.sleep(5)
                finally:
                    # Cancelled by the timeout, then by the caller while cleaning up.
                    asyncio.current_task().cancel()  # type: ignore[union-attr]
                    await asyncio.sleep(0)

        with pytest.raises(asyncio.CancelledError):
            await inner()

    asyncio.run(main())


def test_finished_attempts_do_not_pile_up_while_one_stays_open():
    async def main() -> int:
        blocker = asyncio.create_task(guarded(60, 0.5))
        await asyncio.sleep(0)
        for _ in range(5000):
            with attempt_timeout(60):
                await asyncio.sleep(0)
        size = len(timeouts._current.heap)  # type: ignore[union-attr]
        blocker.cancel()
        return size

    assert asyncio.run(main()) < 200


def test_works_on_one_loop_after_another():
    assert asyncio.run(guarded(0.02, 1)) == "timeout"
    assert uvloop.run(guarded(1, 0.01)) == "done"
    assert asyncio.run(guarded(0.02, 1)) == "timeout"


def test_outside_a_task_is_an_error():
    async def main() -> None:
        loop = asyncio.get_running_loop()
        guard = attempt_timeout(1)
        error: list[BaseException] = []

        def from_a_callback() -> None:
            try:
                guard.__enter__()
            except RuntimeError as exc:
                error.append(exc)

        loop.call_soon(from_a_callback)
        await asyncio.sleep(0.01)
        assert error

    asyncio.run(main())
