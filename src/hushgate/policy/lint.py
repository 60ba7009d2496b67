"""``hushgate policy lint``: schema and semantic problems as ``file:line: message``.

Errors make the policy unusable or unsafe (unknown entity, unknown provider
or model, a class whose data could never be sent anywhere by mistake, card
security codes kept in any form). Warnings are legal but suspicious
(monitor mode, unreachable rules, entity types no class claims).
"""

from __future__ import annotations

from pathlib import Path

from hushgate.policy.engine import CompiledPolicy, grant_matches
from hushgate.policy.fleet import Fleet
from hushgate.policy.loader import LoadedPolicy, PolicyLoadError, Problem, load_policy
from hushgate.policy.schema import ACTION_STRENGTH, GENERALIZABLE

# PCI DSS 3.3.1: sensitive authentication data is never retained, not even masked.
_SAD_ENTITIES = frozenset({"CARD_SECURITY_CODE", "CARD_TRACK_DATA"})
# PCI DSS 3.4.1 / FAQ 1492: at most an 8-digit BIN and the last four.
_MAX_PAN_VISIBLE = 12


def _entity_types() -> frozenset[str]:
    from hushgate.detection.findings import ENTITY_TYPES

    return ENTITY_TYPES


def lint_loaded(loaded: LoadedPolicy, fleet: Fleet | None = None) -> list[Problem]:
    src = loaded.source
    m = loaded.model
    policy = CompiledPolicy(loaded)
    known = _entity_types()
    out: list[Problem] = []

    def add(path: tuple[str | int, ...], message: str, severity: str = "error") -> None:
        out.append(Problem(src, loaded.line(path), message, severity))

    if m.mode == "monitor":
        add(("mode",), "policy is in monitor mode: findings are recorded but nothing is redacted or blocked", "warning")
    for entity in m.detection.min_scores:
        if entity not in known:
            add(("detection", "min_scores", entity), f"unknown entity type {entity}")
    for i, c in enumerate(m.classes):
        base: tuple[str | int, ...] = ("classes", i)
        cls = policy.by_name[c.name]
        if c.monitor:
            add((*base, "monitor"), f"class {c.name} is in monitor mode: its rules are recorded, not enforced", "warning")
        for j, entity in enumerate(c.entities):
            if entity not in known:
                add((*base, "entities", j), f"unknown entity type {entity}")
        for entity, spec in c.actions.items():
            path = (*base, "actions", entity)
            if entity not in known:
                add(path, f"unknown entity type {entity}")
                continue
            owner, _ = policy.class_of(entity)
            if owner.rank > cls.rank:
                add(path, f"unreachable rule: a request containing {entity} is at least class {owner.name}, never {c.name}", "warning")
            if spec.action == "generalize" and entity not in GENERALIZABLE:
                add(path, f"generalize applies to {', '.join(sorted(GENERALIZABLE))}; {entity} would be redacted", "warning")
            if entity in _SAD_ENTITIES and spec.action not in ("redact", "block"):
                add(path, f"{entity} is sensitive authentication data: only redact or block are allowed (PCI DSS 3.3.1)")
            if entity == "CREDIT_CARD":
                if spec.action == "allow":
                    add(path, "CREDIT_CARD is allowed in the clear: a full PAN would leave the network", "warning")
                if spec.action == "mask" and spec.keep_first + spec.keep_last > _MAX_PAN_VISIBLE:
                    add(path, f"mask keeps {spec.keep_first + spec.keep_last} PAN digits; PCI DSS allows at most BIN + last four ({_MAX_PAN_VISIBLE})")
        for entity in _SAD_ENTITIES:
            if entity not in c.actions and c.default_action.action not in ("redact", "block"):
                add((*base, "default_action"), f"{entity} would get default_action {c.default_action.action}; only redact or block are allowed (PCI DSS 3.3.1)")
        blocks_all = c.default_action.action == "block" and all(s.action == "block" for s in c.actions.values())
        if not c.allow and not blocks_all:
            add((*base, "allow"), f"class {c.name} has an empty allowlist: every request of this class will be denied", "warning")
        if c.reroute_to and c.on_model_denied != "reroute":
            add((*base, "reroute_to"), "reroute_to is set but on_model_denied is reject: it is never used", "warning")
        if fleet is not None:
            out.extend(_lint_grants(loaded, i, fleet))
            if c.on_model_denied == "reroute" and c.reroute_to:
                path = (*base, "reroute_to")
                if c.reroute_to not in fleet.groups:
                    add(path, f"reroute_to names unknown model group {c.reroute_to}")
                elif not any(cls.permits(d) for d in fleet.groups[c.reroute_to]):
                    add(path, f"reroute_to {c.reroute_to} has no deployment allowed for {c.name}")
    out.extend(_lint_monotonic(loaded, policy, known))
    unmapped = sorted(known - set(policy.entity_class))
    if unmapped:
        add(("classes",), f"entity types in no class are treated as {policy.highest.name}: {', '.join(unmapped)}", "warning")
    return out


