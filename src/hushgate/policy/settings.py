"""The ``policy:`` section of the gateway config (light: no engine imports).

Which policy applies to a request is chosen by the server from the
authenticated principal and the route, never from anything the client sends.
There is deliberately no switch that turns policy evaluation off or makes
detection failures fail open: config can only make the gateway stricter.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator


class PolicyBinding(BaseModel):
    """Bind a policy file to one API key id, one team or one route."""

    model_config = ConfigDict(extra="forbid")

    key_id: str | None = None
    team: str | None = None
    route: str | None = Field(None, description="chat.completions, completions or embeddings")
    file: Path

    @model_validator(mode="after")
    def _exactly_one_selector(self) -> PolicyBinding:
        chosen = [s for s in (self.key_id, self.team, self.route) if s is not None]
        if len(chosen) != 1:
            raise ValueError("a binding names exactly one of key_id, team or route")
        return self


class PolicySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # None: the shipped policies/default.yaml.
    file: Path | None = None
    # Most specific wins: key_id, then team, then route, then ``file``.
    bindings: list[PolicyBinding] = Field(default_factory=list)
    # Detection time budget per request. A policy file may set a lower one;
    # the lower of the two applies. Over budget -> the request is blocked.
    detection_timeout_ms: float = Field(2000.0, gt=0, le=60_000)
