"""The deployments a policy is judged against, outside the running gateway.

``lint``, ``test``, ``explain`` and ``diff`` need to know which providers,
model groups, deployments and tags exist: from a gateway config when given,
from a case file's own ``deployments`` list, or the embedded echo defaults.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


@dataclass(frozen=True, slots=True)
class FleetDeployment:
    name: str
    group: str
    provider: str
    model: str
    tags: frozenset[str]


class DeploymentSpec(BaseModel):
    """A deployment as a case file describes it."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = None
    group: str
    provider: str
    model: str | None = None
    tags: list[str] = Field(default_factory=list)

    def resolve(self) -> FleetDeployment:
        model = self.model or self.group
        return FleetDeployment(self.name or f"{self.provider}/{model}", self.group, self.provider, model, frozenset(self.tags))


@dataclass(frozen=True, eq=False)
class Fleet:
    groups: dict[str, list[Any]]  # model group -> deployments reachable (fallbacks included)
    providers: frozenset[str]

    @classmethod
    def from_specs(cls, specs: Iterable[DeploymentSpec]) -> Fleet:
        groups: dict[str, list[Any]] = {}
        for spec in specs:
            d = spec.resolve()
            groups.setdefault(d.group, []).append(d)
        return cls(groups, frozenset(d.provider for ds in groups.values() for d in ds))

    @classmethod
    def from_config(cls, path: str | Path | None) -> Fleet:
        from hushgate.config import load_settings
        from hushgate.routing.registry import Registry

        settings = load_settings(path)
        registry = Registry(settings)
        groups = {name: [d for g in chain for d in g.deployments] for name, chain in registry.chains.items()}
        return cls(groups, frozenset(settings.providers))

    @property
    def deployments(self) -> list[Any]:
        seen: dict[str, Any] = {}
        for ds in self.groups.values():
            for d in ds:
                seen.setdefault(d.name, d)
        return list(seen.values())

    @property
    def tags(self) -> frozenset[str]:
        return frozenset(t for d in self.deployments for t in d.tags)

    @property
    def model_names(self) -> frozenset[str]:
        return frozenset(self.groups) | frozenset(d.model for d in self.deployments)
