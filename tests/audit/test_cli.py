"""`hushgate audit ...`: exit status 0 ok / 1 tampered / 2 usage, readable output, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hushgate.audit.signing import KeyRegistry, parse_private_key
from hushgate.cli import main

from .conftest import build_log


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["audit", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_of_an_intact_log_exits_0(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path, signer, 20)
    code, out, _ = _run(capsys, "verify", str(tmp_path))
    assert code == 0 and "result: OK" in out and "sealed" in out


def test_verify_of_a_tampered_log_exits_1_and_names_the_record(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    [path] = build_log(tmp_path, signer, 20)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[5] = lines[5].replace(b'"status":200', b'"status":201')
    path.write_bytes(b"".join(lines))
    code, out, _ = _run(capsys, "verify", str(path))
    assert code == 1 and "TAMPERED" in out
    assert "edited" in out and "seq 5" in out and f"{path.name}:6" in out


def test_verify_of_a_missing_path_exits_2_with_a_precise_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "verify", str(tmp_path / "nope"))
    assert code == 2 and "nope: no such file or directory" in err and "Traceback" not in err


def test_verify_with_an_unreadable_registry_exits_2(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path, signer, 5)
    (tmp_path / "keys.json").write_text("{not json")
    code, _, err = _run(capsys, "verify", str(tmp_path), "--keys", str(tmp_path / "keys.json"))
    assert code == 2 and "malformed" in err


def test_export_writes_csv_to_a_file_and_reports_status(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path / "log", signer, 20)
    out_file = tmp_path / "out.csv"
    code, _, err = _run(capsys, "export", str(tmp_path / "log"), "--format", "csv", "--decision", "block", "-o", str(out_file))
    assert code == 0 and "exported 2 record(s)" in err and "verified" in err
    assert out_file.read_text().count("\n") == 4  # header, 2 rows, summary


def test_export_with_a_bad_time_exits_2(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path, signer, 2)
    code, _, err = _run(capsys, "export", str(tmp_path), "--since", "yesterday")
    assert code == 2 and "RFC 3339" in err


def test_prune_dry_run_removes_nothing(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    paths = build_log(tmp_path, signer, 100, per_file=50, ts=lambda i: "2020-01-01T00:00:00.000Z")
    code, out, _ = _run(capsys, "prune", str(tmp_path), "--older-than", "90d", "--dry-run")
    assert code == 0 and "would remove" in out and all(p.exists() for p in paths)


def test_prune_with_a_bad_duration_exits_2(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path, signer, 2)
    code, _, err = _run(capsys, "prune", str(tmp_path), "--older-than", "ninety days")
    assert code == 2 and "invalid duration" in err


def test_keygen_creates_a_private_key_and_publishes_its_public_key(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    key, registry = tmp_path / "signing.pem", tmp_path / "audit" / "audit-keys.json"
    code, out, _ = _run(capsys, "keygen", "--out", str(key), "--registry", str(registry))
    signer = parse_private_key(key.read_bytes())
    assert code == 0 and signer.key_id in out
    assert os.stat(key).st_mode & 0o077 == 0
    assert [k.key_id for k in KeyRegistry.load(registry).keys] == [signer.key_id]


def test_keygen_refuses_to_overwrite_a_key(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    key = tmp_path / "signing.pem"
    key.write_text("existing")
    code, _, err = _run(capsys, "keygen", "--out", str(key))
    assert code == 2 and "refusing to overwrite" in err and key.read_text() == "existing"


def test_verify_receipt_with_a_garbage_token_exits_1(tmp_path: Path, signer, capsys) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path, signer, 2)
    code, out, _ = _run(capsys, "verify-receipt", "garbage", "--log", str(tmp_path))
    assert code == 1 and "INVALID" in out


def test_command_line_entry_point_runs_verify(tmp_path: Path, signer) -> None:  # type: ignore[no-untyped-def]
    build_log(tmp_path, signer, 3)
    result = subprocess.run([sys.executable, "-m", "hushgate", "audit", "verify", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "result: OK" in result.stdout


async def test_verify_receipt_of_a_real_receipt_exits_0(audit_log, capsys) -> None:  # type: ignore[no-untyped-def]
    from .conftest import request_event

    event = request_event(5)
    token = audit_log.receipt(await audit_log.record(event), event)
    await audit_log.aclose()
    code, out, _ = _run(capsys, "verify-receipt", token, "--log", str(audit_log.settings.directory))
    assert code == 0 and "record found at" in out and "result: OK" in out
