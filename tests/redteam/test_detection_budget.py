"""The detection budget bounds a body of many small strings, not only one long one.

Inline detection never yields to ``asyncio.wait_for``; before the stage
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