def _lint_monotonic(loaded: LoadedPolicy, policy: CompiledPolicy, known: frozenset[str]) -> list[Problem]:
    """A higher class must treat each entity at least as strictly as a lower one.

    The actions of the request's (highest) class apply to every finding, so
    if SECRET allowed dates while PHI redacts them, a PHI request that also
    carried a password would send its dates in the clear.
    """
    out: list[Problem] = []
    for entity in sorted(known):
        owner, _ = policy.class_of(entity)
        strictest = None
        for cls in policy.classes:
            if cls.rank < owner.rank:
                continue  # a request with this entity is never below its own class
            spec, rule = cls.action_for(entity)
            if strictest is not None and ACTION_STRENGTH[spec.action] < ACTION_STRENGTH[strictest[0]]:
                i = cls.rank
                path = ("classes", i, "actions", entity) if entity in cls.actions else ("classes", i, "default_action")
                out.append(Problem(loaded.source, loaded.line(path),
                    f"{cls.name} treats {entity} more weakly ({spec.action}) than lower class {strictest[1]} ({strictest[0]}): "
                    f"a {strictest[1]} request that also contains {cls.name} data would get the weaker action", "warning"))  # fmt: skip
            if strictest is None or ACTION_STRENGTH[spec.action] >= ACTION_STRENGTH[strictest[0]]:
                strictest = (spec.action, cls.name)
    return out


def _lint_grants(loaded: LoadedPolicy, i: int, fleet: Fleet) -> list[Problem]:
    c = loaded.model.classes[i]
    out: list[Problem] = []
    for k, grant in enumerate(c.allow):
        base = ("classes", i, "allow", k)
        checks = [
            ("providers", grant.providers, fleet.providers, "provider"),
            ("models", grant.models, fleet.model_names, "model"),
            ("deployments", grant.deployments, frozenset(d.name for d in fleet.deployments), "deployment"),
        ]
        for key, names, known, what in checks:
            for n in names or ():
                if n not in known:
                    out.append(Problem(loaded.source, loaded.line((*base, key)), f"unknown {what} {n}"))
        for tag in grant.tags or ():
            if tag not in fleet.tags:
                out.append(Problem(loaded.source, loaded.line((*base, "tags")), f"no deployment carries tag {tag}", "warning"))
        if not any(grant_matches(grant, d) for d in fleet.deployments) and not grant.any:
            out.append(Problem(loaded.source, loaded.line(base), f"grant matches no configured deployment of class {c.name}", "warning"))
    return out


def lint_file(path: str | Path, fleet: Fleet | None = None) -> list[Problem]:
    try:
        loaded = load_policy(path)
    except PolicyLoadError as exc:
        return list(exc.problems)
    return lint_loaded(loaded, fleet)
