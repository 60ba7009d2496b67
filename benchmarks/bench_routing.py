"""Routing cost per request, and streamed TTFB overhead at concurrency 8.

    python benchmarks/bench_routing.py [--rounds 20000] [--requests 800] [--concurrency 8]
        [--chunks 20] [--core-only] [--skip-ttfb] [--skip-decisions]

1. Decision cost, in process: ``Router.candidates`` (capability filter,
   strategy order, allowlist check over a 4-deployment group plus a 2-deployment
   fallback group) for a 1 KB chat request, per strategy; and the whole
   ``Router.send`` loop (deadline, breaker, budget, permit re-check, timeout
   scope) around a provider that answers at once, so only routing is timed.
2. Time to first streamed byte at concurrency 8: the fast mock upstream
   (benchmarks/mock_upstream.py) directly versus through the gateway (one
   uvicorn worker, API-key auth; ``--core-only`` drops detection/policy
   stages as bench_gateway.py does). Gateway on core 0; mock and this client
   on core 1. Direct and gateway rounds alternate to cancel drift.

Reading the TTFB numbers: the client is closed-loop, so at concurrency 8 a
request's first byte waits behind the gateway's work on the 7 others (one
worker, one core): the overhead is roughly 8x the per-request CPU, not a
routing delay. Compare with --concurrency 1, and with the send-loop cost above.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
# The tree this file sits in, not whatever hushgate is installed: lets an
# A/B run compare two checkouts.
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.bench_gateway import chat_body, distinct_free_ports, spawn, wait_ready  # noqa: E402
from hushgate.canonical import ROUTE_CHAT, CanonicalRequest  # noqa: E402
from hushgate.config import ProviderConfig, Settings  # noqa: E402
from hushgate.pipeline import RequestContext  # noqa: E402
from hushgate.providers.base import Provider, UpstreamCall, UpstreamResponse  # noqa: E402
from hushgate.routing import Router  # noqa: E402
from hushgate.sse import Chunk, JsonPayload  # noqa: E402

ANSWER = JsonPayload(orjson.dumps({"id": "x", "object": "chat.completion", "choices": []}))


class InstantProvider(Provider):
    """Answers without I/O, so the send loop's own cost is what gets timed."""

    async def send(self, call: UpstreamCall) -> UpstreamResponse:
        return UpstreamResponse(200, ANSWER)

    async def open_stream(self, call: UpstreamCall) -> AsyncIterator[Chunk]:
        raise NotImplementedError


def settings_for(strategy: str) -> Settings:
    deployments = [
        {"name": f"d{i}", "provider": "p", "model": f"m{i}", "tags": ["baa"] if i % 2 else ["public"],
         "input_price_per_mtok": 1.0 + i, "output_price_per_mtok": 4.0 - i, "weight": 1 + i}
        for i in range(4)
    ]  # fmt: skip
    return Settings(
        providers={"p": {"type": "echo"}},
        models={
            "bench": {"deployments": deployments, "strategy": strategy, "fallbacks": ["backup"]},
            "backup": {"deployments": [{"name": "b0", "provider": "p", "tags": ["baa"]}, {"name": "b1", "provider": "p"}]},
        },
        routing={"seed": 1},
    )


def context() -> RequestContext:
    body = orjson.loads(chat_body(1024))
    request = CanonicalRequest(ROUTE_CHAT, body, "bench")
    _ = request.segments  # the detection stage has extracted them before routing runs
    ctx = RequestContext(request_id="req_bench", route=ROUTE_CHAT, client_address="127.0.0.1", headers={}, request=request)
    ctx.permits = lambda d: "baa" in d.tags  # a policy wall, as the policy stage sets it
    return ctx


def percentiles(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples), statistics.quantiles(samples, n=100)[98]


def bench_decisions(rounds: int) -> None:
    print(f"Routing decision, 1 KB chat, 4+2 deployments, allowlist on ({rounds} rounds, us):")
    for strategy in ("priority", "latency", "cost", "weighted"):
        router = Router(settings_for(strategy), {})
        for name in ("d0", "d1", "d2", "d3"):
            router.latency.record(name, 0.01)
        ctx = context()
        samples = []
        for _ in range(rounds):
            ctx.extras.clear()
            start = time.perf_counter_ns()
            router.candidates(ctx)
            samples.append((time.perf_counter_ns() - start) / 1000)
        p50, p99 = percentiles(samples)
        print(f"  candidates  {strategy:<9} p50 {p50:6.2f}   p99 {p99:6.2f}")
    router = Router(settings_for("priority"), {"p": InstantProvider("p", ProviderConfig(type="echo"))})

    async def loop() -> list[float]:
        ctx = context()
        out = []
        for _ in range(rounds):
            ctx.extras.clear()
            ctx.attempts = 0
            start = time.perf_counter_ns()
            await router.send(ctx)
            out.append((time.perf_counter_ns() - start) / 1000)
        return out

    p50, p99 = percentiles(asyncio.run(loop()))
    print(f"  whole send loop (instant upstream)  p50 {p50:6.2f}   p99 {p99:6.2f}")


