"""The policy stages in the real app under uvicorn, driven by the official openai SDK.

The recording mock shows exactly what left the network; the echo provider
answers with what it received, so its reply (after restoration) shows the
client's view of the round trip.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import orjson
import pytest

from tests.policy.conftest import SHIPPED
from tests.policy.e2e import CANARY_EMAIL, CANARY_MRN, CANARY_NAME, CANARY_SSN, client, echo_config, mock_config, running, user
from tests.support.mock_openai import Scripted, chat_chunks, chat_completion

PROMPT = f"Write to {CANARY_NAME} at {CANARY_EMAIL} about SSN {CANARY_SSN}."


@pytest.fixture(autouse=True)
def _upstream_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")


def sent_text(mock) -> str:  # type: ignore[no-untyped-def]
    return mock.last.json["messages"][0]["content"]


def test_upstream_receives_placeholders_and_redactions_only(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT))
    assert sent_text(mock) == "Write to <PERSON_1> at <EMAIL_ADDRESS_1> about SSN [REDACTED:US_SSN]."


def test_pseudonyms_in_the_answer_are_restored_for_the_client(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Dear <PERSON_1>, we will email <EMAIL_ADDRESS_1>.")))
    with running(tmp_path, mock_config(upstream)) as (url, _):
        reply = client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT))
    assert reply.choices[0].message.content == f"Dear {CANARY_NAME}, we will email {CANARY_EMAIL}."


def test_echo_round_trip_restores_pseudonyms_but_not_redactions(tmp_path: Path) -> None:
    with running(tmp_path, echo_config()) as (url, _):
        reply = client(url).chat.completions.create(model="echo", messages=user(PROMPT))
    echoed = orjson.loads(reply.choices[0].message.content)[0]["content"]
    assert echoed == f"Write to {CANARY_NAME} at {CANARY_EMAIL} about SSN [REDACTED:US_SSN]."


def test_placeholder_split_across_stream_chunks_is_restored(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(chunks=chat_chunks(["Dear <PER", "SON_1>, mail <EMAIL_ADD", "RESS_1", "> now <PERSON_"])))
    with running(tmp_path, mock_config(upstream)) as (url, _):
        stream = client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT), stream=True)
        text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == f"Dear {CANARY_NAME}, mail {CANARY_EMAIL} now <PERSON_"


def test_echo_stream_round_trip_restores_every_placeholder(tmp_path: Path) -> None:
    with running(tmp_path, echo_config()) as (url, _):
        stream = client(url).chat.completions.create(model="echo", messages=user(PROMPT), stream=True)
        text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert orjson.loads(text)[0]["content"] == f"Write to {CANARY_NAME} at {CANARY_EMAIL} about SSN [REDACTED:US_SSN]."


def test_tool_call_arguments_in_the_answer_are_restored(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    call = {"id": "call_1", "type": "function", "function": {"name": "send_mail", "arguments": '{"to": "<EMAIL_ADDRESS_1>", "name": "<PERSON_1>"}'}}
    mock.then(Scripted(body=chat_completion(tool_calls=[call])))
    with running(tmp_path, mock_config(upstream)) as (url, _):
        reply = client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT))
    args = orjson.loads(reply.choices[0].message.tool_calls[0].function.arguments)
    assert args == {"to": CANARY_EMAIL, "name": CANARY_NAME}


def test_streamed_tool_call_argument_deltas_are_restored(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    pieces = ['{"to": "<EMAIL', '_ADDRESS_1>", "n', 'ame": "<PERSON_1', '>"}']
    chunks = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [
        {"index": 0, "id": "call_1", "type": "function", "function": {"name": "send_mail", "arguments": ""}}]}, "finish_reason": None}]}]  # fmt: skip
    chunks += [{**base, "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": p}}]}, "finish_reason": None}]} for p in pieces]
    chunks.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    mock.then(Scripted(chunks=chunks))
    with running(tmp_path, mock_config(upstream)) as (url, _):
        stream = client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT), stream=True)
        args = "".join(
            tc.function.arguments or "" for c in stream if c.choices for tc in (c.choices[0].delta.tool_calls or [])
        )
    assert orjson.loads(args) == {"to": CANARY_EMAIL, "name": CANARY_NAME}


def test_tool_call_arguments_in_the_history_are_transformed(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    messages = [
        *user(PROMPT),
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": "lookup", "arguments": orjson.dumps({"ssn": CANARY_SSN, "who": CANARY_NAME}).decode()}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"{CANARY_NAME}: found"},
    ]  # fmt: skip
    with running(tmp_path, mock_config(upstream)) as (url, _):
        client(url).chat.completions.create(model="public-gpt", messages=messages)
    raw = mock.last.raw.decode()
    assert CANARY_SSN not in raw and CANARY_NAME not in raw
    sent = mock.last.json["messages"]
    assert orjson.loads(sent[1]["tool_calls"][0]["function"]["arguments"]) == {"ssn": "[REDACTED:US_SSN]", "who": "<PERSON_1>"}
    assert sent[2]["content"] == "<PERSON_1>: found"


def test_embeddings_input_is_redacted_before_it_leaves(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        client(url).embeddings.create(model="embed", input=[f"SSN {CANARY_SSN}", "plain"])
    assert mock.last.json["input"] == ["SSN [REDACTED:US_SSN]", "plain"]


def test_phi_for_a_model_without_baa_is_refused_and_nothing_is_sent(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        with pytest.raises(openai.PermissionDeniedError) as info:
            client(url).chat.completions.create(model="public-gpt", messages=user(f"Patient MRN: {CANARY_MRN} follow-up"))
    assert info.value.body["code"] == "policy_model_denied"
    assert "classes.PHI.allow" in info.value.body["message"]
    assert CANARY_MRN not in info.value.body["message"]
    assert mock.received == []


def test_phi_goes_to_the_in_vpc_model(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        client(url).chat.completions.create(model="vpc-gpt", messages=user(f"Patient MRN: {CANARY_MRN} follow-up"))
    assert mock.last.json["model"] == "vpc-upstream"
    assert CANARY_MRN not in mock.last.raw.decode()


def test_declared_class_header_raises_the_class(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        with pytest.raises(openai.PermissionDeniedError):
            client(url).chat.completions.create(
                model="public-gpt", messages=user("a generic question"), extra_headers={"x-hushgate-data-class": "PHI"}
            )
    assert mock.received == []


def test_unknown_declared_class_is_refused(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        with pytest.raises(openai.BadRequestError) as info:
            client(url).chat.completions.create(
                model="public-gpt", messages=user("hello"), extra_headers={"x-hushgate-data-class": "NOPE"}
            )
    assert info.value.body["code"] == "unknown_data_class"
    assert mock.received == []


@pytest.mark.parametrize(
    "weakening",
    [
        {"extra_headers": {"x-hushgate-data-class": "PUBLIC"}},
        {"extra_headers": {"x-hushgate-policy": "none", "x-hushgate-mode": "monitor", "x-hushgate-guardrails": "off"}},
        {"extra_body": {"metadata": {"policy": "none", "guardrails": [], "disable_global_guardrails": True}}},
        {"user": "admin"},
        {"extra_body": {"hushgate": {"policy": "monitor", "redact": False}, "guardrails": [], "policy": "none"}},
    ],
    ids=["declared-lower-class", "policy-headers", "metadata", "user", "extra-body-fields"],
)
def test_nothing_the_client_sends_switches_a_rule_off(tmp_path: Path, mock_openai, weakening: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        client(url).chat.completions.create(model="public-gpt", messages=user(PROMPT), **weakening)
    raw = mock.last.raw.decode()
    assert CANARY_SSN not in raw and CANARY_NAME not in raw and CANARY_EMAIL not in raw


def test_canary_values_appear_in_no_log_line(tmp_path: Path, mock_openai, log_stream) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("Dear <PERSON_1>")), Scripted(chunks=chat_chunks(["Dear <PER", "SON_1>"])))
    with running(tmp_path, mock_config(upstream)) as (url, _):
        c = client(url)
        c.chat.completions.create(model="public-gpt", messages=user(PROMPT))
        list(c.chat.completions.create(model="public-gpt", messages=user(PROMPT), stream=True))
        with pytest.raises(openai.PermissionDeniedError):
            c.chat.completions.create(model="public-gpt", messages=user(f"{PROMPT} MRN: {CANARY_MRN}"))
    logged = log_stream.getvalue().decode()
    assert '"status":200' in logged  # the requests were logged...
    for canary in (CANARY_NAME, CANARY_EMAIL, CANARY_SSN, CANARY_MRN, "Quackenbush", "9999"):
        assert canary not in logged  # ...without their content


def test_a_placeholder_from_another_request_resolves_to_nothing(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    mock.then(Scripted(body=chat_completion("ok")), Scripted(body=chat_completion("It was <PERSON_1> and <PERSON_2>.")))
    with running(tmp_path, mock_config(upstream)) as (url, _):
        c = client(url)
        c.chat.completions.create(model="public-gpt", messages=user(PROMPT))  # issues <PERSON_1> for the canary
        reply = c.chat.completions.create(model="public-gpt", messages=user("Who is <PERSON_1>?"))
    assert reply.choices[0].message.content == "It was <PERSON_1> and <PERSON_2>."


def test_repeated_declared_class_headers_count_as_the_highest(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    with running(tmp_path, mock_config(upstream)) as (url, _):
        answer = httpx.post(
            f"{url}/v1/chat/completions",
            json={"model": "public-gpt", "messages": user("a generic question")},
            headers=[("x-hushgate-data-class", "PUBLIC"), ("x-hushgate-data-class", "PHI")],
        )
    assert answer.status_code == 403
    assert mock.received == []


def test_safe_harbor_age_and_device_serial_never_reach_the_upstream(tmp_path: Path, mock_openai) -> None:  # type: ignore[no-untyped-def]
    mock, upstream = mock_openai
    policy = {"file": str(SHIPPED / "hipaa-safe-harbor.yaml")}
    prompt = "Pt is a 94-year-old woman; pacemaker serial number PJN604821H, IMEI 35-209900-176148-1."
    with running(tmp_path, mock_config(upstream, policy=policy)) as (url, _):
        client(url).chat.completions.create(model="vpc-gpt", messages=user(prompt))
    assert sent_text(mock) == "Pt is a 90+ woman; pacemaker serial number [REDACTED:DEVICE_ID], IMEI [REDACTED:DEVICE_ID]."
