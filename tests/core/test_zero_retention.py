"""A canary in a prompt appears in no log line and no error body, whatever fails."""

from __future__ import annotations

import httpx
import orjson
import pytest

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted
from tests.support.servers import free_port

CANARY = "canary-zr-4c1d-Maria-Lopez-219-09-9999"
BODY = {"model": "gpt-test", "messages": [{"role": "user", "content": f"My name is {CANARY}"}]}


def fast_timeouts(config: dict) -> dict:
    config["providers"]["mock"]["timeouts"] = {"connect": 0.5, "read": 0.3, "pool": 0.5, "total": 1}
    return config


def scan(log_stream, *responses: httpx.Response) -> None:
    logged = log_stream.getvalue()
    assert logged, "the gateway should have logged something"
    assert CANARY.encode() not in logged
    for line in logged.splitlines():
        orjson.loads(line)  # every line is one JSON object
    for response in responses:
        assert CANARY not in response.text


def test_successful_request(log_stream, gateway_factory, mock_openai):
    url = gateway_factory(upstream_config(mock_openai[1]))
    scan(log_stream, httpx.post(url + "/v1/chat/completions", json=BODY))


def test_upstream_400_that_echoes_the_prompt(log_stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(status=400, body={"error": {"message": f"bad input: {CANARY}", "code": "invalid_prompt"}}))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json=BODY)
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_prompt"
    scan(log_stream, response)


def test_upstream_500_with_a_traceback_page(log_stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(status=500, raw_body=f"<html>Traceback ... {CANARY}</html>".encode()))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json=BODY)
    assert response.status_code == 502
    assert "Traceback" not in response.text
    scan(log_stream, response)


def test_upstream_timeout(log_stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(delay_s=1.5))
    url = gateway_factory(fast_timeouts(upstream_config(upstream)))
    response = httpx.post(url + "/v1/chat/completions", json=BODY, timeout=10)
    assert response.status_code == 504
    scan(log_stream, response)


def test_upstream_unreachable(log_stream, gateway_factory):
    url = gateway_factory(fast_timeouts(upstream_config(f"http://127.0.0.1:{free_port()}")))
    response = httpx.post(url + "/v1/chat/completions", json=BODY)
    assert response.status_code == 502
    scan(log_stream, response)


def test_malformed_request(log_stream, gateway_factory, mock_openai):
    url = gateway_factory(upstream_config(mock_openai[1]))
    response = httpx.post(url + "/v1/chat/completions", content=orjson.dumps(BODY)[:-3], headers={"content-type": "application/json"})
    assert response.status_code == 400
    scan(log_stream, response)


def test_truncated_stream(log_stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(truncate_after=2))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json={**BODY, "stream": True})
    assert b"upstream_stream_interrupted" in response.content
    assert b"[DONE]" not in response.content
    scan(log_stream, response)


@pytest.mark.parametrize("level", ["debug", "info"])
def test_request_log_line_has_only_allowlisted_fields(log_stream, gateway_factory, mock_openai, level):
    from hushgate.logs import ALLOWED_FIELDS

    url = gateway_factory(upstream_config(mock_openai[1]))
    httpx.post(url + "/v1/chat/completions", json=BODY, headers={"authorization": f"Bearer {CANARY}"})
    lines = [orjson.loads(line) for line in log_stream.getvalue().splitlines()]
    request_lines = [line for line in lines if line["event"] == "request"]
    assert request_lines and all(set(line) <= ALLOWED_FIELDS for line in lines)
    assert CANARY.encode() not in log_stream.getvalue()


def test_the_allowlist_drops_fields_added_by_mistake():
    from hushgate.logs import keep_allowed_fields

    kept = keep_allowed_fields(None, "info", {"event": "x", "prompt": CANARY, "headers": {"a": CANARY}, "exc_info": ValueError(CANARY)})
    assert kept == {"event": "x", "error_type": "ValueError"}
