"""End to end: the real app under uvicorn, the OpenAI SDK, canary PII, the audit directory."""

from __future__ import annotations

import base64
import time
from pathlib import Path
from typing import Any

import openai
import orjson
import pytest

from hushgate.audit.export import ExportFilter, stream_export
from hushgate.audit.receipts import decode_receipt, verify_receipt
from hushgate.audit.signing import AuditSigner
from hushgate.audit.verify import verify_paths
from hushgate.secrets import AUDIT_DIGEST
from tests.conftest import TEST_SECRET, upstream_config
from tests.support.mock_openai import Scripted

from .conftest import assert_no_canary, read_records, registry_of, schema_validator

SSN, CARD, EMAIL, MRN, NAME = "536-22-8437", "4111 1111 1111 1111", "maria.lopez.canary@example.org", "MRN 7734512", "Maria Lopez"
CANARIES = [SSN, CARD, EMAIL, "7734512", NAME]


@pytest.fixture
def gateway(gateway_factory, mock_openai, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    signer = AuditSigner.generate()
    seed = signer.private_key.private_bytes_raw()
    monkeypatch.setenv("HUSHGATE_AUDIT_SIGNING_KEY", base64.b64encode(seed).decode())
    mock, upstream = mock_openai
    config = upstream_config(upstream)
    config["models"]["public-test"] = {"deployments": [{"provider": "mock", "model": "public-model", "tags": []}]}
    config["audit"] = {"directory": str(tmp_path / "audit"), "fsync": "every", "checkpoint_every_records": 3}
    url = gateway_factory(config)
    return openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0), mock, tmp_path / "audit"


def _chat(client: openai.OpenAI, content: str, model: str = "gpt-test") -> tuple[int, dict[str, str]]:
    try:
        raw = client.chat.completions.with_raw_response.create(model=model, messages=[{"role": "user", "content": content}])
        return raw.http_response.status_code, dict(raw.headers)
    except openai.APIStatusError as exc:
        return exc.status_code, dict(exc.response.headers)


