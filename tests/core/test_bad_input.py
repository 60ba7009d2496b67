"""Bad input gets a precise OpenAI-style error, never a 500, never the prompt."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import upstream_config

CANARY = "canary-7f3a9c-Jane-Roe-078-05-1120"


@pytest.fixture
def url(gateway_factory, mock_openai):
    _, upstream = mock_openai
    return gateway_factory(upstream_config(upstream))


def post(url: str, content: bytes | str, content_type: str = "application/json", path: str = "/v1/chat/completions") -> httpx.Response:
    return httpx.post(url + path, content=content, headers={"content-type": content_type})


def assert_error(response: httpx.Response, status: int, code: str | None = None, param: str | None = None) -> dict:
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    if code is not None:
        assert error["code"] == code
    if param is not None:
        assert error["param"] == param
    assert CANARY not in response.text
    assert "Traceback" not in response.text
    return error


def test_non_json_body_is_400(url):
    assert_error(post(url, "{not json " + CANARY), 400, "invalid_json")


def test_json_array_body_is_400(url):
    assert_error(post(url, f'["{CANARY}"]'), 400, "invalid_json")


def test_wrong_content_type_is_415(url):
    assert_error(post(url, '{"model": "gpt-test"}', "text/plain"), 415, "unsupported_media_type")


def test_body_over_limit_is_413(gateway_factory, mock_openai):
    _, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream) | {"server": {"auth": {"mode": "disabled"}, "max_body_bytes": 2048}})
    body = '{"model":"gpt-test","messages":[{"role":"user","content":"' + CANARY * 100 + '"}]}'
    assert_error(post(url, body), 413, "request_too_large")


def test_missing_model_names_param(url):
    assert_error(post(url, '{"messages": [{"role": "user", "content": "x"}]}'), 400, "missing_required_parameter", "model")


def test_missing_messages_names_param(url):
    assert_error(post(url, '{"model": "gpt-test"}'), 400, "missing_required_parameter", "messages")


def test_mistyped_message_role_names_param(url):
    body = f'{{"model": "gpt-test", "messages": [{{"role": "user", "content": "{CANARY}"}}, {{"role": 5}}]}}'
    assert_error(post(url, body), 400, "invalid_value", "messages[1].role")


def test_mistyped_content_names_param(url):
    assert_error(post(url, '{"model": "gpt-test", "messages": [{"role": "user", "content": 5}]}'), 400, "invalid_type", "messages[0].content")


def test_boolean_is_not_a_number(url):
    body = '{"model": "gpt-test", "max_tokens": true, "messages": [{"role": "user", "content": "x"}]}'
    assert_error(post(url, body), 400, "invalid_type", "max_tokens")


def test_unknown_content_part_type_is_refused_not_forwarded(url, mock_openai):
    mock, _ = mock_openai
    body = f'{{"model": "gpt-test", "messages": [{{"role": "user", "content": [{{"type": "mystery", "data": "{CANARY}"}}]}}]}}'
    assert_error(post(url, body), 400, "unsupported_content", "messages[0].content[0].type")
    assert mock.received == []


def test_unknown_model_is_404_model_not_found(url):
    body = f'{{"model": "{CANARY}", "messages": [{{"role": "user", "content": "x"}}]}}'
    assert_error(post(url, body), 404, "model_not_found", "model")


def test_unknown_route_is_404(url):
    assert_error(httpx.get(url + "/v1/nothing-here"), 404, "unknown_url")


def test_wrong_method_is_405(url):
    assert_error(httpx.get(url + "/v1/chat/completions"), 405, "method_not_allowed")


def test_embeddings_missing_input_names_param(url):
    assert_error(post(url, '{"model": "embed-test"}', path="/v1/embeddings"), 400, "missing_required_parameter", "input")


def test_completions_missing_prompt_names_param(url):
    assert_error(post(url, '{"model": "gpt-test"}', path="/v1/completions"), 400, "missing_required_parameter", "prompt")


def test_deeply_nested_body_is_400_not_500(url):
    nested = '{"a":' * 300 + '"x"' + '}' * 300
    body = '{"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}], "metadata": ' + nested + '}'
    assert_error(post(url, body), 400, "unsupported_content")


def test_provider_side_storage_is_refused(url, mock_openai):
    body = '{"model": "gpt-test", "store": true, "messages": [{"role": "user", "content": "hi"}]}'
    assert_error(post(url, body), 400, "unsupported_parameter", "store")
    assert mock_openai[0].received == []
