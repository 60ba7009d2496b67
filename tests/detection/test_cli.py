"""`hushgate detect`: masked findings for people, stable JSON lines for tools."""

from __future__ import annotations

import io
import json
import sys

import pytest

from hushgate.cli import main
from hushgate.cli.detect import mask


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *argv: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = main(["detect", *argv])
    return status, capsys.readouterr().out


def test_text_mode_prints_findings_without_the_raw_value(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_cli(monkeypatch, capsys, "SSN 123-45-6789 please")
    assert status == 0
    assert "US_SSN" in out and "***-**-****" in out
    assert "6789" not in out


def test_text_mode_reads_a_file(tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "note.txt"
    path.write_text("mail maria@example.com", encoding="utf-8")
    status, out = run_cli(monkeypatch, capsys, "", str(path))
    assert status == 0 and "EMAIL_ADDRESS" in out and "maria" not in out


def test_redact_mode_replaces_findings_with_their_type(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run_cli(monkeypatch, capsys, "SSN 123-45-6789 please", "--redact")
    assert out == "SSN [US_SSN] please"


def test_jsonl_mode_writes_one_findings_line_per_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = '{"text": "card 4111111111111111"}\n{"text": "nothing to see"}\n'
    status, out = run_cli(monkeypatch, capsys, lines, "--jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert records == [
        {"findings": [{"entity_type": "CREDIT_CARD", "start": 5, "end": 21, "score": records[0]["findings"][0]["score"]}]},
        {"findings": []},
    ]


def test_jsonl_mode_honours_field_name(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run_cli(monkeypatch, capsys, '{"text": "123456789", "field_name": "ssn"}\n', "--jsonl")
    assert [f["entity_type"] for f in json.loads(out)["findings"]] == ["US_SSN"]


def test_jsonl_mode_keeps_lines_aligned_on_bad_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_cli(monkeypatch, capsys, 'not json\n{"text": 5}\n{"text": "ok"}\n', "--jsonl")
    assert status == 1
    assert [json.loads(line) for line in out.splitlines()] == [{"error": "invalid_input"}, {"error": "invalid_input"}, {"findings": []}]


def test_unknown_entity_option_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run_cli(monkeypatch, capsys, "x", "--entities", "NOPE")
    assert status == 2


def test_mask_keeps_separators_only() -> None:
    assert mask("4111-1111 x@y.z") == "****-**** *@*.*"


CANARY = "Zebulon Quarrington 123-45-6789"


def _broken_detect(self, text: str, *, field_name: str | None = None) -> list:  # type: ignore[no-untyped-def,type-arg]
    # A bug whose message quotes the input, as a KeyError or ValueError often does.
    raise ValueError(f"unexpected token in {text!r}")


def test_an_internal_error_prints_no_traceback_and_no_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from hushgate.detection import Detector

    monkeypatch.setattr(Detector, "detect", _broken_detect)
    monkeypatch.setattr(sys, "stdin", io.StringIO(CANARY))
    status = main(["detect"])
    captured = capsys.readouterr()
    assert status == 70
    assert "Traceback" not in captured.err and "Zebulon" not in captured.err + captured.out
    assert "internal error (ValueError at cli/detect.py:" in captured.err


def test_jsonl_mode_marks_a_failed_line_and_carries_on(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from hushgate.detection import Detector

    real_detect = Detector.detect

    def detect_failing_on_canary(self, text: str, *, field_name: str | None = None) -> list:  # type: ignore[no-untyped-def,type-arg]
        if "Zebulon" in text:
            _broken_detect(self, text)
        return real_detect(self, text, field_name=field_name)

    monkeypatch.setattr(Detector, "detect", detect_failing_on_canary)
    lines = json.dumps({"text": CANARY}) + '\n{"text": "nothing here"}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    status = main(["detect", "--jsonl"])
    captured = capsys.readouterr()
    assert status == 70
    assert [json.loads(line) for line in captured.out.splitlines()] == [
        {"error": "internal_error"},
        {"findings": []},
        {"error": "invalid_input"},
    ]
    assert "Zebulon" not in captured.err and "Traceback" not in captured.err
