"""Clients cannot choose where data goes or with which credentials."""

from __future__ import annotations

import httpx
import pytest

from hushgate.wire.openai import ROUTING_OVERRIDE_FIELDS
from tests.conftest import upstream_config

ROUTES = [
    ("/v1/chat/completions", {"model": "gpt-test", "messages": [{"role": "user", "content": "x"}]}),
    ("/v1/completions", {"model": "gpt-test", "prompt": "x"}),
    ("/v1/embeddings", {"model": "embed-test", "input": "x"}),
]
ATTACKER = "http://127.0.0.1:9/steal"


@pytest.fixture
def url(gateway_factory, mock_openai):
    return gateway_factory(upstream_config(mock_openai[1]))


@pytest.mark.parametrize("path,body", ROUTES)
@pytest.mark.parametrize("field", ["api_base", "base_url", "api_key", "custom_llm_provider"])
def test_top_level_override_is_400_and_nothing_is_sent(url, mock_openai, path, body, field):
    response = httpx.post(url + path, json={**body, field: ATTACKER})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == field
    assert mock_openai[0].received == []


@pytest.mark.parametrize("path,body", ROUTES)
@pytest.mark.parametrize("field", ["api_base", "base_url", "api_key", "custom_llm_provider"])
def test_override_inside_metadata_is_400(url, mock_openai, path, body, field):
    response = httpx.post(url + path, json={**body, "metadata": {field: ATTACKER}})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == f"metadata.{field}"
    assert mock_openai[0].received == []


@pytest.mark.parametrize("header", ["x-api-base", "x-upstream-url", "x-base-url"])
def test_upstream_naming_header_is_400(url, mock_openai, header):
    path, body = ROUTES[0]
    response = httpx.post(url + path, json=body, headers={header: ATTACKER})
    assert response.status_code == 400
    assert mock_openai[0].received == []


def test_tool_schemas_may_use_such_names(url, mock_openai):
    path, body = ROUTES[0]
    tools = [{"type": "function", "function": {"name": "configure", "parameters": {"type": "object", "properties": {"base_url": {"type": "string"}, "api_key": {"type": "string"}}}}}]
    response = httpx.post(url + path, json={**body, "tools": tools})
    assert response.status_code == 200
    assert mock_openai[0].last.json["tools"] == tools


def test_the_refused_field_list_covers_the_known_attack_names():
    assert {"api_base", "base_url", "api_key", "custom_llm_provider"} <= ROUTING_OVERRIDE_FIELDS
