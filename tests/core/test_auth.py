"""Client keys: keyed digests at rest, 401s in OpenAI's shape, live revocation."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import openai
import pytest

from hushgate.auth import KeyStore
from tests.conftest import TEST_SECRET, upstream_config

CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "Hi"}]}


@pytest.fixture
def keys(tmp_path):
    return KeyStore(tmp_path / "keys.json", TEST_SECRET)


@pytest.fixture
def keyed_gateway(gateway_factory, mock_openai, keys):
    _, upstream = mock_openai
    return gateway_factory(upstream_config(upstream, auth="keys", keys_file=keys.path))


def test_created_key_authenticates(keyed_gateway, keys):
    key, _ = keys.create("app")
    reply = openai.OpenAI(base_url=f"{keyed_gateway}/v1", api_key=key, max_retries=0).chat.completions.create(**CHAT)
    assert reply.choices[0].message.content


def test_keys_file_stores_no_plaintext_key(keys):
    key, _ = keys.create("app")
    assert key not in keys.path.read_text()


def test_missing_key_is_401_in_openai_shape(keyed_gateway):
    response = httpx.post(f"{keyed_gateway}/v1/chat/completions", json=CHAT)
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "authentication_error"


def test_wrong_key_raises_sdk_authentication_error(keyed_gateway, keys):
    keys.create("app")
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{keyed_gateway}/v1", api_key="hg-wrong", max_retries=0).chat.completions.create(**CHAT)


def test_stored_digest_is_not_accepted_as_a_key(keyed_gateway, keys):
    _, stored = keys.create("app")
    response = httpx.post(f"{keyed_gateway}/v1/chat/completions", json=CHAT, headers={"authorization": f"Bearer {stored.digest}"})
    assert response.status_code == 401


def test_x_api_key_header_is_accepted(keyed_gateway, keys):
    key, _ = keys.create("app")
    response = httpx.post(f"{keyed_gateway}/v1/chat/completions", json=CHAT, headers={"x-api-key": key})
    assert response.status_code == 200


def test_revoked_key_is_refused_without_restart(keyed_gateway, keys):
    key, stored = keys.create("app")
    headers = {"authorization": f"Bearer {key}"}
    assert httpx.post(f"{keyed_gateway}/v1/chat/completions", json=CHAT, headers=headers).status_code == 200
    keys.revoke(stored.id)
    time.sleep(1.1)  # the store re-checks the file at most once a second
    assert httpx.post(f"{keyed_gateway}/v1/chat/completions", json=CHAT, headers=headers).status_code == 401


def test_models_list_requires_a_key(keyed_gateway):
    assert httpx.get(f"{keyed_gateway}/v1/models").status_code == 401


def test_healthz_needs_no_key_and_says_nothing_else(keyed_gateway):
    response = httpx.get(f"{keyed_gateway}/healthz")
    assert (response.status_code, response.content) == (200, b'{"status":"ok"}')


def test_client_authorization_never_reaches_upstream(keyed_gateway, keys, mock_openai):
    mock, _ = mock_openai
    key, _ = keys.create("app")
    httpx.post(f"{keyed_gateway}/v1/chat/completions", json=CHAT, headers={"authorization": f"Bearer {key}"})
    assert mock.last.headers["authorization"] == "Bearer upstream-secret-key-123"
    assert key not in json.dumps(mock.last.headers)


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hushgate", *args], capture_output=True, text=True, env=env, timeout=60)


def test_cli_create_list_revoke(tmp_path, monkeypatch):
    env = {"HUSHGATE_SECRET": "cli-test-secret-0123456789", "PATH": "/usr/bin:/bin"}
    keys_file = str(tmp_path / "keys.json")
    created = run_cli("keys", "--keys-file", keys_file, "create", "--name", "billing", "--team", "finance", env=env)
    assert created.returncode == 0 and created.stdout.startswith("hg-")
    listed = run_cli("keys", "--keys-file", keys_file, "list", env=env)
    key_id = listed.stdout.split("\t")[0]
    assert "billing\tfinance" in listed.stdout and created.stdout.strip() not in listed.stdout
    revoked = run_cli("keys", "--keys-file", keys_file, "revoke", key_id, env=env)
    assert revoked.returncode == 0
    assert "revoked" in run_cli("keys", "--keys-file", keys_file, "list", env=env).stdout


def test_cli_refuses_to_create_keys_without_a_server_secret(tmp_path):
    result = run_cli("keys", "--keys-file", str(tmp_path / "k.json"), "create", "--name", "x", env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 2 and "HUSHGATE_SECRET" in result.stderr


def test_weak_known_default_secret_is_refused():
    from hushgate.secrets import SecretError, load_server_secret

    with pytest.raises(SecretError):
        load_server_secret(environ={"HUSHGATE_SECRET": "sk-1234"})
