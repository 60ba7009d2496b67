"""Try order within a group: priority, latency, cost, weighted."""

from __future__ import annotations

from collections import Counter

from hushgate.canonical import ROUTE_EMBEDDINGS
from hushgate.routing import Router
from tests.routing.builders import chat, context, deployment, settings


def router(strategy: str, *deployments: dict, seed: int = 7) -> Router:
    return Router(settings({"g": {"strategy": strategy, "deployments": list(deployments)}}, routing={"seed": seed}), {})


def order(router: Router, body: dict | None = None) -> list[str]:
    return [d.name for d in router.candidates(context("g", body))]


def test_priority_keeps_configured_order():
    assert order(router("priority", deployment("c"), deployment("a"), deployment("b"))) == ["c", "a", "b"]


def test_latency_prefers_lowest_moving_average_of_ttfb():
    r = router("latency", deployment("slow"), deployment("fast"))
    r.latency.record("slow", 0.5)
    r.latency.record("fast", 0.1)
    assert order(r) == ["fast", "slow"]


def test_latency_tries_unmeasured_deployments_first():
    r = router("latency", deployment("known"), deployment("new"))
    r.latency.record("known", 0.01)
    assert order(r) == ["new", "known"]


def test_latency_average_moves_with_new_measurements():
    r = router("latency", deployment("a"), deployment("b"))
    r.latency.record("a", 0.1)
    r.latency.record("b", 0.2)
    for _ in range(10):
        r.latency.record("a", 1.0)
    assert order(r) == ["b", "a"]


def test_cost_prefers_least_estimated_price():
    r = router(
        "cost",
        deployment("pricey", input_price_per_mtok=10, output_price_per_mtok=30),
        deployment("cheap", input_price_per_mtok=1, output_price_per_mtok=2),
    )
    assert order(r) == ["cheap", "pricey"]


def test_cost_weighs_output_price_by_requested_max_tokens():
    # Cheap input, dear output vs. the reverse: the answer flips with the output size.
    r = router(
        "cost",
        deployment("dear_out", input_price_per_mtok=1, output_price_per_mtok=100),
        deployment("dear_in", input_price_per_mtok=100, output_price_per_mtok=1),
    )
    long_prompt = "x" * 40_000  # ~10k tokens in
    assert order(r, chat(long_prompt, max_tokens=10)) == ["dear_out", "dear_in"]
    assert order(r, chat("hi", max_tokens=4000)) == ["dear_in", "dear_out"]


def test_weighted_picks_in_proportion_to_weight():
    r = router("weighted", deployment("heavy", weight=9), deployment("light", weight=1))
    firsts = Counter(order(r)[0] for _ in range(2000))
    assert 0.85 < firsts["heavy"] / 2000 < 0.95


def test_weighted_order_still_lists_every_deployment_for_failover():
    r = router("weighted", deployment("a"), deployment("b"), deployment("c"))
    assert sorted(order(r)) == ["a", "b", "c"]


def test_weighted_is_reproducible_with_a_seed():
    make = lambda: router("weighted", deployment("a"), deployment("b"), deployment("c"), seed=42)  # noqa: E731
    first, second = make(), make()
    assert [order(first) for _ in range(20)] == [order(second) for _ in range(20)]


def test_fallback_groups_follow_the_primary_group_breadth_first():
    s = settings(
        {
            "main": {"deployments": [deployment("m")], "fallbacks": ["b1", "b2"]},
            "b1": {"deployments": [deployment("x")], "fallbacks": ["deep"]},
            "b2": {"deployments": [deployment("y")], "fallbacks": ["main"]},
            "deep": {"deployments": [deployment("z")]},
        }
    )
    assert [d.name for d in Router(s, {}).candidates(context("main"))] == ["m", "x", "y", "z"]


def test_cost_of_embeddings_ignores_output_price():
    r = router(
        "cost",
        deployment("cheap_out", input_price_per_mtok=5, output_price_per_mtok=0),
        deployment("cheap_in", input_price_per_mtok=1, output_price_per_mtok=100),
    )
    ctx = context("g", {"input": "x" * 400}, route=ROUTE_EMBEDDINGS)
    assert [d.name for d in r.candidates(ctx)] == ["cheap_in", "cheap_out"]

