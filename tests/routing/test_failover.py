"""Fault injection at the mock upstream, through the real gateway under uvicorn.

Each deployment is a distinct upstream model name on the mock (``up-<name>``),
so the mock's record says exactly which deployments were reached, in order.
"""

from __future__ import annotations

import time

import httpx
import orjson

from tests.routing.builders import chat, deployment, gateway_config
from tests.routing.reset_server import reset_server
from tests.support.mock_openai import MockOpenAI, Scripted, chat_chunks
from tests.support.servers import free_port, serve

BOOM = {"error": {"message": "boom", "code": "server_error"}}


def post(url: str, body: dict) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", json={"model": "g", **body}, timeout=15)


def two_deployments(upstream: str, **group: object) -> dict:
    return {"g": {"deployments": [deployment("a"), deployment("b")], **group}}


def test_503_is_retried_on_the_same_deployment(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=503, body=BOOM))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream)))
    response = post(url, chat())
    assert response.status_code == 200
    assert mock.models == ["up-a", "up-a"]
    assert response.headers["x-hushgate-deployment"] == "a"
    assert response.headers["x-hushgate-attempts"] == "2"


def test_500_fails_over_to_the_next_deployment_instead_of_retrying(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=500, body=BOOM))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream)))
    response = post(url, chat())
    assert response.status_code == 200
    assert mock.models == ["up-a", "up-b"]
    assert response.headers["x-hushgate-deployment"] == "b"


def test_failing_group_falls_back_to_its_fallback_group(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", *[Scripted(status=500, body=BOOM)] * 3)
    models = {
        "g": {"deployments": [deployment("a")], "fallbacks": ["backup"]},
        "backup": {"deployments": [deployment("spare")]},
    }
    url = gateway_factory(gateway_config(upstream, models))
    response = post(url, chat())
    assert response.status_code == 200
    assert response.headers["x-hushgate-deployment"] == "spare"
    assert mock.models[-1] == "up-spare"


def test_attempts_header_counts_retries_and_failovers(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=503, body=BOOM), Scripted(status=503, body=BOOM))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream), routing={"retry": {"max_retries": 1}}))
    response = post(url, chat())
    assert mock.models == ["up-a", "up-a", "up-b"]
    assert response.headers["x-hushgate-attempts"] == "3"


def test_429_retry_after_is_honoured_before_retrying(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=429, body=BOOM, headers={"retry-after": "1"}))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream)))
    response = post(url, chat())
    assert response.status_code == 200
    first, second = mock.received
    assert second.json["model"] == "up-a"
    assert second.at - first.at >= 1.0


def test_429_retry_after_over_the_cap_fails_over_without_waiting(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=429, body=BOOM, headers={"retry-after": "60"}))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream)))
    response = post(url, chat())
    assert response.status_code == 200
    assert mock.models == ["up-a", "up-b"]


def test_exhausted_retry_budget_fails_over_instead_of_retrying(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=503, body=BOOM))
    routing = {"retry": {"budget_ratio": 0, "budget_min_retries": 0}}
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream), routing=routing))
    assert post(url, chat()).status_code == 200
    assert mock.models == ["up-a", "up-b"]


def test_slow_first_byte_times_out_and_falls_back(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(delay_s=1))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream), routing={"response_timeout_s": 0.2}))
    response = post(url, chat())
    assert response.status_code == 200
    assert response.headers["x-hushgate-deployment"] == "b"


def test_slow_first_chunk_of_a_stream_times_out_and_falls_back(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(chunk_delay_s=1))  # headers at once, first chunk late
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream), routing={"first_byte_timeout_s": 0.2}))
    response = post(url, chat(stream=True))
    assert response.headers["x-hushgate-deployment"] == "b"
    assert "Hello" in response.text and "error" not in response.text


def test_deadline_bounds_the_whole_request(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(delay_s=1))
    mock.then_for("up-b", Scripted(delay_s=1))
    routing = {"deadline_s": 0.3, "response_timeout_s": 0.8}
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream), routing=routing))
    response = post(url, chat())
    assert response.status_code == 504
    assert mock.models == ["up-a"]  # the deadline ran out on the first attempt


def test_refused_connection_falls_back_to_a_reachable_deployment(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    models = {"g": {"deployments": [deployment("dead", provider="gone"), deployment("b")]}}
    url = gateway_factory(gateway_config(upstream, models, extra_providers={"gone": f"http://127.0.0.1:{free_port()}"}))
    response = post(url, chat())
    assert response.status_code == 200
    assert response.headers["x-hushgate-deployment"] == "b"


def test_upstream_that_goes_away_is_failed_over(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    flaky = MockOpenAI()
    server = serve(flaky.app)
    flaky_url = server.__enter__()
    models = {"g": {"deployments": [deployment("a", provider="flaky"), deployment("b")]}}
    url = gateway_factory(gateway_config(upstream, models, extra_providers={"flaky": flaky_url}))
    assert post(url, chat()).headers["x-hushgate-deployment"] == "a"
    server.__exit__(None, None, None)
    response = post(url, chat())
    assert response.status_code == 200
    assert response.headers["x-hushgate-deployment"] == "b"


def test_stream_broken_before_its_first_chunk_fails_over(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(truncate_after=0))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream), routing={"retry": {"max_retries": 0}}))
    response = post(url, chat(stream=True))
    assert mock.models == ["up-a", "up-b"]
    assert response.headers["x-hushgate-deployment"] == "b"
    assert "error" not in response.text


