"""No attempt ever reaches a deployment outside the allowlist (SEC-20, SEC-61).

Hypothesis generates model groups with fallback chains (cycles included),
strategies, a permit predicate (a permitted set, sometimes one that raises),
breaker thresholds, failure scripts per deployment and streamed or whole
requests. The check is made where it matters: at the mock upstream, which
records the upstream model name (one per deployment) of every request that
reached it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hushgate.config import Settings
from hushgate.errors import GatewayError
from hushgate.providers.base import StreamInterrupted
from hushgate.providers.openai_compatible import OpenAICompatibleProvider
from hushgate.routing import ResolvedDeployment, Router
from tests.routing.builders import chat, context, deployment, gateway_config
from tests.support.mock_openai import MockOpenAI, Scripted
from tests.support.servers import serve

BOOM = {"error": {"message": "boom"}}
FAILURES = {
    "500": Scripted(status=500, body=BOOM),
    "503": Scripted(status=503, body=BOOM),
    "429": Scripted(status=429, body=BOOM, headers={"retry-after": "0"}),
    "429_long": Scripted(status=429, body=BOOM, headers={"retry-after": "60"}),
    "400": Scripted(status=400, body=BOOM),
    "truncated": Scripted(truncate_after=0),
    "truncated_mid": Scripted(truncate_after=2),
    "slow": Scripted(delay_s=0.1),
}


@dataclass
class Scenario:
    models: dict[str, dict[str, Any]]
    permitted: frozenset[str]
    raising: frozenset[str]  # the predicate raises for these: must count as denied
    scripts: dict[str, list[str]]
    stream: bool
    requests: int
    threshold: int


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    names = [f"d{i}" for i in range(draw(st.integers(1, 6)))]
    group_count = draw(st.integers(1, min(3, len(names))))
    groups: dict[str, list[str]] = {f"g{i}": [] for i in range(group_count)}
    for i, name in enumerate(names):
        # Every group gets one deployment first, then the rest land anywhere.
        group = f"g{i}" if i < group_count else draw(st.sampled_from(sorted(groups)))
        groups[group].append(name)
    models = {
        group: {
            "deployments": [deployment(n, weight=draw(st.integers(1, 5))) for n in members],
            "strategy": draw(st.sampled_from(["priority", "latency", "cost", "weighted"])),
            "fallbacks": draw(st.lists(st.sampled_from(sorted(groups)), max_size=3, unique=True)),
        }
        for group, members in groups.items()
    }
    return Scenario(
        models=models,
        permitted=frozenset(draw(st.sets(st.sampled_from(names)))),
        raising=frozenset(draw(st.sets(st.sampled_from(names), max_size=2))),
        scripts={n: draw(st.lists(st.sampled_from(sorted(FAILURES)), max_size=4)) for n in names},
        stream=draw(st.booleans()),
        requests=draw(st.integers(1, 3)),
        threshold=draw(st.integers(1, 3)),
    )


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[MockOpenAI, str]]:
    mock = MockOpenAI()
    with serve(mock.app) as url:
        yield mock, url


def predicate(scenario: Scenario, asked: list[str]):
    def permits(d: ResolvedDeployment) -> bool:
        asked.append(d.name)
        if d.name in scenario.raising:
            raise RuntimeError("policy engine failure")
        return d.name in scenario.permitted

    return permits


async def run(scenario: Scenario, url: str) -> list[tuple[GatewayError | None, int, list[tuple[str, str]]]]:
    """Per request: its error (if any), attempts, routing trail. Asserts no attempt after the first chunk."""
    routing = {"deadline_s": 2, "response_timeout_s": 0.05, "first_byte_timeout_s": 0.05,
               "breaker": {"failure_threshold": scenario.threshold}}  # fmt: skip
    config = gateway_config(url, scenario.models, routing=routing)
    settings_ = Settings(**{k: v for k, v in config.items() if k != "server"})
    provider = OpenAICompatibleProvider("mock", settings_.providers["mock"])
    await provider.start()
    router = Router(settings_, {"mock": provider})
    outcomes = []
    try:
        for _ in range(scenario.requests):
            ctx = context("g0", chat(stream=scenario.stream))
            ctx.permits = predicate(scenario, [])
            error: GatewayError | None = None
            try:
                if scenario.stream:
                    chunks = await router.open_stream(ctx)
                    opened_after = ctx.attempts
                    try:
                        async for _chunk in chunks:
                            pass
                    except StreamInterrupted:
                        pass  # the app turns this into an error event
                    assert ctx.attempts == opened_after  # nothing is retried once bytes flow
                else:
                    await router.send(ctx)
            except GatewayError as exc:
                error = exc
            outcomes.append((error, ctx.attempts, ctx.extras.get("routing", [])))
    finally:
        await provider.aclose()
    return outcomes


def chain_of(scenario: Scenario) -> set[str]:
    seen: list[str] = []
    queue = ["g0"]
    while queue:
        group = queue.pop(0)
        if group not in seen:
            seen.append(group)
            queue.extend(scenario.models[group]["fallbacks"])
    return {d["name"] for g in seen for d in scenario.models[g]["deployments"]}


@settings(max_examples=80, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario=scenarios())
def test_no_attempt_reaches_a_deployment_outside_the_allowlist(scenario: Scenario, upstream, monkeypatch) -> None:
    mock, url = upstream
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    mock.received.clear()
    mock.script.clear()
    mock.by_model = {f"up-{n}": [FAILURES[f] for f in fs] for n, fs in scenario.scripts.items()}

    outcomes = asyncio.run(run(scenario, url))

    allowed = {f"up-{n}" for n in scenario.permitted - scenario.raising}
    reached = set(mock.models)
    assert reached <= allowed
    reachable = chain_of(scenario) & (scenario.permitted - scenario.raising)
    for error, attempts, trail in outcomes:
        if not reachable:
            assert error is not None and error.status == 403 and attempts == 0
        denied = {name for name, reason in trail if reason == "not_permitted"}
        assert denied == chain_of(scenario) - reachable
    assert sum(attempts for _, attempts, _ in outcomes) == len(mock.received)
