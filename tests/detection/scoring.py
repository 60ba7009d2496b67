"""Score a detector against the labeled corpus (tests/detection/corpus/prompts.jsonl).

Usage::

    from scoring import load_corpus, score
    report = score(load_corpus(), hushgate.detection.detect)
    print(report.to_table())

Matching rule (documented here, tested in test_scoring.py)
------------------------------------------------------------
Two entity types are *compatible* when they are equal or share a group in
``COMPATIBLE_GROUPS`` (kept minimal on purpose):

* ``US_SSN ~ US_ITIN``: same 3-2-4 shape; an ITIN is a 9xx SSN-format number and
  both are taxpayer ids that any policy handles identically.
* ``STREET_ADDRESS ~ US_ZIP_CODE``: the gold labels the street line and the ZIP
  separately; a detector that returns one span over "12 Oak St, Austin, TX 78701"
  has found both.
* ``API_KEY ~ PASSWORD ~ HIGH_ENTROPY_SECRET``: all are credentials with the same
  action (block or redact); whether ``password: <token>`` is typed as a key or a
  password, or an AWS secret access key as a provider key or as the engine's
  generic high-entropy secret, is taste.  (A generic-secret hit on anything that
  is not a credential, such as a token inside a URL, still counts as a false
  positive.)

Per entity type:

* A **gold span is found** when the union of predicted spans of a compatible type
  covers at least 50% of its characters.  recall = found / support.
* A **predicted span is a true positive** when it overlaps some gold span of a
  compatible type by at least 50% of the shorter of the two spans (so "Smith" for
  gold "Anna Smith" counts, and so does "Dr. Anna Smith").  Every other predicted
  span is a false positive of its own type, including predictions on hard
  negatives and predictions of types the corpus never labels.
  precision = TP predictions / all predictions of that type (1.0 when none).

Corpus-wide:

* **leak rate** = gold PII characters not covered by ANY predicted span (type
  ignored) / all gold PII characters.  Also reported per domain and per kind.
* **false-alarm rate** = hard-negative records (kind ``hard_negative``, no gold
  spans) with at least one predicted span / all hard-negative records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus" / "prompts.jsonl"

COMPATIBLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"US_SSN", "US_ITIN"}),
    frozenset({"STREET_ADDRESS", "US_ZIP_CODE"}),
    frozenset({"API_KEY", "PASSWORD", "HIGH_ENTROPY_SECRET"}),
)

MIN_GOLD_COVERAGE = 0.5  # share of a gold span's characters a compatible prediction must cover
MIN_PRED_OVERLAP = 0.5  # share of the shorter span that must overlap for a predicted TP


def compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in COMPATIBLE_GROUPS)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class CorpusRecord:
    id: str
    domain: str
    kind: str
    text: str
    spans: tuple[Span, ...]

    @property
    def is_hard_negative(self) -> bool:
        return self.kind == "hard_negative"


def load_corpus(path: str | Path | None = None) -> list[CorpusRecord]:
    """Load and validate the JSONL corpus (default: corpus/prompts.jsonl next to this file)."""
    path = Path(path) if path is not None else DEFAULT_CORPUS
    records = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            spans = tuple(sorted((Span(int(s["start"]), int(s["end"]), str(s["entity_type"]))
                                  for s in raw["spans"]), key=lambda s: (s.start, s.end)))
            text = raw["text"]
            for s in spans:
                if not (0 <= s.start < s.end <= len(text)):
                    raise ValueError("%s:%d: span %r out of range" % (path, lineno, s))
            records.append(CorpusRecord(str(raw["id"]), raw["domain"], raw["kind"], text, spans))
    return records


def _as_span(obj, text_len: int) -> Span:
    if isinstance(obj, dict):
        start, end, etype = obj["start"], obj["end"], obj["entity_type"]
    else:
        start, end, etype = obj.start, obj.end, obj.entity_type
    start, end = int(start), int(end)
    if not (0 <= start < end <= text_len):
        raise ValueError("detector returned an invalid span %s [%d, %d) for a text of length %d"
                         % (etype, start, end, text_len))
    return Span(start, end, str(etype))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _covered(span: Span, preds: Iterable[Span]) -> int:
    """Number of characters of ``span`` covered by the union of ``preds``."""
    marks = bytearray(len(span))
    for p in preds:
        lo, hi = max(p.start, span.start), min(p.end, span.end)
        if lo < hi:
            marks[lo - span.start:hi - span.start] = b"\x01" * (hi - lo)
    return sum(marks)


@dataclass
class EntityScore:
    entity_type: str
    support: int = 0  # gold spans
    found: int = 0  # gold spans found
    predicted: int = 0  # predicted spans
    true_positives: int = 0  # predicted spans that match a gold span

    @property
    def recall(self) -> float:
        return self.found / self.support if self.support else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0


@dataclass
class _Leak:
    gold_chars: int = 0
    leaked_chars: int = 0

    @property
    def rate(self) -> float:
        return self.leaked_chars / self.gold_chars if self.gold_chars else 0.0


@dataclass
class ScoreReport:
    entities: dict[str, EntityScore] = field(default_factory=dict)
    leak: _Leak = field(default_factory=_Leak)
    leak_by_domain: dict[str, _Leak] = field(default_factory=dict)
    leak_by_kind: dict[str, _Leak] = field(default_factory=dict)
    hard_negatives: int = 0
    false_alarm_ids: list[str] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)  # (record id, gold type)
    false_positives: list[tuple[str, str]] = field(default_factory=list)  # (record id, predicted type)
    records: int = 0

    @property
    def leak_rate(self) -> float:
        return self.leak.rate

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarm_ids) / self.hard_negatives if self.hard_negatives else 0.0

    @property
    def domain_leak_rates(self) -> dict[str, float]:
        return {d: l.rate for d, l in sorted(self.leak_by_domain.items())}

    @property
    def kind_leak_rates(self) -> dict[str, float]:
        return {k: l.rate for k, l in sorted(self.leak_by_kind.items())}

    def entity(self, entity_type: str) -> EntityScore:
        return self.entities.get(entity_type) or EntityScore(entity_type)

    def recall(self, entity_type: str) -> float:
        return self.entity(entity_type).recall

    def precision(self, entity_type: str) -> float:
        return self.entity(entity_type).precision

    def misses_for(self, entity_type: str) -> list[str]:
        return [rid for rid, t in self.misses if t == entity_type]

    def false_positives_for(self, entity_type: str) -> list[str]:
        return [rid for rid, t in self.false_positives if t == entity_type]

    def to_table(self) -> str:
        lines = ["%-22s %7s %6s %7s %9s %6s %9s" % ("entity", "support", "found", "recall",
                                                 "predicted", "TP", "precision")]
        lines.append("-" * len(lines[0]))
        for name in sorted(self.entities):
            e = self.entities[name]
            lines.append("%-22s %7d %6d %7s %9d %6d %9s" % (
                name, e.support, e.found, "%.3f" % e.recall if e.support else "-",
                e.predicted, e.true_positives, "%.3f" % e.precision if e.predicted else "-"))
        lines.append("")
        lines.append("records: %d   leak rate: %.2f%% (%d of %d gold PII chars uncovered)" % (
            self.records, 100 * self.leak_rate, self.leak.leaked_chars, self.leak.gold_chars))
        lines.append("leak rate by domain: " + "  ".join(
            "%s %.2f%%" % (d, 100 * r) for d, r in self.domain_leak_rates.items()))
        lines.append("leak rate by kind:   " + "  ".join(
            "%s %.2f%%" % (k, 100 * r) for k, r in self.kind_leak_rates.items()))
        lines.append("hard-negative false alarms: %d of %d records (%.2f%%)" % (
            len(self.false_alarm_ids), self.hard_negatives, 100 * self.false_alarm_rate))
        return "\n".join(lines)


DetectFn = Callable[[str], Sequence[object]]


def score(records: Sequence[CorpusRecord], detect_fn: DetectFn) -> ScoreReport:
    """Run ``detect_fn`` over every record and score it (see the module docstring)."""
    report = ScoreReport(records=len(records))

    def ent(name: str) -> EntityScore:
        if name not in report.entities:
            report.entities[name] = EntityScore(name)
        return report.entities[name]

    for rec in records:
        preds = [_as_span(p, len(rec.text)) for p in detect_fn(rec.text)]
        gold = rec.spans
        if rec.is_hard_negative:
            report.hard_negatives += 1
            if preds:
                report.false_alarm_ids.append(rec.id)

        for g in gold:
            e = ent(g.entity_type)
            e.support += 1
            same = [p for p in preds if compatible(p.entity_type, g.entity_type)]
            if _covered(g, same) >= MIN_GOLD_COVERAGE * len(g):
                e.found += 1
            else:
                report.misses.append((rec.id, g.entity_type))
            uncovered = len(g) - _covered(g, preds)
            for leak in (report.leak,
                         report.leak_by_domain.setdefault(rec.domain, _Leak()),
                         report.leak_by_kind.setdefault(rec.kind, _Leak())):
                leak.gold_chars += len(g)
                leak.leaked_chars += uncovered

        for p in preds:
            e = ent(p.entity_type)
            e.predicted += 1
            if any(compatible(p.entity_type, g.entity_type)
                   and _overlap(p, g) >= MIN_PRED_OVERLAP * min(len(p), len(g)) for g in gold):
                e.true_positives += 1
            else:
                report.false_positives.append((rec.id, p.entity_type))
    return report
