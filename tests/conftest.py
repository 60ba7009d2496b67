"""Fixtures shared by every test package: real servers on loopback."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from hushgate.app import create_app
from hushgate.config import Settings, load_settings
from hushgate.logs import configure_logging
from hushgate.secrets import ServerSecret
from tests.support.mock_openai import MockOpenAI
from tests.support.servers import serve

TEST_SECRET = ServerSecret(b"test-server-secret-0123456789abcdef")
# Ed25519 seed (base64) for audit checkpoints and receipts in tests.
TEST_AUDIT_SIGNING_KEY = "dGVzdC1hdWRpdC1zaWduaW5nLWtleS0wMTIzNDU2Nzg="


@pytest.fixture(autouse=True)
def audit_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Auditing is on by default: every gateway a test starts writes a real,
    signed audit log, into this test's own directory (never the repo)."""
    monkeypatch.setenv("HUSHGATE_AUDIT_SIGNING_KEY", TEST_AUDIT_SIGNING_KEY)
    monkeypatch.setenv("HUSHGATE_AUDIT__DIRECTORY", str(tmp_path / "audit"))


@pytest.fixture
def log_stream() -> Iterator[io.BytesIO]:
    """Everything the gateway logs during the test, as bytes."""
    stream = io.BytesIO()
    configure_logging("debug", stream)
    yield stream
    configure_logging("info")


@pytest.fixture
def mock_openai() -> Iterator[tuple[MockOpenAI, str]]:
    mock = MockOpenAI()
    with serve(mock.app) as url:
        yield mock, url


def write_config(tmp_path: Path, config: dict[str, Any]) -> Path:
    path = tmp_path / "hushgate.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def upstream_config(upstream_url: str, *, auth: str = "disabled", keys_file: Path | None = None, **extra: Any) -> dict[str, Any]:
    """A config with one OpenAI-compatible upstream serving model `gpt-test`."""
    server: dict[str, Any] = {"auth": {"mode": auth}}
    if keys_file is not None:
        server["auth"]["keys_file"] = str(keys_file)
    return {
        "server": server,
        "providers": {
            "mock": {
                "type": "openai_compatible",
                "base_url": f"{upstream_url}/v1",
                "api_key_env": "MOCK_UPSTREAM_KEY",
                "timeouts": {"connect": 2, "read": 5, "pool": 2, "total": 10},
            }
        },
        "models": {
            "gpt-test": {"deployments": [{"provider": "mock", "model": "upstream-model", "tags": ["in_vpc"]}]},
            "embed-test": {"deployments": [{"provider": "mock", "model": "upstream-embed", "tags": ["in_vpc"]}]},
        },
        **extra,
    }


@pytest.fixture
def gateway_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., str]]:
    """Start the real app under uvicorn from a config dict; returns its base URL."""
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    stack: list[Any] = []
    apps: list[Any] = []

    def start(config: dict[str, Any] | None = None) -> str:
        settings: Settings = load_settings(write_config(tmp_path, config) if config is not None else None)
        app = create_app(settings, secret=TEST_SECRET)
        apps.append(app)
        context = serve(app)
        url = context.__enter__()
        stack.append(context)
        return url

    # The started apps, for tests that inspect a gateway's in-process state.
    start.apps = apps  # type: ignore[attr-defined]
    yield start
    for context in reversed(stack):
        context.__exit__(None, None, None)
