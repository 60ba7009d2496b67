"""End to end: the real app under uvicorn, a counting mock OpenAI upstream, the cache in between."""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from hushgate.app import create_app
from hushgate.auth import KeyStore
from hushgate.config import load_settings
from tests.conftest import TEST_SECRET, upstream_config
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion
from tests.support.servers import serve

CANARY = "CANARY-7731-Jane-Roe-078-05-1120"
PROMPT = {"model": "gpt-test", "messages": [{"role": "user", "content": "Summarize the note."}], "temperature": 0}


@pytest.fixture
def start_gateway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., str]]:
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    monkeypatch.setenv("HUSHGATE_CACHE_KEYS", "k1:" + base64.b64encode(os.urandom(32)).decode())
    monkeypatch.setenv("HUSHGATE_AUDIT_SIGNING_KEY", base64.b64encode(os.urandom(32)).decode())
    contexts: list[Any] = []

    def start(upstream: str, cache: dict[str, Any], **config: Any) -> str:
        # Audit on, into the test's directory: the canary scan covers its files too.
        merged = upstream_config(upstream, audit={"directory": str(tmp_path / "audit")}, **config)
        merged["models"]["gpt-other"] = merged["models"]["gpt-test"]
        config_file = tmp_path / f"hushgate-{len(contexts)}.yaml"
        config_file.write_text(yaml.safe_dump({**merged, "cache": {"enabled": True, **cache}}))
        context = serve(create_app(load_settings(config_file), secret=TEST_SECRET))
        contexts.append(context)
        return context.__enter__()

    yield start
    for context in reversed(contexts):
        context.__exit__(None, None, None)


@pytest.fixture
def sqlite_cache(tmp_path: Path) -> dict[str, Any]:
    return {"backend": "sqlite", "sqlite_path": str(tmp_path / "cache" / "hushgate-cache.sqlite3")}


def post(url: str, body: dict[str, Any], key: str | None = None, **headers: str) -> httpx.Response:
    if key:
        headers["authorization"] = f"Bearer {key}"
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=10)


