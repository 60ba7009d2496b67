"""Position harness (SEC-10): a canary in every text-bearing field never reaches the upstream.

One canary SSN per request, placed in one position at a time, for chat
(streamed and not), completions and embeddings. The recording mock's raw body
must not contain it in any form the detector knows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from tests.policy.conftest import AUDIT_SIGNING_KEY
from tests.policy.e2e import mock_config, running

SSN = "219-09-9999"
TEXT = f"the SSN is {SSN} ok"
ARGS = orjson.dumps({"ssn": SSN, "nested": {"list": [f"note {TEXT}"]}}).decode()


def chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "public-gpt", "messages": list(messages), **extra}


POSITIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "system": ("chat", chat({"role": "system", "content": TEXT}, {"role": "user", "content": "hi"})),
    "developer": ("chat", chat({"role": "developer", "content": TEXT}, {"role": "user", "content": "hi"})),
    "user-string": ("chat", chat({"role": "user", "content": TEXT})),
    "user-text-part": ("chat", chat({"role": "user", "content": [{"type": "text", "text": TEXT}]})),
    "assistant-history": ("chat", chat({"role": "user", "content": "q"}, {"role": "assistant", "content": TEXT}, {"role": "user", "content": "and?"})),
    "assistant-refusal": ("chat", chat({"role": "assistant", "content": None, "refusal": TEXT}, {"role": "user", "content": "why"})),
    "tool-call-arguments": ("chat", chat({"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": ARGS}}]}, {"role": "tool", "tool_call_id": "c", "content": "done"})),
    "legacy-function-call": ("chat", chat({"role": "assistant", "content": None, "function_call": {"name": "f", "arguments": ARGS}}, {"role": "function", "name": "f", "content": "done"})),
    "tool-result": ("chat", chat({"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}, {"role": "tool", "tool_call_id": "c", "content": TEXT})),
    "tool-result-parts": ("chat", chat({"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}, {"role": "tool", "tool_call_id": "c", "content": [{"type": "text", "text": TEXT}]})),
    "tool-description": ("chat", chat({"role": "user", "content": "hi"}, tools=[{"type": "function", "function": {"name": "f", "description": TEXT, "parameters": {"type": "object"}}}])),
    "user-field": ("chat", chat({"role": "user", "content": "hi"}, user=f"ssn {SSN}")),
    "completions-prompt": ("completions", {"model": "public-gpt", "prompt": TEXT}),
    "completions-prompt-list": ("completions", {"model": "public-gpt", "prompt": ["a", TEXT]}),
    "embeddings-input": ("embeddings", {"model": "embed", "input": TEXT}),
    "embeddings-input-list": ("embeddings", {"model": "embed", "input": ["a", TEXT]}),
}  # fmt: skip
PATHS = {"chat": "/v1/chat/completions", "completions": "/v1/completions", "embeddings": "/v1/embeddings"}


@pytest.fixture(autouse=True)
def _upstream_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.support.mock_openai import MockOpenAI
    from tests.support.servers import serve

    mock = MockOpenAI()
    tmp = tmp_path_factory.mktemp("positions")
    mp = pytest.MonkeyPatch()
    mp.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    mp.setenv("HUSHGATE_AUDIT_SIGNING_KEY", AUDIT_SIGNING_KEY)  # module scope: before the autouse fixtures
    with serve(mock.app) as upstream, running(Path(tmp), mock_config(upstream)) as (url, _):
        yield url, mock
    mp.undo()


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("position", sorted(POSITIONS))
def test_canary_never_reaches_the_upstream(gateway, position: str, stream: bool) -> None:  # type: ignore[no-untyped-def]
    url, mock = gateway
    kind, body = POSITIONS[position]
    if stream and kind == "embeddings":
        pytest.skip("embeddings do not stream")
    body = {**body, "stream": True} if stream else body
    before = len(mock.received)
    with httpx.Client(timeout=10) as c:
        answer = c.post(url + PATHS[kind], json=body)
        assert answer.status_code == 200, answer.text
    assert len(mock.received) == before + 1
    raw = mock.received[-1].raw.decode()
    assert SSN not in raw and "219099999" not in raw
    assert "[REDACTED:US_SSN]" in raw


GAPS: dict[str, dict[str, Any]] = {
    "tool-parameter-schema": chat({"role": "user", "content": "hi"}, tools=[{"type": "function", "function": {
        "name": "f", "parameters": {"type": "object", "properties": {"x": {"type": "string", "description": TEXT}}}}}]),
    "response-format-schema": chat({"role": "user", "content": "hi"}, response_format={"type": "json_schema", "json_schema": {
        "name": "s", "schema": {"type": "object", "description": TEXT}}}),
}  # fmt: skip


@pytest.mark.parametrize("position", sorted(GAPS))
def test_canary_in_a_schema_never_reaches_the_upstream(gateway, position: str) -> None:  # type: ignore[no-untyped-def]
    url, mock = gateway
    with httpx.Client(timeout=10) as c:
        assert c.post(url + PATHS["chat"], json=GAPS[position]).status_code == 200
    assert SSN not in mock.received[-1].raw.decode()
