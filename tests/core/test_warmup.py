"""Startup warm-up (issue 7): it runs before ready, and it leaves nothing behind.

No upstream request, no audit record, no log line, no cache entry or cache
counter, no routing statistic or retry-budget count; and it can be turned off.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import httpx
import orjson
import pytest

from hushgate.app import create_app
from hushgate.config import load_settings
from tests.conftest import TEST_SECRET, upstream_config, write_config
from tests.support.servers import serve

POLICY_TEXT_MARKERS = [b"Jane Roe", b"jane.roe@example.com", b"415 555 0142", b"4111", b"00012345", b"warmup"]


def configured(tmp_path: Path, upstream: str, **server: object) -> dict:
    config = upstream_config(upstream)
    config["server"].update(server)
    config["cache"] = {"enabled": True, "backend": "memory"}
    config["audit"] = {"directory": str(tmp_path / "audit"), "fsync": "every"}
    return config


@pytest.fixture
def cache_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "upstream-secret-key-123")
    monkeypatch.setenv("HUSHGATE_CACHE_KEYS", "k1:" + base64.b64encode(os.urandom(32)).decode())


def audit_lines(directory: Path) -> list[dict]:
    return [orjson.loads(line) for path in sorted(directory.glob("audit-*.jsonl")) for line in path.read_bytes().splitlines()]


def start_and_stop(tmp_path: Path, config: dict, log_stream) -> tuple[object, list[dict], bytes]:  # type: ignore[no-untyped-def]
    tmp_path.mkdir(parents=True, exist_ok=True)
    app = create_app(load_settings(write_config(tmp_path, config)), secret=TEST_SECRET)
    gateway = app.state.gateway
    with serve(app) as url:
        assert httpx.get(url + "/readyz").status_code == 200
        summary = app.state.warmup
        cache = gateway.cache
        stats = vars(cache.stats).copy()
        entries = len(cache.backend._entries)
        budget = (len(gateway.router.retry.budget._requests), len(gateway.router.retry.budget._retries))
        latency = dict(gateway.router.latency._ewma)
        in_flight = dict(gateway.router.in_flight._counts)
    state = {"summary": summary, "stats": stats, "entries": entries, "budget": budget, "latency": latency, "in_flight": in_flight}
    return state, audit_lines(tmp_path / "audit"), log_stream.getvalue()


def test_warmup_runs_before_ready_and_leaves_nothing_behind(tmp_path, mock_openai, log_stream, cache_keys):
    mock, upstream = mock_openai
    on, audit_on, log_on = start_and_stop(tmp_path / "on", configured(tmp_path / "on", upstream), log_stream)
    log_stream.seek(0)
    log_stream.truncate()
    off, audit_off, log_off = start_and_stop(tmp_path / "off", configured(tmp_path / "off", upstream, warmup=False), log_stream)

    summary = on["summary"]
    assert summary is not None and summary["requests"] > 0  # it ran, before /readyz said ready
    assert off["summary"] is None

    assert mock.received == []  # nothing went upstream
    # Nothing recorded: the audit log holds exactly what a gateway without warm-up writes (lifecycle only).
    assert [sorted(r) for r in audit_on] == [sorted(r) for r in audit_off]
    assert [r.get("event") for r in audit_on] == [r.get("event") for r in audit_off]
    assert audit_on == []  # the same configuration audits every request (next test)
    # Nothing logged: the same events, in the same order, as without warm-up; no request line.
    events_on = [orjson.loads(line)["event"] for line in log_on.splitlines() if line.strip()]
    events_off = [orjson.loads(line)["event"] for line in log_off.splitlines() if line.strip()]
    assert events_on == events_off
    assert "request" not in events_on
    # No cache entry, no cache counter, no routing or budget state.
    for state in (on, off):
        assert state["entries"] == 0
        assert state["stats"] == {"hits": 0, "misses": 0, "stores": 0, "skipped_too_large": 0, "rejected": 0, "backend_errors": 0}
        assert state["budget"] == (0, 0)
        assert state["latency"] == {}
        assert state["in_flight"] == {}
    # And none of the made-up text anywhere on disk or in the logs.
    for marker in POLICY_TEXT_MARKERS:
        assert marker not in log_on
        for path in (tmp_path / "on").rglob("*"):
            if path.is_file() and path.suffix != ".yaml":
                assert marker not in path.read_bytes(), (marker, path)


def test_the_first_request_after_warmup_is_served_and_audited_normally(tmp_path, mock_openai, cache_keys):
    mock, upstream = mock_openai
    app = create_app(load_settings(write_config(tmp_path, configured(tmp_path, upstream))), secret=TEST_SECRET)
    with serve(app) as url:
        body = {"model": "gpt-test", "messages": [{"role": "user", "content": "Hi"}]}
        assert httpx.post(url + "/v1/chat/completions", json=body).status_code == 200
        other = {"model": "gpt-test", "messages": [{"role": "user", "content": "Hello there"}], "stream": True}
        streamed = httpx.post(url + "/v1/chat/completions", json=other)
        assert streamed.status_code == 200 and streamed.text.endswith("data: [DONE]\n\n")
    assert len(mock.received) == 2
    assert len(audit_lines(tmp_path / "audit")) >= 2  # one record per request: the audit log does record


def test_warmup_is_bounded(tmp_path, mock_openai, cache_keys):
    app = create_app(load_settings(write_config(tmp_path, configured(tmp_path, mock_openai[1]))), secret=TEST_SECRET)
    with serve(app):
        assert app.state.warmup["ms"] < 1500
