"""Envelope encryption for cache entries: AES-256-GCM under a key ring.

Envelope layout (all integers big-endian)::

    version:1 | kid_len:1 | kid | expires_at_ms:8 | salt:32 | nonce:12 | ciphertext+tag:16

Every entry is sealed under its own key, HMAC-SHA256(ring key, label ||
salt) with a fresh random 256-bit salt (a PRF-based KDF, NIST SP 800-108),
and a random 96-bit nonce. A ring key is therefore never an AES-GCM key
itself, and no GCM key ever encrypts twice: there is no invocation counter
to persist and no 2^32 limit to watch (SEC-27), across restarts and replicas.

The associated data is ``header || storage key`` where the header is
everything before the nonce, so the format version, the key id, the expiry
and the salt are authenticated, and an entry only opens under the slot
(cache key, hence tenant) it was written for: swapping or moving ciphertexts
fails the tag.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
SALT_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
_ENTRY_KEY_LABEL = b"hushgate/cache-entry-key/v1\0"
_KID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_EXPIRY = struct.Struct(">Q")


class KeyRingError(ValueError):
    """The key ring configuration is unusable. Messages never contain key material."""


class EnvelopeError(Exception):
    """An entry that must be treated as a miss; ``reason`` and ``key_id`` are safe to log."""

    def __init__(self, reason: str, key_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.key_id = key_id


@dataclass(frozen=True, slots=True)
class Header:
    key_id: str
    expires_at_ms: int
    salt: bytes
    size: int  # bytes before the nonce


def read_header(blob: bytes) -> Header:
    """Parse the clear-text header without authenticating it (the tag does that later)."""
    if len(blob) < 2:
        raise EnvelopeError("truncated")
    if blob[0] != FORMAT_VERSION:
        raise EnvelopeError("unknown_format")
    kid_end = 2 + blob[1]
    size = kid_end + _EXPIRY.size + SALT_BYTES
    if len(blob) < size + NONCE_BYTES + TAG_BYTES:
        raise EnvelopeError("truncated")
    try:
        key_id = blob[2:kid_end].decode("ascii")
    except UnicodeDecodeError:
        raise EnvelopeError("bad_key_id") from None
    (expires_at_ms,) = _EXPIRY.unpack_from(blob, kid_end)
    return Header(key_id, expires_at_ms, blob[size - SALT_BYTES : size], size)


@dataclass
class KeyRing:
    """Named AES-256 keys: the current one encrypts, all of them decrypt.

    Retiring a key = removing it from the ring; its entries then fail to open
    (crypto-shredding) and ``ResponseCache.rotate`` deletes them.
    """

    keys: Mapping[str, bytes] = field(repr=False)
    current: str

    def __post_init__(self) -> None:
        if not self.keys:
            raise KeyRingError("the cache key ring is empty")
        for kid, key in self.keys.items():
            if not _KID.fullmatch(kid):
                raise KeyRingError(f"cache key id {kid[:64]!r} must match [A-Za-z0-9._-]{{1,64}}")
            if len(key) != KEY_BYTES:
                raise KeyRingError(f"cache key {kid!r} must be {KEY_BYTES} bytes (AES-256), got {len(key)}")
        if self.current not in self.keys:
            raise KeyRingError(f"current cache key {self.current[:64]!r} is not in the key ring")
        self.keys = dict(self.keys)

    @property
    def key_ids(self) -> frozenset[str]:
        return frozenset(self.keys)

    def _entry_key(self, kid: str, salt: bytes) -> AESGCM:
        return AESGCM(hmac.digest(self.keys[kid], _ENTRY_KEY_LABEL + salt, "sha256"))

    def seal(self, slot: bytes, plaintext: bytes, expires_at_ms: int) -> bytes:
        kid = self.current
        salt = os.urandom(SALT_BYTES)
        header = bytes((FORMAT_VERSION, len(kid))) + kid.encode("ascii") + _EXPIRY.pack(expires_at_ms) + salt
        nonce = os.urandom(NONCE_BYTES)
        return header + nonce + self._entry_key(kid, salt).encrypt(nonce, plaintext, header + slot)

    def open(self, slot: bytes, blob: bytes, header: Header | None = None) -> bytes:
        """Authenticate and decrypt, or raise ``EnvelopeError``."""
        header = header or read_header(blob)
        if header.key_id not in self.keys:
            raise EnvelopeError("unknown_key", header.key_id)
        nonce_end = header.size + NONCE_BYTES
        try:
            aead = self._entry_key(header.key_id, header.salt)
            return aead.decrypt(blob[header.size : nonce_end], blob[nonce_end:], blob[: header.size] + slot)
        except InvalidTag:
            raise EnvelopeError("tampered", header.key_id) from None

    @classmethod
    def generate_ephemeral(cls) -> KeyRing:
        """A throw-away key for the in-memory backend, whose entries die with the process anyway."""
        return cls({"ephemeral": AESGCM.generate_key(bit_length=256)}, "ephemeral")

    @classmethod
    def from_environment(
        cls,
        environ: Mapping[str, str],
        *,
        keys_env: str = "HUSHGATE_CACHE_KEYS",
        keys_file_env: str = "HUSHGATE_CACHE_KEYS_FILE",
        current_key_env: str = "HUSHGATE_CACHE_CURRENT_KEY",
    ) -> KeyRing:
        """Parse ``kid:base64key`` items (comma or newline separated) from a variable or a mounted file."""
        if path := environ.get(keys_file_env):
            try:
                spec = Path(path).read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError) as exc:
                raise KeyRingError(f"cannot read {keys_file_env} file {path}: {type(exc).__name__}") from None
            source = keys_file_env
        elif spec := environ.get(keys_env, ""):
            source = keys_env
        else:
            raise KeyRingError(f"no cache encryption keys: set {keys_env} or {keys_file_env}")
        keys = parse_key_spec(spec, source)
        current = environ.get(current_key_env, "").strip()
        if not current:
            if len(keys) != 1:
                raise KeyRingError(f"{source} holds {len(keys)} keys: name the current one in {current_key_env}")
            current = next(iter(keys))
        return cls(keys, current)


def parse_key_spec(spec: str, source: str) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for n, item in enumerate(re.split(r"[,\n]", spec), start=1):
        item = item.strip()
        if not item or item.startswith("#"):
            continue
        kid, sep, encoded = item.partition(":")
        kid = kid.strip()
        if not sep or not kid:
            raise KeyRingError(f"{source}: item {n} is not of the form kid:base64key")
        if kid in keys:
            raise KeyRingError(f"{source}: key id {kid[:64]!r} appears twice")
        try:
            keys[kid] = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise KeyRingError(f"{source}: key {kid[:64]!r} is not valid base64") from None
    if not keys:
        raise KeyRingError(f"{source} holds no keys")
    return keys
