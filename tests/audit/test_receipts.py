"""Privacy receipts: signed, content-free, and traceable to their audit record."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from hushgate.audit import AuditLog
from hushgate.audit.receipts import RECEIPT_FACTS, ReceiptError, decode_receipt, verify_receipt
from hushgate.audit.records import event_fields, fact_fields

from .conftest import registry_of, request_event


async def _closed(log: AuditLog) -> Path:
    await log.aclose()
    assert log.settings.directory is not None
    return log.settings.directory


async def test_receipt_names_its_record_and_verifies(audit_log: AuditLog) -> None:
    event = request_event(7)
    written = await audit_log.record(event)
    token = audit_log.receipt(written, event)
    directory = await _closed(audit_log)
    payload, _, _ = decode_receipt(token)
    assert payload["record"] == written.id and payload["entry_hash"] == written.entry_hash
    assert payload["entity_counts"] == {"PERSON": 2, "US_SSN": 1} and payload["key_id"] == audit_log.signer.key_id
    check = verify_receipt(token, registry_of(directory), [directory])
    assert check.ok, check.problems
    assert check.found_at is not None


async def test_receipt_holds_no_content_beyond_the_listed_facts(audit_log: AuditLog) -> None:
    event = request_event(1)
    payload, _, _ = decode_receipt(audit_log.receipt(await audit_log.record(event), event))
    assert set(payload) == {
        "v", "stage", "record", "entry_hash", "key_id", "ts", "request_id", "policy_id", "policy_version",
        "data_classes", "entity_counts", "provider", "model", "deployment", "cache", "decision",
    }


async def test_altered_receipt_fails_its_signature(audit_log: AuditLog) -> None:
    event = request_event(1)
    token = audit_log.receipt(await audit_log.record(event), event)
    directory = await _closed(audit_log)
    payload, _, signature = decode_receipt(token)
    payload["provider"] = "elsewhere"
    forged = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode() + "." + token.split(".")[1]
    check = verify_receipt(forged, registry_of(directory), [directory])
    assert not check.ok and check.problems[0].startswith("signature")


async def test_receipt_for_a_record_that_is_not_in_the_log_fails(audit_log: AuditLog) -> None:
    event = request_event(1)
    token = audit_log.receipt(await audit_log.record(event), event)
    directory = await _closed(audit_log)
    for path in directory.glob("audit-*.jsonl"):
        kept = [ln for ln in path.read_bytes().splitlines(keepends=True) if b'"request_id":"req-1"' not in ln]
        path.write_bytes(b"".join(kept))
    check = verify_receipt(token, registry_of(directory), [directory])
    assert not check.ok and "no audit record" in check.problems[-1]


async def test_decision_receipt_of_a_stream_is_matched_to_the_final_record(audit_log: AuditLog) -> None:
    event = request_event(3, streamed=True)
    token = audit_log.receipt(None, event)  # headers go out before the stream ends
    event.completion_tokens = 99
    await audit_log.record(event)
    directory = await _closed(audit_log)
    payload, _, _ = decode_receipt(token)
    assert payload["stage"] == "decision" and payload["record"] is None
    check = verify_receipt(token, registry_of(directory), [directory])
    assert check.ok, check.problems


async def test_decision_receipt_whose_facts_differ_from_the_record_fails(audit_log: AuditLog) -> None:
    event = request_event(3, streamed=True)
    token = audit_log.receipt(None, event)
    event.provider = "other-provider"
    await audit_log.record(event)
    directory = await _closed(audit_log)
    check = verify_receipt(token, registry_of(directory), [directory])
    assert "record's provider differs from the receipt" in check.problems


def test_malformed_token_is_refused() -> None:
    with pytest.raises(ReceiptError):
        decode_receipt("not-a-receipt")


def test_receipt_facts_are_sanitised_exactly_as_the_record_holds_them() -> None:
    # verify-receipt compares each fact with the record: they must come out the same.
    hostile = request_event(
        5, request_id="req 5\n\u202e", provider="p\x00rov" * 50, model="m" * 999, deployment="d\u2028x",
        data_classes=["PHI", "PII", "PHI", "bad class"], entity_counts={"US SSN\n": 2, "PERSON": 1},
        policy_id="pol/1 x", policy_version="sha256 ab", decision="redact\t", cache="hit",
    )
    for event in (request_event(1), request_event(2, cache=None, provider=None), hostile):
        fields = event_fields(event)
        assert fact_fields(event) == {fact: fields[fact] for fact in RECEIPT_FACTS}
