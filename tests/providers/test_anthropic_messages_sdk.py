"""POST /v1/messages with the official anthropic SDK, over the echo and an Anthropic mock deployment."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import anthropic
import pytest

from hushgate.auth import KeyStore
from tests.conftest import TEST_SECRET
from tests.support.mock_anthropic import MockAnthropic, Scripted, anthropic_config, error_body, message, message_events
from tests.support.servers import serve

HI = [{"role": "user", "content": "Hi"}]
TOOL = {"name": "lookup", "description": "Weather for a city", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}
CANARY = "canary-anthropic-inbound-91ab-Olive-Penn"


@pytest.fixture
def mock_anthropic() -> Iterator[tuple[MockAnthropic, str]]:
    mock = MockAnthropic()
    with serve(mock.app) as url:
        yield mock, url


@pytest.fixture
def gateway(gateway_factory, mock_anthropic) -> str:
    return gateway_factory(anthropic_config(mock_anthropic[1]))


def client(url: str, key: str = "unused") -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=url, api_key=key, max_retries=0, timeout=10)


def echoed(reply: anthropic.types.Message) -> list[dict]:
    """The echo provider answers with the canonical chat messages that would have left the network."""
    return json.loads(reply.content[0].text)


# --- over the echo deployment: what the canonical request looks like --------------


def test_system_and_messages_become_canonical_chat_messages(gateway):
    reply = client(gateway).messages.create(model="echo", max_tokens=64, system="Be brief.", messages=HI)
    assert echoed(reply) == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]


def test_reply_is_an_anthropic_message(gateway):
    reply = client(gateway).messages.create(model="echo", max_tokens=64, messages=HI)
    assert (reply.type, reply.role, reply.stop_reason) == ("message", "assistant", "end_turn")
    assert reply.id.startswith("msg_")
    assert reply.usage.input_tokens > 0 and reply.usage.output_tokens > 0


def test_tool_use_and_tool_result_history_become_tool_call_and_tool_messages(gateway):
    reply = client(gateway).messages.create(
        model="echo",
        max_tokens=64,
        tools=[TOOL],
        messages=[
            {"role": "user", "content": "Weather in Rome?"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01", "name": "lookup", "input": {"city": "Rome"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01", "content": "sunny"}]},
        ],
    )
    messages = echoed(reply)
    assert messages[1]["tool_calls"] == [{"id": "toolu_01", "type": "function", "function": {"name": "lookup", "arguments": '{"city":"Rome"}'}}]
    assert messages[2] == {"role": "tool", "tool_call_id": "toolu_01", "content": "sunny"}


def test_stream_delivers_text_in_pieces_that_add_up_to_the_whole_answer(gateway):
    whole = client(gateway).messages.create(model="echo", max_tokens=64, messages=HI).content[0].text
    with client(gateway).messages.stream(model="echo", max_tokens=64, messages=HI) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert len(pieces) > 1 and "".join(pieces) == whole
    assert final.content[0].text == whole and final.stop_reason == "end_turn"
    assert final.usage.output_tokens > 0


# --- over an Anthropic deployment: Anthropic in, Anthropic out --------------------


def test_upstream_receives_the_client_request_in_anthropic_form(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    client(gateway).messages.create(model="claude-test", max_tokens=64, system="Be brief.", messages=HI, stop_sequences=["END"])
    assert mock.last.json == {"model": "claude-upstream", "messages": HI, "system": "Be brief.", "max_tokens": 64, "stop_sequences": ["END"]}


def test_upstream_answer_reaches_the_client_with_its_usage(gateway):
    reply = client(gateway).messages.create(model="claude-test", max_tokens=64, messages=HI)
    assert reply.content[0].text == "Hello from Anthropic."
    assert (reply.id, reply.usage.input_tokens, reply.usage.output_tokens) == ("msg_mock1", 21, 7)


def test_tool_use_answer_reaches_the_client_as_tool_use_block(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(body=message(None, tool_uses=[{"id": "toolu_9", "name": "lookup", "input": {"city": "Oslo"}}])))
    reply = client(gateway).messages.create(model="claude-test", max_tokens=64, messages=HI, tools=[TOOL])
    block = reply.content[0]
    assert (block.type, block.id, block.name, block.input) == ("tool_use", "toolu_9", "lookup", {"city": "Oslo"})
    assert reply.stop_reason == "tool_use"


def test_stream_text_arrives_incrementally(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(events=message_events(["one", " two", " three"]), event_delay_s=0.15))
    arrivals, text = [], ""
    with client(gateway).messages.stream(model="claude-test", max_tokens=64, messages=HI) as stream:
        for piece in stream.text_stream:
            arrivals.append(time.monotonic())
            text += piece
    assert text == "one two three"
    assert arrivals[-1] - arrivals[0] > 0.2  # not collapsed into one chunk at the end


def test_streamed_tool_use_is_assembled_by_the_sdk(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(events=message_events(["Checking."], tool_uses=[("toolu_3", "lookup", ['{"city"', ': "Oslo"}'])])))
    with client(gateway).messages.stream(model="claude-test", max_tokens=64, messages=HI, tools=[TOOL]) as stream:
        final = stream.get_final_message()
    assert [b.type for b in final.content] == ["text", "tool_use"]
    assert (final.content[1].id, final.content[1].input) == ("toolu_3", {"city": "Oslo"})
    assert final.stop_reason == "tool_use" and final.usage.output_tokens == 7


# --- errors, as the SDK's exception types -----------------------------------------


def test_missing_max_tokens_is_a_bad_request_naming_the_field(gateway):
    with pytest.raises(anthropic.BadRequestError) as caught:
        client(gateway).post("/v1/messages", body={"model": "echo", "messages": HI}, cast_to=object)
    assert caught.value.body["type"] == "error"
    assert caught.value.body["error"]["type"] == "invalid_request_error"
    assert caught.value.body["error"]["message"].startswith("max_tokens:")


def test_unsupported_block_is_a_bad_request_naming_its_path(gateway):
    document = {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": CANARY}}
    with pytest.raises(anthropic.BadRequestError) as caught:
        client(gateway).messages.create(model="echo", max_tokens=64, messages=[{"role": "user", "content": [document]}])
    assert caught.value.body["error"]["message"].startswith("messages.0.content.0.type:")
    assert CANARY not in caught.value.response.text


def test_unknown_model_is_not_found(gateway):
    with pytest.raises(anthropic.NotFoundError) as caught:
        client(gateway).messages.create(model="no-such-model", max_tokens=64, messages=HI)
    assert caught.value.body["error"]["type"] == "not_found_error"


def test_upstream_400_quoting_the_prompt_is_a_bad_request_without_the_quote(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(400, error_body("invalid_request_error", f"bad value {CANARY}")))
    with pytest.raises(anthropic.BadRequestError) as caught:
        client(gateway).messages.create(model="claude-test", max_tokens=64, messages=[{"role": "user", "content": CANARY}])
    assert CANARY not in caught.value.response.text


def test_overloaded_upstream_is_a_server_error(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(529, error_body("overloaded_error", "Overloaded")))
    with pytest.raises(anthropic.InternalServerError) as caught:
        client(gateway).messages.create(model="claude-test", max_tokens=64, messages=HI)
    assert caught.value.body["error"]["type"] == "api_error"


def test_interrupted_stream_raises_from_an_error_event(gateway, mock_anthropic):
    mock, _ = mock_anthropic
    mock.then(Scripted(events=message_events(["partial", " text"]), truncate_after=5))
    with pytest.raises(anthropic.APIStatusError) as caught:
        with client(gateway).messages.stream(model="claude-test", max_tokens=64, messages=HI) as stream:
            list(stream.text_stream)
    assert caught.value.body["type"] == "error" and caught.value.body["error"]["type"] == "api_error"


def test_x_api_key_authenticates_and_a_wrong_key_is_an_authentication_error(gateway_factory, mock_anthropic, tmp_path):
    keys = KeyStore(tmp_path / "keys.json", TEST_SECRET)
    key, _ = keys.create("app")
    config = anthropic_config(mock_anthropic[1])
    config["server"]["auth"] = {"mode": "keys", "keys_file": str(keys.path)}
    url = gateway_factory(config)
    assert client(url, key).messages.create(model="echo", max_tokens=64, messages=HI).content
    with pytest.raises(anthropic.AuthenticationError) as caught:
        client(url, "hg-wrong").messages.create(model="echo", max_tokens=64, messages=HI)
    assert caught.value.body["error"]["type"] == "authentication_error"
