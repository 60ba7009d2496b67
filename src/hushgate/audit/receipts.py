"""Privacy receipts: a signed, content-free token a client can keep per call.

Token: ``base64url(payload JSON) "." base64url(Ed25519 signature)`` where the
signature covers ``b"hushgate-receipt-v1\\0" || payload bytes``.

Two stages, because a streamed response sends its headers before the audit
record exists:

``final``     issued after the record was written: names the record id and
              its entry hash.
``decision``  issued for streams at decision time: names the request id and
              the decision facts; the record written at the end of the stream
              carries the same request id, and ``verify-receipt`` checks that
              every fact in the receipt equals the record's.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from .chain import WrittenRecord
from .files import discover, read_lines
from .records import AuditEvent, canonical_json, fact_fields, utc_now
from .signing import AuditSigner, KeyRegistry
from .verify import verify_chain

RECEIPT_PREFIX = b"hushgate-receipt-v1\0"
# Facts copied from the record; verify-receipt compares each one.
RECEIPT_FACTS = (
    "request_id", "policy_id", "policy_version", "data_classes", "entity_counts",
    "provider", "model", "deployment", "cache", "decision",
)


class ReceiptError(ValueError):
    """The token is not a well-formed receipt."""


def issue_receipt(signer: AuditSigner, written: WrittenRecord | None, event: AuditEvent) -> str:
    # The facts only: a stream's receipt is computed before its first byte (issue 7).
    payload: dict[str, Any] = fact_fields(event)
    payload.update(
        v=1,
        stage="final" if written else "decision",
        record=written.id if written else None,
        entry_hash=written.entry_hash if written else None,
        key_id=signer.key_id,
        ts=utc_now(),
    )
    body = canonical_json(payload)
    signature = signer.sign(RECEIPT_PREFIX + body)
    return _b64(body) + "." + _b64(signature)


def decode_receipt(token: str) -> tuple[dict[str, Any], bytes, bytes]:
    parts = token.strip().split(".")
    if len(parts) != 2:
        raise ReceiptError("a receipt has two base64url parts separated by '.'")
    try:
        body = base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4))
        signature = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        payload = orjson.loads(body)
    except (binascii.Error, ValueError):
        raise ReceiptError("receipt is not base64url JSON") from None
    if not isinstance(payload, dict) or payload.get("v") != 1:
        raise ReceiptError("unsupported receipt version")
    return payload, body, signature


@dataclass
class ReceiptCheck:
    payload: dict[str, Any]
    problems: list[str] = field(default_factory=list)
    found_at: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_receipt(token: str, registry: KeyRegistry, log_paths: list[Path]) -> ReceiptCheck:
    """Check the signature, find the record the receipt names, compare facts, verify its chain."""
    payload, body, signature = decode_receipt(token)
    check = ReceiptCheck(payload)
    sig_b64 = base64.b64encode(signature).decode()
    if problem := registry.verify(payload.get("key_id"), sig_b64, RECEIPT_PREFIX + body):
        check.problems.append(f"signature: {problem}")
        return check
    record_id, request_id = payload.get("record"), payload.get("request_id")
    chains = discover(log_paths)
    for chain, files in chains.items():
        if isinstance(record_id, str) and not record_id.startswith(chain + ":"):
            continue
        for line in read_lines(files):
            rec = line.record
            if rec is None or rec.get("kind") != "event":
                continue
            if (record_id and rec.get("id") == record_id) or (
                not record_id and request_id and rec.get("request_id") == request_id
            ):
                check.found_at = line.location
                if record_id and rec.get("entry_hash") != payload.get("entry_hash"):
                    check.problems.append("record's entry hash differs from the receipt")
                for fact in RECEIPT_FACTS:
                    if rec.get(fact) != payload.get(fact):
                        check.problems.append(f"record's {fact} differs from the receipt")
                report = verify_chain(chain, files, registry)
                if not report.ok:
                    check.problems.append(f"the chain holding the record fails verification ({', '.join(report.findings)})")
                return check
    check.problems.append(f"no audit record {record_id or 'for request ' + str(request_id)} in the given log")
    return check


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
