"""Verify audit chains and report the first bad record of each kind of tampering.

Streaming, constant memory per chain (a bounded window of gaps and the
Merkle frontier). What each check catches:

``edited``       a record whose content no longer matches its entry_hash.
``deleted``      seq numbers missing from the chain (or its head, unless a
                 signed checkpoint anchors it after pruning).
``inserted``     a duplicate seq, a record of another chain, or a record that
                 does not link to its predecessor.
``reordered``    a seq that appears after a later one.
``rewritten``    a validly signed checkpoint whose root does not match the
                 records before it: they were altered and re-hashed.
``forged_checkpoint`` a checkpoint with a bad signature or an unknown key.
``truncated``    a partial last line; a witnessed checkpoint beyond the last
                 record; with ``require_sealed``, a chain that does not end
                 with its shutdown checkpoint.

Limits (documented, not hidden): the chain hash is unkeyed, so records after
the last signed checkpoint can be rewritten or dropped from the tail without
detection unless a copy of a later checkpoint exists elsewhere (``witness``:
the stdout sink or a SIEM holding checkpoint lines). A clean shutdown writes a
``shutdown`` checkpoint, so every record of a closed chain is signed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checkpoints import MerkleFrontier, check_checkpoint
from .files import AuditFile, Line, discover, read_lines
import re

from .records import ZERO_HASH, recompute_hash
from .signing import KeyRegistry

KINDS = ("edited", "deleted", "inserted", "reordered", "rewritten", "forged_checkpoint", "truncated")
_MAX_GAPS = 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Finding:
    kind: str
    seq: int | None
    location: str
    detail: str


@dataclass
class ChainReport:
    chain: str
    files: list[Path] = field(default_factory=list)
    records: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    checkpoints: int = 0
    anchored_at: int | None = None
    sealed: bool = False
    unsigned_tail: int = 0
    findings: dict[str, Finding] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.findings


class ChainVerifier:
    """Feed it a chain's lines in file order, then call :meth:`finish`."""

    def __init__(self, chain: str, registry: KeyRegistry) -> None:
        self.registry = registry
        self.report = ChainReport(chain)
        self._last_hash = ZERO_HASH
        self._tree = MerkleFrontier()
        self._tree_ok = True  # False once the order is broken: roots would only repeat the finding
        self._gaps: list[tuple[int, int, str]] = []  # missing [start, end] seq ranges
        self._checkpoint_hashes: dict[int, str] = {}
        self._last_checkpoint_seq: int | None = None
        self._partial_at: str | None = None
        self._recent: dict[int, str] = {}  # seq -> location, last _MAX_GAPS records only

    def _flag(self, kind: str, seq: int | None, location: str, detail: str) -> None:
        self.report.findings.setdefault(kind, Finding(kind, seq, location, detail))

    def feed(self, line: Line) -> None:
        report = self.report
        report.records += 1
        if line.partial:
            self._partial_at = line.location
        record = line.record
        if record is None or not isinstance(record.get("seq"), int) or isinstance(record.get("seq"), bool):
            self._flag("edited", None, line.location, f"unreadable record ({line.error or 'no seq'})")
            self._tree_ok = False
            return
        seq: int = record["seq"]
        if record.get("chain") != report.chain:
            self._flag("inserted", seq, line.location, f"record names another chain ({str(record.get('chain'))[:40]})")
            self._tree_ok = False
            return
        stored = record.get("entry_hash")
        computed = recompute_hash(record)
        if computed != stored:
            self._flag("edited", seq, line.location, "content does not match its entry_hash")
            # Link the next record to the stored hash, so one edit is one finding.
            if not (isinstance(stored, str) and _HEX64.match(stored)):
                stored = computed or ZERO_HASH
        last = report.last_seq
        if last is None:
            self._start(record, seq, line)
        elif seq == last + 1:
            if record.get("prev_hash") != self._last_hash:
                self._flag("inserted", seq, line.location, f"does not link to seq {last} (replaced or inserted)")
                self._tree_ok = False
        elif seq > last + 1:
            if len(self._gaps) < _MAX_GAPS:
                self._gaps.append((last + 1, seq - 1, line.location))
            self._tree_ok = False
        else:
            if self._fill_gap(seq):
                self._flag("reordered", seq, line.location, f"seq {seq} appears after seq {last}")
            else:
                other = self._recent.get(seq)
                also = f" (also at {other})" if other else ""
                self._flag("inserted", seq, line.location, f"duplicate seq {seq}{also}")
            self._tree_ok = False
            return
        self._accept(record, seq, stored, line)

    def _start(self, record: Mapping[str, Any], seq: int, line: Line) -> None:
        self.report.first_seq = seq
        if seq == 0:
            if record.get("prev_hash") != ZERO_HASH:
                self._flag("inserted", seq, line.location, "seq 0 does not start from the zero hash")
            return
        if record.get("kind") == "checkpoint" and check_checkpoint(record, self.registry) is None:
            # Older files were pruned: continue the tree from the signed state.
            self._tree = MerkleFrontier.restore(seq, record["frontier"])
            self.report.anchored_at = seq
            return
        self._flag("deleted", 0, line.location, f"seq 0..{seq - 1} missing and no signed checkpoint anchors the chain")
        self._tree_ok = False

    def _fill_gap(self, seq: int) -> bool:
        for i, (start, end, where) in enumerate(self._gaps):
            if start <= seq <= end:
                parts = [(s, e, where) for s, e in ((start, seq - 1), (seq + 1, end)) if s <= e]
                self._gaps[i : i + 1] = parts
                return True
        return False

    def _accept(self, record: Mapping[str, Any], seq: int, stored: str, line: Line) -> None:
        report = self.report
        if record.get("kind") == "checkpoint":
            report.checkpoints += 1
            self._checkpoint_hashes[seq] = stored
            self._last_checkpoint_seq = seq
            problem = check_checkpoint(record, self.registry)
            if problem:
                self._flag("forged_checkpoint", seq, line.location, problem + " (forged, or the records before it were rewritten)")
            elif self._tree_ok and self._tree.size == seq and self._tree.root().hex() != record.get("root"):
                self._flag(
                    "rewritten", seq, line.location,
                    "signed root does not match the records it covers (records before it were altered and re-hashed)",
                )
            report.sealed = record.get("reason") == "shutdown"
        else:
            report.sealed = False
        try:
            self._tree.append(bytes.fromhex(stored))
        except ValueError:
            self._tree_ok = False
        report.last_seq = seq
        self._last_hash = stored
        self._recent[seq] = line.location
        if len(self._recent) > _MAX_GAPS:
            del self._recent[next(iter(self._recent))]

    def finish(self, witness: Iterable[Mapping[str, Any]] = (), require_sealed: bool = False) -> ChainReport:
        report = self.report
        for start, end, where in self._gaps:
            span = f"seq {start}" if start == end else f"seq {start}..{end}"
            self._flag("deleted", start, f"before {where}", f"{span} missing")
            break
        if self._partial_at:
            self._flag("truncated", None, self._partial_at, "last line is incomplete")
        last = report.last_seq if report.last_seq is not None else -1
        for checkpoint in witness:
            seq = checkpoint.get("seq")
            if not isinstance(seq, int):
                continue
            where = f"witness seq {seq}"
            if problem := check_checkpoint(checkpoint, self.registry):
                self._flag("forged_checkpoint", seq, where, f"witnessed checkpoint: {problem}")
            elif seq > last:
                self._flag("truncated", last + 1, where, f"records after seq {last} are missing (a signed checkpoint at seq {seq} exists)")
            elif seq in self._checkpoint_hashes and self._checkpoint_hashes[seq] != checkpoint.get("entry_hash"):
                self._flag("rewritten", seq, where, "checkpoint in the log differs from the witnessed one")
        if self._last_checkpoint_seq is not None:
            report.unsigned_tail = last - self._last_checkpoint_seq
        else:
            report.unsigned_tail = report.records
        if require_sealed and not report.sealed:
            self._flag("truncated", last + 1, "end of chain", "chain does not end with its shutdown checkpoint")
        return report


