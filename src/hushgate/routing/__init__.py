"""Model registry and routing: which deployment serves a request, and what happens when it fails.

One concept per module: ``registry`` (groups, deployments, fallback chains),
``capabilities`` (what a request needs), ``strategies`` (try order),
``allowlist`` (the single permit decision), ``retry`` (backoff, deadline,
budget), ``breaker`` (per-deployment circuit breaker), ``router`` (the send
loop), ``errors`` (upstream failures as client errors).
"""

from hushgate.routing.errors import gateway_error_for
from hushgate.routing.registry import ResolvedDeployment, resolve_deployments
from hushgate.routing.router import Router

__all__ = ["ResolvedDeployment", "Router", "gateway_error_for", "resolve_deployments"]
