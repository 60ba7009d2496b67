"""Audit test helpers: keys, settings, logs built directly, and file scanning."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from hushgate.audit import AuditEvent, AuditLog, AuditSettings
from hushgate.audit.chain import Chain
from hushgate.audit.files import file_name
from hushgate.audit.records import event_fields, utc_now
from hushgate.audit.signing import REGISTRY_NAME, AuditSigner, KeyRegistry, publish_public_key
from hushgate.secrets import ServerSecret

SECRET = ServerSecret(b"audit-test-secret-0123456789abcdef")
CHAIN_ID = "test-1-abcdef"


@pytest.fixture
def signer() -> AuditSigner:
    return AuditSigner.generate()


@pytest.fixture
def settings(tmp_path: Path) -> AuditSettings:
    return AuditSettings(directory=tmp_path / "audit", fsync_interval_ms=20, checkpoint_every_records=50)


@pytest.fixture
def make_log(signer: AuditSigner) -> Callable[..., AuditLog]:
    def make(settings: AuditSettings, **kwargs: Any) -> AuditLog:
        return AuditLog(settings, SECRET, signer, **kwargs)

    return make


@pytest.fixture
async def audit_log(settings: AuditSettings, make_log: Callable[..., AuditLog]) -> AsyncIterator[AuditLog]:
    log = make_log(settings)
    await log.start()
    yield log
    await log.aclose()


def request_event(i: int = 0, **overrides: Any) -> AuditEvent:
    fields: dict[str, Any] = dict(
        request_id=f"req-{i}", key_id="key-alpha" if i % 2 else "key-beta", team="care-team",
        client_address="10.0.0.7", route="/v1/chat/completions", requested_model="gpt-test",
        provider="mock", model="upstream-model", deployment="mock/upstream-model",
        data_classes=["PHI"] if i % 3 == 0 else ["PII"], entity_counts={"US_SSN": 1, "PERSON": 2},
        actions={"redact": 3}, policy_id="default", policy_version="sha256-0123abcd",
        decision="redact" if i % 4 else "allow", rule_ids=["phi-redact"], status=200,
        prompt_tokens=12, completion_tokens=30, cost_micro_usd=420, latency_ms=12.6, cache="miss",
        request_digest=SECRET.hmac_hex("hushgate/audit-digest/v1", f"request {i}".encode()),
    )
    fields.update(overrides)
    return AuditEvent(**fields)


def build_log(
    directory: Path, signer: AuditSigner, n: int, *, checkpoint_every: int = 100, per_file: int | None = None,
    seal: bool = True, chain_id: str = CHAIN_ID, ts: Callable[[int], str] | None = None,
) -> list[Path]:
    """Write a chain of ``n`` request events straight through Chain (fast, no threads)."""
    directory.mkdir(parents=True, exist_ok=True)
    publish_public_key(directory / REGISTRY_NAME, signer)
    chain = Chain(chain_id, signer)
    index = 0
    paths = [directory / file_name(chain_id, 0)]
    out = open(paths[0], "wb")
    stamp = ts or (lambda i: utc_now())
    out.write(chain.append(event_fields(AuditEvent(event_type="audit.start")), stamp(0))[0])
    base = event_fields(request_event(1))
    for i in range(n):
        if per_file and i and i % per_file == 0:
            out.close()
            index += 1
            paths.append(directory / file_name(chain_id, index))
            out = open(paths[-1], "wb")
            out.write(chain.checkpoint("rotate", stamp(i))[0])
        body = dict(base, request_id=f"req-{i}", key_id=f"key-{i % 7}", decision="block" if i % 10 == 0 else "redact")
        out.write(chain.append(body, stamp(i))[0])
        if chain.since_checkpoint >= checkpoint_every:
            out.write(chain.checkpoint("count", stamp(i))[0])
    if seal:
        out.write(chain.append(event_fields(AuditEvent(event_type="audit.stop")), stamp(n))[0])
        out.write(chain.checkpoint("shutdown", stamp(n))[0])
    out.close()
    return paths


def registry_of(directory: Path) -> KeyRegistry:
    return KeyRegistry.load(directory / REGISTRY_NAME)


def read_records(directory: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(directory.glob("audit-*.jsonl")):
        records.extend(json.loads(line) for line in path.read_text().splitlines())
    return records


def schema_validator() -> jsonschema.Draft202012Validator:
    text = resources.files("hushgate").joinpath("schemas/audit-record.schema.json").read_text()
    return jsonschema.Draft202012Validator(json.loads(text))


def assert_no_canary(directory: Path, canaries: list[str]) -> None:
    """No canary, in any common spelling, in any file under ``directory``."""
    for path in directory.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in canaries:
            for spelling in {canary, canary.replace("-", ""), canary.replace(" ", ""), json.dumps(canary)[1:-1]}:
                assert spelling.encode() not in data, f"canary found in {path.name}"
