"""The Responses endpoint served by non-OpenAI deployments: the canonical chat body is the only contract."""

from __future__ import annotations

import openai
import pytest

from tests.providers.test_bedrock_provider import bedrock, bedrock_config  # noqa: F401 - fixture
from tests.providers.test_gemini_provider import gemini, gemini_config  # noqa: F401 - fixture
from tests.support.mock_bedrock import event
from tests.support.mock_gemini import Scripted, gemini_response

LOOKUP = {"type": "function", "name": "lookup", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}


def client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)


def test_gemini_function_call_comes_back_as_function_call_item(gateway_factory, gemini):  # noqa: F811
    mock, upstream = gemini
    mock.then(Scripted(body=gemini_response({"functionCall": {"name": "lookup", "args": {"city": "Oslo"}}})))
    response = client(gateway_factory(gemini_config(upstream))).responses.create(model="flash", input="Weather?", tools=[LOOKUP])
    item = response.output[0]
    assert (item.type, item.name, item.arguments) == ("function_call", "lookup", '{"city":"Oslo"}')
    assert mock.last.json["tools"][0]["functionDeclarations"][0]["name"] == "lookup"


def test_function_call_output_reaches_gemini_as_function_response(gateway_factory, gemini):  # noqa: F811
    mock, upstream = gemini
    client(gateway_factory(gemini_config(upstream))).responses.create(
        model="flash",
        instructions="Be brief.",
        input=[
            {"role": "user", "content": "Weather?"},
            {"type": "function_call", "call_id": "call_g1", "name": "lookup", "arguments": '{"city": "Oslo"}'},
            {"type": "function_call_output", "call_id": "call_g1", "output": "rain"},
        ],
        tools=[LOOKUP],
    )
    sent = mock.last.json
    assert sent["systemInstruction"] == {"parts": [{"text": "Be brief."}]}
    assert sent["contents"][2] == {"role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"content": "rain"}}}]}


@pytest.mark.parametrize("split", [False, True])
def test_bedrock_stream_becomes_responses_events(gateway_factory, bedrock, split):  # noqa: F811
    mock, upstream = bedrock
    frames = [
        event("messageStart", {"role": "assistant"}),
        event("contentBlockStart", {"contentBlockIndex": 0, "start": {"toolUse": {"toolUseId": "tooluse_r1", "name": "lookup"}}}),
        event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"toolUse": {"input": '{"city": "Lyon"}'}}}),
        event("contentBlockStop", {"contentBlockIndex": 0}),
        event("messageStop", {"stopReason": "tool_use"}),
        event("metadata", {"usage": {"inputTokens": 5, "outputTokens": 3, "totalTokens": 8}}),
    ]
    whole = b"".join(frames)
    mock.then(Scripted(chunks=[whole[i : i + 5] for i in range(0, len(whole), 5)] if split else frames))
    events = list(client(gateway_factory(bedrock_config(upstream))).responses.create(model="claude", input="Weather?", tools=[LOOKUP], stream=True))
    final = events[-1].response
    assert events[-1].type == "response.completed"
    assert (final.output[0].call_id, final.output[0].arguments) == ("tooluse_r1", '{"city": "Lyon"}')
    assert final.usage.total_tokens == 8
