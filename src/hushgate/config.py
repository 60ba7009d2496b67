"""Gateway configuration: a YAML file, overridden by ``HUSHGATE_*`` variables.

``HUSHGATE_SERVER__PORT=9000`` overrides ``server.port``. Secrets never live
here: the YAML names the environment variable that holds an upstream key
(``api_key_env``), and the config loader refuses values that look like keys.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from hushgate.audit.settings import AuditSettings
from hushgate.cache.settings import CacheSettings
from hushgate.policy.settings import PolicySettings

# Values that look like credentials pasted into YAML (OpenAI/Anthropic/AWS/
# GitHub/Slack/Stripe/Google key prefixes). The config must reference an
# environment variable instead.
_INLINE_KEY = re.compile(r"^(sk-|sk_live_|sk_test_|AKIA|ghp_|github_pat_|xox[abp]-|AIza|hg-)[A-Za-z0-9_\-]{12,}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Timeouts(_Strict):
    connect: float = Field(5.0, gt=0, description="TCP/TLS connect, seconds")
    read: float = Field(300.0, gt=0, description="longest silence between bytes from upstream, seconds")
    pool: float = Field(10.0, gt=0, description="wait for a free pooled connection, seconds")
    total: float = Field(600.0, gt=0, description="whole upstream exchange, streaming included, seconds")


class ProviderConfig(_Strict):
    type: str
    base_url: str | None = None
    api_key_env: str | None = Field(None, description="name of the environment variable holding the upstream key")
    headers: dict[str, str] = Field(default_factory=dict)
    timeouts: Timeouts = Field(default_factory=Timeouts)
    max_connections: int = Field(256, ge=1)
    # Adapter-specific settings (api_version for Azure, region for Bedrock...).
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("headers")
    @classmethod
    def _no_inline_secrets(cls, headers: dict[str, str]) -> dict[str, str]:
        for name, value in headers.items():
            if name.lower() in {"authorization", "api-key", "x-api-key"} or _INLINE_KEY.match(value):
                raise ValueError(f"header {name!r} carries a credential; use api_key_env instead")
        return headers

    @field_validator("api_key_env")
    @classmethod
    def _env_name_not_key(cls, value: str | None) -> str | None:
        if value is not None and (_INLINE_KEY.match(value) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value)):
            raise ValueError("must be the NAME of an environment variable, not the key itself")
        return value


class Capabilities(_Strict):
    tools: bool = True
    vision: bool = False
    json_schema: bool = True
    streaming: bool = True
    # None: not declared, so not filtered (embeddings requests are routed and
    # the upstream decides); false keeps embeddings requests away.
    embeddings: bool | None = None
    context_window: int = Field(128_000, ge=1)
    max_output_tokens: int = Field(16_384, ge=1)


class Deployment(_Strict):
    name: str | None = Field(None, description="unique id; defaults to provider/model")
    provider: str
    model: str | None = Field(None, description="model name sent upstream; defaults to the group name")
    tags: list[str] = Field(default_factory=list, description="compliance tags policies can name: baa, in_vpc, ...")
    region: str | None = None
    capabilities: Capabilities = Field(default_factory=Capabilities)
    input_price_per_mtok: float = Field(0.0, ge=0)
    output_price_per_mtok: float = Field(0.0, ge=0)
    weight: float = Field(1.0, gt=0)
    # Requests in flight to this deployment, streams until their end (SEC-62);
    # when full the deployment is skipped, not queued behind.
    max_concurrent: int | None = Field(None, ge=1)


class ModelGroup(_Strict):
    deployments: list[Deployment] = Field(min_length=1)
    strategy: Literal["priority", "latency", "cost", "weighted"] = "priority"
    fallbacks: list[str] = Field(default_factory=list)


class RetrySettings(_Strict):
    """Re-sending to the same deployment (SEC-61); failover to the next one is separate."""

    max_retries: int = Field(2, ge=0, le=10, description="extra attempts on one deployment")
    # Gateway errors and rate limits only (SEC-61): a 500 may mean the request
    # itself broke the model, so it fails over instead of hammering the same one.
    on_status: list[int] = Field(default_factory=lambda: [429, 502, 503, 504])
    # A timed-out request may still be running (and billing) upstream, and a
    # slow upstream gets no faster with more load: fail over instead.
    on_timeout: bool = False
    backoff_base_s: float = Field(0.25, gt=0)
    backoff_max_s: float = Field(2.5, gt=0, description="Envoy's model: 10x the base")
    # Longer waits are the client's to make: past the cap the deployment is
    # skipped (failover) or the 429 goes back with its Retry-After.
    retry_after_cap_s: float = Field(2.0, ge=0)
    budget_ratio: float = Field(0.2, ge=0, le=1, description="retries / requests in the window")
    budget_min_retries: int = Field(3, ge=0, description="retries always allowed per window")
    budget_window_s: float = Field(10.0, gt=0)


class BreakerSettings(_Strict):
    """Per-deployment circuit breaker (SEC-62)."""

    failure_threshold: int = Field(5, ge=1, description="consecutive failures that open it")
    cooldown_s: float = Field(30.0, gt=0, description="first open period; doubles per re-open")
    max_cooldown_s: float = Field(300.0, gt=0)


class RoutingSettings(_Strict):
    # Everything before the first byte goes to the client: all attempts,
    # backoffs and failovers. A stream's body is not bound by it (SEC-60); a
    # non-streamed answer is, so it matches the upstream total timeout.
    deadline_s: float = Field(600.0, gt=0)
    first_byte_timeout_s: float = Field(60.0, gt=0, description="per attempt, streams: until the first chunk")
    response_timeout_s: float = Field(300.0, gt=0, description="per attempt, non-streamed: the whole answer")
    latency_alpha: float = Field(0.3, gt=0, le=1, description="weight of the newest TTFB in the moving average")
    default_output_tokens: int = Field(256, ge=0, description="cost strategy: output estimate without max_tokens")
    seed: int | None = Field(None, description="fixes weighted choices (tests, reproducible benchmarks)")
    retry: RetrySettings = Field(default_factory=RetrySettings)
    breaker: BreakerSettings = Field(default_factory=BreakerSettings)


class AuthSettings(_Strict):
    mode: Literal["keys", "disabled"] = "keys"
    keys_file: Path = Path("hushgate-keys.json")


class ServerSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8787, ge=0, le=65535)
    workers: int = Field(1, ge=1)
    max_body_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    instance_name: str = "hushgate"
    auth: AuthSettings = Field(default_factory=AuthSettings)
    admin_token_env: str = "HUSHGATE_ADMIN_TOKEN"
    # Peers whose X-Forwarded-For may name the client (a load balancer). Empty:
    # the TCP peer is the client; a client can never claim another address.
    trusted_proxies: list[str] = Field(default_factory=list)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # Before /readyz reports ready, drive each route's request path with
    # made-up requests (nothing sent upstream, recorded, cached or logged) so
    # the first real requests do not pay for first-use work (hushgate.warmup).
    warmup: bool = True


def _echo_defaults() -> dict[str, Any]:
    return {
        "providers": {"echo": {"type": "echo"}},
        "models": {
            "echo": {
                "deployments": [
                    {"provider": "echo", "tags": ["in_vpc"], "capabilities": {"embeddings": True, "vision": True}}
                ]
            }
        },
    }


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUSHGATE_", env_nested_delimiter="__", extra="forbid")

    server: ServerSettings = Field(default_factory=ServerSettings)
    providers: dict[str, ProviderConfig] = Field(default_factory=dict)
    models: dict[str, ModelGroup] = Field(default_factory=dict)
    policy: PolicySettings = Field(default_factory=PolicySettings)
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    # On by default: one content-free record per request. Needs a signing key
    # (`hushgate audit keygen`); the process refuses to start without one.
    audit: AuditSettings = Field(default_factory=AuditSettings)
    # Off by default (zero retention); a policy decides which classes may use it.
    cache: CacheSettings = Field(default_factory=CacheSettings)
    # Where the settings came from, for startup messages; not configurable.
    source: str = Field("embedded defaults", exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment beats the file; no .env files (they are a place secrets leak to).
        return (env_settings, init_settings)

    @model_validator(mode="after")
    def _references_resolve(self) -> Settings:
        for group_name, group in self.models.items():
            for i, deployment in enumerate(group.deployments):
                if deployment.provider not in self.providers:
                    raise ValueError(
                        f"models.{group_name}.deployments.{i}.provider: unknown provider {deployment.provider!r}"
                    )
            for fallback in group.fallbacks:
                if fallback not in self.models:
                    raise ValueError(f"models.{group_name}.fallbacks: unknown model group {fallback!r}")
        return self

    @property
    def is_echo_only(self) -> bool:
        return all(p.type == "echo" for p in self.providers.values())


class ConfigError(Exception):
    """A config file that can't be used; the message names file, key path and reason."""


