"""The detection budget bounds a body of many small strings, not only one long one.

Inline detection never yields to the stage's timeout; before the stage
checked its deadline between segments, 600k one-character strings held the
event loop ~6x past the budget before the (correct) 503.
"""

from __future__ import annotations

import asyncio
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


def test_detection_runs_in_the_request_task_not_a_task_of_its_own():
    # One task per request on the way to the upstream (issue 7): the scan is
    # awaited under a timeout, not wrapped in wait_for's extra task.
    runtime = PolicyRuntime(PolicySettings(detection_timeout_ms=1000))
    seen: list[asyncio.Task] = []

    class Recording:
        async def adetect(self, text: str, field_name: str | None = None) -> list:
            seen.append(asyncio.current_task())
            return []

    runtime.detector = Recording()
    ctx = RequestContext(request_id="r", route="chat.completions", client_address="", headers={},
                         request=parse_chat({"model": "m", "messages": [{"role": "user", "content": "hi"}]}))

    async def run() -> asyncio.Task:
        await DetectStage(runtime)(ctx)
        return asyncio.current_task()

    request_task = asyncio.run(run())
    assert seen and all(task is request_task for task in seen)
