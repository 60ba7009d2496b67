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
