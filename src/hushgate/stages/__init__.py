"""The pipeline's stages, one module each, listed in order in one place.

Order (DESIGN.md): authenticate and parse happen at the edge (app.py); then
detect -> classify/decide -> transform -> cache lookup run as request stages;
the router sends; response stages scan/restore; finalizers audit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hushgate.pipeline import Pipeline
from hushgate.stages.usage import UsageRecorder

if TYPE_CHECKING:
    from hushgate.gateway import Gateway


def build_pipeline(gateway: Gateway) -> Pipeline:
    pipeline = Pipeline()
    # Request stages, in order.
    # Response stages, in order: upstream-facing first.
    pipeline.response_stages.append(UsageRecorder())
    # Finalizers run once per request, after the last byte.
    return pipeline
