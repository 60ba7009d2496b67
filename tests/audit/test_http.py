"""Admin export endpoint, served by uvicorn on loopback."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import hmac
import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from hushgate.audit import AuditLog, AuditSettings
from hushgate.audit.http import hmac_token_check, routes
from hushgate.audit.signing import AuditSigner
from tests.support.servers import serve

from .conftest import SECRET, build_log, read_records

ADMIN_TOKEN = "hg-admin-7f3c2a9e1b5d4c8f"
TOKEN_KEY = b"admin-token-digest-key-for-tests"
SQLI = [
    "' OR '1'='1", "1; DROP TABLE audit;--", "key-1' --", '" OR ""="', "key-3\x00", "../../etc/passwd",
    "${jndi:ldap://x}", "key-1 UNION SELECT *", "%27%20OR%201=1", "key-1\nkey-2", "*", "key-%",
]


@pytest.fixture
def served(tmp_path: Path, signer: AuditSigner) -> Iterator[tuple[str, Path]]:
    log_dir = tmp_path / "log"
    build_log(log_dir, signer, 60)
    digest = hmac.new(TOKEN_KEY, ADMIN_TOKEN.encode(), hashlib.sha256).hexdigest()
    own_audit = AuditLog(AuditSettings(directory=tmp_path / "own"), SECRET, signer)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await own_audit.start()
        yield
        await own_audit.aclose()

    app = Starlette(routes=routes(log_dir, hmac_token_check(TOKEN_KEY, digest), audit=own_audit), lifespan=lifespan)
    with serve(app) as url:
        yield url, tmp_path
    # the server's lifespan closed own_audit on exit


def _get(url: str, token: str | None = ADMIN_TOKEN, **params: str) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{url}/admin/audit/export", params=params, headers=headers, timeout=30)


def test_export_requires_the_admin_token(served: tuple[str, Path]) -> None:
    url, _ = served
    assert _get(url, token=None).status_code == 401
    assert _get(url, token="sk-client-key").status_code == 401


def test_jsonl_export_streams_filtered_records_and_status(served: tuple[str, Path]) -> None:
    url, _ = served
    response = _get(url, decision="block")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert [r["request_id"] for r in rows[:-1]] == ["req-0", "req-10", "req-20", "req-30", "req-40", "req-50"]
    assert rows[-1]["verification"] == "ok"


def test_csv_export_has_a_header_and_a_summary_row(served: tuple[str, Path]) -> None:
    url, _ = served
    response = _get(url, format="csv", key="key-3")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert response.status_code == 200 and rows[-1]["kind"] == "export_summary"
    assert {r["key_id"] for r in rows[:-1]} == {"key-3"}


@pytest.mark.parametrize("param", ["key", "decision", "class", "since", "until"])
def test_injection_payloads_in_filters_never_add_rows_or_errors(served: tuple[str, Path], param: str) -> None:
    url, _ = served
    for payload in SQLI:
        response = _get(url, **{param: payload})
        assert response.status_code in (200, 400), (payload, response.status_code)
        if response.status_code == 200:
            assert response.text.splitlines()[0].startswith('{"kind":"export_summary"')


def test_unknown_parameter_is_rejected(served: tuple[str, Path]) -> None:
    url, _ = served
    response = _get(url, where="1=1")
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_parameter"


def test_each_export_is_itself_audited(served: tuple[str, Path]) -> None:
    url, tmp_path = served
    assert _get(url).status_code == 200
    assert _get(url, token="wrong").status_code == 401
    import time

    deadline = time.monotonic() + 3
    while sum(r.get("event_type") in ("audit.export", "auth.failure") for r in read_records(tmp_path / "own")) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    records = read_records(tmp_path / "own")
    exports = [r for r in records if r.get("event_type") == "audit.export"]
    failures = [r for r in records if r.get("event_type") == "auth.failure"]
    assert len(exports) == 1 and exports[0]["route"] == "/admin/audit/export" and exports[0]["client_address"] == "127.0.0.1"
    assert len(failures) == 1 and failures[0]["status"] == 401