def test_truncated_stream_ends_with_a_clean_error_event_and_no_retry(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(chunks=chat_chunks(["one", " two", " three"]), truncate_after=2))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream)))
    response = post(url, chat(stream=True))
    events = [line[6:] for line in response.text.splitlines() if line.startswith("data: ")]
    assert orjson.loads(events[-1])["error"]["code"] == "upstream_stream_interrupted"
    assert sum('"one"' in e for e in events) == 1  # no replay, no duplicated text
    assert mock.models == ["up-a"]


def test_client_error_from_upstream_is_neither_retried_nor_failed_over(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(status=400, body={"error": {"message": "bad", "code": "invalid_value"}}))
    url = gateway_factory(gateway_config(upstream, two_deployments(upstream)))
    response = post(url, chat())
    assert response.status_code == 400
    assert mock.models == ["up-a"]


def test_breaker_opens_then_skips_the_failing_deployment(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    port = free_port()
    models = {"g": {"deployments": [deployment("a", provider="down"), deployment("b")]}}
    routing = {"breaker": {"failure_threshold": 2}, "retry": {"max_retries": 0}}
    url = gateway_factory(gateway_config(upstream, models, routing=routing, extra_providers={"down": f"http://127.0.0.1:{port}"}))
    assert [post(url, chat()).headers["x-hushgate-attempts"] for _ in range(3)] == ["2", "2", "1"]


def test_breaker_half_opens_after_cooldown_and_closes_on_a_successful_probe(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    port = free_port()
    models = {"g": {"deployments": [deployment("a", provider="down"), deployment("b")]}}
    routing = {"breaker": {"failure_threshold": 1, "cooldown_s": 0.3}, "retry": {"max_retries": 0}}
    url = gateway_factory(gateway_config(upstream, models, routing=routing, extra_providers={"down": f"http://127.0.0.1:{port}"}))
    post(url, chat())  # opens the breaker on "a"
    assert post(url, chat()).headers["x-hushgate-attempts"] == "1"  # skipped while open
    revived = MockOpenAI()
    with serve(revived.app, port=port):
        time.sleep(0.35)  # past the cool-down: the next request probes "a"
        assert post(url, chat()).headers["x-hushgate-deployment"] == "a"
        assert post(url, chat()).headers["x-hushgate-deployment"] == "a"  # closed again
    assert len(revived.received) == 2


def test_every_deployment_open_fails_fast_with_503_and_retry_after(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    models = {"g": {"deployments": [deployment("a", provider="down")]}}
    routing = {"breaker": {"failure_threshold": 1, "cooldown_s": 30}, "retry": {"max_retries": 0}}
    url = gateway_factory(gateway_config(upstream, models, routing=routing, extra_providers={"down": f"http://127.0.0.1:{free_port()}"}))
    assert post(url, chat()).status_code == 502
    response = post(url, chat())
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "circuit_open"
    assert 1 <= int(response.headers["retry-after"]) <= 30


def test_no_capable_deployment_is_a_clear_400_over_http(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    models = {"g": {"deployments": [deployment("a", capabilities={"streaming": False})]}}
    url = gateway_factory(gateway_config(upstream, models))
    response = post(url, chat(stream=True))
    assert response.status_code == 400
    assert "streaming" in response.json()["error"]["message"]
    assert mock.received == []


def test_retries_stay_within_the_budget_when_half_the_answers_fail(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    requests = 30
    mock.then_for("up-a", *[Scripted(status=503, body=BOOM), Scripted()] * requests)
    models = {"g": {"deployments": [deployment("a")]}}
    url = gateway_factory(gateway_config(upstream, models, routing={"retry": {"budget_ratio": 0.2, "budget_min_retries": 3}}))
    for _ in range(requests):
        post(url, chat())
    retries = len(mock.received) - requests
    assert 0 < retries <= max(3, 0.2 * requests)


def test_breaker_transitions_are_logged_by_deployment_name_only(log_stream, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    port = free_port()
    models = {"g": {"deployments": [deployment("a", provider="down"), deployment("b")]}}
    routing = {"breaker": {"failure_threshold": 1, "cooldown_s": 0.2}, "retry": {"max_retries": 0}}
    url = gateway_factory(gateway_config(upstream, models, routing=routing, extra_providers={"down": f"http://127.0.0.1:{port}"}))
    post(url, chat(content="secret-canary-4411"))
    with serve(MockOpenAI().app, port=port):
        time.sleep(0.25)
        post(url, chat())
    events = [orjson.loads(line) for line in log_stream.getvalue().splitlines() if b"circuit_" in line]
    assert [(e["event"], e["deployment"]) for e in events] == [("circuit_opened", "a"), ("circuit_closed", "a")]
    assert b"secret-canary-4411" not in log_stream.getvalue()


def test_latency_strategy_moves_away_from_a_deployment_that_timed_out(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then_for("up-a", Scripted(delay_s=0.6))
    models = {"g": {"deployments": [deployment("a"), deployment("b")], "strategy": "latency"}}
    url = gateway_factory(gateway_config(upstream, models, routing={"response_timeout_s": 0.2}))
    # Both unmeasured: config order, "a" first; it times out, "b" serves.
    assert post(url, chat()).headers["x-hushgate-deployment"] == "b"
    assert post(url, chat()).headers["x-hushgate-deployment"] == "b"
    assert mock.models == ["up-a", "up-b", "up-b"]


def test_reset_connections_are_retried_then_failed_over(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    with reset_server() as resetting:
        models = {"g": {"deployments": [deployment("a", provider="rst"), deployment("b")]}}
        url = gateway_factory(gateway_config(upstream, models, extra_providers={"rst": resetting.url}))
        response = post(url, chat(stream=True))
        assert response.status_code == 200
        assert response.headers["x-hushgate-deployment"] == "b"
        assert resetting.connections == 3  # first try and the two retries connect errors get (SEC-61)