def verify_chain(
    chain: str, files: list[AuditFile], registry: KeyRegistry,
    witness: Iterable[Mapping[str, Any]] = (), require_sealed: bool = False,
) -> ChainReport:
    verifier = ChainVerifier(chain, registry)
    verifier.report.files = [f.path for f in files]
    for line in read_lines(files):
        verifier.feed(line)
    return verifier.finish(witness, require_sealed)


def verify_paths(
    paths: Iterable[Path], registry: KeyRegistry,
    witness: Iterable[Mapping[str, Any]] = (), require_sealed: bool = False,
) -> list[ChainReport]:
    witnessed: dict[str, list[Mapping[str, Any]]] = {}
    for checkpoint in witness:
        if checkpoint.get("kind") == "checkpoint":
            witnessed.setdefault(str(checkpoint.get("chain")), []).append(checkpoint)
    chains = discover(paths)
    reports = [verify_chain(c, files, registry, witnessed.get(c, ()), require_sealed) for c, files in chains.items()]
    for chain in sorted(set(witnessed) - set(chains)):
        report = ChainReport(chain)
        report.findings["deleted"] = Finding("deleted", 0, "witness", "a witnessed chain has no audit files")
        reports.append(report)
    return reports


def format_reports(reports: list[ChainReport]) -> str:
    lines: list[str] = []
    for r in reports:
        span = "no records" if r.last_seq is None else f"seq {r.first_seq}..{r.last_seq}"
        state = "OK" if r.ok else "TAMPERED"
        lines.append(f"chain {r.chain}: {state}  ({r.records} lines, {span}, {len(r.files)} file(s), {r.checkpoints} checkpoint(s))")
        if r.anchored_at is not None:
            lines.append(f"  anchored at signed checkpoint seq {r.anchored_at} (older records pruned)")
        if r.sealed:
            lines.append("  sealed: ends with a shutdown checkpoint; every record is signed")
        elif r.last_seq is not None:
            lines.append(
                f"  open: {r.unsigned_tail} record(s) after the last checkpoint are not yet signed;"
                " truncating them is detectable only with a witness (--witness) or --require-sealed"
            )
        for kind in KINDS:
            if f := r.findings.get(kind):
                at = f"seq {f.seq}" if f.seq is not None else "-"
                lines.append(f"  {kind:<18} {at:<12} {f.location}: {f.detail}")
    bad = sum(1 for r in reports if not r.ok)
    lines.append(f"result: {'OK' if not bad else 'TAMPERED'} ({len(reports)} chain(s), {bad} with findings)")
    return "\n".join(lines)
