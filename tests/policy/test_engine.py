"""Classify and decide: the request's class, actions, the allowlist wall, reroute, monitor."""

from __future__ import annotations

import pytest

from hushgate.detection import Finding
from hushgate.policy.engine import CompiledPolicy, UnknownDataClass
from tests.policy.conftest import BASIC, FLEET, compile_policy, dep


def f(entity: str, score: float = 0.9) -> Finding:
    return Finding(entity, 0, 1, score, "test")


def test_request_without_findings_is_the_lowest_class(basic: CompiledPolicy) -> None:
    d = basic.evaluate([], declared=None, model="public-model", fleet=FLEET).decision
    assert (d.data_class, d.decision, d.data_classes) == ("PUBLIC", "allow", ["PUBLIC"])


def test_class_is_the_highest_among_findings(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("PERSON"), f("MEDICAL_RECORD_NUMBER")], declared=None, model="safe", fleet=FLEET).decision
    assert d.data_class == "PHI"
    assert d.data_classes == ["PII", "PHI"]


def test_declared_class_raises_the_class(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("PERSON")], declared="PHI", model="safe", fleet=FLEET).decision
    assert d.data_class == "PHI"
    assert "header.x-hushgate-data-class" in d.rule_ids


def test_declared_class_never_lowers_the_class(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("MEDICAL_RECORD_NUMBER")], declared="PUBLIC", model="safe", fleet=FLEET).decision
    assert d.data_class == "PHI"


def test_declared_class_is_case_insensitive(basic: CompiledPolicy) -> None:
    assert basic.evaluate([], declared=" phi ", model="safe", fleet=FLEET).decision.data_class == "PHI"


def test_unknown_declared_class_is_refused(basic: CompiledPolicy) -> None:
    with pytest.raises(UnknownDataClass):
        basic.evaluate([], declared="NOT_A_CLASS", model="public-model", fleet=FLEET)


def test_unmapped_entity_is_treated_as_the_most_sensitive_class(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("IBAN_CODE")], declared=None, model="public-model", fleet=FLEET).decision
    assert d.data_class == "SECRET"
    assert "detection.unmapped.IBAN_CODE" in d.rule_ids


def test_actions_come_from_the_request_class(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("PERSON"), f("US_SSN")], declared=None, model="public-model", fleet=FLEET).decision
    assert d.actions == {"PERSON": "pseudonymize", "US_SSN": "redact"}
    assert {"classes.PII.actions.PERSON", "classes.PII.actions.US_SSN"} <= set(d.rule_ids)
    assert d.decision == "transform"


def test_entity_without_action_gets_the_class_default(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("US_SSN"), f("MEDICAL_RECORD_NUMBER")], declared=None, model="safe", fleet=FLEET).decision
    assert d.actions["US_SSN"] == "redact"
    assert "classes.PHI.default_action" in d.rule_ids


def test_block_action_blocks_and_names_its_rule(basic: CompiledPolicy) -> None:
    ev = basic.evaluate([f("API_KEY")], declared=None, model="public-model", fleet=FLEET)
    assert ev.decision.decision == "block"
    assert ev.blocked_by == "classes.SECRET.actions.API_KEY"


def test_findings_below_min_score_are_ignored() -> None:
    policy = compile_policy(BASIC.replace("id: basic", "id: basic\ndetection: {min_scores: {PERSON: 0.8}}"))
    kept = policy.filter([f("PERSON", 0.7), f("EMAIL_ADDRESS", 0.7)])
    assert [x.entity_type for x in kept] == ["EMAIL_ADDRESS"]


def test_entity_counts_by_type(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("PERSON"), f("PERSON"), f("US_SSN")], declared=None, model="public-model", fleet=FLEET).decision
    assert d.entity_counts == {"PERSON": 2, "US_SSN": 1}
    assert d.action_counts == {"pseudonymize": 2, "redact": 1}


def test_wall_admits_only_deployments_allowed_for_the_class(basic: CompiledPolicy) -> None:
    ev = basic.evaluate([f("MEDICAL_RECORD_NUMBER")], declared=None, model="mixed", fleet=FLEET)
    allowed = [d.name for d in FLEET["mixed"] if ev.wall.permits(d)]
    assert allowed == ["vpc/llama"]
    assert ev.decision.decision == "transform"


def test_wall_requires_every_class_present_not_only_the_highest(basic: CompiledPolicy) -> None:
    # SECRET allows anything, but PHI rides along: PHI's allowlist still applies.
    policy = compile_policy(BASIC.replace("actions: {API_KEY: block}", "actions: {API_KEY: redact, PERSON: pseudonymize, MEDICAL_RECORD_NUMBER: pseudonymize}"))
    ev = policy.evaluate([f("API_KEY"), f("MEDICAL_RECORD_NUMBER")], declared=None, model="mixed", fleet=FLEET)
    assert ev.decision.data_class == "SECRET"
    assert [d.name for d in FLEET["mixed"] if ev.wall.permits(d)] == ["vpc/llama"]


