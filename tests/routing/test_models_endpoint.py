"""GET /v1/models: the registry as operators and policy authors see it."""

from __future__ import annotations

import httpx

from tests.routing.builders import deployment, gateway_config


def models_of(url: str) -> dict[str, dict]:
    return {m["id"]: m for m in httpx.get(url + "/v1/models").json()["data"]}


def test_models_list_shows_capabilities_prices_region_and_tags(gateway_factory, mock_openai):
    _, upstream = mock_openai
    d = deployment(
        "eu-1",
        tags=["baa", "region:eu"],
        region="eu-west-1",
        input_price_per_mtok=2.5,
        output_price_per_mtok=10,
        capabilities={"vision": True, "context_window": 32000, "max_output_tokens": 4096},
    )
    url = gateway_factory(gateway_config(upstream, {"g": {"deployments": [d]}}))
    shown = models_of(url)["g"]["deployments"][0]
    assert shown["name"] == "eu-1" and shown["provider"] == "openai_compatible"
    assert shown["tags"] == ["baa", "region:eu"] and shown["region"] == "eu-west-1"
    assert (shown["input_price_per_mtok"], shown["output_price_per_mtok"]) == (2.5, 10)
    assert shown["capabilities"]["vision"] is True and shown["capabilities"]["context_window"] == 32000


def test_models_list_shows_strategy_fallbacks_concurrency_cap_and_circuit_state(gateway_factory, mock_openai):
    _, upstream = mock_openai
    models = {
        "g": {"deployments": [deployment("a", max_concurrent=4)], "strategy": "cost", "fallbacks": ["h"]},
        "h": {"deployments": [deployment("b")]},
    }
    url = gateway_factory(gateway_config(upstream, models))
    g = models_of(url)["g"]
    assert g["strategy"] == "cost" and g["fallbacks"] == ["h"]
    assert g["deployments"][0]["circuit"] == "closed" and g["deployments"][0]["max_concurrent"] == 4


def test_models_list_never_shows_upstream_urls_or_key_names(gateway_factory, mock_openai):
    _, upstream = mock_openai
    url = gateway_factory(gateway_config(upstream, {"g": {"deployments": [deployment("a")]}}))
    text = httpx.get(url + "/v1/models").text
    assert upstream not in text and "MOCK_UPSTREAM_KEY" not in text
