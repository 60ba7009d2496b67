"""Behaviour of ResponseCache, run against the memory, SQLite and Redis backends."""

from __future__ import annotations

from structlog.testing import capture_logs

from hushgate.cache import CachedResponse, KeyRing, ResponseCache, cache_key
from hushgate.cache.crypto import read_header
from hushgate.secrets import ServerSecret


CANARY = "CANARY-PII-Jane-Roe-078-05-1120"
BODY = b'{"id":"chatcmpl-1","choices":[{"message":{"role":"assistant","content":"Hello <PERSON_1>"}}]}'


async def stored(storage, slot: str) -> bytes:  # type: ignore[no-untyped-def]
    value = await storage.get(slot)
    assert value is not None
    return value


def key_for(secret: ServerSecret, tenant: str = "acme", model: str = "gpt-4o", policy: str = "p-1", text: str = "hi"):  # type: ignore[no-untyped-def]
    body = {"messages": [{"role": "user", "content": text}], "temperature": 0}
    return cache_key(secret, tenant=tenant, policy_version=policy, model=model, body=body)


async def test_empty_cache_misses(cache: ResponseCache, secret: ServerSecret) -> None:
    assert await cache.get(key_for(secret)) is None


async def test_stored_json_response_is_served(cache: ResponseCache, secret: ServerSecret) -> None:
    key = key_for(secret)
    assert await cache.put(key, CachedResponse.from_json(BODY), 60)
    assert await cache.get(key) == CachedResponse.from_json(BODY)


async def test_stored_stream_is_replayed_chunk_for_chunk(cache: ResponseCache, secret: ServerSecret) -> None:
    chunks = [b'{"choices":[{"delta":{"content":"Hel"}}]}', b'{"choices":[{"delta":{"content":"lo"}}]}', b""]
    key = key_for(secret)
    await cache.put(key, CachedResponse.from_stream(chunks), 60)
    hit = await cache.get(key)
    assert hit is not None and hit.is_stream and list(hit.chunks or ()) == chunks


async def test_other_tenant_misses(cache: ResponseCache, secret: ServerSecret) -> None:
    await cache.put(key_for(secret, tenant="acme"), CachedResponse.from_json(BODY), 60)
    assert await cache.get(key_for(secret, tenant="globex")) is None


async def test_other_model_misses(cache: ResponseCache, secret: ServerSecret) -> None:
    await cache.put(key_for(secret, model="gpt-4o"), CachedResponse.from_json(BODY), 60)
    assert await cache.get(key_for(secret, model="gpt-4o-mini")) is None


async def test_changed_policy_misses(cache: ResponseCache, secret: ServerSecret) -> None:
    await cache.put(key_for(secret, policy="p-1"), CachedResponse.from_json(BODY), 60)
    assert await cache.get(key_for(secret, policy="p-2")) is None


async def test_entry_past_its_ttl_is_not_served(cache: ResponseCache, secret: ServerSecret, clock) -> None:
    key = key_for(secret)
    await cache.put(key, CachedResponse.from_json(BODY), 30)
    clock.advance(31)
    assert await cache.get(key) is None


async def test_entry_larger_than_the_limit_is_not_stored(make_cache, key_v1: bytes, secret: ServerSecret) -> None:  # type: ignore[no-untyped-def]
    cache = make_cache(KeyRing({"v1": key_v1}, "v1"), max_entry_bytes=1024)
    key = key_for(secret)
    assert not await cache.put(key, CachedResponse.from_json(b"x" * 2048), 60)
    assert await cache.get(key) is None


async def test_hits_and_misses_are_counted(cache: ResponseCache, secret: ServerSecret) -> None:
    key = key_for(secret)
    await cache.get(key)
    await cache.put(key, CachedResponse.from_json(BODY), 60)
    await cache.get(key)
    await cache.get(key)
    assert (cache.stats.hits, cache.stats.misses) == (2, 1)


