"""The bedrock adapter against a mock Bedrock runtime that verifies SigV4."""

from __future__ import annotations

import logging

import openai
import pytest

from hushgate.config import ProviderConfig
from hushgate.providers import build_provider

from tests.support.mock_bedrock import (
    LEAKY_MESSAGE,
    TEST_ACCESS_KEY,
    TEST_SECRET_KEY,
    TEST_SESSION_TOKEN,
    MockBedrock,
    Scripted,
    converse_response,
    event,
    exception,
    stream_events,
)
from tests.support.servers import serve

INFERENCE_PROFILE = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4"


@pytest.fixture
def bedrock(monkeypatch):
    monkeypatch.setenv("TEST_AWS_KEY_ID", TEST_ACCESS_KEY)
    monkeypatch.setenv("TEST_AWS_SECRET", TEST_SECRET_KEY)
    monkeypatch.setenv("TEST_AWS_TOKEN", TEST_SESSION_TOKEN)
    mock = MockBedrock(region="eu-west-3")
    with serve(mock.app) as url:
        yield mock, url


def bedrock_config(url: str, *, model: str = "anthropic.claude-3-haiku-20240307-v1:0", region: str = "eu-west-3") -> dict:
    options = {"region": region, "access_key_id_env": "TEST_AWS_KEY_ID", "secret_access_key_env": "TEST_AWS_SECRET", "session_token_env": "TEST_AWS_TOKEN"}
    return {
        "server": {"auth": {"mode": "disabled"}},
        "providers": {"br": {"type": "bedrock", "base_url": url, "options": options, "timeouts": {"connect": 2, "read": 5, "pool": 2, "total": 10}}},
        "models": {"claude": {"deployments": [{"provider": "br", "model": model, "tags": ["baa"]}]}},
    }


def ask(url: str, **kwargs):
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)
    return client.chat.completions.create(model="claude", messages=[{"role": "user", "content": "Hi"}], **kwargs)


def test_request_is_sigv4_signed_for_bedrock_in_the_configured_region(gateway_factory, bedrock):
    mock, upstream = bedrock
    ask(gateway_factory(bedrock_config(upstream)))  # the mock answers 403 unless the signature recomputes
    authorization = mock.last.headers["authorization"]
    assert authorization.startswith(f"AWS4-HMAC-SHA256 Credential={TEST_ACCESS_KEY}/")
    assert "/eu-west-3/bedrock/aws4_request" in authorization
    assert mock.last.headers["x-amz-security-token"] == TEST_SESSION_TOKEN


def test_signature_for_another_region_is_rejected_as_403(gateway_factory, bedrock):
    mock, upstream = bedrock
    with pytest.raises(openai.PermissionDeniedError) as info:
        ask(gateway_factory(bedrock_config(upstream, region="us-east-1")))
    assert info.value.body["code"] == "UnrecognizedClientException"


def test_model_id_with_colons_is_percent_encoded_in_the_path_and_signed(gateway_factory, bedrock):
    mock, upstream = bedrock
    ask(gateway_factory(bedrock_config(upstream, model=INFERENCE_PROFILE)))
    assert mock.raw_paths[-1] == "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-sonnet-4/converse"


def test_body_is_a_converse_request(gateway_factory, bedrock):
    mock, upstream = bedrock
    ask(gateway_factory(bedrock_config(upstream)), max_tokens=30)
    assert mock.last.path == "/model/anthropic.claude-3-haiku-20240307-v1:0/converse"
    assert mock.last.json == {"messages": [{"role": "user", "content": [{"text": "Hi"}]}], "inferenceConfig": {"maxTokens": 30}}


def test_answer_is_an_openai_chat_completion(gateway_factory, bedrock):
    mock, upstream = bedrock
    reply = ask(gateway_factory(bedrock_config(upstream)))
    assert reply.choices[0].message.content == "Hello from Bedrock."
    assert reply.usage.total_tokens == 16


