"""Every route needs a credential, except the two health probes (SEC-50).

The route list comes from the app itself, so a route added later is covered
without anyone remembering to add it here.
"""

from __future__ import annotations

import httpx
import pytest
from starlette.routing import Route

from hushgate.app import create_app
from hushgate.config import load_settings
from tests.conftest import TEST_SECRET, upstream_config, write_config

OPEN_ROUTES = {"/healthz", "/readyz"}


def all_routes(tmp_path) -> list[tuple[str, str]]:
    app = create_app(load_settings(write_config(tmp_path, upstream_config("http://127.0.0.1:9", auth="keys", keys_file=tmp_path / "k.json"))), secret=TEST_SECRET)
    pairs = []
    for route in app.routes:
        if isinstance(route, Route):
            for method in sorted((route.methods or set()) - {"HEAD"}):
                pairs.append((method, route.path))
    return pairs


def test_the_route_list_includes_the_proxy_and_admin_routes(tmp_path, monkeypatch):
    monkeypatch.setenv("MOCK_UPSTREAM_KEY", "k")
    paths = {path for _, path in all_routes(tmp_path)}
    assert {"/v1/chat/completions", "/v1/models"} <= paths
    assert any(path.startswith("/admin/") for path in paths)


def test_every_route_but_the_health_probes_refuses_an_anonymous_caller(gateway_factory, mock_openai, tmp_path):
    url = gateway_factory(upstream_config(mock_openai[1], auth="keys", keys_file=tmp_path / "keys.json"))
    open_answers = {}
    for method, path in all_routes(tmp_path):
        response = httpx.request(method, url + path, json={"model": "gpt-test", "messages": [{"role": "user", "content": "x"}]})
        if path in OPEN_ROUTES:
            open_answers[path] = response.status_code
        else:
            assert response.status_code in (401, 403), f"{method} {path} answered {response.status_code} without a credential"
    assert open_answers == {"/healthz": 200, "/readyz": 200}
    assert mock_openai[0].received == []


@pytest.mark.parametrize("path", ["/admin/policy/reload", "/admin/audit/export"])
def test_a_client_key_is_not_an_admin_token(gateway_factory, mock_openai, tmp_path, path):
    from hushgate.auth import KeyStore

    keys = KeyStore(tmp_path / "keys.json", TEST_SECRET)
    key, _ = keys.create("app")
    url = gateway_factory(upstream_config(mock_openai[1], auth="keys", keys_file=keys.path))
    methods = {p: m for m, p in all_routes(tmp_path)}
    response = httpx.request(methods[path], url + path, headers={"authorization": f"Bearer {key}"})
    assert response.status_code in (401, 403)