def test_model_not_permitted_is_rerouted_when_the_class_says_so(basic: CompiledPolicy) -> None:
    d = basic.evaluate([f("MEDICAL_RECORD_NUMBER")], declared=None, model="public-model", fleet=FLEET).decision
    assert (d.decision, d.routed_model, d.reason) == ("reroute", "safe", "model_not_permitted")


def test_model_not_permitted_is_rejected_when_the_reroute_target_is_not_allowed_either() -> None:
    policy = compile_policy(BASIC.replace("reroute_to: safe", "reroute_to: public-model"))
    d = policy.evaluate([f("MEDICAL_RECORD_NUMBER")], declared=None, model="public-model", fleet=FLEET).decision
    assert (d.decision, d.routed_model) == ("block", None)


def test_model_not_permitted_is_rejected_by_default() -> None:
    policy = compile_policy(BASIC.replace("    on_model_denied: reroute\n    reroute_to: safe\n", ""))
    d = policy.evaluate([f("MEDICAL_RECORD_NUMBER")], declared=None, model="public-model", fleet=FLEET).decision
    assert (d.decision, d.reason) == ("block", "model_not_permitted")
    assert "classes.PHI.on_model_denied" in d.rule_ids


def test_empty_allowlist_denies_everything() -> None:
    policy = compile_policy(BASIC.replace("allow: [{tags: [baa]}]", "allow: []").replace("on_model_denied: reroute", "on_model_denied: reject"))
    ev = policy.evaluate([f("MEDICAL_RECORD_NUMBER")], declared=None, model="mixed", fleet=FLEET)
    assert ev.decision.decision == "block"
    assert not any(ev.wall.permits(d) for ds in FLEET.values() for d in ds)


def test_grant_fields_must_all_match() -> None:
    policy = compile_policy(BASIC.replace("allow: [{tags: [baa]}]", "allow: [{providers: [vllm], tags: [baa, in_vpc]}]"))
    rules = policy.by_name["PHI"]
    assert rules.permits(dep("a", "g", "vllm", "baa", "in_vpc"))
    assert not rules.permits(dep("b", "g", "vllm", "baa"))
    assert not rules.permits(dep("c", "g", "bedrock", "baa", "in_vpc"))


def test_monitor_mode_forwards_unchanged_but_records_what_enforcing_would_do() -> None:
    policy = compile_policy(BASIC.replace("id: basic", "id: basic\nmode: monitor"))
    ev = policy.evaluate([f("API_KEY")], declared=None, model="public-model", fleet=FLEET)
    assert (ev.decision.decision, ev.decision.would_decide, ev.decision.mode) == ("monitor", "block", "monitor")
    assert ev.apply == {} and ev.blocked_by is None


def test_monitor_mode_still_enforces_the_declared_class_allowlist() -> None:
    policy = compile_policy(BASIC.replace("id: basic", "id: basic\nmode: monitor"))
    ev = policy.evaluate([], declared="PHI", model="mixed", fleet=FLEET)
    assert [d.name for d in FLEET["mixed"] if ev.wall.permits(d)] == ["vpc/llama"]


def test_cache_is_allowed_only_if_every_class_present_allows_it(basic: CompiledPolicy) -> None:
    pii = basic.evaluate([f("PERSON"), f("URL")], declared=None, model="public-model", fleet=FLEET).decision
    phi = basic.evaluate([f("MEDICAL_RECORD_NUMBER")], declared=None, model="safe", fleet=FLEET).decision
    assert (pii.cache_allowed, pii.cache_ttl_seconds) == (True, 300)
    assert (phi.cache_allowed, phi.cache_ttl_seconds) == (False, None)


def test_decision_names_policy_and_version(basic: CompiledPolicy) -> None:
    d = basic.evaluate([], declared=None, model="public-model", fleet=FLEET).decision
    assert (d.policy_id, d.policy_version) == ("basic", basic.version)
    assert len(d.policy_version) == 64
    assert d.requires_audit is False


def test_several_declared_classes_count_as_the_highest(basic: CompiledPolicy) -> None:
    assert basic.evaluate([], declared="PUBLIC, PHI,PII", model="safe", fleet=FLEET).decision.data_class == "PHI"


def test_one_unknown_declared_class_among_several_is_refused(basic: CompiledPolicy) -> None:
    with pytest.raises(UnknownDataClass):
        basic.evaluate([], declared="PHI,BOGUS", model="safe", fleet=FLEET)
