"""Every text field of a Responses request is a canonical segment, so detection and restoration see it."""

from __future__ import annotations

from hushgate.wire.responses import parse_responses


def segments_by_kind(body: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for segment in parse_responses(body).segments:
        out.setdefault(segment.kind, []).append(segment.text)
    return out


def test_instructions_are_a_system_segment():
    assert segments_by_kind({"model": "m", "instructions": "Patient SSN 123-45-6789", "input": "hi"})["system"] == [
        "Patient SSN 123-45-6789"
    ]


def test_input_text_and_prior_output_text_are_message_segments():
    body = {
        "model": "m",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "I am Jane Roe"}]},
            {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Hello Jane Roe"}]},
        ],
    }
    assert segments_by_kind(body)["message"] == ["I am Jane Roe", "Hello Jane Roe"]


def test_function_call_argument_values_are_tool_argument_segments():
    body = {"model": "m", "input": [{"type": "function_call", "call_id": "call_1", "name": "f", "arguments": '{"email": "a@b.example"}'}]}
    assert segments_by_kind(body)["tool_arguments"] == ["a@b.example"]


def test_function_call_output_is_a_tool_result_segment():
    body = {"model": "m", "input": [{"type": "function_call_output", "call_id": "call_1", "output": "MRN 00012345"}]}
    assert segments_by_kind(body)["tool_result"] == ["MRN 00012345"]


def test_call_ids_are_not_segments():
    body = {
        "model": "m",
        "input": [
            {"type": "function_call", "call_id": "call_XYZ", "name": "f", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "call_XYZ", "output": "ok"},
        ],
    }
    texts = [s.text for s in parse_responses(body).segments]
    assert "call_XYZ" not in texts


def test_rewritten_argument_value_keeps_arguments_valid_json():
    request = parse_responses({"model": "m", "input": [{"type": "function_call", "call_id": "c", "name": "f", "arguments": '{"name": "Jane"}'}]})
    request.segments[0].replace("<PERSON_1>")
    request.commit()
    assert request.body["messages"][0]["tool_calls"][0]["function"]["arguments"] == '{"name":"<PERSON_1>"}'
