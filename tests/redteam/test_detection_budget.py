"""The detection budget bounds a body of many small strings, not only one long one.

Inline detection never yields to the stage's timeout; before the stage
checked its deadline between segments, 600k one-character strings held the
event loop ~6x past the budget before the (correct) 503.
"""

from __future__ import annotations

import asyncio
import sys
import time

import pytest

from hushgate.errors import GatewayError
from hushgate.pipeline import RequestContext
from hushgate.policy.reload import PolicyRuntime
from hushgate.policy.settings import PolicySettings
from hushgate.stages.detect import DetectStage
from hushgate.wire.openai import parse_chat

SEGMENTS = 400


class SlowDetector:
    """Each call takes 5 ms and never yields: 400 calls would be 2 s."""

    calls = 0

    def detect(self, text: str, field_name: str | None = None) -> list:
        SlowDetector.calls += 1
        time.sleep(0.005)
        return []


def test_detection_stops_between_segments_once_over_budget():
    runtime = PolicyRuntime(PolicySettings(detection_timeout_ms=50))
    runtime.detector = SlowDetector()
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "metadata": {"a": ["x"] * SEGMENTS}}
    ctx = RequestContext(request_id="r", route="chat.completions", client_address="", headers={}, request=parse_chat(body))
    with pytest.raises(GatewayError) as raised:
        asyncio.run(DetectStage(runtime)(ctx))
    assert raised.value.status == 503 and raised.value.code == "detector_timeout"
    assert SlowDetector.calls < SEGMENTS // 2


class YieldingDetector:
    """An async detector that yields to the loop forever: only the deadline stops it."""

    def __init__(self) -> None:
        self.tasks: list[asyncio.Task] = []

    async def adetect(self, text: str, field_name: str | None = None) -> list:
        self.tasks.append(asyncio.current_task())
        while True:
            await asyncio.sleep(0)


def test_a_detector_that_keeps_yielding_is_cut_off_at_the_budget():
    runtime = PolicyRuntime(PolicySettings(detection_timeout_ms=30))
    runtime.detector = YieldingDetector()
    ctx = RequestContext(request_id="r", route="chat.completions", client_address="", headers={},
                         request=parse_chat({"model": "m", "messages": [{"role": "user", "content": "hi"}]}))

    async def run() -> float:
        started = time.perf_counter()
        with pytest.raises(GatewayError) as raised:
            await DetectStage(runtime)(ctx)
        assert raised.value.status == 503 and raised.value.code == "detector_timeout"
        return time.perf_counter() - started

    assert asyncio.run(run()) < 1.0


def _tasks_running_detection(stream: bool) -> tuple[list[asyncio.Task], asyncio.Task]:
    runtime = PolicyRuntime(PolicySettings(detection_timeout_ms=1000))
    seen: list[asyncio.Task] = []

    class Recording:
        async def adetect(self, text: str, field_name: str | None = None) -> list:
            seen.append(asyncio.current_task())
            return []

    runtime.detector = Recording()
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": stream}
    ctx = RequestContext(request_id="r", route="chat.completions", client_address="", headers={}, request=parse_chat(body))

    async def run() -> asyncio.Task:
        await DetectStage(runtime)(ctx)
        return asyncio.current_task()

    request_task = asyncio.run(run())
    return seen, request_task


def test_a_stream_is_scanned_in_the_request_task():
    # No extra task, so no extra trip through the event loop before a
    # stream's first byte (issue 7).
    seen, request_task = _tasks_running_detection(stream=True)
    assert seen and all(task is request_task for task in seen)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="from 3.12 wait_for runs the awaitable in the caller's task")
def test_a_whole_answer_is_scanned_in_a_task_of_its_own():
    # wait_for's task: under saturation its trip through the loop lets other
    # ready work in first (throughput and p99 at 64 connections).
    seen, request_task = _tasks_running_detection(stream=False)
    assert seen and all(task is not request_task for task in seen)
