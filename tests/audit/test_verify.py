"""`verify` finds the first bad record of each kind of tampering."""

from __future__ import annotations

import json
from pathlib import Path

from hushgate.audit.chain import Chain
from hushgate.audit.records import canonical_json, compute_entry_hash, parse_line
from hushgate.audit.signing import AuditSigner, publish_public_key
from hushgate.audit.verify import ChainReport, verify_paths

from .conftest import build_log, registry_of


def _verify(directory: Path, **kwargs: object) -> ChainReport:
    reports = verify_paths([directory], registry_of(directory), **kwargs)  # type: ignore[arg-type]
    assert len(reports) == 1
    return reports[0]


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def _write(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(lines))


def _rehash_from(lines: list[bytes], start: int) -> list[bytes]:
    """What an attacker without the signing key can do: recompute every hash from ``start``."""
    out = lines[:start]
    prev = parse_line(out[-1])["entry_hash"] if out else "0" * 64
    for raw in lines[start:]:
        record = parse_line(raw)
        record.pop("entry_hash")
        record["prev_hash"] = prev
        prev = record["entry_hash"] = compute_entry_hash(prev, record)
        out.append(canonical_json(record) + b"\n")
    return out


def test_untouched_log_verifies_and_is_sealed(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 300, checkpoint_every=50)
    report = _verify(tmp_path)
    assert report.ok and report.sealed and report.unsigned_tail == 0
    assert report.checkpoints == 7


def test_edited_field_is_reported_at_its_seq(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 100)
    lines = _lines(path)
    lines[40] = lines[40].replace(b'"decision":"redact"', b'"decision":"allow"')
    _write(path, lines)
    report = _verify(tmp_path)
    assert set(report.findings) == {"edited"}
    assert report.findings["edited"].seq == 40 and report.findings["edited"].location.endswith(":41")


def test_deleted_record_is_reported_with_the_missing_seq(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 100)
    lines = _lines(path)
    del lines[30:32]
    _write(path, lines)
    finding = _verify(tmp_path).findings["deleted"]
    assert finding.seq == 30 and "seq 30..31 missing" in finding.detail


def test_inserted_record_with_a_reused_seq_is_reported(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 100)
    lines = _lines(path)
    forged = parse_line(lines[20])
    forged["decision"] = "allow"
    forged.pop("entry_hash")
    forged["entry_hash"] = compute_entry_hash(forged["prev_hash"], forged)
    lines.insert(20, canonical_json(forged) + b"\n")
    _write(path, lines)
    report = _verify(tmp_path)
    assert report.findings["inserted"].seq == 20
    assert "duplicate seq 20" in report.findings["inserted"].detail


def test_reordered_records_are_reported_as_reordering(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 100)
    lines = _lines(path)
    lines[50], lines[51] = lines[51], lines[50]
    _write(path, lines)
    report = _verify(tmp_path)
    assert report.findings["reordered"].seq == 50
    assert "deleted" not in report.findings


def test_records_rewritten_with_recomputed_hashes_are_caught_by_the_next_checkpoint(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 120, checkpoint_every=50)
    lines = _lines(path)
    lines[10] = lines[10].replace(b'"decision":"redact"', b'"decision":"allow"')
    _write(path, _rehash_from(lines, 10))
    report = _verify(tmp_path)
    assert "edited" not in report.findings  # every hash is consistent again ...
    assert report.findings["forged_checkpoint"].seq == 50  # ... but the signed head no longer matches


def test_inserted_record_with_renumbered_tail_is_caught_by_the_signed_root(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 120, checkpoint_every=50)
    lines = [parse_line(raw) for raw in _lines(path)]
    extra = dict(lines[5], request_id="req-fake")
    lines.insert(6, extra)
    for seq, record in enumerate(lines):
        record["seq"] = seq
        record["id"] = f"{record['chain']}:{seq}"
    _write(path, _rehash_from([canonical_json(r) + b"\n" for r in lines], 6))
    report = _verify(tmp_path)
    assert report.findings["forged_checkpoint"].seq == 51


