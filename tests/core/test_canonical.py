"""The canonical request addresses every piece of client text, and only text."""

from __future__ import annotations

import orjson

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest


def chat(**body):
    return CanonicalRequest(ROUTE_CHAT, {"model": "m", "messages": [{"role": "user", "content": "hi"}], **body}, "m")


def test_tool_schema_descriptions_enums_and_examples_are_segments():
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {
        "patient": {"type": "string", "description": "the patient's name", "enum": ["Ann", "Bo"], "examples": ["Cy"]}}}}}]  # fmt: skip
    texts = {s.text for s in chat(tools=tools).segments if s.kind == "tool_schema"}
    assert texts == {"the patient's name", "Ann", "Bo", "Cy"}


def test_schema_structure_is_not_text():
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "required": ["patient"],
              "properties": {"patient": {"type": "string", "pattern": "^[A-Z]"}}}}}]  # fmt: skip
    assert [s for s in chat(tools=tools).segments if s.kind == "tool_schema"] == []


def test_response_format_schema_text_is_rewritable():
    request = chat(response_format={"type": "json_schema", "json_schema": {"name": "s", "schema": {"type": "object", "description": "about Jane"}}})
    [segment] = [s for s in request.segments if s.kind == "tool_schema"]
    segment.replace("about <PERSON_1>")
    assert orjson.loads(request.to_json())["response_format"]["json_schema"]["schema"]["description"] == "about <PERSON_1>"


def test_tool_call_arguments_stay_valid_json_after_a_rewrite():
    message = {"role": "assistant", "content": None, "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": '{"name": "Jane Roe", "n": 3}'}}]}
    request = CanonicalRequest(ROUTE_CHAT, {"model": "m", "messages": [message]}, "m")
    [segment] = [s for s in request.segments if s.kind == "tool_arguments"]
    assert segment.field_name == "name"
    segment.replace("<PERSON_1>")
    arguments = orjson.loads(request.to_json())["messages"][0]["tool_calls"][0]["function"]["arguments"]
    assert orjson.loads(arguments) == {"name": "<PERSON_1>", "n": 3}


def test_unparseable_tool_arguments_are_scanned_as_one_string():
    message = {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": '{"name": "Jane'}}]}
    request = CanonicalRequest(ROUTE_CHAT, {"model": "m", "messages": [message]}, "m")
    assert [s.text for s in request.segments if s.kind == "tool_arguments"] == ['{"name": "Jane']
