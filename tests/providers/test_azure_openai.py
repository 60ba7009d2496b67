"""The azure_openai adapter against a mock Azure OpenAI resource."""

from __future__ import annotations

import openai
import pytest

from tests.support.mock_azure import LEAKY_MESSAGE, MockAzure, Scripted, content_filter_error
from tests.support.servers import serve


@pytest.fixture
def azure(monkeypatch):
    monkeypatch.setenv("AZURE_TEST_KEY", "azure-secret-key-123")
    mock = MockAzure()
    with serve(mock.app) as url:
        yield mock, url


def azure_config(url: str, *, deployment: str = "gpt-4o-prod", api_version: str = "2024-10-21") -> dict:
    return {
        "server": {"auth": {"mode": "disabled"}},
        "providers": {
            "az": {
                "type": "azure_openai",
                "base_url": url,
                "api_key_env": "AZURE_TEST_KEY",
                "options": {"api_version": api_version},
                "timeouts": {"connect": 2, "read": 5, "pool": 2, "total": 10},
            }
        },
        "models": {"gpt-4o": {"deployments": [{"provider": "az", "model": deployment, "tags": ["baa"]}]}},
    }


def client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)


def ask(url: str, **kwargs):
    return client(url).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}], **kwargs)


def test_request_goes_to_the_deployment_url_with_api_version(gateway_factory, azure):
    mock, upstream = azure
    ask(gateway_factory(azure_config(upstream, api_version="2025-01-01-preview")))
    assert mock.last.path == "/openai/deployments/gpt-4o-prod/chat/completions"
    assert mock.queries[-1] == {"api-version": "2025-01-01-preview"}


def test_key_travels_in_api_key_header_not_authorization(gateway_factory, azure):
    mock, upstream = azure
    ask(gateway_factory(azure_config(upstream)))
    assert mock.last.headers["api-key"] == "azure-secret-key-123"
    assert "authorization" not in mock.last.headers


def test_body_is_the_openai_chat_body(gateway_factory, azure):
    mock, upstream = azure
    ask(gateway_factory(azure_config(upstream)), temperature=0.5)
    assert mock.last.json["messages"] == [{"role": "user", "content": "Hi"}]
    assert mock.last.json["temperature"] == 0.5


def test_content_filter_results_pass_through_to_the_client(gateway_factory, azure):
    mock, upstream = azure
    reply = ask(gateway_factory(azure_config(upstream)))
    assert reply.choices[0].message.content == "Hello from Azure."
    assert reply.choices[0].model_extra["content_filter_results"]["violence"]["filtered"] is False
    assert reply.model_extra["prompt_filter_results"][0]["prompt_index"] == 0


def test_stream_is_forwarded_including_the_prompt_filter_chunk(gateway_factory, azure):
    mock, upstream = azure
    chunks = list(ask(gateway_factory(azure_config(upstream)), stream=True))
    assert chunks[0].choices == [] and chunks[0].model_extra["prompt_filter_results"]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Hello from Azure."


def test_content_filter_400_maps_to_code_without_the_upstream_message(gateway_factory, azure):
    mock, upstream = azure
    mock.then(Scripted(status=400, body=content_filter_error()))
    with pytest.raises(openai.BadRequestError) as info:
        ask(gateway_factory(azure_config(upstream)))
    assert info.value.body["code"] == "content_filter"
    assert "SECRET-PROMPT-TEXT" not in info.value.response.text and LEAKY_MESSAGE not in info.value.response.text


def test_unknown_deployment_maps_to_deployment_not_found(gateway_factory, azure):
    mock, upstream = azure
    with pytest.raises(openai.NotFoundError) as info:
        ask(gateway_factory(azure_config(upstream, deployment="missing")))
    assert info.value.body["code"] == "DeploymentNotFound"


def test_azure_429_keeps_retry_after(gateway_factory, azure):
    mock, upstream = azure
    mock.then(Scripted(status=429, body={"error": {"code": "429", "message": "Rate limit reached."}}, headers={"retry-after": "7"}))
    with pytest.raises(openai.RateLimitError) as info:
        ask(gateway_factory(azure_config(upstream)))
    assert info.value.response.headers["retry-after"] == "7"


def test_v1_api_puts_the_deployment_in_the_body_and_drops_api_version(gateway_factory, azure):
    mock, upstream = azure
    reply = ask(gateway_factory(azure_config(upstream, api_version="v1")))
    assert mock.last.path == "/openai/v1/chat/completions" and mock.queries[-1] == {}
    assert mock.last.json["model"] == "gpt-4o-prod"
    assert reply.choices[0].message.content == "Hello from Azure."


def test_embeddings_go_to_the_deployment_embeddings_url(gateway_factory, azure):
    mock, upstream = azure
    config = azure_config(upstream, deployment="embed-prod")
    config["models"] = {"embed": {"deployments": [{"provider": "az", "model": "embed-prod", "capabilities": {"embeddings": True}}]}}
    mock.deployments.add("embed-prod")
    result = client(gateway_factory(config)).embeddings.create(model="embed", input=["a", "b"])
    assert mock.last.path == "/openai/deployments/embed-prod/embeddings"
    assert len(result.data) == 2
