"""Cache-key derivation: a keyed digest of everything that shapes the answer.

The key is HMAC-SHA256 under a per-tenant key derived from the server secret
(label ``CACHE_KEY``, tenant as HKDF context), over a canonical serialization
of tenant, policy version, model, an optional scope and the *whole* redacted
request body. Two tenants can never share an entry, and neither can requests
that differ anywhere in the body (never a prefix). ``stream`` and
``stream_options`` only change the framing of the same answer, so they are
left out and a streamed and a non-streamed request share one entry.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

from hushgate.secrets import CACHE_KEY, ServerSecret

# Bumped whenever the serialization below changes, so old entries stop matching.
KEY_FORMAT = "hushgate-cache-key/v1"
FRAMING_FIELDS = frozenset({"stream", "stream_options"})


@dataclass(frozen=True, slots=True)
class CacheKey:
    """Where one response lives; ``digest`` is what backends see."""

    tenant: str
    digest: str  # 64 hex chars; no plaintext can be read back from it

    def __repr__(self) -> str:
        return f"CacheKey(tenant={self.tenant!r}, digest={self.digest[:12]}…)"


@lru_cache(maxsize=4096)
def _tenant_key(secret: ServerSecret, tenant: str) -> bytes:
    # HKDF per call would cost more than the HMAC itself.
    return secret.derive(CACHE_KEY, context=tenant.encode())


def canonical_request(
    *, tenant: str, policy_version: str, model: str, body: Mapping[str, Any], scope: str = ""
) -> bytes:
    """The exact bytes that are hashed (exposed for tests and audits)."""
    content = {k: v for k, v in body.items() if k not in FRAMING_FIELDS}
    document = {
        "format": KEY_FORMAT,
        "tenant": tenant,
        "policy_version": policy_version,
        "model": model,
        "scope": scope,
        "body": content,
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def cache_key(
    secret: ServerSecret,
    *,
    tenant: str,
    policy_version: str,
    model: str,
    body: Mapping[str, Any],
    scope: str = "",
) -> CacheKey:
    """Key for a redacted request.

    ``body`` must be the request *after* redaction/pseudonymization, sampling
    parameters included. ``scope`` narrows sharing further when the policy
    asks for it (e.g. a principal id, or a fingerprint of the decision).
    """
    message = canonical_request(tenant=tenant, policy_version=policy_version, model=model, body=body, scope=scope)
    digest = hmac.new(_tenant_key(secret, tenant), message, hashlib.sha256).hexdigest()
    return CacheKey(tenant=tenant, digest=digest)
