"""Policy files: validation with line numbers, and the content-hash version."""

from __future__ import annotations

import textwrap

import pytest

from hushgate.policy.loader import PolicyLoadError, load_policy, parse_policy
from tests.policy.conftest import BASIC, SHIPPED


def problems_of(text: str) -> list[str]:
    with pytest.raises(PolicyLoadError) as info:
        parse_policy(textwrap.dedent(text), "p.yaml")
    return [str(p) for p in info.value.problems]


def test_version_ignores_comments_and_formatting() -> None:
    a = parse_policy(BASIC, "a.yaml")
    b = parse_policy("# reviewed by security\n" + BASIC.replace("allow: [{any: true}]", "allow:\n      - any: true"), "b.yaml")
    assert a.version == b.version
    assert a.file_sha256 != b.file_sha256


def test_version_changes_when_meaning_changes() -> None:
    a = parse_policy(BASIC, "a.yaml")
    b = parse_policy(BASIC.replace("US_SSN: redact", "US_SSN: mask"), "b.yaml")
    assert a.version != b.version


def test_unknown_key_is_an_error_at_its_line() -> None:
    text = BASIC.replace("    audit: false\n", "    audit: false\n    audti: true\n")
    line = textwrap.dedent(text).splitlines().index("    audti: true") + 1
    assert any(p.startswith(f"p.yaml:{line}: error:") and "audti" in p for p in problems_of(text))


def test_duplicate_key_is_an_error_not_a_silent_override() -> None:
    text = BASIC.replace("US_SSN: redact,", "US_SSN: redact, US_SSN: allow,")
    assert any("duplicate key" in p and "US_SSN" in p for p in problems_of(text))


def test_entity_in_two_classes_is_an_error_at_its_line() -> None:
    text = BASIC.replace("entities: [MEDICAL_RECORD_NUMBER]", "entities: [MEDICAL_RECORD_NUMBER, PERSON]")
    line = textwrap.dedent(text).splitlines().index("    entities: [MEDICAL_RECORD_NUMBER, PERSON]") + 1
    assert f"p.yaml:{line}: error: entity PERSON is mapped to both PII and PHI" in problems_of(text)


def test_class_without_allowlist_is_an_error() -> None:
    text = BASIC.replace("    allow: [{tags: [baa]}]\n", "")
    assert any("classes.2.allow: Field required" in p for p in problems_of(text))


def test_empty_grant_is_an_error() -> None:
    text = BASIC.replace("allow: [{tags: [baa]}]", "allow: [{}]")
    assert any("a grant names providers" in p for p in problems_of(text))


def test_reroute_without_target_is_an_error() -> None:
    assert any("reroute_to" in p for p in problems_of(BASIC.replace("    reroute_to: safe\n", "")))


def test_options_on_a_non_mask_action_are_an_error() -> None:
    assert any("mask action only" in p for p in problems_of(BASIC.replace("US_SSN: redact", "US_SSN: {action: redact, keep_last: 2}")))


def test_yaml_syntax_error_names_the_line() -> None:
    problems = problems_of("version: 1\nid: x\nclasses: [\n")
    assert problems[0].startswith("p.yaml:") and "not valid YAML" in problems[0]


def test_problems_never_quote_values() -> None:
    canary = "Canary Value 9f8e7d6c5b4a"
    problems = problems_of(BASIC.replace("id: basic", f"id: {canary}"))
    assert problems and all(canary not in p for p in problems)


@pytest.mark.parametrize("name", ["default", "hipaa-safe-harbor", "pci-dss", "strict"])
def test_shipped_policies_load(name: str) -> None:
    assert load_policy(SHIPPED / f"{name}.yaml").model.id == name
