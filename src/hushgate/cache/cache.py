"""ResponseCache: sealed entries in a backend, misses on anything doubtful.

Every failure on the read path (backend down, unknown key id, bad tag,
truncated value, expired envelope) is a miss: the request goes upstream
through the full policy pipeline, which is always safe. Logs carry the event,
the key id and a reason, never a digest, a tenant or content.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import structlog

from hushgate.cache.backends.base import BackendError, CacheBackend
from hushgate.cache.crypto import EnvelopeError, KeyRing, read_header
from hushgate.cache.keys import CacheKey, cache_key
from hushgate.cache.response import CachedResponse, CorruptEntry
from hushgate.cache.settings import CacheSettings
from hushgate.secrets import ServerSecret

log = structlog.get_logger("hushgate.cache")

# Reasons that mean someone or something altered stored data: alert-worthy.
_INTEGRITY_REASONS = frozenset({"tampered", "truncated", "unknown_format", "bad_key_id", "corrupt"})


@dataclass
class CacheStats:
    """Process-local counters; per-request hit/miss goes on the request context."""

    hits: int = 0
    misses: int = 0
    stores: int = 0
    skipped_too_large: int = 0
    rejected: int = 0  # entries that existed but could not be served
    backend_errors: int = 0


@dataclass(frozen=True, slots=True)
class RotationReport:
    kept: int = 0
    reencrypted: int = 0
    dropped: int = 0


class ResponseCache:
    def __init__(
        self,
        backend: CacheBackend,
        keyring: KeyRing,
        secret: ServerSecret,
        *,
        max_entry_bytes: int = 1024 * 1024,
        default_ttl_seconds: int = 3600,
        ttl_seconds_by_class: Mapping[str, int] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.backend = backend
        self.keyring = keyring
        self.max_entry_bytes = max_entry_bytes
        self.default_ttl_seconds = default_ttl_seconds
        self.ttl_seconds_by_class = dict(ttl_seconds_by_class or {})
        self.stats = CacheStats()
        self._secret = secret
        self._clock = clock

    @classmethod
    def from_settings(
        cls, settings: CacheSettings, secret: ServerSecret, *, environ: Mapping[str, str] | None = None
    ) -> ResponseCache:
        """Build the configured backend and load the key ring from the environment.

        The memory backend may run without configured keys (a fresh key per
        process: entries die with it anyway); SQLite and Redis outlive the
        process and refuse to start without a key ring.
        """
        env = os.environ if environ is None else environ
        names = {"keys_env": settings.keys_env, "keys_file_env": settings.keys_file_env}
        configured = any(env.get(n) for n in names.values())
        if settings.backend == "memory" and not configured:
            keyring = KeyRing.generate_ephemeral()
        else:
            keyring = KeyRing.from_environment(env, current_key_env=settings.current_key_env, **names)
        backend = make_backend(settings, env)
        return cls(
            backend,
            keyring,
            secret,
            max_entry_bytes=settings.max_entry_bytes,
            default_ttl_seconds=settings.default_ttl_seconds,
            ttl_seconds_by_class=settings.ttl_seconds_by_class,
        )

    def key(self, *, tenant: str, policy_version: str, model: str, body: Mapping[str, Any], scope: str = "") -> CacheKey:
        """``cache_key`` with this cache's server secret."""
        return cache_key(self._secret, tenant=tenant, policy_version=policy_version, model=model, body=body, scope=scope)

    def ttl_for(self, classes: Iterable[str]) -> int:
        """Shortest TTL among the request's data classes."""
        ttls = [self.ttl_seconds_by_class.get(c, self.default_ttl_seconds) for c in classes]
        return min(ttls, default=self.default_ttl_seconds)

    def _reject(self, reason: str, key_id: str | None) -> None:
        self.stats.rejected += 1
        if reason in _INTEGRITY_REASONS:
            log.warning("cache.entry_integrity_failure", key_id=key_id, reason=reason)
        else:
            log.info("cache.entry_rejected", key_id=key_id, reason=reason)

    async def get(self, key: CacheKey) -> CachedResponse | None:
        try:
            blob = await self.backend.get(key.digest)
        except BackendError as exc:
            self.stats.backend_errors += 1
            self.stats.misses += 1
            log.warning("cache.backend_error", backend=self.backend.name, reason=str(exc))
            return None
        response = None if blob is None else self._open(key.digest, blob)
        if response is None:
            self.stats.misses += 1
        else:
            self.stats.hits += 1
        return response

    def _open(self, slot: str, blob: bytes) -> CachedResponse | None:
        key_id = None
        try:
            header = read_header(blob)
            key_id = header.key_id
            if header.expires_at_ms <= self._clock() * 1000:
                self._reject("expired", key_id)
                return None
            return CachedResponse.from_bytes(self.keyring.open(slot.encode(), blob, header))
        except EnvelopeError as exc:
            self._reject(exc.reason, exc.key_id or key_id)
        except CorruptEntry:
            self._reject("corrupt", key_id)
        return None

    async def put(self, key: CacheKey, response: CachedResponse, ttl_seconds: float | None = None) -> bool:
        """Store a complete response; False when it was not stored (too large, backend down)."""
        ttl = self.default_ttl_seconds if ttl_seconds is None else ttl_seconds
        if ttl <= 0:
            return False
        plaintext = response.to_bytes()
        if len(plaintext) > self.max_entry_bytes:
            self.stats.skipped_too_large += 1
            return False
        expires_at_ms = int((self._clock() + ttl) * 1000)
        blob = self.keyring.seal(key.digest.encode(), plaintext, expires_at_ms)
        try:
            await self.backend.set(key.digest, blob, ttl)
        except BackendError as exc:
            self.stats.backend_errors += 1
            log.warning("cache.backend_error", backend=self.backend.name, reason=str(exc))
            return False
        self.stats.stores += 1
        return True

    async def rotate(self, *, drop: bool = False) -> RotationReport:
        """Move every entry to the current key (or, with ``drop``, delete those under older keys).

        Entries under keys no longer in the ring, expired or failing
        authentication are deleted. Plaintext never leaves this process.
        """
        kept = reencrypted = dropped = 0
        current = self.keyring.current
        now_ms = self._clock() * 1000
        async for slot, blob in self.backend.items():
            try:
                header = read_header(blob)
                if header.expires_at_ms <= now_ms:
                    raise EnvelopeError("expired", header.key_id)
                if header.key_id == current:
                    kept += 1
                    continue
                if drop:
                    raise EnvelopeError("retired", header.key_id)
                plaintext = self.keyring.open(slot.encode(), blob, header)
                remaining = (header.expires_at_ms - now_ms) / 1000
                new_blob = self.keyring.seal(slot.encode(), plaintext, header.expires_at_ms)
                await self.backend.set(slot, new_blob, remaining)
                reencrypted += 1
            except EnvelopeError:
                await self.backend.delete(slot)
                dropped += 1
        report = RotationReport(kept=kept, reencrypted=reencrypted, dropped=dropped)
        log.info("cache.rotated", key_id=current, kept=kept, reencrypted=reencrypted, dropped=dropped)
        return report

    async def purge(self) -> int:
        count = await self.backend.clear()
        log.info("cache.purged", backend=self.backend.name, entries=count)
        return count

    async def aclose(self) -> None:
        await self.backend.aclose()


def make_backend(settings: CacheSettings, environ: Mapping[str, str]) -> CacheBackend:
    if settings.backend == "memory":
        from hushgate.cache.backends.memory import MemoryBackend

        return MemoryBackend(settings.memory_max_bytes)
    if settings.backend == "sqlite":
        from hushgate.cache.backends.sqlite import SQLiteBackend

        return SQLiteBackend(settings.sqlite_path)
    from hushgate.cache.backends.redis import RedisBackend

    password = environ.get(settings.redis_password_env) if settings.redis_password_env else None
    return RedisBackend(settings.redis_url, prefix=settings.redis_prefix, password=password)
