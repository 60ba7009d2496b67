"""The capability filter: a deployment that can't serve the request is never tried."""

from __future__ import annotations

import pytest

from hushgate.canonical import ROUTE_EMBEDDINGS
from hushgate.errors import GatewayError
from hushgate.routing import Router
from hushgate.routing.capabilities import CHARS_PER_TOKEN, needs_of
from tests.routing.builders import chat, context, deployment, settings

TOOLS = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
IMAGE = {"role": "user", "content": [{"type": "text", "text": "what is this"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}]}


def router(*deployments: dict) -> Router:
    return Router(settings({"g": {"deployments": list(deployments)}}), {})


def names(router: Router, body: dict, **kw) -> list[str]:
    return [d.name for d in router.candidates(context("g", body, **kw))]


def test_tools_request_skips_deployment_without_tools():
    r = router(deployment("plain", capabilities={"tools": False}), deployment("tooly"))
    assert names(r, chat(tools=TOOLS)) == ["tooly"]


def test_image_request_goes_only_to_vision_deployments():
    r = router(deployment("blind"), deployment("eyes", capabilities={"vision": True}))
    assert names(r, {"messages": [IMAGE]}) == ["eyes"]


def test_json_schema_response_format_needs_json_schema_capability():
    r = router(deployment("loose", capabilities={"json_schema": False}), deployment("strict"))
    body = chat(response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {}}})
    assert names(r, body) == ["strict"]


def test_json_object_response_format_does_not_need_json_schema():
    r = router(deployment("loose", capabilities={"json_schema": False}))
    assert names(r, chat(response_format={"type": "json_object"})) == ["loose"]


def test_stream_request_skips_non_streaming_deployment():
    r = router(deployment("batch", capabilities={"streaming": False}), deployment("live"))
    assert names(r, chat(stream=True)) == ["live"]


def test_embeddings_request_skips_deployment_declared_without_embeddings():
    r = router(deployment("chatty", capabilities={"embeddings": False}), deployment("vec", capabilities={"embeddings": True}))
    assert names(r, {"input": "hello"}, route=ROUTE_EMBEDDINGS) == ["vec"]


def test_embeddings_capability_left_undeclared_is_not_filtered():
    r = router(deployment("undeclared"))
    assert names(r, {"input": "hello"}, route=ROUTE_EMBEDDINGS) == ["undeclared"]


def test_prompt_over_context_window_skips_deployment():
    r = router(deployment("small", capabilities={"context_window": 100}), deployment("large"))
    assert names(r, chat("x" * (101 * CHARS_PER_TOKEN))) == ["large"]


def test_prompt_plus_requested_output_must_fit_the_context_window():
    r = router(deployment("small", capabilities={"context_window": 100}), deployment("large"))
    assert names(r, chat("x" * (60 * CHARS_PER_TOKEN), max_tokens=50)) == ["large"]


def test_requested_max_tokens_over_deployment_limit_skips_it():
    r = router(deployment("short", capabilities={"max_output_tokens": 100}), deployment("long"))
    assert names(r, chat(max_completion_tokens=500)) == ["long"]


def test_token_estimate_is_characters_over_four():
    assert needs_of(context("g", chat("y" * 400)).request).prompt_tokens == 100


def test_no_capable_deployment_is_a_400_naming_what_was_missing():
    r = router(deployment("plain", capabilities={"tools": False}))
    with pytest.raises(GatewayError) as info:
        r.candidates(context("g", chat(tools=TOOLS)))
    assert info.value.status == 400
    assert info.value.code == "no_capable_deployment"
    assert "tool calling" in info.value.message


def test_400_names_every_missing_capability_across_deployments():
    r = router(deployment("a", capabilities={"tools": False, "vision": True}), deployment("b"))
    with pytest.raises(GatewayError) as info:
        r.candidates(context("g", {"messages": [IMAGE], "tools": TOOLS}))
    assert "tool calling" in info.value.message and "image input" in info.value.message


def test_skipped_deployments_are_recorded_with_the_missing_capability():
    r = router(deployment("plain", capabilities={"tools": False}), deployment("tooly"))
    ctx = context("g", chat(tools=TOOLS))
    r.candidates(ctx)
    assert ("plain", "lacks_tools") in ctx.extras["routing"]


def test_fallback_group_serves_what_the_primary_group_cannot():
    s = settings(
        {
            "primary": {"deployments": [deployment("blind")], "fallbacks": ["seeing"]},
            "seeing": {"deployments": [deployment("eyes", capabilities={"vision": True})]},
        }
    )
    assert [d.name for d in Router(s, {}).candidates(context("primary", {"messages": [IMAGE]}))] == ["eyes"]
