"""Score a detector on the labeled corpus and print per-entity precision/recall and leak rates.

    python benchmarks/score_detection.py                          # hushgate.detection.detect
    python benchmarks/score_detection.py --detector stock-presidio  # Presidio, pattern recognizers only
    python benchmarks/score_detection.py --misses PERSON          # list record ids of misses / FPs

The scorer and its matching rule live in tests/detection/scoring.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "detection"))
if (ROOT / "src").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

from scoring import load_corpus, score  # noqa: E402


def _load_detector(name: str):
    if name == "hushgate":
        from hushgate.detection import detect

        return detect
    try:
        from hushgate.detection.stock import stock_presidio_detect
    except ImportError as exc:
        print("stock Presidio comparison unavailable: hushgate.detection.stock.stock_presidio_detect "
              "could not be imported (%s)" % exc, file=sys.stderr)
        raise SystemExit(2)
    return stock_presidio_detect


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detector", choices=["hushgate", "stock-presidio"], default="hushgate")
    ap.add_argument("--corpus", default=None, help="JSONL corpus (default: tests/detection/corpus/prompts.jsonl)")
    ap.add_argument("--misses", metavar="ENTITY", action="append", default=[],
                    help="also list record ids of misses and false positives for ENTITY (repeatable)")
    args = ap.parse_args(argv)

    detect = _load_detector(args.detector)
    records = load_corpus(args.corpus)
    detect(records[0].text)  # warm-up (lazy loading) outside the timing
    t0 = time.perf_counter()
    report = score(records, detect)
    elapsed = time.perf_counter() - t0

    print("detector: %s   corpus: %d records   %.1f ms total, %.3f ms/record"
          % (args.detector, len(records), elapsed * 1000, elapsed * 1000 / len(records)))
    print(report.to_table())
    for entity in args.misses:
        print("\n%s misses: %s" % (entity, ", ".join(report.misses_for(entity)) or "-"))
        print("%s false positives: %s" % (entity, ", ".join(report.false_positives_for(entity)) or "-"))
    if args.misses and report.false_alarm_ids:
        print("\nhard-negative false alarms: %s" % ", ".join(report.false_alarm_ids))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