async def test_tampered_ciphertext_is_a_miss_logged_without_content(
    cache: ResponseCache, storage, secret: ServerSecret
) -> None:
    key = key_for(secret)
    await cache.put(key, CachedResponse.from_json(BODY), 60)
    blob = bytearray(await stored(storage, key.digest))
    blob[-30] ^= 0xFF
    await storage.set(key.digest, bytes(blob))
    with capture_logs() as logs:
        assert await cache.get(key) is None
    assert logs == [{"event": "cache.entry_integrity_failure", "key_id": "v1", "reason": "tampered", "log_level": "warning"}]


async def test_truncated_value_is_a_miss(cache: ResponseCache, storage, secret: ServerSecret) -> None:
    key = key_for(secret)
    await cache.put(key, CachedResponse.from_json(BODY), 60)
    await storage.set(key.digest, (await stored(storage, key.digest))[:40])
    assert await cache.get(key) is None


async def test_entries_swapped_between_slots_are_misses(
    cache: ResponseCache, storage, secret: ServerSecret
) -> None:
    mine, theirs = key_for(secret, tenant="acme"), key_for(secret, tenant="globex")
    await cache.put(mine, CachedResponse.from_json(b'{"owner":"acme"}'), 60)
    await cache.put(theirs, CachedResponse.from_json(b'{"owner":"globex"}'), 60)
    mine_blob, theirs_blob = await stored(storage, mine.digest), await stored(storage, theirs.digest)
    await storage.set(mine.digest, theirs_blob)
    await storage.set(theirs.digest, mine_blob)
    assert await cache.get(mine) is None
    assert await cache.get(theirs) is None


async def test_entry_under_an_unknown_key_id_is_a_miss(make_cache, secret: ServerSecret) -> None:  # type: ignore[no-untyped-def]
    writer = make_cache(KeyRing({"other": b"\x07" * 32}, "other"))
    reader = make_cache(KeyRing({"v1": b"\x01" * 32}, "v1"))
    key = key_for(secret)
    await writer.put(key, CachedResponse.from_json(BODY), 60)
    with capture_logs() as logs:
        assert await reader.get(key) is None
    assert [(e["key_id"], e["reason"]) for e in logs] == [("other", "unknown_key")]


async def test_entries_under_the_old_key_still_read_after_rotation(
    make_cache, key_v1: bytes, key_v2: bytes, secret: ServerSecret
) -> None:  # type: ignore[no-untyped-def]
    before = make_cache(KeyRing({"v1": key_v1}, "v1"))
    after = make_cache(KeyRing({"v1": key_v1, "v2": key_v2}, "v2"))
    key = key_for(secret)
    await before.put(key, CachedResponse.from_json(BODY), 60)
    assert await after.get(key) == CachedResponse.from_json(BODY)


async def test_new_writes_use_the_current_key(
    make_cache, storage, key_v1: bytes, key_v2: bytes, secret: ServerSecret
) -> None:  # type: ignore[no-untyped-def]
    cache = make_cache(KeyRing({"v1": key_v1, "v2": key_v2}, "v2"))
    key = key_for(secret)
    await cache.put(key, CachedResponse.from_json(BODY), 60)
    assert read_header(await stored(storage, key.digest)).key_id == "v2"


async def test_retiring_the_old_key_turns_its_entries_into_misses(
    make_cache, key_v1: bytes, key_v2: bytes, secret: ServerSecret
) -> None:  # type: ignore[no-untyped-def]
    before = make_cache(KeyRing({"v1": key_v1}, "v1"))
    retired = make_cache(KeyRing({"v2": key_v2}, "v2"))
    key = key_for(secret)
    await before.put(key, CachedResponse.from_json(BODY), 60)
    assert await retired.get(key) is None


async def test_rotate_reencrypts_old_entries_under_the_current_key(
    make_cache, storage, key_v1: bytes, key_v2: bytes, secret: ServerSecret
) -> None:  # type: ignore[no-untyped-def]
    before = make_cache(KeyRing({"v1": key_v1}, "v1"))
    keys = [key_for(secret, text=str(i)) for i in range(3)]
    for key in keys:
        await before.put(key, CachedResponse.from_json(BODY), 60)
    rotating = make_cache(KeyRing({"v1": key_v1, "v2": key_v2}, "v2"))
    report = await rotating.rotate()
    assert (report.reencrypted, report.dropped) == (3, 0)
    only_v2 = make_cache(KeyRing({"v2": key_v2}, "v2"))
    assert [await only_v2.get(k) for k in keys] == [CachedResponse.from_json(BODY)] * 3


