"""Configuration: YAML plus HUSHGATE_ overrides; broken files are named precisely."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hushgate.config import ConfigError, load_settings


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return path


def test_no_file_means_echo_quickstart_without_keys():
    settings = load_settings(None)
    assert settings.is_echo_only and settings.server.auth.mode == "disabled"


def test_environment_overrides_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("HUSHGATE_SERVER__PORT", "9123")
    settings = load_settings(write(tmp_path, "server:\n  port: 8000\n"))
    assert settings.server.port == 9123


def test_type_error_names_file_key_path_and_reason(tmp_path):
    path = write(tmp_path, "server:\n  port: not-a-port\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    message = str(info.value)
    assert str(path) in message and "server.port" in message and "integer" in message


def test_unknown_key_is_refused(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, "server:\n  prot: 1\n"))
    assert "server.prot" in str(info.value)


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path, "server:\n  port: 1\n  host: [unclosed\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert f"{path}:" in str(info.value)


def test_deployment_naming_an_unknown_provider_is_refused(tmp_path):
    text = "providers:\n  a: {type: echo}\nmodels:\n  m:\n    deployments: [{provider: b}]\n"
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    assert "models.m.deployments.0.provider" in str(info.value)


def test_inline_api_key_is_refused_and_not_echoed(tmp_path):
    key = "sk-proj-abcdefghijklmnopqrstuvwxyz012345"
    text = f"providers:\n  a: {{type: openai_compatible, base_url: 'http://x', headers: {{x-key: '{key}'}}}}\n"
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    assert "providers.a.headers" in str(info.value) and key not in str(info.value)


def test_api_key_env_must_be_a_variable_name(tmp_path):
    text = "providers:\n  a: {type: openai_compatible, base_url: 'http://x', api_key_env: 'sk-abcdefghijklmnop1234'}\n"
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    assert "providers.a.api_key_env" in str(info.value)


def test_serve_exits_non_zero_on_a_broken_config(tmp_path):
    path = write(tmp_path, "server:\n  workers: 0\n")
    result = subprocess.run([sys.executable, "-m", "hushgate", "serve", "--config", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "server.workers" in result.stderr and "Traceback" not in result.stderr


def test_serve_exits_non_zero_when_the_upstream_key_variable_is_unset(tmp_path):
    text = "providers:\n  a: {type: openai_compatible, base_url: 'http://127.0.0.1:1', api_key_env: HG_TEST_UNSET_KEY}\nmodels:\n  m: {deployments: [{provider: a}]}\nserver: {auth: {mode: disabled}}\n"
    result = subprocess.run([sys.executable, "-m", "hushgate", "serve", "--config", str(write(tmp_path, text))], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "HG_TEST_UNSET_KEY" in result.stderr
