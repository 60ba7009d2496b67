"""The audit record: its fields, canonical JSON and the chain hash.

Every line of an audit file is one JSON object. Two kinds exist: ``event``
(one per request, plus lifecycle events) and ``checkpoint`` (a signed Merkle
tree head over the chain, see :mod:`hushgate.audit.checkpoints`).

Hashing (published so an independent verifier can be written from it)::

    canonical(r) = UTF-8 JSON of r without "entry_hash", keys sorted,
                   no insignificant whitespace, no floats anywhere
    entry_hash   = SHA-256(b"hushgate-audit-v1\\0" || prev_hash(32 raw bytes) || canonical(r))

Records hold integers and short strings only: without floats the sorted
compact encoding coincides with RFC 8785 (JCS), so verifiers in any language
produce the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

RECORD_VERSION = 1
ZERO_HASH = "0" * 64
HASH_PREFIX = b"hushgate-audit-v1\0"

# Client-influenced strings (model name, address, team) are capped so a
# hostile value cannot bloat the log; the schema repeats these limits.
MAX_TEXT = 128
MAX_TOKEN = 64
MAX_ITEMS = 64

EVENT_TYPES = frozenset(
    {
        "request",  # one per proxied request, whatever its outcome
        "auth.failure",
        "admin.action",
        "audit.start",
        "audit.stop",
        "audit.gap",  # records were refused while the sink was down
        "audit.export",
    }
)
CACHE_STATES = frozenset({"hit", "miss", "bypass", "off"})

# Control and bidi/format characters could forge lines on a terminal or in a
# spreadsheet even though JSON escapes them; they are replaced, not escaped.
_UNSAFE_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_TOKEN_UNSAFE = re.compile(r"[^A-Za-z0-9_.:/@+-]")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class AuditEvent:
    """What the pipeline knows about one request; no content, only facts.

    ``request_digest`` / ``response_digest`` come from :meth:`AuditLog.digest`
    over the bytes actually sent upstream (redacted) and returned.
    """

    event_type: str = "request"
    request_id: str | None = None
    key_id: str | None = None
    team: str | None = None
    client_address: str | None = None
    route: str | None = None
    requested_model: str | None = None
    provider: str | None = None
    model: str | None = None
    deployment: str | None = None
    data_classes: Sequence[str] = ()
    entity_counts: Mapping[str, int] = field(default_factory=dict)
    actions: Mapping[str, int] = field(default_factory=dict)
    policy_id: str | None = None
    policy_version: str | None = None
    decision: str | None = None
    rule_ids: Sequence[str] = ()
    status: int | None = None
    error_code: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cost_micro_usd: int | None = None
    latency_ms: float | None = None
    cache: str | None = None
    streamed: bool = False
    request_digest: str | None = None
    response_digest: str | None = None
    dropped: int | None = None


_SECOND: tuple[int, str] = (-1, "")  # (unix second, its date and time of day), swapped whole


def utc_now() -> str:
    """RFC 3339 UTC with milliseconds and ``Z``.

    Date and time of day are formatted once per second: datetime's strftime
    measured ~9 µs per call on the request path (a stream's receipt is
    timestamped before its first byte, issue 7).
    """
    global _SECOND
    now = time.time()
    whole = int(now)
    second = _SECOND
    if second[0] != whole:
        second = _SECOND = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)))
    return f"{second[1]}.{int((now - whole) * 1000):03d}Z"


def canonical_json(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


def compute_entry_hash(prev_hash: str, record_without_entry_hash: Mapping[str, Any]) -> str:
    return chain_hash(prev_hash, canonical_json(record_without_entry_hash))


def chain_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(HASH_PREFIX + bytes.fromhex(prev_hash) + canonical).hexdigest()


def _text(value: object, cap: int = MAX_TEXT) -> str | None:
    if value is None:
        return None
    return _UNSAFE_CHARS.sub("\ufffd", str(value))[:cap]


def _token(value: object) -> str | None:
    if value is None:
        return None
    return _TOKEN_UNSAFE.sub("_", str(value))[:MAX_TOKEN] or "_"


def _count(value: object) -> int | None:
    if value is None:
        return None
    number = int(value)  # type: ignore[call-overload]
    if number < 0:
        raise ValueError("audit counts are never negative")
    return number


def _digest(value: str | None) -> str | None:
    if value is not None and not _HEX64.match(value):
        raise ValueError("audit digests are 64 lowercase hex characters (use AuditLog.digest)")
    return value


def _counts(mapping: Mapping[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in list(mapping.items())[:MAX_ITEMS]:
        out[_token(key) or "_"] = _count(value) or 0
    return out


def fact_fields(event: AuditEvent) -> dict[str, Any]:
    """The decision facts of ``event`` (what a privacy receipt names), as its record holds them.

    ``event_fields`` takes these from here, so a receipt and its record
    cannot sanitise a fact differently; a receipt computes only these.
    """
    if event.cache is not None and event.cache not in CACHE_STATES:
        raise ValueError(f"unknown cache state {event.cache!r}")
    return {
        "request_id": _token(event.request_id),
        "provider": _text(event.provider),
        "model": _text(event.model),
        "deployment": _text(event.deployment),
        "data_classes": sorted({_token(c) or "_" for c in list(event.data_classes)[:MAX_ITEMS]}),
        "entity_counts": _counts(event.entity_counts),
        "policy_id": _token(event.policy_id),
        "policy_version": _token(event.policy_version),
        "decision": _token(event.decision),
        "cache": event.cache,
    }


def event_fields(event: AuditEvent) -> dict[str, Any]:
    """The record body of ``event``: sanitised, capped, every key present."""
    if event.event_type not in EVENT_TYPES:
        raise ValueError(f"unknown audit event type {event.event_type!r}")
    facts = fact_fields(event)
    usage = None
    if event.prompt_tokens is not None or event.completion_tokens is not None:
        prompt = _count(event.prompt_tokens) or 0
        completion = _count(event.completion_tokens) or 0
        usage = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
    latency = None if event.latency_ms is None else max(0, round(event.latency_ms))
    return {
        "event_type": event.event_type,
        **facts,
        "key_id": _token(event.key_id),
        "team": _text(event.team),
        "client_address": _text(event.client_address),
        "route": _text(event.route),
        "requested_model": _text(event.requested_model),
        "actions": _counts(event.actions),
        "rule_ids": [_token(r) or "_" for r in list(event.rule_ids)[:MAX_ITEMS]],
        "status": _count(event.status),
        "error_code": _token(event.error_code),
        "usage": usage,
        "cost_micro_usd": _count(event.cost_micro_usd),
        "latency_ms": latency,
        "streamed": bool(event.streamed),
        "request_digest": _digest(event.request_digest),
        "response_digest": _digest(event.response_digest),
        "dropped": _count(event.dropped),
    }


def parse_line(line: bytes) -> dict[str, Any]:
    """One audit line as a dict; raises ValueError when it is not a JSON object."""
    obj = orjson.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("audit line is not a JSON object")
    return obj


def recompute_hash(record: Mapping[str, Any]) -> str | None:
    """The entry hash ``record`` should carry, or None when it lacks prev_hash."""
    prev = record.get("prev_hash")
    if not isinstance(prev, str) or not _HEX64.match(prev):
        return None
    body = {k: v for k, v in record.items() if k != "entry_hash"}
    try:
        return compute_entry_hash(prev, body)
    except (TypeError, orjson.JSONEncodeError):
        return None
