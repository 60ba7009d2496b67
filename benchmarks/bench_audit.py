"""Per-record cost of `AuditLog.record` at concurrency 8 (asyncio tasks).

Run: python benchmarks/bench_audit.py [--records N]
Prints p50/p99 microseconds per call for batched fsync and fsync on every record.
The budget (issue 5) is 0.2 ms p50 with batched fsync.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from hushgate.audit import AuditEvent, AuditLog, AuditSettings
from hushgate.audit.signing import AuditSigner
from hushgate.secrets import ServerSecret

CONCURRENCY = 8


def _event(log: AuditLog, i: int) -> AuditEvent:
    return AuditEvent(
        request_id=f"req-{i}", key_id="key-1", team="care", client_address="10.0.0.1", route="/v1/chat/completions",
        requested_model="gpt-4o", provider="openai", model="gpt-4o-2024-08-06", deployment="openai/gpt-4o",
        data_classes=["PHI"], entity_counts={"US_SSN": 1, "PERSON": 2}, actions={"redact": 3}, policy_id="default",
        policy_version="sha256-0123abcd", decision="redact", rule_ids=["phi-redact"], status=200, prompt_tokens=20,
        completion_tokens=40, cost_micro_usd=350, latency_ms=210.0, cache="miss",
        request_digest=log.digest(b"redacted request body"), response_digest=log.digest(b"response body"),
    )


async def _run(fsync: str, records: int, directory: Path) -> tuple[list[float], list[float]]:
    settings = AuditSettings(directory=directory, fsync=fsync, fsync_interval_ms=200, checkpoint_every_records=1000)  # type: ignore[arg-type]
    log = AuditLog(settings, ServerSecret(b"benchmark-secret-0123456789abcdef"), AuditSigner.generate())
    await log.start()
    samples: list[float] = []
    with_receipt: list[float] = []
    per_task = records // CONCURRENCY

    async def worker(task: int) -> None:
        for i in range(per_task):
            event = _event(log, task * per_task + i)  # building the event is the pipeline's cost, not audit's
            start = time.perf_counter_ns()
            written = await log.record(event)
            recorded = time.perf_counter_ns()
            log.receipt(written, event)  # the x-hushgate-receipt header: one Ed25519 signature
            samples.append((recorded - start) / 1000)
            with_receipt.append((time.perf_counter_ns() - start) / 1000)

    await asyncio.gather(*(worker(t) for t in range(CONCURRENCY)))
    await log.aclose()
    return samples, with_receipt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000, help="records per mode (bounded; default 20000)")
    args = parser.parse_args()
    rows = []
    for fsync, count in (("batched", args.records), ("every", max(CONCURRENCY, args.records // 10))):
        with tempfile.TemporaryDirectory() as tmp:
            samples, with_receipt = asyncio.run(_run(fsync, count, Path(tmp)))
        samples.sort()
        p99 = samples[int(len(samples) * 0.99) - 1]
        rows.append((fsync, len(samples), statistics.median(samples), p99, statistics.median(with_receipt)))
    print(f"{'fsync':<10}{'records':>10}{'p50 µs':>10}{'p99 µs':>10}{'p50 µs +receipt':>18}   (concurrency {CONCURRENCY})")
    for fsync, n, p50, p99, p50r in rows:
        print(f"{fsync:<10}{n:>10}{p50:>10.1f}{p99:>10.1f}{p50r:>18.1f}")


if __name__ == "__main__":
    main()
