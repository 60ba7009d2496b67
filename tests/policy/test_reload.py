"""Hot reload: SIGHUP and the admin endpoint swap the policy set atomically; broken files change nothing."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import httpx
import pytest

from hushgate.config import load_settings
from hushgate.gateway import Gateway
from hushgate.policy.loader import PolicyLoadError
from hushgate.policy.reload import PolicyRuntime
from hushgate.policy.settings import PolicySettings
from tests.conftest import TEST_SECRET
from tests.policy.conftest import SHIPPED
from tests.policy.e2e import client, mock_config, running, user

ADMIN = "admin-token-for-tests-0123456789"
SECRET_IN_FILE = "SuperSecretCommentCanary"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    monkeypatch.setenv("HUSHGATE_ADMIN_TOKEN", ADMIN)


def write(path: Path, name: str) -> None:
    path.write_text((SHIPPED / f"{name}.yaml").read_text())


def broken(path: Path) -> None:
    path.write_text(f"# {SECRET_IN_FILE}\nversion: 1\nid: broken\nclasses: [{{name: PUBLIC, allow: [{{any: true}}], bogus: {SECRET_IN_FILE}}}]\n")


def test_startup_refuses_a_broken_policy(tmp_path: Path) -> None:
    broken(tmp_path / "p.yaml")
    with pytest.raises(PolicyLoadError):
        PolicyRuntime(PolicySettings(file=tmp_path / "p.yaml"))


def test_reload_swaps_in_the_new_policy(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    write(path, "default")
    runtime = PolicyRuntime(PolicySettings(file=path))
    write(path, "strict")
    assert runtime.reload().ok
    assert runtime.current.default.id == "strict"


def test_broken_file_keeps_the_running_policy_and_logs_no_content(tmp_path: Path, log_stream) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.yaml"
    write(path, "default")
    runtime = PolicyRuntime(PolicySettings(file=path))
    before = runtime.current
    broken(path)
    result = runtime.reload()
    assert not result.ok and result.errors
    assert runtime.current is before
    logged = log_stream.getvalue().decode()
    assert "policy_rejected" in logged and SECRET_IN_FILE not in logged


def test_one_broken_binding_rejects_the_whole_reload(tmp_path: Path) -> None:
    main, bound = tmp_path / "main.yaml", tmp_path / "bound.yaml"
    write(main, "default")
    write(bound, "strict")
    runtime = PolicyRuntime(PolicySettings(file=main, bindings=[{"team": "t", "file": bound}]))
    write(main, "pci-dss")
    broken(bound)
    assert not runtime.reload().ok
    assert runtime.current.default.id == "default"  # not half-applied


def test_admin_endpoint_needs_the_admin_token(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    _, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        assert httpx.post(f"{url}/admin/policy/reload").status_code == 401
        assert httpx.post(f"{url}/admin/policy/reload", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert httpx.get(f"{url}/admin/policy", headers={"authorization": "Bearer client-key"}).status_code == 401


def test_admin_reload_applies_to_the_next_request(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    path = tmp_path / "p.yaml"
    write(path, "default")
    auth = {"authorization": f"Bearer {ADMIN}"}
    with running(tmp_path, mock_config(upstream, policy={"file": str(path)})) as (url, _):
        client(url).chat.completions.create(model="public-gpt", messages=user("Call Maria Whitaker"))
        write(path, "strict")
        answer = httpx.post(f"{url}/admin/policy/reload", headers=auth)
        assert answer.status_code == 200 and answer.json()["policies"][0]["id"] == "strict"
        with pytest.raises(Exception):
            client(url).chat.completions.create(model="public-gpt", messages=user("Call Maria Whitaker"))
    assert len(mock.received) == 1


def test_admin_reload_of_a_broken_file_reports_lines_not_content(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    _, upstream = mock_openai
    path = tmp_path / "p.yaml"
    write(path, "default")
    with running(tmp_path, mock_config(upstream, policy={"file": str(path)})) as (url, _):
        broken(path)
        answer = httpx.post(f"{url}/admin/policy/reload", headers={"authorization": f"Bearer {ADMIN}"})
        status = httpx.get(f"{url}/admin/policy", headers={"authorization": f"Bearer {ADMIN}"}).json()
    assert answer.status_code == 422
    assert answer.json()["errors"][0].startswith(f"{path}:")
    assert SECRET_IN_FILE not in answer.text
    assert status["policies"][0]["id"] == "default"


def test_sighup_reloads_the_policy(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    write(path, "default")
    config = tmp_path / "c.yaml"
    config.write_text(f"policy:\n  file: {path}\nserver:\n  auth:\n    mode: disabled\naudit:\n  directory: {tmp_path / 'audit'}\n")
    gateway = Gateway.build(load_settings(config), TEST_SECRET)

    async def main() -> str:
        await gateway.start()  # installs the handler: this test runs on the main thread
        write(path, "strict")
        os.kill(os.getpid(), signal.SIGHUP)
        for _ in range(100):
            await asyncio.sleep(0.01)
            if gateway.policy.current.default.id == "strict":
                break
        await gateway.aclose()
        return gateway.policy.current.default.id

    assert asyncio.run(main()) == "strict"


def test_startup_logs_each_policy_version_and_warns_about_monitor_mode(tmp_path: Path, mock_openai, log_stream) -> None:  # type: ignore[no-untyped-def]
    _, upstream = mock_openai
    path = tmp_path / "p.yaml"
    path.write_text((SHIPPED / "default.yaml").read_text().replace("mode: enforce ", "mode: monitor "))
    with running(tmp_path, mock_config(upstream, policy={"file": str(path)})) as (_, gateway):
        version = gateway.policy.current.default.version
    logged = log_stream.getvalue().decode()
    assert f'"policy_version":"{version}"' in logged
    assert "policy_monitor_mode" in logged


def test_a_policy_can_only_lower_the_detection_budget(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text((SHIPPED / "hipaa-safe-harbor.yaml").read_text())  # timeout_ms: 1500
    assert PolicyRuntime(PolicySettings(file=path, detection_timeout_ms=2000)).timeout_ms(PolicyRuntime(PolicySettings(file=path)).current.default) == 1500
    runtime = PolicyRuntime(PolicySettings(file=path, detection_timeout_ms=500))
    assert runtime.timeout_ms(runtime.current.default) == 500
