"""Retention: pruning old files leaves a log that still verifies."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hushgate.audit.prune import apply_prune, parse_duration, plan_prune
from hushgate.audit.signing import AuditSigner
from hushgate.audit.verify import verify_paths

from .conftest import build_log, registry_of

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def _aged(days_per_record: float):  # type: ignore[no-untyped-def]
    start = NOW - timedelta(days=200)
    return lambda i: (start + timedelta(days=i * days_per_record)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_pruning_removes_old_files_and_the_rest_verifies_anchored_at_a_checkpoint(tmp_path: Path, signer: AuditSigner) -> None:
    paths = build_log(tmp_path, signer, 200, per_file=50, checkpoint_every=30, ts=_aged(1.0))
    plan = plan_prune([tmp_path], timedelta(days=90), now=NOW)
    assert plan.remove == paths[:2]  # records of files 0 and 1 are all older than 90 days
    apply_prune(plan)
    [report] = verify_paths([tmp_path], registry_of(tmp_path))
    assert report.ok and report.sealed
    assert report.anchored_at is not None and report.first_seq == report.anchored_at


def test_the_newest_file_of_a_chain_is_never_pruned(tmp_path: Path, signer: AuditSigner) -> None:
    paths = build_log(tmp_path, signer, 100, per_file=50, ts=_aged(0.01))
    plan = plan_prune([tmp_path], timedelta(days=1), now=NOW)
    assert plan.remove == paths[:-1]


def test_without_an_anchor_checkpoint_older_files_are_kept(tmp_path: Path, signer: AuditSigner) -> None:
    paths = build_log(tmp_path, signer, 100, per_file=50, ts=_aged(0.01))
    second = paths[1].read_bytes().splitlines(keepends=True)
    paths[1].write_bytes(b"".join(second[1:]))  # drop the rotate checkpoint
    plan = plan_prune([tmp_path], timedelta(days=1), now=NOW)
    assert plan.remove == [] and "does not open with a signed checkpoint" in next(iter(plan.kept_because.values()))


def test_verifier_rejects_a_chain_whose_head_was_cut_without_an_anchor(tmp_path: Path, signer: AuditSigner) -> None:
    paths = build_log(tmp_path, signer, 100, per_file=50)
    second = paths[1].read_bytes().splitlines(keepends=True)
    paths[1].write_bytes(b"".join(second[1:]))
    paths[0].unlink()
    [report] = verify_paths([tmp_path], registry_of(tmp_path))
    assert report.findings["deleted"].seq == 0


@pytest.mark.parametrize(("text", "expected"), [("90d", timedelta(days=90)), ("12h", timedelta(hours=12)), ("2w", timedelta(weeks=2))])
def test_durations_parse(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["90", "d90", "-5d", "1y", ""])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="invalid duration"):
        parse_duration(text)


def test_pruning_leaves_a_signed_manifest_of_what_it_removed(tmp_path: Path, signer: AuditSigner) -> None:
    import hashlib

    from hushgate.audit.manifest import PruneManifest
    from hushgate.audit.prune import manifest_for

    paths = build_log(tmp_path, signer, 200, per_file=50, checkpoint_every=30, ts=_aged(1.0))
    hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths[:2]}
    plan = plan_prune([tmp_path], timedelta(days=90), now=NOW)
    written = apply_prune(plan, manifest_for(plan, False, signer))
    assert written is not None and not any(p.exists() for p in paths[:2])
    manifest = PruneManifest.model_validate_json(written.read_text())
    assert manifest.check(registry_of(tmp_path)) is None
    assert {f.name: f.sha256 for f in manifest.files} == hashes
    assert manifest.files[0].first_seq == 0 and manifest.files[1].last_seq is not None
    assert verify_paths([tmp_path], registry_of(tmp_path))[0].ok  # the manifest is not mistaken for a log file


def test_an_altered_manifest_fails_its_signature(tmp_path: Path, signer: AuditSigner) -> None:
    from hushgate.audit.prune import manifest_for

    build_log(tmp_path, signer, 100, per_file=50, ts=_aged(1.0))
    manifest = manifest_for(plan_prune([tmp_path], timedelta(days=1), now=NOW), True, signer)
    manifest.files = manifest.files[:0]
    assert "does not verify" in (manifest.check(registry_of(tmp_path)) or "")
