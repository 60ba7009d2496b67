"""Export audit events as JSONL or CSV, streaming, with their verification status.

Every record of every chain is fed to the verifier (so the status covers what
was exported), while only matching events are yielded. Memory stays constant:
one line at a time plus the verifier's bounded state.

CSV cells that a spreadsheet would run as a formula (leading ``= + - @``,
tab, CR or NUL) are prefixed with ``'`` (OWASP CSV injection, SEC-49).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import orjson

from .files import discover, read_lines
from .signing import KeyRegistry
from .verify import ChainVerifier

CSV_COLUMNS = (
    "kind", "ts", "id", "event_type", "request_id", "key_id", "team", "client_address", "route",
    "requested_model", "provider", "model", "deployment", "data_classes", "entity_counts", "actions",
    "policy_id", "policy_version", "decision", "rule_ids", "status", "error_code", "usage",
    "cost_micro_usd", "latency_ms", "cache", "streamed", "request_digest", "response_digest",
    "dropped", "entry_hash", "verification",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def parse_time(value: str) -> datetime:
    """RFC 3339 (``Z`` or offset) or a bare date, as an aware UTC datetime."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


@dataclass(frozen=True)
class ExportFilter:
    since: datetime | None = None
    until: datetime | None = None
    key_id: str | None = None
    decision: str | None = None
    data_class: str | None = None

    def matches(self, record: dict[str, Any]) -> bool:
        if record.get("kind") != "event":
            return False
        if self.key_id is not None and record.get("key_id") != self.key_id:
            return False
        if self.decision is not None and record.get("decision") != self.decision:
            return False
        if self.data_class is not None and self.data_class not in (record.get("data_classes") or ()):
            return False
        if self.since is not None or self.until is not None:
            try:
                ts = parse_time(str(record.get("ts")))
            except ValueError:
                return False
            if self.since is not None and ts < self.since:
                return False
            if self.until is not None and ts >= self.until:
                return False
        return True


@dataclass
class ExportSummary:
    records: int = 0
    chains: int = 0
    tampered: list[str] | None = None

    @property
    def verified(self) -> bool:
        return not self.tampered

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "export_summary",
            "records": self.records,
            "chains": self.chains,
            "verification": "ok" if self.verified else "TAMPERED",
            "tampered_chains": self.tampered or [],
        }


def iter_records(paths: list[Path], flt: ExportFilter, registry: KeyRegistry, summary: ExportSummary) -> Iterator[dict[str, Any]]:
    """Matching event records; fills ``summary`` once exhausted."""
    chains = discover(paths)
    summary.tampered = []
    summary.chains = len(chains)
    for chain, files in chains.items():
        verifier = ChainVerifier(chain, registry)
        for line in read_lines(files):
            verifier.feed(line)
            if line.record is not None and flt.matches(line.record):
                summary.records += 1
                yield line.record
        if not verifier.finish().ok:
            summary.tampered.append(chain)


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (dict, list)):
        text = orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    else:
        text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return text


def stream_export(
    paths: list[Path], flt: ExportFilter, registry: KeyRegistry, fmt: Literal["jsonl", "csv"],
    summary: ExportSummary | None = None,
) -> Iterator[bytes]:
    """The export as byte chunks; the last line/row states the verification result."""
    summary = summary if summary is not None else ExportSummary()
    records = iter_records(paths, flt, registry, summary)
    if fmt == "jsonl":
        for record in records:
            yield orjson.dumps(record) + b"\n"
        yield orjson.dumps(summary.as_dict()) + b"\n"
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def take() -> bytes:
        data = buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
        return data

    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow([csv_cell(record.get(col)) for col in CSV_COLUMNS])
        yield take()
    tail = summary.as_dict()
    status = tail["verification"] + (": " + " ".join(summary.tampered or []) if summary.tampered else "")
    writer.writerow([csv_cell(tail["kind"])] + [""] * (len(CSV_COLUMNS) - 2) + [csv_cell(status)])
    yield take()
