"""Shared pieces of the end-to-end policy tests: configs and a started gateway."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openai
import yaml

from hushgate.app import create_app
from hushgate.config import load_settings
from hushgate.gateway import Gateway
from tests.conftest import TEST_SECRET
from tests.support.servers import serve

CANARY_NAME = "Zebulon Quackenbush"
CANARY_EMAIL = "zebulon.quackenbush@example.org"
CANARY_SSN = "219-09-9999"
CANARY_MRN = "84736291"


def mock_config(upstream: str, policy: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """Two model groups on the recording mock: one public, one in-VPC."""
    provider = {"type": "openai_compatible", "base_url": f"{upstream}/v1", "api_key_env": "MOCK_UPSTREAM_KEY",
                "timeouts": {"connect": 2, "read": 5, "pool": 2, "total": 10}}  # fmt: skip
    return {
        "server": {"auth": {"mode": "disabled"}},
        "providers": {"mock": provider},
        "models": {
            "public-gpt": {"deployments": [{"provider": "mock", "model": "public-upstream"}]},
            "vpc-gpt": {"deployments": [{"provider": "mock", "model": "vpc-upstream", "tags": ["in_vpc"]}]},
            "embed": {"deployments": [{"provider": "mock", "model": "embed-upstream"}]},
        },
        "routing": {"retry": {"max_retries": 0}},
        **({"policy": policy} if policy is not None else {}),
        **extra,
    }


def echo_config(policy: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "server": {"auth": {"mode": "disabled"}},
        "providers": {"echo": {"type": "echo"}},
        "models": {"echo": {"deployments": [{"provider": "echo", "tags": ["in_vpc"]}]}},
        **({"policy": policy} if policy is not None else {}),
    }


@contextmanager
def running(tmp_path: Path, config: dict[str, Any]) -> Iterator[tuple[str, Gateway]]:
    if "audit" not in config:
        # Auditing is on by default: every gateway under test writes a real log.
        config = {**config, "audit": {"directory": str(tmp_path / "audit")}}
    path = tmp_path / "hushgate.yaml"
    path.write_text(yaml.safe_dump(config))
    app = create_app(load_settings(path), secret=TEST_SECRET)
    with serve(app) as url:
        yield url, app.state.gateway


def client(url: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=10)


def user(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]
