"""`hushgate policy lint|test|explain|diff` as a security reviewer uses them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from hushgate.cli import main
from tests.policy.conftest import BASIC, SHIPPED

POLICIES = ["default", "hipaa-safe-harbor", "pci-dss", "strict"]


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def lint(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["policy", "lint", *args])
    return code, capsys.readouterr().out.splitlines()


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize("name", POLICIES)
def test_shipped_policy_lints_clean(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = lint(capsys, "--strict", str(SHIPPED / f"{name}.yaml"))
    assert (code, out) == (0, [])


@pytest.mark.parametrize("name", POLICIES)
def test_shipped_case_file_passes(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["policy", "test", str(SHIPPED / f"{name}.yaml"), str(SHIPPED / "cases" / f"{name}.cases.yaml")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert " 0 failed" in out


def test_unknown_entity_is_reported_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BASIC.replace("entities: [API_KEY]", "entities: [API_KEY, SOCIAL_SECRET]")
    path = write(tmp_path, text)
    code, out = lint(capsys, path)
    assert code == 1
    assert f"{path}:{line_of(text, 'SOCIAL_SECRET')}: error: unknown entity type SOCIAL_SECRET" in out


def test_unknown_provider_and_model_are_errors_against_a_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, yaml.safe_dump({"providers": {"echo": {"type": "echo"}}, "models": {"safe": {"deployments": [{"provider": "echo", "tags": ["baa"]}]}}}), "c.yaml")
    text = BASIC.replace("allow: [{tags: [baa]}]", "allow: [{providers: [azure]}, {models: [gpt-9]}]")
    path = write(tmp_path, text)
    code, out = lint(capsys, "--config", config, path)
    assert code == 1
    assert any("error: unknown provider azure" in line for line in out)
    assert any("error: unknown model gpt-9" in line for line in out)


def test_reroute_to_an_unknown_model_group_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, yaml.safe_dump({"providers": {"echo": {"type": "echo"}}, "models": {"other": {"deployments": [{"provider": "echo"}]}}}), "c.yaml")
    code, out = lint(capsys, "--config", config, write(tmp_path, BASIC))
    assert code == 1 and any("reroute_to names unknown model group safe" in line for line in out)


def test_monitor_mode_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = lint(capsys, write(tmp_path, BASIC.replace("id: basic", "id: basic\nmode: monitor")))
    assert code == 0
    assert any("warning: policy is in monitor mode" in line for line in out)


def test_warnings_fail_under_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = lint(capsys, "--strict", write(tmp_path, BASIC.replace("id: basic", "id: basic\nmode: monitor")))
    assert code == 1


def test_card_security_code_may_only_be_redacted_or_blocked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BASIC.replace("actions: {API_KEY: block}", "actions: {API_KEY: block, CARD_SECURITY_CODE: {action: mask, keep_last: 1}}")
    code, out = lint(capsys, write(tmp_path, text))
    assert code == 1 and any("CARD_SECURITY_CODE is sensitive authentication data" in line for line in out)


def test_pan_mask_beyond_bin_and_last_four_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BASIC.replace("US_SSN: redact, URL: allow}", "US_SSN: redact, URL: allow, CREDIT_CARD: {action: mask, keep_first: 8, keep_last: 6}}")
    code, out = lint(capsys, write(tmp_path, text))
    assert code == 1 and any("PCI DSS allows at most BIN + last four" in line for line in out)


def test_unreachable_rule_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BASIC.replace("actions: {URL: allow}", "actions: {URL: allow, US_SSN: allow}")
    _, out = lint(capsys, write(tmp_path, text))
    assert any("unreachable rule: a request containing US_SSN is at least class PII, never PUBLIC" in line for line in out)


def test_higher_class_treating_an_entity_more_weakly_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BASIC.replace("actions: {API_KEY: block}", "actions: {API_KEY: block, US_SSN: allow}")
    _, out = lint(capsys, write(tmp_path, text))
    assert any("SECRET treats US_SSN more weakly (allow) than lower class PHI (redact)" in line for line in out)


def test_schema_error_exits_non_zero_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "version: 2\nid: x\nclasses: []\n")
    code, out = lint(capsys, path)
    assert code == 1 and out[0].startswith(f"{path}:1: error: version")


def test_failing_case_is_reported_with_an_explanation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = {"deployments": [{"group": "m", "provider": "p"}], "cases": [
        {"name": "wrong expectation", "text": "My SSN is 219-09-9999", "model": "m", "expect": {"actions": {"US_SSN": "allow"}}}]}  # fmt: skip
    code = main(["policy", "test", str(SHIPPED / "default.yaml"), write(tmp_path, yaml.safe_dump(cases), "c.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL  wrong expectation" in out and "action for US_SSN: expected 'allow', got 'redact'" in out


def test_explain_shows_findings_decision_and_what_would_be_sent(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Call Maria Whitaker about SSN 219-09-9999"))
    assert main(["policy", "explain", str(SHIPPED / "default.yaml"), "--model", "echo"]) == 0
    out = capsys.readouterr().out
    assert "US_SSN" in out and "decision:  transform" in out
    assert "sent:      'Call <PERSON_1> about SSN [REDACTED:US_SSN]'" in out


def test_explain_says_nothing_leaves_when_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "explain", str(SHIPPED / "strict.yaml"), "--model", "echo", "--text", "Call Maria Whitaker"]) == 0
    assert "sent:      nothing leaves the network" in capsys.readouterr().out


def test_diff_says_what_the_new_policy_lets_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, BASIC, "old.yaml")
    new = write(tmp_path, BASIC.replace("US_SSN: redact", "US_SSN: allow").replace("allow: [{tags: [baa]}]", "allow: [{tags: [baa]}, {providers: [openai]}]"), "new.yaml")
    assert main(["policy", "diff", old, new]) == 0
    out = capsys.readouterr().out
    looser = out.split("Blocks or transforms")[0]
    assert "in PII requests, US_SSN: redact -> allow" in looser
    assert 'PHI allowlist gains grant {"providers":["openai"]}' in looser


def test_diff_says_what_the_new_policy_blocks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, BASIC, "old.yaml")
    new = write(tmp_path, BASIC.replace("PERSON: pseudonymize, EMAIL_ADDRESS: pseudonymize, US_SSN", "PERSON: block, EMAIL_ADDRESS: pseudonymize, US_SSN"), "new.yaml")
    main(["policy", "diff", old, new])
    out = capsys.readouterr().out
    assert "Blocks or transforms more strictly than the old policy:\n  - in PII requests, PERSON: pseudonymize -> block" in out


def test_diff_of_a_comment_only_change_reports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["policy", "diff", write(tmp_path, BASIC, "a.yaml"), write(tmp_path, "# note\n" + BASIC, "b.yaml")])
    assert capsys.readouterr().out.strip() == "No change in behaviour."


def test_diff_over_a_config_names_the_deployments_that_open_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, yaml.safe_dump({"providers": {"openai": {"type": "echo"}}, "models": {
        "gpt": {"deployments": [{"provider": "openai", "name": "openai/gpt"}]}}}), "c.yaml")  # fmt: skip
    old = write(tmp_path, BASIC, "old.yaml")
    new = write(tmp_path, BASIC.replace("allow: [{tags: [baa]}]", "allow: [{tags: [baa]}, {providers: [openai]}]"), "new.yaml")
    main(["policy", "diff", "--config", config, old, new])
    assert "PHI data may now be sent to openai/gpt (provider openai, model group gpt)" in capsys.readouterr().out
