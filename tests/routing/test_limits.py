"""Per-deployment concurrency caps (SEC-62): a full deployment is skipped, not queued behind."""

from __future__ import annotations

import threading
import time

import httpx

from hushgate.routing import Router
from hushgate.routing.limits import InFlight
from tests.routing.builders import chat, deployment, gateway_config, settings
from tests.support.mock_openai import Scripted


def post(url: str, body: dict) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", json={"model": "g", **body}, timeout=15)


def capped(upstream: str, cap: int = 1, **routing: object) -> dict:
    models = {"g": {"deployments": [deployment("a", max_concurrent=cap), deployment("b")]}}
    return gateway_config(upstream, models, routing=dict(routing))


def wait_for(condition, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_in_flight_cap_refuses_beyond_the_limit_and_frees_on_release():
    a = Router(settings({"g": {"deployments": [deployment("a", max_concurrent=2)]}}), {}).registry.groups["g"].deployments[0]
    slots = InFlight()
    assert [slots.try_acquire(a) for _ in range(3)] == [True, True, False]
    slots.release(a)
    assert slots.try_acquire(a)


def test_full_deployment_is_skipped_for_the_next_one(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(delay_s=0.5))
    url = gateway_factory(capped(upstream))
    first: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: first.append(post(url, chat())))
    thread.start()
    wait_for(lambda: len(mock.received) == 1)  # "a" is now busy with the first request
    second = post(url, chat())
    thread.join(timeout=10)
    assert first[0].headers["x-hushgate-deployment"] == "a"
    assert second.headers["x-hushgate-deployment"] == "b"


def test_finished_streams_give_their_slot_back(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(capped(upstream))
    served = [post(url, chat(stream=True)).headers["x-hushgate-deployment"] for _ in range(3)]
    assert served == ["a", "a", "a"]


def test_failed_attempts_give_their_slot_back(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=500, body={"error": {"message": "boom"}}))
    url = gateway_factory(capped(upstream))
    assert post(url, chat()).headers["x-hushgate-deployment"] == "b"
    assert post(url, chat()).headers["x-hushgate-deployment"] == "a"


def test_every_permitted_deployment_full_is_a_503_overloaded(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(delay_s=0.5))
    models = {"g": {"deployments": [deployment("a", max_concurrent=1)]}}
    url = gateway_factory(gateway_config(upstream, models))
    thread = threading.Thread(target=lambda: post(url, chat()))
    thread.start()
    wait_for(lambda: len(mock.received) == 1)
    response = post(url, chat())
    thread.join(timeout=10)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "overloaded" and response.headers["retry-after"] == "1"