async def ttfb_round(url: str, headers: dict[str, str], requests: int, concurrency: int) -> list[float]:
    import aiohttp

    body = chat_body(1024, stream=True)
    headers = {"content-type": "application/json", **headers}
    samples: list[float] = []
    remaining = iter(range(requests))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            for _ in remaining:
                start = time.perf_counter()
                async with session.post(url + "/v1/chat/completions", data=body, headers=headers) as response:
                    await response.content.readany()
                    samples.append((time.perf_counter() - start) * 1000)
                    await response.read()

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return samples


def bench_ttfb(requests: int, core_only: bool, concurrency: int, chunks: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="hushgate-bench-routing-"))
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    mock_port, gw_port = distinct_free_ports(2)
    upstream = f"http://127.0.0.1:{mock_port}"
    gateway = f"http://127.0.0.1:{gw_port}"
    config = tmp / "gateway.yaml"
    gw_env = {**env, "HUSHGATE_SECRET": "benchmark-secret-0123456789abcdef"}
    # Audit on, as deployed: one signed, content-free record per request.
    subprocess.run([sys.executable, "-m", "hushgate", "audit", "keygen", "--out", str(tmp / "audit.pem")],
                   env=gw_env, capture_output=True, check=True)  # fmt: skip
    config.write_text(
        "server:\n  auth: {mode: keys, keys_file: %s}\n  log_level: warning\n"
        "audit: {directory: '%s', signing_key_file: '%s'}\n"
        "providers:\n  mock: {type: openai_compatible, base_url: '%s/v1'}\n"
        "models:\n  bench: {deployments: [{provider: mock, model: bench-model, tags: [in_vpc]}]}\n"
        % (tmp / "keys.json", tmp / "audit", tmp / "audit.pem", upstream)
    )
    key = subprocess.run([sys.executable, "-m", "hushgate", "keys", "--keys-file", str(tmp / "keys.json"), "create", "--name", "bench"],
                         env=gw_env, capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    if core_only:
        gw_env["HUSHGATE_CONFIG_FILE"] = str(config)
        gw_cmd = [sys.executable, "-m", "uvicorn", "--factory", "benchmarks.core_only:app", "--port", str(gw_port),
                  "--log-level", "warning", "--no-access-log"]  # fmt: skip
    else:
        gw_cmd = [sys.executable, "-m", "hushgate", "serve", "--config", str(config), "--port", str(gw_port)]
    procs = [
        spawn([sys.executable, "benchmarks/mock_upstream.py", "--port", str(mock_port), "--chunks", str(chunks)], env, "1", tmp / "mock.log"),
        spawn(gw_cmd, gw_env, "0", tmp / "gateway.log"),
    ]
    auth = {"authorization": f"Bearer {key}"}
    try:
        os.sched_setaffinity(0, {1})
        wait_ready(upstream, chat_body(256), {})
        try:
            wait_ready(gateway, chat_body(256), auth)
        except RuntimeError as exc:
            sys.exit(f"gateway: {exc}\n" + (tmp / "gateway.log").read_text(errors="replace")[-3000:])
        asyncio.run(ttfb_round(gateway, auth, 200, concurrency))  # warm-up
        asyncio.run(ttfb_round(upstream, {}, 200, concurrency))
        direct: list[float] = []
        through: list[float] = []
        for _ in range(4):
            direct += asyncio.run(ttfb_round(upstream, {}, requests // 4, concurrency))
            through += asyncio.run(ttfb_round(gateway, auth, requests // 4, concurrency))
        label = f"{'core only' if core_only else 'full pipeline'}, {chunks + 2} chunks per stream"
        print(f"\nTime to first streamed byte, concurrency {concurrency}, {len(direct)} requests each ({label}, ms):")
        for name, samples in (("direct", direct), ("hushgate", through)):
            p50, p99 = percentiles(samples)
            print(f"  {name:<9} p50 {p50:7.3f}   p99 {p99:7.3f}")
        print(f"  overhead p50: {statistics.median(through) - statistics.median(direct):.3f} ms")
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=800)
    parser.add_argument("--core-only", action="store_true")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--chunks", type=int, default=20, help="content chunks per upstream stream")
    parser.add_argument("--skip-ttfb", action="store_true")
    parser.add_argument("--skip-decisions", action="store_true")
    args = parser.parse_args()
    if not args.skip_decisions:
        bench_decisions(args.rounds)
    if not args.skip_ttfb:
        bench_ttfb(args.requests, args.core_only, args.concurrency, args.chunks)


if __name__ == "__main__":
    main()
