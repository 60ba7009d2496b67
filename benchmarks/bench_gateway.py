"""Gateway overhead versus a direct call and versus the pass-through floor.

Starts, on loopback: the fast mock upstream (benchmarks/mock_upstream.py),
two floor proxies (Starlette + aiohttp, Starlette + httpx:
benchmarks/floor_proxy.py) and the gateway (one uvicorn worker, API-key
auth on), then drives each with wrk at concurrency 1, 8 and 64 for 1 KB and
16 KB chat requests, all in the same run. Servers are pinned to core 0, wrk
and the mock to core 1. CPU per request is the server process's user+system
time over the requests it served.

    python benchmarks/bench_gateway.py [--duration 5] [--quick]

Also measures time to first streamed byte at concurrency 1, direct vs gateway.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import orjson

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
LOREM = (
    "The quarterly planning meeting covered roadmap priorities, hiring for the platform team, "
    "and the migration of the reporting pipeline to the new warehouse. "
)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def distinct_free_ports(n: int) -> list[int]:
    ports: set[int] = set()
    while len(ports) < n:
        ports.add(free_port())
    return sorted(ports)


def chat_body(size: int, stream: bool = False) -> bytes:
    text = (LOREM * (size // len(LOREM) + 1))[: max(16, size - 120)]
    return orjson.dumps({"model": "bench", "messages": [{"role": "user", "content": text}], "stream": stream})


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def wait_ready(url: str, body: bytes, headers: dict[str, str]) -> None:
    deadline = time.monotonic() + 30
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            response = httpx.post(url + "/v1/chat/completions", content=body, headers={"content-type": "application/json", **headers}, timeout=2)
            if response.status_code == 200:
                return
            last = f"{response.status_code} {response.text[:300]}"
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not become ready: {last}")


@dataclass
class Target:
    name: str
    url: str
    pid: int
    headers: dict[str, str]


@dataclass
class Result:
    target: str
    size: int
    concurrency: int
    rps: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float


def _latency_ms(text: str, pct: str) -> float:
    match = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not match:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def run_wrk(target: Target, body_file: Path, concurrency: int, duration: int, size: int) -> Result:
    script = body_file.with_suffix(".lua")
    headers = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in {"content-type": "application/json", **target.headers}.items())
    script.write_text(f'wrk.method = "POST"\nlocal f = io.open("{body_file}", "rb")\nwrk.body = f:read("*a")\nf:close()\n{headers}')
    threads = 1 if concurrency < 8 else 2
    before = cpu_seconds(target.pid)
    out = subprocess.run(
        ["taskset", "-c", "1", "wrk", f"-t{threads}", f"-c{concurrency}", f"-d{duration}s", "--latency", "-s", str(script),
         target.url + "/v1/chat/completions"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    spent = cpu_seconds(target.pid) - before
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{target.name}: {errors.group(1)} error responses")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return Result(target.name, size, concurrency, rps, _latency_ms(out, "50"), _latency_ms(out, "99"), spent * 1000 / max(requests, 1))


async def ttfb_samples(url: str, headers: dict[str, str], n: int, concurrency: int = 1, model: str = "bench") -> list[float]:
    """Time to the first streamed byte: `concurrency` clients, each streaming n requests back to back."""
    import aiohttp

    body = chat_body(1024, stream=True).replace(b'"model":"bench"', f'"model":"{model}"'.encode())
    samples: list[float] = []

    async def client(session: aiohttp.ClientSession) -> None:
        for i in range(n + 10):
            start = time.perf_counter()
            async with session.post(url + "/v1/chat/completions", data=body, headers={"content-type": "application/json", **headers}) as response:
                await response.content.readany()
                first = time.perf_counter() - start
                await response.read()
            if i >= 10:  # warm-up
                samples.append(first * 1000)

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        await asyncio.gather(*(client(session) for _ in range(concurrency)))
    return samples


def streaming(upstream: str, paced: str, floor_url: str, gateway_url: str, auth: dict[str, str], when: str) -> None:
    print_ttfb(f"Time to first streamed byte, concurrency 1, 300 streams, {when} (ms):", [
        ("direct", asyncio.run(ttfb_samples(upstream, {}, 300))),
        ("floor-aiohttp", asyncio.run(ttfb_samples(floor_url, {}, 300))),
        ("hushgate", asyncio.run(ttfb_samples(gateway_url, auth, 300))),
    ])  # fmt: skip
    print_ttfb(f"Time to first streamed byte, concurrency 8, paced streams (20 events 5 ms apart), 8 x 40 streams, {when} (ms):", [
        ("direct", asyncio.run(ttfb_samples(paced, {}, 40, concurrency=8))),
        ("hushgate", asyncio.run(ttfb_samples(gateway_url, auth, 40, concurrency=8, model="bench-paced"))),
    ])  # fmt: skip
    print_ttfb(f"Time to first streamed byte, concurrency 8, back to back (saturating; worst case), {when} (ms):", [
        ("direct", asyncio.run(ttfb_samples(upstream, {}, 100, concurrency=8))),
        ("hushgate", asyncio.run(ttfb_samples(gateway_url, auth, 100, concurrency=8))),
    ])  # fmt: skip


def print_ttfb(title: str, rows: list[tuple[str, list[float]]]) -> None:
    print(f"\n{title}")
    for name, samples in rows:
        q = statistics.quantiles(samples, n=100)
        print(f"  {name:<14} p50 {statistics.median(samples):7.3f}   p99 {q[98]:7.3f}")
    direct, gateway = rows[0][1], rows[-1][1]
    print(f"  hushgate overhead over direct, p50: {statistics.median(gateway) - statistics.median(direct):.3f} ms")


def spawn(cmd: list[str], env: dict[str, str], core: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(["taskset", "-c", core, *cmd], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--quick", action="store_true", help="1 KB only, concurrency 1/8/64, 3 s runs")
    parser.add_argument("--gateway-config", help="gateway YAML (default: one OpenAI-compatible upstream, keys auth)")
    parser.add_argument("--core-only", action="store_true", help="gateway without detection/policy stages (benchmarks/core_only.py)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk not found: apt-get install wrk")
    duration = 3 if args.quick else args.duration
    sizes = [1024] if args.quick else [1024, 16 * 1024]
    tmp = Path(tempfile.mkdtemp(prefix="hushgate-bench-"))
    # src first: the gateway under test is this checkout's, not whatever an editable install points at.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT / "src"), str(ROOT)))}
    ports = dict(zip(("mock", "floor_aiohttp", "floor_httpx", "gateway", "paced"), distinct_free_ports(5)))
    upstream = f"http://127.0.0.1:{ports['mock']}"
    paced = f"http://127.0.0.1:{ports['paced']}"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(spawn([sys.executable, "benchmarks/mock_upstream.py", "--port", str(ports["mock"])], env, "1", tmp / "mock.log"))
        # Streams paced like a model's (20 events, 5 ms apart): concurrent streams without saturation.
        procs.append(spawn([sys.executable, "benchmarks/mock_upstream.py", "--port", str(ports["paced"]), "--chunk-delay-ms", "5"], env, "1", tmp / "paced.log"))
        floor_env = {**env, "FLOOR_UPSTREAM": upstream}
        for kind in ("aiohttp", "httpx"):
            procs.append(spawn([sys.executable, "-m", "uvicorn", "--factory", f"benchmarks.floor_proxy:{kind}_app",
                                "--port", str(ports[f"floor_{kind}"]), "--log-level", "warning", "--no-access-log"], floor_env, "0", tmp / f"{kind}.log"))  # fmt: skip
        config = Path(args.gateway_config) if args.gateway_config else tmp / "gateway.yaml"
        if not args.gateway_config:
            config.write_text(
                "server:\n  auth: {mode: keys, keys_file: %s}\n  log_level: warning\n"
                "audit: {directory: %s, fsync: batched}\n"
                "providers:\n  mock: {type: openai_compatible, base_url: '%s/v1'}\n  paced: {type: openai_compatible, base_url: '%s/v1'}\n"
                "models:\n  bench: {deployments: [{provider: mock, model: bench-model, tags: [in_vpc]}]}\n"
                "  bench-paced: {deployments: [{provider: paced, model: bench-model, tags: [in_vpc]}]}\n"
                % (tmp / "keys.json", tmp / "audit", upstream, paced)
            )
        gw_env = {**env, "HUSHGATE_SECRET": "benchmark-secret-0123456789abcdef",
                  "HUSHGATE_AUDIT_SIGNING_KEY": base64.b64encode(os.urandom(32)).decode()}  # fmt: skip
        key = subprocess.run([sys.executable, "-m", "hushgate", "keys", "--keys-file", str(tmp / "keys.json"), "create", "--name", "bench"],
                             env=gw_env, capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
        if args.core_only:
            gw_cmd = [sys.executable, "-m", "uvicorn", "--factory", "benchmarks.core_only:app", "--port", str(ports["gateway"]),
                      "--log-level", "warning", "--no-access-log"]  # fmt: skip
            gw_env["HUSHGATE_CONFIG_FILE"] = str(config)
        else:
            gw_cmd = [sys.executable, "-m", "hushgate", "serve", "--config", str(config), "--port", str(ports["gateway"])]
        procs.append(spawn(gw_cmd, gw_env, "0", tmp / "gateway.log"))
        auth = {"authorization": f"Bearer {key}"}
        targets = [
            Target("direct", upstream, procs[0].pid, {}),
            Target("floor-aiohttp", f"http://127.0.0.1:{ports['floor_aiohttp']}", procs[2].pid, {}),
            Target("floor-httpx", f"http://127.0.0.1:{ports['floor_httpx']}", procs[3].pid, {}),
            Target("hushgate", f"http://127.0.0.1:{ports['gateway']}", procs[4].pid, auth),
        ]
        for target in targets:
            try:
                wait_ready(target.url, chat_body(256), target.headers)
            except RuntimeError as exc:
                sys.exit(f"{target.name}: {exc}; gateway log:\n" + (tmp / "gateway.log").read_text(errors="replace")[-3000:])
        gateway_url = targets[3].url
        streaming(upstream, paced, targets[1].url, gateway_url, auth, "fresh gateway")
        results: list[Result] = []
        for size in sizes:
            body_file = tmp / f"body-{size}.json"
            body_file.write_bytes(chat_body(size))
            for concurrency in (1, 8, 64):
                for target in targets:
                    results.append(run_wrk(target, body_file, concurrency, duration, size))
        print_table(results)
        # Again after the load above: what a busy gateway's stream openers see.
        streaming(upstream, paced, targets[1].url, gateway_url, auth, "after the load runs")
        if not args.core_only:
            cache_phase(tmp, env, gw_env, key, config, procs, duration)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def cache_phase(tmp: Path, env: dict[str, str], gw_env: dict[str, str], key: str, config: Path,
                procs: list[subprocess.Popen[bytes]], duration: int) -> None:  # fmt: skip
    """A cache hit for a 4 KB answer against the floor proxy to the same upstream.

    A second gateway with the in-memory cache on (the main one keeps it off,
    or every identical wrk request above would be a hit), a mock answering
    4 KB, and a floor proxy in front of that mock.
    """
    mock_port, floor_port, gw_port = distinct_free_ports(3)
    upstream = f"http://127.0.0.1:{mock_port}"
    procs.append(spawn([sys.executable, "benchmarks/mock_upstream.py", "--port", str(mock_port), "--answer-bytes", "4096"], env, "1", tmp / "mock4k.log"))
    procs.append(spawn([sys.executable, "-m", "uvicorn", "--factory", "benchmarks.floor_proxy:aiohttp_app", "--port", str(floor_port),
                        "--log-level", "warning", "--no-access-log"], {**env, "FLOOR_UPSTREAM": upstream}, "0", tmp / "floor4k.log"))  # fmt: skip
    import yaml

    settings = yaml.safe_load(config.read_text())
    settings["cache"] = {"enabled": True, "backend": "memory"}
    settings["providers"]["mock4k"] = {"type": "openai_compatible", "base_url": f"{upstream}/v1"}
    settings["models"]["bench4k"] = {"deployments": [{"provider": "mock4k", "model": "bench-model", "tags": ["in_vpc"]}]}
    cached = tmp / "gateway-cache.yaml"
    cached.write_text(yaml.safe_dump(settings))
    procs.append(spawn([sys.executable, "-m", "hushgate", "serve", "--config", str(cached), "--port", str(gw_port)], gw_env, "0", tmp / "gateway-cache.log"))
    auth = {"authorization": f"Bearer {key}"}
    body = tmp / "body-cache.json"
    body.write_bytes(chat_body(1024).replace(b'"model":"bench"', b'"model":"bench4k"'))
    floor = Target("floor-aiohttp", f"http://127.0.0.1:{floor_port}", procs[-2].pid, {})
    hit = Target("hushgate hit", f"http://127.0.0.1:{gw_port}", procs[-1].pid, auth)
    miss = Target("hushgate bypass", hit.url, hit.pid, {**auth, "x-hushgate-cache": "bypass"})
    for target in (floor, hit):
        try:
            wait_ready(target.url, body.read_bytes(), target.headers)
        except RuntimeError as exc:
            sys.exit(f"{target.name}: {exc}; log:\n" + (tmp / "gateway-cache.log").read_text(errors="replace")[-3000:])
    print("\nCache hit, 4 KB answer, concurrency 1 (ms):")
    rows = [run_wrk(t, body, 1, duration, 4096) for t in (floor, hit, miss)]
    for r in rows:
        print(f"  {r.target:<16} p50 {r.p50_ms:7.3f}   p99 {r.p99_ms:7.3f}   CPU ms/req {r.cpu_ms:6.3f}")
    print(f"  cache hit over the floor, p50: {rows[1].p50_ms - rows[0].p50_ms:.3f} ms")


def print_table(results: list[Result]) -> None:
    by_key = {(r.target, r.size, r.concurrency): r for r in results}
    print(f"{'target':<14}{'size':>6}{'conc':>6}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/req':>12}{'+p50 vs direct':>16}{'CPU x floor':>13}")
    for r in results:
        direct = by_key[("direct", r.size, r.concurrency)]
        floor = by_key[("floor-aiohttp", r.size, r.concurrency)]
        overhead = r.p50_ms - direct.p50_ms
        ratio = r.cpu_ms / floor.cpu_ms if r.target != "direct" and floor.cpu_ms else float("nan")
        print(f"{r.target:<14}{r.size // 1024:>5}K{r.concurrency:>6}{r.rps:>10.0f}{r.p50_ms:>9.3f}{r.p99_ms:>9.3f}{r.cpu_ms:>12.3f}{overhead:>16.3f}{ratio:>13.2f}")
    print()
    for size in sorted({r.size for r in results}):
        for name in ("floor-aiohttp", "hushgate"):
            at8 = by_key[(name, size, 8)].rps
            at64 = by_key[(name, size, 64)].rps
            print(f"{name} {size // 1024}K: throughput at 64 connections = {at64 / at8:.0%} of that at 8")


if __name__ == "__main__":
    main()
