"""Cache keys: keyed, tenant-scoped, over the whole redacted request."""

from __future__ import annotations

from typing import Any

from hushgate.cache import cache_key
from hushgate.cache.keys import canonical_request
from hushgate.secrets import ServerSecret

SECRET = ServerSecret(b"cache-key-test-secret-material-0001")
BODY: dict[str, Any] = {
    "model": "gpt-4o",
    "messages": [{"role": "user", "content": "Summarize the note for <PERSON_1>."}],
    "temperature": 0.2,
}


def key(secret: ServerSecret = SECRET, **overrides: Any) -> str:
    args: dict[str, Any] = {"tenant": "acme", "policy_version": "p-1", "model": "gpt-4o", "body": BODY}
    args.update(overrides)
    return cache_key(secret, **args).digest


def test_identical_requests_share_a_key() -> None:
    assert key() == key(body=dict(BODY))


def test_key_is_independent_of_field_order() -> None:
    assert key() == key(body=dict(reversed(list(BODY.items()))))


def test_different_tenant_gets_a_different_key() -> None:
    assert key(tenant="acme") != key(tenant="globex")


def test_different_policy_version_gets_a_different_key() -> None:
    assert key(policy_version="p-1") != key(policy_version="p-2")


def test_different_model_gets_a_different_key() -> None:
    assert key(model="gpt-4o") != key(model="gpt-4o-mini")


def test_scope_partitions_keys() -> None:
    assert key(scope="") != key(scope="principal:alice")


def test_sampling_parameters_are_part_of_the_key() -> None:
    assert key() != key(body={**BODY, "temperature": 0.7})
    assert key() != key(body={**BODY, "seed": 7})


def test_stream_flags_do_not_change_the_key() -> None:
    streamed = {**BODY, "stream": True, "stream_options": {"include_usage": True}}
    assert key(body=streamed) == key()


def test_requests_sharing_a_long_prefix_get_distinct_keys() -> None:
    prefix = "x" * 8192
    first = {"messages": [{"role": "user", "content": prefix + "A"}]}
    second = {"messages": [{"role": "user", "content": prefix + "B"}]}
    assert key(body=first) != key(body=second)


def test_key_depends_on_the_server_secret() -> None:
    assert key() != key(secret=ServerSecret(b"another-server-secret-material-02"))


def test_key_is_not_a_plain_hash_of_the_request() -> None:
    import hashlib

    canonical = canonical_request(tenant="acme", policy_version="p-1", model="gpt-4o", body=BODY)
    assert key() != hashlib.sha256(canonical).hexdigest()


def test_digest_carries_no_request_text() -> None:
    canary = "CANARY-SSN-078-05-1120"
    digest = key(body={"messages": [{"role": "user", "content": canary}]}, tenant="tenant-canary")
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert "CANARY" not in digest and "canary" not in digest


def test_tenant_boundary_cannot_be_forged_by_concatenation() -> None:
    # "ab" + "c" vs "a" + "bc" must not collide: fields are serialized, not concatenated.
    assert key(tenant="ab", policy_version="c") != key(tenant="a", policy_version="bc")
