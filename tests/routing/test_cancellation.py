"""A client that leaves mid-request leaves nothing held: slots, probes, upstream streams (SEC-64)."""

from __future__ import annotations

import asyncio

import pytest

from hushgate.config import Settings
from hushgate.errors import GatewayError
from hushgate.providers.openai_compatible import OpenAICompatibleProvider
from hushgate.routing import Router
from tests.routing.builders import chat, context, deployment, gateway_config
from tests.support.mock_openai import Scripted, chat_chunks


@pytest.fixture
async def router_at(mock_openai, monkeypatch):
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    mock, url = mock_openai
    config = gateway_config(url, {"g": {"deployments": [deployment("a", max_concurrent=1)]}},
                            routing={"breaker": {"failure_threshold": 1, "cooldown_s": 0.01}})  # fmt: skip
    settings = Settings(**{k: v for k, v in config.items() if k != "server"})
    provider = OpenAICompatibleProvider("mock", settings.providers["mock"])
    await provider.start()
    yield mock, Router(settings, {"mock": provider})
    await provider.aclose()


async def until(condition) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


async def test_cancelled_attempt_gives_back_its_slot(router_at):
    mock, router = router_at
    mock.then_for("up-a", Scripted(delay_s=1))
    task = asyncio.create_task(router.send(context("g")))
    await until(lambda: len(mock.received) == 1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert router.in_flight.count("a") == 0


async def test_cancelled_probe_lets_the_next_request_probe(router_at):
    mock, router = router_at
    mock.then_for("up-a", Scripted(status=500, body={"error": {"message": "x"}}), Scripted(delay_s=1))
    with pytest.raises(GatewayError):
        await router.send(context("g"))  # opens the breaker
    await asyncio.sleep(0.02)  # past the cool-down
    task = asyncio.create_task(router.send(context("g")))  # the probe
    await until(lambda: len(mock.received) == 2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0.02)
    assert (await router.send(context("g"))).status == 200


async def test_stream_closed_by_client_closes_upstream_and_frees_the_slot(router_at):
    mock, router = router_at
    mock.then_for("up-a", Scripted(chunks=chat_chunks(["a", "b", "c", "d"]), chunk_delay_s=0.2))
    chunks = await router.open_stream(context("g", chat(stream=True)))
    await anext(chunks)
    await chunks.aclose()
    assert router.in_flight.count("a") == 0
    await until(lambda: mock.disconnects == 1)
