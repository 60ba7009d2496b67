"""The canary sweep: PII sent through every route, then every byte written is searched.

One gateway with everything on that writes anything (audit files, SQLite
cache, logs). Canary values go into every text-bearing field, streamed and
not, on success and on failure. Afterwards no canary may appear — in plain,
base64, hex or URL-encoded form — in the log output, any file under the
gateway's directories, any temp file created meanwhile, or any error body;
nor in the gateway's own in-process state once its requests are done
(prompt text lives in memory only for the life of its request).
"""

from __future__ import annotations

import base64
import binascii
import os
import tempfile
import urllib.parse
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from hushgate.audit.signing import AuditSigner
from tests.conftest import upstream_config
from tests.support.mock_openai import Scripted
from tests.support.retention import modules, reachable_values

SSN = "536-22-8437"
# Not a well-known test number: the warm-up prompt in src/ uses 4111 1111 1111 1111.
CARD = "4990 6958 4830 4011"
EMAIL = "quintanilla.canary@example.org"
PHONE = "(415) 555-0199"
NAME = "Marisol Quintanilla"
CANARIES = [SSN, CARD, EMAIL, PHONE, NAME, SSN.replace("-", ""), CARD.replace(" ", "")]
PROMPT = f"Patient {NAME}, SSN {SSN}, card {CARD}, email {EMAIL}, phone {PHONE}."


def encodings(value: str) -> list[bytes]:
    raw = value.encode()
    return [raw, base64.b64encode(raw), binascii.hexlify(raw), urllib.parse.quote(value).encode()]


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


@pytest.fixture
def sweep(gateway_factory, mock_openai, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, log_stream):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HUSHGATE_AUDIT_SIGNING_KEY", base64.b64encode(AuditSigner.generate().private_key.private_bytes_raw()).decode())
    monkeypatch.setenv("HUSHGATE_CACHE_KEYS", "k1:" + base64.b64encode(os.urandom(32)).decode())
    monkeypatch.setenv("HUSHGATE_CACHE_CURRENT_KEY", "k1")
    mock, upstream = mock_openai
    config = upstream_config(upstream)
    config["providers"]["echo"] = {"type": "echo"}
    config["models"]["echo"] = {"deployments": [{"provider": "echo", "tags": ["in_vpc"], "capabilities": {"embeddings": True}}]}
    config["audit"] = {"directory": str(tmp_path / "audit"), "fsync": "every", "checkpoint_every_records": 5}
    config["cache"] = {"enabled": True, "backend": "sqlite", "sqlite_path": str(tmp_path / "cache" / "cache.sqlite3")}
    before = set(Path(tempfile.gettempdir()).iterdir())
    url = gateway_factory(config)
    return url, mock, tmp_path, before, log_stream, gateway_factory.apps[-1]


def send_canary_traffic(url: str, mock) -> list[bytes]:  # type: ignore[no-untyped-def]
    """Every route, streamed and not, successes and failures; returns the error bodies."""
    oa = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)
    an = anthropic.Anthropic(base_url=url, api_key="unused", max_retries=0)
    bodies: list[bytes] = []
    tool_call = {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": f'{{"patient_name": "{NAME}", "ssn": "{SSN}"}}'}}
    messages = [
        {"role": "system", "content": f"You help {NAME}."},
        {"role": "user", "content": [{"type": "text", "text": PROMPT}]},
        {"role": "assistant", "content": None, "tool_calls": [tool_call]},
        {"role": "tool", "tool_call_id": "call_1", "content": f"Record for {EMAIL}, card {CARD}"},
        {"role": "user", "content": PROMPT, "name": "frontdesk"},
    ]
    for model in ("gpt-test", "echo"):
        oa.chat.completions.create(model=model, messages=messages)  # type: ignore[arg-type]
        oa.chat.completions.create(model=model, messages=messages)  # type: ignore[arg-type]  # a cache hit
        list(oa.chat.completions.create(model=model, messages=messages, stream=True))  # type: ignore[arg-type]
    oa.embeddings.create(model="echo", input=[PROMPT, NAME])
    oa.completions.create(model="echo", prompt=PROMPT)
    an.messages.create(model="echo", max_tokens=50, system=f"Notes on {NAME}", messages=[{"role": "user", "content": PROMPT}])
    with an.messages.stream(model="echo", max_tokens=50, messages=[{"role": "user", "content": PROMPT}]) as stream:
        "".join(stream.text_stream)
    oa.responses.create(model="echo", instructions=f"Patient {NAME}", input=PROMPT)
    # Failures: upstream errors that quote the prompt, malformed bodies, bad auth.
    mock.then(Scripted(status=400, body={"error": {"message": PROMPT, "code": "bad"}}), Scripted(status=500, raw_body=PROMPT.encode()))
    for _ in range(2):
        bodies.append(httpx.post(url + "/v1/chat/completions", json={"model": "gpt-test", "messages": [{"role": "user", "content": PROMPT}]}).content)
    bodies.append(httpx.post(url + "/v1/chat/completions", content=PROMPT.encode(), headers={"content-type": "application/json"}).content)
    bodies.append(httpx.post(url + "/v1/chat/completions", json={"model": PROMPT, "messages": [{"role": "user", "content": PROMPT}]}).content)
    bodies.append(httpx.post(url + "/v1/messages", json={"model": "echo", "messages": PROMPT}).content)
    return bodies


def test_no_canary_is_written_anywhere(sweep) -> None:  # type: ignore[no-untyped-def]
    url, mock, tmp_path, temp_before, log_stream, _ = sweep
    bodies = send_canary_traffic(url, mock)

    # What left the network: no redacted value reached the upstream.
    upstream_bytes = b"".join(r.raw for r in mock.received)
    for value in (SSN, CARD, EMAIL, NAME):
        assert value.encode() not in upstream_bytes, f"{value!r} reached the upstream"

    written = files_under(tmp_path / "audit", tmp_path / "cache")
    assert any(p.suffix == ".jsonl" for p in written), "the audit log should have been written"
    assert any("cache" in p.name for p in written), "the cache should have been written"
    new_temp = [p for p in set(Path(tempfile.gettempdir()).iterdir()) - temp_before if p.is_file()]
    haystacks = {str(p): p.read_bytes() for p in [*written, *new_temp]}
    haystacks["logs"] = log_stream.getvalue()
    haystacks.update({f"error body {i}": body for i, body in enumerate(bodies)})
    for where, data in haystacks.items():
        for canary in CANARIES:
            for form in encodings(canary):
                assert form not in data, f"canary {canary!r} found in {where}"


def test_no_canary_stays_in_the_gateways_memory_after_its_requests(sweep) -> None:  # type: ignore[no-untyped-def]
    url, mock, _, _, _, app = sweep
    send_canary_traffic(url, mock)
    values = list(reachable_values(app.state.gateway, *modules("hushgate")))
    assert len(values) > 100, "the walk should reach the gateway's state"
    # The name's words too: a per-word cache would keep "Quintanilla" alone.
    for canary in [*CANARIES, *NAME.split()]:
        raw = canary.encode()
        assert not [v for v in values if (raw if isinstance(v, bytes) else canary) in v], f"{canary!r} kept in memory"
