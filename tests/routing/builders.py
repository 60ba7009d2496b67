"""Configs and request contexts for routing tests: several deployments, one mock.

Each deployment has its own upstream model name (``up-<name>``), so the mock
upstream can script failures per deployment and tests can see exactly which
deployments were reached.
"""

from __future__ import annotations

from typing import Any

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.config import Settings
from hushgate.pipeline import RequestContext

# Short everything, so fault-injection tests stay fast on two cores.
FAST_ROUTING: dict[str, Any] = {
    "deadline_s": 5,
    "first_byte_timeout_s": 2,
    "response_timeout_s": 2,
    "seed": 7,
    "retry": {"backoff_base_s": 0.001, "backoff_max_s": 0.01, "retry_after_cap_s": 2},
    "breaker": {"failure_threshold": 5, "cooldown_s": 30},
}


def deployment(name: str, provider: str = "mock", **extra: Any) -> dict[str, Any]:
    return {"name": name, "provider": provider, "model": f"up-{name}", **extra}


def gateway_config(
    upstream_url: str,
    models: dict[str, dict[str, Any]],
    *,
    routing: dict[str, Any] | None = None,
    extra_providers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Providers "mock" (at ``upstream_url``) plus any extra name -> base URL."""
    urls = {"mock": upstream_url, **(extra_providers or {})}
    providers = {
        name: {
            "type": "openai_compatible",
            "base_url": f"{url}/v1",
            "api_key_env": "MOCK_UPSTREAM_KEY",
            "timeouts": {"connect": 1, "read": 5, "pool": 1, "total": 10},
        }
        for name, url in urls.items()
    }
    merged = {**FAST_ROUTING, **(routing or {})}
    merged["retry"] = {**FAST_ROUTING["retry"], **(routing or {}).get("retry", {})}
    merged["breaker"] = {**FAST_ROUTING["breaker"], **(routing or {}).get("breaker", {})}
    return {"server": {"auth": {"mode": "disabled"}}, "providers": providers, "models": models, "routing": merged}


def settings(models: dict[str, dict[str, Any]], *, routing: dict[str, Any] | None = None) -> Settings:
    """Settings whose providers are never started: for decisions, not sends."""
    config = gateway_config("http://127.0.0.1:9", models, routing=routing)
    return Settings(**{k: v for k, v in config.items() if k != "server"})


def chat(content: str = "Hi", *, stream: bool = False, **body: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": content}], "stream": stream, **body}


def permit_all(deployment: Any) -> bool:
    return True


def context(
    model: str, body: dict[str, Any] | None = None, *, route: str = ROUTE_CHAT, permits: Any = permit_all
) -> RequestContext:
    """A request whose policy permits every deployment unless ``permits`` says otherwise."""
    body = dict(body if body is not None else chat())
    body["model"] = model
    request = CanonicalRequest(route, body, model, stream=bool(body.get("stream")))
    ctx = RequestContext(request_id="req_test", route=route, client_address="127.0.0.1", headers={}, request=request)
    ctx.permits = permits
    return ctx
