"""Bad /v1/messages input gets a precise Anthropic-shaped 400, never a traceback or a 500."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hushgate.canonical import UnsupportedContent
from hushgate.errors import GatewayError
from hushgate.translate import TranslationError
from hushgate.translate.anthropic import chat_request_to_messages
from hushgate.wire.anthropic import AnthropicWire

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
block_types = st.sampled_from(["text", "image", "tool_use", "tool_result", "thinking", "document", 7, None])
blocks = st.fixed_dictionaries(
    {"type": block_types},
    optional={"text": json_values, "id": json_values, "name": json_values, "input": json_values, "tool_use_id": json_values,
              "content": json_values, "source": json_values},
)  # fmt: skip
messages = st.lists(
    st.fixed_dictionaries(
        {"role": st.sampled_from(["user", "assistant", "system", 1])},
        optional={"content": st.one_of(st.text(max_size=5), st.lists(blocks, max_size=3), json_values)},
    ),
    max_size=3,
)
bodies = st.fixed_dictionaries(
    {},
    optional={
        "model": st.one_of(st.just("claude-test"), json_values), "max_tokens": st.one_of(st.just(16), json_values),
        "messages": st.one_of(messages, json_values), "system": json_values, "tools": json_values,
        "tool_choice": json_values, "metadata": json_values, "stream": json_values, "temperature": json_values,
        "stop_sequences": json_values,
    },
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies)
def test_any_body_is_translated_or_refused_with_a_named_field(body):
    """Parse, segment extraction and the outbound translation either work or raise the gateway's own errors."""
    try:
        request = AnthropicWire().parse(body, {})
        _ = request.segments
        chat_request_to_messages(request.body, model="m", default_max_tokens=16)
    except GatewayError as exc:
        assert exc.status == 400 and exc.param
    except (UnsupportedContent, TranslationError) as exc:
        assert exc.param


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"{not json", "JSON"),
        (b'{"model": "echo", "max_tokens": 8, "messages": "Hi"}', "messages:"),
        (b'{"model": "echo", "max_tokens": true, "messages": []}', "max_tokens:"),
        (b'{"model": "echo", "max_tokens": 8, "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "file"}}]}]}',
         "messages.0.content.0.source.type:"),
        (b'{"model": "echo", "max_tokens": 8, "messages": [{"role": "user", "content": "x"}], "api_base": "http://evil.example"}', "api_base"),
    ],
)  # fmt: skip
def test_bad_request_is_anthropic_shaped_400(gateway_factory, body, needle):
    url = gateway_factory()
    response = httpx.post(f"{url}/v1/messages", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    error = response.json()
    assert error["type"] == "error" and error["error"]["type"] == "invalid_request_error"
    assert needle in error["error"]["message"] and error["request_id"].startswith("req_")
