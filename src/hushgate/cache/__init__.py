"""Optional response cache: encrypted, scoped by tenant and policy, off by default.

Only already-redacted / pseudonymized responses are stored, sealed with
AES-256-GCM under a key ring read from the environment (never from YAML).
Pseudonyms are restored by the pipeline after a hit, with the current
request's own mapping.

Public API (everything the pipeline needs)::

    settings = CacheSettings(enabled=True, backend="sqlite", sqlite_path=...)
    cache = ResponseCache.from_settings(settings, secret)       # secret: ServerSecret

    if not should_bypass(request.headers):                      # no-store / x-hushgate-cache: bypass
        key = cache_key(secret, tenant=..., policy_version=..., model=..., body=redacted_body)
        hit = await cache.get(key)                              # CachedResponse | None
        ...
        await cache.put(key, CachedResponse.from_json(body), cache.ttl_for(classes))
        await cache.put(key, CachedResponse.from_stream(chunks), ttl)   # completed streams only
    await cache.aclose()

``get`` returns None for anything it cannot serve (absent, expired, tampered,
truncated, unknown key id, backend down) and logs event + key id + reason.
``put`` returns False when it did not store (too large, backend down).

Encryption keys: ``HUSHGATE_CACHE_KEYS="kid1:base64key,kid2:base64key"`` (or
``HUSHGATE_CACHE_KEYS_FILE``) and ``HUSHGATE_CACHE_CURRENT_KEY``; the memory
backend falls back to a per-process key. Operators run ``hushgate cache
rotate|purge|generate-key``. ``hushgate.stages.cache`` wires all of this
into the pipeline (lookup, capture, commit) and sets ``x-hushgate-cache``.
"""

from hushgate.cache.bypass import CACHE_HEADER, should_bypass
from hushgate.cache.cache import CacheStats, ResponseCache, RotationReport
from hushgate.cache.crypto import KeyRing, KeyRingError
from hushgate.cache.keys import CacheKey, cache_key
from hushgate.cache.response import CachedResponse
from hushgate.cache.settings import CacheSettings

__all__ = [
    "CACHE_HEADER",
    "CacheKey",
    "CacheSettings",
    "CacheStats",
    "CachedResponse",
    "KeyRing",
    "KeyRingError",
    "ResponseCache",
    "RotationReport",
    "cache_key",
    "should_bypass",
]