def test_tool_use_answer_reaches_the_client_as_tool_call(gateway_factory, bedrock):
    mock, upstream = bedrock
    block = {"toolUse": {"toolUseId": "tooluse_abc", "name": "lookup", "input": {"city": "Lyon"}}}
    mock.then(Scripted(body=converse_response(block, stop_reason="tool_use")))
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    reply = ask(gateway_factory(bedrock_config(upstream)), tools=tools)
    assert reply.choices[0].message.tool_calls[0].id == "tooluse_abc"
    assert reply.choices[0].finish_reason == "tool_calls"


def test_event_stream_frames_arrive_as_chat_chunks(gateway_factory, bedrock):
    mock, upstream = bedrock
    chunks = list(ask(gateway_factory(bedrock_config(upstream)), stream=True, stream_options={"include_usage": True}))
    assert mock.last.path.endswith("/converse-stream")
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Hello from Bedrock."
    assert chunks[-1].usage.total_tokens == 15


def test_frames_split_across_reads_still_decode(gateway_factory, bedrock):
    mock, upstream = bedrock
    whole = b"".join(event(t, p) for t, p in stream_events(["split", " frames"]))
    mock.then(Scripted(chunks=[whole[i : i + 7] for i in range(0, len(whole), 7)]))
    chunks = list(ask(gateway_factory(bedrock_config(upstream)), stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "split frames"


def test_exception_frame_mid_stream_ends_with_an_error_event(gateway_factory, bedrock):
    mock, upstream = bedrock
    frames = [event(t, p) for t, p in stream_events(["a"])[:2]] + [exception("throttlingException")]
    mock.then(Scripted(chunks=frames))
    with pytest.raises(openai.APIError) as info:
        list(ask(gateway_factory(bedrock_config(upstream)), stream=True))
    assert info.value.body["code"] == "upstream_stream_interrupted"


def test_corrupt_frame_crc_ends_with_an_error_event(gateway_factory, bedrock):
    mock, upstream = bedrock
    good = event("messageStart", {"role": "assistant"})
    bad = bytearray(event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "x"}}))
    bad[-1] ^= 0xFF
    mock.then(Scripted(chunks=[good, bytes(bad)]))
    with pytest.raises(openai.APIError) as info:
        list(ask(gateway_factory(bedrock_config(upstream)), stream=True))
    assert info.value.body["code"] == "upstream_stream_interrupted"


def test_validation_exception_maps_to_its_name_without_the_message(gateway_factory, bedrock):
    mock, upstream = bedrock
    mock.then(Scripted(status=400, body="ValidationException"))
    with pytest.raises(openai.BadRequestError) as info:
        ask(gateway_factory(bedrock_config(upstream)))
    assert info.value.body["code"] == "ValidationException"
    assert LEAKY_MESSAGE not in info.value.response.text


def test_throttling_maps_to_429_with_retry_after(gateway_factory, bedrock):
    mock, upstream = bedrock
    mock.then(Scripted(status=429, body="ThrottlingException", headers={"retry-after": "3"}))
    with pytest.raises(openai.RateLimitError) as info:
        ask(gateway_factory(bedrock_config(upstream)))
    assert info.value.body["code"] == "ThrottlingException"


def test_missing_region_is_a_config_error_naming_the_option(bedrock):
    mock, upstream = bedrock
    config = bedrock_config(upstream)["providers"]["br"]
    del config["options"]["region"]
    with pytest.raises(ValueError, match=r"providers\.br\.options\.region"):
        build_provider("br", ProviderConfig(**config))


def test_access_key_pasted_into_the_config_is_refused(bedrock):
    mock, upstream = bedrock
    config = bedrock_config(upstream)["providers"]["br"]
    config["options"]["access_key_id_env"] = TEST_ACCESS_KEY.replace("AKID", "AKIA")
    with pytest.raises(ValueError, match="NAME of an environment variable"):
        build_provider("br", ProviderConfig(**config))


def test_session_token_never_reaches_debug_logs(gateway_factory, bedrock, caplog):
    mock, upstream = bedrock
    caplog.set_level(logging.DEBUG)
    ask(gateway_factory(bedrock_config(upstream)))
    assert mock.received and TEST_SESSION_TOKEN not in caplog.text
