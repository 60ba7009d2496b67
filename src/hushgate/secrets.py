"""Server secret and the purpose-bound keys derived from it.

One master secret (environment variable or mounted file, never the YAML
config) is stretched with HKDF-SHA256 into independent keys, one per purpose
label, so an HMAC key for API-key digests can never be used to forge an audit
digest or decrypt the cache (keys separated by purpose, NIST SP 800-108).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets as _random
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SECRET_ENV = "HUSHGATE_SECRET"
SECRET_FILE_ENV = "HUSHGATE_SECRET_FILE"
MIN_SECRET_BYTES = 16  # 128 bits

# Published defaults and placeholders that must never guard real traffic.
_KNOWN_WEAK = {"sk-1234", "changeme", "secret", "password", "hushgate", "test", "admin"}

# Purpose labels. Adding a purpose means adding a label here, never reusing one.
API_KEY_DIGEST = "hushgate/api-key-digest/v1"
AUDIT_DIGEST = "hushgate/audit-digest/v1"
PSEUDONYM = "hushgate/pseudonym/v1"
CACHE_KEY = "hushgate/cache-key/v1"
HASH_ACTION = "hushgate/hash-action/v1"


class SecretError(ValueError):
    """The server secret is missing, unreadable or too weak."""


@dataclass(frozen=True)
class ServerSecret:
    material: bytes = field(repr=False)
    ephemeral: bool = False

    def __post_init__(self) -> None:
        if len(self.material) < MIN_SECRET_BYTES:
            raise SecretError(f"server secret must be at least {MIN_SECRET_BYTES} bytes")
        if self.material.decode("utf-8", "replace").strip().lower() in _KNOWN_WEAK:
            raise SecretError("server secret is a known default")

    def derive(self, label: str, context: bytes = b"", length: int = 32) -> bytes:
        """A key for one purpose (and optionally one tenant) from the master."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label.encode() + b"\0" + context)
        return hkdf.derive(self.material)

    def hmac_hex(self, label: str, data: bytes) -> str:
        return hmac.new(self.derive(label), data, hashlib.sha256).hexdigest()

    @property
    def fingerprint(self) -> str:
        """Short non-reversible id, safe to log, to tell secrets apart."""
        return self.hmac_hex("hushgate/fingerprint/v1", b"")[:12]


def load_server_secret(*, allow_ephemeral: bool = False, environ: dict[str, str] | None = None) -> ServerSecret:
    """Read the secret from HUSHGATE_SECRET or the file named by HUSHGATE_SECRET_FILE.

    With neither set, only an explicitly allowed ephemeral secret (the echo
    quickstart) is returned; digests made with it do not survive a restart.
    """
    env = os.environ if environ is None else environ
    if path := env.get(SECRET_FILE_ENV):
        try:
            material = Path(path).read_bytes().strip()
        except OSError as exc:
            raise SecretError(f"cannot read {SECRET_FILE_ENV} file {path}: {exc.strerror}") from None
        return ServerSecret(material)
    if value := env.get(SECRET_ENV):
        return ServerSecret(value.strip().encode())
    if allow_ephemeral:
        return ServerSecret(_random.token_bytes(32), ephemeral=True)
    raise SecretError(f"no server secret: set {SECRET_ENV} or {SECRET_FILE_ENV}")
