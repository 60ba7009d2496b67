"""The gateway's own work before a stream's first byte, measured in process.

Wall-clock TTFB on a shared machine is noisy; the CPU this process spends
between receiving a streamed request and sending its first body byte is
not (much). This drives the real app (full default pipeline, API-key auth,
audit with batched fsync and a signing key, warm-up) over ASGI, one request
at a time, against the paced mock upstream in another process, and prints
per request:

  cpu_us    thread CPU time from the request's first ASGI call to its first
            body byte (everything the gateway does before the first byte,
            the upstream wait excluded)
  wall_us   wall time for the same span (includes the upstream round trip)

    python benchmarks/ttfb_inprocess.py [--n 2000] [--profile out.prof] [--phases]
    python benchmarks/ttfb_inprocess.py --concurrency 8 [--n 320]

``--concurrency 8`` runs eight clients at once against a mock pacing its
events 5 ms apart, like bench_gateway.py's paced phase, and reports wall
time to first byte (CPU times then mix requests and mean little).

``--profile`` runs cProfile over the measured requests only. ``--phases``
splits the CPU time at the pipeline's seams (each request stage, the
router's open_stream, the response stages' wrap_stream) by wrapping them.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_gateway import chat_body, free_port  # noqa: E402


def _config(tmp: Path, upstream: str) -> Path:
    config = tmp / "gateway.yaml"
    config.write_text(
        "server:\n  auth: {mode: keys, keys_file: %s}\n  log_level: warning\n"
        "audit: {directory: %s, fsync: batched}\n"
        "providers:\n  paced: {type: openai_compatible, base_url: '%s/v1'}\n"
        "models:\n  bench-paced: {deployments: [{provider: paced, model: bench-model, tags: [in_vpc]}]}\n"
        % (tmp / "keys.json", tmp / "audit", upstream)
    )
    return config


async def _drive(app: object, scope: dict, body: bytes) -> tuple[float, float]:
    """One request over ASGI: (thread CPU s, wall s) to the first body byte; reads the rest."""
    sent = False
    first: list[float] = []
    done = asyncio.Event()

    async def receive() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await done.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            PHASES.setdefault("(to response start, from request)", []).append(time.thread_time() - cpu0)
        if not first and message["type"] == "http.response.body" and message.get("body"):
            first.extend((time.thread_time(), time.perf_counter()))
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            PHASES.setdefault("(whole stream, to the last byte)", []).append(time.thread_time() - cpu0)
            done.set()

    cpu0, wall0 = time.thread_time(), time.perf_counter()
    await app(scope, receive, send)  # type: ignore[operator]
    return first[0] - cpu0, first[1] - wall0


PHASES: dict[str, list[float]] = {}


def _timed(name: str, fn):  # type: ignore[no-untyped-def]
    """``fn`` (sync or async), its thread CPU time added to PHASES[name] per call."""
    if asyncio.iscoroutinefunction(fn) or asyncio.iscoroutinefunction(getattr(fn, "__call__", None)):

        async def wrapped_async(*args, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.thread_time()
            try:
                return await fn(*args, **kwargs)
            finally:
                PHASES.setdefault(name, []).append(time.thread_time() - t0)

        return wrapped_async

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        t0 = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            PHASES.setdefault(name, []).append(time.thread_time() - t0)

    return wrapped


def _instrument(gateway: object) -> None:
    pipeline = gateway.pipeline  # type: ignore[attr-defined]
    pipeline.request_stages = [_timed(type(s).__name__, s) for s in pipeline.request_stages]
    pipeline.wrap_stream = _timed("wrap_stream (receipt)", pipeline.wrap_stream)
    from hushgate.app import ProxyEndpoint

    endpoint = ProxyEndpoint._context
    ProxyEndpoint._context = lambda self, *a: _timed("_context (parse, extract)", endpoint)(self, *a)
    router = gateway.router  # type: ignore[attr-defined]
    router.open_stream = _timed("open_stream (upstream, first chunk)", router.open_stream)


async def run(n: int, profile: str | None, upstream: str, tmp: Path, key: str, phases: bool = False, concurrency: int = 1) -> None:
    from hushgate.app import create_app
    from hushgate.config import load_settings
    from hushgate.logs import configure_logging

    settings = load_settings(str(_config(tmp, upstream)))
    configure_logging(settings.server.log_level)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        body = chat_body(1024, stream=True).replace(b'"model":"bench"', b'"model":"bench-paced"')
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
            "path": "/v1/chat/completions", "raw_path": b"/v1/chat/completions", "query_string": b"", "root_path": "",
            "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8787),
            "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()), (b"authorization", f"Bearer {key}".encode())],
        }  # fmt: skip
        for _ in range(50):  # connection pool, first-use work the warm-up cannot do
            await _drive(app, dict(scope), body)
        if phases:
            _instrument(app.state.gateway)
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        if concurrency == 1:
            samples = [await _drive(app, dict(scope), body) for _ in range(n)]
        else:

            async def client() -> list[tuple[float, float]]:
                return [await _drive(app, dict(scope), body) for _ in range(n // concurrency)]

            samples = [s for done in await asyncio.gather(*(client() for _ in range(concurrency))) for s in done]
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
    cpu = sorted(s[0] * 1e6 for s in samples)
    wall = sorted(s[1] * 1e6 for s in samples)
    q = lambda xs, p: xs[min(len(xs) - 1, int(len(xs) * p))]  # noqa: E731
    print(f"{len(samples)} streamed 1 KB requests, concurrency {concurrency}, load average {os.getloadavg()[0]:.2f}")
    print(f"  cpu_us  p10 {q(cpu, .1):7.1f}  p50 {statistics.median(cpu):7.1f}  p90 {q(cpu, .9):7.1f}  min {cpu[0]:7.1f}")
    print(f"  wall_us p10 {q(wall, .1):7.1f}  p50 {statistics.median(wall):7.1f}  p90 {q(wall, .9):7.1f}  min {wall[0]:7.1f}")
    for name, values in PHASES.items():
        values = values[-n:]
        print(f"  {name:<38} cpu_us p50 {statistics.median(values) * 1e6:7.1f}  mean {statistics.fmean(values) * 1e6:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--profile", help="write cProfile stats of the measured requests here")
    parser.add_argument("--phases", action="store_true", help="CPU time per pipeline seam")
    parser.add_argument("--concurrency", type=int, default=1, help="clients at once (events then 5 ms apart)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hushgate-ttfb-"))
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT / "src"), str(ROOT)))}
    os.environ["HUSHGATE_SECRET"] = "benchmark-secret-0123456789abcdef"
    os.environ["HUSHGATE_AUDIT_SIGNING_KEY"] = base64.b64encode(os.urandom(32)).decode()
    key = subprocess.run([sys.executable, "-m", "hushgate", "keys", "--keys-file", str(tmp / "keys.json"), "create", "--name", "bench"],
                         env={**env, **os.environ}, capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    mock = subprocess.Popen(["taskset", "-c", "1", sys.executable, "benchmarks/mock_upstream.py", "--port", str(port),
                             "--chunk-delay-ms", "5" if args.concurrency > 1 else "0.2"], env=env, cwd=ROOT)  # fmt: skip
    try:
        time.sleep(1.0)
        import uvloop

        os.sched_setaffinity(0, {0})  # the gateway's core in bench_gateway.py; the mock is on core 1
        uvloop.run(run(args.n, args.profile, f"http://127.0.0.1:{port}", tmp, key, args.phases, args.concurrency))
    finally:
        mock.terminate()
        mock.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
