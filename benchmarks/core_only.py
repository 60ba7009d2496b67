"""The gateway with its detection and policy stages taken out, for benchmarks.

Issue 2's performance goal is stated for the core alone ("pipeline stages
wired but doing no detection"): auth, parsing, canonical extraction, routing,
the aiohttp upstream call, logging. This factory builds the real app and
keeps only the usage recorder in the pipeline, so `bench_gateway.py
--core-only` measures exactly that. Never use it to serve traffic.

    HUSHGATE_CONFIG_FILE=gw.yaml uvicorn --factory benchmarks.core_only:app
"""

from __future__ import annotations

import os

from starlette.applications import Starlette

from hushgate.app import create_app
from hushgate.config import load_settings
from hushgate.logs import configure_logging
from hushgate.pipeline import Pipeline, RequestContext
from hushgate.stages.usage import UsageRecorder


async def permit_everything(ctx: RequestContext) -> None:
    # Stands in for the policy stage's decision; the router denies without one.
    ctx.permits = lambda deployment: True


def app() -> Starlette:
    settings = load_settings(os.environ["HUSHGATE_CONFIG_FILE"])
    configure_logging(settings.server.log_level)
    application = create_app(settings)
    application.state.gateway.pipeline = Pipeline(request_stages=[permit_everything], response_stages=[UsageRecorder()])
    return application
