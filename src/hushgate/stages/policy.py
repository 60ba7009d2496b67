"""Policy stage: classify, decide, transform, and set the router's hard wall.

``ctx.permits`` is set on every request (monitor mode included) to the
allowlist of the class the request is enforced at, so no retry, fallback or
reroute can reach a deployment outside it. The declared-class header can
only raise the class; nothing else the client sends is read here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from hushgate.errors import bad_request, forbidden
from hushgate.pipeline import RequestContext
from hushgate.policy.apply import DataInIdentifier, apply_policy
from hushgate.policy.engine import DECLARED_CLASS_HEADER, UnknownDataClass
from hushgate.policy.reload import PolicyRuntime
from hushgate.secrets import HASH_ACTION, ServerSecret
from hushgate.stages.detect import failure_decision, select_policy

# Tenant -> HASH_ACTION key. Keys, not content; bounded by the number of teams/keys.
_MAX_TENANT_KEYS = 10_000


def _declared(ctx: RequestContext) -> str | None:
    # Every value counts (repeated headers, comma lists): the highest wins, so
    # adding a header can only ever raise the class.
    getlist = getattr(ctx.headers, "getlist", None)
    values = getlist(DECLARED_CLASS_HEADER) if getlist is not None else [ctx.headers.get(DECLARED_CLASS_HEADER) or ""]
    return ",".join(values) or None


def reachable_deployments(router: Any) -> dict[str, list[Any]]:
    """Model group -> every deployment the router may try for it, fallbacks included."""
    chains = getattr(getattr(router, "registry", None), "chains", None)
    if chains:
        return {name: [d for group in chain for d in group.deployments] for name, chain in chains.items()}
    return {name: list(deployments) for name, deployments in router.groups.items()}


class PolicyStage:
    # Keeps nothing beyond the request's own context (the per-tenant derived
    # key aside): runs in the startup warm-up (hushgate.warmup).
    warmup_safe = True

    def __init__(self, runtime: PolicyRuntime, secret: ServerSecret, fleet: Mapping[str, Sequence[Any]]) -> None:
        self.runtime = runtime
        self.secret = secret
        self.fleet = fleet
        self._hash_keys: dict[str, bytes] = {}

    def hash_key(self, ctx: RequestContext) -> bytes:
        principal = ctx.principal
        tenant = (principal.team or principal.key_id) if principal else "default"
        key = self._hash_keys.get(tenant)
        if key is None:
            if len(self._hash_keys) >= _MAX_TENANT_KEYS:
                self._hash_keys.clear()
            key = self._hash_keys[tenant] = self.secret.derive(HASH_ACTION, tenant.encode())
        return key

    async def __call__(self, ctx: RequestContext) -> None:
        policy = select_policy(self.runtime, ctx)
        if policy.non_text_content == "block" and policy.mode == "enforce" and ctx.request.non_text_parts():
            # Unscannable content never leaves; recorded as the most sensitive class.
            ctx.decision = failure_decision(policy, ctx, "non_text_content")
            ctx.data_classes = list(ctx.decision.data_classes)
            raise forbidden("Blocked by policy rule non_text_content: images, audio and files cannot be scanned.", code="policy_blocked")
        try:
            applied = apply_policy(
                policy,
                ctx.request,
                ctx.findings,
                declared=_declared(ctx),
                fleet=self.fleet,
                hash_key=self.hash_key(ctx),
                in_identifiers=ctx.identifier_findings,
            )
        except DataInIdentifier as exc:
            ctx.decision = failure_decision(policy, ctx, "data_in_identifier")
            ctx.data_classes = list(ctx.decision.data_classes)
            raise bad_request(
                f"An id, tool name or object key carries data the policy must rewrite ({exc.entity_type}); "
                "structure cannot be rewritten, so nothing was forwarded.",
                param=exc.param,
                code="data_in_identifier",
            ) from None
        except UnknownDataClass:
            ctx.decision = failure_decision(policy, ctx, "unknown_data_class")
            ctx.data_classes = list(ctx.decision.data_classes)
            raise bad_request(
                "Unknown data class in the x-hushgate-data-class header.", param=DECLARED_CLASS_HEADER, code="unknown_data_class"
            ) from None
        evaluation = applied.evaluation
        decision = evaluation.decision
        ctx.decision = decision
        ctx.findings = applied.kept  # what the policy acted on (below-threshold findings dropped)
        ctx.entity_counts = dict(decision.entity_counts)
        ctx.data_classes = list(decision.data_classes)
        ctx.permits = evaluation.wall.permits
        ctx.vault = applied.vault
        ctx.response_headers["x-hushgate-policy-decision"] = decision.decision
        if evaluation.blocked_by is not None:
            raise forbidden(f"Blocked by policy rule {evaluation.blocked_by}.", code="policy_blocked")
        if decision.decision == "block":
            rule = f"classes.{decision.data_class}.allow"
            raise forbidden(
                f"The requested model is not permitted for {decision.data_class} data (policy rule {rule}).",
                code="policy_model_denied",
            )
        if decision.decision == "reroute" and decision.routed_model:
            ctx.request.model = decision.routed_model
