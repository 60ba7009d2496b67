"""The one place that decides whether a deployment may receive this request.

The policy stage sets ``ctx.permits``; the router asks ``is_permitted`` for
every candidate (first choice, retry, failover, fallback group) immediately
before sending. No other code may decide this.
"""

from __future__ import annotations

from hushgate.pipeline import RequestContext
from hushgate.routing.registry import ResolvedDeployment

# No permit decision on the request (ctx.permits is None) means the policy
# stage did not run: deny everything (DESIGN.md invariant 2, fail closed).
PERMIT_WITHOUT_POLICY = False


def is_permitted(ctx: RequestContext, deployment: ResolvedDeployment) -> bool:
    permits = ctx.permits
    if permits is None:
        return PERMIT_WITHOUT_POLICY
    try:
        # Only a literal True permits: a predicate that returns something
        # truthy by accident (a set, a string) or raises denies (fail closed).
        return permits(deployment) is True
    except Exception:  # noqa: BLE001 - a broken predicate must deny, not crash into a 500
        return False
