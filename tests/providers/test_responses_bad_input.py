"""Bad Responses-API bodies get a precise 400 naming the parameter, never a traceback."""

from __future__ import annotations

import pytest

from hushgate.errors import GatewayError
from hushgate.wire.responses import parse_responses

CASES = {
    "missing model": ({"input": "hi"}, "model", "missing_required_parameter"),
    "missing input": ({"model": "m"}, "input", "missing_required_parameter"),
    "input not string or list": ({"model": "m", "input": 5}, "input", "invalid_type"),
    "instructions not string": ({"model": "m", "input": "hi", "instructions": ["x"]}, "instructions", "invalid_type"),
    "stream not boolean": ({"model": "m", "input": "hi", "stream": "yes"}, "stream", "invalid_type"),
    "max_output_tokens not integer": ({"model": "m", "input": "hi", "max_output_tokens": 1.5}, "max_output_tokens", "invalid_type"),
    "temperature is a boolean": ({"model": "m", "input": "hi", "temperature": True}, "temperature", "invalid_type"),
    "unknown role": ({"model": "m", "input": [{"role": "robot", "content": "x"}]}, "input[0].role", "invalid_value"),
    "unknown item type": ({"model": "m", "input": [{"type": "web_search_call"}]}, "input[0].type", "unsupported_content"),
    "unknown part type": ({"model": "m", "input": [{"role": "user", "content": [{"type": "input_video"}]}]}, "input[0].content[0].type", "unsupported_content"),
    "function_call without arguments": ({"model": "m", "input": [{"type": "function_call", "call_id": "c", "name": "f"}]}, "input[0].arguments", "missing_required_parameter"),
    "image by file id": ({"model": "m", "input": [{"role": "user", "content": [{"type": "input_image", "file_id": "file_1"}]}]}, "input[0].content[0].image_url", "unsupported_parameter"),
    "item reference": ({"model": "m", "input": [{"type": "item_reference", "id": "msg_1"}]}, "input[0]", "unsupported_parameter"),
    "conversation state": ({"model": "m", "input": "hi", "conversation": "conv_1"}, "conversation", "unsupported_parameter"),
    "background mode": ({"model": "m", "input": "hi", "background": True}, "background", "unsupported_parameter"),
    "bad tool_choice": ({"model": "m", "input": "hi", "tool_choice": "sometimes"}, "tool_choice", "invalid_value"),
    "bad text format": ({"model": "m", "input": "hi", "text": {"format": {"type": "yaml"}}}, "text.format", "invalid_value"),
    "routing override": ({"model": "m", "input": "hi", "api_base": "http://evil.example"}, "api_base", "forbidden_param"),
}


@pytest.mark.parametrize(("body", "param", "code"), CASES.values(), ids=CASES.keys())
def test_bad_body_is_a_400_naming_the_param(body, param, code):
    with pytest.raises(GatewayError) as info:
        parse_responses(body)
    assert (info.value.status, info.value.param, info.value.code) == (400, param, code)


def test_error_message_never_quotes_the_value():
    with pytest.raises(GatewayError) as info:
        parse_responses({"model": "m", "input": [{"role": "SECRET-ROLE-VALUE", "content": "x"}]})
    assert "SECRET-ROLE-VALUE" not in info.value.message
