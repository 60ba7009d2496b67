"""Score detectors on a HELD-OUT set (default: tests/detection_heldout/prompts.jsonl).

    python benchmarks/score_heldout.py                  # engine, then stock Presidio if available
    python benchmarks/score_heldout.py --misses PERSON  # also list record ids of misses / FPs
    python benchmarks/score_heldout.py --set heldout2   # held-out set #2 (tests/detection_heldout2/)
    python benchmarks/score_heldout.py --set heldout3   # held-out set #3 (tests/detection_heldout3/)
    python benchmarks/score_heldout.py --set heldout4   # held-out set #4 (tests/detection_heldout4/)
    python benchmarks/score_heldout.py --set heldout5   # held-out set #5 (tests/detection_heldout5/)
    python benchmarks/score_heldout.py --set heldout6   # held-out set #6 (tests/detection_heldout6/)
    python benchmarks/score_heldout.py --set heldout7   # held-out set #7 (tests/detection_heldout7/)
    python benchmarks/score_heldout.py --set heldout8   # held-out set #8 (tests/detection_heldout8/)
    python benchmarks/score_heldout.py --set heldout9   # held-out set #9 (tests/detection_heldout9/)
    python benchmarks/score_heldout.py --set heldout10  # held-out set #10 (tests/detection_heldout10/)
    python benchmarks/score_heldout.py --set heldout11  # held-out set #11 (tests/detection_heldout11/)
    python benchmarks/score_heldout.py --set heldout12  # held-out set #12 (tests/detection_heldout12/)
    python benchmarks/score_heldout.py --set heldout13  # held-out set #13 (tests/detection_heldout13/)
    python benchmarks/score_heldout.py --set heldout14  # held-out set #14 (tests/detection_heldout14/)
    python benchmarks/score_heldout.py --set heldout15  # held-out set #15 (tests/detection_heldout15/)

Prints, per detector: per-entity support/recall/precision, leak rate overall, per
domain and per kind, hard-negative false alarms, then misses and false positives
counted by entity type.  The held-out set was written independently of the engine
and of the main corpus; do not tune against it.  Scorer: tests/detection/scoring.py.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "detection"))
if (ROOT / "src").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

from scoring import load_corpus, score  # noqa: E402

HELDOUT = ROOT / "tests" / "detection_heldout" / "prompts.jsonl"
SETS = {
    "heldout": HELDOUT,
    "heldout2": ROOT / "tests" / "detection_heldout2" / "prompts.jsonl",
    "heldout3": ROOT / "tests" / "detection_heldout3" / "prompts.jsonl",
    "heldout4": ROOT / "tests" / "detection_heldout4" / "prompts.jsonl",
    "heldout5": ROOT / "tests" / "detection_heldout5" / "prompts.jsonl",
    "heldout6": ROOT / "tests" / "detection_heldout6" / "prompts.jsonl",
    "heldout7": ROOT / "tests" / "detection_heldout7" / "prompts.jsonl",
    "heldout8": ROOT / "tests" / "detection_heldout8" / "prompts.jsonl",
    "heldout9": ROOT / "tests" / "detection_heldout9" / "prompts.jsonl",
    "heldout10": ROOT / "tests" / "detection_heldout10" / "prompts.jsonl",
    "heldout11": ROOT / "tests" / "detection_heldout11" / "prompts.jsonl",
    "heldout12": ROOT / "tests" / "detection_heldout12" / "prompts.jsonl",
    "heldout13": ROOT / "tests" / "detection_heldout13" / "prompts.jsonl",
    "heldout14": ROOT / "tests" / "detection_heldout14" / "prompts.jsonl",
    "heldout15": ROOT / "tests" / "detection_heldout15" / "prompts.jsonl",
}


def _detectors():
    from hushgate.detection import detect

    out = [("hushgate", detect)]
    try:
        from hushgate.detection.stock import stock_presidio_detect
    except ImportError as exc:
        print("(stock Presidio comparison unavailable: %s)\n" % exc)
    else:
        out.append(("stock-presidio", stock_presidio_detect))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="set_name", choices=sorted(SETS), default="heldout",
                    help="which held-out set to score (default: heldout)")
    ap.add_argument("--corpus", default=None, help="score this JSONL file instead of --set")
    ap.add_argument("--misses", metavar="ENTITY", action="append", default=[])
    args = ap.parse_args(argv)

    records = load_corpus(args.corpus or SETS[args.set_name])
    negatives = sum(r.is_hard_negative for r in records)
    gold = collections.Counter(s.entity_type for r in records for s in r.spans)
    label = "" if args.corpus is None and args.set_name == "heldout" else " " + (args.corpus or args.set_name)
    print("held-out set%s: %d records (%d hard negatives, %.0f%%), %d gold spans, %d entity types\n" % (
        label, len(records), negatives, 100 * negatives / len(records), sum(gold.values()), len(gold)))

    for name, detect in _detectors():
        detect(records[0].text)  # warm-up outside the timing
        t0 = time.perf_counter()
        report = score(records, detect)
        elapsed = time.perf_counter() - t0
        print("=" * 72)
        print("detector: %s   %.1f ms total, %.3f ms/record" % (name, elapsed * 1000, elapsed * 1000 / len(records)))
        print(report.to_table())
        misses = collections.Counter(t for _, t in report.misses)
        fps = collections.Counter(t for _, t in report.false_positives)
        print("misses by type:          " + (", ".join("%s %d" % kv for kv in misses.most_common()) or "-"))
        print("false positives by type: " + (", ".join("%s %d" % kv for kv in fps.most_common()) or "-"))
        for entity in args.misses:
            print("%s misses: %s" % (entity, ", ".join(report.misses_for(entity)) or "-"))
            print("%s false positives: %s" % (entity, ", ".join(report.false_positives_for(entity)) or "-"))
        if args.misses:
            print("hard-negative false alarms: %s" % (", ".join(report.false_alarm_ids) or "-"))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
