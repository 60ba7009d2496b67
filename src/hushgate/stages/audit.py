"""Audit stages: fail closed before forwarding, receipt header, one record per request.

Three pieces, registered in ``hushgate.stages.build_pipeline``:

``AuditGate``      request stage after the policy stage: refuses (503
                   ``audit_unavailable``) when the audit sink cannot write and
                   the request's classes require audit; nothing is forwarded.
``AuditResponse``  response stage, upstream-facing: digests the upstream answer
                   (HMAC, never stored) and, for streams, sets the decision-time
                   receipt header before the headers go out.
``AuditFinalizer`` finalizer: writes the record for every request that reached
                   the pipeline (allowed, blocked, errored, aborted) and, when
                   headers are still open, sets ``x-hushgate-receipt``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import orjson

from hushgate.audit import AuditEvent, AuditLog, AuditUnavailable, AuditWriteError
from hushgate.errors import service_unavailable
from hushgate.logs import get_logger
from hushgate.pipeline import RequestContext
from hushgate.sse import Chunk

if TYPE_CHECKING:
    from hushgate.providers.base import UpstreamResponse

RECEIPT_HEADER = "x-hushgate-receipt"
_SCRATCH = "audit"
_CACHE_STATES = {"hit", "miss", "bypass"}


def _scratch(ctx: RequestContext) -> dict[str, Any]:
    return ctx.extras.setdefault(_SCRATCH, {})


class AuditGate:
    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    async def __call__(self, ctx: RequestContext) -> None:
        try:
            self.audit.check_before_forward(ctx.data_classes, required=bool(getattr(ctx.decision, "requires_audit", False)))
        except AuditUnavailable:
            raise service_unavailable(
                "The audit log cannot record this request, so it was not forwarded.", code="audit_unavailable"
            ) from None


class AuditResponse:
    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    async def on_response(self, ctx: RequestContext, response: UpstreamResponse) -> None:
        payload = response.payload.peek()
        _scratch(ctx)["response_digest"] = self.audit.digest(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS))

    def on_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        # Called before the response headers are built: the stream's receipt
        # names the request and the decision; the record follows at the end.
        # Only the facts a receipt names: no digest of the request here, the
        # record computes it once at the end (this runs before the first byte).
        ctx.response_headers[RECEIPT_HEADER] = self.audit.receipt(None, AuditEvent(**decision_facts(ctx)))
        return self._digest_stream(ctx, chunks)

    async def _digest_stream(self, ctx: RequestContext, chunks: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
        digest = self.audit.digester()
        try:
            async for chunk in chunks:
                digest.update(chunk.raw)
                yield chunk
        finally:
            _scratch(ctx)["response_digest"] = digest.hexdigest()


class AuditFinalizer:
    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit

    async def __call__(self, ctx: RequestContext) -> None:
        event = build_event(self.audit, ctx)
        try:
            written = await self.audit.record(event)
        except AuditWriteError as exc:
            # The response is already decided; the sink failure was alerted and
            # later regulated requests are refused by AuditGate.
            get_logger().error("audit_record_not_durable", request_id=ctx.request_id, queued=exc.queued)
            return
        if not ctx.request.stream:
            ctx.response_headers[RECEIPT_HEADER] = self.audit.receipt(written, event)


def decision_facts(ctx: RequestContext) -> dict[str, Any]:
    """What a privacy receipt names (``RECEIPT_FACTS``), as ``AuditEvent`` fields; the record takes them from here too."""
    decision = ctx.decision
    deployment = ctx.deployment
    return {
        "request_id": ctx.request_id,
        "provider": deployment.provider if deployment else None,
        "model": deployment.model if deployment else None,
        "deployment": deployment.name if deployment else None,
        "data_classes": list(ctx.data_classes),
        "entity_counts": dict(ctx.entity_counts),
        "policy_id": getattr(decision, "policy_id", None),
        "policy_version": getattr(decision, "policy_version", None),
        "decision": getattr(decision, "decision", None),
        "cache": ctx.cache_status if ctx.cache_status in _CACHE_STATES else None,
    }


def build_event(audit: AuditLog, ctx: RequestContext) -> AuditEvent:
    """The audit facts of ``ctx``: counts, ids and digests, never text."""
    decision = ctx.decision
    deployment = ctx.deployment
    principal = ctx.principal
    usage = ctx.usage or {}
    prompt_tokens = _int(usage.get("prompt_tokens", usage.get("input_tokens")))
    completion_tokens = _int(usage.get("completion_tokens", usage.get("output_tokens")))
    cost = None
    if deployment is not None and (prompt_tokens or completion_tokens):
        # Prices are USD per million tokens, so tokens x price is micro-USD.
        cost = round((prompt_tokens or 0) * deployment.input_price_per_mtok + (completion_tokens or 0) * deployment.output_price_per_mtok)
    return AuditEvent(
        **decision_facts(ctx),
        key_id=principal.key_id if principal else None,
        team=principal.team if principal else None,
        client_address=ctx.client_address or None,
        route=ctx.route,
        # The model was checked against the configured groups before a context
        # exists, so this is a catalog name, never free text from the client.
        requested_model=getattr(decision, "requested_model", None) or ctx.model,
        actions=dict(decision.action_counts) if decision is not None and hasattr(decision, "action_counts") else {},
        rule_ids=list(getattr(decision, "rule_ids", None) or ()),
        status=ctx.status,
        error_code=ctx.error_code,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cost_micro_usd=cost,
        latency_ms=ctx.elapsed_ms,
        streamed=ctx.request.stream,
        request_digest=request_digest(audit, ctx),
        response_digest=_scratch(ctx).get("response_digest"),
    )


def request_digest(audit: AuditLog, ctx: RequestContext) -> str:
    """HMAC of the redacted request as sent upstream (the router writes the
    upstream model name into the body), as canonical JSON (sorted keys,
    compact) so a reviewer holding a copy recomputes it whatever the key order."""
    ctx.request.commit()
    return audit.digest(orjson.dumps(ctx.request.body, option=orjson.OPT_SORT_KEYS))


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


async def record_rejected(
    audit: AuditLog | None, request_id: str, route: str, status: int, error_code: str | None,
    client_address: str | None = None,
) -> None:
    """Audit a request refused before it had a pipeline context (bad key, bad JSON,
    unknown model): ``auth.failure`` for 401, else a ``request`` record. Never raises."""
    if audit is None:
        return
    event = AuditEvent(
        event_type="auth.failure" if status == 401 else "request",
        request_id=request_id, route=route, status=status, error_code=error_code, client_address=client_address,
    )
    try:
        await audit.record(event)
    except AuditWriteError as exc:
        get_logger().error("audit_record_not_durable", request_id=request_id, queued=exc.queued)


def build_audit(settings: Any, secret: Any) -> AuditLog | None:
    """The gateway's AuditLog from ``settings.audit`` (None when disabled)."""
    audit_settings = getattr(settings, "audit", None)
    if audit_settings is None or not audit_settings.enabled:
        return None
    return AuditLog.from_settings(audit_settings, secret=secret)


def audit_routes(gateway: Any) -> list[Any]:
    """``GET /admin/audit/export`` behind the admin token (when audit writes files)."""
    audit: AuditLog | None = getattr(gateway, "audit", None)
    if audit is None or audit.settings.directory is None:
        return []
    from hushgate.audit.http import routes

    def admin_check(token: str) -> bool:
        return bool(gateway.admin.check({"authorization": f"Bearer {token}"}))

    return routes(audit.settings.directory, admin_check, audit=audit, key_registry=audit.registry_path)
