"""The model registry: configured groups resolved into deployments the router can try.

A deployment is one (provider, upstream model) pair with what it can do,
what it costs, where it runs and the compliance tags policies name. Fallback
chains are expanded here, once, so the send loop only walks a list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hushgate.config import Capabilities, Settings


@dataclass(frozen=True, slots=True)
class ResolvedDeployment:
    name: str
    group: str
    provider: str
    provider_type: str
    model: str
    tags: frozenset[str]
    region: str | None
    capabilities: Capabilities
    input_price_per_mtok: float
    output_price_per_mtok: float
    weight: float
    max_concurrent: int | None = None
    # The x-hushgate-provider/-model/-deployment response headers, encoded
    # once here instead of on every response; None when a name is not
    # latin-1 (the per-request path then raises as it always did).
    served_by: tuple[tuple[bytes, bytes], ...] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        try:
            served_by = (
                (b"x-hushgate-provider", self.provider.encode("latin-1")),
                (b"x-hushgate-model", self.model.encode("latin-1")),
                (b"x-hushgate-deployment", self.name.encode("latin-1")),
            )
        except UnicodeEncodeError:
            served_by = None
        object.__setattr__(self, "served_by", served_by)


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    deployments: tuple[ResolvedDeployment, ...]
    strategy: str
    fallbacks: tuple[str, ...]


def resolve_deployments(settings: Settings) -> dict[str, list[ResolvedDeployment]]:
    groups: dict[str, list[ResolvedDeployment]] = {}
    for group_name, group in settings.models.items():
        resolved = []
        for d in group.deployments:
            upstream_model = d.model or group_name
            resolved.append(
                ResolvedDeployment(
                    name=d.name or f"{d.provider}/{upstream_model}",
                    group=group_name,
                    provider=d.provider,
                    provider_type=settings.providers[d.provider].type,
                    model=upstream_model,
                    tags=frozenset(d.tags),
                    region=d.region,
                    capabilities=d.capabilities,
                    input_price_per_mtok=d.input_price_per_mtok,
                    output_price_per_mtok=d.output_price_per_mtok,
                    weight=d.weight,
                    max_concurrent=d.max_concurrent,
                )
            )
        groups[group_name] = resolved
    return groups


class Registry:
    """Groups by name and, for each, the chain of groups tried in order."""

    def __init__(self, settings: Settings) -> None:
        deployments = resolve_deployments(settings)
        self.groups: dict[str, Group] = {
            name: Group(name, tuple(deployments[name]), g.strategy, tuple(g.fallbacks))
            for name, g in settings.models.items()
        }
        self.chains: dict[str, tuple[Group, ...]] = {name: self._chain(name) for name in self.groups}
        _check_names(deployments)

    def _chain(self, name: str) -> tuple[Group, ...]:
        # Breadth-first: a group's own fallbacks before its fallbacks'
        # fallbacks; each group once, so cycles in the config end here.
        order: list[str] = []
        queue = [name]
        while queue:
            current = queue.pop(0)
            if current in order:
                continue
            order.append(current)
            queue.extend(self.groups[current].fallbacks)
        return tuple(self.groups[n] for n in order)

    def deployments_by_group(self) -> dict[str, list[ResolvedDeployment]]:
        return {name: list(group.deployments) for name, group in self.groups.items()}


def _check_names(groups: dict[str, list[ResolvedDeployment]]) -> None:
    """One name, one upstream: breakers, latency and concurrency are kept per name.

    The same deployment may serve several groups (it then shares that state);
    two different upstreams under one name would blame each other's failures.
    """
    seen: dict[str, tuple[str, str]] = {}
    for group, deployments in groups.items():
        for d in deployments:
            target = (d.provider, d.model)
            if seen.setdefault(d.name, target) != target:
                raise ValueError(f"models.{group}: deployment name {d.name!r} already names a different provider/model")
