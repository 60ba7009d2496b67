"""Output scanning sees every piece of model text, not only content and tool arguments.

With ``output.new_pii: block`` (or ``redact``), an identifier the model
produced used to reach the client through reasoning text, audio
transcripts, annotations, tool names and logprobs tokens.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import yaml

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion

SSN = "536-22-8472"
ASK = {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}]}


def scanning_policy(tmp_path: Path, action: str) -> dict:
    doc = yaml.safe_load(Path("policies/default.yaml").read_text())
    for cls in doc["classes"]:
        cls["output"] = {"new_pii": action}
    path = tmp_path / "scan-output.yaml"
    path.write_text(yaml.safe_dump(doc))
    return {"file": str(path)}


ANSWERS = {
    "reasoning_content": {"message": {"reasoning_content": f"ssn {SSN}"}},
    "audio_transcript": {"message": {"audio": {"id": "a", "data": "", "transcript": f"ssn {SSN}", "expires_at": 0}}},
    "annotation_title": {"message": {"annotations": [{"type": "url_citation", "url_citation": {"title": f"ssn {SSN}", "url": "https://x.test"}}]}},
    "tool_call_name": {"message": {"tool_calls": [{"id": "c", "type": "function", "function": {"name": f"ssn {SSN}", "arguments": "{}"}}]}},
    "list_of_strings": {"message": {"citations": [f"ssn {SSN}"]}},
    "content_as_parts": {"message": {"content": [{"type": "text", "text": f"ssn {SSN}"}]}},
    "logprobs_tokens": {"choice": {"logprobs": {"content": [{"token": f"ssn {SSN}", "logprob": -0.1, "bytes": None, "top_logprobs": []}]}}},
}


@pytest.mark.parametrize("field", list(ANSWERS))
def test_new_identifier_in_answer_field_does_not_reach_the_client(field, tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    body = chat_completion("All fine.")
    body["choices"][0]["message"].update(ANSWERS[field].get("message", {}))
    body["choices"][0].update(ANSWERS[field].get("choice", {}))
    mock.then(Scripted(body=body))
    url = gateway_factory(upstream_config(upstream, policy=scanning_policy(tmp_path, "block")))
    response = httpx.post(url + "/v1/chat/completions", json=ASK)
    assert SSN not in response.text


def _stream(url: str) -> str:
    return httpx.post(url + "/v1/chat/completions", json={**ASK, "stream": True}).text


def test_new_identifier_in_streamed_reasoning_is_redacted_even_when_split(tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["ok"])
    for piece in reversed(["the ssn is 536-2", "2-8472 done"]):
        chunks.insert(1, {**chunks[1], "choices": [{"index": 0, "delta": {"reasoning_content": piece}, "finish_reason": None}]})
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream, policy=scanning_policy(tmp_path, "redact")))
    text = _stream(url)
    assert "8472" not in text and "REDACTED" in text


def test_streamed_logprobs_are_dropped_when_output_is_scanned(tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["ok"])
    logprobs = {"content": [{"token": f"ssn {SSN}", "logprob": 0, "bytes": None, "top_logprobs": []}]}
    chunks[1] = {**chunks[1], "choices": [{**chunks[1]["choices"][0], "logprobs": logprobs}]}
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream, policy=scanning_policy(tmp_path, "redact")))
    assert SSN not in _stream(url)


def test_logprobs_kept_when_output_is_not_scanned(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    body = chat_completion("All fine.")
    body["choices"][0]["logprobs"] = {"content": [{"token": "All", "logprob": -0.1, "bytes": None, "top_logprobs": []}]}
    mock.then(Scripted(body=body))
    url = gateway_factory(upstream_config(upstream))
    assert httpx.post(url + "/v1/chat/completions", json=ASK).json()["choices"][0]["logprobs"] is not None


def test_whole_message_inside_a_stream_chunk_is_scanned(tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["ok"])
    chunks.insert(1, {**chunks[1], "choices": [{"index": 0, "message": {"role": "assistant", "content": f"ssn {SSN}"}, "finish_reason": None}]})
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream, policy=scanning_policy(tmp_path, "redact")))
    assert SSN not in _stream(url)


def test_whole_message_inside_a_stream_chunk_is_restored(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["ok"])
    chunks.insert(1, {**chunks[1], "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi <PERSON_1>"}, "finish_reason": None}]})
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream))
    text = httpx.post(url + "/v1/chat/completions", json={**ASK, "stream": True, "messages": [{"role": "user", "content": "I am Maria Lopez from Boston."}]}).text
    assert "Hi Maria Lopez" in text


def test_extra_top_level_answer_field_is_scanned(tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    body = chat_completion("All fine.")
    body["citations"] = [f"ssn {SSN}"]
    mock.then(Scripted(body=body))
    url = gateway_factory(upstream_config(upstream, policy=scanning_policy(tmp_path, "block")))
    assert SSN not in httpx.post(url + "/v1/chat/completions", json=ASK).text


def test_extra_top_level_stream_field_is_scanned(tmp_path, gateway_factory, mock_openai):
    mock, upstream = mock_openai
    chunks = chat_chunks(["ok"])
    chunks[1] = {**chunks[1], "citations": [f"ssn {SSN}"]}
    mock.then(Scripted(chunks=chunks))
    url = gateway_factory(upstream_config(upstream, policy=scanning_policy(tmp_path, "redact")))
    assert SSN not in _stream(url)