def _format_validation_error(source: str, exc: ValidationError) -> str:
    lines = [f"{source}: invalid configuration"]
    for err in exc.errors():
        path = ".".join(str(p) for p in err["loc"]) or "(root)"
        # pydantic's message only; never the offending value, which may be a secret.
        lines.append(f"  {source}: {path}: {err['msg']}")
    return "\n".join(lines)


def load_settings(path: str | Path | None = None) -> Settings:
    """Settings from ``path`` (YAML) plus environment; embedded echo defaults without a file."""
    if path is None:
        # The quickstart: local echo only, so nothing can leave the machine,
        # and no keys to set up (a warning says so at startup).
        # Audit records go to stdout, signed with a throwaway key, so a
        # reviewer sees exactly what would be recorded without any set-up.
        data: dict[str, Any] = {
            **_echo_defaults(),
            "server": {"auth": {"mode": "disabled"}},
            "audit": {"directory": None, "stdout": True, "allow_ephemeral_signing_key": True},
        }
        source = "embedded defaults"
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{source}: cannot read config file: {exc.strerror}") from None
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{source}:{mark.line + 1}" if mark else source
            raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or 'parse error'}") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{source}: (root): expected a mapping of settings")
        data = loaded
        if not data.get("providers") and not data.get("models"):
            data = {**_echo_defaults(), **data}
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(source, exc)) from None
    settings.source = source
    return settings
