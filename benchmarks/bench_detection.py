"""Detection latency: Hushgate's engine vs stock Presidio, and mixed-load fairness.

    python benchmarks/bench_detection.py            # full run (~1 minute)
    python benchmarks/bench_detection.py --quick    # smaller budgets, for a smoke run

Inputs are real prompts from the labeled corpus (tests/detection/corpus),
concatenated in a fixed shuffled order and cut at whitespace to 200 B, 330 B,
4 KB and 64 KB, several distinct prompts per size: dense, every few hundred
bytes carry identifiers. "4 KB sparse" is the corpus's PII-free hard negatives
with one PII-bearing record per prompt. "intl phones" is one ~80 B prompt per
region phonenumbers knows, with that region's example number, cycled through:
steady-state cost when traffic comes from many countries. Both engines see the same
texts in the same run. "Stock Presidio" is Presidio's AnalyzerEngine with its
pattern recognizers only (hushgate.detection.stock: blank spaCy pipeline,
no NER, offline tldextract).

Part 2 measures what a few huge prompts do to everyone else: 6 open-loop
asyncio clients each send a 200 B prompt every 5 ms through
``Detector.adetect``; in the mixed runs 2 more clients send 64 KB prompts back
to back (concurrency 8). Small-request latency counts from when the request was
due, and is reported without the large ones, and with them: large prompts
detected in steps that yield to the event loop (the default), in a worker
thread, and inline on the event loop.

Numbers are wall-clock on a shared 2-core machine: the load average is printed
with the results.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "detection" / "corpus" / "prompts.jsonl"
if (ROOT / "src").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

SIZES = (("200 B", 200), ("330 B", 330), ("4 KB", 4096), ("64 KB", 65536))


def corpus_records() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    random.Random(7).shuffle(records)
    return records


def corpus_texts() -> list[str]:
    return [r["text"] for r in corpus_records()]


def sparse_prompts(size: int, count: int) -> list[str]:
    """PII-free prompts (the corpus's hard negatives: logs, versions, order ids)
    with one PII-bearing record per prompt: closer to a typical long prompt
    than the dense concatenation of labeled records."""
    records = corpus_records()
    negatives = [r["text"] for r in records if r["kind"] == "hard_negative"]
    positives = [r["text"] for r in records if r["spans"]]
    prompts = []
    for i in range(count):
        parts = [positives[i % len(positives)]]
        j = i * 7
        while sum(len(p) + 2 for p in parts) < size:
            parts.insert(len(parts) // 2, negatives[j % len(negatives)])
            j += 1
        prompts.append("\n\n".join(parts)[:size])
    return prompts


def international_prompts() -> list[str]:
    """One short prompt per region phonenumbers knows, carrying that
    region's example number in international format (from the library's
    offline metadata): traffic from many countries, where validation
    touches many regions' metadata patterns."""
    import phonenumbers

    prompts = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(region)
        if example is not None:
            number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            prompts.append(f"Please call the customer back on {number} before noon.")
    return prompts


