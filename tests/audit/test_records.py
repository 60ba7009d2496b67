"""Record content: what may be in an audit line, and how it is hashed."""

from __future__ import annotations

import hashlib
import json

import pytest

from hushgate.audit import AuditLog
from hushgate.audit.records import MAX_TEXT, AuditEvent, event_fields
from hushgate.secrets import AUDIT_DIGEST

from .conftest import SECRET, read_records, request_event, schema_validator


async def test_every_written_record_validates_against_the_shipped_schema(audit_log: AuditLog) -> None:
    for i in range(120):
        await audit_log.record(request_event(i))
    await audit_log.record(AuditEvent(event_type="auth.failure", client_address="10.1.1.1", status=401, error_code="invalid_api_key"))
    await audit_log.aclose()
    validator = schema_validator()
    records = read_records(audit_log.settings.directory)
    assert len(records) > 120 and any(r["kind"] == "checkpoint" for r in records)
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, (record["seq"], errors)


def test_schema_rejects_a_free_text_field() -> None:
    valid = {
        "kind": "event", **event_fields(request_event(1)), "v": 1, "chain": "gw-1-abcdef", "seq": 1,
        "id": "gw-1-abcdef:1", "ts": "2026-01-01T00:00:00.000Z", "prev_hash": "0" * 64, "entry_hash": "1" * 64,
    }
    assert schema_validator().is_valid(valid)
    assert not schema_validator().is_valid({**valid, "prompt": "patient John Doe"})


def test_entry_hash_follows_the_published_formula(audit_log: AuditLog) -> None:
    records = read_records(audit_log.settings.directory)  # the audit.start record, already written
    assert records, "audit.start must be on disk after start()"
    record = records[0]
    body = {k: v for k, v in record.items() if k != "entry_hash"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    expected = hashlib.sha256(b"hushgate-audit-v1\0" + bytes.fromhex(record["prev_hash"]) + canonical).hexdigest()
    assert record["entry_hash"] == expected
    assert record["seq"] == 0 and record["prev_hash"] == "0" * 64


async def test_digest_equals_hmac_recomputed_from_the_server_secret(audit_log: AuditLog) -> None:
    redacted = b'{"messages":[{"role":"user","content":"my ssn is <US_SSN_1>"}]}'
    digest = audit_log.digest(redacted)
    assert digest == SECRET.hmac_hex(AUDIT_DIGEST, redacted)
    assert digest != hashlib.sha256(redacted).hexdigest()
    written = await audit_log.record(request_event(1, request_digest=digest))
    await audit_log.flush()
    stored = next(r for r in read_records(audit_log.settings.directory) if r["id"] == written.id)
    assert stored["request_digest"] == SECRET.hmac_hex(AUDIT_DIGEST, redacted)


async def test_crlf_and_ansi_in_client_strings_cannot_forge_a_record(audit_log: AuditLog) -> None:
    hostile = 'x\n{"event_type":"admin.action"}\r\n\x1b[31mred\u202e'
    await audit_log.record(request_event(1, requested_model=hostile, team=hostile, client_address=hostile))
    await audit_log.aclose()
    raw = b"".join(p.read_bytes() for p in audit_log.settings.directory.glob("audit-*.jsonl"))
    records = read_records(audit_log.settings.directory)
    assert [r["event_type"] for r in records if r["kind"] == "event"] == ["audit.start", "request", "audit.stop"]
    assert b"\x1b" not in raw and b"\r" not in raw and "\u202e".encode() not in raw
    request = records[1]
    assert "\n" not in request["requested_model"] and request["requested_model"].startswith("x")


def test_client_strings_are_length_capped() -> None:
    fields = event_fields(request_event(1, requested_model="m" * 10_000, client_address="a" * 999))
    assert len(fields["requested_model"]) == MAX_TEXT
    assert len(fields["client_address"]) == MAX_TEXT


def test_identifier_fields_keep_only_token_characters() -> None:
    fields = event_fields(request_event(1, key_id="key 1\n2", entity_counts={"US SSN\n": 1}))
    assert fields["key_id"] == "key_1_2"
    assert fields["entity_counts"] == {"US_SSN_": 1}


def test_a_digest_that_is_not_an_hmac_hex_is_refused() -> None:
    with pytest.raises(ValueError, match="digest"):
        event_fields(request_event(1, request_digest="123-45-6789"))


def test_unknown_event_type_is_refused() -> None:
    with pytest.raises(ValueError, match="event type"):
        event_fields(AuditEvent(event_type="prompt.text"))


def test_records_hold_no_floats() -> None:
    fields = event_fields(request_event(1, latency_ms=0.4, cost_micro_usd=3))

    def floats(value: object) -> bool:
        if isinstance(value, dict):
            return any(floats(v) for v in value.values())
        if isinstance(value, list):
            return any(floats(v) for v in value)
        return isinstance(value, float)

    assert not floats(fields) and fields["latency_ms"] == 0


def test_utc_now_is_rfc3339_milliseconds_of_the_current_time() -> None:
    import re
    import time
    from datetime import datetime, timezone

    from hushgate.audit.records import utc_now

    for _ in range(3):
        before = datetime.now(timezone.utc)
        stamp = utc_now()
        after = datetime.now(timezone.utc)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", stamp)
        parsed = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        # Milliseconds are truncated, as datetime's "%f"[:-3] did.
        assert before.replace(microsecond=before.microsecond // 1000 * 1000) <= parsed <= after
        time.sleep(0.4)  # across a second boundary: the cached date and time of day move on
