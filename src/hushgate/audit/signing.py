"""The Ed25519 key that signs checkpoints and receipts, and the public-key registry.

The signing key is deliberately not derived from the server secret (SEC-48):
whoever can compute audit digests must not be able to forge checkpoints.
It comes from ``HUSHGATE_AUDIT_SIGNING_KEY`` (PEM or base64 of the raw 32-byte
seed) or the file named by ``HUSHGATE_AUDIT_SIGNING_KEY_FILE``.

Verifiers look keys up by id (first 16 hex digits of SHA-256 of the raw public
key) in a registry file. Rotation appends a key; old keys stay listed, so old
checkpoints keep verifying.
"""

from __future__ import annotations

import base64
import binascii
import fcntl
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

SIGNING_KEY_ENV = "HUSHGATE_AUDIT_SIGNING_KEY"
SIGNING_KEY_FILE_ENV = "HUSHGATE_AUDIT_SIGNING_KEY_FILE"
REGISTRY_NAME = "audit-keys.json"


class SigningKeyError(ValueError):
    """The audit signing key or key registry is missing or unusable."""


def key_id_for(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


@dataclass(frozen=True)
class AuditSigner:
    private_key: Ed25519PrivateKey = field(repr=False)
    public_raw: bytes
    key_id: str

    @classmethod
    def from_private(cls, private_key: Ed25519PrivateKey) -> AuditSigner:
        raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(private_key, raw, key_id_for(raw))

    @classmethod
    def generate(cls) -> AuditSigner:
        return cls.from_private(Ed25519PrivateKey.generate())

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)

    def private_pem(self) -> bytes:
        return self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )


def parse_private_key(material: bytes) -> AuditSigner:
    """A PEM (PKCS#8) Ed25519 key or base64 of the 32-byte seed."""
    material = material.strip()
    if material.startswith(b"-----BEGIN"):
        try:
            key = serialization.load_pem_private_key(material, password=None)
        except (ValueError, TypeError) as exc:
            raise SigningKeyError(f"audit signing key is not a readable PEM key ({type(exc).__name__})") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningKeyError("audit signing key must be an Ed25519 key")
        return AuditSigner.from_private(key)
    try:
        seed = base64.b64decode(material, validate=True)
    except binascii.Error:
        raise SigningKeyError("audit signing key is neither PEM nor base64") from None
    if len(seed) != 32:
        raise SigningKeyError("a base64 audit signing key must decode to 32 bytes")
    return AuditSigner.from_private(Ed25519PrivateKey.from_private_bytes(seed))


def load_signer(
    *, key_file: Path | None = None, env_var: str = SIGNING_KEY_ENV, environ: Mapping[str, str] | None = None
) -> AuditSigner | None:
    """The configured signing key, or None when none is configured."""
    env = os.environ if environ is None else environ
    path = key_file or (Path(env[SIGNING_KEY_FILE_ENV]) if env.get(SIGNING_KEY_FILE_ENV) else None)
    if path is not None:
        try:
            return parse_private_key(path.read_bytes())
        except OSError as exc:
            raise SigningKeyError(f"cannot read audit signing key file {path}: {exc.strerror}") from None
    if value := env.get(env_var):
        return parse_private_key(value.encode())
    return None


class RegistryKey(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    algorithm: str = Field(default="ed25519", pattern=r"^ed25519$")
    public_key: str = Field(description="base64 of the raw 32-byte Ed25519 public key")
    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the raw public key")


class KeyRegistry(BaseModel):
    """Public keys that may sign audit checkpoints and receipts."""

    model_config = ConfigDict(extra="forbid")
    keys: list[RegistryKey] = Field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> KeyRegistry:
        try:
            registry = cls.model_validate_json(path.read_bytes())
        except OSError as exc:
            raise SigningKeyError(f"cannot read key registry {path}: {exc.strerror}") from None
        except ValidationError as exc:
            raise SigningKeyError(f"key registry {path} is malformed ({exc.error_count()} errors)") from None
        for entry in registry.keys:
            raw = _b64(entry.public_key)
            if raw is None or len(raw) != 32 or key_id_for(raw) != entry.key_id:
                raise SigningKeyError(f"key registry {path}: key {entry.key_id} does not match its public key")
        return registry

    def add(self, signer: AuditSigner) -> bool:
        if any(k.key_id == signer.key_id for k in self.keys):
            return False
        self.keys.append(
            RegistryKey(
                key_id=signer.key_id,
                public_key=base64.b64encode(signer.public_raw).decode(),
                fingerprint=hashlib.sha256(signer.public_raw).hexdigest(),
            )
        )
        return True

    def public_key(self, key_id: str) -> Ed25519PublicKey | None:
        for entry in self.keys:
            if entry.key_id == key_id:
                raw = _b64(entry.public_key)
                return Ed25519PublicKey.from_public_bytes(raw) if raw else None
        return None

    def verify(self, key_id: object, signature: object, data: bytes) -> str | None:
        """None when ``signature`` is valid for ``data``; otherwise why not."""
        if not isinstance(key_id, str) or not isinstance(signature, str):
            return "missing key id or signature"
        public = self.public_key(key_id)
        if public is None:
            return f"signed by unknown key {key_id[:16]}"
        sig = _b64(signature)
        if sig is None:
            return "signature is not base64"
        try:
            public.verify(sig, data)
        except InvalidSignature:
            return f"signature does not verify under key {key_id}"
        return None


def publish_public_key(path: Path, signer: AuditSigner) -> None:
    """Add ``signer``'s public key to the registry at ``path`` (safe across workers)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(f".{path.name}.lock")
    with open(lock_path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        registry = KeyRegistry.load(path) if path.exists() else KeyRegistry()
        if registry.add(signer):
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(registry.model_dump_json(indent=2) + "\n")
            os.replace(tmp, path)


def _b64(value: str) -> bytes | None:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
