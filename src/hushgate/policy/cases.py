"""Reviewer-written case files for ``hushgate policy test``.

A case gives an input text, an optional declared class and the requested
model; it expects a class, a decision, per-entity actions, whether the
request is allowed, and strings that must (not) leave the network. Cases run
through real detection and the gateway's own ``apply_policy``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from hushgate.policy.engine import CompiledPolicy
from hushgate.policy.explain import Explanation, explain_text
from hushgate.policy.fleet import DeploymentSpec, Fleet


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    data_class: str | None = Field(None, alias="class")
    decision: Literal["allow", "transform", "block", "reroute", "monitor"] | None = None
    allowed: bool | None = None
    actions: dict[str, str] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)  # rule ids that must have fired
    routed_to: str | None = None
    sent: str | None = None  # exact text that leaves the network
    sent_contains: list[str] = Field(default_factory=list)
    sent_excludes: list[str] = Field(default_factory=list)
    restored: str | None = None  # what the client reads back if the model echoes the text


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    text: str
    model: str
    declared_class: str | None = None
    expect: Expect


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = ""
    deployments: list[DeploymentSpec] = Field(default_factory=list)
    cases: list[Case] = Field(min_length=1)


@dataclass
class CaseResult:
    case: Case
    failures: list[str]
    explanation: Explanation

    @property
    def ok(self) -> bool:
        return not self.failures


def load_cases(path: str | Path) -> CaseFile:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return CaseFile.model_validate(data)


def check(case: Case, e: Explanation) -> list[str]:
    x = case.expect
    d = e.decision
    failures: list[str] = []

    def expect(label: str, want: Any, got: Any) -> None:
        if want is not None and want != got:
            failures.append(f"{label}: expected {want!r}, got {got!r}")

    expect("class", x.data_class, d.data_class if d else None)
    expect("decision", x.decision, d.decision if d else "block")
    expect("allowed", x.allowed, e.refused is None)
    expect("routed_to", x.routed_to, d.routed_model if d else None)
    for entity, action in x.actions.items():
        expect(f"action for {entity}", action, (d.actions if d else {}).get(entity))
    for rule in x.rules:
        if d is None or rule not in d.rule_ids:
            failures.append(f"rule {rule} did not fire")
    expect("sent", x.sent, e.sent)
    for s in x.sent_contains:
        if e.sent is None or s not in e.sent:
            failures.append(f"sent text lacks {s!r}")
    for s in x.sent_excludes:
        if e.sent is not None and s in e.sent:
            failures.append(f"sent text contains {s!r}")
    expect("restored", x.restored, e.restored_preview)
    return failures


def run_cases(policy: CompiledPolicy, detector: Any, cases: CaseFile, fleet: Fleet | None = None) -> list[CaseResult]:
    groups = (fleet or Fleet.from_specs(cases.deployments)).groups
    results = []
    for case in cases.cases:
        e = explain_text(policy, detector, case.text, model=case.model, fleet=groups, declared=case.declared_class)
        results.append(CaseResult(case, check(case, e), e))
    return results