def test_forged_checkpoint_signed_by_another_key_is_reported(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 30, seal=False, checkpoint_every=1000)
    mallory = Chain("test-1-abcdef", AuditSigner.generate())
    lines = _lines(path)
    last = parse_line(lines[-1])
    mallory.next_seq, mallory.head = last["seq"] + 1, last["entry_hash"]
    for raw in lines:
        mallory.tree.append(bytes.fromhex(parse_line(raw)["entry_hash"]))
    lines.append(mallory.checkpoint("shutdown", last["ts"])[0])
    _write(path, lines)
    finding = _verify(tmp_path).findings["forged_checkpoint"]
    assert finding.seq == 31 and "unknown key" in finding.detail


def test_truncated_tail_of_a_sealed_chain_fails_when_sealing_is_required(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 100, checkpoint_every=40)
    kept = _lines(path)[:-5]
    _write(path, kept)
    assert _verify(tmp_path).ok  # a crashed writer looks the same without more evidence
    finding = _verify(tmp_path, require_sealed=True).findings["truncated"]
    assert finding.seq == parse_line(kept[-1])["seq"] + 1 and "shutdown checkpoint" in finding.detail


def test_truncated_tail_is_detected_from_a_witnessed_checkpoint(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 100, checkpoint_every=40)
    lines = _lines(path)
    witness = [json.loads(raw) for raw in lines if b'"kind":"checkpoint"' in raw]
    _write(path, lines[:60])
    finding = _verify(tmp_path, witness=witness).findings["truncated"]
    assert finding.seq == 60 and "signed checkpoint at seq 81" in finding.detail


def test_partial_last_line_is_reported_as_truncation(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 20)
    data = path.read_bytes()
    path.write_bytes(data[:-40])
    assert "truncated" in _verify(tmp_path).findings


def test_open_chain_reports_how_many_records_are_not_yet_signed(tmp_path: Path, signer: AuditSigner) -> None:
    [path] = build_log(tmp_path, signer, 70, checkpoint_every=50, seal=False)
    checkpoint_at = next(i for i, raw in enumerate(_lines(path)) if b'"kind":"checkpoint"' in raw)
    report = _verify(tmp_path)
    assert report.ok and not report.sealed
    assert report.unsigned_tail == len(_lines(path)) - 1 - checkpoint_at


def test_checkpoints_of_a_rotated_key_still_verify(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 60, checkpoint_every=20, chain_id="old-1-aaaaaa")
    rotated = AuditSigner.generate()
    build_log(tmp_path, rotated, 60, checkpoint_every=20, chain_id="new-2-bbbbbb")
    publish_public_key(tmp_path / "audit-keys.json", signer)
    reports = verify_paths([tmp_path], registry_of(tmp_path))
    assert [r.ok for r in reports] == [True, True]
    assert {k.key_id for k in registry_of(tmp_path).keys} == {signer.key_id, rotated.key_id}


def test_chains_are_verified_independently(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 40, chain_id="gw-1-aaaaaa")
    [bad] = build_log(tmp_path, signer, 40, chain_id="gw-2-bbbbbb")
    lines = _lines(bad)
    del lines[10]
    _write(bad, lines)
    reports = {r.chain: r for r in verify_paths([tmp_path], registry_of(tmp_path))}
    assert reports["gw-1-aaaaaa"].ok and reports["gw-2-bbbbbb"].findings["deleted"].seq == 10


def test_a_clock_stepping_backwards_does_not_break_the_chain(tmp_path: Path, signer: AuditSigner) -> None:
    build_log(tmp_path, signer, 50, ts=lambda i: f"2026-01-01T00:{59 - i:02d}:00.000Z")
    assert _verify(tmp_path).ok
