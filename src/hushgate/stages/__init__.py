"""The pipeline's stages, one module each, listed in order in one place.

Order (DESIGN.md): authenticate and parse happen at the edge (app.py); then
detect -> classify/decide -> transform -> cache lookup run as request stages;
the router sends; response stages scan/restore; finalizers audit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hushgate.pipeline import Pipeline
from hushgate.stages.audit import AuditFinalizer, AuditGate, AuditResponse
from hushgate.stages.cache import cache_stages
from hushgate.stages.detect import DetectStage
from hushgate.stages.policy import PolicyStage, reachable_deployments
from hushgate.stages.restore import RestoreStage
from hushgate.stages.usage import UsageRecorder

if TYPE_CHECKING:
    from hushgate.gateway import Gateway


def build_pipeline(gateway: Gateway) -> Pipeline:
    pipeline = Pipeline()
    # Request stages, in order.
    pipeline.request_stages.append(DetectStage(gateway.policy))
    pipeline.request_stages.append(PolicyStage(gateway.policy, gateway.secret, reachable_deployments(gateway.router)))
    if gateway.audit is not None:
        pipeline.request_stages.append(AuditGate(gateway.audit))  # fail closed before anything can be forwarded
    cache = cache_stages(gateway.cache, gateway.secret) if gateway.cache is not None else None
    if cache is not None:
        pipeline.request_stages.append(cache[0])  # keep last: keys on the transformed request
    # Response stages, in order: upstream-facing first.
    if gateway.audit is not None:
        pipeline.response_stages.append(AuditResponse(gateway.audit))  # digests what the upstream sent
    if cache is not None:
        pipeline.response_stages.append(cache[1])  # before restore: captures pseudonymized text
    pipeline.response_stages.append(UsageRecorder())
    pipeline.response_stages.append(RestoreStage(gateway.policy))  # client-facing: scan output, restore pseudonyms
    if cache is not None:
        pipeline.response_stages.append(cache[2])  # last: stores the capture once the answer passed every stage
    # Finalizers run once per request, after the last byte.
    if gateway.audit is not None:
        pipeline.finalizers.append(AuditFinalizer(gateway.audit))
    return pipeline
