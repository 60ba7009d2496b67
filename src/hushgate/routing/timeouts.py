"""Per-attempt timeouts, all on one event-loop timer.

``asyncio.timeout()`` arms and cancels a loop timer for every attempt:
~4 µs under uvloop, a tenth of the core's per-request CPU (issue 2). The
attempts of one gateway mostly share a duration, so their deadlines arrive
in the order they were set. Here every attempt's deadline goes into one heap
and a single timer is armed for the earliest one; an attempt that finishes
in time is only marked done (dropped from the heap when it reaches the top,
or in bulk), so the common case touches no timer at all.

The semantics are ``asyncio.timeout``'s: on expiry the task is cancelled and
the block raises ``TimeoutError``; a cancellation from elsewhere (the client
left) stays a ``CancelledError``; the timer fires at the deadline, not later.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
from types import TracebackType

_ENTERED, _EXITED, _EXPIRING, _EXPIRED = range(4)


class _LoopTimeouts:
    """The deadlines of one event loop's attempts, and the one timer armed for the earliest."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.heap: list[tuple[float, int, AttemptTimeout]] = []
        self.live = 0
        self._handle: asyncio.TimerHandle | None = None
        self._armed_at = math.inf
        self._seq = itertools.count()

    def add(self, entry: AttemptTimeout) -> None:
        heapq.heappush(self.heap, (entry.when, next(self._seq), entry))
        self.live += 1
        if entry.when < self._armed_at:
            self._arm(entry.when)
        elif len(self.heap) > 4 * self.live + 64:
            # Finished attempts wait in the heap until they reach its top;
            # when they outnumber the live ones, drop them in one pass.
            self.heap = [item for item in self.heap if item[2].state == _ENTERED]
            heapq.heapify(self.heap)

    def finished(self) -> None:
        self.live -= 1
        if self.live == 0:
            self.heap.clear()  # all done: nothing to keep (the armed timer finds an empty heap)

    def _arm(self, when: float) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = self.loop.call_at(when, self._fire)
        self._armed_at = when

    def _fire(self) -> None:
        due = self._armed_at
        self._handle = None
        self._armed_at = math.inf
        now = max(self.loop.time(), due)
        heap = self.heap
        while heap and (heap[0][0] <= now or heap[0][2].state != _ENTERED):
            entry = heapq.heappop(heap)[2]
            if entry.state == _ENTERED:
                self.live -= 1
                entry.expire()
        if heap:
            self._arm(heap[0][0])


_current: _LoopTimeouts | None = None


class AttemptTimeout:
    """``with attempt_timeout(seconds):`` — like ``async with asyncio.timeout(seconds):``."""

    __slots__ = ("_cancelling", "_task", "_timeouts", "state", "when")

    def __init__(self, timeouts: _LoopTimeouts, when: float) -> None:
        self.when = when
        self.state = _EXITED
        self._timeouts = timeouts

    def __enter__(self) -> AttemptTimeout:
        task = asyncio.current_task(self._timeouts.loop)
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._cancelling = task.cancelling()
        self.state = _ENTERED
        self._timeouts.add(self)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.state == _ENTERED:
            self.state = _EXITED
            self._timeouts.finished()
        elif self.state == _EXPIRING:
            self.state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                # No other cancellation pending: this one was ours.
                raise TimeoutError from exc

    def expire(self) -> None:
        self.state = _EXPIRING
        self._task.cancel()

    def expired(self) -> bool:
        return self.state in (_EXPIRING, _EXPIRED)


def attempt_timeout(delay: float) -> AttemptTimeout:
    """A timeout of ``delay`` seconds from now for the block it guards (a sync ``with``)."""
    global _current
    loop = asyncio.get_running_loop()
    timeouts = _current
    if timeouts is None or timeouts.loop is not loop:
        # First use on this loop (tests run several loops one after another).
        # An older loop's instance keeps serving the attempts it holds.
        timeouts = _current = _LoopTimeouts(loop)
    return AttemptTimeout(timeouts, loop.time() + delay)
