"""`hushgate cache rotate|purge|generate-key` against a real SQLite cache file."""

from __future__ import annotations

import asyncio
import base64
import os
from pathlib import Path

import pytest

from hushgate.cache import CachedResponse, KeyRing, ResponseCache, cache_key
from hushgate.cache.backends import SQLiteBackend
from hushgate.cache.crypto import read_header
from hushgate.cli import main
from hushgate.secrets import ServerSecret

SECRET = ServerSecret(b"cli-test-server-secret-material-01")
K1, K2 = os.urandom(32), os.urandom(32)


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


def fill(path: Path, keyring: KeyRing, count: int) -> None:
    async def run() -> None:
        cache = ResponseCache(SQLiteBackend(path), keyring, SECRET)
        for i in range(count):
            key = cache_key(SECRET, tenant="t", policy_version="p", model="m", body={"n": i})
            await cache.put(key, CachedResponse.from_json(b'{"ok":true}'), 600)
        await cache.aclose()

    asyncio.run(run())


def stored_key_ids(path: Path) -> list[str]:
    async def run() -> list[str]:
        backend = SQLiteBackend(path)
        ids = [read_header(v).key_id async for _, v in backend.items()]
        await backend.aclose()
        return ids

    return asyncio.run(run())


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HUSHGATE_CACHE_KEYS", f"v1:{b64(K1)},v2:{b64(K2)}")
    monkeypatch.setenv("HUSHGATE_CACHE_CURRENT_KEY", "v2")
    path = tmp_path / "cache.sqlite3"
    fill(path, KeyRing({"v1": K1}, "v1"), 3)
    return path


def test_rotate_moves_every_entry_to_the_current_key(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cache", "--backend", "sqlite", "--sqlite-path", str(db), "rotate"]) == 0
    assert stored_key_ids(db) == ["v2"] * 3
    assert "3 re-encrypted" in capsys.readouterr().out


def test_rotate_with_drop_empties_entries_under_old_keys(db: Path) -> None:
    assert main(["cache", "--backend", "sqlite", "--sqlite-path", str(db), "rotate", "--drop"]) == 0
    assert stored_key_ids(db) == []


def test_purge_needs_confirmation(db: Path) -> None:
    assert main(["cache", "--backend", "sqlite", "--sqlite-path", str(db), "purge"]) == 2
    assert len(stored_key_ids(db)) == 3


def test_purge_deletes_every_entry(db: Path) -> None:
    assert main(["cache", "--backend", "sqlite", "--sqlite-path", str(db), "purge", "--yes"]) == 0
    assert stored_key_ids(db) == []


def test_missing_key_ring_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("HUSHGATE_CACHE_KEYS", raising=False)
    monkeypatch.delenv("HUSHGATE_CACHE_KEYS_FILE", raising=False)
    assert main(["cache", "--backend", "sqlite", "--sqlite-path", str(tmp_path / "c.db"), "purge", "--yes"]) == 2
    assert "no cache encryption keys" in capsys.readouterr().err


def test_generate_key_prints_a_usable_ring_entry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cache", "generate-key", "2026-11"]) == 0
    line = capsys.readouterr().out.strip()
    assert KeyRing.from_environment({"HUSHGATE_CACHE_KEYS": line}).current == "2026-11"


def test_cache_section_of_the_gateway_config_names_the_backend(db: Path, tmp_path: Path) -> None:
    config = tmp_path / "hushgate.yaml"
    config.write_text(f"cache:\n  enabled: true\n  backend: sqlite\n  sqlite_path: {db}\n")
    assert main(["cache", "--config", str(config), "rotate"]) == 0
    assert stored_key_ids(db) == ["v2"] * 3
