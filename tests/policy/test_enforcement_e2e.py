"""Fail closed, monitor mode, reroute, output scanning and bindings, in the running app."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import openai
import pytest

from hushgate.auth import KeyStore
from tests.conftest import TEST_SECRET
from tests.policy.conftest import SHIPPED
from tests.policy.e2e import CANARY_NAME, CANARY_SSN, client, mock_config, running, user
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion

PROMPT = f"Write to {CANARY_NAME} about SSN {CANARY_SSN}."


@pytest.fixture(autouse=True)
def _upstream_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")


def policy_file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


class Exploding:
    def detect(self, text: str, *, field_name: str | None = None) -> list[Any]:
        raise RuntimeError(f"detector crashed on {text}")  # the message quotes content: it must go nowhere


class SlowAsync:
    async def adetect(self, text: str, *, field_name: str | None = None) -> list[Any]:
        await asyncio.sleep(1.0)
        return []


class SlowSync:
    def detect(self, text: str, *, field_name: str | None = None) -> list[Any]:
        time.sleep(0.15)
        return []


@pytest.mark.parametrize(("detector", "code"), [(Exploding(), "detector_error"), (SlowAsync(), "detector_timeout"), (SlowSync(), "detector_timeout")])
def test_detector_failure_blocks_the_request_and_sends_nothing(tmp_path: Path, mock_openai, log_stream, detector, code) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream, policy={"detection_timeout_ms": 100})) as (url, gateway):
        gateway.policy.detector = detector
        with pytest.raises(openai.InternalServerError) as info:
            client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT))
    assert info.value.status_code == 503
    assert info.value.body["code"] == code
    assert mock.received == []
    assert CANARY_SSN not in log_stream.getvalue().decode()


def test_detector_failure_is_recorded_as_a_blocked_decision(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    seen: list[Any] = []
    with running(tmp_path, mock_config(upstream)) as (url, gateway):
        gateway.policy.detector = Exploding()

        async def capture(ctx):  # type: ignore[no-untyped-def]
            seen.append(ctx.decision)

        gateway.pipeline.finalizers.append(capture)
        with pytest.raises(openai.InternalServerError):
            client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT))
    assert (seen[0].decision, seen[0].reason) == ("block", "detector_error")


def test_monitor_mode_forwards_unchanged_and_says_so(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    text = (SHIPPED / "default.yaml").read_text().replace("mode: enforce ", "mode: monitor ")
    with running(tmp_path, mock_config(upstream, policy={"file": policy_file(tmp_path, "m.yaml", text)})) as (url, _):
        raw = client(url).chat.completions.with_raw_response.create(model="public-gpt", messages=user(PROMPT))
    assert raw.headers["x-hushgate-policy-decision"] == "monitor"
    assert CANARY_SSN in mock.last.json["messages"][0]["content"]


def test_model_not_permitted_is_rerouted_to_the_named_model(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    text = (SHIPPED / "default.yaml").read_text().replace("on_model_denied: reject                 # 403 naming classes.PHI.allow",
                                                         "on_model_denied: reroute\n    reroute_to: vpc-gpt")  # fmt: skip
    with running(tmp_path, mock_config(upstream, policy={"file": policy_file(tmp_path, "r.yaml", text)})) as (url, _):
        raw = client(url).chat.completions.with_raw_response.create(model="public-gpt", messages=user("Patient MRN: 84736291"))
    assert raw.headers["x-hushgate-policy-decision"] == "reroute"
    assert mock.last.json["model"] == "vpc-upstream"


def test_new_identifier_in_the_answer_is_redacted(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Dear <PERSON_1>, the other SSN is 078-05-1120.")))
    policy = {"file": str(SHIPPED / "hipaa-safe-harbor.yaml")}
    with running(tmp_path, mock_config(upstream, policy=policy)) as (url, _):
        reply = client(url).chat.completions.create(model="vpc-gpt", messages=user(PROMPT))
    assert reply.choices[0].message.content == f"Dear {CANARY_NAME}, the other SSN is [REDACTED:US_SSN]."


def test_new_identifier_split_across_stream_chunks_is_redacted(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Dear <PERSON", "_1>, the other SSN is 078-0", "5-1120. Bye."])))
    policy = {"file": str(SHIPPED / "hipaa-safe-harbor.yaml")}
    with running(tmp_path, mock_config(upstream, policy=policy)) as (url, _):
        stream = client(url).chat.completions.create(model="vpc-gpt", messages=user(PROMPT), stream=True)
        text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == f"Dear {CANARY_NAME}, the other SSN is [REDACTED:US_SSN]. Bye."


def test_output_block_ends_the_stream_with_a_clean_error(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Sure. The SSN is 078-0", "5-1120."])))
    text = (SHIPPED / "default.yaml").read_text().replace("output: {new_pii: allow}", "output: {new_pii: block}")
    with running(tmp_path, mock_config(upstream, policy={"file": policy_file(tmp_path, "b.yaml", text)})) as (url, _):
        with pytest.raises(openai.APIError) as info:
            list(client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT), stream=True))
    assert "078-05-1120" not in str(info.value.body)
    assert info.value.body.get("code") == "policy_output_blocked" or "policy_output_blocked" in str(info.value.body)


def test_team_binding_selects_the_policy_from_the_key_not_the_request(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    keys_file = tmp_path / "keys.json"
    store = KeyStore(keys_file, TEST_SECRET)
    clinical, _ = store.create("clinic-app", team="clinical")
    other, _ = store.create("other-app", team="marketing")
    config = mock_config(upstream, policy={"bindings": [{"team": "clinical", "file": str(SHIPPED / "strict.yaml")}]})
    config["server"] = {"auth": {"mode": "keys", "keys_file": str(keys_file)}}
    with running(tmp_path, config) as (url, _):
        with pytest.raises(openai.PermissionDeniedError) as info:
            client(url, clinical).chat.completions.create(
                model="public-gpt", messages=user(PROMPT),
                extra_headers={"x-hushgate-team": "marketing", "x-hushgate-policy": "default"},
                extra_body={"metadata": {"team": "marketing", "policy": "default"}},
            )  # fmt: skip
        assert info.value.body["code"] == "policy_blocked"
        assert mock.received == []
        client(url, other).chat.completions.create(model="public-gpt", messages=user(PROMPT))
    assert "<PERSON_1>" in mock.last.json["messages"][0]["content"]


def test_hash_tokens_are_stable_within_a_tenant_and_differ_across_tenants(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    keys_file = tmp_path / "keys.json"
    store = KeyStore(keys_file, TEST_SECRET)
    a1, _ = store.create("a1", team="alpha")
    a2, _ = store.create("a2", team="alpha")
    b1, _ = store.create("b1", team="beta")
    text = (SHIPPED / "default.yaml").read_text().replace("      US_SSN: redact\n      US_ITIN", "      US_SSN: hash\n      US_ITIN", 1)
    config = mock_config(upstream, policy={"file": policy_file(tmp_path, "h.yaml", text)})
    config["server"] = {"auth": {"mode": "keys", "keys_file": str(keys_file)}}
    sent = []
    with running(tmp_path, config) as (url, _):
        for key in (a1, a2, b1):
            client(url, key).chat.completions.create(model="public-gpt", messages=user(f"SSN {CANARY_SSN}"))
            sent.append(mock.last.json["messages"][0]["content"])
    assert sent[0] == sent[1] != sent[2]
    assert all(s.startswith("SSN [HASH:US_SSN:") and CANARY_SSN not in s for s in sent)
