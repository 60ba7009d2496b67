"""Every text field of an Anthropic request is a canonical segment, so the policy stage redacts it.

Competitors forwarded ``tool_use.input`` unscanned (anchors (c) #1); here
it and ``tool_result`` content are segments like any message text.
"""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import pytest

from hushgate.translate.anthropic import chat_request_to_messages
from hushgate.wire.anthropic import AnthropicWire
from tests.support.mock_anthropic import MockAnthropic, Scripted, anthropic_config
from tests.support.servers import serve

EMAIL = "olive.penn@clinic-example.org"


def parse(**fields):
    body = {"model": "claude-x", "max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}], **fields}
    return AnthropicWire().parse(body, {})


def segments_by_kind(**fields) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for segment in parse(**fields).segments:
        out.setdefault(segment.kind, []).append(segment.text)
    return out


def history(tool_input: dict, result) -> list[dict]:
    return [
        {"role": "user", "content": "Look up the patient."},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01", "name": "find", "input": tool_input}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01", "content": result}]},
    ]


def test_system_string_is_a_system_segment():
    assert segments_by_kind(system="Patient SSN 219-09-9999")["system"] == ["Patient SSN 219-09-9999"]


def test_system_blocks_are_system_segments():
    assert segments_by_kind(system=[{"type": "text", "text": "A"}, {"type": "text", "text": "B"}])["system"] == ["A", "B"]


def test_text_blocks_are_message_segments():
    messages = [{"role": "user", "content": [{"type": "text", "text": "I am Olive Penn"}]}]
    assert segments_by_kind(messages=messages)["message"] == ["I am Olive Penn"]


def test_tool_use_input_string_values_are_tool_argument_segments_with_their_field_names():
    segments = [s for s in parse(messages=history({"email": EMAIL, "visit": {"notes": ["MRN 00012345"]}}, "ok")).segments if s.kind == "tool_arguments"]
    assert [(s.field_name, s.text) for s in segments] == [("email", EMAIL), ("notes", "MRN 00012345")]


def test_tool_result_string_content_is_a_tool_result_segment():
    assert segments_by_kind(messages=history({}, f"Found {EMAIL}"))["tool_result"] == [f"Found {EMAIL}"]


def test_tool_result_text_blocks_are_tool_result_segments():
    result = [{"type": "text", "text": "row 1"}, {"type": "text", "text": f"row 2 {EMAIL}"}]
    assert segments_by_kind(messages=history({}, result))["tool_result"] == ["row 1", f"row 2 {EMAIL}"]


def test_tool_description_and_metadata_user_id_are_segments():
    tools = [{"name": "find", "description": "Finds a patient by email", "input_schema": {"type": "object"}}]
    by_kind = segments_by_kind(tools=tools, metadata={"user_id": EMAIL})
    assert by_kind["tool_description"] == ["Finds a patient by email"] and by_kind["user"] == [EMAIL]


def test_ids_are_not_segments():
    texts = [s.text for s in parse(messages=history({"q": "x"}, "y")).segments]
    assert "toolu_01" not in texts and "find" not in texts


def test_rewritten_tool_use_input_value_reaches_the_anthropic_body():
    request = parse(messages=history({"email": EMAIL}, "ok"))
    [segment] = [s for s in request.segments if s.kind == "tool_arguments"]
    segment.replace("<EMAIL_ADDRESS_1>")
    request.commit()
    body = chat_request_to_messages(request.body, model="claude-up", default_max_tokens=64)
    assert body["messages"][1]["content"][0]["input"] == {"email": "<EMAIL_ADDRESS_1>"}


# --- through the whole pipeline with the shipped default policy ----------------------


@pytest.fixture
def mock_anthropic() -> Iterator[tuple[MockAnthropic, str]]:
    mock = MockAnthropic()
    with serve(mock.app) as url:
        yield mock, url


def test_email_in_tool_use_input_and_tool_result_never_reaches_the_upstream(gateway_factory, mock_anthropic):
    mock, upstream = mock_anthropic
    url = gateway_factory(anthropic_config(upstream))
    client = anthropic.Anthropic(base_url=url, api_key="unused", max_retries=0, timeout=10)
    client.messages.create(model="claude-test", max_tokens=64, messages=history({"email": EMAIL}, f"Found {EMAIL}"))
    sent = mock.last.json["messages"]
    assert EMAIL not in mock.last.raw.decode()
    assert sent[1]["content"][0]["input"]["email"] != EMAIL and sent[1]["content"][0]["id"] == "toolu_01"
    assert sent[2]["content"][0]["tool_use_id"] == "toolu_01"


def test_pseudonyms_in_the_answer_are_restored_for_the_anthropic_client(gateway_factory, mock_anthropic):
    mock, upstream = mock_anthropic
    mock.then(Scripted(echo=True))  # the answer quotes what the upstream received
    url = gateway_factory(anthropic_config(upstream))
    client = anthropic.Anthropic(base_url=url, api_key="unused", max_retries=0, timeout=10)
    reply = client.messages.create(model="claude-test", max_tokens=64, messages=history({"email": EMAIL}, f"Found {EMAIL}"))
    assert EMAIL not in mock.last.raw.decode()
    assert reply.content[0].text.count(EMAIL) == 2


def test_pseudonyms_split_across_streamed_events_are_restored_for_the_anthropic_client(gateway_factory, mock_anthropic):
    mock, upstream = mock_anthropic
    mock.then(Scripted(echo=True))
    url = gateway_factory(anthropic_config(upstream))
    client = anthropic.Anthropic(base_url=url, api_key="unused", max_retries=0, timeout=10)
    with client.messages.stream(model="claude-test", max_tokens=64, messages=history({"email": EMAIL}, f"Found {EMAIL}")) as stream:
        text = "".join(stream.text_stream)
    assert EMAIL not in mock.last.raw.decode()
    assert text.count(EMAIL) == 2
