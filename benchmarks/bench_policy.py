"""Policy stage cost over detection, and streaming restoration overhead.

Run: python benchmarks/bench_policy.py [--iterations N]

1. A ~4 KB chat prompt (system prompt, three turns, a tool call) with a
   realistic density of identifiers. Reports p50/p99 of detection alone and
   of the policy work on top of it (classify, decide, vault, transform,
   re-serialize tool arguments) — the budget (issue 4) is 0.3 ms p50 over
   detection.
2. A 2,000-chunk streamed answer with placeholders split across chunks, run
   through the restore response stage vs. passed through untouched: extra
   microseconds per chunk, and the most text ever held back (bounded by the
   longest issued placeholder).
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import statistics
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.detection import DetectionConfig, Detector
from hushgate.pipeline import RequestContext
from hushgate.policy.apply import apply_policy
from hushgate.policy.engine import CompiledPolicy
from hushgate.policy.loader import default_policy_path, load_policy
from hushgate.policy.restore import Restorer, RestoreStats
from hushgate.sse import Chunk
from hushgate.stages.restore import RestoreStage

FLEET = {"gpt-4o": [type("D", (), {"name": "openai/gpt-4o", "group": "gpt-4o", "provider": "openai", "model": "gpt-4o", "tags": frozenset({"baa"})})()]}

FILLER = (
    "The quarterly review covers onboarding, billing disputes and the migration plan. "
    "Please keep answers short, cite the relevant section, and flag anything unclear. "
)


def prompt_body() -> dict[str, Any]:
    turn = (
        "Customer Maria Whitaker (maria.whitaker@example.org, 415-555-0132) disputes a charge on card "
        "4111 1111 1111 1111. Her SSN 219-09-9999 was used for verification. " + FILLER * 12
    )
    body = {
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": "You are a support assistant. " + FILLER * 4},
            {"role": "user", "content": turn},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
                "name": "lookup", "arguments": orjson.dumps({"email": "maria.whitaker@example.org", "note": FILLER}).decode()}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "Account of Maria Whitaker, opened 2019. " + FILLER * 2},
            {"role": "user", "content": "Summarise for Maria Whitaker. " + FILLER * 3},
        ],
    }  # fmt: skip
    return body


def pct(samples: list[float], q: float) -> float:
    return sorted(samples)[min(len(samples) - 1, int(q * len(samples)))]


def bench_policy(iterations: int) -> None:
    policy = CompiledPolicy(load_policy(default_policy_path()))
    detector = Detector(DetectionConfig(default_threshold=policy.score_floor))
    template = prompt_body()
    size = len(orjson.dumps(template))
    detect_us, policy_us = [], []
    for i in range(iterations + 50):
        request = CanonicalRequest(ROUTE_CHAT, copy.deepcopy(template), "gpt-4o")
        t0 = time.perf_counter()
        located = [(k, f) for k, seg in enumerate(request.segments) for f in detector.detect(seg.text, field_name=seg.field_name)]
        t1 = time.perf_counter()
        apply_policy(policy, request, located, declared=None, fleet=FLEET, hash_key=b"k" * 32)
        request.to_json()
        t2 = time.perf_counter()
        if i >= 50:  # warm-up
            detect_us.append((t1 - t0) * 1e6)
            policy_us.append((t2 - t1) * 1e6)
    print(f"prompt: {size} bytes, {len(located)} findings")
    print(f"detection       p50 {statistics.median(detect_us):8.1f} us   p99 {pct(detect_us, 0.99):8.1f} us")
    print(f"policy (over)   p50 {statistics.median(policy_us):8.1f} us   p99 {pct(policy_us, 0.99):8.1f} us   (budget 300 us p50)")


def bench_stages(iterations: int) -> None:
    """The same measurement through the real stages (DetectStage, then PolicyStage) on a RequestContext."""
    from hushgate.policy.reload import PolicyRuntime
    from hushgate.policy.settings import PolicySettings
    from hushgate.secrets import ServerSecret
    from hushgate.stages.detect import DetectStage
    from hushgate.stages.policy import PolicyStage

    runtime = PolicyRuntime(PolicySettings())
    detect, decide = DetectStage(runtime), PolicyStage(runtime, ServerSecret(b"b" * 32), FLEET)
    template = prompt_body()
    detect_us, policy_us = [], []

    async def once() -> tuple[float, float]:
        ctx = RequestContext("r", ROUTE_CHAT, "", {}, CanonicalRequest(ROUTE_CHAT, copy.deepcopy(template), "gpt-4o"))
        t0 = time.perf_counter()
        await detect(ctx)
        t1 = time.perf_counter()
        await decide(ctx)
        ctx.request.to_json()
        t2 = time.perf_counter()
        return (t1 - t0) * 1e6, (t2 - t1) * 1e6

    async def run() -> None:
        for i in range(iterations + 50):
            a, b = await once()
            if i >= 50:
                detect_us.append(a)
                policy_us.append(b)

    asyncio.run(run())
    print(f"stages: DetectStage p50 {statistics.median(detect_us):8.1f} us; PolicyStage p50 {statistics.median(policy_us):6.1f} us  p99 {pct(policy_us, 0.99):6.1f} us")


async def _drain(chunks: AsyncIterator[Chunk]) -> int:
    n = 0
    async for chunk in chunks:
        n += len(chunk.frame())
    return n


def _chunks(pieces: list[str]) -> list[bytes]:
    base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    return [orjson.dumps({**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}) for p in pieces]


async def _source(raw: list[bytes]) -> AsyncIterator[Chunk]:
    for r in raw:
        yield Chunk(r)


def bench_stream(rounds: int) -> None:
    policy = CompiledPolicy(load_policy(default_policy_path()))
    text = ("Dear <PERSON_1>, we emailed <EMAIL_ADDRESS_1> about the refund. " * 250)[:16000]
    pieces = [text[i : i + 8] for i in range(0, len(text), 8)]
    raw = _chunks(pieces)

    class Runtime:
        detector = None

    stage = RestoreStage(Runtime())

    def ctx() -> RequestContext:
        request = CanonicalRequest(ROUTE_CHAT, {"model": "m", "messages": []}, "m")
        c = RequestContext("r", ROUTE_CHAT, "", {}, request)
        from hushgate.policy.vault import Vault

        vault = Vault()
        vault.pseudonym("PERSON", "Maria Whitaker")
        vault.pseudonym("EMAIL_ADDRESS", "maria.whitaker@example.org")
        c.vault = vault
        c.decision = policy.evaluate([], declared=None, model="gpt-4o", fleet=FLEET).decision
        return c

    base_us, restore_us = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        asyncio.run(_drain(_source(raw)))
        t1 = time.perf_counter()
        asyncio.run(_drain(stage.on_stream(ctx(), _source(raw))))
        t2 = time.perf_counter()
        base_us.append((t1 - t0) * 1e6 / len(raw))
        restore_us.append((t2 - t1) * 1e6 / len(raw))
    held = 0
    vault = ctx().vault
    r = Restorer(vault, RestoreStats())
    for p in pieces:
        r.feed(p)
        held = max(held, len(r.held))
    print(f"stream: {len(raw)} chunks of 8 chars, placeholders split across chunks")
    print(f"passthrough     p50 {statistics.median(base_us):6.2f} us/chunk")
    print(f"with restore    p50 {statistics.median(restore_us):6.2f} us/chunk  (+{statistics.median(restore_us) - statistics.median(base_us):.2f} us/chunk)")
    print(f"max held back   {held} chars (longest issued placeholder: {vault.max_token_len} chars)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--stream-rounds", type=int, default=15)
    args = parser.parse_args()
    bench_policy(args.iterations)
    bench_stages(args.iterations)
    bench_stream(args.stream_rounds)


if __name__ == "__main__":
    main()
