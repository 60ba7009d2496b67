"""Detection stage: findings for every text segment, within a time budget.

Fail closed (DESIGN invariant 3): a detector exception or an overrun of the
budget stops the request with a 503 before anything is forwarded. The budget
is the lower of the gateway's ``policy.detection_timeout_ms`` and the
policy's own ``detection.timeout_ms``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from hushgate.detection.seams import detect_joined, merge_without_overlap, seam_findings, with_encoded
from hushgate.errors import service_unavailable
from hushgate.logs import get_logger
from hushgate.pipeline import RequestContext
from hushgate.policy.engine import CompiledPolicy, Decision
from hushgate.policy.reload import PolicyRuntime

# Segment kinds a chat model reads as one continuous text.
_PROSE_KINDS = frozenset({"message", "system", "tool_result"})
POLICY_KEY = "policy"  # ctx.extras: the CompiledPolicy chosen for this request


def select_policy(runtime: PolicyRuntime, ctx: RequestContext) -> CompiledPolicy:
    """The request's policy, chosen once from the authenticated principal and route only."""
    policy = ctx.extras.get(POLICY_KEY)
    if policy is None:
        principal = ctx.principal
        current = runtime.current
        # A binding on the inbound route (``anthropic.messages``) wins; else the
        # canonical route, so a ``chat.completions`` binding governs chat in
        # every dialect and a client cannot switch SDK to reach the default.
        route = ctx.route if ctx.route in current.by_route else ctx.request.route
        policy = current.select(principal.key_id if principal else None, principal.team if principal else None, route)
        ctx.extras[POLICY_KEY] = policy
    return policy


def failure_decision(policy: CompiledPolicy, ctx: RequestContext, reason: str) -> Decision:
    # Nothing was classified: record the most sensitive class, so an audit
    # reader never mistakes a refused request for a harmless one.
    return Decision(
        policy_id=policy.id,
        policy_version=policy.version,
        policy_file_sha256=policy.file_sha256,
        mode=policy.mode,
        data_class=policy.highest.name,
        data_classes=[policy.highest.name],
        declared_class=None,
        enforced_classes=[policy.highest.name],
        rule_ids=[],
        actions={},
        entity_counts={},
        decision="block",
        requires_audit=True,
        cache_allowed=False,
        cache_ttl_seconds=None,
        requested_model=ctx.model,
        reason=reason,
    )


class DetectStage:
    # Keeps nothing beyond the request's own context: runs in the startup warm-up (hushgate.warmup).
    warmup_safe = True

    def __init__(self, runtime: PolicyRuntime) -> None:
        self.runtime = runtime

    async def _scan(self, ctx: RequestContext, deadline: float) -> list[tuple[int, Any]]:
        detector = self.runtime.detector  # read once: a reload may swap it
        adetect = getattr(detector, "adetect", None)
        segments = ctx.request.segments
        per_segment: list[list[Any]] = []
        for segment in segments:
            # Inline detection never yields to wait_for: stop between segments
            # once over budget, so a body of many small strings cannot hold
            # the event loop far past it.
            if time.perf_counter() > deadline:
                raise TimeoutError
            if adetect is not None:
                found = await adetect(segment.text, field_name=segment.field_name)
            else:
                found = detector.detect(segment.text, field_name=segment.field_name)
            per_segment.append(with_encoded(found, segment.text, detector))
        # Texts the model reads as one run: consecutive chat texts.
        prose = [i for i, s in enumerate(segments) if s.kind in _PROSE_KINDS]
        for k, f in seam_findings([segments[i].text for i in prose], detector):
            i = prose[k]
            per_segment[i] = merge_without_overlap(per_segment[i], [f])
        return [(i, f) for i, found in enumerate(per_segment) for f in found]

    @staticmethod
    def _scan_identifiers(ctx: RequestContext, detector: Any) -> list[tuple[str, Any]]:
        # One detector call for all of them: most requests have none or a few short ids.
        identifiers = ctx.request.identifiers
        return [(identifiers[k].param, f) for k, f in detect_joined([i.text for i in identifiers], detector, "\n")]

    async def __call__(self, ctx: RequestContext) -> None:
        policy = select_policy(self.runtime, ctx)
        budget_s = self.runtime.timeout_ms(policy) / 1000.0
        started = time.perf_counter()
        reason = None
        try:
            # Same budget and outcome either way: a scan that yields is
            # cancelled at the deadline (TimeoutError); one that never yields
            # is caught by the deadline checks in _scan and below.
            if ctx.request.stream:
                # A stream scans in this task: wait_for's own task is one more
                # trip through the event loop before the first byte (issue 7).
                async with asyncio.timeout(budget_s):
                    located = await self._scan(ctx, started + budget_s)
            else:
                # Whole answers keep wait_for's task (on 3.11): under
                # saturation that trip lets the loop take in other ready work
                # first. Measured at 64 connections, 1 KB, full pipeline: p99
                # median ~240 ms scanning in-task (9 runs), ~110 ms with the
                # task (10 runs); see benchmarks/README.md.
                located = await asyncio.wait_for(self._scan(ctx, started + budget_s), budget_s)
            identifier_findings = self._scan_identifiers(ctx, self.runtime.detector)
            # Inline detection cannot be interrupted: check the clock after it.
            if time.perf_counter() - started > budget_s:
                reason = "detector_timeout"
        except TimeoutError:
            reason = "detector_timeout"
        except Exception as exc:  # noqa: BLE001 - any detector failure blocks the request
            get_logger().error("detector_error", request_id=ctx.request_id, error_type=type(exc).__name__)
            reason = "detector_error"
        if reason is not None:
            ctx.decision = failure_decision(policy, ctx, reason)
            ctx.data_classes = list(ctx.decision.data_classes)
            if reason == "detector_timeout":
                raise service_unavailable("Content scanning exceeded its time budget; nothing was forwarded.", code=reason)
            raise service_unavailable("Content scanning failed; nothing was forwarded.", code=reason)
        ctx.findings = located
        ctx.identifier_findings = identifier_findings
