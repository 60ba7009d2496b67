"""``hushgate policy diff OLD NEW``: what changed, in words a reviewer can sign off.

Changes are sorted into what the new policy *lets through* that the old one
did not (weaker action, wider allowlist, monitor mode, caching, a higher
minimum score, an entity moved to a less strict class), what it *blocks*
that the old one let through, and neutral changes. Allowlists are compared
deployment by deployment over a fleet (a gateway config), or grant by grant
without one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hushgate.policy.engine import CompiledPolicy
from hushgate.policy.fleet import Fleet
from hushgate.policy.schema import ACTION_STRENGTH


@dataclass
class PolicyDiff:
    looser: list[str] = field(default_factory=list)
    stricter: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.looser or self.stricter or self.other)

    def render(self) -> str:
        if self.empty:
            return "No change in behaviour."
        out: list[str] = []
        for title, items in (
            ("Lets through what the old policy blocked or transformed more strictly:", self.looser),
            ("Blocks or transforms more strictly than the old policy:", self.stricter),
            ("Other changes:", self.other),
        ):
            if items:
                out.append(title)
                out.extend(f"  - {line}" for line in items)
        return "\n".join(out)


def _grant_words(policy: CompiledPolicy, name: str) -> set[str]:
    words = set()
    for g in policy.by_name[name].grants:
        words.add("any deployment" if g.any else g.model_dump_json(exclude_defaults=True))
    return words


def diff_policies(old: CompiledPolicy, new: CompiledPolicy, entities: frozenset[str], fleet: Fleet | None = None) -> PolicyDiff:
    d = PolicyDiff()
    if old.version == new.version:
        return d
    if old.mode != new.mode:
        (d.looser if new.mode == "monitor" else d.stricter).append(f"policy mode {old.mode} -> {new.mode}")
    if old.non_text_content != new.non_text_content:
        (d.looser if new.non_text_content == "allow" else d.stricter).append(
            f"images, audio and files: {old.non_text_content} -> {new.non_text_content}"
        )
    old_names = [c.name for c in old.classes]
    new_names = [c.name for c in new.classes]
    for name in sorted(set(new_names) - set(old_names)):
        d.other.append(f"class {name} added")
    for name in sorted(set(old_names) - set(new_names)):
        d.other.append(f"class {name} removed; declaring it is now refused")
    if [n for n in old_names if n in new_names] != [n for n in new_names if n in old_names]:
        d.other.append(f"sensitivity order changed: {' < '.join(old_names)} -> {' < '.join(new_names)}")

    for entity in sorted(entities):
        was, _ = old.class_of(entity)
        now, _ = new.class_of(entity)
        if was.name != now.name:
            d.other.append(f"{entity} is now class {now.name} (was {was.name})")
        was_min = old.min_scores.get(entity, old.min_score)
        now_min = new.min_scores.get(entity, new.min_score)
        if now_min > was_min:
            d.looser.append(f"{entity} needs score {now_min} (was {was_min}): weaker findings now pass untouched")
        elif now_min < was_min:
            d.stricter.append(f"{entity} needs score {now_min} (was {was_min}): weaker findings are now acted on")

    for name in [n for n in new_names if n in old_names]:
        a, b = old.by_name[name], new.by_name[name]
        for entity in sorted(entities):
            sa, _ = a.action_for(entity)
            sb, _ = b.action_for(entity)
            if sa == sb:
                continue
            line = f"in {name} requests, {entity}: {sa.action} -> {sb.action}"
            if sa.action == sb.action == "mask":
                kept_a, kept_b = sa.keep_first + sa.keep_last, sb.keep_first + sb.keep_last
                (d.looser if kept_b > kept_a else d.stricter if kept_b < kept_a else d.other).append(
                    f"in {name} requests, {entity} mask keeps {kept_b} characters (was {kept_a})"
                )
                continue
            delta = ACTION_STRENGTH[sb.action] - ACTION_STRENGTH[sa.action]
            (d.looser if delta < 0 else d.stricter if delta > 0 else d.other).append(line)
        if a.monitor != b.monitor:
            (d.looser if b.monitor else d.stricter).append(f"class {name} monitor mode {'on' if b.monitor else 'off'}")
        if a.cache_allowed != b.cache_allowed:
            (d.looser if b.cache_allowed else d.stricter).append(f"class {name} responses {'may now' if b.cache_allowed else 'may no longer'} be cached")
        if a.output_new_pii != b.output_new_pii:
            order = {"allow": 0, "redact": 1, "block": 2}
            bucket = d.looser if order[b.output_new_pii] < order[a.output_new_pii] else d.stricter
            bucket.append(f"class {name}: new identifiers in answers {a.output_new_pii} -> {b.output_new_pii}")
        if (a.on_model_denied, a.reroute_to) != (b.on_model_denied, b.reroute_to):
            d.other.append(f"class {name}: on a denied model {a.on_model_denied}{' to ' + a.reroute_to if a.reroute_to else ''} -> {b.on_model_denied}{' to ' + b.reroute_to if b.reroute_to else ''}")
        if a.audit != b.audit:
            (d.looser if not b.audit else d.stricter).append(f"class {name}: audit {'required' if b.audit else 'no longer required'}")
        if fleet is not None:
            for dep in fleet.deployments:
                pa, pb = a.permits(dep), b.permits(dep)
                if pa != pb:
                    (d.looser if pb else d.stricter).append(
                        f"{name} data {'may now' if pb else 'may no longer'} be sent to {dep.name} (provider {dep.provider}, model group {dep.group})"
                    )
        else:
            ga, gb = _grant_words(old, name), _grant_words(new, name)
            for g in sorted(gb - ga):
                d.looser.append(f"{name} allowlist gains grant {g}")
            for g in sorted(ga - gb):
                d.stricter.append(f"{name} allowlist loses grant {g}")
    return d
