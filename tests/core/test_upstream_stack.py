"""The upstream HTTP stack: redirects, disconnects, keys, pass-through fidelity."""

from __future__ import annotations

import time

import httpx
import orjson
from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks
from tests.support.servers import serve

BODY = {"model": "gpt-test", "messages": [{"role": "user", "content": "Hi"}]}


def test_upstream_redirect_is_not_followed(gateway_factory):
    hits: list[str] = []

    async def redirect(request):
        hits.append(request.url.path)
        return RedirectResponse("http://127.0.0.1:9/elsewhere", status_code=307)

    app = Starlette(routes=[Route("/v1/chat/completions", redirect, methods=["POST"])])
    with serve(app) as upstream:
        url = gateway_factory(upstream_config(upstream))
        response = httpx.post(url + "/v1/chat/completions", json=BODY)
    assert response.status_code == 502
    assert hits == ["/v1/chat/completions"]


def test_configured_upstream_key_is_sent(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    httpx.post(url + "/v1/chat/completions", json=BODY)
    assert mock.last.headers["authorization"] == "Bearer upstream-secret-key-123"


def test_client_headers_are_not_forwarded(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    httpx.post(url + "/v1/chat/completions", json=BODY, headers={"x-tenant-secret": "abc", "cookie": "session=1"})
    assert "x-tenant-secret" not in mock.last.headers and "cookie" not in mock.last.headers


def test_no_client_library_user_agent_goes_upstream(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    assert httpx.post(url + "/v1/chat/completions", json=BODY, headers={"user-agent": "client-app/1.0"}).status_code == 200
    assert "user-agent" not in mock.last.headers
    assert mock.last.headers["accept"] == "application/json"
    assert mock.last.headers["content-type"] == "application/json"


def test_operator_configured_user_agent_is_sent(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    config = upstream_config(upstream)
    config["providers"]["mock"]["headers"] = {"User-Agent": "acme-gateway/2"}
    url = gateway_factory(config)
    assert httpx.post(url + "/v1/chat/completions", json=BODY).status_code == 200
    assert mock.last.headers["user-agent"] == "acme-gateway/2"


def test_untouched_body_values_arrive_byte_for_byte(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    extra = {"logit_bias": {"50256": -100}, "stop": ["\n\n", "END"], "temperature": 0.7, "unicode": "naïve – 東京 🎉"}
    httpx.post(url + "/v1/chat/completions", content=orjson.dumps({**BODY, **extra}), headers={"content-type": "application/json"})
    sent = mock.last.json
    for key, value in extra.items():
        assert orjson.dumps(sent[key]) == orjson.dumps(value)


def test_client_disconnect_mid_stream_cancels_upstream(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks([f"piece {i} " for i in range(50)]), chunk_delay_s=0.1))
    url = gateway_factory(upstream_config(upstream))
    with httpx.stream("POST", url + "/v1/chat/completions", json={**BODY, "stream": True}) as response:
        for _ in response.iter_bytes():
            break  # read one piece, then hang up
    deadline = time.monotonic() + 5
    while mock.disconnects == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert mock.disconnects == 1
