"""Client API keys: stored only as keyed digests, compared in constant time.

A key is shown once, at creation. The keys file holds
HMAC-SHA256(server secret, key) per key, so a leaked file can't be replayed:
presenting a stored digest as a key digests it again and matches nothing.
"""

from __future__ import annotations

import hmac
import os
import secrets
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hushgate.secrets import API_KEY_DIGEST, ServerSecret

KEY_PREFIX = "hg-"
_RELOAD_INTERVAL_S = 1.0


@dataclass(frozen=True, slots=True)
class Principal:
    key_id: str
    name: str
    team: str | None = None


class StoredKey(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    team: str | None = None
    digest: str
    created: str
    revoked: str | None = None


class KeysFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = 1
    keys: list[StoredKey] = Field(default_factory=list)


class KeyStoreError(Exception):
    pass


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class KeyStore:
    """The keys file, re-read when it changes so `hushgate keys` applies live."""

    def __init__(self, path: Path, secret: ServerSecret) -> None:
        self.path = Path(path)
        self._digest_key = secret.derive(API_KEY_DIGEST)
        # Active keys by raw digest, with the Principal built once per key.
        self._by_digest: dict[bytes, tuple[bytes, Principal]] = {}
        self._mtime: float | None = None
        self._checked_at = 0.0
        self._load()

    def digest(self, presented: str) -> str:
        return self._raw_digest(presented).hex()

    def _raw_digest(self, presented: str) -> bytes:
        # One-shot HMAC (OpenSSL in one call): the per-request cost of auth.
        return hmac.digest(self._digest_key, presented.encode("utf-8", "surrogatepass"), "sha256")

    def _read(self) -> KeysFile:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return KeysFile()
        except OSError as exc:
            raise KeyStoreError(f"{self.path}: cannot read keys file: {exc.strerror}") from None
        try:
            return KeysFile.model_validate(orjson.loads(raw))
        except (orjson.JSONDecodeError, ValidationError):
            raise KeyStoreError(f"{self.path}: keys file is not valid") from None

    def _load(self) -> None:
        keys = self._read()
        by_digest: dict[bytes, tuple[bytes, Principal]] = {}
        for k in keys.keys:
            if k.revoked is None and (raw := _digest_bytes(k.digest)) is not None:
                by_digest[raw] = (raw, Principal(k.id, k.name, k.team))
        self._by_digest = by_digest
        try:
            self._mtime = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            self._mtime = None

    def _maybe_reload(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < _RELOAD_INTERVAL_S:
            return
        self._checked_at = now
        try:
            mtime = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            mtime = None
        if mtime != self._mtime:
            try:
                self._load()
            except KeyStoreError:
                pass  # keep the last good set; `hushgate keys list` reports the error

    def authenticate(self, presented: str) -> Principal | None:
        self._maybe_reload()
        digest = self._raw_digest(presented)
        stored = self._by_digest.get(digest)
        # The lookup is on a keyed digest (timing reveals nothing about the
        # key); compare_digest keeps the final check constant-time anyway.
        if stored is None or not hmac.compare_digest(stored[0], digest):
            return None
        return stored[1]

    # --- administration (CLI) ---

    def list(self) -> list[StoredKey]:
        return self._read().keys

    def create(self, name: str, team: str | None = None) -> tuple[str, StoredKey]:
        keys = self._read()
        plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
        stored = StoredKey(
            id="key_" + secrets.token_hex(6), name=name, team=team, digest=self.digest(plaintext), created=_now()
        )
        keys.keys.append(stored)
        self._write(keys)
        return plaintext, stored

    def revoke(self, key_id: str) -> StoredKey:
        keys = self._read()
        for stored in keys.keys:
            if stored.id == key_id:
                if stored.revoked is None:
                    stored.revoked = _now()
                    self._write(keys)
                return stored
        raise KeyStoreError(f"no key with id {key_id}")

    def _write(self, keys: KeysFile) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".keys-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(orjson.dumps(keys.model_dump(), option=orjson.OPT_INDENT_2))
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._load()


def _digest_bytes(stored: str) -> bytes | None:
    """A stored digest as bytes; None unless it is what ``digest`` writes (64 lowercase hex)."""
    if len(stored) != 64:
        return None
    try:
        raw = bytes.fromhex(stored)
    except ValueError:
        return None
    return raw if raw.hex() == stored else None


def presented_key(headers: Mapping[str, str]) -> str | None:
    """The key from ``Authorization: Bearer`` or Anthropic-style ``x-api-key``."""
    authorization = headers.get("authorization")
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
        return None
    api_key = headers.get("x-api-key")
    return api_key.strip() if api_key and api_key.strip() else None


class AdminToken:
    """The admin credential: separate from client keys, from the environment."""

    def __init__(self, token: str | None, secret: ServerSecret) -> None:
        self._key = secret.derive("hushgate/admin-token/v1")
        self._digest = self._hash(token) if token else None

    def _hash(self, token: str) -> bytes:
        return hmac.new(self._key, token.encode("utf-8", "surrogatepass"), "sha256").digest()

    @property
    def configured(self) -> bool:
        return self._digest is not None

    def check(self, headers: Mapping[str, str]) -> bool:
        token = presented_key(headers)
        if self._digest is None or token is None:
            return False
        return hmac.compare_digest(self._hash(token), self._digest)
