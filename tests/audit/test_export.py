"""Export: filters, CSV safety, verification status, constant memory."""

from __future__ import annotations

import csv
import io
import json
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hushgate.audit.export import ExportFilter, ExportSummary, csv_cell, parse_time, stream_export
from hushgate.audit.records import event_fields
from hushgate.audit.signing import AuditSigner

from .conftest import build_log, registry_of, request_event


def _jsonl(directory: Path, flt: ExportFilter) -> list[dict]:
    data = b"".join(stream_export([directory], flt, registry_of(directory), "jsonl"))
    return [json.loads(line) for line in data.splitlines()]


def test_jsonl_export_ends_with_its_verification_status(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 50)
    rows = _jsonl(tmp_path, ExportFilter())
    assert rows[-1] == {"kind": "export_summary", "records": 52, "chains": 1, "verification": "ok", "tampered_chains": []}
    assert all(r["kind"] == "event" for r in rows[:-1])


def test_export_of_a_tampered_log_says_so(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 50)
    lines = path.read_bytes().splitlines(keepends=True)
    del lines[10]
    path.write_bytes(b"".join(lines))
    summary = _jsonl(tmp_path, ExportFilter(decision="block"))[-1]
    assert summary["verification"] == "TAMPERED" and summary["tampered_chains"] == ["test-1-abcdef"]


def test_filters_select_by_key_decision_and_class(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 90)
    rows = _jsonl(tmp_path, ExportFilter(key_id="key-3", decision="block", data_class="PII"))[:-1]
    assert [r["request_id"] for r in rows] == ["req-10", "req-80"]
    assert _jsonl(tmp_path, ExportFilter(data_class="PCI"))[:-1] == []


def test_time_window_is_inclusive_since_exclusive_until(tmp_path: Path, signer: AuditSigner) -> None:
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    stamp = lambda i: (start + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%S.000Z")  # noqa: E731
    build_log(tmp_path, signer, 30, ts=stamp)
    rows = _jsonl(tmp_path, ExportFilter(since=parse_time("2026-01-01T00:10:00Z"), until=parse_time("2026-01-01T00:13:00Z")))[:-1]
    assert [r["request_id"] for r in rows] == ["req-10", "req-11", "req-12"]


def test_csv_cells_that_start_a_formula_are_escaped() -> None:
    for payload in ("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "\0x"):
        assert csv_cell(payload).startswith("'")
    assert csv_cell("gpt-test") == "gpt-test" and csv_cell(None) == ""


def test_csv_export_escapes_client_strings_from_records(tmp_path: Path, signer: AuditSigner) -> None:
    from hushgate.audit.chain import Chain
    from hushgate.audit.files import file_name
    from hushgate.audit.records import utc_now
    from hushgate.audit.signing import publish_public_key

    publish_public_key(tmp_path / "audit-keys.json", signer)
    chain = Chain("csv-1-abcdef", signer)
    body = event_fields(request_event(1, requested_model='=cmd|"/c calc"!A1', team="@evil"))
    (tmp_path / file_name("csv-1-abcdef", 0)).write_bytes(chain.append(body, utc_now())[0])
    data = b"".join(stream_export([tmp_path], ExportFilter(), registry_of(tmp_path), "csv")).decode()
    rows = list(csv.DictReader(io.StringIO(data)))
    assert rows[0]["requested_model"].startswith("'=") and rows[0]["team"] == "'@evil"
    assert rows[-1]["kind"] == "export_summary" and rows[-1]["verification"] == "ok"


def test_export_of_100k_records_streams_in_constant_memory(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 100_000, checkpoint_every=1000, per_file=25_000)
    size = sum(p.stat().st_size for p in tmp_path.glob("audit-*.jsonl"))
    summary = ExportSummary()
    exported = 0
    tracemalloc.start()
    started = time.monotonic()
    try:
        for chunk in stream_export([tmp_path], ExportFilter(), registry_of(tmp_path), "jsonl", summary):
            exported += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.records == 100_002 and summary.verified
    assert exported > size // 2
    assert peak < 2 * 1024 * 1024, f"peak {peak} bytes for a {size}-byte log"
    assert time.monotonic() - started < 60
