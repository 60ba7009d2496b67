"""The proxy routes' edge checks, now one pass over the headers, keep their order and meaning (issue 2).

Order: credential (401), routing-override header (400), content type (415),
declared size (413); the first header of a name counts, as with
``request.headers.get``. And the direct dispatch leaves other methods, paths
and errors to Starlette exactly as before.
"""

from __future__ import annotations

import httpx
import orjson

from hushgate.auth import KeyStore
from tests.conftest import TEST_SECRET, upstream_config

BODY = orjson.dumps({"model": "gpt-test", "messages": [{"role": "user", "content": "Hi"}]})


def keyed(gateway_factory, mock_openai, tmp_path):
    keys = KeyStore(tmp_path / "keys.json", TEST_SECRET)
    key, _ = keys.create("app")
    url = gateway_factory(upstream_config(mock_openai[1], auth="keys", keys_file=keys.path))
    return url + "/v1/chat/completions", key


def post(url, headers, body=BODY):
    return httpx.post(url, content=body, headers=headers)


def code_of(response):
    return response.json()["error"]["code"]


def test_a_bad_credential_wins_over_every_other_problem(gateway_factory, mock_openai, tmp_path):
    url, _ = keyed(gateway_factory, mock_openai, tmp_path)
    response = post(url, {"authorization": "Bearer hg-wrong", "x-upstream-url": "http://evil", "content-type": "text/plain"})
    assert response.status_code == 401


def test_a_routing_header_wins_over_the_content_type(gateway_factory, mock_openai, tmp_path):
    url, key = keyed(gateway_factory, mock_openai, tmp_path)
    response = post(url, {"authorization": f"Bearer {key}", "X-Base-URL": "http://evil", "content-type": "text/plain"})
    assert response.status_code == 400
    assert code_of(response) == "forbidden_header"
    assert response.json()["error"]["param"] == "x-base-url"
    assert mock_openai[0].received == []


def test_content_type_is_checked_case_insensitively_and_before_the_size(gateway_factory, mock_openai, tmp_path):
    url, key = keyed(gateway_factory, mock_openai, tmp_path)
    auth = {"authorization": f"Bearer {key}"}
    assert post(url, {**auth, "content-type": "Application/JSON; charset=utf-8"}).status_code == 200
    assert post(url, {**auth, "content-type": "text/plain"}).status_code == 415
    assert post(url, {**auth}, body=b"").status_code == 415  # no content type at all


def test_the_first_authorization_header_is_the_one_that_counts(gateway_factory, mock_openai, tmp_path):
    url, key = keyed(gateway_factory, mock_openai, tmp_path)
    good, bad = ("authorization", f"Bearer {key}"), ("authorization", "Bearer hg-wrong")
    json = ("content-type", "application/json")
    assert httpx.post(url, content=BODY, headers=[good, bad, json]).status_code == 200
    assert httpx.post(url, content=BODY, headers=[bad, good, json]).status_code == 401


def test_an_x_api_key_is_accepted_when_there_is_no_authorization_header(gateway_factory, mock_openai, tmp_path):
    url, key = keyed(gateway_factory, mock_openai, tmp_path)
    assert post(url, {"x-api-key": key, "content-type": "application/json"}).status_code == 200
    assert post(url, {"x-api-key": "hg-wrong", "content-type": "application/json"}).status_code == 401


def test_a_declared_size_over_the_limit_is_refused_after_the_content_type(gateway_factory, mock_openai, tmp_path):
    keys = KeyStore(tmp_path / "keys.json", TEST_SECRET)
    key, _ = keys.create("app")
    config = upstream_config(mock_openai[1], auth="keys", keys_file=keys.path)
    config["server"]["max_body_bytes"] = 1024
    url = gateway_factory(config) + "/v1/chat/completions"
    auth = {"authorization": f"Bearer {key}"}
    assert post(url, {**auth, "content-type": "text/plain"}).status_code == 415
    big = orjson.dumps({"model": "gpt-test", "messages": [{"role": "user", "content": "x" * 2048}]})
    response = post(url, {**auth, "content-type": "application/json"}, body=big)
    assert response.status_code == 413
    assert code_of(response) == "request_too_large"


def test_other_methods_and_paths_still_go_through_starlette(gateway_factory, mock_openai, tmp_path):
    url, key = keyed(gateway_factory, mock_openai, tmp_path)
    wrong_method = httpx.get(url, headers={"authorization": f"Bearer {key}"})
    assert wrong_method.status_code == 405
    assert code_of(wrong_method) == "method_not_allowed"
    unknown = httpx.post(url.replace("/chat/completions", "/chat/completion"), content=BODY)
    assert unknown.status_code == 404
    assert code_of(unknown) == "unknown_url"
