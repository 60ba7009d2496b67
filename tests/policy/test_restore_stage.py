"""The restore response stage over whole responses and SSE chunk streams."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from hushgate.canonical import ROUTE_CHAT, ROUTE_COMPLETIONS, ROUTE_EMBEDDINGS, CanonicalRequest
from hushgate.pipeline import RequestContext
from hushgate.policy.vault import Vault
from hushgate.providers.base import UpstreamResponse
from hushgate.sse import Chunk, JsonPayload
from hushgate.stages.restore import RestoreStage
from tests.policy.conftest import FLEET, compile_policy, BASIC

NAME = "Jane Roe"
BASE = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}


class _Runtime:
    detector = None


def context(route: str = ROUTE_CHAT) -> RequestContext:
    ctx = RequestContext("r", route, "", {}, CanonicalRequest(route, {"model": "m"}, "m"))
    vault = Vault()
    vault.pseudonym("PERSON", NAME)
    ctx.vault = vault
    ctx.decision = compile_policy(BASIC).evaluate([], declared=None, model="public-model", fleet=FLEET).decision
    return ctx


def delta_chunk(content: str | None = None, *, index: int = 0, finish: str | None = None, **delta: Any) -> Chunk:
    d = dict(delta)
    if content is not None:
        d["content"] = content
    return Chunk(orjson.dumps({**BASE, "choices": [{"index": index, "delta": d, "finish_reason": finish}]}))


async def _source(chunks: list[Chunk]) -> AsyncIterator[Chunk]:
    for c in chunks:
        yield c


def run_stream(ctx: RequestContext, chunks: list[Chunk]) -> list[dict[str, Any]]:
    async def drain() -> list[dict[str, Any]]:
        return [orjson.loads(c.raw) async for c in RestoreStage(_Runtime()).on_stream(ctx, _source(chunks))]

    return asyncio.run(drain())


def content_of(events: list[dict[str, Any]], index: int = 0) -> str:
    return "".join(
        ch.get("delta", {}).get("content") or ch.get("text") or "" for e in events for ch in e["choices"] if ch["index"] == index
    )


def test_held_text_is_flushed_into_the_finishing_chunk() -> None:
    events = run_stream(context(), [delta_chunk("Hi <PERSON_"), delta_chunk(finish="stop")])
    assert events[-1]["choices"][0] == {"index": 0, "delta": {"content": "<PERSON_"}, "finish_reason": "stop"}


def test_stream_ending_without_finish_reason_still_flushes() -> None:
    events = run_stream(context(), [delta_chunk("Hi <PERS")])
    assert content_of(events) == "Hi <PERS"
    assert len(events) == 2


def test_each_choice_keeps_its_own_state() -> None:
    chunks = [delta_chunk("A <PER", index=0), delta_chunk("B <PERSON", index=1), delta_chunk("SON_1>", index=0), delta_chunk("_1>", index=1)]
    events = run_stream(context(), chunks)
    assert (content_of(events, 0), content_of(events, 1)) == (f"A {NAME}", f"B {NAME}")


def test_completions_stream_text_is_restored() -> None:
    chunks = [Chunk(orjson.dumps({"id": "c", "object": "text_completion", "choices": [{"index": 0, "text": t, "finish_reason": None}]})) for t in ("x <PERS", "ON_1> y")]
    assert content_of(run_stream(context(ROUTE_COMPLETIONS), chunks)) == f"x {NAME} y"


def test_json_escaped_angle_brackets_are_restored() -> None:
    chunk = Chunk(b'{"id":"c","choices":[{"index":0,"delta":{"content":"hi \\u003cPERSON_1\\u003e"},"finish_reason":"stop"}]}')
    assert content_of(run_stream(context(), [chunk])) == f"hi {NAME}"


def test_chunks_without_placeholders_keep_their_bytes() -> None:
    raw = orjson.dumps({**BASE, "choices": [{"index": 0, "delta": {"content": "plain"}, "finish_reason": None}], "x_vendor": 1})
    out = asyncio.run(_first(RestoreStage(_Runtime()).on_stream(context(), _source([Chunk(raw)]))))
    assert out.raw is raw or out.raw == raw


async def _first(chunks: AsyncIterator[Chunk]) -> Chunk:
    async for c in chunks:
        return c
    raise AssertionError("no chunk")


def test_whole_response_restores_content_refusal_and_function_call() -> None:
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi <PERSON_1>", "refusal": "no <PERSON_1>",
            "function_call": {"name": "f", "arguments": '{"n": "<PERSON_1>"}'}}}]}  # fmt: skip
    response = UpstreamResponse(200, JsonPayload(data=body))
    asyncio.run(RestoreStage(_Runtime()).on_response(context(), response))
    message = response.payload.data["choices"][0]["message"]
    assert (message["content"], message["refusal"]) == (f"Hi {NAME}", f"no {NAME}")
    assert orjson.loads(message["function_call"]["arguments"]) == {"n": NAME}


def test_embeddings_responses_are_not_touched() -> None:
    payload = JsonPayload(raw=b'{"data":[{"embedding":[0.1]}],"note":"<PERSON_1>"}')
    asyncio.run(RestoreStage(_Runtime()).on_response(context(ROUTE_EMBEDDINGS), UpstreamResponse(200, payload)))
    assert payload.raw == b'{"data":[{"embedding":[0.1]}],"note":"<PERSON_1>"}'


def test_restoration_counts_land_on_the_decision() -> None:
    ctx = context()
    run_stream(ctx, [delta_chunk("<PERSON_1> ![](https://e.example/?<PERSON_1>)", finish="stop")])
    assert (ctx.decision.restored, ctx.decision.rehydration_suppressed) == (1, 1)


@settings(max_examples=120, derandomize=True, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=2))
def test_any_split_into_sse_events_loses_and_duplicates_nothing(cuts: list[int]) -> None:
    text = "Dear <PERSON_1>, <PERSON_2> and <PERSON_1>!"
    points = sorted({min(c, len(text)) for c in cuts})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)])]
    events = run_stream(context(), [delta_chunk(p) for p in pieces] + [delta_chunk(finish="stop")])
    assert content_of(events) == f"Dear {NAME}, <PERSON_2> and {NAME}!"


def test_vault_is_emptied_once_the_answer_is_out() -> None:
    ctx = context()
    run_stream(ctx, [delta_chunk("Hi <PERSON_1>", finish="stop")])
    assert ctx.vault.issued == 0 and ctx.vault.resolve("<PERSON_1>") is None
