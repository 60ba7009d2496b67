"""Audit configuration (validated at the edge, like every config section)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .signing import SIGNING_KEY_ENV


class AuditSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    directory: Path | None = Path("audit")
    rotate_bytes: int = Field(default=64 * 1024 * 1024, ge=4096)
    rotate_seconds: float = Field(default=86400.0, gt=0)
    fsync: Literal["every", "batched"] = "batched"
    fsync_interval_ms: int = Field(default=200, ge=1, le=1000)
    checkpoint_every_records: int = Field(default=1000, ge=1)
    checkpoint_every_seconds: float = Field(default=60.0, gt=0)
    stdout: bool = False
    signing_key_env: str = SIGNING_KEY_ENV
    signing_key_file: Path | None = None
    # Only for the echo quickstart: an ephemeral key proves nothing after a restart.
    allow_ephemeral_signing_key: bool = False
    key_registry: Path | None = Field(default=None, description="defaults to <directory>/audit-keys.json")
    instance: str = Field(default="hushgate", pattern=r"^[A-Za-z0-9_-]{1,40}$")
    require_audit_for_classes: list[str] = Field(default_factory=lambda: ["PHI", "PCI"])
    on_failure_for_other_classes: Literal["refuse", "buffer_and_alert"] = "refuse"
    max_pending_records: int = Field(default=10_000, ge=1)
    retry_interval_ms: int = Field(default=500, ge=10, le=60_000)

    @model_validator(mode="after")
    def _has_a_sink(self) -> AuditSettings:
        if self.enabled and self.directory is None and not self.stdout:
            raise ValueError("audit is enabled but has no sink: set directory or stdout")
        return self
