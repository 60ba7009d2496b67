"""CacheSettings and ResponseCache.from_settings."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from hushgate.cache import CachedResponse, CacheSettings, KeyRingError, ResponseCache, cache_key
from hushgate.secrets import ServerSecret

SECRET = ServerSecret(b"settings-test-server-secret-0001")


def test_cache_is_off_by_default() -> None:
    assert CacheSettings().enabled is False


def test_redis_password_in_the_url_is_refused() -> None:
    with pytest.raises(ValidationError, match="redis_password_env"):
        CacheSettings(redis_url="redis://:hunter2hunter2@10.0.0.5:6379/0")


def test_key_ring_variables_must_be_names_not_keys() -> None:
    with pytest.raises(ValidationError, match="NAME of an environment variable"):
        CacheSettings(keys_env="v1:" + base64.b64encode(os.urandom(32)).decode())


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        CacheSettings(keys="v1:abc")  # type: ignore[call-arg]


def test_ttl_of_a_request_is_the_shortest_of_its_classes() -> None:
    cache = ResponseCache.from_settings(
        CacheSettings(default_ttl_seconds=3600, ttl_seconds_by_class={"phi": 300, "pci": 60}), SECRET, environ={}
    )
    assert (cache.ttl_for(["phi", "general"]), cache.ttl_for(["phi", "pci"]), cache.ttl_for([])) == (300, 60, 3600)


async def test_memory_cache_runs_on_a_per_process_key_without_configuration() -> None:
    cache = ResponseCache.from_settings(CacheSettings(backend="memory"), SECRET, environ={})
    key = cache_key(SECRET, tenant="t", policy_version="p", model="m", body={})
    await cache.put(key, CachedResponse.from_json(b"{}"), 60)
    assert await cache.get(key) == CachedResponse.from_json(b"{}")


def test_persistent_backend_refuses_to_start_without_keys(tmp_path: Path) -> None:
    with pytest.raises(KeyRingError, match="no cache encryption keys"):
        ResponseCache.from_settings(CacheSettings(backend="sqlite", sqlite_path=tmp_path / "c.db"), SECRET, environ={})


async def test_sqlite_cache_reads_its_key_ring_from_the_named_variables(tmp_path: Path) -> None:
    env = {"MY_CACHE_KEYS": "k7:" + base64.b64encode(os.urandom(32)).decode()}
    settings = CacheSettings(backend="sqlite", sqlite_path=tmp_path / "c.db", keys_env="MY_CACHE_KEYS")
    cache = ResponseCache.from_settings(settings, SECRET, environ=env)
    try:
        assert cache.keyring.current == "k7"
    finally:
        await cache.aclose()
