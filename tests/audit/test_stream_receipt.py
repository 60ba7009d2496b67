"""A stream's decision-time receipt: computed before the first byte from the decision facts alone."""

from __future__ import annotations

from collections.abc import AsyncIterator

from hushgate.audit import AuditLog
from hushgate.audit.receipts import RECEIPT_FACTS, decode_receipt
from hushgate.audit.records import fact_fields
from hushgate.pipeline import RequestContext
from hushgate.sse import Chunk
from hushgate.stages.audit import RECEIPT_HEADER, AuditResponse, build_event, decision_facts
from hushgate.wire.openai import parse_chat


def _ctx() -> RequestContext:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True}
    ctx = RequestContext(request_id="req_1", route="chat.completions", client_address="", headers={}, request=parse_chat(body))
    ctx.data_classes = ["PII"]
    ctx.entity_counts = {"EMAIL_ADDRESS": 1}
    return ctx


async def _none() -> AsyncIterator[Chunk]:
    return
    yield


def test_decision_facts_are_exactly_what_a_receipt_names() -> None:
    assert set(decision_facts(_ctx())) == set(RECEIPT_FACTS)


async def test_stream_receipt_does_not_digest_the_request(audit_log: AuditLog) -> None:
    # The request digest belongs to the record, computed once at the end of
    # the stream; the receipt in the headers only names the decision facts.
    ctx = _ctx()
    digested: list[bytes] = []
    digest = audit_log.digest
    audit_log.digest = lambda data: digested.append(data) or digest(data)  # type: ignore[method-assign]
    AuditResponse(audit_log).on_stream(ctx, _none())
    assert digested == []
    payload, _, _ = decode_receipt(ctx.response_headers[RECEIPT_HEADER])
    assert payload["stage"] == "decision"
    assert {k: payload[k] for k in RECEIPT_FACTS} == fact_fields(build_event(audit_log, ctx))