def test_identical_requests_call_the_upstream_once(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    url = start_gateway(upstream, sqlite_cache)
    first, second = post(url, PROMPT), post(url, PROMPT)
    assert len(mock.received) == 1
    assert (first.headers["x-hushgate-cache"], second.headers["x-hushgate-cache"]) == ("miss", "hit")
    assert second.json() == first.json()


def test_different_model_misses(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    url = start_gateway(upstream, sqlite_cache)
    post(url, PROMPT)
    assert post(url, {**PROMPT, "model": "gpt-other"}).headers["x-hushgate-cache"] == "miss"
    assert len(mock.received) == 2


def test_different_tenant_misses(start_gateway, mock_openai, sqlite_cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    keys_file = tmp_path / "keys.json"
    store = KeyStore(keys_file, TEST_SECRET)
    acme, _ = store.create("app", team="acme")
    acme_too, _ = store.create("batch", team="acme")
    globex, _ = store.create("app", team="globex")
    url = start_gateway(upstream, sqlite_cache, auth="keys", keys_file=keys_file)
    post(url, PROMPT, acme)
    assert post(url, PROMPT, acme_too).headers["x-hushgate-cache"] == "hit"
    assert post(url, PROMPT, globex).headers["x-hushgate-cache"] == "miss"
    assert len(mock.received) == 2


def test_changed_sampling_parameter_misses(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    url = start_gateway(upstream, sqlite_cache)
    post(url, PROMPT)
    post(url, {**PROMPT, "temperature": 1})
    assert len(mock.received) == 2


@pytest.mark.parametrize("headers", [{"cache-control": "no-store"}, {"x-hushgate-cache": "bypass"}])
def test_client_opt_out_skips_the_cache(start_gateway, mock_openai, sqlite_cache, headers) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    url = start_gateway(upstream, sqlite_cache)
    post(url, PROMPT)
    reply = post(url, PROMPT, **headers)
    assert reply.headers["x-hushgate-cache"] == "bypass" and len(mock.received) == 2


def sdk(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=10)


def streamed_text(url: str) -> str:
    stream = sdk(url).chat.completions.create(model="gpt-test", messages=PROMPT["messages"], temperature=0, stream=True)
    return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


def test_completed_stream_is_replayed_as_sse(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Cached", " stream", "."])))
    url = start_gateway(upstream, sqlite_cache)
    assert streamed_text(url) == streamed_text(url) == "Cached stream."
    assert len(mock.received) == 1


def test_streamed_entry_serves_a_non_streamed_request(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Cached", " stream", "."])))
    url = start_gateway(upstream, sqlite_cache)
    streamed_text(url)
    reply = sdk(url).chat.completions.create(model="gpt-test", messages=PROMPT["messages"], temperature=0)
    assert reply.choices[0].message.content == "Cached stream." and len(mock.received) == 1


def test_non_streamed_entry_serves_a_streamed_request(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Whole answer.")))
    url = start_gateway(upstream, sqlite_cache)
    sdk(url).chat.completions.create(model="gpt-test", messages=PROMPT["messages"], temperature=0)
    assert streamed_text(url) == "Whole answer." and len(mock.received) == 1


def test_aborted_stream_is_never_stored(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Cut", " off", " here"]), truncate_after=2))
    url = start_gateway(upstream, sqlite_cache)
    with pytest.raises(openai.APIError):  # the gateway reports the interruption in-stream
        streamed_text(url)
    assert streamed_text(url) == "Hello from upstream."
    assert len(mock.received) == 2


@pytest.fixture(params=["sqlite", "redis"])
def persistent_cache(request: pytest.FixtureRequest, sqlite_cache: dict[str, Any]) -> dict[str, Any]:
    if request.param == "sqlite":
        return sqlite_cache
    server = request.getfixturevalue("redis_server")
    return {"backend": "redis", "redis_url": server.url, "redis_prefix": f"e2e-{os.urandom(4).hex()}:"}


async def redis_dump(url: str) -> bytes:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    try:
        dumped = []
        async for name in client.scan_iter(match="*", count=1000):
            dumped += [name, await client.dump(name) or b""]
        return b"".join(dumped)
    finally:
        await client.aclose()


def disk_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file() and not p.name.endswith(".yaml"))


@pytest.fixture
def everything_stored(persistent_cache: dict[str, Any], tmp_path: Path, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """All bytes at rest: the test's directory (cache file, audit log) and, for Redis, its keyspace and work dir."""

    async def collect() -> bytes:
        stored = disk_bytes(tmp_path)
        if persistent_cache["backend"] == "redis":
            stored += await redis_dump(persistent_cache["redis_url"])
            stored += disk_bytes(request.getfixturevalue("redis_server").dir)
        return stored

    return collect


async def test_canary_never_reaches_the_store_or_disk(  # type: ignore[no-untyped-def]
    start_gateway, mock_openai, persistent_cache, everything_stored
) -> None:
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion(f"Patient {CANARY} is stable.")))
    url = start_gateway(upstream, persistent_cache)
    body = {**PROMPT, "messages": [{"role": "user", "content": f"Note about {CANARY}"}]}
    async with httpx.AsyncClient(timeout=10) as client:
        first = await client.post(f"{url}/v1/chat/completions", json=body)
        second = await client.post(f"{url}/v1/chat/completions", json=body)
    assert second.headers["x-hushgate-cache"] == "hit" and CANARY in second.text
    stored = await everything_stored()
    assert len(stored) > 0 and first.status_code == 200
    for form in (CANARY.encode(), CANARY.encode("utf-16-le"), b"Jane-Roe"):
        assert form not in stored


def test_changed_policy_misses(start_gateway, mock_openai, sqlite_cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    shipped = Path(__file__).resolve().parents[2] / "policies" / "default.yaml"
    edited = tmp_path / "edited-policy.yaml"
    edited.write_text(shipped.read_text().replace("ttl_seconds: 3600", "ttl_seconds: 1800", 1))
    # Three gateways share one cache file: the same policy hits, a changed one misses.
    before = start_gateway(upstream, sqlite_cache, policy={"file": str(shipped)})
    same = start_gateway(upstream, sqlite_cache, policy={"file": str(shipped)})
    changed = start_gateway(upstream, sqlite_cache, policy={"file": str(edited)})
    post(before, PROMPT)
    assert post(same, PROMPT).headers["x-hushgate-cache"] == "hit"
    assert post(changed, PROMPT).headers["x-hushgate-cache"] == "miss"
    assert len(mock.received) == 2


def ask_to_email(address: str) -> dict[str, Any]:
    return {**PROMPT, "messages": [{"role": "user", "content": f"Write a short reply to {address} about the invoice."}]}


async def test_hit_is_restored_with_each_requests_own_pseudonyms(  # type: ignore[no-untyped-def]
    start_gateway, mock_openai, persistent_cache, everything_stored
) -> None:
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Reply sent to <EMAIL_ADDRESS_1>.")))
    url = start_gateway(upstream, persistent_cache)
    jane, max_ = "jane.roe.7731@example.com", "max.mustermann.4412@example.org"
    async with httpx.AsyncClient(timeout=10) as client:
        first = await client.post(f"{url}/v1/chat/completions", json=ask_to_email(jane))
        second = await client.post(f"{url}/v1/chat/completions", json=ask_to_email(max_))
    assert len(mock.received) == 1 and jane.encode() not in mock.last.raw
    assert second.headers["x-hushgate-cache"] == "hit"
    assert first.json()["choices"][0]["message"]["content"] == f"Reply sent to {jane}."
    assert second.json()["choices"][0]["message"]["content"] == f"Reply sent to {max_}."
    stored = await everything_stored()
    assert b"<EMAIL_ADDRESS_1>" not in stored  # even the pseudonymized answer is sealed
    assert jane.encode() not in stored and max_.encode() not in stored


def test_answer_the_output_scan_redacts_is_never_stored(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    invented = "ann.example.2209@example.net"
    mock.then(Scripted(body=chat_completion(f"Write to {invented} for the records.")))
    hipaa = Path(__file__).resolve().parents[2] / "policies" / "hipaa-safe-harbor.yaml"
    url = start_gateway(upstream, sqlite_cache, policy={"file": str(hipaa)})
    first = post(url, PROMPT)
    assert invented not in first.text  # the policy redacts identifiers the model invents
    assert post(url, PROMPT).headers["x-hushgate-cache"] == "miss"
    assert len(mock.received) == 2


def test_anthropic_clients_are_served_from_the_cache_in_their_own_dialect(start_gateway, mock_openai, sqlite_cache) -> None:  # type: ignore[no-untyped-def]
    import anthropic

    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Cached for Claude clients.")))
    url = start_gateway(upstream, sqlite_cache)
    client = anthropic.Anthropic(base_url=url, api_key="unused", max_retries=0, timeout=10)
    ask = {"model": "gpt-test", "max_tokens": 64, "messages": [{"role": "user", "content": "Summarize the note."}]}
    whole = client.messages.create(**ask)
    with client.messages.stream(**ask) as stream:
        streamed = "".join(stream.text_stream)
    assert whole.content[0].text == streamed == "Cached for Claude clients."
    assert len(mock.received) == 1


def test_gateway_shutdown_closes_the_cache_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hushgate.config import load_settings
    from tests.conftest import write_config

    monkeypatch.setenv("HUSHGATE_CACHE_KEYS", "k1:" + base64.b64encode(os.urandom(32)).decode())
    config = upstream_config("http://127.0.0.1:9") | {"cache": {"enabled": True, "backend": "sqlite", "sqlite_path": str(tmp_path / "c.sqlite3")}}
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "k")
    app = create_app(load_settings(write_config(tmp_path, config)), secret=TEST_SECRET)
    with serve(app):
        pass
    backend = app.state.gateway.cache.backend
    assert backend._conn is None and backend._executor._shutdown
