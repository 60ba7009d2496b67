"""Run a coroutine's first step now: Python 3.12's eager task start, for 3.11.

aiohttp writes a request's body in a task it starts with ``eager_start=True``
on Python 3.12+, so the request leaves inside ``ClientRequest.send``. On 3.11
there is no eager start: the body waits for the task's first step, on the
next trip through the event loop, after every other callback already ready
(another request's whole detection pass, at concurrency 8). Issue 7 measured
that trip at ~60 µs of a stream's time to first byte alone, ~180 µs at
concurrency 8. ``start_eagerly`` gives 3.11 the 3.12 behaviour for one
coroutine: its first step runs at once, and what it returns is a coroutine
a task can run to continue it exactly where it stopped.
"""

from __future__ import annotations

import types
from collections.abc import Coroutine, Generator
from typing import Any, TypeVar

T = TypeVar("T")


def start_eagerly(coro: Coroutine[Any, Any, T]) -> Coroutine[Any, Any, T]:
    """Run ``coro`` up to its first suspension now; returns the coroutine to finish it.

    As with an eager task, an exception from the first step is not raised
    here but by the returned coroutine, when whoever runs it does.
    """
    try:
        waiting_on = coro.send(None)
    except StopIteration as stop:
        return _returning(stop.value)
    except BaseException as exc:  # noqa: BLE001 - handed to whoever runs the rest, as a task would
        return _raising(exc)
    return _continue(coro, waiting_on)


async def _returning(value: T) -> T:
    return value


async def _raising(exc: BaseException) -> Any:
    raise exc


async def _continue(coro: Coroutine[Any, Any, T], waiting_on: Any) -> T:
    return await _resume(coro, waiting_on)


@types.coroutine
def _resume(coro: Coroutine[Any, Any, T], waiting_on: Any) -> Generator[Any, None, T]:
    """What ``await coro`` does from its first suspension on: hand the task
    what ``coro`` waits for, then pass the task's wake-up (or the exception it
    throws in, such as a cancellation) back into ``coro``."""
    while True:
        try:
            yield waiting_on
        except BaseException as exc:  # noqa: BLE001 - thrown in by the task: coro decides
            try:
                waiting_on = coro.throw(exc)
            except StopIteration as stop:
                return stop.value
        else:
            try:
                waiting_on = coro.send(None)
            except StopIteration as stop:
                return stop.value
