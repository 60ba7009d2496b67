"""Envelope encryption and the key ring."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from hushgate.cache.crypto import (
    NONCE_BYTES,
    SALT_BYTES,
    EnvelopeError,
    KeyRing,
    KeyRingError,
    read_header,
)

SLOT = b"a" * 64
OTHER_SLOT = b"b" * 64
EXPIRES = 4_102_444_800_000  # 2100-01-01


def ring(current: str = "v1", **keys: bytes) -> KeyRing:
    return KeyRing(keys or {"v1": b"\x01" * 32}, current)


def test_sealed_entry_opens_to_the_same_plaintext() -> None:
    r = ring()
    assert r.open(SLOT, r.seal(SLOT, b"payload", EXPIRES)) == b"payload"


def test_header_names_key_id_and_expiry() -> None:
    header = read_header(ring().seal(SLOT, b"payload", EXPIRES))
    assert (header.key_id, header.expires_at_ms) == ("v1", EXPIRES)


def test_every_write_uses_a_fresh_nonce() -> None:
    r = ring()
    nonces = set()
    for _ in range(20_000):
        blob = r.seal(SLOT, b"same", EXPIRES)
        size = read_header(blob).size
        nonces.add(blob[size : size + NONCE_BYTES])
    assert len(nonces) == 20_000


def test_plaintext_does_not_appear_in_the_envelope() -> None:
    assert b"CANARY-4111111111111111" not in ring().seal(SLOT, b"xx CANARY-4111111111111111 xx", EXPIRES)


def test_flipped_ciphertext_bit_is_tampering() -> None:
    blob = bytearray(ring().seal(SLOT, b"payload", EXPIRES))
    blob[-20] ^= 0x01
    with pytest.raises(EnvelopeError) as info:
        ring().open(SLOT, bytes(blob))
    assert info.value.reason == "tampered"


def test_edited_expiry_is_tampering() -> None:
    r = ring()
    blob = bytearray(r.seal(SLOT, b"payload", EXPIRES))
    header = read_header(bytes(blob))
    blob[header.size - SALT_BYTES - 1] ^= 0x01
    with pytest.raises(EnvelopeError, match="tampered"):
        r.open(SLOT, bytes(blob))


def test_entry_moved_to_another_slot_does_not_open() -> None:
    r = ring()
    with pytest.raises(EnvelopeError, match="tampered"):
        r.open(OTHER_SLOT, r.seal(SLOT, b"payload", EXPIRES))


def test_truncated_tag_is_rejected() -> None:
    r = ring()
    blob = r.seal(SLOT, b"payload", EXPIRES)
    with pytest.raises(EnvelopeError):
        r.open(SLOT, blob[:-1])


def test_value_shorter_than_a_header_is_truncated() -> None:
    with pytest.raises(EnvelopeError, match="truncated"):
        ring().open(SLOT, b"\x01\x02v1")


def test_unknown_format_version_is_rejected() -> None:
    blob = b"\x07" + ring().seal(SLOT, b"payload", EXPIRES)[1:]
    with pytest.raises(EnvelopeError, match="unknown_format"):
        ring().open(SLOT, blob)


def test_entry_under_a_key_missing_from_the_ring_is_unknown_key() -> None:
    blob = ring("old", old=b"\x02" * 32).seal(SLOT, b"payload", EXPIRES)
    with pytest.raises(EnvelopeError) as info:
        ring().open(SLOT, blob)
    assert (info.value.reason, info.value.key_id) == ("unknown_key", "old")


def test_relabelled_key_id_does_not_open_under_the_other_key() -> None:
    r = ring("v1", v1=b"\x01" * 32, v2=b"\x02" * 32)
    blob = r.seal(SLOT, b"payload", EXPIRES)
    relabelled = blob.replace(b"v1", b"v2", 1)
    with pytest.raises(EnvelopeError, match="tampered"):
        r.open(SLOT, relabelled)


def test_older_keys_decrypt_but_the_current_key_encrypts() -> None:
    old = ring("v1", v1=b"\x01" * 32)
    new = ring("v2", v1=b"\x01" * 32, v2=b"\x02" * 32)
    assert new.open(SLOT, old.seal(SLOT, b"payload", EXPIRES)) == b"payload"
    assert read_header(new.seal(SLOT, b"payload", EXPIRES)).key_id == "v2"


def test_every_write_is_sealed_under_its_own_entry_key() -> None:
    r = ring()
    salts = {read_header(r.seal(SLOT, b"same", EXPIRES)).salt for _ in range(20_000)}
    assert len(salts) == 20_000


def test_edited_salt_is_tampering() -> None:
    r = ring()
    blob = bytearray(r.seal(SLOT, b"payload", EXPIRES))
    blob[read_header(bytes(blob)).size - 1] ^= 0x01
    with pytest.raises(EnvelopeError, match="tampered"):
        r.open(SLOT, bytes(blob))


def test_key_ring_rejects_short_keys_without_echoing_them() -> None:
    with pytest.raises(KeyRingError) as info:
        KeyRing({"v1": b"short-key-material"}, "v1")
    assert "short-key-material" not in str(info.value)


def test_key_ring_rejects_a_current_key_it_does_not_hold() -> None:
    with pytest.raises(KeyRingError, match="not in the key ring"):
        KeyRing({"v1": b"\x01" * 32}, "v2")


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


def test_key_ring_loads_from_the_environment() -> None:
    k1, k2 = os.urandom(32), os.urandom(32)
    r = KeyRing.from_environment(
        {"HUSHGATE_CACHE_KEYS": f"v1:{b64(k1)}, v2:{b64(k2)}", "HUSHGATE_CACHE_CURRENT_KEY": "v2"}
    )
    assert (r.current, r.key_ids) == ("v2", frozenset({"v1", "v2"}))


def test_key_ring_loads_from_a_mounted_file(tmp_path: Path) -> None:
    path = tmp_path / "cache-keys"
    path.write_text(f"# rotated 2026-11\nv1:{b64(os.urandom(32))}\nv2:{b64(os.urandom(32))}\n")
    r = KeyRing.from_environment({"HUSHGATE_CACHE_KEYS_FILE": str(path), "HUSHGATE_CACHE_CURRENT_KEY": "v1"})
    assert r.current == "v1"


def test_single_key_is_current_by_default() -> None:
    assert KeyRing.from_environment({"HUSHGATE_CACHE_KEYS": f"only:{b64(os.urandom(32))}"}).current == "only"


def test_several_keys_need_a_named_current_key() -> None:
    spec = f"v1:{b64(os.urandom(32))},v2:{b64(os.urandom(32))}"
    with pytest.raises(KeyRingError, match="HUSHGATE_CACHE_CURRENT_KEY"):
        KeyRing.from_environment({"HUSHGATE_CACHE_KEYS": spec})


def test_missing_key_ring_is_an_error() -> None:
    with pytest.raises(KeyRingError, match="no cache encryption keys"):
        KeyRing.from_environment({})


def test_invalid_base64_is_reported_without_the_value() -> None:
    with pytest.raises(KeyRingError) as info:
        KeyRing.from_environment({"HUSHGATE_CACHE_KEYS": "v1:not*base64*secretvalue"})
    assert "secretvalue" not in str(info.value)
