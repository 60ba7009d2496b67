"""Cache configuration: the ``cache:`` section of the gateway config."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MIB = 1024 * 1024


class CacheSettings(BaseModel):
    """Off unless a deployment opts in: zero retention is the default promise.

    Encryption keys are never part of this model; it only names the
    environment variables (or mounted files) that hold them.
    """

    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    backend: Literal["memory", "sqlite", "redis"] = "memory"
    memory_max_bytes: int = Field(64 * _MIB, ge=1024, description="LRU bound for the in-memory backend")
    sqlite_path: Path = Path("hushgate-cache.sqlite3")
    redis_url: str = Field("redis://127.0.0.1:6379/0", description="no password here; see redis_password_env")
    redis_password_env: str | None = Field(None, description="name of the variable holding the Redis password")
    redis_prefix: str = Field("hushgate:cache:", min_length=1, description="namespace inside a shared Redis")
    default_ttl_seconds: int = Field(3600, ge=1, le=30 * 24 * 3600)
    ttl_seconds_by_class: dict[str, int] = Field(
        default_factory=dict, description="data class -> TTL; a request gets the shortest TTL of its classes"
    )
    max_entry_bytes: int = Field(_MIB, ge=64, description="larger responses are served but not stored")
    keys_env: str = Field("HUSHGATE_CACHE_KEYS", description='variable holding "kid:base64key,kid2:base64key"')
    keys_file_env: str = Field("HUSHGATE_CACHE_KEYS_FILE", description="variable naming a file in the same format")
    current_key_env: str = Field("HUSHGATE_CACHE_CURRENT_KEY", description="variable naming the key id for new writes")

    @field_validator("keys_env", "keys_file_env", "current_key_env", "redis_password_env")
    @classmethod
    def _names_not_values(cls, value: str | None) -> str | None:
        if value is not None and not _ENV_NAME.fullmatch(value):
            raise ValueError("must be the NAME of an environment variable, not a value")
        return value

    @field_validator("redis_url")
    @classmethod
    def _no_inline_password(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in {"redis", "rediss", "unix"}:
            raise ValueError("must be a redis://, rediss:// or unix:// URL")
        if parts.password:
            raise ValueError("carries a password; put it in the variable named by redis_password_env")
        return value

    @field_validator("ttl_seconds_by_class")
    @classmethod
    def _positive_ttls(cls, value: dict[str, int]) -> dict[str, int]:
        for data_class, ttl in value.items():
            if ttl < 1:
                raise ValueError(f"TTL for class {data_class!r} must be at least 1 second")
        return value
