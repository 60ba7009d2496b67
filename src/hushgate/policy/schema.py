"""The policy file format (``version: 1``), validated with pydantic.

A security reviewer reads the YAML, not this module, so the format favours
plain words over cleverness:

- ``classes`` is a list, lowest sensitivity first: the order *is* the
  sensitivity order. Each class names the entity types that belong to it,
  the action per entity, the deployments that may receive it (``allow``,
  default deny), what to do when the requested model is not allowed, caching,
  output scanning and monitor mode.
- The class of a request is the highest class among its findings and the
  class the client declared (``x-hushgate-data-class``, raise-only). The
  actions of *that* class apply to every finding in the request.

Unknown keys are errors everywhere (a typo must not silently drop a rule).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ActionName = Literal["allow", "redact", "mask", "generalize", "hash", "pseudonymize", "block"]
ACTION_NAMES: tuple[str, ...] = ("allow", "redact", "mask", "generalize", "hash", "pseudonymize", "block")
# Entities ``generalize`` knows how to coarsen (HIPAA Safe Harbor, 164.514(b)(2)(i)(B),(C)).
GENERALIZABLE: frozenset[str] = frozenset({"US_ZIP_CODE", "DATE_TIME", "AGE"})
# How much of a value reaches the provider, least protective first: mask
# shows part of it, hash makes it linkable across requests, a pseudonym only
# within one request, redact not at all. Lint and diff compare actions with it.
ACTION_STRENGTH: dict[str, int] = {"allow": 0, "mask": 1, "generalize": 1, "hash": 2, "pseudonymize": 3, "redact": 4, "block": 5}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActionSpec(_Strict):
    """What happens to one entity: a bare action name or a mapping with options."""

    action: ActionName
    # mask only: characters kept in the clear (letters and digits; separators
    # are always kept). PCI DSS 3.4.1 allows at most BIN (6-8) + last four.
    keep_first: int = Field(0, ge=0, le=16)
    keep_last: int = Field(4, ge=0, le=16)
    mask_char: str = Field("*", min_length=1, max_length=1)

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"action": value}
        return value

    @model_validator(mode="after")
    def _options_only_for_mask(self) -> ActionSpec:
        if self.action != "mask" and (self.keep_first != 0 or self.keep_last != 4 or self.mask_char != "*"):
            raise ValueError("keep_first, keep_last and mask_char apply to the mask action only")
        return self


class Grant(_Strict):
    """One way a deployment may qualify. All named fields must match.

    ``providers``/``models``/``deployments``: any one listed name matches
    (``models`` matches the model group or the upstream model name).
    ``tags``: the deployment must carry *all* of them. ``any: true`` matches
    every configured deployment and cannot be combined with other fields.
    """

    any: bool = False
    providers: list[str] | None = None
    models: list[str] | None = None
    deployments: list[str] | None = None
    tags: list[str] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Grant:
        named = [f for f in (self.providers, self.models, self.deployments, self.tags) if f is not None]
        if self.any and named:
            raise ValueError("'any: true' cannot be combined with providers, models, deployments or tags")
        if not self.any and not named:
            raise ValueError("a grant names providers, models, deployments or tags (or says any: true)")
        if any(len(f) == 0 for f in named):
            raise ValueError("an empty list in a grant matches nothing; remove it")
        return self


class CacheRule(_Strict):
    allowed: bool = False
    ttl_seconds: int = Field(3600, ge=1, le=30 * 86400)


class OutputRule(_Strict):
    """Scanning of the model's answer for identifiers that were not in the prompt."""

    new_pii: Literal["allow", "redact", "block"] = "allow"


class DataClass(_Strict):
    name: str = Field(pattern=r"^[A-Z][A-Z0-9_]{0,31}$")
    description: str = ""
    entities: list[str] = Field(default_factory=list)
    actions: dict[str, ActionSpec] = Field(default_factory=dict)
    default_action: ActionSpec = Field(default_factory=lambda: ActionSpec(action="redact"))
    # Required: a class without an allowlist is a review mistake, not a default.
    allow: list[Grant]
    on_model_denied: Literal["reject", "reroute"] = "reject"
    reroute_to: str | None = None
    cache: CacheRule = Field(default_factory=CacheRule)
    audit: bool = True
    output: OutputRule = Field(default_factory=OutputRule)
    monitor: bool = False

    @model_validator(mode="after")
    def _reroute_target(self) -> DataClass:
        if self.on_model_denied == "reroute" and not self.reroute_to:
            raise ValueError("on_model_denied: reroute needs reroute_to (a model group)")
        return self


class Detection(_Strict):
    # Findings scoring below these are ignored by this policy.
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    min_scores: dict[str, float] = Field(default_factory=dict)
    # May only lower the gateway's detection budget, never raise it.
    timeout_ms: float | None = Field(None, gt=0, le=60_000)

    @field_validator("min_scores")
    @classmethod
    def _in_range(cls, value: dict[str, float]) -> dict[str, float]:
        for entity, score in value.items():
            if not 0.0 <= score <= 1.0:
                raise ValueError(f"min score for {entity} must be within 0..1")
        return value


class PolicyFile(_Strict):
    version: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")
    description: str = ""
    mode: Literal["enforce", "monitor"] = "enforce"
    # Images, audio and files cannot be scanned for identifiers (a full-face
    # photo is one of HIPAA's 18): "block" refuses requests that carry them.
    non_text_content: Literal["allow", "block"] = "allow"
    detection: Detection = Field(default_factory=Detection)
    classes: list[DataClass] = Field(min_length=1)

    @model_validator(mode="after")
    def _classes_consistent(self) -> PolicyFile:
        names = [c.name for c in self.classes]
        if len(set(names)) != len(names):
            raise ValueError("class names must be unique")
        owner: dict[str, str] = {}
        for c in self.classes:
            for entity in c.entities:
                if entity in owner:
                    raise ValueError(f"entity {entity} is in both {owner[entity]} and {c.name}")
                owner[entity] = c.name
        return self
