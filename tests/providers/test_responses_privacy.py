"""Responses-API text goes through the same detection and restoration as chat (the LiteLLM gap)."""

from __future__ import annotations

import json

import openai

from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion

EMAIL = "jane.roe@example.org"
SSN = "536-22-8874"


def client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)


def test_email_in_instructions_does_not_reach_the_upstream(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    client(url).responses.create(model="gpt-test", instructions=f"Reply to {EMAIL}.", input="Hi")
    assert EMAIL not in mock.last.raw.decode()


def test_ssn_in_function_call_output_does_not_reach_the_upstream(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    client(url).responses.create(
        model="gpt-test",
        input=[
            {"role": "user", "content": "Look up the customer"},
            {"type": "function_call", "call_id": "call_1", "name": "crm", "arguments": '{"id": "42"}'},
            {"type": "function_call_output", "call_id": "call_1", "output": f"SSN on file: {SSN}"},
        ],
    )
    sent = mock.last.json
    assert SSN not in mock.last.raw.decode()
    assert sent["messages"][2]["tool_call_id"] == "call_1"  # ids are left alone


def test_email_in_function_call_arguments_does_not_reach_the_upstream(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    url = gateway_factory(upstream_config(upstream))
    arguments = json.dumps({"to": EMAIL})
    client(url).responses.create(
        model="gpt-test",
        input=[
            {"role": "user", "content": "Send it"},
            {"type": "function_call", "call_id": "call_2", "name": "send_mail", "arguments": arguments},
            {"type": "function_call_output", "call_id": "call_2", "output": "sent"},
        ],
    )
    sent_arguments = mock.last.json["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert EMAIL not in sent_arguments and json.loads(sent_arguments).keys() == {"to"}


def test_pseudonyms_in_the_answer_are_restored_for_the_client(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Noted: <EMAIL_ADDRESS_1>")))
    url = gateway_factory(upstream_config(upstream))
    response = client(url).responses.create(model="gpt-test", input=f"My email is {EMAIL}")
    assert "<EMAIL_ADDRESS_1>" in mock.last.raw.decode()
    assert response.output_text == f"Noted: {EMAIL}"


def test_pseudonym_split_across_stream_deltas_is_restored_for_the_client(gateway_factory, mock_openai):
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Noted: <EMAIL_", "ADDRESS_1>", "!"], usage=True)))
    url = gateway_factory(upstream_config(upstream))
    events = list(client(url).responses.create(model="gpt-test", input=f"My email is {EMAIL}", stream=True))
    streamed = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert streamed == f"Noted: {EMAIL}!" and events[-1].response.output_text == f"Noted: {EMAIL}!"
