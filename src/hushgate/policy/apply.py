"""Apply a policy to one canonical request: decide, then transform in place.

Shared by the gateway's policy stage and the ``hushgate policy`` CLI, so what
``explain`` prints is what the gateway would send.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hushgate.canonical import CanonicalRequest
from hushgate.policy.actions import Transformer
from hushgate.policy.engine import CompiledPolicy, DeploymentLike, Evaluation
from hushgate.policy.vault import Vault


class DataInIdentifier(ValueError):
    """An id, tool name or object key holds data the policy would rewrite.

    Structure cannot be rewritten without breaking the request (a renamed
    tool no longer matches its definition), so the request is refused.
    Carries the location and entity type only, never the value.
    """

    def __init__(self, param: str, entity_type: str) -> None:
        super().__init__(f"{entity_type} at {param}")
        self.param = param
        self.entity_type = entity_type


@dataclass(frozen=True, eq=False)
class Applied:
    evaluation: Evaluation
    vault: Vault
    kept: list[tuple[int, Any]]  # (segment index, finding) the policy acted on


def apply_policy(
    policy: CompiledPolicy,
    request: CanonicalRequest,
    located: Sequence[tuple[int, Any]],
    *,
    declared: str | None,
    fleet: Mapping[str, Sequence[DeploymentLike]],
    hash_key: bytes,
    in_identifiers: Sequence[tuple[str, Any]] = (),
) -> Applied:
    """Evaluate and, unless blocked or monitoring, rewrite the request's segments.

    ``in_identifiers`` are (param, finding) pairs found in ids, tool names and
    object keys: they count towards the request's class and allowlist like
    any finding, and an enforced action other than ``allow`` on one raises
    ``DataInIdentifier``. Raises ``UnknownDataClass`` for an undeclared class
    name. A blocked evaluation leaves the request untouched: the caller
    refuses it.
    """
    segments = request.segments
    kept = [(i, f) for i, f in located if policy.keeps(f)]
    structural = [(param, f) for param, f in in_identifiers if policy.keeps(f)]
    evaluation = policy.evaluate(
        [f for _, f in kept] + [f for _, f in structural], declared=declared, model=request.model, fleet=fleet
    )
    if evaluation.blocked_by is None:
        for param, f in structural:
            spec = evaluation.apply.get(f.entity_type)
            if spec is not None and spec.action != "allow":
                raise DataInIdentifier(param, f.entity_type)
    vault = Vault.for_texts(s.text for s in segments)
    for i, f in kept:
        vault.saw(segments[i].text[f.start : f.end])
    if evaluation.blocked_by is None and evaluation.apply and evaluation.decision.decision != "block":
        transformer = Transformer(vault, hash_key)
        by_segment: dict[int, list[Any]] = {}
        for i, f in kept:
            by_segment.setdefault(i, []).append(f)
        for i, findings in by_segment.items():
            transformer.apply(segments[i], findings, evaluation.apply)
        request.commit()
    evaluation.decision.pseudonyms_issued = vault.issued
    return Applied(evaluation, vault, kept)
