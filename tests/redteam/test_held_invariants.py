"""Attacks that held: kept as regression tests (allowlist, auth, SSRF, errors, logs)."""

from __future__ import annotations

import httpx
import orjson
import pytest
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from hushgate.auth import KeyStore
from tests.conftest import TEST_SECRET, upstream_config
from tests.support.mock_openai import Scripted, chat_chunks
from tests.support.servers import serve

CANARY = "canary-rt-Maria-Lopez-536-22-8472"
PHI = "Patient MRN: 84736291 was admitted"


def two_groups(upstream: str) -> dict:
    config = upstream_config(upstream)
    config["models"] = {
        "public-gpt": {"deployments": [{"provider": "mock", "model": "public-upstream"}]},
        "vpc-gpt": {"deployments": [{"provider": "mock", "model": "vpc-upstream", "tags": ["in_vpc"]}], "fallbacks": ["public-gpt"]},
    }
    return config


@pytest.mark.parametrize("declared", ["PUBLIC", "public", "PUBLIC,PUBLIC"])
def test_declared_class_cannot_lower_phi(declared, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(two_groups(upstream))
    body = {"model": "public-gpt", "messages": [{"role": "user", "content": PHI}]}
    response = httpx.post(url + "/v1/chat/completions", json=body, headers={"x-hushgate-data-class": declared})
    assert response.status_code == 403 and not mock.received


@pytest.mark.parametrize("stream", [False, True])
def test_phi_never_falls_back_to_a_public_deployment(stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(*[Scripted(status=500, body={"error": {"message": "down"}}) for _ in range(4)])
    url = gateway_factory(two_groups(upstream))
    body = {"model": "vpc-gpt", "stream": stream, "messages": [{"role": "user", "content": PHI}]}
    httpx.post(url + "/v1/chat/completions", json=body)
    assert mock.models and set(mock.models) == {"vpc-upstream"}


def test_public_request_does_fall_back_so_the_wall_test_above_means_something(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(status=500, body={"error": {"message": "down"}}))
    url = gateway_factory(two_groups(upstream))
    httpx.post(url + "/v1/chat/completions", json={"model": "vpc-gpt", "messages": [{"role": "user", "content": "hello"}]})
    assert mock.models == ["vpc-upstream", "public-upstream"]


def test_image_url_to_metadata_address_causes_no_gateway_fetch(gateway_factory, mock_openai):
    hits: list[str] = []

    async def record(request):
        hits.append(request.url.path)
        return Response(b"x")

    mock, upstream = mock_openai
    with serve(Starlette(routes=[Route("/{p:path}", record)])) as target:
        config = upstream_config(upstream)
        config["models"]["gpt-test"]["deployments"][0]["capabilities"] = {"vision": True}
        url = gateway_factory(config)
        part = {"type": "image_url", "image_url": {"url": target + "/latest/meta-data/iam"}}
        httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": [part]}]})
        anthropic = {"model": "gpt-test", "max_tokens": 8, "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "url", "url": target + "/a"}}]}]}
        httpx.post(url + "/v1/messages", json=anthropic)
    assert len(mock.received) == 2 and hits == []


@pytest.fixture
def keyed(tmp_path, gateway_factory, mock_openai, monkeypatch):
    monkeypatch.setenv("HUSHGATE_ADMIN_TOKEN", "admin-token-0123456789")
    keys = KeyStore(tmp_path / "keys.json", TEST_SECRET)
    key, stored = keys.create("app")
    return gateway_factory(upstream_config(mock_openai[1], auth="keys", keys_file=keys.path)), key, stored


CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize("headers", ["stored_digest", "bad_bearer_good_x_api_key", "basic_scheme_good_x_api_key", "empty_bearer", "admin_token"])
def test_client_auth_refuses(headers, keyed):
    url, key, stored = keyed
    h = {
        "stored_digest": {"authorization": f"Bearer {stored.digest}"},
        "bad_bearer_good_x_api_key": {"authorization": "Bearer nope", "x-api-key": key},
        "basic_scheme_good_x_api_key": {"authorization": "Basic Zm9vOmJhcg==", "x-api-key": key},
        "empty_bearer": {"authorization": "Bearer"},
        "admin_token": {"authorization": "Bearer admin-token-0123456789"},
    }[headers]
    assert httpx.post(url + "/v1/chat/completions", json=CHAT, headers=h).status_code == 401


@pytest.mark.parametrize("route", [("GET", "/admin/policy"), ("POST", "/admin/policy/reload"), ("GET", "/admin/audit/export")])
def test_admin_routes_refuse_client_keys(route, keyed):
    url, key, _ = keyed
    assert httpx.request(route[0], url + route[1], headers={"authorization": f"Bearer {key}"}).status_code == 401


@pytest.mark.parametrize("model", ["gpt-test\r\nlevel=critical fake=1", "gpt\x1b[31m-red", f"m\u00f6del-{CANARY}"])
def test_hostile_model_name_reaches_no_log_line_raw(model, log_stream, gateway_factory, mock_openai):
    url = gateway_factory(upstream_config(mock_openai[1]))
    response = httpx.post(url + "/v1/chat/completions", json={**CHAT, "model": model})
    assert response.status_code == 404 and CANARY not in response.text
    logged = log_stream.getvalue()
    assert b"\r\nlevel" not in logged and b"\x1b[" not in logged and CANARY.encode() not in logged
    for line in logged.splitlines():
        orjson.loads(line)


def test_upstream_error_event_mid_stream_is_not_echoed(log_stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["a", "b"])
    mock.then(Scripted(chunks=[chunks[0], {"error": {"message": f"bad input {CANARY}", "type": "invalid"}}, chunks[1]]))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json={**CHAT, "stream": True})
    assert CANARY not in response.text and CANARY.encode() not in log_stream.getvalue()


def test_json_nested_past_the_recursion_limit_is_refused_unforwarded(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    deep = "[" * 1000 + f'"{CANARY}"' + "]" * 1000
    raw = '{"model":"gpt-test","messages":[{"role":"user","content":"hi"}],"metadata":{"a":' + deep + "}}"
    response = httpx.post(url + "/v1/chat/completions", content=raw, headers={"content-type": "application/json"})
    assert response.status_code >= 400 and not mock.received and CANARY not in response.text