async def test_rotate_keeps_the_remaining_ttl(
    make_cache, key_v1: bytes, key_v2: bytes, secret: ServerSecret, clock
) -> None:  # type: ignore[no-untyped-def]
    before = make_cache(KeyRing({"v1": key_v1}, "v1"))
    key = key_for(secret)
    await before.put(key, CachedResponse.from_json(BODY), 60)
    clock.advance(50)
    after = make_cache(KeyRing({"v1": key_v1, "v2": key_v2}, "v2"))
    await after.rotate()
    clock.advance(11)
    assert await after.get(key) is None


async def test_rotate_with_drop_deletes_entries_under_older_keys(
    make_cache, key_v1: bytes, key_v2: bytes, secret: ServerSecret
) -> None:  # type: ignore[no-untyped-def]
    before = make_cache(KeyRing({"v1": key_v1}, "v1"))
    old_key, new_key = key_for(secret, text="old"), key_for(secret, text="new")
    await before.put(old_key, CachedResponse.from_json(BODY), 60)
    after = make_cache(KeyRing({"v1": key_v1, "v2": key_v2}, "v2"))
    await after.put(new_key, CachedResponse.from_json(BODY), 60)
    report = await after.rotate(drop=True)
    assert (report.kept, report.dropped) == (1, 1)
    assert await after.get(old_key) is None and await after.get(new_key) is not None


async def test_rotate_deletes_entries_under_keys_no_longer_in_the_ring(
    make_cache, storage, key_v1: bytes, key_v2: bytes, secret: ServerSecret
) -> None:  # type: ignore[no-untyped-def]
    before = make_cache(KeyRing({"v1": key_v1}, "v1"))
    key = key_for(secret)
    await before.put(key, CachedResponse.from_json(BODY), 60)
    report = await make_cache(KeyRing({"v2": key_v2}, "v2")).rotate()
    assert report.dropped == 1
    assert await storage.get(key.digest) is None


async def test_purge_empties_the_backend(cache: ResponseCache, secret: ServerSecret) -> None:
    keys = [key_for(secret, text=str(i)) for i in range(5)]
    for key in keys:
        await cache.put(key, CachedResponse.from_json(BODY), 60)
    assert await cache.purge() == 5
    assert [await cache.get(k) for k in keys] == [None] * 5


async def test_canary_never_reaches_storage_in_clear(
    cache: ResponseCache, storage, secret: ServerSecret
) -> None:
    # The pipeline only stores redacted text; even so, whatever is stored must be sealed.
    key = cache_key(
        secret, tenant="acme", policy_version="p-1", model="gpt-4o", body={"messages": [{"content": CANARY}]}
    )
    await cache.put(key, CachedResponse.from_json(f'{{"content":"{CANARY}"}}'.encode()), 60)
    await cache.put(key_for(secret), CachedResponse.from_stream([CANARY.encode(), b"[tail]"]), 60)
    raw = await storage.raw()
    assert raw  # the scan saw the stored entries
    for form in (CANARY.encode(), CANARY.encode("utf-16-le"), b"Jane-Roe"):
        assert form not in raw


async def test_logs_never_carry_content_tenant_or_digest(
    cache: ResponseCache, storage, secret: ServerSecret
) -> None:
    key = key_for(secret, tenant="tenant-" + CANARY)
    await cache.put(key, CachedResponse.from_json(CANARY.encode()), 60)
    await storage.set(key.digest, b"\x01\x02v1garbage")
    with capture_logs() as logs:
        await cache.get(key)
        await cache.rotate()
    text = repr(logs)
    assert logs and CANARY not in text and key.digest not in text and "Jane" not in text