def prompts_of_size(texts: list[str], size: int, count: int) -> list[str]:
    """`count` distinct prompts of about `size` characters from consecutive corpus records."""
    stream = "\n\n".join(texts)
    prompts = []
    step = max(size, len(stream) // max(count, 1))
    for i in range(count):
        offset = (i * step) % max(1, len(stream) - size)
        chunk = stream[offset : offset + size]
        cut = chunk.rfind(" ")
        prompts.append(chunk[: cut if cut > size * 0.9 else size])
    return prompts


def time_calls(fn: Callable[[str], object], prompts: list[str], budget_s: float, min_calls: int) -> list[float]:
    """Latencies (seconds) of calls cycling through prompts until the budget is spent."""
    fn(prompts[0])
    samples: list[float] = []
    deadline = time.perf_counter() + budget_s
    i = 0
    while len(samples) < min_calls or time.perf_counter() < deadline:
        text = prompts[i % len(prompts)]
        start = time.perf_counter()
        fn(text)
        samples.append(time.perf_counter() - start)
        i += 1
        if len(samples) >= 20000:
            break
    return samples


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def latency_table(quick: bool) -> None:
    from hushgate.detection import Detector
    from hushgate.detection.stock import stock_presidio_detect

    detector = Detector()
    texts = corpus_texts()
    budget = 0.5 if quick else 2.0
    inputs = [(label, prompts_of_size(texts, size, 40 if size <= 4096 else 4)) for label, size in SIZES]
    inputs += [("4 KB sparse", sparse_prompts(4096, 40)), ("intl phones", international_prompts())]
    rows = []
    for label, prompts in inputs:
        size = max(map(len, prompts))
        mean_bytes = statistics.mean(len(p.encode()) for p in prompts)
        ours = time_calls(detector.detect, prompts, budget, 5 if size > 4096 else 50)
        stock = time_calls(stock_presidio_detect, prompts, budget, 3 if size > 4096 else 20)
        rows.append((label, mean_bytes, ours, stock))

    print(f"\nLatency per prompt (ms), same inputs, same run  [load average {os.getloadavg()[0]:.2f}]")
    header = f"{'size':>11} | {'ours p50':>9} {'p99':>8} {'MB/s':>7} {'n':>6} | {'Presidio p50':>12} {'p99':>8} {'MB/s':>7} {'n':>5} | {'speedup p50':>11}"
    print(header)
    print("-" * len(header))
    medians = {}
    for label, mean_bytes, ours, stock in rows:
        o50, s50 = pct(ours, 0.5), pct(stock, 0.5)
        medians[label] = o50
        print(
            f"{label:>11} | {o50 * 1e3:9.3f} {pct(ours, 0.99) * 1e3:8.3f} {mean_bytes / o50 / 1e6:7.2f} {len(ours):6d} | "
            f"{s50 * 1e3:12.3f} {pct(stock, 0.99) * 1e3:8.3f} {mean_bytes / s50 / 1e6:7.2f} {len(stock):5d} | {s50 / o50:10.1f}x"
        )
    print(f"linearity (dense): 64 KB p50 / 4 KB p50 = {medians['64 KB'] / medians['4 KB']:.1f} (16x more text)")


async def _small_client(detect: Callable, prompts: list[str], until: float, interval: float, latencies: list[float]) -> None:
    """Open-loop client: a request is due every `interval` seconds; its latency
    counts from when it was due, so time spent waiting for a blocked event
    loop is included (closed-loop clients would hide it)."""
    due = time.perf_counter()
    i = 0
    while due < until:
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await detect(prompts[i % len(prompts)])
        latencies.append(time.perf_counter() - due)
        due += interval
        i += 1


async def _large_client(detect: Callable, prompts: list[str], until: float) -> None:
    i = 0
    while time.perf_counter() < until:
        await detect(prompts[i % len(prompts)])
        i += 1
        await asyncio.sleep(0)


async def _mixed(strategy: str | None, with_large: bool, seconds: float) -> list[float]:
    from hushgate.detection import DetectionConfig, Detector

    if strategy is None:
        detector = Detector(DetectionConfig(large_text_chars=10**9))
    else:
        detector = Detector(DetectionConfig(large_text_strategy=strategy))
    texts = corpus_texts()
    small = prompts_of_size(texts, 200, 40)
    large = prompts_of_size(texts, 65536, 4)
    detector.detect(large[0])
    until = time.perf_counter() + seconds
    small_latencies: list[float] = []
    # 6 small clients, one request each every 5 ms (1,200 requests/s offered),
    # well under what one core detects at 200 B.
    clients = [_small_client(detector.adetect, small, until, 0.005, small_latencies) for _ in range(6)]
    if with_large:
        clients += [_large_client(detector.adetect, large, until) for _ in range(2)]
    await asyncio.gather(*clients)
    return small_latencies


def mixed_load(quick: bool) -> None:
    seconds = 1.5 if quick else 4.0
    print(f"\nMixed load (asyncio, Detector.adetect), 200 B requests' latency from arrival (ms)  [load average {os.getloadavg()[0]:.2f}]")
    header = f"{'scenario':<44} | {'p50':>7} {'p99':>8} {'n':>7}"
    print(header)
    print("-" * len(header))
    for label, strategy, with_large in (
        ("6 x 200 B (no large prompts)", "steps", False),
        ("6 x 200 B + 2 x 64 KB, large in steps", "steps", True),
        ("6 x 200 B + 2 x 64 KB, large in a thread", "thread", True),
        ("6 x 200 B + 2 x 64 KB, all inline", None, True),
    ):
        latencies = asyncio.run(_mixed(strategy, with_large, seconds))
        print(f"{label:<44} | {pct(latencies, 0.5) * 1e3:7.3f} {pct(latencies, 0.99) * 1e3:8.3f} {len(latencies):7d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="shorter time budgets")
    parser.add_argument("--skip-mixed", action="store_true", help="latency table only")
    parser.add_argument(
        "--no-gc-freeze",
        action="store_true",
        help="leave start-up objects (Presidio, spaCy) in the collected generations",
    )
    args = parser.parse_args(argv)
    # A server would do this once after start-up: Presidio and spaCy leave
    # hundreds of thousands of long-lived objects, and every full collection
    # walks them (a 40+ ms pause that lands in some request's p99).
    from hushgate.detection import default_detector
    from hushgate.detection.stock import stock_presidio_engine

    default_detector()
    stock_presidio_engine()
    if not args.no_gc_freeze:
        import gc

        gc.collect()
        gc.freeze()
    latency_table(args.quick)
    if not args.skip_mixed:
        mixed_load(args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
