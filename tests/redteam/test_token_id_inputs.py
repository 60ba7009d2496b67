"""Token-id arrays are text the detectors cannot read: refused, never forwarded."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import upstream_config

# cl100k ids for "SSN 536-22-8472": any tokenizer turns them back into text.
TOKENS = [1242, 45, 220, 21600, 12, 1313, 12, 25890, 17]

CASES = {
    "completions_prompt_ids": ("/v1/completions", "gpt-test", {"prompt": TOKENS}),
    "completions_prompt_id_lists": ("/v1/completions", "gpt-test", {"prompt": [TOKENS]}),
    "embeddings_input_ids": ("/v1/embeddings", "embed-test", {"input": TOKENS}),
    "embeddings_input_id_lists": ("/v1/embeddings", "embed-test", {"input": [TOKENS, TOKENS]}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_token_id_input_is_refused_and_not_forwarded(case, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    path, model, body = CASES[case]
    response = httpx.post(url + path, json={"model": model, **body})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_content"
    assert not mock.received


def test_list_of_strings_still_accepted(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    response = httpx.post(url + "/v1/embeddings", json={"model": "embed-test", "input": ["a", "b"]})
    assert response.status_code == 200 and mock.received
