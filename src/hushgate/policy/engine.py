"""Classify and decide: a loaded policy evaluated over one request's findings.

Pure functions of (policy, findings, declared class, requested model, fleet),
so the gateway stage, ``hushgate policy test`` and ``explain`` run the very
same code. Rule ids are the YAML paths of the rules that fired
(``classes.PHI.actions.US_SSN``), so a reviewer can find each one in the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from hushgate.policy.loader import LoadedPolicy
from hushgate.policy.schema import ActionSpec, Grant

DECLARED_CLASS_HEADER = "x-hushgate-data-class"


class DeploymentLike(Protocol):
    """What a grant can look at (routing.ResolvedDeployment satisfies it)."""

    name: str
    group: str
    provider: str
    model: str
    tags: frozenset[str]


class FindingLike(Protocol):
    entity_type: str
    start: int
    end: int
    score: float


class UnknownDataClass(ValueError):
    """The client declared a class this policy does not define (refused: fail closed)."""


def grant_matches(grant: Grant, d: DeploymentLike) -> bool:
    if grant.any:
        return True
    if grant.providers is not None and d.provider not in grant.providers:
        return False
    if grant.models is not None and d.group not in grant.models and d.model not in grant.models:
        return False
    if grant.deployments is not None and d.name not in grant.deployments:
        return False
    return grant.tags is None or set(grant.tags) <= d.tags


@dataclass(frozen=True, eq=False)
class ClassRules:
    name: str
    rank: int
    entities: frozenset[str]
    actions: Mapping[str, ActionSpec]
    default_action: ActionSpec
    grants: tuple[Grant, ...]
    on_model_denied: str
    reroute_to: str | None
    cache_allowed: bool
    cache_ttl_seconds: int
    audit: bool
    output_new_pii: str
    monitor: bool

    def action_for(self, entity_type: str) -> tuple[ActionSpec, str]:
        spec = self.actions.get(entity_type)
        if spec is not None:
            return spec, f"classes.{self.name}.actions.{entity_type}"
        return self.default_action, f"classes.{self.name}.default_action"

    def permits(self, deployment: DeploymentLike) -> bool:
        # Default deny: no grant, no delivery.
        return any(grant_matches(g, deployment) for g in self.grants)


@dataclass
class Decision:
    """Everything the audit record needs about how the policy decided. Never content."""

    policy_id: str
    policy_version: str
    policy_file_sha256: str
    mode: str
    data_class: str
    data_classes: list[str]
    declared_class: str | None
    enforced_classes: list[str]
    rule_ids: list[str]
    actions: dict[str, str]
    entity_counts: dict[str, int]
    decision: str  # allow | transform | block | reroute | monitor
    requires_audit: bool
    cache_allowed: bool
    cache_ttl_seconds: int | None
    requested_model: str
    routed_model: str | None = None
    reason: str | None = None
    would_decide: str | None = None  # monitor mode: what enforcing would have done
    output_new_pii: str = "allow"
    output_entity_counts: dict[str, int] = field(default_factory=dict)
    pseudonyms_issued: int = 0
    restored: int = 0
    rehydration_suppressed: int = 0

    @property
    def action_counts(self) -> dict[str, int]:
        """Findings per action taken (entity counts summed by their action)."""
        out: dict[str, int] = {}
        for entity, action in self.actions.items():
            out[action] = out.get(action, 0) + self.entity_counts.get(entity, 0)
        return out



@dataclass(frozen=True, eq=False)
class Wall:
    """The router's hard wall: a deployment must be allowed for *every* class present.

    Checking only the highest class would let a wide SECRET allowlist carry
    PHI that rode along in the same request to a non-BAA provider.
    """

    classes: tuple[ClassRules, ...]

    def permits(self, deployment: DeploymentLike) -> bool:
        return all(c.permits(deployment) for c in self.classes)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.classes]


@dataclass(frozen=True, eq=False)
class Evaluation:
    decision: Decision
    # Entity -> action to apply now; empty when monitoring (forward unchanged).
    apply: dict[str, ActionSpec]
    wall: Wall
    blocked_by: str | None


class CompiledPolicy:
    """A validated policy in lookup-friendly form. Immutable; reload swaps the whole object."""

    def __init__(self, loaded: LoadedPolicy) -> None:
        m = loaded.model
        self.loaded = loaded
        self.id = m.id
        self.version = loaded.version
        self.file_sha256 = loaded.file_sha256
        self.source = loaded.source
        self.mode = m.mode
        self.non_text_content = m.non_text_content
        self.min_score = m.detection.min_score
        self.min_scores = dict(m.detection.min_scores)
        self.timeout_ms = m.detection.timeout_ms
        self.classes: list[ClassRules] = [
            ClassRules(
                name=c.name,
                rank=rank,
                entities=frozenset(c.entities),
                actions=dict(c.actions),
                default_action=c.default_action,
                grants=tuple(c.allow),
                on_model_denied=c.on_model_denied,
                reroute_to=c.reroute_to,
                cache_allowed=c.cache.allowed,
                cache_ttl_seconds=c.cache.ttl_seconds,
                audit=c.audit,
                output_new_pii=c.output.new_pii,
                monitor=c.monitor,
            )
            for rank, c in enumerate(m.classes)
        ]
        self.by_name = {c.name: c for c in self.classes}
        self.entity_class = {e: c for c in self.classes for e in c.entities}
        self.lowest = self.classes[0]
        self.highest = self.classes[-1]

    def class_of(self, entity_type: str) -> tuple[ClassRules, str]:
        found = self.entity_class.get(entity_type)
        if found is not None:
            return found, f"classes.{found.name}.entities.{entity_type}"
        # An entity the policy does not classify is treated as the most
        # sensitive class: unknown means deny, not allow.
        return self.highest, f"detection.unmapped.{entity_type}"

    @property
    def score_floor(self) -> float:
        """The lowest score this policy acts on, for any entity."""
        return min([self.min_score, *self.min_scores.values()])

    def keeps(self, finding: FindingLike) -> bool:
        return finding.score >= self.min_scores.get(finding.entity_type, self.min_score)

    def filter(self, findings: Iterable[Any]) -> list[Any]:
        return [f for f in findings if self.keeps(f)]

    def declared(self, value: str | None) -> ClassRules | None:
        """The highest class the client declared (comma-separated or repeated header values)."""
        names = [n.strip().upper() for n in (value or "").split(",") if n.strip()]
        if not names:
            return None
        if any(n not in self.by_name for n in names):
            raise UnknownDataClass("unknown data class")
        return max((self.by_name[n] for n in names), key=lambda c: c.rank)

    def evaluate(
        self,
        findings: Sequence[FindingLike],
        *,
        declared: str | None,
        model: str,
        fleet: Mapping[str, Sequence[DeploymentLike]],
    ) -> Evaluation:
        """Decide for findings already filtered by ``keeps``."""
        rules: list[str] = []
        declared_class = self.declared(declared)
        counts = Counter(f.entity_type for f in findings)
        hit: dict[str, ClassRules] = {}
        for entity in counts:
            cls, rule = self.class_of(entity)
            hit[cls.name] = cls
            rules.append(rule)
        request_class = max([self.lowest, *hit.values(), *([declared_class] if declared_class else [])], key=lambda c: c.rank)
        if declared_class is not None and declared_class.rank > max((c.rank for c in hit.values()), default=0):
            rules.append(f"header.{DECLARED_CLASS_HEADER}")
        named = {*hit, request_class.name, *([declared_class.name] if declared_class else [])}
        present = sorted(named, key=lambda n: self.by_name[n].rank)

        actions: dict[str, ActionSpec] = {}
        blocked_by: str | None = None
        for entity in sorted(counts):
            spec, rule = request_class.action_for(entity)
            actions[entity] = spec
            rules.append(rule)
            if spec.action == "block" and blocked_by is None:
                blocked_by = rule

        # Every request is at least the lowest class, so its allowlist applies too.
        wall = Wall(tuple(sorted({self.lowest, *(self.by_name[n] for n in present)}, key=lambda c: c.rank)))
        outcome, reason, routed = self._route(request_class, wall, model, fleet, blocked_by, rules)
        if outcome == "allow" and any(s.action != "allow" for s in actions.values()):
            outcome = "transform"

        monitored = self.mode == "monitor" or request_class.monitor
        would = None
        if monitored:
            rules.append("mode" if self.mode == "monitor" else f"classes.{request_class.name}.monitor")
            would, outcome, routed = outcome, "monitor", None
            # What the client declared is never monitored away: the wall is
            # the one the request has without the monitored detections.
            wall = Wall((self.lowest, *([declared_class] if declared_class and declared_class is not self.lowest else [])))

        decision = Decision(
            policy_id=self.id,
            policy_version=self.version,
            policy_file_sha256=self.file_sha256,
            mode="monitor" if monitored else "enforce",
            data_class=request_class.name,
            data_classes=present,
            declared_class=declared_class.name if declared_class else None,
            enforced_classes=wall.names,
            rule_ids=list(dict.fromkeys(rules)),
            actions={e: s.action for e, s in actions.items()},
            entity_counts=dict(counts),
            decision=outcome,
            requires_audit=any(self.by_name[n].audit for n in present),
            # Cached only if every class present allows it, for the shortest TTL among them.
            cache_allowed=all(self.by_name[n].cache_allowed for n in present),
            cache_ttl_seconds=min(self.by_name[n].cache_ttl_seconds for n in present)
            if all(self.by_name[n].cache_allowed for n in present)
            else None,
            requested_model=model,
            routed_model=routed,
            reason=reason if not monitored else None,
            would_decide=would,
            output_new_pii=request_class.output_new_pii,
        )
        return Evaluation(decision, {} if monitored else actions, wall, None if monitored else blocked_by)

    def _route(
        self,
        cls: ClassRules,
        wall: Wall,
        model: str,
        fleet: Mapping[str, Sequence[DeploymentLike]],
        blocked_by: str | None,
        rules: list[str],
    ) -> tuple[str, str | None, str | None]:
        if blocked_by is not None:
            return "block", "blocked_entity", None
        if any(wall.permits(d) for d in fleet.get(model, ())):
            rules.extend(f"classes.{c.name}.allow" for c in wall.classes)
            return "allow", None, None
        rules.append(f"classes.{cls.name}.on_model_denied")
        target = cls.reroute_to
        if cls.on_model_denied == "reroute" and target and any(wall.permits(d) for d in fleet.get(target, ())):
            return "reroute", "model_not_permitted", target
        return "block", "model_not_permitted", None
