"""Helpers for the policy suite: policies from YAML text, hand-made findings, fleets."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from hushgate.detection import DetectionConfig, Detector, Finding
from hushgate.policy.engine import CompiledPolicy
from hushgate.policy.fleet import FleetDeployment
from hushgate.policy.loader import parse_policy

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "policies"


def compile_policy(yaml_text: str, source: str = "test.yaml") -> CompiledPolicy:
    return CompiledPolicy(parse_policy(textwrap.dedent(yaml_text), source))


def finding(entity_type: str, text: str, value: str, score: float = 0.9) -> Finding:
    start = text.index(value)
    return Finding(entity_type, start, start + len(value), score, "test")


def dep(name: str, group: str, provider: str, *tags: str) -> FleetDeployment:
    return FleetDeployment(name, group, provider, group, frozenset(tags))


# A small policy most engine tests use: PUBLIC < PII < PHI, PHI only to `baa`.
BASIC = """
version: 1
id: basic
classes:
  - name: PUBLIC
    entities: [URL]
    actions: {URL: allow}
    allow: [{any: true}]
    cache: {allowed: true, ttl_seconds: 600}
    audit: false
  - name: PII
    entities: [PERSON, EMAIL_ADDRESS, US_SSN]
    actions: {PERSON: pseudonymize, EMAIL_ADDRESS: pseudonymize, US_SSN: redact, URL: allow}
    allow: [{any: true}]
    cache: {allowed: true, ttl_seconds: 300}
  - name: PHI
    entities: [MEDICAL_RECORD_NUMBER]
    actions: {PERSON: pseudonymize, MEDICAL_RECORD_NUMBER: pseudonymize, EMAIL_ADDRESS: pseudonymize}
    allow: [{tags: [baa]}]
    on_model_denied: reroute
    reroute_to: safe
  - name: SECRET
    entities: [API_KEY]
    actions: {API_KEY: block}
    allow: [{any: true}]
"""

FLEET = {
    "public-model": [dep("openai/gpt", "public-model", "openai")],
    "safe": [dep("bedrock/claude", "safe", "bedrock", "baa")],
    "mixed": [dep("openai/gpt-b", "mixed", "openai"), dep("vpc/llama", "mixed", "vllm", "baa", "in_vpc")],
}


# Ed25519 seed (base64) for the audit log the gateways under test write.
AUDIT_SIGNING_KEY = "cG9saWN5LXN1aXRlLWF1ZGl0LXNpZ25pbmcta2V5LTA="


@pytest.fixture(autouse=True)
def _audit_signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUSHGATE_AUDIT_SIGNING_KEY", AUDIT_SIGNING_KEY)


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector(DetectionConfig(default_threshold=0.4))


@pytest.fixture
def basic() -> CompiledPolicy:
    return compile_policy(BASIC)