def _requests(directory: Path, n: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 5
    while True:
        records = [r for r in read_records(directory) if r.get("event_type") == "request"]
        if len(records) >= n or time.monotonic() > deadline:
            return records
        time.sleep(0.02)


def test_every_request_is_audited_without_its_content(gateway) -> None:  # type: ignore[no-untyped-def]
    client, mock, directory = gateway
    outcomes = [
        _chat(client, f"My SSN is {SSN} and my email is {EMAIL}."),  # allowed, redacted
        _chat(client, f"Patient {NAME}, {MRN}, card {CARD}."),  # PHI, pseudonymized
        _chat(client, f"Patient {NAME}, {MRN}.", model="public-test"),  # blocked: PHI to a non-VPC model
    ]
    mock.then(Scripted(status=500, raw_body=f"<html>Traceback {SSN} {NAME}</html>".encode()))
    outcomes.append(_chat(client, f"Call {NAME} about {SSN}."))  # upstream error
    with client.chat.completions.with_streaming_response.create(
        model="gpt-test", messages=[{"role": "user", "content": f"Email {EMAIL} please"}], stream=True
    ) as streamed:
        list(streamed.iter_lines())
        outcomes.append((streamed.http_response.status_code, dict(streamed.headers)))
    assert [status for status, _ in outcomes] == [200, 200, 403, 502, 200]

    records = _requests(directory, 5)
    assert [r["status"] for r in records] == [200, 200, 403, 502, 200]
    assert [r["decision"] for r in records] == ["transform", "transform", "block", "transform", "transform"]
    assert [r["error_code"] for r in records] == [None, None, "policy_model_denied", "upstream_unavailable", None]
    assert records[1]["data_classes"] == ["PCI", "PHI", "PII"] and records[1]["actions"]["mask"] == 1
    assert records[2]["provider"] is None and records[3]["provider"] == "mock"
    assert all(r["policy_id"] and r["policy_version"] for r in records)
    assert records[0]["entity_counts"] and records[4]["streamed"] is True
    validator = schema_validator()
    assert all(validator.is_valid(r) for r in read_records(directory))
    assert_no_canary(directory, CANARIES)
    assert all(r.ok for r in verify_paths([directory], registry_of(directory)))
    for fmt in ("jsonl", "csv"):
        exported = b"".join(stream_export([directory], ExportFilter(), registry_of(directory), fmt)).decode()  # type: ignore[arg-type]
        assert "req_" in exported and not [c for c in CANARIES if c in exported or c.replace("-", "") in exported]

    for status, headers in outcomes:
        token = headers["x-hushgate-receipt"]
        assert all(c not in base64.urlsafe_b64decode(token.split(".")[0] + "==").decode() for c in CANARIES)
        check = verify_receipt(token, registry_of(directory), [directory])
        assert check.ok, (status, check.problems)


def test_request_digest_is_recomputable_from_the_redacted_request(gateway) -> None:  # type: ignore[no-untyped-def]
    client, mock, directory = gateway
    status, headers = _chat(client, f"My SSN is {SSN}.")
    assert status == 200
    sent = mock.last.json  # what left the network: the redacted request
    assert SSN not in orjson.dumps(sent).decode()
    expected = TEST_SECRET.hmac_hex(AUDIT_DIGEST, orjson.dumps(sent, option=orjson.OPT_SORT_KEYS))
    [record] = _requests(directory, 1)
    assert record["request_digest"] == expected
    assert decode_receipt(headers["x-hushgate-receipt"])[0]["record"] == record["id"]


def test_regulated_requests_are_refused_when_the_audit_sink_fails(gateway_factory, mock_openai, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    from hushgate.app import create_app
    from hushgate.config import load_settings
    from tests.conftest import write_config
    from tests.support.servers import serve

    monkeypatch.setenv("HUSHGATE_AUDIT_SIGNING_KEY", base64.b64encode(AuditSigner.generate().private_key.private_bytes_raw()).decode())
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    mock, upstream = mock_openai
    config = upstream_config(upstream)
    config["audit"] = {"directory": str(tmp_path / "audit"), "fsync": "every", "retry_interval_ms": 50}
    app = create_app(load_settings(write_config(tmp_path, config)), secret=TEST_SECRET)
    with serve(app) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)
        audit = app.state.gateway.audit
        [sink] = audit._writer.sinks  # the real file sink of the running gateway
        real_write = sink.write

        def disk_full(index: int, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(sink, "write", disk_full)
        assert _chat(client, "hello there")[0] == 200  # its record cannot be written: the sink goes unhealthy
        deadline = time.monotonic() + 3
        while audit.healthy:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        forwarded = len(mock.received)
        status, _ = _chat(client, f"Patient {NAME}, {MRN}.")
        assert status == 503 and len(mock.received) == forwarded  # PHI: refused, nothing left the network
        monkeypatch.setattr(sink, "write", real_write)
        while not audit.healthy:
            assert time.monotonic() < deadline + 3
            time.sleep(0.01)
        assert _chat(client, f"Patient {NAME}, {MRN}.")[0] == 200
    records = [r for r in read_records(tmp_path / "audit") if r.get("event_type") == "request"]
    assert [r["status"] for r in records] == [200, 503, 200]
    assert records[1]["error_code"] == "audit_unavailable"
    assert all(r.ok for r in verify_paths([tmp_path / "audit"], registry_of(tmp_path / "audit")))


async def test_requests_refused_before_the_pipeline_are_audited(audit_log) -> None:  # type: ignore[no-untyped-def]
    from hushgate.stages.audit import record_rejected

    await record_rejected(audit_log, "req_1", "chat", 401, "invalid_api_key", "10.0.0.9")
    await record_rejected(audit_log, "req_2", "chat", 404, "model_not_found")
    await audit_log.aclose()
    events = [(r["event_type"], r["status"], r["error_code"]) for r in read_records(audit_log.settings.directory)
              if r.get("event_type") in ("auth.failure", "request")]
    assert events == [("auth.failure", 401, "invalid_api_key"), ("request", 404, "model_not_found")]


def test_a_request_for_an_unknown_model_is_audited_too(gateway) -> None:  # type: ignore[no-untyped-def]
    client, mock, directory = gateway
    status, _ = _chat(client, f"My SSN is {SSN}.", model="no-such-model")
    assert status == 404 and not mock.received
    [record] = _requests(directory, 1)
    assert (record["status"], record["error_code"], record["requested_model"]) == (404, "model_not_found", None)
    assert_no_canary(directory, CANARIES)
