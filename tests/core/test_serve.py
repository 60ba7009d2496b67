"""`hushgate serve` as a user runs it: a real process on a loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from tests.support.servers import free_port


def test_serve_without_config_runs_the_echo_quickstart_and_says_so():
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUSHGATE_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "hushgate", "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and process.poll() is None, "gateway did not become ready"
            time.sleep(0.1)
        reply = httpx.post(
            f"http://127.0.0.1:{port}/v1/chat/completions",
            json={"model": "echo", "messages": [{"role": "user", "content": "hello"}]},
        )
        assert reply.json()["choices"][0]["message"]["content"] == '[{"role":"user","content":"hello"}]'
    finally:
        process.terminate()
        stdout, stderr = process.communicate(timeout=10)
    assert b"echo provider" in stderr
    assert b'"event":"auth_disabled"' in stdout


def test_a_client_cannot_claim_another_address_with_x_forwarded_for(tmp_path):
    """Without trusted proxies the audit records the TCP peer, whatever X-Forwarded-For says."""
    import orjson

    port = free_port()
    config = tmp_path / "c.yaml"
    config.write_text(f"server: {{auth: {{mode: disabled}}}}\naudit: {{directory: {tmp_path / 'audit'}, fsync: every}}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUSHGATE_")}
    env["HUSHGATE_AUDIT_SIGNING_KEY"] = "dGVzdC1hdWRpdC1zaWduaW5nLWtleS0wMTIzNDU2Nzg="
    process = subprocess.Popen([sys.executable, "-m", "hushgate", "serve", "--config", str(config), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.1)
        httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", headers={"x-forwarded-for": "203.0.113.9"},
                   json={"model": "echo", "messages": [{"role": "user", "content": "hi"}]})  # fmt: skip
    finally:
        process.terminate()
        process.wait(timeout=10)
    records = [orjson.loads(line) for path in (tmp_path / "audit").glob("*.jsonl") for line in path.read_bytes().splitlines()]
    addresses = {r.get("client_address") for r in records if r.get("event_type") == "request"}
    assert addresses == {"127.0.0.1"}
