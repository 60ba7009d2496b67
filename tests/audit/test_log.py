"""AuditLog behaviour: chain order, checkpoints, rotation, durability, failing closed."""

from __future__ import annotations

import asyncio
import errno
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hushgate.audit import AuditLog, AuditSettings, AuditUnavailable, AuditWriteError
from hushgate.audit.sinks import JsonlFileSink, StreamSink
from hushgate.audit.verify import verify_paths

from .conftest import read_records, registry_of, request_event


class FlakySink(JsonlFileSink):
    """A real file sink whose disk can be made 'full' mid-line."""

    broken = False

    def write(self, index: int, data: bytes) -> None:
        if self.broken:
            if self._fd is None or index != self._index:
                self._open(index)
            os.write(self._fd, data[: len(data) // 2])  # a torn line reaches the file
            raise OSError(errno.ENOSPC, "No space left on device")
        super().write(index, data)


def _flaky(holder: list[FlakySink], directory: Path) -> Callable[[str], list[FlakySink]]:
    def factory(chain_id: str) -> list[FlakySink]:
        holder.append(FlakySink(directory, chain_id))
        return holder

    return factory


async def _until(predicate: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.01)


def _verified(directory: Path) -> bool:
    return all(r.ok for r in verify_paths([directory], registry_of(directory)))


async def test_seq_is_strictly_increasing_and_links_each_record(audit_log: AuditLog) -> None:
    for i in range(30):
        await audit_log.record(request_event(i))
    await audit_log.aclose()
    records = read_records(audit_log.settings.directory)
    assert [r["seq"] for r in records] == list(range(len(records)))
    assert all(b["prev_hash"] == a["entry_hash"] for a, b in zip(records, records[1:]))


async def test_clean_shutdown_seals_the_chain_with_a_signed_checkpoint(audit_log: AuditLog) -> None:
    await audit_log.record(request_event(1))
    await audit_log.aclose()
    last = read_records(audit_log.settings.directory)[-1]
    assert last["kind"] == "checkpoint" and last["reason"] == "shutdown"
    assert verify_paths([audit_log.settings.directory], registry_of(audit_log.settings.directory))[0].sealed


async def test_a_checkpoint_follows_every_n_records(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    log = make_log(settings.model_copy(update={"checkpoint_every_records": 10}))
    await log.start()
    for i in range(35):
        await log.record(request_event(i))
    await log.aclose()
    reasons = [r["reason"] for r in read_records(settings.directory) if r["kind"] == "checkpoint"]
    assert reasons == ["count", "count", "count", "shutdown"]


async def test_a_checkpoint_is_written_after_the_time_interval(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    log = make_log(settings.model_copy(update={"checkpoint_every_seconds": 0.1}))
    await log.start()
    await log.record(request_event(1))
    await _until(lambda: any(r.get("reason") == "interval" for r in read_records(settings.directory)))
    await log.aclose()


async def test_size_rotation_opens_each_new_file_with_a_checkpoint(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    log = make_log(settings.model_copy(update={"rotate_bytes": 4096}))
    await log.start()
    for i in range(40):
        await log.record(request_event(i))
    await log.aclose()
    files = sorted(settings.directory.glob("audit-*.jsonl"))
    assert len(files) > 3
    for path in files[1:]:
        first = read_records_of(path)[0]
        assert first["kind"] == "checkpoint" and first["reason"] == "rotate"
    assert _verified(settings.directory)


async def test_time_rotation_starts_a_new_file(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    log = make_log(settings.model_copy(update={"rotate_seconds": 0.1}))
    await log.start()
    await log.record(request_event(1))
    await _until(lambda: len(list(settings.directory.glob("audit-*.jsonl"))) >= 2)
    await log.aclose()
    assert _verified(settings.directory)


def read_records_of(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_fsync_every_syncs_before_record_returns(settings: AuditSettings, make_log: Callable[..., AuditLog], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr("hushgate.audit.sinks.os.fsync", lambda fd: (calls.append(fd), real_fsync(fd))[1])
    log = make_log(settings.model_copy(update={"fsync": "every"}))
    await log.start()
    before = len(calls)
    for i in range(20):
        written = await log.record(request_event(i))
        assert len(calls) - before >= i + 1
        assert written.entry_hash.encode() in b"".join(p.read_bytes() for p in settings.directory.glob("audit-*.jsonl"))
    await log.aclose()


async def test_batched_fsync_groups_many_records_per_sync(settings: AuditSettings, make_log: Callable[..., AuditLog], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr("hushgate.audit.sinks.os.fsync", lambda fd: (calls.append(fd), real_fsync(fd))[1])
    log = make_log(settings.model_copy(update={"fsync": "batched", "fsync_interval_ms": 1000}))
    await log.start()
    for i in range(200):
        await log.record(request_event(i))
    await log.aclose()
    assert len(calls) < 20


async def test_start_fails_when_the_directory_cannot_be_written(tmp_path: Path, make_log: Callable[..., AuditLog]) -> None:
    (tmp_path / "not-a-dir").write_text("")
    log = make_log(AuditSettings(directory=tmp_path / "not-a-dir" / "audit"))
    with pytest.raises(AuditWriteError):
        await log.start()
    assert not log.healthy


async def test_failed_sink_refuses_regulated_classes_and_recovers_without_torn_lines(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    sinks: list[FlakySink] = []
    alerts: list[str] = []
    log = make_log(settings, sinks=_flaky(sinks, settings.directory), on_alert=lambda name, _: alerts.append(name))
    await log.start()
    log.check_before_forward(["PHI"])
    sinks[0].broken = True
    await log.record(request_event(1))  # batched: accepted, the write then fails
    await _until(lambda: not log.healthy)
    assert alerts == ["audit_sink_failed"]
    for classes in (["PHI"], ["PCI"], ["PII"]):
        with pytest.raises(AuditUnavailable):
            log.check_before_forward(classes)
    await log.record(request_event(2, status=503, error_code="audit_unavailable"))  # the refusal is audited too
    sinks[0].broken = False
    await _until(lambda: log.healthy)
    log.check_before_forward(["PHI"])
    await log.aclose()
    assert alerts == ["audit_sink_failed", "audit_sink_recovered"]
    records = read_records(settings.directory)  # every line parses: the torn half-line was removed
    assert [r.get("request_id") for r in records if r.get("event_type") == "request"] == ["req-1", "req-2"]
    assert [r["dropped"] for r in records if r.get("event_type") == "audit.gap"] == [0]  # the outage is on record
    assert _verified(settings.directory)


async def test_buffer_and_alert_lets_unregulated_classes_through(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    sinks: list[FlakySink] = []
    log = make_log(settings.model_copy(update={"on_failure_for_other_classes": "buffer_and_alert"}), sinks=_flaky(sinks, settings.directory))
    await log.start()
    sinks[0].broken = True
    await log.record(request_event(1))
    await _until(lambda: not log.healthy)
    log.check_before_forward(["PII"])
    with pytest.raises(AuditUnavailable):
        log.check_before_forward(["PII", "PHI"])
    sinks[0].broken = False
    await log.aclose()


async def test_fsync_every_raises_when_the_record_is_not_durable(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    sinks: list[FlakySink] = []
    log = make_log(settings.model_copy(update={"fsync": "every"}), sinks=_flaky(sinks, settings.directory))
    await log.start()
    sinks[0].broken = True
    with pytest.raises(AuditWriteError) as raised:
        await log.record(request_event(1))
    assert raised.value.queued
    sinks[0].broken = False
    await log.aclose()
    assert "req-1" in [r.get("request_id") for r in read_records(settings.directory)]


async def test_records_refused_while_the_buffer_is_full_leave_a_gap_marker(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    sinks: list[FlakySink] = []
    alerts: list[str] = []
    log = make_log(
        settings.model_copy(update={"max_pending_records": 3}), sinks=_flaky(sinks, settings.directory),
        on_alert=lambda name, _: alerts.append(name),
    )
    await log.start()
    sinks[0].broken = True
    refused = 0
    for i in range(8):
        try:
            await log.record(request_event(i))
        except AuditWriteError as exc:
            assert not exc.queued
            refused += 1
    assert refused == 5
    await _until(lambda: alerts == ["audit_sink_failed"])
    sinks[0].broken = False
    await _until(lambda: log.healthy)
    await _until(lambda: any(r.get("event_type") == "audit.gap" for r in read_records(settings.directory)))
    await log.aclose()
    gap = next(r for r in read_records(settings.directory) if r.get("event_type") == "audit.gap")
    assert gap["dropped"] == 5
    assert _verified(settings.directory)


async def test_stdout_sink_receives_the_same_lines_as_the_file(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> None:
    stream = io.BytesIO()
    log = make_log(settings, sinks=lambda chain: [JsonlFileSink(settings.directory, chain), StreamSink(stream)])
    await log.start()
    await log.record(request_event(1))
    await log.aclose()
    files = b"".join(p.read_bytes() for p in sorted(settings.directory.glob("audit-*.jsonl")))
    assert stream.getvalue() == files and files.count(b"\n") == 4


WORKER = """
import asyncio, sys
from pathlib import Path
from hushgate.audit import AuditLog, AuditSettings, AuditEvent
from hushgate.audit.signing import parse_private_key
from hushgate.secrets import ServerSecret

async def main():
    settings = AuditSettings(directory=Path(sys.argv[1]), instance="worker", rotate_bytes=16384, checkpoint_every_records=25)
    log = AuditLog(settings, ServerSecret(b"audit-test-secret-0123456789abcdef"), parse_private_key(sys.argv[2].encode()))
    await log.start()
    for i in range(300):
        await log.record(AuditEvent(request_id=f"w{i}", status=200, data_classes=["PII"]))
    await log.aclose()

asyncio.run(main())
"""


def test_concurrent_worker_processes_write_separate_chains_that_all_verify(tmp_path: Path, signer) -> None:  # type: ignore[no-untyped-def]
    import base64

    from cryptography.hazmat.primitives import serialization

    seed = base64.b64encode(signer.private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())).decode()
    directory = tmp_path / "audit"
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(directory), seed]) for _ in range(3)]
    assert [w.wait(timeout=60) for w in workers] == [0, 0, 0]
    reports = verify_paths([directory], registry_of(directory))
    assert len(reports) == 3 and all(r.ok and r.sealed for r in reports)
    assert sum(r.records for r in reports) == 3 * (300 + 2) + sum(r.checkpoints for r in reports)
