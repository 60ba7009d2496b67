"""What of an upstream's error reaches the client: a status and a safe code, nothing else."""

from __future__ import annotations

import httpx
import pytest

from hushgate.providers.base import safe_error_code
from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks


@pytest.mark.parametrize("code", ["context_length_exceeded", "DeploymentNotFound", "429", "invalid_request_error"])
def test_plain_machine_codes_are_kept(code):
    assert safe_error_code({"error": {"code": code}}) == code


@pytest.mark.parametrize("code", ["536-22-8437", "MRN7734512", "4111111111111111", "has space", "x" * 65])
def test_codes_that_could_carry_an_identifier_are_dropped(code):
    assert safe_error_code({"error": {"code": code}}) is None


def test_vllm_style_error_event_ends_the_stream_with_an_error(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["Hello"])[:2] + [{"object": "error", "message": "boom", "type": "BadRequestError", "code": 400}]
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "stream": True, "messages": [{"role": "user", "content": "hi"}]})
    assert b"upstream_stream_interrupted" in response.content
    assert b"boom" not in response.content and b"[DONE]" not in response.content
