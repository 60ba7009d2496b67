"""A dry run of one policy over one text: what would leave the network, and why.

Runs the gateway's own detection and ``apply_policy`` on a one-message chat
request, so ``hushgate policy explain`` and ``policy test`` show exactly what
the policy stage would do. Hash tokens use a throwaway key here, so they
differ from the gateway's (which are keyed per tenant with the server secret).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hushgate.canonical import ROUTE_CHAT, CanonicalRequest
from hushgate.detection.seams import with_encoded
from hushgate.policy.apply import apply_policy
from hushgate.policy.engine import CompiledPolicy, Decision, UnknownDataClass


@dataclass
class Explanation:
    findings: list[Any]  # every finding, kept or not
    kept: list[Any]
    decision: Decision | None
    sent: str | None  # the text that would leave the network; None when refused
    refused: str | None = None  # why nothing would be sent
    restored_preview: str | None = None  # the client's view if the model echoed the text
    notes: list[str] = field(default_factory=list)


def explain_text(
    policy: CompiledPolicy,
    detector: Any,
    text: str,
    *,
    model: str,
    fleet: Mapping[str, Sequence[Any]],
    declared: str | None = None,
    hash_key: bytes | None = None,
) -> Explanation:
    from hushgate.policy.restore import RestoreStats, restore_text

    request = CanonicalRequest(ROUTE_CHAT, {"model": model, "messages": [{"role": "user", "content": text}]}, model)
    segment = request.segments[0]
    findings = with_encoded(list(detector.detect(segment.text)), segment.text, detector)
    try:
        applied = apply_policy(
            policy, request, [(0, f) for f in findings], declared=declared, fleet=fleet,
            hash_key=hash_key or secrets.token_bytes(32),
        )  # fmt: skip
    except UnknownDataClass:
        return Explanation(findings, [], None, None, refused=f"unknown data class {declared!r}: 400 unknown_data_class")
    evaluation = applied.evaluation
    decision = evaluation.decision
    kept = [f for _, f in applied.kept]
    if model not in fleet:
        return Explanation(findings, kept, decision, None, refused=f"unknown model {model}: 404 model_not_found")
    if evaluation.blocked_by is not None:
        return Explanation(findings, kept, decision, None, refused=f"403 policy_blocked by {evaluation.blocked_by}")
    if decision.decision == "block":
        return Explanation(findings, kept, decision, None, refused=f"403 policy_model_denied by classes.{decision.data_class}.allow")
    sent = request.segments[0].text
    preview = restore_text(applied.vault, sent, RestoreStats())
    return Explanation(findings, kept, decision, sent, restored_preview=preview)


def render(explanation: Explanation, text: str) -> str:
    lines: list[str] = []
    lines.append(f"findings ({len(explanation.findings)}):")
    kept_ids = {id(f) for f in explanation.kept}
    for f in explanation.findings:
        mark = "" if id(f) in kept_ids else "  (below the policy's min score: ignored)"
        lines.append(f"  {f.entity_type:<22} [{f.start}:{f.end}] score {f.score:.2f} {text[f.start:f.end]!r}{mark}")
    d = explanation.decision
    if d is not None:
        lines.append(f"policy:    {d.policy_id} (version {d.policy_version[:16]}, mode {d.mode})")
        declared = f" (declared {d.declared_class})" if d.declared_class else ""
        lines.append(f"class:     {d.data_class}{declared}; classes present: {', '.join(d.data_classes)}")
        lines.append(f"allowlist: {' AND '.join(d.enforced_classes)}")
        for entity, action in sorted(d.actions.items()):
            lines.append(f"action:    {entity} -> {action} (x{d.entity_counts.get(entity, 0)})")
        lines.append("rules:     " + (", ".join(d.rule_ids) or "-"))
        extra = f" -> model {d.routed_model}" if d.routed_model else ""
        would = f" (enforcing would: {d.would_decide})" if d.would_decide else ""
        lines.append(f"decision:  {d.decision}{extra}{would}")
        lines.append(f"cache:     {'allowed, ttl ' + str(d.cache_ttl_seconds) + ' s' if d.cache_allowed else 'not allowed'}; audit {'required' if d.requires_audit else 'optional'}")
    if explanation.refused:
        lines.append(f"refused:   {explanation.refused}")
        lines.append("sent:      nothing leaves the network")
    else:
        lines.append("sent:      " + repr(explanation.sent))
    return "\n".join(lines)
